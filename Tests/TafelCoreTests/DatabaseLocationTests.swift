import TafelCore
import Testing

@Suite("DatabaseLocation")
struct DatabaseLocationTests {
    @Test("SQLite paths, relative and absolute")
    func sqlite() throws {
        #expect(try DatabaseLocation(url: "sqlite:data/x.sqlite") == .sqlite(path: "data/x.sqlite"))
        #expect(try DatabaseLocation(url: "sqlite:/abs/path") == .sqlite(path: "/abs/path"))
        #expect(try DatabaseLocation(url: "sqlite:///abs/path") == .sqlite(path: "/abs/path"))
        #expect(try DatabaseLocation(url: "  sqlite:data/x.sqlite  ") == .sqlite(path: "data/x.sqlite"))
        #expect(try DatabaseLocation(url: DatabaseLocation.defaultURL) == .sqlite(path: "data/tafel.sqlite"))
        #expect(try DatabaseLocation(url: "sqlite:data/x.sqlite").description == "sqlite:data/x.sqlite")
    }

    @Test("PostgreSQL URLs, postgresql:// normalised to postgres://")
    func postgres() throws {
        #expect(try DatabaseLocation(url: "postgres://u:p@h:5432/db") == .postgres(url: "postgres://u:p@h:5432/db"))
        #expect(try DatabaseLocation(url: "postgresql://u:p@h:5432/db") == .postgres(url: "postgres://u:p@h:5432/db"))
        #expect(try DatabaseLocation(url: "postgres://u@h/db") == .postgres(url: "postgres://u@h/db"))
        #expect(try DatabaseLocation(url: "postgres://h:5432/db?sslmode=disable")
            == .postgres(url: "postgres://h:5432/db?sslmode=disable"))
    }

    @Test("the description masks the password")
    func masked() throws {
        let location = try DatabaseLocation(url: "postgres://tafel:geheim@127.0.0.1:5432/tafel")
        #expect(location.description == "postgres://tafel:***@127.0.0.1:5432/tafel")
        #expect(!location.description.contains("geheim"))
        #expect(try DatabaseLocation(url: "postgresql://u:p@h:5432/db").description == "postgres://u:***@h:5432/db")
        // Without a password there is nothing to mask.
        #expect(try DatabaseLocation(url: "postgres://u@h:5432/db").description == "postgres://u@h:5432/db")
    }

    @Test("a malformed URL throws a Dutch message that names the problem", arguments: [
        ("mysql://x", "gebruik sqlite:PAD of postgres://"),
        ("", "gebruik sqlite:PAD of postgres://"),
        ("data/x.sqlite", "gebruik sqlite:PAD of postgres://"),
        ("sqlite:", "er staat geen bestandspad na ‘sqlite:’"),
        ("sqlite://", "er staat geen bestandspad na ‘sqlite:’"),
        ("postgres://u@:5432/db", "de host ontbreekt"),
        ("postgres://u:p@h:99999/db", "de poort ‘99999’ is geen getal van 1 tot en met 65535"),
        ("postgres://u:p@h:0/db", "de poort ‘0’ is geen getal"),
        ("postgres://u:p@h:abc/db", "de poort ‘abc’ is geen getal"),
        ("postgres://u:p@h:5432/", "de naam van de database ontbreekt"),
        ("postgres://u:p@h:5432", "de naam van de database ontbreekt"),
    ])
    func malformed(url: String, problem: String) {
        let failure = #expect(throws: ValidationFailure.self) { try DatabaseLocation(url: url) }
        #expect(failure?.problems.count == 1)
        #expect(failure?.problems.first?.field == "database")
        #expect(failure?.problems.first?.code == "ongeldige_url")
        let message = failure?.summary ?? ""
        #expect(message.hasPrefix("De database-URL ‘\(url)’ is ongeldig: "))
        #expect(message.contains(problem))
    }
}
