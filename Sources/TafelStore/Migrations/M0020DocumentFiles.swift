/// A document's original file (issue 13 part 3): the bytes as uploaded, in the database so that a
/// backup and a transaction hold them with the record, and what the download names them by.
/// One original per document; a new upload replaces it, the history keeps the checksums.
let m0020DocumentFiles = Migration(version: 20, name: "originele bestanden van documenten") { backend in
    let bytes = backend == .postgres ? "BYTEA" : "BLOB"
    return [
        """
        CREATE TABLE document_files (
            document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            file_name TEXT NOT NULL,
            format TEXT NOT NULL,
            byte_count BIGINT NOT NULL,
            sha256 TEXT NOT NULL,
            content \(bytes) NOT NULL,
            uploaded_at TEXT NOT NULL
        )
        """,
    ]
}
