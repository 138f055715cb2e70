import SQLKit
import TafelCore

extension AgendaRequestEditor {
    /// The stored record as its removal needs it (`RecordRemover`).
    static func deletionFound(id: String, for viewer: Viewer, locking: Bool, in db: any SQLDatabase) async throws -> RecordDeletion.Found? {
        guard let stored = try await current(id: id, for: viewer, locking: locking, in: db) else { return nil }
        return RecordDeletion.Found(access: stored.draft.access, version: stored.version,
                                    hiddenParts: stored.full == stored.draft ? nil : "koppelingen met een fractie, gremium, document of bijeenkomst",
                                    snapshot: stored.draft.snapshot)
    }

    static let deletion = RecordDeletion.Target(
        kind: .agendaRequest, table: "agenda_requests", plural: plural, this: "dit agenderingsverzoek", uses: [],
        owned: [("question_answers", "request_id"), ("agenda_request_questions", "request_id")])
}
