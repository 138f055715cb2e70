import TafelCore

/// Rows that keep their id across an edit (memberships, so that their sources stay with them):
/// an id sent must be one the editor was shown; a row without one is new.
enum KeptRowIDs {
    /// A problem for every `leden[N].id` that is not among `known`; `owner` names whose row it is not ("dit gremium").
    static func unknown(_ ids: [String?], known: Set<String>, owner: String) -> [FieldProblem] {
        ids.enumerated().compactMap { index, id in
            id.flatMap { known.contains($0) ? nil : FieldProblem(field: "leden[\(index)].id", code: "onbekend",
                message: "leden[\(index)].id ‘\($0)’ is geen lidmaatschap van \(owner); laat het leeg voor een nieuw lid.") }
        }
    }
}
