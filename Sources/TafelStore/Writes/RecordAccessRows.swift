import SQLKit
import TafelCore

/// The organisations and bodies that open a record in `record_access`.
enum RecordAccessRows {
    static func replace(_ kind: RecordKind, id: String, with groups: [Group], in db: any SQLDatabase) async throws {
        try await db.raw("DELETE FROM record_access WHERE subject_kind = \(bind: kind.rawValue) AND subject_id = \(bind: id)").run()
        for group in groups {
            try await db.raw("""
                INSERT INTO record_access (subject_kind, subject_id, organisation_id, body_id)
                VALUES (\(bind: kind.rawValue), \(bind: id), \(bind: group.organisationID), \(bind: group.bodyID))
                """).run()
        }
    }

    static func read(_ kind: RecordKind, id: String, in db: any SQLDatabase) async throws -> [Group] {
        struct Row: Decodable { let organisationId: String?, bodyId: String? }
        return try await db.raw("""
            SELECT organisation_id, body_id FROM record_access WHERE subject_kind = \(bind: kind.rawValue) AND subject_id = \(bind: id)
            """).all(decoding: Row.self, with: rowDecoder)
            .map { Group(organisationID: $0.organisationId, bodyID: $0.bodyId) }.sorted()
    }

    /// The problems with groups that name no existing organisation or body.
    static func unknownGroupProblems(_ groups: [Group], in db: any SQLDatabase) async throws -> [FieldProblem] {
        try await Group.unknown(groups, in: db).map {
            FieldProblem(field: "toegang", code: "onbekend", message: "toegang: \($0.kind.rawValue) ‘\($0.id)’ bestaat niet.")
        }
    }
}
