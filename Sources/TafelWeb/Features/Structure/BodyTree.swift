import TafelCore

/// The bodies of one organisation as a tree (bestuur → dagelijks bestuur, bestuurlijke
/// overleggen → kerngroep, ambtelijk overleg…), in reading order: a pure function of the structure.
struct BodyTree: Sendable {
    struct Row: Sendable, Hashable {
        let id: String
        let name: String
        let kind: String
        let depth: Int
        let parentName: String?
        let cadence: String?
        let memberCount: Int
    }

    let organisationID: String
    let organisationName: String
    /// Every body once, parents before their children, siblings by name.
    let rows: [Row]

    /// One tree per organisation that has bodies, largest first; within an organisation, a body
    /// whose parent belongs to another organisation (or to none) starts a tree of its own.
    static func trees(_ structure: Structure, on date: PartialDate, organisation: String? = nil) -> [BodyTree] {
        let byOrganisation = Dictionary(grouping: structure.bodies.filter { $0.organisationID != nil }, by: { $0.organisationID ?? "" })
        return byOrganisation.compactMap { organisationID, bodies -> BodyTree? in
            guard organisation == nil || organisation == organisationID else { return nil }
            let ids = Set(bodies.map(\.id))
            let children = Dictionary(grouping: bodies.filter { $0.parentID.map(ids.contains) ?? false }, by: { $0.parentID ?? "" })
            var rows: [Row] = []
            func visit(_ body: Structure.BodyFacts, depth: Int, parent: String?) {
                rows.append(Row(id: body.id, name: body.name, kind: body.kind.label, depth: depth, parentName: parent,
                                cadence: Body.cadence(min: body.meetingsPerYearMin, max: body.meetingsPerYearMax),
                                memberCount: structure.members(of: body.id, on: date).count))
                for child in (children[body.id] ?? []).sorted(by: Self.order) { visit(child, depth: depth + 1, parent: body.name) }
            }
            for root in bodies.filter({ !($0.parentID.map(ids.contains) ?? false) }).sorted(by: Self.order) {
                visit(root, depth: 0, parent: root.parentID.map { structure.name(ofBody: $0) })
            }
            return BodyTree(organisationID: organisationID, organisationName: structure.name(ofOrganisation: organisationID), rows: rows)
        }
        .sorted { $0.rows.count != $1.rows.count ? $0.rows.count > $1.rows.count : $0.organisationName < $1.organisationName }
    }

    /// Boards before consultations before working groups: the order of `BodyKind`, then by name.
    private static func order(_ a: Structure.BodyFacts, _ b: Structure.BodyFacts) -> Bool {
        let rank = { (kind: BodyKind) in BodyKind.allCases.firstIndex(of: kind) ?? 0 }
        return rank(a.kind) != rank(b.kind) ? rank(a.kind) < rank(b.kind) : a.name < b.name
    }
}
