import Foundation
import SQLKit
import TafelCore
@testable import TafelStore
import TafelTestSupport
import Testing

/// A document's original: kept with the record in one transaction, its text indexed, replaced
/// and removed with the history naming the checksums.
@Suite("Originele bestanden")
struct DocumentFileTests {
    private static func draft(_ title: String, text: String = "") throws -> DocumentDraft {
        try DocumentDraft(.init(titel: title, soort: "rapport", datum: "2026-11-02", tekst: text, vertrouwelijkheid: "openbaar"))
    }

    private static func read(_ name: String, _ data: Data) async throws -> ReadFile {
        let upload = Upload(filename: name, data: data)
        let (format, text) = try await TextExtractor().extract(upload)
        return ReadFile(upload: upload, format: format, text: text)
    }

    @Test("an uploaded PDF is kept byte for byte with its checksum; its text is the document's and is found", arguments: TestDatabase.backends)
    func keptAndFound(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let admin = try await MeetingEditorTests.editor(database, "f@test.example", role: .beheerder)
            let pdf = TestFiles.pdf(["Evaluatie van de bestuursstructuur", "met aanbevelingen voor de kerngroepen"])
            let file = try await Self.read("evaluatie.pdf", pdf)
            let id = try await DocumentEditor(database: database).create(try Self.draft("Evaluatie"), file: file, by: admin)
            let catalog = Catalog(database: database, viewer: admin)
            let stored = try #require(try await catalog.documentFile(id: id))
            #expect(stored.data == pdf)
            #expect(stored.file.sha256 == Upload(filename: "x", data: pdf).sha256)
            #expect(stored.file.byteCount == pdf.count && stored.file.format == .pdf && stored.file.filename == "evaluatie.pdf")
            let detail = try #require(try await catalog.document(id: id))
            #expect(detail.fullText.contains("aanbevelingen voor de kerngroepen"))
            #expect(detail.file?.sha256 == stored.file.sha256)
            let hits = try await catalog.search(SiteSearch(search: try SearchText.parse("kerngroep aanbeveling")))
            #expect(hits.hits.items.contains { $0.id == id })
            // Anonymous readers see a public document's original; nobody sees one of a document they may not see.
            #expect(try await Catalog(database: database, viewer: .anonymous).documentFile(id: id) != nil)
            #expect(try await Catalog(database: database, viewer: .anonymous).documentFile(id: "bestaat-niet") == nil)
        }
    }

    @Test("a new upload replaces the original, removal removes it, the history names each checksum", arguments: TestDatabase.backends)
    func replacedAndRemoved(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let admin = try await MeetingEditorTests.editor(database, "f@test.example", role: .beheerder)
            let editor = DocumentEditor(database: database)
            let first = try await Self.read("eerste.txt", Data("Eerste versie".utf8))
            let id = try await editor.create(try Self.draft("Notitie"), file: first, by: admin)
            let second = try await Self.read("tweede.odt", TestFiles.odt(heading: "Tweede", ["versie van de notitie"]))
            let current = try #require(try await editor.current(id: id, for: admin))
            #expect(current.draft.fullText == "Eerste versie")
            try await editor.update(id: id, current.draft, file: second, expectedVersion: 1, by: admin)
            let catalog = Catalog(database: database, viewer: admin)
            #expect(try await catalog.documentFile(id: id)?.file.filename == "tweede.odt")
            #expect(try await catalog.document(id: id)?.fullText == "Tweede\nversie van de notitie")
            let afterSecond = try #require(try await editor.current(id: id, for: admin))
            try await editor.update(id: id, afterSecond.draft, removingFile: true, expectedVersion: 2, by: admin)
            #expect(try await catalog.documentFile(id: id) == nil)
            #expect(try await catalog.document(id: id)?.fullText == "Tweede\nversie van de notitie", "the text stays")
            let history = try await database.sql.raw("SELECT changes FROM audit_log WHERE subject_kind = 'document' AND subject_id = \(bind: id) ORDER BY version")
                .all(decodingColumn: "changes", as: String.self).joined(separator: "\n")
            #expect(history.contains(first.sha256) && history.contains(second.sha256))
        }
    }

    @Test("a scan without typed text is refused and nothing is written; with typed text the scan is kept", arguments: TestDatabase.backends)
    func scan(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let admin = try await MeetingEditorTests.editor(database, "f@test.example", role: .beheerder)
            let scan = try await Self.read("scan.pdf", TestFiles.scannedPDF())
            let before = try await TestDatabase.count("documents", in: database)
            await #expect(throws: ValidationFailure.self) {
                try await DocumentEditor(database: database).create(try Self.draft("Gescande brief"), file: scan, by: admin)
            }
            #expect(try await TestDatabase.count("documents", in: database) == before)
            #expect(try await TestDatabase.count("document_files", in: database) == 0)
            let id = try await DocumentEditor(database: database)
                .create(try Self.draft("Gescande brief", text: "Overgetypte tekst van de brief"), file: scan, by: admin)
            let catalog = Catalog(database: database, viewer: admin)
            #expect(try await catalog.document(id: id)?.fullText == "Overgetypte tekst van de brief")
            #expect(try await catalog.documentFile(id: id)?.data == TestFiles.scannedPDF())
        }
    }
}
