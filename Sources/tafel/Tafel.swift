import ArgumentParser

@main
struct Tafel: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tafel",
        abstract: "Tafel: het informatiesysteem voor samenwerking tussen overheden.",
        discussion: """
            Tafel houdt bij wie met wie samenwerkt aan welke opgave, in welk overleg, en wat er is \
            afgesproken. Instellingen komen uit opties, uit de omgeving (TAFEL_DATABASE_URL, TAFEL_HOST, \
            TAFEL_PORT, TAFEL_LOG_LEVEL, TAFEL_PUBLIC_URL, TAFEL_CACHE_SECONDS, \
            TAFEL_METRICS_TOKEN) of uit een bestand .env, in die volgorde.
            """,
        subcommands: [Serve.self, Migrate.self, Demo.self, ImportCommand.self, CheckCommand.self, BackupCommand.self, RestoreCommand.self, UserCommand.self, TokenCommand.self, SearchIndexCommand.self, Ceiling.self],
        defaultSubcommand: Serve.self,
        helpNames: [.short, .long, .customLong("hulp")]
    )

    static func main() async {
        await DutchCommandLine.main(Self.self)
    }
}
