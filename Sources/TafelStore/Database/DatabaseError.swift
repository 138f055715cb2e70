import Foundation
import PostgresKit
import TafelCore

/// Why the database could not be used, in one Dutch line for the person running Tafel.
public enum DatabaseError: Error, Sendable, CustomStringConvertible {
    case invalidURL(location: DatabaseLocation)
    case cannotCreate(path: String, underlying: any Error)
    case unreachable(location: DatabaseLocation, underlying: any Error)
    case notEmpty(location: DatabaseLocation)
    case migrationFailed(version: Int, name: String, underlying: any Error)
    case newerSchema(found: Int, known: Int)

    public var description: String {
        switch self {
        case .invalidURL(let location):
            return "De database-URL \(location) is ongeldig: gebruik postgres://gebruiker:wachtwoord@host:poort/database."
        case .cannotCreate(let path, let underlying):
            return "De map voor het databasebestand \(path) kan niet worden gemaakt: \(underlying.localizedDescription)"
        case .unreachable(let location, let underlying):
            return "De database \(location) is niet bereikbaar: \(Self.reason(underlying))."
        case .notEmpty(let location):
            return "De database \(location) bevat al gegevens. Gebruik --opnieuw om alles te wissen en de demogegevens opnieuw te laden."
        case .migrationFailed(let version, let name, let underlying):
            return "Migratie \(version) (\(name)) is mislukt en teruggedraaid: \(Self.reason(underlying))."
        case .newerSchema(let found, let known):
            return "De database heeft schemaversie \(found), deze Tafel kent versies tot en met \(known). Gebruik een nieuwere Tafel."
        }
    }

    /// A readable reason without stack traces or secrets.
    static func reason(_ error: any Error) -> String {
        if let psql = error as? PSQLError {
            if let server = psql.serverInfo?[.message] { return server }
            switch psql.code {
            case .connectionError: return "er kon geen verbinding worden gemaakt (draait de server, klopt host:poort?)"
            case .unsupportedAuthMechanism, .authMechanismRequiresPassword: return "aanmelden is mislukt (klopt de gebruiker en het wachtwoord?)"
            case .sslUnsupported: return "de server ondersteunt geen TLS"
            default: return "PostgreSQL-fout \(psql.code)"
            }
        }
        let text = String(describing: error)
        if text.contains("unable to open database file") || text.contains("cantOpen") {
            return "het bestand kan niet worden geopend (bestaat de map en mag Tafel erin schrijven?)"
        }
        return text.count > 300 ? String(text.prefix(300)) + "…" : text
    }
}
