/// The full register of collaborations: legal basis, the Wgr art. 27 facts (seat and
/// transferred powers), how councils and Staten are involved and informed, archiving
/// instead of deleting; facts about the loaded data set (a synthetic one says so);
/// and the indexes the register's filters and facets need at national scale.
let m0003Register = Migration(version: 3, name: "register") { _ in
    [
        "ALTER TABLE collaborations ADD COLUMN legal_basis TEXT",
        "ALTER TABLE collaborations ADD COLUMN seat TEXT",
        "ALTER TABLE collaborations ADD COLUMN transferred_powers TEXT",
        "ALTER TABLE collaborations ADD COLUMN council_reporting TEXT",
        "ALTER TABLE collaborations ADD COLUMN archived_at TEXT",

        createTable("collaboration_council_involvements", [
            "collaboration_id TEXT NOT NULL REFERENCES collaborations(id) ON DELETE CASCADE",
            "level TEXT NOT NULL",
        ], constraints: ["PRIMARY KEY (collaboration_id, level)"]),

        """
        CREATE TABLE dataset_facts (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )
        """,

        "CREATE INDEX collaborations_name ON collaborations(name, id)",
        "CREATE INDEX collaborations_status ON collaborations(status)",
        "CREATE INDEX collaborations_form ON collaborations(form)",
        "CREATE INDEX collaborations_start ON collaborations(start_date)",
        "CREATE INDEX collaboration_domains_domain ON collaboration_domains(domain, collaboration_id)",
        "CREATE INDEX collaboration_province_roles_role ON collaboration_province_roles(role, collaboration_id)",
        "DROP INDEX collaboration_participants_organisation",
        "DROP INDEX collaboration_tasks_task",
        "CREATE INDEX collaboration_participants_org_collab ON collaboration_participants(organisation_id, collaboration_id)",
        "CREATE INDEX collaboration_tasks_task_collab ON collaboration_tasks(task_id, collaboration_id)",
        "CREATE INDEX collaboration_relations_related ON collaboration_relations(related_id)",
    ]
}
