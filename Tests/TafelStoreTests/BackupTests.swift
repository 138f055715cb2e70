import Foundation
import SQLKit
import TafelCore
import TafelDemo
import TafelStore
import TafelTestSupport
import Testing

/// `tafel backup` and `tafel herstel`, and the rule that only a database's very first
/// start loads the demo data.
@Suite("Reservekopieën")
struct BackupTests {
    @Test("a backup taken while writes go on restores every write acknowledged before it, in one step")
    func roundTrip() async throws {
        try await TestDatabase.withDemo(.sqlite) { database in
            let editor = CollaborationEditor(database: database)
            var acknowledged: [String] = []
            for n in 0..<20 {
                acknowledged.append(try await editor.create(CollaborationInput(naam: "Voor de kopie \(n)"), by: .systemAdministrator))
            }
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tafel-backup-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let file = folder.appendingPathComponent("kopie.sqlite").path
            // Writers keep going while the backup is taken.
            let summary = try await withThrowingTaskGroup(of: Backup.Summary?.self) { group in
                for n in 0..<4 {
                    group.addTask {
                        for m in 0..<10 { _ = try await editor.create(CollaborationInput(naam: "Tijdens \(n)-\(m)"), by: .systemAdministrator) }
                        return nil
                    }
                }
                group.addTask { try await Backup.write(database, to: file, logger: TestDatabase.logger) }
                return try await group.reduce(into: Backup.Summary?.none) { $0 = $0 ?? $1 }
            }
            let taken = try #require(summary)
            #expect(taken.collaborations >= 41 + 20)
            await #expect(throws: Backup.Problem.self, "never overwrites") {
                try await Backup.write(database, to: file, logger: TestDatabase.logger)
            }

            let target = try TestDatabase.open(.sqlite)
            let restored = try await target.open()
            do {
                try await Migrator(database: restored, logger: TestDatabase.logger).migrate()
                try await DemoLoader(database: restored, logger: TestDatabase.logger).load(try DemoDataSet.bundled())
                await #expect(throws: Backup.Problem.self, "a database with data needs --overschrijven") {
                    try await Backup.restore(from: file, into: restored, replacingExisting: false, logger: TestDatabase.logger)
                }
                _ = try await Backup.restore(from: file, into: restored, replacingExisting: true, logger: TestDatabase.logger)
                let catalog = Catalog(database: restored, viewer: .systemAdministrator)
                for id in acknowledged { #expect(try await catalog.collaboration(id: id) != nil, "\(id)") }
                #expect(try await TestDatabase.count("collaborations", in: restored) == taken.collaborations)
                // Every child row came back too, also when restoring over the very same records.
                let copy = try await Database.open(.sqlite(path: file), logger: TestDatabase.logger)
                let expected = try await TestDatabase.counts(in: copy)
                try await copy.close()
                _ = try await Backup.restore(from: file, into: restored, replacingExisting: true, logger: TestDatabase.logger)
                #expect(try await TestDatabase.counts(in: restored) == expected)
                // The file is sound after a restore over the same records, FTS5's index included.
                #expect(try await restored.integrityProblems() == [])
                try await target.remove(restored)
            } catch {
                try? await target.remove(restored)
                throw error
            }
        }
    }

    @Test("a file that is not a Tafel backup is refused with a reason")
    func notABackup() async throws {
        try await TestDatabase.with(.sqlite) { database in
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("leeg-\(UUID().uuidString).sqlite")
            _ = FileManager.default.createFile(atPath: file.path, contents: Data("geen database".utf8))
            defer { try? FileManager.default.removeItem(at: file) }
            let problem = await #expect(throws: Backup.Problem.self) {
                try await Backup.restore(from: file.path, into: database, replacingExisting: true, logger: TestDatabase.logger)
            }
            #expect(problem?.description.contains("geen SQLite-bestand") == true)
        }
    }

    @Test("only the start that created the database asks for the demo data; an existing empty file does not")
    func firstStart() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tafel-eerste-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, existing) in [("nieuw.sqlite", false), ("leeg.sqlite", true)] {
            let path = folder.appendingPathComponent(name).path
            if existing { _ = FileManager.default.createFile(atPath: path, contents: Data()) }
            let database = try await Database.open(.sqlite(path: path), logger: TestDatabase.logger)
            try await Migrator(database: database, logger: TestDatabase.logger).migrate()
            #expect(try await Installation(database: database).demo() == (existing ? .none : .requested), "\(name)")
            try await database.close()
            // A later start keeps what the first one recorded.
            let again = try await Database.open(.sqlite(path: path), logger: TestDatabase.logger)
            try await Migrator(database: again, logger: TestDatabase.logger).migrate()
            #expect(try await Installation(database: again).demo() == (existing ? .none : .requested))
            try await again.close()
        }
    }
}
