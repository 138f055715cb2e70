import Foundation
import TafelCore

/// A `SearchQuery` in the query language of each database. Stems hold only letters and digits;
/// they are quoted all the same, so that nothing a person types is read as an operator.
extension SearchQuery {
    /// An FTS5 `MATCH` expression: `"stem"`, `"a b"` (a phrase), `"ab"*` (a prefix), `OR`, `AND`, `NOT`.
    var fts5: String {
        func quoted(_ words: [String]) -> String { "\"" + words.joined(separator: " ").replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        func term(_ term: Term) -> String {
            switch term {
            case .word(let stem): quoted([stem])
            case .phrase(let stems): quoted(stems)
            case .prefix(let leading, let beginnings): either(beginnings.map { quoted(leading + [$0]) + "*" })
            }
        }
        func either(_ parts: [String]) -> String { parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " OR ") + ")" }
        let all = required.map { either($0.map(term)) }.joined(separator: " AND ")
        return excluded.reduce(all.contains(" ") ? "(" + all + ")" : all) { $0 + " NOT " + term($1) }
    }

    /// A PostgreSQL `tsquery`, for `CAST(… AS tsquery)`: `'stem'`, `'a' <-> 'b'`, `'ab':*`, `|`, `&`, `!`.
    var tsquery: String {
        func quoted(_ word: String) -> String {
            "'" + word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "''") + "'"
        }
        func term(_ term: Term) -> String {
            switch term {
            case .word(let stem): quoted(stem)
            case .phrase(let stems): "(" + stems.map(quoted).joined(separator: " <-> ") + ")"
            case .prefix(let leading, let beginnings):
                either(beginnings.map { beginning in
                    let words = leading.map(quoted) + [quoted(beginning) + ":*"]
                    return words.count == 1 ? words[0] : "(" + words.joined(separator: " <-> ") + ")"
                })
            }
        }
        func either(_ parts: [String]) -> String { parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " | ") + ")" }
        return (required.map { either($0.map(term)) } + excluded.map { "!" + term($0) }).joined(separator: " & ")
    }
}
