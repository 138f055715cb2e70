import ArgumentParser
import Logging
import TafelStore

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Laad de demogegevens (Drenthe zoals de brondocumenten het beschrijven) in een lege database en maak een demo-redacteur.",
        discussion: "Een database met gegevens wordt niet aangeraakt, tenzij u --opnieuw opgeeft: dan wordt alles gewist en opnieuw geladen, in één transactie.")

    @OptionGroup var options: DatabaseOptions

    @Flag(name: [.customLong("opnieuw"), .customLong("reset")],
          help: "Wis alle bestaande gegevens en laad de demogegevens opnieuw.")
    var reset = false

    func run() async throws {
        try await reportingFailures {
            let settings = try await Settings.load()
            bootstrapLogging(try settings.logLevel(options.logLevel))
            let logger = Logger(label: "tafel")
            let set = try DemoDataSet.bundled()
            let database = try await Database.open(try settings.database(options.database), logger: logger)
            do {
                try await Migrator(database: database, logger: logger).migrate()
                try await DemoLoader(database: database, logger: logger).load(set, replacingExisting: reset)
                let password = try await DemoEditor.prepare(in: database)
                print("Demo-redacteur: \(DemoEditor.email), wachtwoord \(password) (eenmalig getoond).")
            } catch {
                try? await database.close()
                throw error
            }
            try await database.close()
            let counts = set.counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            print("Demogegevens geladen: \(counts).")
        }
    }
}
