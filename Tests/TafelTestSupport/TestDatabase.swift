import Foundation
import Logging
import SQLKit
import TafelCore
import TafelDemo
import TafelStore
import Testing

/// The databases every store test runs on: a fresh SQLite file each time, and PostgreSQL
/// when `TAFEL_TEST_DATABASE_URL` names one. On PostgreSQL each use gets its own schema
/// (tests run in parallel and share the database), dropped again afterwards.
public enum TestDatabase {
    public static let environmentVariable = "TAFEL_TEST_DATABASE_URL"

    public static var postgresURL: String? {
        guard let url = ProcessInfo.processInfo.environment[environmentVariable], !url.isEmpty else { return nil }
        return url
    }

    public static var backends: [Database.Backend] {
        postgresURL == nil ? [.sqlite] : [.sqlite, .postgres]
    }

    public static let logger = Logger(label: "tafel-tests") { _ in SwiftLogNoOpLogHandler() }

    /// Opens a fresh, empty database (migrated unless `migrated` is false), runs `body`
    /// and removes the database again, also when `body` throws.
    public static func with<T: Sendable>(
        _ backend: Database.Backend, migrated: Bool = true,
        _ body: (Database) async throws -> T
    ) async throws -> T {
        let scratch = try open(backend)
        let database = try await scratch.open()
        do {
            if migrated { try await Migrator(database: database, logger: logger).migrate() }
            let result = try await body(database)
            try await scratch.remove(database)
            return result
        } catch {
            try? await scratch.remove(database)
            throw error
        }
    }

    /// A fresh database with the bundled demo data set loaded.
    public static func withDemo<T: Sendable>(
        _ backend: Database.Backend, _ body: (Database) async throws -> T
    ) async throws -> T {
        try await with(backend) { database in
            try await DemoLoader(database: database, logger: logger).load(try DemoDataSet.bundled())
            return try await body(database)
        }
    }

    /// Where one test's database lives, and how to get rid of it.
    public struct Scratch: Sendable {
        public let location: DatabaseLocation
        let folder: URL?
        let schema: String?

        public func open() async throws -> Database {
            try await Database.open(location, logger: TestDatabase.logger, postgresSchema: schema)
        }

        public func remove(_ database: Database) async throws {
            if let schema {
                try await database.sql.raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run()
            }
            try await database.close()
            if let folder { try? FileManager.default.removeItem(at: folder) }
        }
    }

    public static func open(_ backend: Database.Backend) throws -> Scratch {
        let unique = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        switch backend {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tafel-test-\(unique)")
            return Scratch(location: .sqlite(path: folder.appendingPathComponent("tafel.sqlite").path),
                           folder: folder, schema: nil)
        case .postgres:
            let url = try #require(postgresURL, "\(environmentVariable) is not set")
            return Scratch(location: try DatabaseLocation(url: url), folder: nil, schema: "test_\(unique)")
        }
    }

    /// Every table that holds records, for counting.
    public static let recordTables = [
        "organisations", "persons", "posts", "memberships", "organisation_memberships", "bodies", "task_agendas", "tasks",
        "task_province_roles", "task_consequences", "collaborations", "collaboration_province_roles",
        "collaboration_domains", "collaboration_participants", "collaboration_tasks", "collaboration_task_agendas",
        "collaboration_bodies", "collaboration_amounts", "collaboration_relations", "meetings", "meeting_organisers",
        "meeting_attendances", "agenda_items", "meeting_outcomes", "documents", "document_parties", "document_files", "sources", "programmes",
        "programme_themes", "programme_meetings", "programme_partners", "programme_tasks", "programme_collaborations",
        "organisation_statements", "commitments", "commitment_fulfilments", "agenda_requests", "agenda_request_questions", "question_answers",
        "policy_products", "policy_product_roles", "policy_product_consequences", "policy_product_collaborations",
        "joint_decisions", "joint_decision_responses", "stances", "stance_supporters", "stance_tasks", "body_constituencies",
    ]

    public static func count(_ table: String, in database: Database) async throws -> Int {
        try await database.sql.raw("SELECT COUNT(*) AS total FROM \(ident: table)")
            .first(decodingColumn: "total", as: Int.self) ?? -1
    }

    /// The row count of every record table (except `skipping`).
    public static func counts(in database: Database, skipping: Set<String> = []) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in recordTables where !skipping.contains(table) {
            counts[table] = try await count(table, in: database)
        }
        return counts
    }
}

extension Database.Backend: CustomTestStringConvertible {
    public var testDescription: String { rawValue }
}

extension Viewer {
    /// A beheerder without an account, who sees everything (as the command line does).
    public static let systemAdministrator = Viewer(userID: nil, name: "test", role: .beheerder, groups: [])
}
