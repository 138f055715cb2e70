import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SQLKit
import TafelCore
import TafelStore
import TafelTestSupport
@testable import TafelWeb
import Testing

/// Organisations as members of organisations (the twelve municipalities of the VDG), kept by editors.
@Suite("Leden van organisaties bewerken")
struct OrganisationMembersWebTests {
    static func memberFields(_ page: String) -> [(String, String)] {
        page.matches(of: /name="(leden\[\d+\]\.(?:id|lid|rol|vanaf|tot|waargenomenOp))" value="([^"]*)"/).map { (String($0.1), String($0.2)) }
    }

    @Test("an editor removes and adds a member; a bad row is named and everything typed kept; a stale list is a conflict; kept rows keep their sources",
          arguments: TestDatabase.backends)
    func form(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let page = try await client.execute(uri: SiteRoute.editOrganisationMembers("vdg").href, method: .get, headers: app.headers(.redacteur), body: nil)
            #expect(page.status == .ok && page.text.contains("Leden van Vereniging van Drentse Gemeenten bewerken"))
            let version = try #require(page.text.firstMatch(of: /name="versie" value="(\d+)"/)).1
            var fields = Self.memberFields(page.text)
            #expect(fields.filter { $0.0.hasSuffix(".lid") && !$0.1.isEmpty }.count == 12)
            // Leave Assen out, add the province as a member with a start.
            let assen = try #require(fields.first { $0.0.hasSuffix(".lid") && $0.1 == "gemeente-assen" }?.0.split(separator: ".").first)
            fields.removeAll { $0.0.hasPrefix(String(assen) + ".") }
            let bad = fields + [("leden[20].lid", "vdg"), ("leden[21].lid", "provincie-drenthe"), ("leden[21].vanaf", "2020"), ("leden[21].tot", "2019")]
            let invalid = try await client.execute(uri: SiteRoute.editOrganisationMembers("vdg").href, method: .post, headers: app.headers(.redacteur, form: true),
                                                   body: app.form(.redacteur, bad + [("versie", String(version))]))
            #expect(invalid.status == .badRequest)
            #expect(invalid.text.contains(html("een organisatie kan geen lid van zichzelf zijn")) && invalid.text.contains(html("ligt vóór")))
            #expect(invalid.text.contains("value=\"provincie-drenthe\""))
            let good = fields + [("leden[21].lid", "provincie-drenthe"), ("leden[21].vanaf", "2020")]
            let saved = try await client.execute(uri: SiteRoute.editOrganisationMembers("vdg").href, method: .post, headers: app.headers(.redacteur, form: true),
                                                 body: app.form(.redacteur, good + [("versie", String(version))]))
            #expect(saved.status == .seeOther)
            let vdg = try await client.execute(uri: "/api/v1/organisaties/vdg", method: .get, headers: [:], body: nil)
            let json = try JSONSerialization.jsonObject(with: Data(vdg.text.utf8)) as? [String: Any]
            let members = (json?["leden"] as? [[String: Any]] ?? []).compactMap { ($0["lid"] as? [String: Any])?["id"] as? String }
            #expect(members.count == 12 && !members.contains("gemeente-assen") && members.contains("provincie-drenthe"))
            let sources = try await app.database.sql.raw("""
                SELECT COUNT(*) AS n FROM sources s JOIN organisation_memberships m ON m.id = s.subject_id
                WHERE s.subject_kind = 'membership' AND m.organisation_id = 'vdg'
                """).first(decodingColumn: "n", as: Int.self)
            #expect(sources == 11, "the eleven kept municipalities keep their passage")
            let stale = try await client.execute(uri: SiteRoute.editOrganisationMembers("vdg").href, method: .post, headers: app.headers(.redacteur, form: true),
                                                 body: app.form(.redacteur, fields + [("versie", String(version))]))
            #expect(stale.status == .conflict && stale.text.contains("De leden zijn intussen gewijzigd"))
            let reader = try await client.execute(uri: SiteRoute.editOrganisationMembers("vdg").href, method: .get, headers: app.headers(.lezer), body: nil)
            #expect(reader.status == .forbidden)
        }
    }

    @Test("the API replaces the members with If-Match and refuses a stale or unversioned list, readers and anonymous callers",
          arguments: TestDatabase.backends)
    func api(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let vdg = try await client.execute(uri: "/api/v1/organisaties/vdg", method: .get, headers: [:], body: nil)
            let etag = try #require(vdg.headers[.eTag])
            let json = try JSONSerialization.jsonObject(with: Data(vdg.text.utf8)) as? [String: Any]
            let rows = (json?["leden"] as? [[String: Any]] ?? []).filter { ($0["lid"] as? [String: Any])?["id"] as? String != "gemeente-emmen" }
            let body = try JSONSerialization.data(withJSONObject: ["leden": rows.map { ["id": $0["id"]!, "lid": ($0["lid"] as! [String: Any])["id"]!, "rol": "lid"] }])
            var ifMatch = app.headers(.redacteur, api: true)
            ifMatch[.ifMatch] = etag
            let replaced = try await client.execute(uri: "/api/v1/organisaties/vdg/leden", method: .put, headers: ifMatch,
                                                    body: ByteBuffer(bytes: body))
            #expect(replaced.status == .ok && replaced.headers[.eTag] != etag)
            let after = try JSONSerialization.jsonObject(with: Data(replaced.text.utf8)) as? [String: Any]
            #expect((after?["leden"] as? [[String: Any]])?.count == 11)
            let stale = try await client.execute(uri: "/api/v1/organisaties/vdg/leden", method: .put, headers: ifMatch, body: ByteBuffer(bytes: body))
            #expect(stale.status == .preconditionFailed)
            let unversioned = try await client.execute(uri: "/api/v1/organisaties/vdg/leden", method: .put, headers: app.headers(.redacteur, api: true),
                                                       body: ByteBuffer(bytes: body))
            #expect(unversioned.status == .preconditionRequired)
            var readerHeaders = app.headers(.lezer, api: true)
            readerHeaders[.ifMatch] = replaced.headers[.eTag]
            let reader = try await client.execute(uri: "/api/v1/organisaties/vdg/leden", method: .put, headers: readerHeaders, body: ByteBuffer(bytes: body))
            #expect(reader.status == .forbidden)
            let anonymous = try await client.execute(uri: "/api/v1/organisaties/vdg/leden", method: .put,
                                                     headers: [.contentType: "application/json", .ifMatch: "\"1\""],
                                                     body: ByteBuffer(string: #"{"leden":[{"lid":"vdg"}]}"#))
            #expect(anonymous.status == .unauthorized)
            var badHeaders = app.headers(.redacteur, api: true)
            badHeaders[.ifMatch] = replaced.headers[.eTag]
            let invalid = try await client.execute(uri: "/api/v1/organisaties/vdg/leden", method: .put, headers: badHeaders,
                                                   body: ByteBuffer(string: #"{"leden":[{"lid":"vdg"},{"lid":"bestaat-niet"}]}"#))
            #expect(invalid.status == .badRequest && invalid.text.contains("leden[0].lid") && invalid.text.contains("leden[1].lid"))
        }
    }
}
