import TafelCore

/// An upload that has been read: the original to keep with its format and checksum.
public struct ReadFile: Sendable {
    public let upload: Upload
    public let format: FileFormat
    public let text: String
    public let sha256: String

    public init(upload: Upload, format: FileFormat, text: String) {
        self.upload = upload; self.format = format; self.text = text; self.sha256 = upload.sha256
    }

    var historyValue: String {
        DocumentFile(filename: upload.filename, format: format, byteCount: upload.data.count, sha256: sha256, uploadedAt: "").historyValue
    }
}
