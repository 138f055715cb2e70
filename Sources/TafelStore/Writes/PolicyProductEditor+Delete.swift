import SQLKit
import TafelCore

extension PolicyProductEditor {
    /// The stored record as its removal needs it (`RecordRemover`).
    static func deletionFound(id: String, for viewer: Viewer, locking: Bool, in db: any SQLDatabase) async throws -> RecordDeletion.Found? {
        try await deletionFound(id: id, for: viewer, locking: locking,
                                hiddenParts: "koppelingen met een organisatie, opgave, document of samenwerking", in: db)
    }

    static let deletion = RecordDeletion.Target(
        kind: .policyProduct, table: "policy_products", plural: plural, this: "dit beleidsproduct", uses: [],
        owned: [("policy_product_roles", "product_id"), ("policy_product_consequences", "product_id"),
                ("policy_product_collaborations", "product_id")])
}
