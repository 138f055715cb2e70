import ArgumentParser
import Configuration
import Foundation
import Logging
import SystemPackage
import TafelCore
import TafelWeb

/// The options every command shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "De database: sqlite:PAD of postgres://gebruiker:wachtwoord@host:poort/database (standaard \(DatabaseLocation.defaultURL)).",
        valueName: "url"))
    var database: String?

    @Option(name: .customLong("log-level"), help: ArgumentHelp(
        "Hoeveel er gelogd wordt: trace, debug, info, notice, warning, error of critical (standaard info).",
        valueName: "niveau"))
    var logLevel: String?
}

/// Resolves the configuration: a flag wins over the environment, the environment over `.env`,
/// and `.env` over the defaults.
struct Settings {
    let reader: ConfigReader

    static func load() async throws -> Settings {
        let environmentFile = try await EnvironmentVariablesProvider(environmentFilePath: ".env", allowMissing: true)
        return Settings(reader: ConfigReader(providers: [EnvironmentVariablesProvider(), environmentFile]))
    }

    func database(_ flag: String?) throws -> DatabaseLocation {
        let url = flag ?? reader.string(forKey: "tafel.database.url") ?? DatabaseLocation.defaultURL
        do { return try DatabaseLocation(url: url) } catch { throw CommandFailure(error.summary) }
    }

    func host(_ flag: String?) -> String {
        flag ?? reader.string(forKey: "tafel.host") ?? AppConfig.defaultHost
    }

    func port(_ flag: String?) throws -> Int {
        guard let raw = flag ?? reader.string(forKey: "tafel.port") else { return AppConfig.defaultPort }
        guard let port = Int(raw), (1...65535).contains(port) else {
            throw CommandFailure("De poort ‘\(raw)’ is ongeldig: gebruik een getal van 1 tot en met 65535.")
        }
        return port
    }

    func logLevel(_ flag: String?) throws -> Logger.Level {
        let raw = flag ?? reader.string(forKey: "tafel.log.level") ?? "info"
        guard let level = Logger.Level(rawValue: raw.lowercased()) else {
            throw CommandFailure("Het logniveau ‘\(raw)’ is ongeldig: kies trace, debug, info, notice, warning, error of critical.")
        }
        return level
    }

    func publicURL() -> String? { reader.string(forKey: "tafel.public.url") }

    /// The organisation that publishes for the Woo-index (`TAFEL_WOO_UITGEVER`, an organisation id).
    func wooPublisher() -> String? { reader.string(forKey: "tafel.woo.uitgever").flatMap { $0.isEmpty ? nil : $0 } }

    func metricsToken() throws -> String? {
        guard let token = reader.string(forKey: "tafel.metrics.token"), !token.isEmpty else { return nil }
        guard token.count >= 16 else {
            throw CommandFailure("TAFEL_METRICS_TOKEN is te kort: gebruik minstens 16 tekens (bijvoorbeeld de uitvoer van `openssl rand -hex 24`).")
        }
        return token
    }

    func publicCacheLifetime() throws -> Duration {
        guard let raw = reader.string(forKey: "tafel.cache.seconds") else { return .seconds(AppConfig.defaultPublicCacheSeconds) }
        guard let seconds = Int(raw), (0...3600).contains(seconds) else {
            throw CommandFailure("TAFEL_CACHE_SECONDS ‘\(raw)’ is ongeldig: gebruik een aantal seconden van 0 (uit) tot en met 3600.")
        }
        return .seconds(seconds)
    }
}

/// A reason to stop, in one Dutch line, without a stack trace.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}

extension AsyncParsableCommand {
    /// Runs `body`; any failure becomes one line on standard error and exit code 1.
    func reportingFailures(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as CommandFailure {
            FileHandle.standardError.write(Data("tafel: \(error.description)\n".utf8))
            throw ExitCode.failure
        } catch let error as ExitCode {
            throw error
        } catch let error as ValidationFailure {
            FileHandle.standardError.write(Data("tafel: \(error.summary)\n".utf8))
            throw ExitCode.failure
        } catch {
            FileHandle.standardError.write(Data("tafel: \(StartupFailure.describe(error))\n".utf8))
            throw ExitCode.failure
        }
    }
}

enum StartupFailure {
    /// Turns the errors a start can meet into one readable Dutch line.
    static func describe(_ error: any Error) -> String {
        let text = String(describing: error)
        if text.contains("Address already in use") || text.contains("errno: 98") {
            return "Het adres is al in gebruik: er draait al iets op deze host en poort. Kies een andere poort met --port of TAFEL_PORT."
        }
        if text.contains("Cannot assign requested address") || text.contains("errno: 99") {
            return "Op dit adres kan Tafel niet luisteren: controleer --host of TAFEL_HOST."
        }
        if text.contains("Permission denied") || text.contains("errno: 13") {
            return "Geen toestemming om op deze poort te luisteren; kies een poort boven 1024."
        }
        return text
    }
}

func bootstrapLogging(_ level: Logger.Level) {
    LoggingSystem.bootstrap { label in
        var handler = StreamLogHandler.standardError(label: label)
        handler.logLevel = level
        return handler
    }
}
