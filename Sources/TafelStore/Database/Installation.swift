import Foundation
import SQLKit

/// Whether this database was made by Tafel's very first start, which is the only start
/// that loads the demo data by itself. A database that already existed (a restored file,
/// a plain copy that came out empty, a PostgreSQL schema that held Tafel's tables) never
/// gets demo data unless someone asks for it with `tafel demo`.
public struct Installation: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    /// What the first start decided about the demo data.
    public enum Demo: String, Sendable {
        /// This database was new: the demo is to be loaded (also after an interrupted first start).
        case requested = "gevraagd"
        case loaded = "geladen"
        /// The database existed before Tafel first started on it: no demo unless asked.
        case none = "nee"
    }

    /// Records the first start (once; later calls keep the first record) and returns the
    /// demo state: `isNew` says whether this start created the database. The migrator calls it.
    func recordStart(isNew: Bool) async throws -> Demo {
        try await database.transaction(changesRecords: false) { db in
            // Two instances starting on one new PostgreSQL schema: the first row stays.
            try await db.raw("""
                INSERT INTO installation (id, created_at, demo) VALUES (1, \(bind: Timestamp.now()), \(bind: (isNew ? Demo.requested : .none).rawValue))
                ON CONFLICT (id) DO NOTHING
                """).run()
            return try await Self.state(in: db) ?? .none
        }
    }

    /// The demo state recorded at the first start.
    public func demo() async throws -> Demo {
        try await Self.state(in: database.sql) ?? .none
    }

    public func markDemoLoaded() async throws {
        try await database.write("UPDATE installation SET demo = \(bind: Demo.loaded.rawValue) WHERE id = 1")
    }

    static func state(in db: any SQLDatabase) async throws -> Demo? {
        try await db.raw("SELECT demo FROM installation WHERE id = 1").first(decodingColumn: "demo", as: String.self)
            .flatMap(Demo.init(rawValue:))
    }
}
