import SQLKit
import TafelCore

extension JointDecisionEditor {
    /// The stored record as its removal needs it (`RecordRemover`).
    static func deletionFound(id: String, for viewer: Viewer, locking: Bool, in db: any SQLDatabase) async throws -> RecordDeletion.Found? {
        try await deletionFound(id: id, for: viewer, locking: locking,
                                hiddenParts: "koppelingen met een gremium, organisatie, opgave, bijeenkomst, document of samenwerking", in: db)
    }

    static let deletion = RecordDeletion.Target(
        kind: .jointDecision, table: "joint_decisions", plural: plural, this: "dit gezamenlijk besluit", uses: [],
        owned: [("joint_decision_responses", "decision_id")])
}
