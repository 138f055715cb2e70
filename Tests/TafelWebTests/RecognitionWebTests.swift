import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SQLKit
import TafelCore
import TafelStore
import TafelTestSupport
@testable import TafelWeb
import Testing

/// Recognition from outside: `POST /api/v1/herkenning`, and the document page where an editor
/// accepts a finding as a link or as a new commitment.
@Suite("Herkenning: API en pagina")
struct RecognitionWebTests {
    static let letter = """
        Assen, 14 januari 2010
        Ons kenmerk 2/5.11/2010000732
        Behandeld door de heer J. Bos (0592) 36 56 32

        In de discussie over de PNS in de statenvergadering van 16 december 2009 hebt u gesproken over het sociaal
        domein. Ons college heeft toegezegd u uiterlijk 15 januari 2010 een uitwerking toe te doen komen, met circa € 6 miljoen.
        """

    static func recognise(_ client: any TestClientProtocol, _ text: String, headers: HTTPFields = [.contentType: "application/json"])
        async throws -> TestResponse {
        let body = try JSONSerialization.data(withJSONObject: ["tekst": text])
        return try await client.execute(uri: "/api/v1/herkenning", method: .post, headers: headers, body: ByteBuffer(bytes: body))
    }

    @Test("a reader's text comes back with its findings: spans, normalised values, records and certainty")
    func api() async throws {
        try await SecuredApp.with(.sqlite) { _, client in
            let response = try await Self.recognise(client, Self.letter)
            #expect(response.status == .ok)
            let findings = try #require(try response.json().objects("bevindingen"))
            func first(_ kind: String) -> [String: Any]? { findings.first { $0.string("soort") == kind } }
            let scalars = Array(Self.letter.unicodeScalars)
            for finding in findings {
                let begin = try #require(finding.int("begin")), end = try #require(finding.int("einde"))
                #expect(String(String.UnicodeScalarView(scalars[begin..<end])) == finding.string("tekst"))
            }
            #expect(first("datum")?.string("waarde") == "2010-01-14")
            #expect(first("kenmerk")?.string("waarde") == "2/5.11/2010000732")
            #expect(first("persoon")?.string("tekst") == "de heer J. Bos" && first("persoon")?.object("record")?.string("id") == "j-bos")
            let meeting = first("bijeenkomst")
            #expect(meeting?.string("tekst") == "statenvergadering van 16 december 2009")
            #expect(meeting?.object("record")?.string("href") == "/api/v1/bijeenkomsten/statenvergadering-2009-12-16")
            #expect(first("termijn")?.string("tekst") == "uiterlijk 15 januari 2010" && first("termijn")?.string("waarde") == "2010-01-15")
            #expect(first("bedrag")?.int("bedragCent") == 600_000_000 && first("bedrag")?.string("tekst") == "circa € 6 miljoen")
            #expect(first("toezegging")?.string("waarde") == "gedaan")
            #expect(findings.allSatisfy { ($0["zekerheid"] as? Double).map { (0...1).contains($0) } ?? false })
        }
    }

    @Test("a body without text is a Dutch 400 naming tekst; another format a 415")
    func badInput() async throws {
        try await SecuredApp.with(.sqlite) { _, client in
            let empty = try await client.execute(uri: "/api/v1/herkenning", method: .post, headers: [.contentType: "application/json"],
                                                 body: ByteBuffer(string: "{}"))
            #expect(empty.status == .badRequest && empty.text.contains("tekst"))
            let form = try await client.execute(uri: "/api/v1/herkenning", method: .post, headers: [.contentType: "text/plain"],
                                                body: ByteBuffer(string: "tekst"))
            #expect(form.status == .unsupportedMediaType)
        }
    }

    @Test("a record the reader may not see is never named")
    func confidentiality() async throws {
        try await SecuredApp.with(.sqlite) { app, client in
            let text = "De Organisatie \(app.confidentialToken) en het Gremium \(app.confidentialToken) overleggen."
            let anonymous = try await Self.recognise(client, text)
            #expect(!anonymous.text.contains("org-\(app.confidentialToken)") && !anonymous.text.contains("gremium-\(app.confidentialToken)"))
            let admin = try await Self.recognise(client, text, headers: app.headers(.beheerder, api: true))
            #expect(admin.text.contains("\"id\":\"org-\(app.confidentialToken)\"") && admin.text.contains("\"id\":\"gremium-\(app.confidentialToken)\""))
        }
    }

