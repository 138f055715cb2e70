/// The core schema: organisations, people, posts and memberships (Popolo), bodies,
/// task agendas and tasks, collaborations, meetings, documents, and the sources of facts.
/// Dates are ISO 8601 text at the precision of their source; timestamps ISO 8601 UTC text;
/// money integer cents.
let m0001CoreSchema = Migration(version: 1, name: "kernschema") { _ in
    [
        createTable("organisations", [
            "id TEXT PRIMARY KEY",
            "name TEXT NOT NULL",
            "short_name TEXT",
            "kind TEXT NOT NULL",
            "cbs_code TEXT UNIQUE",
            "tooi_uri TEXT",
            "inhabitants INTEGER",
            "inhabitants_note TEXT",
            "parent_id TEXT REFERENCES organisations(id)",
            "description TEXT",
        ]),
        "CREATE INDEX organisations_parent ON organisations(parent_id)",
        "CREATE INDEX organisations_kind ON organisations(kind, name)",

        createTable("persons", [
            "id TEXT PRIMARY KEY",
            "name TEXT NOT NULL",
            "given_name TEXT",
            "family_name_prefix TEXT",
            "family_name TEXT",
            "description TEXT",
        ]),

        createTable("bodies", [
            "id TEXT PRIMARY KEY",
            "name TEXT NOT NULL",
            "kind TEXT NOT NULL",
            "organisation_id TEXT REFERENCES organisations(id)",
            "parent_id TEXT REFERENCES bodies(id)",
            "description TEXT",
            "meetings_per_year_min INTEGER",
            "meetings_per_year_max INTEGER",
        ]),
        "CREATE INDEX bodies_organisation ON bodies(organisation_id)",
        "CREATE INDEX bodies_parent ON bodies(parent_id)",

        createTable("posts", [
            "id TEXT PRIMARY KEY",
            "label TEXT NOT NULL",
            "role TEXT",
            "organisation_id TEXT REFERENCES organisations(id)",
            "body_id TEXT REFERENCES bodies(id)",
        ]),

        createTable("memberships", [
            "id TEXT PRIMARY KEY",
            "person_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE",
            "organisation_id TEXT REFERENCES organisations(id)",
            "body_id TEXT REFERENCES bodies(id)",
            "post_id TEXT REFERENCES posts(id)",
            "role TEXT",
            "on_behalf_of_id TEXT REFERENCES organisations(id)",
            "start_date TEXT",
            "end_date TEXT",
            "observed_on TEXT",
        ]),
        "CREATE INDEX memberships_person ON memberships(person_id)",
        "CREATE INDEX memberships_organisation ON memberships(organisation_id)",
        "CREATE INDEX memberships_body ON memberships(body_id)",
        "CREATE INDEX memberships_on_behalf_of ON memberships(on_behalf_of_id)",

        createTable("task_agendas", [
            "id TEXT PRIMARY KEY",
            "name TEXT NOT NULL",
            "owner_id TEXT REFERENCES organisations(id)",
            "adopted_on TEXT",
            "description TEXT",
        ]),

        createTable("tasks", [
            "id TEXT PRIMARY KEY",
            "agenda_id TEXT NOT NULL REFERENCES task_agendas(id) ON DELETE CASCADE",
            "number INTEGER",
            "name TEXT NOT NULL",
            "cluster TEXT",
            "description TEXT",
        ]),
        "CREATE INDEX tasks_agenda ON tasks(agenda_id, number)",

        createTable("task_province_roles", [
            "task_id TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE",
            "role TEXT NOT NULL",
        ], constraints: ["PRIMARY KEY (task_id, role)"]),

        createTable("task_consequences", [
            "task_id TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE",
            "consequence TEXT NOT NULL",
        ], constraints: ["PRIMARY KEY (task_id, consequence)"]),

        createTable("collaborations", [
            "id TEXT PRIMARY KEY",
            "name TEXT NOT NULL",
            "short_name TEXT",
            "purpose TEXT",
            "description TEXT",
            "form TEXT",
            "wgr_form TEXT",
            "status TEXT",
            "status_reason TEXT",
            "start_date TEXT",
            "end_date TEXT",
        ]),

        createTable("collaboration_province_roles", [
            "collaboration_id TEXT NOT NULL REFERENCES collaborations(id) ON DELETE CASCADE",
            "role TEXT NOT NULL",
        ], constraints: ["PRIMARY KEY (collaboration_id, role)"]),

        createTable("collaboration_domains", [
            "collaboration_id TEXT NOT NULL REFERENCES collaborations(id) ON DELETE CASCADE",
            "domain TEXT NOT NULL",
        ], constraints: ["PRIMARY KEY (collaboration_id, domain)"]),

        createTable("collaboration_participants", [
            "collaboration_id TEXT NOT NULL REFERENCES collaborations(id) ON DELETE CASCADE",
            "organisation_id TEXT NOT NULL REFERENCES organisations(id)",
            "role TEXT NOT NULL",
            "start_date TEXT",
            "end_date TEXT",
        ], constraints: ["PRIMARY KEY (collaboration_id, organisation_id, role)"]),
        "CREATE INDEX collaboration_participants_organisation ON collaboration_participants(organisation_id)",

        createTable("collaboration_tasks", [
            "collaboration_id TEXT NOT NULL REFERENCES collaborations(id) ON DELETE CASCADE",
            "task_id TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE",
        ], constraints: ["PRIMARY KEY (collaboration_id, task_id)"]),
        "CREATE INDEX collaboration_tasks_task ON collaboration_tasks(task_id)",

        createTable("collaboration_task_agendas", [
            "collaboration_id TEXT NOT NULL REFERENCES collaborations(id) ON DELETE CASCADE",
            "agenda_id TEXT NOT NULL REFERENCES task_agendas(id) ON DELETE CASCADE",
        ], constraints: ["PRIMARY KEY (collaboration_id, agenda_id)"]),

        createTable("collaboration_bodies", [
            "collaboration_id TEXT NOT NULL REFERENCES collaborations(id) ON DELETE CASCADE",
            "body_id TEXT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE",
        ], constraints: ["PRIMARY KEY (collaboration_id, body_id)"]),
        "CREATE INDEX collaboration_bodies_body ON collaboration_bodies(body_id)",

        createTable("collaboration_amounts", [
            "collaboration_id TEXT NOT NULL REFERENCES collaborations(id) ON DELETE CASCADE",
            "position INTEGER NOT NULL",
            "description TEXT NOT NULL",
            "kind TEXT NOT NULL",
            "amount_cents BIGINT NOT NULL",
            "currency TEXT NOT NULL",
            "organisation_id TEXT REFERENCES organisations(id)",
            "period TEXT",
        ], constraints: ["PRIMARY KEY (collaboration_id, position)"]),

        createTable("collaboration_relations", [
            "collaboration_id TEXT NOT NULL REFERENCES collaborations(id) ON DELETE CASCADE",
            "related_id TEXT NOT NULL REFERENCES collaborations(id) ON DELETE CASCADE",
            "relation TEXT NOT NULL",
        ], constraints: ["PRIMARY KEY (collaboration_id, related_id, relation)"]),

        createTable("meetings", [
            "id TEXT PRIMARY KEY",
            "name TEXT NOT NULL",
            "kind TEXT NOT NULL",
            "status TEXT NOT NULL",
            "date TEXT",
            "start_time TEXT",
            "location TEXT",
            "body_id TEXT REFERENCES bodies(id)",
            "description TEXT",
        ]),
        "CREATE INDEX meetings_date ON meetings(date)",
        "CREATE INDEX meetings_body ON meetings(body_id)",

        createTable("meeting_organisers", [
            "meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE",
            "organisation_id TEXT NOT NULL REFERENCES organisations(id)",
        ], constraints: ["PRIMARY KEY (meeting_id, organisation_id)"]),

        createTable("meeting_attendances", [
            "meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE",
            "position INTEGER NOT NULL",
            "person_id TEXT REFERENCES persons(id)",
            "organisation_id TEXT REFERENCES organisations(id)",
            "on_behalf_of_id TEXT REFERENCES organisations(id)",
            "role TEXT NOT NULL",
        ], constraints: ["PRIMARY KEY (meeting_id, position)"]),
        "CREATE INDEX meeting_attendances_person ON meeting_attendances(person_id)",
        "CREATE INDEX meeting_attendances_organisation ON meeting_attendances(organisation_id)",
        "CREATE INDEX meeting_attendances_on_behalf_of ON meeting_attendances(on_behalf_of_id)",

        createTable("agenda_items", [
            "meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE",
            "number INTEGER NOT NULL",
            "title TEXT NOT NULL",
            "description TEXT",
        ], constraints: ["PRIMARY KEY (meeting_id, number)"]),

        createTable("meeting_outcomes", [
            "meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE",
            "position INTEGER NOT NULL",
            "kind TEXT NOT NULL",
            "text TEXT NOT NULL",
            "agenda_item_number INTEGER",
            "by_person_id TEXT REFERENCES persons(id)",
        ], constraints: ["PRIMARY KEY (meeting_id, position)"]),

        createTable("documents", [
            "id TEXT PRIMARY KEY",
            "title TEXT NOT NULL",
            "kind TEXT NOT NULL",
            "date TEXT",
            "reference TEXT",
            "handled_by TEXT",
            "author TEXT",
            "confidentiality TEXT NOT NULL DEFAULT 'openbaar'",
            "summary TEXT",
            "full_text TEXT NOT NULL",
        ]),
        "CREATE INDEX documents_date ON documents(date)",

        createTable("document_parties", [
            "document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE",
            "role TEXT NOT NULL",
            "position INTEGER NOT NULL",
            "organisation_id TEXT REFERENCES organisations(id)",
            "body_id TEXT REFERENCES bodies(id)",
        ], constraints: ["PRIMARY KEY (document_id, role, position)"]),
        "CREATE INDEX document_parties_organisation ON document_parties(organisation_id)",
        "CREATE INDEX document_parties_body ON document_parties(body_id)",

        createTable("sources", [
            "subject_kind TEXT NOT NULL",
            "subject_id TEXT NOT NULL",
            "position INTEGER NOT NULL",
            "document_id TEXT REFERENCES documents(id) ON DELETE CASCADE",
            "passage TEXT",
            "external_reference TEXT",
        ], constraints: ["PRIMARY KEY (subject_kind, subject_id, position)"]),
        "CREATE INDEX sources_document ON sources(document_id)",
    ]
}
