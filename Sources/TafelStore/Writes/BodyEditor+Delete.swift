import SQLKit
import TafelCore

extension BodyEditor {
    /// The stored record as its removal needs it (`RecordRemover`).
    static func deletionFound(id: String, for viewer: Viewer, locking: Bool, in db: any SQLDatabase) async throws -> RecordDeletion.Found? {
        guard let stored = try await current(id: id, for: viewer, locking: locking, in: db) else { return nil }
        let members = try await db.raw("SELECT count(*) AS n FROM memberships WHERE body_id = \(bind: id)")
            .first(decodingColumn: "n", as: Int.self) ?? 0
        return RecordDeletion.Found(access: stored.draft.access, version: stored.version,
                                    hiddenParts: members > stored.draft.members.count ? "leden"
                                        : stored.hiddenConstituencyIDs.isEmpty ? nil : "een achterban",
                                    snapshot: stored.draft.snapshot)
    }

    static func deletion(_ id: String) -> RecordDeletion.Target {
        RecordDeletion.Target(
            kind: .body, table: "bodies", plural: "gremia", this: "dit gremium",
            uses: [
                .init("ondergeschikt gremium", "ondergeschikte gremia", "SELECT count(*) AS n FROM bodies WHERE parent_id = \(bind: id)"),
                .init("bijeenkomst", "bijeenkomsten", "SELECT count(*) AS n FROM meetings WHERE body_id = \(bind: id)"),
                .init("programma", "programma's", """
                    SELECT count(*) AS n FROM programmes WHERE \(bind: id) IN (body_id, official_body_id, core_group_id, vng_committee_id)
                       OR id IN (SELECT programme_id FROM programme_meetings WHERE body_id = \(bind: id))
                    """),
                .init("samenwerking", "samenwerkingen", "SELECT count(*) AS n FROM collaboration_bodies WHERE body_id = \(bind: id)"),
                .init("toezegging", "toezeggingen", "SELECT count(*) AS n FROM commitments WHERE \(bind: id) IN (by_body_id, to_body_id)"),
                .init("agenderingsverzoek", "agenderingsverzoeken", """
                    SELECT count(*) AS n FROM agenda_requests r WHERE r.body_id = \(bind: id)
                       OR EXISTS (SELECT 1 FROM question_answers a WHERE a.request_id = r.id AND a.by_body_id = \(bind: id))
                    """),
                .init("gremium waarvoor het de achterban is", "gremia waarvoor het de achterban is",
                      "SELECT count(*) AS n FROM body_constituencies WHERE constituency_id = \(bind: id)"),
                .init("standpunt dat het heeft ingenomen", "standpunten die het heeft ingenomen",
                      "SELECT count(*) AS n FROM stances WHERE body_id = \(bind: id)"),
                .init("gezamenlijk besluit dat het heeft aangeboden", "gezamenlijke besluiten die het heeft aangeboden",
                      "SELECT count(*) AS n FROM joint_decisions WHERE offered_by_body_id = \(bind: id)"),
                .init("document", "documenten", "SELECT count(DISTINCT document_id) AS n FROM document_parties WHERE body_id = \(bind: id)"),
                .init("record met dit gremium in de toegang", "records met dit gremium in de toegang", """
                    SELECT count(*) AS n FROM record_access WHERE body_id = \(bind: id) AND NOT (subject_kind = 'body' AND subject_id = \(bind: id))
                    """),
                .init("gebruiker in de groep van dit gremium", "gebruikers in de groep van dit gremium",
                      "SELECT count(*) AS n FROM user_groups WHERE body_id = \(bind: id)"),
                .init("lidmaatschap elders met een post van dit gremium", "lidmaatschappen elders met een post van dit gremium", """
                    SELECT count(*) AS n FROM memberships m JOIN posts p ON p.id = m.post_id
                    WHERE p.body_id = \(bind: id) AND (m.body_id IS NULL OR m.body_id <> \(bind: id))
                    """),
            ],
            owned: [("memberships", "body_id"), ("posts", "body_id"), ("body_constituencies", "body_id")])
    }
}
