import SQLKit
import TafelCore

/// Confidentiality, enforced in SQL: every query the catalog runs joins each record it
/// shows with `visible(alias, kind)`, so that what a viewer may not see is never read,
/// counted or named.
extension Catalog {
    /// True for rows of `alias` (a table of `kind` with `id` and `confidentiality`) the viewer may see.
    func visible(_ alias: String, _ kind: RecordKind) -> SQLQueryString {
        Self.visibility(of: alias, kind, for: viewer)
    }

    /// For an optional link: true when `column` is empty or points at a visible `alias`.
    func visibleOrAbsent(_ alias: String, _ kind: RecordKind, via column: String) -> SQLQueryString {
        "(\(unsafeRaw: column) IS NULL OR " + visible(alias, kind) + ")"
    }

    static func visibility(of alias: String, _ kind: RecordKind, for viewer: Viewer) -> SQLQueryString {
        visibility(of: alias, kindSQL: "\(bind: kind.rawValue)", for: viewer)
    }

    /// For rows of several kinds, such as the search index's entries: `kindSQL` names each row's kind.
    static func visibility(of alias: String, kindSQL: SQLQueryString, for viewer: Viewer) -> SQLQueryString {
        if viewer.isAdministrator { return "1 = 1" }
        guard viewer.isSignedIn else { return "\(unsafeRaw: alias).confidentiality = 'openbaar'" }
        let organisations = viewer.groups.filter { $0.kind == .organisatie }.map(\.id).sorted()
        let bodies = viewer.groups.filter { $0.kind == .gremium }.map(\.id).sorted()
        guard !organisations.isEmpty || !bodies.isEmpty else {
            return "\(unsafeRaw: alias).confidentiality IN ('openbaar', 'intern')"
        }
        var named: [SQLQueryString] = []
        if !organisations.isEmpty { named.append("ra.organisation_id IN " + list(organisations)) }
        if !bodies.isEmpty { named.append("ra.body_id IN " + list(bodies)) }
        return "(\(unsafeRaw: alias).confidentiality IN ('openbaar', 'intern') OR (\(unsafeRaw: alias).confidentiality = 'vertrouwelijk' AND EXISTS (SELECT 1 FROM record_access ra WHERE ra.subject_kind = " + kindSQL + " AND ra.subject_id = \(unsafeRaw: alias).id AND ("
            + named.joined(separator: " OR ") + "))))"
    }

    /// True when `column` names a record of `kind` the viewer may see.
    func visibleTarget(of column: String, _ kind: RecordKind) -> SQLQueryString {
        Self.visibleTarget(of: column, kind, for: viewer)
    }

    static func visibleTarget(of column: String, _ kind: RecordKind, for viewer: Viewer) -> SQLQueryString {
        guard let storage = kind.storage else { return "1 = 1" }
        return "EXISTS (SELECT 1 FROM \(unsafeRaw: storage.table) v WHERE v.id = \(unsafeRaw: column) AND "
            + visibility(of: "v", kind, for: viewer) + ")"
    }

    /// The rows of a collaboration's child `table` (aliased `c`) the viewer may see: where a row
    /// names another record (a task, body, participant, amount's organisation, related
    /// collaboration), only those naming one the viewer may see. Exports show just these; an
    /// editor's draft holds just these, and a save replaces just these and keeps the others.
    func shownChildRows(_ table: String) -> SQLQueryString {
        Self.shownChildRows(table, for: viewer)
    }

    static func shownChildRows(_ table: String, for viewer: Viewer) -> SQLQueryString {
        switch table {
        case "collaboration_tasks": visibleTarget(of: "c.task_id", .task, for: viewer)
        case "collaboration_bodies": visibleTarget(of: "c.body_id", .body, for: viewer)
        case "collaboration_participants": visibleTarget(of: "c.organisation_id", .organisation, for: viewer)
        case "collaboration_amounts": "(c.organisation_id IS NULL OR " + visibleTarget(of: "c.organisation_id", .organisation, for: viewer) + ")"
        case "collaboration_relations": visibleTarget(of: "c.related_id", .collaboration, for: viewer)
        default: "1 = 1"
        }
    }

    static func list(_ values: [String]) -> SQLQueryString {
        "(" + values.map { "\(bind: $0)" as SQLQueryString }.joined(separator: ", ") + ")"
    }
}

extension Viewer {
    /// Names what this viewer may see, as `Catalog.visibility` decides it: viewers with the
    /// same key see the same records.
    var visibilityKey: String {
        if isAdministrator { return "alles" }
        guard isSignedIn else { return "openbaar" }
        return "intern " + groups.map(\.code).sorted().joined(separator: ",")
    }
}
