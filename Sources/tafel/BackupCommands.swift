import ArgumentParser
import Foundation
import Logging
import TafelStore

/// `tafel backup BESTAND`: a consistent copy of the SQLite database, also while Tafel runs.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Maak een reservekopie van de SQLite-database, ook terwijl Tafel draait.",
        discussion: """
            Schrijft één samenhangend SQLite-bestand (VACUUM INTO) en controleert het. Kopieer het \
            databasebestand niet zelf: in WAL-modus staan de laatste wijzigingen in het -wal-bestand \
            ernaast. Een bestaand bestand wordt nooit overschreven. Voor PostgreSQL: pg_dump (docs/OPERATIONS.md).
            """)

    @OptionGroup var options: DatabaseOptions

    @Argument(help: ArgumentHelp("Het nieuwe bestand voor de reservekopie.", valueName: "bestand"))
    var file: String

    func run() async throws {
        try await reportingFailures {
            try await options.withDatabase { database in
                let summary = try await Backup.write(database, to: file, logger: Logger(label: "tafel"))
                print("Reservekopie geschreven naar \(file): \(summary.line).")
            }
        }
    }
}

/// `tafel herstel BESTAND`: the contents of a backup back into the database, in one step.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "herstel",
        abstract: "Zet een reservekopie terug: de inhoud van de database wordt die van de reservekopie.",
        discussion: """
            Controleert de reservekopie eerst (een SQLite-bestand van Tafel, onbeschadigd) en vervangt \
            dan in één transactie alle gegevens; een draaiende Tafel ziet de oude of de nieuwe inhoud, \
            nooit een mengsel. Sessies worden niet teruggezet: iedereen logt opnieuw in. Een database \
            met gegevens wordt alleen vervangen met --overschrijven.
            """)

    @OptionGroup var options: DatabaseOptions

    @Argument(help: ArgumentHelp("De reservekopie (gemaakt met tafel backup).", valueName: "bestand"))
    var file: String

    @Flag(name: .customLong("overschrijven"), help: "Vervang ook een database die al gegevens bevat.")
    var replacing = false

    func run() async throws {
        try await reportingFailures {
            try await options.withDatabase { database in
                let summary = try await Backup.restore(from: file, into: database, replacingExisting: replacing,
                                                       logger: Logger(label: "tafel"))
                print("Reservekopie \(file) teruggezet: \(summary.line).")
            }
        }
    }
}

extension Backup.Summary {
    var line: String {
        "schemaversie \(schemaVersion), \(collaborations) samenwerkingen, \(organisations) organisaties, "
            + "\(documents) documenten, \(Demo.number(bytes)) bytes"
    }
}
