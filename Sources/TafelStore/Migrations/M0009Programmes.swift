/// Portfolio programmes (issue 11, part 3; seed 003 Bijlage 2): per portfolio its goal, its
/// chairs, its bodies (bestuurlijk and ambtelijk overleg, kerngroep), the VNG committee and its
/// Drentse member, a tree of themes, the planned meetings, partners, tasks and collaborations.
/// The kerngroep's members are the kerngroep body's memberships, not repeated here.
let m0009Programmes = Migration(version: 9, name: "portefeuilleprogramma's") { _ in
    [
        createTable("programmes", [
            "id TEXT PRIMARY KEY",
            "name TEXT NOT NULL",
            "portfolio TEXT NOT NULL",
            "goal TEXT",
            "status TEXT NOT NULL",
            "description TEXT",
            "owner_id TEXT REFERENCES organisations(id)",
            "body_id TEXT REFERENCES bodies(id)",
            "official_body_id TEXT REFERENCES bodies(id)",
            "core_group_id TEXT REFERENCES bodies(id)",
            "chair_id TEXT REFERENCES persons(id)",
            "official_chair_id TEXT REFERENCES persons(id)",
            "vng_committee_id TEXT REFERENCES bodies(id)",
            "vng_member_id TEXT REFERENCES persons(id)",
            "confidentiality TEXT NOT NULL DEFAULT 'openbaar'",
        ]),
        "CREATE INDEX programmes_confidentiality ON programmes(confidentiality)",
        "CREATE INDEX programmes_body ON programmes(body_id)",
        createTable("programme_themes", [
            "programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE",
            "position INTEGER NOT NULL",
            "parent_position INTEGER",
            "name TEXT NOT NULL",
            "task_id TEXT REFERENCES tasks(id) ON DELETE SET NULL",
        ], constraints: ["PRIMARY KEY (programme_id, position)", "CHECK (parent_position IS NULL OR parent_position < position)"]),
        createTable("programme_meetings", [
            "programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE",
            "position INTEGER NOT NULL",
            "description TEXT NOT NULL",
            "kind TEXT",
            "per_year_min INTEGER",
            "per_year_max INTEGER",
            "body_id TEXT REFERENCES bodies(id) ON DELETE SET NULL",
        ], constraints: ["PRIMARY KEY (programme_id, position)"]),
        createTable("programme_partners", [
            "programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE",
            "position INTEGER NOT NULL",
            "organisation_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE",
        ], constraints: ["PRIMARY KEY (programme_id, position)"]),
        "CREATE INDEX programme_partners_organisation ON programme_partners(organisation_id)",
        createTable("programme_tasks", [
            "programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE",
            "task_id TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE",
        ], constraints: ["PRIMARY KEY (programme_id, task_id)"]),
        "CREATE INDEX programme_tasks_task ON programme_tasks(task_id)",
        createTable("programme_collaborations", [
            "programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE",
            "collaboration_id TEXT NOT NULL REFERENCES collaborations(id) ON DELETE CASCADE",
        ], constraints: ["PRIMARY KEY (programme_id, collaboration_id)"]),
        "CREATE INDEX programme_collaborations_collaboration ON programme_collaborations(collaboration_id)",
    ]
}
