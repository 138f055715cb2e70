import ArgumentParser
import Foundation
import Logging
import TafelDemo
import TafelStore

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Laad demogegevens in een lege database en maak een demo-redacteur.",
        discussion: """
            --schaal drenthe (standaard) laadt Drenthe zoals de brondocumenten het beschrijven. \
            --schaal landelijk maakt een synthetische gegevensset voor heel Nederland: 12 provincies, \
            342 verzonnen gemeenten, 21 waterschappen, 2.000 andere organisaties, 20.000 personen, \
            5.000 samenwerkingen, 50.000 bijeenkomsten en 100.000 documenten. Die gegevens zijn verzonnen \
            en als synthetisch gemarkeerd; dezelfde versie van Tafel maakt ze elke keer precies hetzelfde. \
            Een database met gegevens wordt niet aangeraakt, tenzij u --opnieuw opgeeft: dan wordt alles \
            gewist en opnieuw geladen, in één transactie.
            """)

    /// The data sets `--schaal` offers.
    enum Scale: String, CaseIterable {
        case drenthe, landelijk

        static func parse(_ text: String) throws -> Scale {
            if let scale = Scale(rawValue: text.lowercased()) { return scale }
            throw CommandFailure("--schaal ‘\(text)’ bestaat niet; kies uit: \(allCases.map(\.rawValue).joined(separator: ", ")).")
        }
    }

    @OptionGroup var options: DatabaseOptions

    @Flag(name: [.customLong("opnieuw"), .customLong("reset")],
          help: "Wis alle bestaande gegevens en laad de demogegevens opnieuw.")
    var reset = false

    @Option(name: .customLong("schaal"),
            help: ArgumentHelp("Welke demogegevens: drenthe (de brondocumenten, standaard) of landelijk (synthetisch, heel Nederland).",
                               valueName: "drenthe|landelijk"))
    var scale: String?

    func run() async throws {
        try await reportingFailures {
            let scale = try self.scale.map(Scale.parse) ?? .drenthe
            let settings = try await Settings.load()
            bootstrapLogging(try settings.logLevel(options.logLevel))
            let logger = Logger(label: "tafel")
            // The bundled set is read (and checked) before the database is touched.
            let drenthe = scale == .drenthe ? try DemoDataSet.bundled() : nil
            let database = try await Database.open(try settings.database(options.database), logger: logger)
            var summary = ""
            do {
                try await Migrator(database: database, logger: logger).migrate()
                if let drenthe {
                    try await DemoLoader(database: database, logger: logger).load(drenthe, replacingExisting: reset)
                    let counts = drenthe.counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
                    summary = "Demogegevens geladen: \(counts)."
                } else {
                    summary = try await loadNational(into: database, logger: logger)
                }
                try await Installation(database: database).markDemoLoaded()
                let password = try await DemoEditor.prepare(in: database)
                print("Demo-redacteur: \(DemoEditor.email), wachtwoord \(password) (eenmalig getoond).")
            } catch {
                try? await database.close()
                throw error
            }
            try await database.close()
            print(summary)
        }
    }

    /// Loads the national synthetic set, with a line per table on standard error; returns the summary.
    private func loadNational(into database: Database, logger: Logger) async throws -> String {
        let set = NationalDataSet()
        Self.standardError("Landelijke synthetische gegevensset maken en laden (zaad \(set.seed))…")
        let report = try await set.load(into: database, replacingExisting: reset, logger: logger) { progress in
            for table in progress.tables {
                Self.standardError("  \(table.label): \(Self.number(table.rows)) rijen (\(Self.seconds(progress.elapsed)))")
            }
        }
        let counts = NationalDataSet.countOrder.compactMap { key in set.counts[key].map { "\(Self.number($0)) \(key)" } }
        return """
            Landelijke synthetische gegevens geladen: \(counts.joined(separator: ", ")); \
            \(Self.number(report.totalRows)) rijen in \(report.tables.count) tabellen, in \(Self.seconds(report.elapsed)).
            Let op: deze gegevens zijn verzonnen (synthetisch) en beschrijven geen echte organisaties, personen of afspraken.
            """
    }

    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// 100000 → "100.000".
    static func number(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(".") }
            out.append(character)
        }
        return out
    }

    /// 12.345 s → "12,3 s".
    static func seconds(_ duration: Duration) -> String {
        let tenths = Int((Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18) * 10 + 0.5)
        return "\(tenths / 10),\(tenths % 10) s"
    }
}
