import SQLKit
import TafelCore

/// Adding and changing policy products. Checks the editor's role and scope, that every record
/// named exists, and the version an edit was based on; writes the product, its roles,
/// consequences and alliances and its history entry in one transaction. A link the editor may
/// not see (a confidential owner, task, letter or alliance) is not in what they edit and stays
/// when they save.
public struct PolicyProductEditor: DraftEditor {
    package let database: Database

    public init(database: Database) {
        self.database = database
    }

    package typealias Stored = EditableRecord<PolicyProductDraft>

    package static let plural = "beleidsproducten"
    package static let notYours = "U mag dit beleidsproduct niet wijzigen: het valt buiten de organisaties en gremia waarvoor u redacteur bent."
    package static let kind = RecordKind.policyProduct
    package static let table = "policy_products"

    package static func draft(_ input: PolicyProductInput) throws(ValidationFailure) -> PolicyProductDraft { try PolicyProductDraft(input) }
    package static func references(_ input: PolicyProductInput) -> [NamedReference] { input.references }
    package static func access(of draft: PolicyProductDraft) -> (confidentiality: Confidentiality, groups: [Group]) { (draft.confidentiality, draft.access) }
    package static func snapshot(of draft: PolicyProductDraft) -> [(String, String?)] { draft.snapshot }
    package static func input(of draft: PolicyProductDraft) -> PolicyProductInput { draft.input }
    package static func values(of input: PolicyProductInput) -> [(String, String?)] { input.values }
    package static func keepingHidden(_ typed: PolicyProductDraft, of stored: Stored) -> PolicyProductDraft { typed.keepingHidden(of: stored) }
    package static func newRow(_ draft: PolicyProductDraft) -> (id: String, columns: [String: (any Encodable & Sendable)?]) {
        ("beleidsproduct-" + Slug.make(from: draft.name), ["name": draft.name])
    }

    package static func write(id: String, _ draft: PolicyProductDraft, now: String, in db: any SQLDatabase) async throws {
        try await db.raw("""
            UPDATE policy_products SET name = \(bind: draft.name), owner_id = \(bind: draft.ownerID), task_id = \(bind: draft.taskID),
                domain = \(bind: draft.domain), task_kind = \(bind: draft.taskKind?.rawValue), core_task = \(bind: draft.isCoreTask.map { $0 ? 1 : 0 }),
                description = \(bind: draft.description), decided_on = \(bind: draft.decidedOn?.iso), document_id = \(bind: draft.documentID),
                confidentiality = \(bind: draft.confidentiality.rawValue)
            WHERE id = \(bind: id)
            """).run()
        for table in ["policy_product_roles", "policy_product_consequences", "policy_product_collaborations"] {
            try await db.raw("DELETE FROM \(ident: table) WHERE product_id = \(bind: id)").run()
        }
        for role in draft.roles {
            try await insertRow("policy_product_roles", ["product_id": id, "role": role.rawValue], now: now, in: db)
        }
        for (index, c) in draft.consequences.enumerated() {
            try await insertRow("policy_product_consequences", [
                "product_id": id, "position": index + 1, "subject": c.subject, "consequence": c.consequence.rawValue,
                "role": c.role?.rawValue, "effective_from": c.from?.iso, "note": c.note,
            ], now: now, in: db)
        }
        for (index, collaboration) in draft.collaborationIDs.enumerated() {
            try await insertRow("policy_product_collaborations", ["product_id": id, "position": index + 1, "collaboration_id": collaboration],
                                now: now, in: db)
        }
        try await RecordAccessRows.replace(.policyProduct, id: id, with: draft.access, in: db)
    }

    package static func current(id: String, for viewer: Viewer, locking: Bool = false, in db: any SQLDatabase) async throws -> Stored? {
        struct Row: Decodable {
            let name: String, ownerId: String?, taskId: String?, domain: String?, taskKind: String?, coreTask: Int?
            let description: String?, decidedOn: String?, documentId: String?, confidentiality: String, version: Int
        }
        struct ConsequenceRow: Decodable { let subject: String, consequence: String, role: String?, effectiveFrom: String?, note: String? }
        guard let row = try await db.raw("""
            SELECT name, owner_id, task_id, domain, task_kind, core_task, description, decided_on, document_id, confidentiality, version
            FROM policy_products t WHERE t.id = \(bind: id) AND
            """ + " " + Catalog.visibility(of: "t", .policyProduct, for: viewer) + (locking ? VersionedUpdate.lock("t", in: db) : ""))
            .first(decoding: Row.self, with: rowDecoder)
        else { return nil }
        let table = "policy_products"
        let roles = try await db.raw("SELECT role FROM policy_product_roles WHERE product_id = \(bind: id)")
            .all(decodingColumn: "role", as: String.self).compactMap(PolicyRole.init(rawValue:))
        let consequences = try await db.raw("""
            SELECT subject, consequence, role, effective_from, note FROM policy_product_consequences WHERE product_id = \(bind: id) ORDER BY position
            """).all(decoding: ConsequenceRow.self, with: rowDecoder)
        let collaborations = try await db.raw("SELECT collaboration_id FROM policy_product_collaborations WHERE product_id = \(bind: id) ORDER BY position")
            .all(decodingColumn: "collaboration_id", as: String.self)
        let full = PolicyProductDraft(
            name: row.name, ownerID: row.ownerId, taskID: row.taskId, domain: row.domain,
            taskKind: try row.taskKind.map { try vocabulary($0, table, id) }, isCoreTask: row.coreTask.map { $0 != 0 },
            roles: PolicyRole.allCases.filter(roles.contains), description: row.description, decidedOn: partialDate(row.decidedOn),
            documentID: row.documentId,
            consequences: try consequences.map {
                PolicyProductConsequence(subject: $0.subject, consequence: try vocabulary($0.consequence, table, id),
                                         role: try $0.role.map { try vocabulary($0, table, id) }, from: partialDate($0.effectiveFrom), note: $0.note)
            },
            collaborationIDs: collaborations, confidentiality: Confidentiality(rawValue: row.confidentiality) ?? .vertrouwelijk,
            access: try await RecordAccessRows.read(.policyProduct, id: id, in: db))
        let seen = try await ReferenceCheck.visibleIDs(full.input.references, by: viewer, in: db)
        func kept(_ value: String?, _ kind: NamedReference.Kind) -> String? { value.flatMap { seen[kind]?.contains($0) == true ? $0 : nil } }
        var shown = full
        shown.ownerID = kept(full.ownerID, .organisation)
        shown.taskID = kept(full.taskID, .task)
        shown.documentID = kept(full.documentID, .document)
        shown.collaborationIDs = full.collaborationIDs.filter { seen[.collaboration]?.contains($0) == true }
        return Stored(draft: shown, version: row.version, full: full)
    }
}

extension PolicyProductDraft {
    /// This draft with the links of `stored` the editor could not see put back.
    func keepingHidden(of stored: PolicyProductEditor.Stored) -> PolicyProductDraft {
        let full = stored.full, shown = stored.draft
        var copy = self
        if copy.ownerID == nil, shown.ownerID == nil { copy.ownerID = full.ownerID }
        if copy.taskID == nil, shown.taskID == nil { copy.taskID = full.taskID }
        if copy.documentID == nil, shown.documentID == nil { copy.documentID = full.documentID }
        copy.collaborationIDs += full.collaborationIDs.filter { !shown.collaborationIDs.contains($0) && !copy.collaborationIDs.contains($0) }
        return copy
    }
}
