import SQLKit
import TafelCore

/// The full-text index over every published kind of record, kept in the same transaction as the
/// change that makes it stale: `AuditLog.record` refreshes the record it logs. It holds stems,
/// computed here in Swift with `DutchTokenizer` and `DutchStemmer`, so that the index and the
/// query meet on SQLite (an FTS5 table) as on PostgreSQL (a `tsvector` with a GIN index).
///
/// `search_entries` holds one row per record (kind, id, title, sort, year, confidentiality);
/// `search_entry_organisations` the organisations it concerns; on SQLite `search_words` (FTS5,
/// contentless, rowid = entry) the stems of its title and body; on PostgreSQL the column `words`.
public enum SearchIndex {
    /// Raised whenever what an entry holds changes (stemmer, tokenizer, sources): a database
    /// whose index was built by another version is rebuilt when it is migrated.
    static let version = "1"

    /// Rebuilds the index when it was built by another version of Tafel, or never.
    /// Two instances starting at once on PostgreSQL take turns (an advisory lock), so that the
    /// second finds the index built.
    public static func bringUpToDate(_ database: Database) async throws {
        try await database.transaction(changesRecords: false) { db in
            if !isSQLite(db) { try await db.raw("SELECT pg_advisory_xact_lock(7212027)").run() }
            let built = try await db.raw("SELECT value FROM search_index_state WHERE name = 'versie'")
                .first(decodingColumn: "value", as: String.self)
            guard built != version else { return }
            try await rebuild(in: db)
        }
    }

    /// Indexes every record again, in one transaction (after a load of rows by SQL, a restore);
    /// returns how many records it indexed.
    @discardableResult
    public static func rebuild(_ database: Database) async throws -> Int {
        try await database.transaction(changesRecords: false) { db in try await rebuild(in: db) }
    }

    /// Within the caller's transaction (a demo or national load, a restore).
    @discardableResult
    package static func rebuild(in db: any SQLDatabase) async throws -> Int {
        let sqlite = isSQLite(db)
        // Rows out, never the table: other connections of the pool keep FTS5 structures cached,
        // so the table they know stays the one they write to.
        if sqlite { try await db.raw("DELETE FROM search_words").run() }
        try await db.raw("DELETE FROM search_entry_organisations").run()
        try await db.raw("DELETE FROM search_entries").run()
        var indexed = 0
        for source in SearchSource.all {
            // A thousand records at a time, in id order, so that a national load is never all in memory at once.
            var last: String?
            while true {
                let after: SQLQueryString = last.map { " WHERE id > \(bind: $0)" } ?? ""
                let ids = try await db.raw("SELECT id FROM \(unsafeRaw: source.table)" + after + " ORDER BY id LIMIT 1000")
                    .all(decodingColumn: "id", as: String.self)
                guard let end = ids.last else { break }
                last = end
                let entries = try await source.entries(ids, in: db)
                indexed += entries.count
                for start in stride(from: 0, to: entries.count, by: batchSize) {
                    try await insert(Array(entries[start..<min(start + batchSize, entries.count)]), sqlite: sqlite, in: db)
                }
            }
        }
        try await db.raw("DELETE FROM search_index_state WHERE name = 'versie'").run()
        try await db.raw("INSERT INTO search_index_state (name, value) VALUES ('versie', \(bind: version))").run()
        return indexed
    }

    /// Brings one record's entry in line with what is stored: written again, or removed when the
    /// record is gone. `db` is the transaction of the change.
    static func refresh(_ kind: RecordKind, id: String, in db: any SQLDatabase) async throws {
        guard let source = SearchSource.of(kind) else { return }
        try await remove([(kind, id)], in: db)
        let entries = try await source.entries([id], in: db)
        if !entries.isEmpty { try await insert(entries, sqlite: isSQLite(db), in: db) }
    }

    private static let batchSize = 200

    private static func remove(_ records: [(RecordKind, String)], in db: any SQLDatabase) async throws {
        for (kind, id) in records {
            guard let entry = try await db.raw("SELECT entry FROM search_entries WHERE kind = \(bind: kind.rawValue) AND id = \(bind: id)")
                .first(decodingColumn: "entry", as: Int.self) else { continue }
            if isSQLite(db) { try await db.raw("DELETE FROM search_words WHERE rowid = \(bind: entry)").run() }
            try await db.raw("DELETE FROM search_entry_organisations WHERE entry = \(bind: entry)").run()
            try await db.raw("DELETE FROM search_entries WHERE entry = \(bind: entry)").run()
        }
    }

    private static func insert(_ entries: [SearchSource.Entry], sqlite: Bool, in db: any SQLDatabase) async throws {
        guard !entries.isEmpty else { return }
        var cache: [String: String] = [:]
        let stems = entries.map { entry in
            (title: DutchTokenizer.stems(entry.title, cache: &cache).joined(separator: " "),
             body: entry.body.map { DutchTokenizer.stems($0, cache: &cache).joined(separator: " ") }.filter { !$0.isEmpty }.joined(separator: " "))
        }
        let rows: [SQLQueryString] = zip(entries, stems).map { entry, stems in
            let words: SQLQueryString = sqlite ? "" :
                ", setweight(to_tsvector('simple', \(bind: stems.title)), 'A') || setweight(to_tsvector('simple', \(bind: stems.body)), 'D')"
            return "(\(bind: entry.kind.rawValue), \(bind: entry.id), \(bind: entry.title), \(bind: entry.sort), \(bind: entry.year), \(bind: entry.confidentiality)"
                + words + ")"
        }
        let columns = sqlite ? "kind, id, title, sort, year, confidentiality" : "kind, id, title, sort, year, confidentiality, words"
        struct Inserted: Decodable { let entry: Int, kind: String, id: String }
        let inserted = try await db.raw("INSERT INTO search_entries (\(unsafeRaw: columns)) VALUES " + rows.joined(separator: ", ")
                                        + " RETURNING entry, kind, id").all(decoding: Inserted.self, with: rowDecoder)
        let numbers = Dictionary(inserted.map { ("\($0.kind) \($0.id)", $0.entry) }, uniquingKeysWith: { first, _ in first })
        var texts: [SQLQueryString] = []
        var concerns: [SQLQueryString] = []
        for (entry, stems) in zip(entries, stems) {
            guard let number = numbers["\(entry.kind.rawValue) \(entry.id)"] else { continue }
            texts.append("(\(bind: number), \(bind: stems.title), \(bind: stems.body))")
            concerns += entry.organisations.map { "(\(bind: number), \(bind: $0))" }
        }
        if sqlite {
            try await db.raw("INSERT INTO search_words (rowid, title, body) VALUES " + texts.joined(separator: ", ")).run()
        }
        for batch in stride(from: 0, to: concerns.count, by: batchSize * 2) {
            try await db.raw("INSERT INTO search_entry_organisations (entry, organisation_id) VALUES "
                             + concerns[batch..<min(batch + batchSize * 2, concerns.count)].joined(separator: ", ")).run()
        }
    }

    static func isSQLite(_ db: any SQLDatabase) -> Bool { db.dialect.name == "sqlite" }
}
