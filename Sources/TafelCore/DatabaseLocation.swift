import Foundation

/// Where Tafel keeps its data, parsed from a database URL:
/// `sqlite:PATH` (relative or absolute) or `postgres://user:password@host:port/database`.
public enum DatabaseLocation: Sendable, Hashable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(url: String)

    public static let defaultURL = "sqlite:data/tafel.sqlite"

    public init(url raw: String) throws(ValidationFailure) {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("sqlite:") {
            var path = String(text.dropFirst("sqlite:".count))
            if path.hasPrefix("//") { path.removeFirst(2) }
            guard !path.isEmpty else {
                throw Self.failure(raw, "er staat geen bestandspad na ‘sqlite:’, bijvoorbeeld sqlite:data/tafel.sqlite")
            }
            self = .sqlite(path: path)
            return
        }
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            let rest = text.drop(while: { $0 != ":" }).dropFirst(3)
            let authority = rest.prefix(while: { $0 != "/" })
            let database = rest.dropFirst(authority.count + 1).prefix(while: { $0 != "?" })
            let hostPort = authority.split(separator: "@").last ?? ""
            let host = hostPort.hasPrefix("[") ? hostPort.prefix(while: { $0 != "]" }) : hostPort.prefix(while: { $0 != ":" })
            guard !host.isEmpty else {
                throw Self.failure(raw, "de host ontbreekt, bijvoorbeeld postgres://tafel:geheim@127.0.0.1:5432/tafel")
            }
            if let colon = hostPort.lastIndex(of: ":"), !hostPort.hasSuffix("]") {
                let port = hostPort[hostPort.index(after: colon)...]
                guard let number = Int(port), (1...65535).contains(number) else {
                    throw Self.failure(raw, "de poort ‘\(port)’ is geen getal van 1 tot en met 65535")
                }
            }
            guard !database.isEmpty else {
                throw Self.failure(raw, "de naam van de database ontbreekt na de laatste ‘/’")
            }
            self = .postgres(url: text.hasPrefix("postgresql://") ? "postgres://" + text.dropFirst("postgresql://".count) : text)
            return
        }
        throw Self.failure(raw, "gebruik sqlite:PAD of postgres://gebruiker:wachtwoord@host:poort/database")
    }

    /// Safe to print: a PostgreSQL password is masked.
    public var description: String {
        switch self {
        case .sqlite(let path): return "sqlite:\(path)"
        case .postgres(let url):
            guard let at = url.lastIndex(of: "@"),
                  let colon = url[url.index(url.startIndex, offsetBy: 11)..<at].firstIndex(of: ":")
            else { return url }
            return String(url[..<url.index(after: colon)]) + "***" + String(url[at...])
        }
    }

    private static func failure(_ raw: String, _ problem: String) -> ValidationFailure {
        ValidationFailure(field: "database", code: "ongeldige_url",
                          message: "De database-URL ‘\(raw)’ is ongeldig: \(problem).")
    }
}
