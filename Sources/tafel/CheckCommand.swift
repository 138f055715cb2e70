import ArgumentParser
import Foundation
import TafelCore
import TafelStore

/// `tafel controleer`: the structure of bodies against its own rules (seed 003, Bijlage 1).
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "controleer",
        abstract: "Controleer de overlegstructuur aan haar eigen regels.",
        discussion: """
            Toont per regel de gremia die er niet aan voldoen, met de feiten die het laten zien. Dat is \
            informatie, geen fout in Tafel: de regels zeggen hoe de structuur bedoeld is, de gegevens \
            hoe ze is. Exitcode 1 als er overtredingen zijn, 0 als alles klopt. Gecontroleerd wordt alles \
            in de database, ook wat niet openbaar is.
            """)

    @OptionGroup var options: DatabaseOptions

    @Option(name: .customLong("datum"), help: ArgumentHelp("De datum waarop gecontroleerd wordt (standaard vandaag).", valueName: "JJJJ-MM-DD"))
    var date: String?

    @Option(name: .customLong("gremium"), help: ArgumentHelp("Alleen dit gremium.", valueName: "id"))
    var body: String?

    @Option(name: .customLong("regels"), help: ArgumentHelp("Een eigen regelset in plaats van die van Drenthe (docs/STRUCTUURREGELS.md).", valueName: "bestand"))
    var rules: String?

    @Flag(name: .customLong("json"), help: "Uitvoer als JSON, voor programma's.")
    var json = false

    func run() async throws {
        try await reportingFailures {
            let date = try checkDate()
            let ruleSet = try loadRules()
            let check = try await options.withDatabase { database in
                let catalog = Catalog(database: database, viewer: Viewer(userID: nil, name: "opdrachtregel", role: .beheerder, groups: []))
                let structure = try await catalog.structure()
                if let body, structure.body(body) == nil {
                    throw CommandFailure("--gremium: er is geen gremium ‘\(body)’.")
                }
                return StructureCheck(ruleSet: ruleSet, structure: structure, date: date, body: body)
            }
            print(json ? try StructureCheckReport.json(check) : StructureCheckReport.text(check))
            if !check.violations.isEmpty { throw ExitCode.failure }
        }
    }

    private func checkDate() throws -> PartialDate {
        guard let date else { return PartialDate.today() }
        guard let parsed = PartialDate(iso: date), parsed.day != nil else {
            throw CommandFailure("--datum: ‘\(date)’ is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2020-11-13.")
        }
        return parsed
    }

    private func loadRules() throws -> StructureRuleSet {
        guard let rules else { return try StructureRuleSet.drenthe() }
        guard let data = FileManager.default.contents(atPath: rules) else {
            throw CommandFailure("--regels: het bestand ‘\(rules)’ bestaat niet of is niet te lezen.")
        }
        do {
            return try StructureRuleSet.decode(data)
        } catch {
            throw CommandFailure("--regels: \(rules): \(error.message).")
        }
    }
}

/// The check as text for people and as JSON for programs.
enum StructureCheckReport {
    static func text(_ check: StructureCheck) -> String {
        var lines = ["\(check.ruleSet.naam)", "Gecontroleerd op \(check.date.dutch).", ""]
        for rule in check.ruleSet.regels {
            let found = check.violations(of: rule)
            lines.append("[\(rule.id)] \(rule.tekst) — \(check.verdict(rule))")
            for violation in found {
                lines.append("  \(violation.bodyName) (\(violation.bodyID)): \(violation.message)")
                lines += violation.facts.map { "    \($0)" }
            }
        }
        lines.append("")
        lines.append(check.violations.isEmpty ? "Geen afwijkingen." : "\(check.violations.count) \(check.violations.count == 1 ? "afwijking" : "afwijkingen").")
        return lines.joined(separator: "\n")
    }

    static func json(_ check: StructureCheck) throws -> String {
        struct Rule: Encodable {
            let id: String, tekst: String, bron: StructureRule.Source?, gecontroleerd: Int, overtredingen: [Violation]
        }
        struct Violation: Encodable { let gremium: String, gremiumNaam: String, melding: String, feiten: [String] }
        struct Report: Encodable { let regelset: String, datum: String, overtredingen: Int, regels: [Rule] }
        let report = Report(regelset: check.ruleSet.naam, datum: check.date.iso, overtredingen: check.violations.count,
                            regels: check.ruleSet.regels.map { rule in
                                Rule(id: rule.id, tekst: rule.tekst, bron: rule.bron, gecontroleerd: check.checked[rule.id] ?? 0,
                                     overtredingen: check.violations(of: rule).map {
                                         Violation(gremium: $0.bodyID, gremiumNaam: $0.bodyName, melding: $0.message, feiten: $0.facts)
                                     })
                            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }
}
