/// Commitments (toezeggingen, issue 12 part 1) as records: who promised what to whom, where
/// (a meeting and its outcome, or a letter), the deadline as a date and/or an event, when it
/// was kept and by which documents, and an editor's decision that it lapsed or is held over.
/// Whether it is open, kept or kept late is computed from these dates, never stored.
let m0011Commitments = Migration(version: 11, name: "toezeggingen") { _ in
    [
        createTable("commitments", [
            "id TEXT PRIMARY KEY",
            "title TEXT NOT NULL",
            "text TEXT NOT NULL",
            "made_on TEXT",
            "meeting_id TEXT REFERENCES meetings(id)",
            "outcome_position INTEGER",
            "document_id TEXT REFERENCES documents(id)",
            "by_person_id TEXT REFERENCES persons(id)",
            "by_body_id TEXT REFERENCES bodies(id)",
            "to_body_id TEXT REFERENCES bodies(id)",
            "to_organisation_id TEXT REFERENCES organisations(id)",
            "deadline_date TEXT",
            "deadline_event TEXT",
            "fulfilled_on TEXT",
            "decision TEXT",
            "decision_note TEXT",
            "description TEXT",
            "confidentiality TEXT NOT NULL DEFAULT 'openbaar'",
        ]),
        "CREATE INDEX commitments_confidentiality ON commitments(confidentiality)",
        "CREATE INDEX commitments_made_on ON commitments(made_on)",
        "CREATE INDEX commitments_by_person ON commitments(by_person_id)",
        "CREATE INDEX commitments_meeting ON commitments(meeting_id)",
        createTable("commitment_fulfilments", [
            "commitment_id TEXT NOT NULL REFERENCES commitments(id) ON DELETE CASCADE",
            "position INTEGER NOT NULL",
            "document_id TEXT NOT NULL REFERENCES documents(id)",
        ], constraints: ["PRIMARY KEY (commitment_id, position)"]),
        "CREATE INDEX commitment_fulfilments_document ON commitment_fulfilments(document_id)",
    ]
}
