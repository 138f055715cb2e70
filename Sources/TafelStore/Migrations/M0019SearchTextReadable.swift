/// The FTS5 table of migration 18 was contentless with `contentless_delete`, an option SQLite
/// knows since 3.43: older readers of the file (Python's `sqlite3` on Debian 12, and with it
/// Datasette; the `sqlite3` shell) refused the whole file. An FTS5 table that keeps its own copy
/// of the stems opens everywhere. It has a new name, `search_words`: a connection of the pool that
/// knew the dropped table corrupted a successor of the same name when it wrote to it (SQLite
/// 3.54). The index is rebuilt at the end of the migration.
let m0019SearchTextReadable = Migration(version: 19, name: "zoekindex leesbaar voor oudere SQLite") { backend in
    switch backend {
    case .sqlite:
        [
            "DROP TABLE search_text",
            "CREATE VIRTUAL TABLE search_words USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 0')",
            "DELETE FROM search_index_state",
        ]
    case .postgres:
        []
    }
}
