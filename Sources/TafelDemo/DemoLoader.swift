import Foundation
import Logging
import SQLKit
import TafelCore
import TafelStore

/// Writes a demo data set into a migrated database, all or nothing, in one transaction.
public struct DemoLoader: Sendable {
    public let database: Database
    public let logger: Logger

    public init(database: Database, logger: Logger) {
        self.database = database
        self.logger = logger
    }

    /// Whether the database holds no records yet (the demo loads itself into such a one).
    public func isEmpty() async throws -> Bool {
        try await database.holdsNoRecords()
    }

    /// Loads `set`; refuses a database that holds data unless `replacingExisting`, which
    /// first removes every record (in the same transaction).
    public func load(_ set: DemoDataSet, replacingExisting: Bool = false) async throws {
        if !replacingExisting, !(try await isEmpty()) {
            throw DatabaseError.notEmpty(location: database.location)
        }
        try await database.transaction { db in
            if replacingExisting { try await Self.clear(db) }
            try await DemoWriter(db: db, now: Timestamp.now()).write(set)
            try await SearchIndex.rebuild(in: db)
        }
        logger.info("demogegevens geladen", metadata: ["aantallen": "\(set.counts)"])
    }

    /// Every table Tafel's records live in, children before parents.
    static let tablesInDeleteOrder = [
        "audit_log", "record_access", "user_groups", "sources", "body_constituencies", "stance_tasks", "stance_supporters", "stances", "joint_decision_responses", "joint_decisions", "policy_product_collaborations", "policy_product_consequences", "policy_product_roles", "policy_products", "question_answers", "agenda_request_questions", "agenda_requests", "commitment_fulfilments", "commitments", "document_parties", "document_files", "documents", "meeting_outcomes", "agenda_item_documents", "agenda_items", "meeting_attendances",
        "meeting_organisers", "meetings", "organisation_statements", "programme_collaborations", "programme_tasks", "programme_partners", "programme_meetings",
        "programme_themes", "programmes", "collaboration_relations", "collaboration_amounts", "collaboration_bodies",
        "collaboration_council_involvements", "collaboration_tasks", "collaboration_task_agendas", "collaboration_participants", "collaboration_domains", "collaboration_province_roles",
        "collaborations", "task_province_roles", "task_consequences", "tasks", "task_agendas", "organisation_memberships", "memberships", "posts", "bodies", "persons",
        "organisations", "dataset_facts",
    ]

    /// Empties the register. Accounts stay, but lose their links to persons, organisations and bodies.
    ///
    /// PostgreSQL empties the tables with one `TRUNCATE` (also transactional): a `DELETE` there
    /// checks every deleted parent row against its child tables, which still hold the deleted
    /// rows until vacuum, and takes minutes for the national data set. `persons` stays a
    /// `DELETE`, as `users` refers to it.
    static func clear(_ db: any SQLDatabase) async throws {
        try await db.raw("UPDATE users SET person_id = NULL").run()
        if db.dialect.name == "postgresql" {
            let tables = tablesInDeleteOrder.filter { $0 != "persons" }
            try await db.raw("TRUNCATE \(idents: tables, joinedBy: ", ")").run()
            try await db.raw("DELETE FROM persons").run()
            return
        }
        for table in tablesInDeleteOrder {
            try await db.raw("DELETE FROM \(unsafeRaw: table)").run()
        }
    }
}
