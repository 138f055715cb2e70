/// Positions (standpunten, issue 12 part 4): what governments hold together towards another
/// government, who holds and carries it, who supports it, and the tasks it concerns.
let m0015Stances = Migration(version: 15, name: "standpunten") { _ in
    [
        createTable("stances", [
            "id TEXT PRIMARY KEY",
            "title TEXT NOT NULL",
            "text TEXT",
            "description TEXT",
            "addressee TEXT NOT NULL",
            "addressee_id TEXT REFERENCES organisations(id)",
            "owner_id TEXT REFERENCES organisations(id)",
            "body_id TEXT REFERENCES bodies(id)",
            "carrier_id TEXT REFERENCES persons(id)",
            "status TEXT NOT NULL",
            "taken_on TEXT",
            "on_lobby_agenda INTEGER NOT NULL DEFAULT 0",
            "meeting_id TEXT REFERENCES meetings(id)",
            "document_id TEXT REFERENCES documents(id)",
            "confidentiality TEXT NOT NULL DEFAULT 'openbaar'",
        ]),
        "CREATE INDEX stances_confidentiality ON stances(confidentiality)",
        "CREATE INDEX stances_owner ON stances(owner_id)",
        "CREATE INDEX stances_body ON stances(body_id)",
        "CREATE INDEX stances_meeting ON stances(meeting_id)",
        createTable("stance_supporters", [
            "stance_id TEXT NOT NULL REFERENCES stances(id) ON DELETE CASCADE",
            "position INTEGER NOT NULL",
            "organisation_id TEXT NOT NULL REFERENCES organisations(id)",
        ], constraints: ["PRIMARY KEY (stance_id, position)"]),
        "CREATE INDEX stance_supporters_organisation ON stance_supporters(organisation_id)",
        createTable("stance_tasks", [
            "stance_id TEXT NOT NULL REFERENCES stances(id) ON DELETE CASCADE",
            "position INTEGER NOT NULL",
            "task_id TEXT NOT NULL REFERENCES tasks(id)",
        ], constraints: ["PRIMARY KEY (stance_id, position)"]),
        "CREATE INDEX stance_tasks_task ON stance_tasks(task_id)",
    ]
}
