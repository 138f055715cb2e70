/// The kinds of file an editor may upload as a document's original.
public enum FileFormat: String, Sendable, CaseIterable {
    case pdf, docx, odt, text

    public var label: String {
        switch self {
        case .pdf: "PDF"
        case .docx: "Word (DOCX)"
        case .odt: "OpenDocument-tekst (ODT)"
        case .text: "Platte tekst"
        }
    }

    public var mediaType: String {
        switch self {
        case .pdf: "application/pdf"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .odt: "application/vnd.oasis.opendocument.text"
        case .text: "text/plain; charset=utf-8"
        }
    }
}

/// What Tafel keeps of a document's original: enough to name, check and offer it for download.
public struct DocumentFile: Sendable, Hashable {
    public let filename: String
    public let format: FileFormat
    public let byteCount: Int
    public let sha256: String
    public let uploadedAt: String

    public init(filename: String, format: FileFormat, byteCount: Int, sha256: String, uploadedAt: String) {
        self.filename = filename; self.format = format; self.byteCount = byteCount; self.sha256 = sha256
        self.uploadedAt = uploadedAt
    }

    /// "rapport.pdf (PDF, 1,2 MB)".
    public var summary: String { "\(filename) (\(format.label), \(ByteSize.dutch(byteCount)))" }

    /// What the history records of it.
    public var historyValue: String { "\(filename), sha256 \(sha256)" }
}


/// A number of bytes as a Dutch reader writes it: "840 bytes", "12 kB", "1,2 MB", "20 MB".
public enum ByteSize {
    /// Every byte, in groups of three: "20.971.521 bytes".
    public static func exact(_ bytes: Int) -> String {
        var digits = String(bytes), groups: [Substring] = []
        while digits.count > 3 { groups.insert(Substring(digits.suffix(3)), at: 0); digits = String(digits.dropLast(3)) }
        return ([Substring(digits)] + groups).joined(separator: ".") + " bytes"
    }

    public static func dutch(_ bytes: Int) -> String {
        if bytes >= 1024 * 1024 {
            let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
            return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10),\(tenths % 10) MB"
        }
        if bytes >= 1024 { return "\(bytes / 1024) kB" }
        return "\(bytes) bytes"
    }
}
