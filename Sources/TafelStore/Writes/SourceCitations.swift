import Foundation
import SQLKit
import TafelCore

/// Accepting a recognised finding (issue 13 part 4): a passage of a document becomes a source of
/// the record it names, written with the record's new version and its history in one transaction.
public struct SourceCitations: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    /// A source in a record's history: the document's id (shown as "vertrouwelijk record", passage
    /// and all, to a reader who may not see it: `HistoryReferences`) and the passage.
    static func historyValue(_ document: String, _ passage: String) -> String {
        "\(document):\(passage.replacingOccurrences(of: "\n", with: " "))"
    }

    /// Adds the passage after the record's other sources, inside the caller's transaction.
    static func append(_ record: RecordKey, document: String, passage: String, now: String, in db: any SQLDatabase) async throws {
        let position = try await db.raw("""
            SELECT COALESCE(MAX(position), -1) + 1 AS next FROM sources
            WHERE subject_kind = \(bind: record.kind.rawValue) AND subject_id = \(bind: record.id)
            """).first(decodingColumn: "next", as: Int.self) ?? 0
        try await db.raw("""
            INSERT INTO sources (subject_kind, subject_id, position, document_id, passage, created_at, updated_at)
            VALUES (\(bind: record.kind.rawValue), \(bind: record.id), \(bind: position), \(bind: document), \(bind: passage),
                    \(bind: now), \(bind: now))
            """).run()
    }

    /// Adds `passage` of `document` to the sources of `record`; false when it was already one of them.
    @discardableResult
    public func cite(_ record: RecordKey, document: String, passage: String, by viewer: Viewer) async throws -> Bool {
        guard viewer.mayEditAnything else { throw AccessDenied("Alleen redacteuren en beheerders mogen een bron toevoegen.") }
        guard let storage = record.kind.storage else { throw RecordNotVisible(kind: record.kind, id: record.id) }
        let catalog = Catalog(database: database, viewer: viewer)
        guard try await catalog.visibleName(of: .document, id: document) != nil else {
            throw RecordNotVisible(kind: .document, id: document)
        }
        return try await database.transaction { db in
            struct Row: Decodable { let version: Int }
            guard let row = try await db.raw("SELECT t.version FROM \(unsafeRaw: storage.table) t WHERE t.id = \(bind: record.id) AND "
                                             + Catalog.visibility(of: "t", record.kind, for: viewer) + VersionedUpdate.lock("t", in: db))
                .first(decoding: Row.self) else { throw RecordNotVisible(kind: record.kind, id: record.id) }
            let groups = try await RecordAccessRows.read(record.kind, id: record.id, in: db)
            guard viewer.mayEdit(recordGroups: Set(groups)) else {
                throw AccessDenied("U mag dit record niet wijzigen: het hoort bij een organisatie of gremium dat niet van u is.")
            }
            let existing = try await db.raw("""
                SELECT 1 AS found FROM sources WHERE subject_kind = \(bind: record.kind.rawValue) AND subject_id = \(bind: record.id)
                AND document_id = \(bind: document) AND passage = \(bind: passage)
                """).first()
            guard existing == nil else { return false }
            let now = Timestamp.now()
            try await Self.append(record, document: document, passage: passage, now: now, in: db)
            let version = row.version + 1
            try await VersionedUpdate.run("""
                UPDATE \(unsafeRaw: storage.table) SET updated_at = \(bind: now), version = \(bind: version)
                WHERE id = \(bind: record.id) AND version = \(bind: row.version)
                """, table: storage.table, kind: record.kind, id: record.id, expected: row.version, in: db)
            try await AuditLog.record(.gewijzigd, record.kind, id: record.id, version: version,
                                      changes: [AuditEntry.Change(field: "bron", before: nil, after: Self.historyValue(document, passage))],
                                      by: viewer, in: db)
            return true
        }
    }
}
