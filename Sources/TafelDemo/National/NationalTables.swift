import TafelStore
/// The tables the national data set fills, with the columns in the order the generator
/// gives them, and a Dutch name for each to report progress with.
enum NationalTables {
    static let organisations = BulkTable(name: "organisations", columns: [
        "id", "name", "short_name", "kind", "cbs_code", "inhabitants", "parent_id", "description",
    ])
    static let persons = BulkTable(name: "persons", columns: [
        "id", "name", "given_name", "family_name_prefix", "family_name", "description",
    ])
    static let posts = BulkTable(name: "posts", columns: ["id", "label", "role", "organisation_id", "body_id"])
    static let taskAgendas = BulkTable(name: "task_agendas", columns: ["id", "name", "owner_id", "adopted_on", "description"])
    static let tasks = BulkTable(name: "tasks", columns: ["id", "agenda_id", "number", "name", "cluster", "description"],
                                 parents: ["task_agendas"])
    static let taskProvinceRoles = BulkTable(name: "task_province_roles", columns: ["task_id", "role"], parents: ["tasks"])
    static let taskConsequences = BulkTable(name: "task_consequences", columns: ["task_id", "consequence"], parents: ["tasks"])
    static let bodies = BulkTable(name: "bodies", columns: [
        "id", "name", "kind", "organisation_id", "parent_id", "description", "meetings_per_year_min", "meetings_per_year_max",
    ])
    static let memberships = BulkTable(name: "memberships", columns: [
        "id", "person_id", "organisation_id", "body_id", "post_id", "role", "on_behalf_of_id", "start_date", "end_date",
    ])
    static let collaborations = BulkTable(name: "collaborations", columns: [
        "id", "name", "short_name", "purpose", "description", "form", "wgr_form", "status", "status_reason",
        "start_date", "end_date", "legal_basis", "seat", "transferred_powers", "council_reporting", "confidentiality",
    ])
    static let collaborationParticipants = BulkTable(name: "collaboration_participants", columns: [
        "collaboration_id", "organisation_id", "role", "start_date", "end_date",
    ], parents: ["collaborations"])
    static let collaborationDomains = BulkTable(name: "collaboration_domains", columns: ["collaboration_id", "domain"],
                                                parents: ["collaborations"])
    static let collaborationProvinceRoles = BulkTable(name: "collaboration_province_roles", columns: ["collaboration_id", "role"],
                                                      parents: ["collaborations"])
    static let collaborationAmounts = BulkTable(name: "collaboration_amounts", columns: [
        "collaboration_id", "position", "description", "kind", "amount_cents", "currency", "organisation_id", "period",
    ], parents: ["collaborations"])
    static let collaborationTasks = BulkTable(name: "collaboration_tasks", columns: ["collaboration_id", "task_id"],
                                              parents: ["collaborations"])
    static let collaborationTaskAgendas = BulkTable(name: "collaboration_task_agendas", columns: ["collaboration_id", "agenda_id"],
                                                    parents: ["collaborations"])
    static let collaborationBodies = BulkTable(name: "collaboration_bodies", columns: ["collaboration_id", "body_id"],
                                               parents: ["collaborations"])
    static let collaborationRelations = BulkTable(name: "collaboration_relations", columns: ["collaboration_id", "related_id", "relation"],
                                                  parents: ["collaborations"])
    static let councilInvolvements = BulkTable(name: "collaboration_council_involvements", columns: ["collaboration_id", "level"],
                                               parents: ["collaborations"])
    static let meetings = BulkTable(name: "meetings", columns: [
        "id", "name", "kind", "status", "date", "start_time", "location", "body_id", "description", "confidentiality",
    ])
    static let meetingOrganisers = BulkTable(name: "meeting_organisers", columns: ["meeting_id", "organisation_id"], parents: ["meetings"])
    static let meetingAttendances = BulkTable(name: "meeting_attendances", columns: [
        "meeting_id", "position", "person_id", "organisation_id", "on_behalf_of_id", "role",
    ], parents: ["meetings"])
    static let agendaItems = BulkTable(name: "agenda_items", columns: ["meeting_id", "number", "position", "title", "description"],
                                       parents: ["meetings"])
    static let meetingOutcomes = BulkTable(name: "meeting_outcomes", columns: [
        "meeting_id", "position", "kind", "text", "agenda_item_number", "by_person_id", "owner_id", "due_date", "action_status",
    ], parents: ["meetings"])
    static let commitments = BulkTable(name: "commitments", columns: [
        "id", "title", "text", "made_on", "meeting_id", "outcome_position", "by_person_id", "to_body_id", "deadline_date",
        "fulfilled_on", "decision", "decision_note", "confidentiality",
    ], parents: ["meetings"])
    static let jointDecisions = BulkTable(name: "joint_decisions", columns: [
        "id", "title", "proposal", "description", "offered_by_body_id", "owner_id", "organ", "offered_on", "respond_by", "meeting_id",
        "collaboration_id", "confidentiality",
    ], parents: ["meetings"])
    static let jointDecisionResponses = BulkTable(name: "joint_decision_responses", columns: [
        "decision_id", "position", "organisation_id", "status", "decided_on", "note",
    ], parents: ["joint_decisions"])
    static let documents = BulkTable(name: "documents", columns: [
        "id", "title", "kind", "date", "reference", "handled_by", "author", "confidentiality", "summary", "full_text",
    ])
    static let documentParties = BulkTable(name: "document_parties", columns: [
        "document_id", "role", "position", "organisation_id", "body_id",
    ], parents: ["documents"])
    static let sources = BulkTable(name: "sources", columns: [
        "subject_kind", "subject_id", "position", "document_id", "passage",
    ], parents: ["documents"])
    static let recordAccess = BulkTable(name: "record_access", columns: ["subject_kind", "subject_id", "organisation_id"],
                                        timestamped: false)
    static let datasetFacts = BulkTable(name: "dataset_facts", columns: ["key", "value"], timestamped: false)

