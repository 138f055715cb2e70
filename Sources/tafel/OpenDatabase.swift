import Logging
import TafelStore

extension DatabaseOptions {
    /// Opens and migrates the database these options name, runs `body`, and closes it again, also on failure.
    func withDatabase<T>(_ body: (Database) async throws -> T) async throws -> T {
        let settings = try await Settings.load()
        bootstrapLogging(try settings.logLevel(logLevel))
        let logger = Logger(label: "tafel")
        let database = try await Database.open(try settings.database(self.database), logger: logger)
        do {
            try await Migrator(database: database, logger: logger).migrate()
            let result = try await body(database)
            try await database.close()
            return result
        } catch {
            try? await database.close()
            throw error
        }
    }
}
