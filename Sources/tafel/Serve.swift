import ArgumentParser
import Foundation
import Hummingbird
import Logging
import Metrics
import Prometheus
import TafelCore
import TafelDemo
import TafelStore
import TafelWeb

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Start Tafel: werkt de database bij, laadt de demogegevens in een lege database en serveert de website en de API.")

    @OptionGroup var options: DatabaseOptions

    @Option(help: ArgumentHelp("Het adres waarop Tafel luistert (standaard \(AppConfig.defaultHost)).", valueName: "host"))
    var host: String?

    @Option(help: ArgumentHelp("De poort waarop Tafel luistert (standaard \(AppConfig.defaultPort)).", valueName: "poort"))
    var port: String?

    func run() async throws {
        try await reportingFailures {
            let settings = try await Settings.load()
            let level = try settings.logLevel(options.logLevel)
            var config = AppConfig(host: settings.host(host), port: try settings.port(port),
                                   database: try settings.database(options.database), logLevel: level,
                                   publicURL: settings.publicURL(), publicCacheLifetime: try settings.publicCacheLifetime(),
                                   metricsToken: try settings.metricsToken())
            config.wooPublisher = settings.wooPublisher()
            bootstrapLogging(level)
            let registry = PrometheusCollectorRegistry()
            MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
            let logger = Logger(label: "tafel")

            let database = try await Database.open(config.database, logger: logger)
            do {
                try await Migrator(database: database, logger: logger).migrate()
                let loader = DemoLoader(database: database, logger: logger)
                let installation = Installation(database: database)
                var password: String?
                switch try await installation.demo() {
                case .requested where try await loader.isEmpty():
                    logger.info("nieuwe database: de demogegevens worden geladen")
                    try await loader.load(try DemoDataSet.bundled())
                    try await installation.markDemoLoaded()
                    password = try await DemoEditor.prepare(in: database)
                case .none where try await loader.isEmpty():
                    logger.warning("de database is leeg; Tafel laadt alleen bij de allereerste start demogegevens. Laad ze met `tafel demo` of zet een reservekopie terug met `tafel herstel`.")
                default:
                    break
                }
                let lines = try await FirstLines.lines(address: "http://\(config.host):\(config.port)", demoPassword: password, database: database)
                let app = try await buildApplication(config: config, database: database, logger: logger, metrics: registry,
                                                     onServerRunning: { FirstLines.print(lines) })
                logger.info("Tafel luistert", metadata: ["adres": "http://\(config.host):\(config.port)", "database": "\(config.database)"])
                try await app.runService()
            } catch {
                try? await database.close()
                throw error
            }
            try await database.close()
        }
    }
}

/// What `tafel serve` says last, once it listens, on standard output and flushed at once
/// (to a file or a service log it is otherwise block-buffered and appears only at the end):
/// how to sign in to the demo, then the address.
enum FirstLines {
    static func lines(address: String, demoPassword: String?, database: Database) async throws -> [String] {
        var lines: [String] = []
        if let demoPassword {
            lines.append("Aanmelden als demo-redacteur: \(DemoEditor.email) met wachtwoord \(demoPassword) (eenmalig getoond).")
        } else if try await Accounts(database: database).user(email: DemoEditor.email) != nil {
            lines.append("Wachtwoord van de demo-redacteur kwijt? Een nieuw: tafel gebruiker wachtwoord --email \(DemoEditor.email)")
        }
        return lines + ["Tafel draait op \(address)"]
    }

    static func print(_ lines: [String]) {
        Swift.print(lines.joined(separator: "\n"))
        fflush(nil)  // every stream: naming `stdout` is shared mutable state to Swift 6
    }
}