    @Test("an editor links a finding: the sentence becomes a source of the record, once, with its history", arguments: TestDatabase.backends)
    func acceptAsLink(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let letter = "statenbrief-2010-sociaal-domein-pns"
            let page = try await client.execute(uri: SiteRoute.documentRecognition(letter).href, method: .get, headers: app.headers(.redacteur))
            #expect(page.status == .ok && page.text.contains("id=\"bevindingen\"") && page.text.contains("Koppelen"))
            #expect(try await client.execute(uri: SiteRoute.documentRecognition(letter).href, method: .get, headers: [:]).status != .ok)
            let document = try await client.execute(uri: "/documenten/\(letter)", method: .get, headers: app.headers(.redacteur))
            #expect(document.text.contains("href=\"\(SiteRoute.documentRecognition(letter).href)\""))

            let text = try #require(try await app.database.sql.raw("SELECT full_text FROM documents WHERE id = \(bind: letter)")
                .first(decodingColumn: "full_text", as: String.self))
            let recognizer = Recognizer(gazetteer: try await Catalog(database: app.database, viewer: .anonymous).recognitionGazetteer())
            let finding = try #require(recognizer.findings(in: text).first { $0.kind == .organisatie && $0.record?.id == "gemeente-assen" }
                                       ?? recognizer.findings(in: text).first { $0.kind == .samenwerking && $0.record != nil })
            let record = try #require(finding.record)
            func sources() async throws -> Int {
                try await app.database.sql.raw("SELECT COUNT(*) AS n FROM sources WHERE subject_kind = \(bind: record.kind.rawValue) AND subject_id = \(bind: record.id) AND document_id = \(bind: letter)")
                    .first(decodingColumn: "n", as: Int.self) ?? 0
            }
            let before = try await sources()
            let fields = [("soort", finding.kind.rawValue), ("begin", String(finding.start)), ("einde", String(finding.end)), ("record", record.id)]
            let accepted = try await client.execute(uri: SiteRoute.acceptFinding(letter).href, method: .post,
                                                    headers: app.headers(.redacteur, form: true), body: app.form(.redacteur, fields))
            #expect(accepted.status == .seeOther || accepted.status == .found, "\(accepted.status) \(accepted.text.prefix(600))")
            #expect(accepted.headers[.location]?.contains("overgenomen=koppeling") == true)
            #expect(try await sources() == before + 1)
            let again = try await client.execute(uri: SiteRoute.acceptFinding(letter).href, method: .post,
                                                 headers: app.headers(.redacteur, form: true), body: app.form(.redacteur, fields))
            #expect(again.headers[.location]?.contains("overgenomen=bestaand") == true)
            #expect(try await sources() == before + 1, "the same sentence is one source")
            let history = try await client.execute(uri: SiteRoute.history(record.kind, record.id).href, method: .get, headers: app.headers(.redacteur))
            #expect(history.text.contains(finding.sentence(in: text).prefix(30)))

            // A finding that is not in the text, or anonymous, or without the token: nothing written.
            let forged = try await client.execute(uri: SiteRoute.acceptFinding(letter).href, method: .post,
                                                  headers: app.headers(.redacteur, form: true),
                                                  body: app.form(.redacteur, [("soort", "organisatie"), ("begin", "0"), ("einde", "3"), ("record", "vdg")]))
            #expect(forged.status == .badRequest && forged.text.contains("staat niet (meer) in de tekst"))
            let anonymous = try await client.execute(uri: SiteRoute.acceptFinding(letter).href, method: .post,
                                                     headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: "soort=organisatie"))
            #expect(anonymous.status != .ok && anonymous.headers[.location]?.contains("overgenomen") != true)
            #expect(try await sources() == before + 1)
        }
    }

    @Test("an editor turns a commitment phrase into a commitment with the sentence as its source and the deadline it names", arguments: TestDatabase.backends)
    func acceptAsCommitment(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let letter = "statenbrief-2010-sociaal-domein-pns"
            let text = try #require(try await app.database.sql.raw("SELECT full_text FROM documents WHERE id = \(bind: letter)")
                .first(decodingColumn: "full_text", as: String.self))
            let recognizer = Recognizer(gazetteer: .empty)
            let phrase = try #require(recognizer.findings(in: text).first { $0.kind == .toezegging && $0.value == "gedaan" })
            let accepted = try await client.execute(uri: SiteRoute.acceptFinding(letter).href, method: .post, headers: app.headers(.redacteur, form: true),
                                                    body: app.form(.redacteur, [("soort", "toezegging"), ("begin", String(phrase.start)),
                                                                                ("einde", String(phrase.end)), ("als", "toezegging")]))
            let location = try #require(accepted.headers[.location], "\(accepted.status) \(accepted.text.suffix(1500))")
            #expect(location.hasPrefix("/toezeggingen/") && location.hasSuffix("/bewerken"))
            let id = String(location.dropFirst("/toezeggingen/".count).dropLast("/bewerken".count))
            struct Row: Decodable { let text: String, documentId: String?, deadlineDate: String? }
            let row = try #require(try await app.database.sql.raw("SELECT text, document_id, deadline_date FROM commitments WHERE id = \(bind: id)")
                .first(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase))
            #expect(row.documentId == letter && row.text.contains("heeft toegezegd") && row.deadlineDate == "2010-01-15")
            let source = try await app.database.sql.raw("SELECT passage FROM sources WHERE subject_kind = 'commitment' AND subject_id = \(bind: id)")
                .first(decodingColumn: "passage", as: String.self)
            #expect(source == row.text)
            let version = try await app.database.sql.raw("SELECT version FROM commitments WHERE id = \(bind: id)").first(decodingColumn: "version", as: Int.self)
            #expect(version == 1, "the commitment and its source are written together, as one version")
        }
    }

    @Test("a source from a confidential document shows in a public record's history only to who may see the document", arguments: TestDatabase.backends)
    func hiddenSourceInHistory(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let admin = Viewer(user: try #require(try await Accounts(database: app.database).user(email: "beheerder@test.example")))
            let passage = "Geheime zin \(app.confidentialToken) over Assen."
            try await SourceCitations(database: app.database).cite(RecordKey(.organisation, "gemeente-assen"), document: app.confidentialDocumentID,
                                                                   passage: passage, by: admin)
            let history = SiteRoute.history(.organisation, "gemeente-assen").href
            let anonymous = try await client.execute(uri: history, method: .get, headers: [:])
            #expect(anonymous.status == .ok && !anonymous.text.contains(app.confidentialToken) && anonymous.text.contains(HistoryReferences.hiddenLabel))
            let own = try await client.execute(uri: history, method: .get, headers: app.headers(.beheerder))
            #expect(own.text.contains(passage))
        }
    }
}
