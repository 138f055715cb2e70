/// Joint draft decisions (gezamenlijke besluiten, issue 12 part 3): a proposal a body offers to
/// the autonomous colleges of a set of organisations, and each organisation's decision on it.
let m0014JointDecisions = Migration(version: 14, name: "gezamenlijke besluiten") { _ in
    [
        createTable("joint_decisions", [
            "id TEXT PRIMARY KEY",
            "title TEXT NOT NULL",
            "proposal TEXT",
            "description TEXT",
            "offered_by_body_id TEXT REFERENCES bodies(id)",
            "owner_id TEXT REFERENCES organisations(id)",
            "organ TEXT",
            "offered_on TEXT",
            "respond_by TEXT",
            "task_id TEXT REFERENCES tasks(id)",
            "meeting_id TEXT REFERENCES meetings(id)",
            "document_id TEXT REFERENCES documents(id)",
            "collaboration_id TEXT REFERENCES collaborations(id)",
            "confidentiality TEXT NOT NULL DEFAULT 'openbaar'",
        ]),
        "CREATE INDEX joint_decisions_confidentiality ON joint_decisions(confidentiality)",
        "CREATE INDEX joint_decisions_body ON joint_decisions(offered_by_body_id)",
        "CREATE INDEX joint_decisions_collaboration ON joint_decisions(collaboration_id)",
        "CREATE INDEX joint_decisions_offered ON joint_decisions(offered_on)",
        createTable("joint_decision_responses", [
            "decision_id TEXT NOT NULL REFERENCES joint_decisions(id) ON DELETE CASCADE",
            "position INTEGER NOT NULL",
            "organisation_id TEXT NOT NULL REFERENCES organisations(id)",
            "status TEXT NOT NULL",
            "decided_on TEXT",
            "decision_url TEXT",
            "document_id TEXT REFERENCES documents(id)",
            "note TEXT",
        ], constraints: ["PRIMARY KEY (decision_id, position)", "UNIQUE (decision_id, organisation_id)"]),
        "CREATE INDEX joint_decision_responses_organisation ON joint_decision_responses(organisation_id, status)",
    ]
}
