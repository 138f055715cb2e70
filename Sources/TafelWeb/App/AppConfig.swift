import Logging
import TafelCore

/// Everything `buildApplication` needs to know, resolved by the CLI from flags,
/// environment and `.env` (in that order) or set directly by tests and benchmarks.
public struct AppConfig: Sendable {
    public var host: String
    public var port: Int
    public var database: DatabaseLocation
    public var logLevel: Logger.Level
    /// Public base URL, used in absolute links and to decide on `Strict-Transport-Security`.
    public var publicURL: String?
    /// The organisation (id) that publishes documents for the Woo-index; nil is the province.
    public var wooPublisher: String?
    /// How long an anonymous visitor's page or API answer may be served again (`PublicResponseCache`); zero turns that off.
    public var publicCacheLifetime: Duration

    /// The bearer token `/metrics` asks for; without one, `/metrics` is not served at all.
    public var metricsToken: String?

    /// The rules the structure of bodies is checked against (`/overlegstructuur/controle`); nil for Drenthe's (seed 003).
    public var structureRules: StructureRuleSet?

    public static let defaultPublicCacheSeconds = 10

    public static let defaultHost = "127.0.0.1"
    public static let defaultPort = 8080

    public init(host: String = AppConfig.defaultHost, port: Int = AppConfig.defaultPort,
                database: DatabaseLocation = .sqlite(path: "data/tafel.sqlite"),
                logLevel: Logger.Level = .info, publicURL: String? = nil, publicCacheLifetime: Duration = .zero,
                metricsToken: String? = nil) {
        self.metricsToken = metricsToken
        self.host = host
        self.port = port
        self.database = database
        self.logLevel = logLevel
        self.publicURL = publicURL
        self.publicCacheLifetime = publicCacheLifetime
    }

    /// Served over TLS (behind a proxy that terminates it): then HSTS and `Secure` cookies.
    public var servedOverTLS: Bool { publicURL?.hasPrefix("https://") ?? false }
}
