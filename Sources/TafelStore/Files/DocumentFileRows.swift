import Foundation
import SQLKit
import TafelCore

/// The `document_files` row of one document, read and written inside the caller's transaction.
enum DocumentFileRows {
    private struct Row: Decodable {
        let fileName: String, format: String, byteCount: Int, sha256: String, uploadedAt: String
    }

    static func stored(_ documentID: String, in db: any SQLDatabase) async throws -> DocumentFile? {
        try await db.raw("""
            SELECT file_name, format, byte_count, sha256, uploaded_at FROM document_files WHERE document_id = \(bind: documentID)
            """).first(decoding: Row.self, with: rowDecoder).map(file)
    }

    /// The original with its bytes.
    static func content(_ documentID: String, in db: any SQLDatabase) async throws -> (file: DocumentFile, data: Data)? {
        struct Content: Decodable {
            let fileName: String, format: String, byteCount: Int, sha256: String, uploadedAt: String, content: Data
        }
        guard let row = try await db.raw("""
            SELECT file_name, format, byte_count, sha256, uploaded_at, content FROM document_files WHERE document_id = \(bind: documentID)
            """).first(decoding: Content.self, with: rowDecoder)
        else { return nil }
        let file = file(Row(fileName: row.fileName, format: row.format, byteCount: row.byteCount, sha256: row.sha256,
                            uploadedAt: row.uploadedAt))
        return (file, row.content)
    }

    static func replace(_ documentID: String, with read: ReadFile, in db: any SQLDatabase) async throws {
        try await db.raw("DELETE FROM document_files WHERE document_id = \(bind: documentID)").run()
        try await db.raw("""
            INSERT INTO document_files (document_id, file_name, format, byte_count, sha256, content, uploaded_at)
            VALUES (\(bind: documentID), \(bind: read.upload.filename), \(bind: read.format.rawValue), \(bind: read.upload.data.count),
                    \(bind: read.sha256), \(bind: read.upload.data), \(bind: Timestamp.now()))
            """).run()
    }

    static func remove(_ documentID: String, in db: any SQLDatabase) async throws {
        try await db.raw("DELETE FROM document_files WHERE document_id = \(bind: documentID)").run()
    }

    private static func file(_ row: Row) -> DocumentFile {
        DocumentFile(filename: row.fileName, format: FileFormat(rawValue: row.format) ?? .text, byteCount: row.byteCount,
                     sha256: row.sha256, uploadedAt: row.uploadedAt)
    }
}

extension DocumentDraft {
    /// The draft with the text of `file` as its full text: a file with text replaces what was typed;
    /// a scan keeps what was typed, and is refused when nothing was.
    func withText(of file: ReadFile?) throws(ValidationFailure) -> DocumentDraft {
        guard let file else { return self }
        var draft = self
        if file.text.isEmpty {
            guard !fullText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw ValidationFailure([FieldProblem(field: UploadProblem.field, code: "geenTekst",
                                                      message: UploadProblem.noText(file.upload.filename).message)])
            }
            return draft
        }
        guard file.text.count <= Self.maximumTextLength else {
            throw ValidationFailure([FieldProblem(field: UploadProblem.field, code: "teLang", message:
                "bestand: de tekst in ‘\(file.upload.filename)’ is \(file.text.count) tekens lang; een document mag hoogstens \(Self.maximumTextLength) tekens hebben.")])
        }
        draft.fullText = file.text
        return draft
    }
}
