import TafelCore
import TafelDemo
import TafelStore
import TafelTestSupport
import Testing

/// A suite trait: before the suite runs, the demo data set is loaded once into a fresh
/// database per backend; the suite's tests read it (they do not write); afterwards the
/// databases are removed.
struct DemoCatalogs: SuiteTrait, TestScoping {
    @TaskLocal static var loaded: [Database.Backend: Database] = [:]

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        var opened: [(TestDatabase.Scratch, Database)] = []
        func removeAll() async {
            for (scratch, database) in opened { try? await scratch.remove(database) }
        }
        do {
            var databases: [Database.Backend: Database] = [:]
            let set = try DemoDataSet.bundled()
            for backend in TestDatabase.backends {
                let scratch = try TestDatabase.open(backend)
                let database = try await scratch.open()
                opened.append((scratch, database))
                try await Migrator(database: database, logger: TestDatabase.logger).migrate()
                try await DemoLoader(database: database, logger: TestDatabase.logger).load(set)
                databases[backend] = database
            }
            try await Self.$loaded.withValue(databases) { try await function() }
        } catch {
            await removeAll()
            throw error
        }
        await removeAll()
    }

    static func catalog(_ backend: Database.Backend) throws -> Catalog {
        Catalog(database: try #require(loaded[backend], "no demo database for \(backend)"), viewer: .anonymous)
    }
}

extension Trait where Self == DemoCatalogs {
    /// The demo data set, loaded once for the whole suite on every test backend.
    static var demoLoaded: Self { Self() }
}

/// A search text that is known to be valid.
func search(_ text: String) throws -> SearchText {
    try #require(try SearchText.parse(text))
}

func date(_ text: String) -> PartialDate? { PartialDate(iso: text) }
