import SQLKit
import TafelCore

extension ProgrammeEditor {
    /// The stored record as its removal needs it (`RecordRemover`).
    static func deletionFound(id: String, for viewer: Viewer, locking: Bool, in db: any SQLDatabase) async throws -> RecordDeletion.Found? {
        guard let stored = try await current(id: id, for: viewer, locking: locking, in: db) else { return nil }
        let hidden = !stored.hiddenLinks.isEmpty || !stored.hiddenPartners.isEmpty || !stored.hiddenTasks.isEmpty
            || !stored.hiddenCollaborations.isEmpty || !stored.hiddenThemeTasks.isEmpty || !stored.hiddenPlanBodies.isEmpty
        return RecordDeletion.Found(access: stored.draft.access, version: stored.version,
                                    hiddenParts: hidden ? "koppelingen met gremia, partners, opgaven of samenwerkingen" : nil,
                                    snapshot: stored.draft.snapshot)
    }

    static let deletion = RecordDeletion.Target(
        kind: .programme, table: "programmes", plural: plural, this: "dit programma", uses: [],
        owned: [("programme_collaborations", "programme_id"), ("programme_tasks", "programme_id"), ("programme_partners", "programme_id"),
                ("programme_meetings", "programme_id"), ("programme_themes", "programme_id")])
}
