import ArgumentParser
import Foundation
import TafelStore

/// `tafel zoekindex`: builds the search index again from what the database holds, for rows that
/// came in by SQL outside Tafel (Tafel's own writes keep it up to date themselves).
struct SearchIndexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zoekindex",
        abstract: "Bouw de zoekindex opnieuw op uit wat de database bevat.",
        discussion: """
            Tafel houdt de zoekindex zelf bij bij elke wijziging, en bouwt hem na een nieuwe versie \
            vanzelf opnieuw op. Dit is voor gegevens die buiten Tafel om met SQL zijn ingelezen.
            """)

    @OptionGroup var options: DatabaseOptions

    func run() async throws {
        try await reportingFailures {
            let (indexed, elapsed) = try await options.withDatabase { database in
                let clock = ContinuousClock()
                let start = clock.now
                let indexed = try await SearchIndex.rebuild(database)
                return (indexed, clock.now - start)
            }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let rate = seconds > 0 ? Int((Double(indexed) / seconds).rounded()) : indexed
            print("Zoekindex opgebouwd: \(indexed) records in \(String(format: "%.1f", seconds)) s (\(rate) per seconde).")
        }
    }
}
