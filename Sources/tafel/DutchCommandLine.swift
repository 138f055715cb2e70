import ArgumentParser
import Foundation

/// The command line speaks Dutch throughout (issue 14 part 1): ArgumentParser writes its own
/// headings, its help flag's text and its parse errors in English, so Tafel's entry point
/// prints what ArgumentParser would, with those words translated.
enum DutchCommandLine {
    /// ArgumentParser's fixed English, most specific first.
    private static let patterns: [(NSRegularExpression, String)] = [
        (#"See '(\S+) help (.*?)<subcommand>' for detailed help\."#, "Meer hulp bij een opdracht: '$1 $2<opdracht> --hulp'."),
        (#"See '(.+?)' for more information\."#, "Meer hulp: '$1'."),
        (#"^Error: "#, "Fout: "),
        (#"^Usage: "#, "Gebruik: "),
        (#"^Help:  "#, "Hulp: "),
        (#"^OVERVIEW: "#, "OVERZICHT: "),
        (#"^USAGE: "#, "GEBRUIK: "),
        (#"^ARGUMENTS:$"#, "ARGUMENTEN:"),
        (#"^OPTIONS:$"#, "OPTIES:"),
        (#"^SUBCOMMANDS:$"#, "OPDRACHTEN:"),
        (#"Show help information\."#, "Toon deze hulp."),
        (#"Show the version\."#, "Toon de versie."),
        (#" \(default\)"#, " (standaard)"),
        (#"\(values: ([^;)]*); default: ([^)]*)\)"#, "(waarden: $1; standaard: $2)"),
        (#"\(values: ([^)]*)\)"#, "(waarden: $1)"),
        (#"\(default: ([^)]*)\)"#, "(standaard: $1)"),
        (#"<subcommand>"#, "<opdracht>"),
        (#"Unknown option '([^']*)'\. Did you mean '([^']*)'\?"#, "onbekende optie '$1'. Bedoelt u '$2'?"),
        (#"Unknown option '([^']*)'"#, "onbekende optie '$1'"),
        (#"Missing value for '([^']*)'"#, "waarde ontbreekt voor '$1'"),
        (#"Missing expected argument '([^']*)'"#, "verwacht argument ontbreekt: '$1'"),
        (#"Unexpected argument '([^']*)'"#, "onverwacht argument '$1'"),
        (#"Missing one of: "#, "een van deze ontbreekt: "),
        (#"The value '([^']*)' is invalid for '([^']*)'"#, "de waarde '$1' is ongeldig voor '$2'"),
        (#"\. Please provide one of the following:"#, ". Kies een van deze:"),
        (#"\. Please provide one of "#, ". Kies een van "),
    ].map { pattern, template in
        // The patterns are constants written above; one that does not compile is a programming error.
        (try! NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines]), template)
    }

    static func translate(_ text: String) -> String {
        patterns.reduce(text) { text, rule in
            rule.0.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: rule.1)
        }
    }

    /// What `ParsableCommand.main()` does, in Dutch: run the parsed command, or print the help
    /// (standard output, exit 0) or the error with its usage (standard error) and exit.
    static func main<Root: AsyncParsableCommand>(_ root: Root.Type) async -> Never {
        do {
            var command = try root.parseAsRoot()
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
            exit(0)
        } catch {
            let message = translate(root.fullMessage(for: error))
            let code = root.exitCode(for: error)
            if code == .success {
                print(message)
            } else if !message.isEmpty {
                FileHandle.standardError.write(Data((message + "\n").utf8))
            }
            exit(code.rawValue)
        }
    }
}
