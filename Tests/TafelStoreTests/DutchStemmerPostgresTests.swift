import Foundation
import SQLKit
import TafelCore
import TafelStore
import TafelTestSupport
import Testing

/// PostgreSQL's `dutch` text search configuration stems as `DutchStemmer` does: the index Tafel
/// builds and a query PostgreSQL stems meet (run when TAFEL_TEST_DATABASE_URL names a server).
@Suite("Nederlandse stemmer in PostgreSQL")
struct DutchStemmerPostgresTests {
    @Test("dutch_stem gives every word of the reference list the stem DutchStemmer gives it", arguments: TestDatabase.backends.filter { $0 == .postgres })
    func sameStems(backend: Database.Backend) async throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("TafelCoreTests/Fixtures/dutch-porter-stems.tsv")
        let words = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
            .compactMap { $0.split(separator: "\t").first.map(String.init) }
        try await TestDatabase.with(backend, migrated: false) { database in
            struct Row: Decodable { let word: String, stem: String? }
            var differences: [String] = []
            for chunk in stride(from: 0, to: words.count, by: 500).map({ Array(words[$0..<min($0 + 500, words.count)]) }) {
                let list: SQLQueryString = "(" + chunk.map { "\(bind: $0)" as SQLQueryString }.joined(separator: "), (") + ")"
                // dutch_stem gives {} for a stop word; those are left out of an index anyway.
                let rows = try await database.sql.raw("SELECT w.word, (ts_lexize('dutch_stem', w.word))[1] AS stem FROM (VALUES " + list
                                                      + ") AS w(word)").all(decoding: Row.self)
                for row in rows where row.stem != nil && row.stem != DutchStemmer.stem(row.word) {
                    differences.append("\(row.word): \(row.stem ?? "") ≠ \(DutchStemmer.stem(row.word))")
                }
            }
            #expect(differences.isEmpty, "\(differences.prefix(20))")
        }
    }
}
