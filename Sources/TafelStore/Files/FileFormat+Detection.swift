import Foundation
import TafelCore

extension FileFormat {
    /// The file name endings that announce this format.
    var extensions: [String] {
        switch self {
        case .pdf: ["pdf"]
        case .docx: ["docx"]
        case .odt: ["odt"]
        case .text: ["txt", "text", "md"]
        }
    }

    /// What the file is by its content, with its name as the tie-breaker between the two ZIP
    /// formats; nil when it is none of the four.
    static func detect(_ data: Data, filename: String) -> FileFormat? {
        let ending = (filename as NSString).pathExtension.lowercased()
        if data.starts(with: Data("%PDF-".utf8)) { return .pdf }
        if data.starts(with: Data([0x50, 0x4B, 0x03, 0x04])) {
            // An ODT names its own type in the first entry, stored uncompressed.
            let head = String(decoding: data.prefix(200), as: UTF8.self)
            if head.contains("application/vnd.oasis.opendocument.text") { return .odt }
            if ending == "docx" { return .docx }
            if ending == "odt" { return .odt }
            return String(decoding: data.prefix(4_000), as: UTF8.self).contains("word/") ? .docx : nil
        }
        return Self.looksLikeText(data) ? .text : nil
    }

    /// No NUL bytes and no other control characters than layout in the first 8 kB.
    private static func looksLikeText(_ data: Data) -> Bool {
        data.prefix(8_192).allSatisfy { byte in byte >= 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }
    }
}
