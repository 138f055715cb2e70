import Foundation

/// Small real files made in the tests: a PDF with a text layer and one without (a scan), a DOCX
/// and an ODT as their ZIP containers hold them.
public enum TestFiles {
    /// A one-page PDF with each line in Helvetica (WinAnsi: Latin-1 characters only).
    public static func pdf(_ lines: [String]) -> Data {
        var operations = "BT /F1 12 Tf 72 760 Td"
        for (index, line) in lines.enumerated() {
            let escaped = line.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(")
                .replacingOccurrences(of: ")", with: "\\)")
            operations += (index == 0 ? " " : " 0 -16 Td ") + "(\(escaped)) Tj"
        }
        return pdf(contents: Data((operations + " ET").data(using: .isoLatin1)!))
    }

    /// A PDF that only paints a rectangle: what a scanner without OCR delivers, as far as text goes.
    public static func scannedPDF() -> Data { pdf(contents: Data("0 0 1 rg 72 72 200 300 re f".utf8)) }

    private static func pdf(contents: Data) -> Data {
        let objects: [Data] = [
            Data("<< /Type /Catalog /Pages 2 0 R >>".utf8),
            Data("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8),
            Data("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>".utf8),
            Data("<< /Length \(contents.count) >>\nstream\n".utf8) + contents + Data("\nendstream".utf8),
            Data("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".utf8),
        ]
        var file = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(file.count)
            file += Data("\(index + 1) 0 obj\n".utf8) + object + Data("\nendobj\n".utf8)
        }
        let xref = file.count
        file += Data("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets { file += Data((String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n").utf8) }
        file += Data("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return file
    }

    /// A DOCX whose body has these paragraphs.
    public static func docx(_ paragraphs: [String]) -> Data {
        let body = paragraphs.map { "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr><w:r><w:t xml:space=\"preserve\">\(xml($0))</w:t></w:r></w:p>" }.joined()
        return zip([
            ("[Content_Types].xml", Data("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>".utf8)),
            ("word/document.xml", Data("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\(body)</w:body></w:document>".utf8)),
        ])
    }

    /// An ODT whose body has a heading and these paragraphs (the second word of each in a span).
    public static func odt(heading: String, _ paragraphs: [String]) -> Data {
        let body = "<text:h text:outline-level=\"1\">\(xml(heading))</text:h>" + paragraphs.map { paragraph -> String in
            let words = paragraph.split(separator: " ", maxSplits: 1).map(String.init)
            let rest = words.count > 1 ? "<text:s/><text:span text:style-name=\"T1\">\(xml(words[1]))</text:span>" : ""
            return "<text:p>\(xml(words.first ?? ""))\(rest)</text:p>"
        }.joined()
        return zip([
            ("mimetype", Data("application/vnd.oasis.opendocument.text".utf8)),
            ("content.xml", Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>\(body)</office:text></office:body></office:document-content>".utf8)),
        ])
    }

    private static func xml(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }

    /// A ZIP archive of stored (uncompressed) entries.
    public static func zip(_ entries: [(name: String, data: Data)]) -> Data {
        var archive = Data(), directory = Data()
        for (name, data) in entries {
            let offset = archive.count
            let crc = crc32(data), nameBytes = Data(name.utf8)
            var local = Data()
            local.append(le32(0x04034b50)); local.append(le16(20)); local.append(le16(0)); local.append(le16(0))
            local.append(le16(0)); local.append(le16(0x21)); local.append(le32(crc))
            local.append(le32(UInt32(data.count))); local.append(le32(UInt32(data.count)))
            local.append(le16(UInt16(nameBytes.count))); local.append(le16(0))
            archive += local + nameBytes + data
            var central = Data()
            central.append(le32(0x02014b50)); central.append(le16(20)); central.append(le16(20)); central.append(le16(0))
            central.append(le16(0)); central.append(le16(0)); central.append(le16(0x21)); central.append(le32(crc))
            central.append(le32(UInt32(data.count))); central.append(le32(UInt32(data.count)))
            central.append(le16(UInt16(nameBytes.count))); central.append(le16(0)); central.append(le16(0))
            central.append(le16(0)); central.append(le16(0)); central.append(le32(0)); central.append(le32(UInt32(offset)))
            directory += central + nameBytes
        }
        let directoryOffset = archive.count
        archive += directory
        var end = Data()
        end.append(le32(0x06054b50)); end.append(le16(0)); end.append(le16(0))
        end.append(le16(UInt16(entries.count))); end.append(le16(UInt16(entries.count)))
        end.append(le32(UInt32(directory.count))); end.append(le32(UInt32(directoryOffset))); end.append(le16(0))
        return archive + end
    }

    private static func le16(_ value: UInt16) -> Data { withUnsafeBytes(of: value.littleEndian) { Data($0) } }
    private static func le32(_ value: UInt32) -> Data { withUnsafeBytes(of: value.littleEndian) { Data($0) } }

    private static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = (crc >> 1) ^ (crc & 1 == 1 ? 0xEDB8_8320 : 0) }
        }
        return ~crc
    }
}
