import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import TafelCore
import TafelStore
import TafelTestSupport
@testable import TafelWeb
import Testing

/// Uploading a document's original through the form, and downloading it again.
@Suite("Documenten uploaden")
struct DocumentUploadWebTests {
    static let fields = [("titel", "Uploadproef"), ("soort", "rapport"), ("datum", "2026-11-03"), ("kenmerk", "UP/2026/1"),
                         ("vertrouwelijkheid", "openbaar")]

    @Test("an uploaded DOCX becomes the document's text, its original is downloadable with its checksum, and is found",
          arguments: TestDatabase.backends)
    func upload(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let docx = TestFiles.docx(["Rapport over de uploadproefwoorden", "Tweede alinea."])
            let (headers, body) = app.multipart(.beheerder, Self.fields, files: [("bestand", "Rapport é.docx", docx)])
            let created = try await client.execute(uri: "/documenten", method: .post, headers: headers, body: body)
            #expect(created.status == .seeOther)
            let location = try #require(created.headers[.location])
            let page = try await client.execute(uri: location, method: .get, headers: [:], body: nil)
            #expect(page.text.contains("Rapport over de uploadproefwoorden"))
            #expect(page.text.contains("href=\"\(location)/bestand\"") && page.text.contains("Rapport é.docx (Word (DOCX)"))
            let download = try await client.execute(uri: location + "/bestand", method: .get, headers: [:], body: nil)
            #expect(download.status == .ok && Data(download.body.readableBytesView) == docx)
            #expect(download.headers[.contentType] == FileFormat.docx.mediaType)
            #expect(download.headers[.contentDisposition] == "attachment; filename=\"Rapport _.docx\"; filename*=UTF-8''Rapport%20%C3%A9.docx")
            let sha256 = Upload(filename: "x", data: docx).sha256
            #expect(download.headers[.eTag] == "\"\(sha256)\"")
            #expect(download.headers[DocumentFileDownload.digestHeader]?.hasPrefix("sha-256=:") == true)
            let again = try await client.execute(uri: location + "/bestand", method: .get, headers: [.ifNoneMatch: "\"\(sha256)\""], body: nil)
            #expect(again.status == .notModified)
            let found = try await client.execute(uri: "/zoeken?q=uploadproefwoord", method: .get, headers: [:], body: nil)
            #expect(found.text.contains("href=\"\(location)\""))
            // The edit form names the stored original and offers to remove it; removing keeps the text.
            let id = String(location.split(separator: "/").last!)
            let edit = try await client.execute(uri: "/documenten/\(id)/bewerken", method: .get, headers: app.headers(.beheerder), body: nil)
            #expect(edit.text.contains("Nu bewaard:") && edit.text.contains("name=\"bestandVerwijderen\"") && edit.text.contains("enctype=\"multipart/form-data\""))
            let (removeHeaders, removeBody) = app.multipart(.beheerder, Self.fields + [("versie", "1"), ("bestandVerwijderen", "ja"),
                                                                                    ("tekst", "Rapport over de uploadproefwoorden")], files: [])
            let removed = try await client.execute(uri: "/documenten/\(id)/bewerken", method: .post, headers: removeHeaders, body: removeBody)
            #expect(removed.status == .seeOther)
            let gone = try await client.execute(uri: location + "/bestand", method: .get, headers: [:], body: nil)
            #expect(gone.status == .notFound)
        }
    }

    @Test("a file Tafel cannot read comes back on the form with its problem, what was typed kept, and nothing written",
          arguments: TestDatabase.backends)
    func refused(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let before = try await TestDatabase.count("documents", in: app.database)
            for (name, data, message) in [
                ("kapot.pdf", Data("%PDF-1.4\nafgebroken".utf8), "is beschadigd of onvolledig"),
                ("scan.pdf", TestFiles.scannedPDF(), "waarschijnlijk een scan"),
                ("foto.png", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]), "geen PDF, DOCX, ODT of platte tekst"),
            ] {
                let (headers, body) = app.multipart(.beheerder, Self.fields, files: [("bestand", name, data)])
                let response = try await client.execute(uri: "/documenten", method: .post, headers: headers, body: body)
                #expect(response.status == .badRequest, "\(name)")
                #expect(response.text.contains("id=\"fout-bestand\"") && response.text.contains(message), "\(name)")
                #expect(response.text.contains("value=\"Uploadproef\"") && response.text.contains("value=\"UP/2026/1\""), "\(name): typed input kept")
                #expect(response.text.contains("aria-invalid=\"true\" ") || response.text.contains("aria-invalid=\"true\">"), "\(name)")
            }
            #expect(try await TestDatabase.count("documents", in: app.database) == before)
            #expect(try await TestDatabase.count("document_files", in: app.database) == 0)
            // Authentication before validation: an anonymous post with a broken file is not read.
            let (headers, body) = app.multipart(.anonymous, Self.fields, files: [("bestand", "kapot.pdf", Data("%PDF-".utf8))])
            let anonymous = try await client.execute(uri: "/documenten", method: .post, headers: headers, body: body)
            #expect([.seeOther, .unauthorized, .forbidden].contains(anonymous.status))
            #expect(anonymous.headers[.location]?.hasPrefix("/documenten/") != true)
            #expect(try await TestDatabase.count("documents", in: app.database) == before)
        }
    }
}
