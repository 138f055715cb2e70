import SQLKit
import TafelDemo
import TafelStore
import TafelTestSupport
import Testing

@Suite("Migrations")
struct MigrationTests {
    @Test("apply once; a second run applies nothing", arguments: TestDatabase.backends)
    func idempotent(backend: Database.Backend) async throws {
        try await TestDatabase.with(backend, migrated: false) { database in
            #expect(database.backend == backend)
            let migrator = Migrator(database: database, logger: TestDatabase.logger)
            let latest = Migrations.all.count
            #expect(try await migrator.migrate() == Array(1...latest))
            #expect(try await migrator.currentVersion() == latest)
            #expect(try await migrator.migrate() == [])
            #expect(try await migrator.currentVersion() == latest)
            #expect(try await TestDatabase.count("schema_migrations", in: database) == latest)
            let name = try await database.sql.raw("SELECT name FROM schema_migrations WHERE version = 1")
                .first(decodingColumn: "name", as: String.self)
            #expect(name == "kernschema")
            // Every table exists and is empty.
            for (table, count) in try await TestDatabase.counts(in: database) {
                #expect(count == 0, "\(table)")
            }
            #expect(try await DemoLoader(database: database, logger: TestDatabase.logger).isEmpty())
        }
    }

    @Test("a database migrated by a newer Tafel is refused", arguments: TestDatabase.backends)
    func newerSchema(backend: Database.Backend) async throws {
        try await TestDatabase.with(backend) { database in
            try await database.sql.raw("""
                INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'uit de toekomst', '2099-01-01T00:00:00Z')
                """).run()
            let error = await #expect(throws: DatabaseError.self) {
                try await Migrator(database: database, logger: TestDatabase.logger).migrate()
            }
            guard case .newerSchema(let found, let known)? = error else {
                Issue.record("expected newerSchema, got \(String(describing: error))")
                return
            }
            #expect(found == 99)
            #expect(known == Migrations.all.count)
            #expect(error?.description.contains("schemaversie 99") == true)
        }
    }

    @Test("the database answers a ping", arguments: TestDatabase.backends)
    func ping(backend: Database.Backend) async throws {
        try await TestDatabase.with(backend, migrated: false) { database in
            try await database.ping()
        }
    }
}
