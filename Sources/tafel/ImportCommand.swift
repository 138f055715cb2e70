import ArgumentParser
import Foundation
import TafelCore
import TafelStore

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Importeer gegevens uit een bestand.",
        subcommands: [Collaborations.self])

    struct Collaborations: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "samenwerkingen",
            abstract: "Importeer samenwerkingen uit een CSV- of JSON-bestand (dezelfde kolommen als de export van het register).",
            discussion: """
                Samenwerkingen worden op id herkend: bestaande worden bijgewerkt, nieuwe toegevoegd; een kolom die ontbreekt \
                laat dat veld ongewijzigd. Alles wordt eerst gecontroleerd; bij één fout wordt niets opgeslagen en staat elke \
                fout met regel en veld op het scherm. Hetzelfde bestand nogmaals importeren verandert niets.
                """)

        @OptionGroup var options: DatabaseOptions

        @Argument(help: ArgumentHelp("Het CSV- of JSON-bestand.", valueName: "bestand"))
        var file: String

        @Flag(name: [.customLong("proef"), .customLong("dry-run")], help: "Alleen controleren: laat zien wat er zou veranderen, sla niets op.")
        var dryRun = false

        func run() async throws {
            try await reportingFailures {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw CommandFailure("bestand ‘\(file)’ bestaat niet of is niet leesbaar.")
                }
                let entries = try RegisterFile.entries(data, filename: file)
                let viewer = Viewer(userID: nil, name: "tafel import (opdrachtregel)", role: .beheerder, groups: [])
                let bar = ProgressBar(label: dryRun ? "controleren" : "importeren")
                do {
                    let report = try await options.withDatabase { database in
                        try await RegisterImport(database: database).run(entries, dryRun: dryRun, by: viewer) { done, total in
                            bar.show(done, of: total)
                        }
                    }
                    bar.finish()
                    print(report.summary)
                } catch let failure as RegisterImport.Failure {
                    bar.finish()
                    FileHandle.standardError.write(Data("\(failure.summary)\n".utf8))
                    throw CommandFailure("niets geïmporteerd: \(failure.problems.count) fout(en) in ‘\(file)’.")
                }
            }
        }
    }
}

/// A one-line progress bar on standard error, redrawn at most once per percent.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let lock = NSLock()
    private var shown = -1

    init(label: String) { self.label = label }

    func show(_ done: Int, of total: Int) {
        guard total > 0 else { return }
        let percent = done * 100 / total
        lock.lock(); defer { lock.unlock() }
        guard percent != shown else { return }
        shown = percent
        let width = 30
        let filled = percent * width / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(done)/\(total) (\(percent)%)".utf8))
    }

    func finish() {
        lock.lock(); defer { lock.unlock() }
        if shown >= 0 { FileHandle.standardError.write(Data("\n".utf8)) }
        shown = -1
    }
}
