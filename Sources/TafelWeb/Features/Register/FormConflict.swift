/// What a conflict page shows: the version the editor started from, the current one, and
/// each field where the stored value and the typed one differ.
struct FormConflict: Sendable {
    struct Row: Sendable {
        let label: String
        let stored: String
        let typed: String
    }

    let expectedVersion: Int
    let currentVersion: Int
    let rows: [Row]

    /// The differing fields of two inputs' `values` (the same fields in the same order), labelled for people.
    static func rows(stored: [(String, String?)], typed: [(String, String?)], labels: [String: String]) -> [Row] {
        zip(stored, typed).compactMap { stored, typed in
            stored.1 == typed.1 ? nil : Row(label: labels[stored.0] ?? stored.0, stored: stored.1 ?? "", typed: typed.1 ?? "")
        }
    }
}
