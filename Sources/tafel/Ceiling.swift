import ArgumentParser
import Hummingbird

/// The benchmark's ceiling: a Hummingbird server that answers every `GET /` with the same
/// short text, without database, templates or middleware. What no real page can beat.
struct Ceiling: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plafond",
        abstract: "Meetreferentie voor bench/run: een server die op GET / steeds dezelfde korte tekst geeft.",
        shouldDisplay: false)

    @Option(help: ArgumentHelp("Het adres waarop de server luistert.", valueName: "host"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("De poort waarop de server luistert.", valueName: "poort"))
    var port = 8090

    func run() async throws {
        let router = Router()
        router.get("/") { _, _ in "Tafel plafond\n" }
        let app = Application(router: router, configuration: .init(address: .hostname(host, port: port)))
        try await app.runService()
    }
}
