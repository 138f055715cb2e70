import Foundation
import TafelCore
@testable import TafelStore
import TafelTestSupport
import Testing

/// Reading the text out of uploaded files, each kind made here as a small real file.
@Suite("Tekst uit bestanden")
struct TextExtractorTests {
    let extractor = TextExtractor()

    private func extract(_ name: String, _ data: Data) async throws(UploadProblem) -> (format: FileFormat, text: String) {
        try await extractor.extract(Upload(filename: name, data: data))
    }

    private func problem(_ name: String, _ data: Data, with extractor: TextExtractor? = nil) async -> UploadProblem? {
        do {
            _ = try await (extractor ?? self.extractor).extract(Upload(filename: name, data: data))
            return nil
        } catch {
            return error
        }
    }

    @Test("a PDF's text layer, through pdftotext, with its accents and its words broken at a line end joined")
    func pdf() async throws {
        let result = try await extract("verslag.pdf", TestFiles.pdf(["Kenniscafé over samenwerking", "met de ge-", "meenten van Drenthe"]))
        #expect(result.format == .pdf)
        #expect(result.text == "Kenniscafé over samenwerking\nmet de gemeenten van Drenthe")
    }

    @Test("a DOCX's paragraphs, not its tab stops; an ODT's heading, paragraphs, spaces and spans")
    func office() async throws {
        let docx = try await extract("brief.docx", TestFiles.docx(["Geachte heer Bos,", "Wij komen terug op deze toezegging & uw vraag."]))
        #expect(docx.format == .docx)
        #expect(docx.text == "Geachte heer Bos,\nWij komen terug op deze toezegging & uw vraag.")
        let odt = try await extract("notitie.odt", TestFiles.odt(heading: "Kerngroep", ["Vergadering gepland", "Besluit <genomen>"]))
        #expect(odt.format == .odt)
        #expect(odt.text == "Kerngroep\nVergadering gepland\nBesluit <genomen>")
    }

    @Test("plain text as UTF-8 (without its byte-order mark) or else Windows-1252; line ends made one")
    func plainText() async throws {
        let utf8 = try await extract("notitie.txt", Data([0xEF, 0xBB, 0xBF]) + Data("Café\r\nregel twee  \r\n\r\n\r\nslot".utf8))
        #expect(utf8.format == .text)
        #expect(utf8.text == "Café\nregel twee\n\nslot")
        let windows = try await extract("oud.txt", Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x80, 0x35]))
        #expect(windows.text == "Café €5")
    }

    @Test("a scan has no text: the extraction says so with an empty text, the editor decides")
    func scan() async throws {
        let result = try await extract("scan.pdf", TestFiles.scannedPDF())
        #expect(result.format == .pdf)
        #expect(result.text.isEmpty)
    }

    @Test("every file Tafel cannot take is refused with a Dutch message naming the file")
    func refusals() async throws {
        #expect(await problem("leeg.pdf", Data()) == .empty("leeg.pdf"))
        #expect(await problem("foto.png", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])) == .unsupported("foto.png"))
        #expect(await problem("kapot.pdf", Data("%PDF-1.4\nniets dan dit".utf8)) == .damaged("kapot.pdf", format: .pdf))
        #expect(await problem("leeg.docx", TestFiles.zip([("word/styles.xml", Data("<x/>".utf8))])) == .damaged("leeg.docx", format: .docx))
        #expect(await problem("brief.pdf", TestFiles.docx(["tekst"])) == .mismatch("brief.pdf", actual: .docx))
        let large = Data(repeating: 0x61, count: TextExtractor.maximumFileSize + 1)
        let tooLarge = await problem("groot.txt", large)
        #expect(tooLarge == .tooLarge("groot.txt", bytes: large.count))
        #expect(tooLarge?.message == "bestand: ‘groot.txt’ is 20.971.521 bytes groot; Tafel neemt bestanden tot 20 MB aan.")
        #expect(ByteSize.dutch(1_300_000) == "1,2 MB" && ByteSize.dutch(2_048) == "2 kB" && ByteSize.exact(999) == "999 bytes")
        for problem in [UploadProblem.empty("a.pdf"), .unsupported("a.png"), .damaged("a.pdf", format: .pdf), .noText("a.pdf")] {
            #expect(problem.message.hasPrefix("bestand: "))
        }
    }

    @Test("without pdftotext or unzip on the server, a clear message instead of a crash; text still works")
    func missingTools() async throws {
        let bare = TextExtractor(toolDirectory: "/nonexistent-tafel-tools")
        let pdf = await problem("verslag.pdf", TestFiles.pdf(["tekst"]), with: bare)
        #expect(pdf == .toolMissing(format: .pdf, tool: "pdftotext", package: "poppler-utils"))
        #expect(pdf?.message.contains("poppler-utils") == true)
        #expect(await problem("brief.docx", TestFiles.docx(["tekst"]), with: bare) == .toolMissing(format: .docx, tool: "unzip", package: "unzip"))
        #expect(try await bare.extract(Upload(filename: "a.txt", data: Data("tekst".utf8))).text == "tekst")
    }

    @Test("a browser's folder in the file name is dropped, and quotes and control characters")
    func names() {
        #expect(Upload(filename: "C:\\Users\\bos\\Brief \"def\".pdf", data: Data()).filename == "Brief def.pdf")
        #expect(Upload(filename: "../../etc/passwd", data: Data()).filename == "passwd")
        #expect(Upload(filename: "\u{1}", data: Data()).filename == "bestand")
        #expect(Upload(filename: "a", data: Data("abc".utf8)).sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
