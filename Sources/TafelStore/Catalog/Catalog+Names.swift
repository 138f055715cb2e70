import SQLKit
import TafelCore

extension RecordKind {
    /// The table and name column of a kind that is stored with its own confidentiality level.
    var storage: (table: String, name: String)? {
        switch self {
        case .organisation: ("organisations", "name")
        case .person: ("persons", "name")
        case .body: ("bodies", "name")
        case .taskAgenda: ("task_agendas", "name")
        case .task: ("tasks", "name")
        case .collaboration: ("collaborations", "name")
        case .meeting: ("meetings", "name")
        case .document: ("documents", "title")
        case .programme: ("programmes", "name")
        case .commitment: ("commitments", "title")
        case .agendaRequest: ("agenda_requests", "title")
        case .policyProduct: ("policy_products", "name")
        case .jointDecision: ("joint_decisions", "title")
        case .stance: ("stances", "title")
        case .post, .membership: nil
        }
    }
}

extension Catalog {
    /// The name of one record if it exists and the viewer may see it, in one query: for pages
    /// (history) that need to know no more than that.
    public func visibleName(of kind: RecordKind, id: String) async throws -> String? {
        guard let storage = kind.storage else { return nil }
        return try await db.raw("SELECT t.\(unsafeRaw: storage.name) AS name FROM \(unsafeRaw: storage.table) t WHERE t.id = \(bind: id) AND "
                                + visible("t", kind))
            .first(decodingColumn: "name", as: String.self)
    }

    /// How many records of each kind the viewer may see, in one query.
    func visibleCounts(_ kinds: [RecordKind]) async throws -> [RecordKind: Int] {
        let columns = kinds.compactMap { kind -> SQLQueryString? in
            guard let storage = kind.storage else { return nil }
            let name = kind.rawValue.lowercased()
            // The public: all rows less the few that are not public (a b-tree count and a
            // small partial index), instead of reading every public row.
            guard viewer.isSignedIn else {
                return "(SELECT COUNT(*) FROM \(unsafeRaw: storage.table)) - (SELECT COUNT(*) FROM \(unsafeRaw: storage.table) t WHERE t.confidentiality <> 'openbaar') AS \(unsafeRaw: name)"
            }
            return "(SELECT COUNT(*) FROM \(unsafeRaw: storage.table) t WHERE " + visible("t", kind) + ") AS \(unsafeRaw: name)"
        }
        guard let row = try await db.raw("SELECT " + columns.joined(separator: ", ")).first() else { return [:] }
        var counts: [RecordKind: Int] = [:]
        for kind in kinds where kind.storage != nil {
            counts[kind] = try row.decode(column: kind.rawValue.lowercased(), as: Int.self)
        }
        return counts
    }
}
