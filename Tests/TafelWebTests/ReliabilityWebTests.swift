import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import TafelCore
import TafelStore
import TafelTestSupport
import TafelWeb
import Testing

/// What a careful tester probed (issue 9): leaks through exports and history, limits on
/// every input, content negotiation, the sign-in redirect, caching headers.
@Suite("Betrouwbaarheid (web en API)")
struct ReliabilityWebTests {
    typealias Account = SecuredApp.Account

    @Test("exports, the API's CSV and history never name a record the reader may not see", arguments: TestDatabase.backends)
    func hiddenReferences(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let hidden = ["samenwerking-\(app.internalToken)", "samenwerking-\(app.confidentialToken)"]
            let admin = Viewer.systemAdministrator
            let editor = CollaborationEditor(database: app.database)
            var input = CollaborationInput(naam: "Kanariebuur", status: "actief", vertrouwelijkheid: "openbaar")
            input.gerelateerd = hidden.map { .init(samenwerking: $0, relatie: "verwant_aan") }
            input.deelnemers = [.init(organisatie: "org-\(app.internalToken)", rol: "deelnemer"),
                                .init(organisatie: "gemeente-assen", rol: "deelnemer")]
            let id = try await editor.create(input, id: "kanariebuur", by: admin)
            input.gerelateerd = []
            try await editor.update(id: id, input, expectedVersion: 1, by: admin)

            let anonymous: [(String, HTTPFields)] = [
                ("/samenwerkingen.csv", [:]), ("/samenwerkingen.json", [:]),
                ("/api/v1/samenwerkingen?pageSize=100", [.accept: "text/csv"]),
                ("/samenwerkingen/\(id)/geschiedenis", [:]), ("/api/v1/samenwerkingen/\(id)/historie", [:]),
                ("/samenwerkingen/\(id)", [:]), ("/api/v1/samenwerkingen/\(id)", [:]),
            ]
            for (uri, headers) in anonymous {
                let response = try await client.execute(uri: uri, method: .get, headers: headers, body: nil)
                #expect(response.status == .ok, "\(uri)")
                #expect(!response.text.contains(app.internalToken) && !response.text.contains(app.confidentialToken), "\(uri) names a hidden record")
            }
            let history = try await client.execute(uri: "/api/v1/samenwerkingen/\(id)/historie", method: .get, headers: [:], body: nil)
            #expect(history.text.contains(HistoryReferences.hiddenLabel), "the history says a hidden record was there")
            #expect(history.text.contains("gemeente-assen"), "visible references stay")
            let reader = try await client.execute(uri: "/api/v1/samenwerkingen/\(id)/historie", method: .get,
                                                  headers: app.headers(.lezer, api: true), body: nil)
            #expect(reader.text.contains(app.internalToken) && !reader.text.contains(app.confidentialToken),
                    "a signed-in reader sees intern, not vertrouwelijk")
            let beheerder = try await client.execute(uri: "/samenwerkingen/\(id)/geschiedenis", method: .get,
                                                     headers: app.headers(.beheerder), body: nil)
            #expect(beheerder.text.contains(app.confidentialToken))
        }
    }

    @Test("an editor who may not see a related record neither sees it in the form nor removes it by saving",
          arguments: TestDatabase.backends)
    func hiddenRowsKept(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let hidden = "samenwerking-\(app.confidentialToken)"
            let hiddenOrganisation = "org-\(app.confidentialToken)"
            let editor = CollaborationEditor(database: app.database)
            var input = CollaborationInput(naam: "Buur met geheimen", status: "actief", vertrouwelijkheid: "openbaar")
            input.gerelateerd = [.init(samenwerking: hidden, relatie: "verwant_aan")]
            input.deelnemers = [.init(organisatie: hiddenOrganisation, rol: "deelnemer"), .init(organisatie: "gemeente-assen", rol: "trekker")]
            input.bedragen = [.init(omschrijving: "Bijdrage", soort: "bijdrage", bedrag: "1000", organisatie: hiddenOrganisation)]
            let id = try await editor.create(input, id: "buur-met-geheimen", by: .systemAdministrator)

            let form = try await client.execute(uri: "/samenwerkingen/\(id)/bewerken", method: .get, headers: app.headers(.redacteur), body: nil)
            #expect(form.status == .ok && !form.text.contains(app.confidentialToken), "the edit form names no hidden record")

            let redacteur = Viewer(userID: "redacteur-zonder-lidmaatschap", name: "Redacteur", role: .redacteur, groups: [])
            let seen = try #require(try await editor.current(id: id, for: redacteur))
            #expect(seen.draft.related.isEmpty && seen.draft.participants.map(\.organisationID) == ["gemeente-assen"] && seen.draft.amounts.isEmpty)
            var renamed = seen.draft
            renamed.name = "Buur met geheimen, hernoemd"
            renamed.domains = ["energie"]
            try await editor.update(id: id, renamed, expectedVersion: seen.version, by: redacteur)

            let all = try #require(try await editor.current(id: id, for: .systemAdministrator))
            #expect(all.draft.name == "Buur met geheimen, hernoemd")
            #expect(all.draft.related.map(\.collaborationID) == [hidden], "the hidden relation is kept")
            #expect(Set(all.draft.participants.map(\.organisationID)) == [hiddenOrganisation, "gemeente-assen"])
            #expect(all.draft.amounts.map(\.organisationID) == [hiddenOrganisation])
        }
    }

    @Test("a reference to a record the editor may not see is reported as missing, exactly like one that does not exist",
          arguments: TestDatabase.backends)
    func referenceChecksFollowVisibility(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            for related in ["samenwerking-\(app.confidentialToken)", "bestaat-helemaal-niet"] {
                let body = #"{"naam":"Nieuwsgierig","gerelateerd":[{"samenwerking":"\#(related)","relatie":"verwant_aan"}]}"#
                let response = try await client.execute(uri: "/api/v1/samenwerkingen", method: .post,
                                                        headers: app.headers(.redacteur, api: true), body: ByteBuffer(string: body))
                #expect(response.status == .badRequest)
                #expect(response.text.contains("bestaat niet"), "\(related)")
            }
        }
    }

    @Test("an Accept the API cannot serve is 406 with problem+json; what it can serve is served", arguments: [
        ("/api/v1/samenwerkingen", "application/xml", 406), ("/api/v1/samenwerkingen", "text/html", 406),
        ("/api/v1/samenwerkingen", "application/hal+json", 406), ("/api/v1/samenwerkingen/rud-drenthe", "text/csv", 406),
        ("/api/v1/organisaties", "text/csv", 406), ("/api/v1/samenwerkingen", "text/csv;q=0, application/xml", 406),
        ("/api/v1/samenwerkingen", "application/json", 200), ("/api/v1/samenwerkingen", "text/csv", 200),
        ("/api/v1/samenwerkingen/rud-drenthe", "application/xml, */*;q=0.1", 200), ("/api/v1/organisaties", "application/*", 200),
    ])
    func negotiation(uri: String, accept: String, status: Int) async throws {
        try await SecuredApp.with(.sqlite) { _, client in
            let response = try await client.execute(uri: uri, method: .get, headers: [.accept: accept], body: nil)
            #expect(response.status.code == status)
            if status == 406 {
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect(response.text.contains("Accept"))
            }
        }
    }

    @Test("bodies over the limit are 413 before they are read; an anonymous write is 401 without reading it")
    func bodyLimits() async throws {
        try await SecuredApp.with(.sqlite) { app, client in
            let big = ByteBuffer(repeating: UInt8(ascii: " "), count: 17 * 1024 * 1024)
            let anonymous = try await client.execute(uri: "/api/v1/samenwerkingen", method: .post,
                                                     headers: [.contentType: "application/json"], body: big)
            #expect(anonymous.status == .unauthorized)
            let tooLarge = try await client.execute(uri: "/api/v1/samenwerkingen", method: .post,
                                                    headers: app.headers(.redacteur, api: true), body: big)
            #expect(tooLarge.status == .contentTooLarge)
            #expect(tooLarge.headers[.contentType] == "application/problem+json" && tooLarge.text.contains("16 MiB"))
            let form = try await client.execute(uri: "/documenten", method: .post, headers: app.headers(.redacteur, form: true), body: big)
            #expect(form.status == .contentTooLarge)
            #expect(form.text.contains("16 MiB") && form.text.contains("<html"), "a Dutch page, not a 500")

            // A document text of a million accented characters fits the form (some 6 MB encoded).
            let text = String(repeating: "é", count: 1_000_000)
            let saved = try await client.execute(uri: "/documenten", method: .post, headers: app.headers(.redacteur, form: true),
                                                 body: app.form(.redacteur, [("titel", "Lange tekst"), ("soort", "brief"),
                                                                             ("vertrouwelijkheid", "openbaar"), ("tekst", text)]))
            #expect(saved.status == .seeOther)
        }
    }

    @Test("malformed JSON names the body and the position; control characters are refused by field", arguments: [
        (#"{"naam": "#, "regel 1, kolom 10"), ("{\"naam\": \"x\"\n \"vorm\": 1}", "regel 2, kolom 2"),
        (#"{"naam": 1e999}"#, "te groot"),
    ])
    func malformedJSON(body: String, position: String) async throws {
        try await SecuredApp.with(.sqlite) { app, client in
            let response = try await client.execute(uri: "/api/v1/samenwerkingen", method: .post,
                                                    headers: app.headers(.redacteur, api: true), body: ByteBuffer(string: body))
            #expect(response.status == .badRequest)
            #expect(response.text.contains("\"name\" : \"body\"") || response.text.contains("\"name\":\"body\""))
            #expect(response.text.contains(position), "\(response.text)")
        }
    }

    @Test("NUL, control characters and bidi overrides are refused with the field named; a %00 path is not served")
    func forbiddenCharacters() async throws {
        try await SecuredApp.with(.sqlite) { app, client in
            for name in ["a\\u0000b", "Assen\\u202eEmmen", "bel\\u0007"] {
                let response = try await client.execute(uri: "/api/v1/samenwerkingen", method: .post, headers: app.headers(.redacteur, api: true),
                                                        body: ByteBuffer(string: #"{"naam":"\#(name)"}"#))
                #expect(response.status == .badRequest)
                #expect(response.text.contains("naam bevat een onzichtbaar stuurteken"), "\(name)")
            }
            #expect(try await client.execute(uri: "/static/tafel.css%00.txt", method: .get, headers: [:], body: nil).status == .notFound)
            #expect(try await client.execute(uri: "/static/tafel.css", method: .get, headers: [:], body: nil).status == .ok)
        }
    }

    @Test("after signing in, only a path on this site is followed", arguments: [
        ("/%09/evil.example", "/account"), ("//evil.example", "/account"), ("/%5Cevil.example", "/account"),
        ("https://evil.example", "/account"), ("/%20/x", "/account"), ("/x%0D%0ALocation:%20https://evil.example", "/account"),
        ("/samenwerkingen?status=actief", "/samenwerkingen?status=actief"), ("/%E2%80%AE/x", "/account"),
    ])
    func signInRedirect(back: String, location: String) async throws {
        try await SecuredApp.with(.sqlite) { app, client in
            let page = try await client.execute(uri: "/inloggen", method: .get, headers: [:], body: nil)
            #expect(page.headers[.cacheControl] == "no-store", "the sign-in form carries a CSRF token")
            let csrf = try #require(page.headers[values: .setCookie].first { $0.hasPrefix("tafel_csrf=") }?
                .split(separator: ";").first?.dropFirst("tafel_csrf=".count))
            let body = "csrf=\(csrf)&email=redacteur%40test.example&wachtwoord=\(SecuredApp.encode(SecuredApp.password))&terug=\(back)"
            let response = try await client.execute(uri: "/inloggen", method: .post,
                                                    headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "tafel_csrf=\(csrf)"],
                                                    body: ByteBuffer(string: body))
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == location)
        }
    }

    @Test("whatever a signed-in user is shown is never stored by a browser or proxy", arguments: TestDatabase.backends)
    func noStore(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            for uri in ["/account", "/documenten/\(app.internalDocumentID)", "/samenwerkingen/nieuw", "/"] {
                let response = try await client.execute(uri: uri, method: .get, headers: app.headers(.redacteur), body: nil)
                #expect(response.status == .ok, "\(uri)")
                #expect(response.headers[.cacheControl] == "no-store", "\(uri)")
            }
            let anonymous = try await client.execute(uri: "/", method: .get, headers: [:], body: nil)
            #expect(anonymous.headers[.cacheControl] != "no-store", "public pages may be cached")
        }
    }

    @Test("a PUT or DELETE without If-Match is 428 after the access checks; a form without its version keeps what was typed",
          arguments: TestDatabase.backends)
    func versionsRequired(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let body = ByteBuffer(string: #"{"naam":"Zonder versie"}"#)
            let put = try await client.execute(uri: "/api/v1/samenwerkingen/rud-drenthe", method: .put,
                                               headers: app.headers(.redacteur, api: true), body: body)
            #expect(put.status == .preconditionRequired && put.text.contains("If-Match"))
            let reader = try await client.execute(uri: "/api/v1/samenwerkingen/rud-drenthe", method: .put,
                                                  headers: app.headers(.lezer, api: true), body: body)
            #expect(reader.status == .forbidden, "authorisation before the precondition")
            let documentPut = try await client.execute(uri: "/api/v1/documenten/\(app.otherDocumentID)", method: .put,
                                                       headers: app.headers(.redacteur, api: true),
                                                       body: ByteBuffer(string: #"{"titel":"Zonder versie","soort":"brief"}"#))
            #expect(documentPut.status == .preconditionRequired)
            let form = try await client.execute(uri: "/documenten/\(app.otherDocumentID)/bewerken", method: .post,
                                                headers: app.headers(.redacteur, form: true),
                                                body: app.form(.redacteur, [("titel", "Getypt zonder versie"), ("soort", "brief")]))
            #expect(form.status == .badRequest)
            #expect(form.text.contains("Getypt zonder versie") && form.text.contains("versie: het formulier vermeldt niet"))
            let stored = try await client.execute(uri: "/api/v1/documenten/\(app.otherDocumentID)", method: .get, headers: [:], body: nil)
            #expect(!stored.text.contains("Getypt zonder versie"), "nothing was saved")
        }
    }

    @Test("If-Match is compared as RFC 9110 says: strong tags only; a tag naming no version is 412, * is 428, junk is 400",
          arguments: [("W/\"CURRENT\"", 412), ("\"0\"", 412), ("\"abc\"", 412), ("*", 428), ("CURRENT", 400),
                      ("\"CURRENT\"", 200), ("W/\"1\", \"CURRENT\"", 200)])
    func ifMatch(header: String, status: Int) async throws {
        try await SecuredApp.with(.sqlite) { app, client in
            let current = try await app.version(.document, app.otherDocumentID)
            var headers = app.headers(.redacteur, api: true)
            headers[.ifMatch] = header.replacingOccurrences(of: "CURRENT", with: String(current))
            let response = try await client.execute(uri: "/api/v1/documenten/\(app.otherDocumentID)", method: .put, headers: headers,
                                                    body: ByteBuffer(string: #"{"titel":"Volgens de RFC","soort":"brief"}"#))
            #expect(response.status.code == status, "\(header): \(response.text)")
            #expect(!response.text.contains("\\/"), "no escaped slashes")
        }
    }

    @Test("an id that cannot be one is 400 naming id; a well-formed unknown id is 404", arguments: [
        ("/api/v1/organisaties/Geen%20slug", 400), ("/api/v1/samenwerkingen/-begint-met-streep/historie", 400),
        ("/api/v1/organisaties/bestaat-niet", 404), ("/api/v1/organisaties/gemeente-assen", 200),
    ])
    func recordIDs(uri: String, status: Int) async throws {
        try await SecuredApp.with(.sqlite) { _, client in
            let response = try await client.execute(uri: uri, method: .get, headers: [:], body: nil)
            #expect(response.status.code == status, "\(uri): \(response.text)")
            if status == 400 { #expect(response.text.contains("\"name\":\"id\"")) }
        }
    }

    @Test("a scoped editor cannot open the edit form of a record outside their scope", arguments: TestDatabase.backends)
    func scopedEditForm(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let other = try await client.execute(uri: "/documenten/\(app.otherDocumentID)/bewerken", method: .get,
                                                 headers: app.headers(.scopedRedacteur), body: nil)
            #expect(other.status == .forbidden)
            let own = try await client.execute(uri: "/documenten/\(app.ownDocumentID)/bewerken", method: .get,
                                               headers: app.headers(.scopedRedacteur), body: nil)
            #expect(own.status == .ok)
        }
    }

    @Test("the CSV export neutralises formulas, and importing it gives the names back", arguments: TestDatabase.backends)
    func formulas(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let editor = CollaborationEditor(database: app.database)
            for (id, name) in [("formule-is", "=HYPERLINK(\"http://formule\")"), ("formule-plus", "+31 formule"), ("formule-at", "@SUM(formule)")] {
                _ = try await editor.create(CollaborationInput(naam: name), id: id, by: .systemAdministrator)
            }
            let csv = try await client.execute(uri: "/samenwerkingen.csv?q=formule", method: .get, headers: [:], body: nil)
            let api = try await client.execute(uri: "/api/v1/samenwerkingen?q=formule", method: .get, headers: [.accept: "text/csv"], body: nil)
            for export in [csv.text, api.text] {
                #expect(export.contains("\"'=HYPERLINK(\"\"http://formule\"\")\"") && export.contains("'+31 formule")
                        && export.contains("'@SUM(formule)"), "\(export)")
                let names = try RegisterFile.entries(csv: export).compactMap(\.input.naam).sorted()
                #expect(names == ["+31 formule", "=HYPERLINK(\"http://formule\")", "@SUM(formule)"])
            }
        }
    }
}