    /// Every table the set fills, parents before children: the order of the report.
    static let order = [
        "organisations", "posts", "persons", "task_agendas", "tasks", "task_province_roles", "task_consequences",
        "bodies", "memberships", "collaborations", "collaboration_participants", "collaboration_domains",
        "collaboration_province_roles", "collaboration_council_involvements", "collaboration_amounts",
        "collaboration_tasks", "collaboration_task_agendas", "collaboration_bodies", "collaboration_relations",
        "meetings", "meeting_organisers", "meeting_attendances", "agenda_items", "meeting_outcomes",
        "commitments", "documents", "document_parties", "sources", "record_access", "dataset_facts",
    ]

    /// Dutch names of the tables, for progress lines and the summary.
    static let labels: [String: String] = [
        "organisations": "organisaties", "persons": "personen", "posts": "posten", "memberships": "lidmaatschappen",
        "bodies": "gremia", "task_agendas": "opgavenagenda’s", "tasks": "opgaven",
        "task_province_roles": "provinciale rollen bij opgaven", "task_consequences": "consequenties van opgaven",
        "collaborations": "samenwerkingen", "collaboration_participants": "deelnemers aan samenwerkingen",
        "collaboration_domains": "domeinen van samenwerkingen", "collaboration_province_roles": "provinciale rollen bij samenwerkingen",
        "collaboration_amounts": "bedragen van samenwerkingen", "collaboration_tasks": "opgaven van samenwerkingen",
        "collaboration_task_agendas": "opgavenagenda’s van samenwerkingen", "collaboration_bodies": "gremia van samenwerkingen",
        "collaboration_relations": "relaties tussen samenwerkingen",
        "collaboration_council_involvements": "betrokkenheid van raden en Staten",
        "meetings": "bijeenkomsten", "meeting_organisers": "organisatoren van bijeenkomsten",
        "meeting_attendances": "aanwezigen bij bijeenkomsten", "agenda_items": "agendapunten",
        "meeting_outcomes": "uitkomsten van bijeenkomsten", "commitments": "toezeggingen", "documents": "documenten",
        "joint_decisions": "gezamenlijke besluiten", "joint_decision_responses": "besluiten per organisatie",
        "document_parties": "afzenders en geadresseerden", "sources": "bronvermeldingen",
        "record_access": "toegangsregels voor vertrouwelijke gegevens", "dataset_facts": "kenmerken van de gegevensset",
    ]
}
