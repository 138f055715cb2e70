import SQLKit
import TafelCore

extension CommitmentEditor {
    /// The stored record as its removal needs it (`RecordRemover`).
    static func deletionFound(id: String, for viewer: Viewer, locking: Bool, in db: any SQLDatabase) async throws -> RecordDeletion.Found? {
        guard let stored = try await current(id: id, for: viewer, locking: locking, in: db) else { return nil }
        let hidden = !stored.hiddenLinks.isEmpty || !stored.hiddenFulfilments.isEmpty
        return RecordDeletion.Found(access: stored.draft.access, version: stored.version,
                                    hiddenParts: hidden ? "koppelingen met personen, gremia, bijeenkomsten of documenten" : nil,
                                    snapshot: stored.draft.snapshot)
    }

    static let deletion = RecordDeletion.Target(
        kind: .commitment, table: "commitments", plural: plural, this: "deze toezegging", uses: [],
        owned: [("commitment_fulfilments", "commitment_id")])
}
