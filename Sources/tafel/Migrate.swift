import ArgumentParser
import Logging
import TafelStore

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Werk het databaseschema bij tot de nieuwste versie.")

    @OptionGroup var options: DatabaseOptions

    func run() async throws {
        try await reportingFailures {
            let settings = try await Settings.load()
            bootstrapLogging(try settings.logLevel(options.logLevel))
            let logger = Logger(label: "tafel")
            let database = try await Database.open(try settings.database(options.database), logger: logger)
            let migrator = Migrator(database: database, logger: logger)
            let applied = try await migrator.migrate()
            let version = try await migrator.currentVersion()
            try await database.close()
            print(applied.isEmpty
                ? "Het schema was al bij: versie \(version)."
                : "Schema bijgewerkt tot versie \(version) (toegepast: \(applied.map(String.init).joined(separator: ", "))).")
        }
    }
}
