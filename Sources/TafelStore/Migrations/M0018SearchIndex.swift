/// The full-text index (issue 13): one entry per record with what the facets and the
/// confidentiality check need, and the stems of its title and body: on SQLite in a contentless
/// FTS5 table whose rowid is the entry, on PostgreSQL in a weighted `tsvector` with a GIN index.
/// `SearchIndex` fills it; the migrator rebuilds it when `search_index_state` names another version.
let m0018SearchIndex = Migration(version: 18, name: "zoekindex") { backend in
    let entries: String
    let words: [String]
    switch backend {
    case .sqlite:
        entries = "entry INTEGER PRIMARY KEY"
        words = ["CREATE VIRTUAL TABLE search_text USING fts5(title, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0')"]
    case .postgres:
        entries = "entry BIGSERIAL PRIMARY KEY"
        words = []
    }
    let wordsColumn = backend == .postgres ? ",\n    words TSVECTOR NOT NULL" : ""
    return [
        """
        CREATE TABLE search_entries (
            \(entries),
            kind TEXT NOT NULL,
            id TEXT NOT NULL,
            title TEXT NOT NULL,
            sort TEXT,
            year INTEGER,
            confidentiality TEXT NOT NULL\(wordsColumn),
            UNIQUE (kind, id)
        )
        """,
        "CREATE INDEX search_entries_year ON search_entries(year)",
        """
        CREATE TABLE search_entry_organisations (
            entry BIGINT NOT NULL REFERENCES search_entries(entry) ON DELETE CASCADE,
            organisation_id TEXT NOT NULL,
            PRIMARY KEY (entry, organisation_id)
        )
        """,
        "CREATE INDEX search_entry_organisations_organisation ON search_entry_organisations(organisation_id, entry)",
        "CREATE TABLE search_index_state (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ] + words + (backend == .postgres ? ["CREATE INDEX search_entries_words ON search_entries USING GIN (words)"] : [])
}
