import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Prometheus
import TafelCore
import TafelDemo
import TafelStore
import TafelWeb
import Testing

/// A suite trait: one SQLite file with the demo data set loaded, for every test in the
/// suite (they only read), removed afterwards. Each test builds its own application on it.
struct DemoApp: SuiteTrait, TestScoping {
    struct Loaded: Sendable {
        let database: Database
        let location: DatabaseLocation
    }

    @TaskLocal static var loaded: Loaded?

    static let logger = Logger(label: "tafel-web-tests") { _ in SwiftLogNoOpLogHandler() }

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tafel-web-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let location = DatabaseLocation.sqlite(path: folder.appendingPathComponent("tafel.sqlite").path)
        let database = try await Database.open(location, logger: Self.logger)
        do {
            try await Migrator(database: database, logger: Self.logger).migrate()
            try await DemoLoader(database: database, logger: Self.logger).load(try DemoDataSet.bundled())
            try await Self.$loaded.withValue(Loaded(database: database, location: location)) { try await function() }
        } catch {
            try? await database.close()
            throw error
        }
        try await database.close()
    }

    static let metricsToken = "metriek-token-voor-de-tests"

    /// Builds the application on the demo database and runs `body` against its router.
    static func test(
        metrics: PrometheusCollectorRegistry = PrometheusCollectorRegistry(),
        _ body: @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        let loaded = try #require(loaded, "the suite needs the .demoApp trait")
        let app = try await buildApplication(
            config: AppConfig(database: loaded.location, logLevel: .warning, metricsToken: metricsToken), database: loaded.database,
            logger: logger, metrics: metrics)
        try await app.test(.router, body)
    }
}

extension Trait where Self == DemoApp {
    /// The demo data set in a SQLite file, shared by the suite.
    static var demoApp: Self { Self() }
}

extension TestClientProtocol {
    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await execute(uri: uri, method: .get, headers: headers)
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    func header(_ name: String) -> String? {
        HTTPField.Name(name).flatMap { headers[$0] }
    }

    /// The body as a JSON object.
    func json(sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any], "not a JSON object: \(text.prefix(200))", sourceLocation: sourceLocation)
    }
}

/// How the views write a value into HTML (`HTML.escape`).
func html(_ text: String) -> String {
    var out = ""
    for character in text {
        switch character {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.append(character)
        }
    }
    return out
}

/// The JSON helpers: nested values of a decoded object.
extension Dictionary where Key == String, Value == Any {
    func object(_ key: String) -> [String: Any]? { self[key] as? [String: Any] }
    func objects(_ key: String) -> [[String: Any]]? { self[key] as? [[String: Any]] }
    func string(_ key: String) -> String? { self[key] as? String }
    func bool(_ key: String) -> Bool? { self[key] as? Bool }
    func int(_ key: String) -> Int? { (self[key] as? Int) ?? (self[key] as? NSNumber)?.intValue }
    func href(_ link: String) -> String? { object("_links")?.object(link)?.string("href") }
}
