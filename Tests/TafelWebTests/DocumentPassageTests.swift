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

/// Provenance you can click: a fact's source leads to the passage in the document's text, and a
/// document lists what rests on it.
@Suite("Herkomst: passages")
struct DocumentPassageTests {
    @Test("cited passages are marked and anchored, escaped, and overlapping ones each get their anchor")
    func marks() {
        let text = "Begin <b>vet</b> en de kerngroep\nbereidt voor, en het overleg besluit."
        let html = DocumentTextHTML.render(text, citing: ["<b>vet</b>", "de kerngroep bereidt voor, en het overleg", "het overleg besluit."])
        let first = PassageAnchor.id(for: "<b>vet</b>"), second = PassageAnchor.id(for: "de kerngroep bereidt voor, en het overleg")
        let third = PassageAnchor.id(for: "het overleg besluit.")
        #expect(html.description.contains("Begin <mark class=\"passage\" id=\"\(first)\">&lt;b&gt;vet&lt;/b&gt;</mark> en "))
        #expect(html.description.contains("<mark class=\"passage\" id=\"\(second)\">de kerngroep\nbereidt voor, en </mark>"))
        #expect(html.description.contains("<mark class=\"passage\" id=\"\(third)\">het overleg</mark><mark class=\"passage\"> besluit.</mark>"))
        #expect(DocumentTextHTML.render("a < b", citing: []).description == "a &lt; b")
    }

    @Test("every source in the demo leads to its passage: the document page has the anchor, the record page the link")
    func everySourceLeadsToItsPassage() async throws {
        try await SecuredApp.with(.sqlite) { app, client in
            struct Row: Decodable { let subjectKind: String, subjectId: String, documentId: String, passage: String }
            let rows = try await app.database.sql.raw("""
                SELECT s.subject_kind AS "subjectKind", s.subject_id AS "subjectId", s.document_id AS "documentId", s.passage FROM sources s
                JOIN documents d ON d.id = s.document_id WHERE d.confidentiality = 'openbaar' AND s.passage IS NOT NULL
                """).all(decoding: Row.self)
            #expect(rows.count > 500)
            var pages: [String: String] = [:]
            for row in rows {
                if pages[row.documentId] == nil {
                    pages[row.documentId] = try await client.execute(uri: "/documenten/\(row.documentId)", method: .get,
                                                                     headers: app.headers(.beheerder), body: nil).text
                }
                let anchor = PassageAnchor.id(for: row.passage)
                #expect(pages[row.documentId]?.contains("id=\"\(anchor)\"") == true, "\(row.documentId): \(row.passage.prefix(60))")
                #expect(pages[row.documentId]?.contains("href=\"/documenten/\(row.documentId)#\(anchor)\"") == true,
                        "the document's own list links to the passage")
            }
            let row = try #require(rows.first { $0.subjectKind == RecordKind.organisation.rawValue })
            let record = try await client.execute(uri: "/organisaties/\(row.subjectId)", method: .get, headers: [:], body: nil)
            #expect(record.text.contains("href=\"/documenten/\(row.documentId)#\(PassageAnchor.id(for: row.passage))\""))
            #expect(pages.values.allSatisfy { $0.contains("Wat is op dit stuk gebaseerd") })
        }
    }
}
