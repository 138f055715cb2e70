import SQLKit
import TafelCore

extension JointDecisionEditor {
    /// The stored record as its removal needs it (`RecordRemover`).
    static func deletionFound(id: String, for viewer: Viewer, locking: Bool, in db: any SQLDatabase) async throws -> RecordDeletion.Found? {
        guard let stored = try await current(id: id, for: viewer, locking: locking, in: db) else { return nil }
        return RecordDeletion.Found(access: stored.draft.access, version: stored.version,
                                    hiddenParts: stored.full == stored.draft ? nil : "koppelingen met een gremium, organisatie, opgave, bijeenkomst, document of samenwerking",
                                    snapshot: stored.draft.snapshot)
    }

    static let deletion = RecordDeletion.Target(
        kind: .jointDecision, table: "joint_decisions", plural: plural, this: "dit gezamenlijk besluit", uses: [],
        owned: [("joint_decision_responses", "decision_id")])
}
