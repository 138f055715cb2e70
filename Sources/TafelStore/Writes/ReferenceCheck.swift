import SQLKit
import TafelCore

/// Whether the records an input names exist: one query per kind, and a problem per field
/// that names a missing one. A record the viewer may not see counts as missing: the answer
/// never tells the two apart.
enum ReferenceCheck {
    /// `alsoExisting` are ids about to be added in the same write (an import's new collaborations).
    static func problems(_ references: [NamedReference], alsoExisting: [NamedReference.Kind: Set<String>] = [:],
                         by viewer: Viewer, in db: any SQLDatabase) async throws -> [FieldProblem] {
        let found = try await visibleIDs(references, by: viewer, in: db)
        var missing: [NamedReference.Kind: Set<String>] = [:]
        for kind in Set(references.map(\.kind)) {
            let ids = Set(references.filter { $0.kind == kind }.map(\.id))
            missing[kind] = ids.subtracting(found[kind] ?? []).subtracting(alsoExisting[kind] ?? [])
        }
        var problems: [FieldProblem] = []
        var reported: Set<NamedReference> = []
        for reference in references where reported.insert(reference).inserted && missing[reference.kind]?.contains(reference.id) == true {
            problems.append(FieldProblem(field: reference.field, code: "onbekend",
                                         message: "\(reference.field): \(reference.kind.noun) ‘\(reference.id)’ bestaat niet."))
        }
        return problems
    }

    /// The ids among `references` that exist and that the viewer may see, by kind: one query per kind.
    static func visibleIDs(_ references: [NamedReference], by viewer: Viewer,
                           in db: any SQLDatabase) async throws -> [NamedReference.Kind: Set<String>] {
        var result: [NamedReference.Kind: Set<String>] = [:]
        for kind in Set(references.map(\.kind)) {
            let ids = Set(references.filter { $0.kind == kind }.map(\.id))
            let found = try await db.raw("SELECT t.id FROM \(unsafeRaw: kind.table) t WHERE t.id IN ("
                + ids.sorted().map { "\(bind: $0)" as SQLQueryString }.joined(separator: ", ") + ") AND "
                + Catalog.visibility(of: "t", kind.recordKind, for: viewer))
                .all(decodingColumn: "id", as: String.self)
            result[kind] = Set(found)
        }
        return result
    }
}

extension NamedReference.Kind {
    var table: String {
        switch self {
        case .organisation: "organisations"
        case .task: "tasks"
        case .body: "bodies"
        case .collaboration: "collaborations"
        case .person: "persons"
        case .document: "documents"
        case .meeting: "meetings"
        }
    }

    var recordKind: RecordKind {
        switch self {
        case .organisation: .organisation
        case .task: .task
        case .body: .body
        case .collaboration: .collaboration
        case .person: .person
        case .document: .document
        case .meeting: .meeting
        }
    }

    var noun: String {
        switch self {
        case .organisation: "organisatie"
        case .task: "opgave"
        case .body: "gremium"
        case .collaboration: "samenwerking"
        case .person: "persoon"
        case .document: "document"
        case .meeting: "bijeenkomst"
        }
    }
}
