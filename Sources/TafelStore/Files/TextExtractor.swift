import Foundation
import TafelCore

/// Reads the text out of an uploaded file: a PDF through `pdftotext` (Debian's poppler-utils),
/// a DOCX or ODT by reading its XML (unpacked by `unzip`), plain text as UTF-8 or, failing that,
/// Windows-1252. Every way it can fail is an `UploadProblem` with a Dutch message.
public struct TextExtractor: Sendable {
    /// The largest original Tafel keeps.
    public static let maximumFileSize = 20 * 1024 * 1024
    /// The most text an extraction may produce before it is cut off as suspect (a ZIP bomb).
    static let maximumExtractedBytes = 40 * 1024 * 1024

    let pdftotext: ExternalTool
    let unzip: ExternalTool

    /// `toolDirectory` puts both programs in one place (tests use it to take them away).
    public init(toolDirectory: String? = nil) {
        pdftotext = ExternalTool(name: "pdftotext", package: "poppler-utils", path: toolDirectory.map { "\($0)/pdftotext" })
        unzip = ExternalTool(name: "unzip", package: "unzip", path: toolDirectory.map { "\($0)/unzip" })
    }

    /// The file's format and text; the text is empty for a PDF without a text layer (a scan).
    public func extract(_ upload: Upload) async throws(UploadProblem) -> (format: FileFormat, text: String) {
        guard !upload.data.isEmpty else { throw .empty(upload.filename) }
        guard upload.data.count <= Self.maximumFileSize else { throw .tooLarge(upload.filename, bytes: upload.data.count) }
        guard let format = FileFormat.detect(upload.data, filename: upload.filename) else { throw .unsupported(upload.filename) }
        let ending = (upload.filename as NSString).pathExtension.lowercased()
        if !ending.isEmpty, !format.extensions.contains(ending),
           FileFormat.allCases.contains(where: { $0.extensions.contains(ending) }) {
            throw .mismatch(upload.filename, actual: format)
        }
        let text: String
        switch format {
        case .text: text = Self.plainText(upload.data)
        case .pdf: text = try await pdfText(upload)
        case .docx: text = OfficeText.docx(try await entry("word/document.xml", of: upload, format: format))
        case .odt: text = OfficeText.odt(try await entry("content.xml", of: upload, format: format))
        }
        return (format, Self.tidy(text))
    }

    static func plainText(_ data: Data) -> String {
        var body = data
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        return String(data: body, encoding: .utf8) ?? String(data: body, encoding: .windowsCP1252)
            ?? String(decoding: body, as: UTF8.self)
    }

    private func pdfText(_ upload: Upload) async throws(UploadProblem) -> String {
        let output = try await withTemporaryCopy(of: upload, tool: pdftotext) { path throws(ExternalTool.Failure) in
            try await pdftotext.run(["-q", "-enc", "UTF-8", "-eol", "unix", path, "-"], limit: Self.maximumExtractedBytes)
        }
        return String(decoding: output, as: UTF8.self).replacingOccurrences(of: "\u{0C}", with: "\n\n")
    }

    private func entry(_ name: String, of upload: Upload, format: FileFormat) async throws(UploadProblem) -> String {
        let output = try await withTemporaryCopy(of: upload, tool: unzip, format: format) { path throws(ExternalTool.Failure) in
            try await unzip.run(["-p", "-qq", path, name], limit: Self.maximumExtractedBytes)
        }
        guard !output.isEmpty else { throw .damaged(upload.filename, format: format) }
        return String(decoding: output, as: UTF8.self)
    }

    /// Runs `work` on a private copy of the upload, removed afterwards, and turns the tool's
    /// failures into the editor's messages.
    private func withTemporaryCopy(of upload: Upload, tool: ExternalTool, format: FileFormat = .pdf,
                                   _ work: (String) async throws(ExternalTool.Failure) -> Data) async throws(UploadProblem) -> Data {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tafel-upload-\(UUID().uuidString)")
        let file = directory.appendingPathComponent("origineel")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
            try upload.data.write(to: file)
        } catch {
            throw .unreadable(upload.filename)
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            return try await work(file.path)
        } catch {
            switch error {
            case .missing: throw .toolMissing(format: format, tool: tool.name, package: tool.package)
            case .tooLarge: throw .extractedTooLarge(upload.filename)
            case .tooSlow: throw .tooSlow(upload.filename)
            case .failed(_, let message):
                if message.localizedCaseInsensitiveContains("password") { throw .encrypted(upload.filename) }
                throw .damaged(upload.filename, format: format)
            }
        }
    }

    /// Line ends as `\n`, no trailing blanks on a line, at most one empty line in a row.
    static func tidy(_ text: String) -> String {
        var lines: [Substring] = []
        var blank = 0
        for line in text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            var trimmed = line
            while let last = trimmed.last, last == " " || last == "\t" { trimmed = trimmed.dropLast() }
            if trimmed.isEmpty { blank += 1; if blank > 1 { continue } } else { blank = 0 }
            lines.append(trimmed)
        }
        return lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
