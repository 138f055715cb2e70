import SQLKit
import TafelCore

extension MeetingEditor {
    /// The stored record as its removal needs it (`RecordRemover`).
    static func deletionFound(id: String, for viewer: Viewer, locking: Bool, in db: any SQLDatabase) async throws -> RecordDeletion.Found? {
        guard let stored = try await current(id: id, for: viewer, locking: locking, in: db) else { return nil }
        return RecordDeletion.Found(access: stored.draft.access, version: stored.version,
                                    hiddenParts: stored.full == stored.draft ? nil : "gegevens, zoals deelnemers of documenten,",
                                    snapshot: stored.draft.snapshot)
    }

    static func deletion(_ id: String) -> RecordDeletion.Target {
        RecordDeletion.Target(
            kind: .meeting, table: "meetings", plural: "bijeenkomsten", this: "deze bijeenkomst",
            uses: [
                .init("agendapunt van een andere bijeenkomst dat een actiepunt hieruit overneemt",
                      "agendapunten van andere bijeenkomsten die een actiepunt hieruit overnemen",
                      "SELECT count(*) AS n FROM agenda_items WHERE carried_from_meeting_id = \(bind: id) AND meeting_id <> \(bind: id)"),
                .init("toezegging", "toezeggingen", "SELECT count(*) AS n FROM commitments WHERE meeting_id = \(bind: id)"),
                .init("standpunt dat hier is ingebracht", "standpunten die hier zijn ingebracht",
                      "SELECT count(*) AS n FROM stances WHERE meeting_id = \(bind: id)"),
                .init("gezamenlijk besluit dat hier is voorbereid", "gezamenlijke besluiten die hier zijn voorbereid",
                      "SELECT count(*) AS n FROM joint_decisions WHERE meeting_id = \(bind: id)"),
                .init("agenderingsverzoek dat hier behandeld of beantwoord is", "agenderingsverzoeken die hier behandeld of beantwoord zijn", """
                    SELECT count(*) AS n FROM agenda_requests r WHERE r.meeting_id = \(bind: id)
                       OR EXISTS (SELECT 1 FROM question_answers a WHERE a.request_id = r.id AND a.meeting_id = \(bind: id))
                    """),
            ],
            owned: [("agenda_item_documents", "meeting_id"), ("meeting_outcomes", "meeting_id"), ("agenda_items", "meeting_id"),
                    ("meeting_attendances", "meeting_id"), ("meeting_organisers", "meeting_id")])
    }
}
