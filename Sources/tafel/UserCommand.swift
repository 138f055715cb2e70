import ArgumentParser
import Foundation
import TafelCore
import TafelStore

/// `tafel gebruiker …`: accounts from the command line, so that a fresh install gets its first beheerder.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gebruiker",
        abstract: "Beheer gebruikers: toevoegen, rol of wachtwoord wijzigen, blokkeren, opsommen.",
        subcommands: [Add.self, SetRole.self, SetGroups.self, SetPassword.self, Block.self, List.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "toevoegen",
            abstract: "Voeg een gebruiker toe. Het gegenereerde wachtwoord wordt eenmaal getoond.",
            discussion: """
                Rollen: beheerder (beheert gebruikers en alles), redacteur (wijzigt gegevens; met --organisatie of \
                --gremium alleen wat die noemt), lezer (leest interne stukken). Lidmaatschappen (--organisatie, \
                --gremium) geven ook toegang tot vertrouwelijke stukken van die organisaties en gremia.
                """)

        @OptionGroup var options: DatabaseOptions
        @Option(help: ArgumentHelp("Het e-mailadres (inlognaam).", valueName: "adres")) var email: String
        @Option(help: ArgumentHelp("De naam zoals Tafel die toont.", valueName: "naam")) var naam: String
        @Option(help: ArgumentHelp("beheerder, redacteur of lezer.", valueName: "rol")) var rol: String
        @Option(help: ArgumentHelp("Het id van de persoon in het register die dit is.", valueName: "id")) var persoon: String?
        @Option(help: ArgumentHelp("Lid van deze organisatie (herhaalbaar).", valueName: "id")) var organisatie: [String] = []
        @Option(help: ArgumentHelp("Lid van dit gremium (herhaalbaar).", valueName: "id")) var gremium: [String] = []
        @Flag(name: .customLong("wachtwoord-stdin"), help: "Lees het wachtwoord (minstens 12 tekens) van standaardinvoer.")
        var passwordFromStandardInput = false

        func run() async throws {
            try await reportingFailures {
                let role = try parseRole(rol)
                let password = passwordFromStandardInput ? try readPassword() : Secret.password()
                let groups = organisatie.map { Group(kind: .organisatie, id: $0) } + gremium.map { Group(kind: .gremium, id: $0) }
                let user = try await options.withDatabase { database in
                    try await Accounts(database: database).create(email: email, name: naam, role: role, password: password,
                                                                  personID: persoon, groups: groups)
                }
                print("Gebruiker toegevoegd: \(user.email) (\(user.role.rawValue)).")
                if !passwordFromStandardInput { print("Wachtwoord (eenmalig getoond): \(password)") }
            }
        }
    }

    struct SetRole: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rol", abstract: "Geef een gebruiker een andere rol.")

        @OptionGroup var options: DatabaseOptions
        @Option(help: ArgumentHelp("Het e-mailadres.", valueName: "adres")) var email: String
        @Option(help: ArgumentHelp("beheerder, redacteur of lezer.", valueName: "rol")) var rol: String

        func run() async throws {
            try await reportingFailures {
                let role = try parseRole(rol)
                try await options.withDatabase { try await Accounts(database: $0).setRole(email: email, role: role) }
                print("Rol van \(User.normalise(email: email)) is nu \(role.rawValue).")
            }
        }
    }

    struct SetGroups: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lidmaatschappen",
            abstract: "Vervang de organisaties en gremia waarvan een gebruiker lid is (zonder opties: geen).",
            discussion: "Lidmaatschappen geven toegang tot vertrouwelijke stukken die ze noemen, en beperken een redacteur tot wat ze noemen.")

        @OptionGroup var options: DatabaseOptions
        @Option(help: ArgumentHelp("Het e-mailadres.", valueName: "adres")) var email: String
        @Option(help: ArgumentHelp("Lid van deze organisatie (herhaalbaar).", valueName: "id")) var organisatie: [String] = []
        @Option(help: ArgumentHelp("Lid van dit gremium (herhaalbaar).", valueName: "id")) var gremium: [String] = []

        func run() async throws {
            try await reportingFailures {
                let groups = organisatie.map { Group(kind: .organisatie, id: $0) } + gremium.map { Group(kind: .gremium, id: $0) }
                try await options.withDatabase { try await Accounts(database: $0).setGroups(email: email, groups) }
                print(groups.isEmpty ? "\(User.normalise(email: email)) is nergens meer lid van."
                                     : "\(User.normalise(email: email)) is lid van: \(groups.map(\.code).joined(separator: ", ")).")
            }
        }
    }

    struct SetPassword: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "wachtwoord",
            abstract: "Geef een gebruiker een nieuw wachtwoord; bestaande sessies vervallen.")

        @OptionGroup var options: DatabaseOptions
        @Option(help: ArgumentHelp("Het e-mailadres.", valueName: "adres")) var email: String
        @Flag(name: .customLong("wachtwoord-stdin"), help: "Lees het wachtwoord (minstens 12 tekens) van standaardinvoer.")
        var passwordFromStandardInput = false

        func run() async throws {
            try await reportingFailures {
                let password = passwordFromStandardInput ? try readPassword() : Secret.password()
                try await options.withDatabase { try await Accounts(database: $0).setPassword(email: email, password: password) }
                print("Wachtwoord van \(User.normalise(email: email)) gewijzigd.")
                if !passwordFromStandardInput { print("Nieuw wachtwoord (eenmalig getoond): \(password)") }
            }
        }
    }

    struct Block: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "blokkeren",
            abstract: "Blokkeer een gebruiker (sessies en tokens werken niet meer), of hef dat op.")

        @OptionGroup var options: DatabaseOptions
        @Option(help: ArgumentHelp("Het e-mailadres.", valueName: "adres")) var email: String
        @Flag(name: .customLong("opheffen"), help: "Hef de blokkade op.") var lift = false

        func run() async throws {
            try await reportingFailures {
                try await options.withDatabase { try await Accounts(database: $0).setBlocked(email: email, !lift) }
                print(lift ? "Blokkade van \(User.normalise(email: email)) opgeheven." : "\(User.normalise(email: email)) is geblokkeerd.")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "lijst", abstract: "Toon alle gebruikers.")

        @OptionGroup var options: DatabaseOptions

        func run() async throws {
            try await reportingFailures {
                let users = try await options.withDatabase { try await Accounts(database: $0).all() }
                if users.isEmpty { print("Er zijn nog geen gebruikers. Maak er een met `tafel gebruiker toevoegen`.") }
                for user in users {
                    let groups = user.groups.isEmpty ? "" : "  lid van: " + user.groups.map(\.code).joined(separator: ", ")
                    print("\(user.email)\t\(user.role.rawValue)\t\(user.name)\(user.blocked ? "\tGEBLOKKEERD" : "")\(groups)")
                }
            }
        }
    }
}

/// `tafel token maken`: a personal API token, shown once.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Maak, bekijk en trek API-tokens van gebruikers in.",
        subcommands: [Make.self, List.self, Revoke.self])

    struct Make: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "maken",
            abstract: "Maak een nieuw API-token voor een gebruiker en toon het eenmaal.",
            discussion: "Roteren: maak een nieuw token, zet het in de koppeling, en trek het oude in op de accountpagina.")

        @OptionGroup var options: DatabaseOptions
        @Option(help: ArgumentHelp("Het e-mailadres van de gebruiker.", valueName: "adres")) var email: String
        @Option(help: ArgumentHelp("Een naam om het token aan te herkennen.", valueName: "naam")) var naam = "opdrachtregel"

        func run() async throws {
            try await reportingFailures {
                let secret = try await options.withDatabase { database in
                    try await APITokens(database: database).create(userID: try await userID(email, in: database), name: naam).secret
                }
                print(secret)
            }
        }
    }
}

extension TokenCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "lijst", abstract: "Toon de API-tokens van een gebruiker.")

        @OptionGroup var options: DatabaseOptions
        @Option(help: ArgumentHelp("Het e-mailadres van de gebruiker.", valueName: "adres")) var email: String

        func run() async throws {
            try await reportingFailures {
                let tokens = try await options.withDatabase { database in
                    try await APITokens(database: database).list(userID: try await userID(email, in: database))
                }
                if tokens.isEmpty { print("Deze gebruiker heeft geen API-tokens.") }
                for token in tokens {
                    let state = token.revoked.map { "ingetrokken \(Timestamp.string($0))" } ?? "actief"
                    print("\(token.id)\t\(token.prefix)…\t\(token.name)\t\(state)")
                }
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "intrekken",
            abstract: "Trek een API-token in; het werkt daarna niet meer.",
            discussion: "Het id staat in `tafel token lijst`.")

        @OptionGroup var options: DatabaseOptions
        @Option(help: ArgumentHelp("Het e-mailadres van de gebruiker.", valueName: "adres")) var email: String
        @Option(help: ArgumentHelp("Het id van het token.", valueName: "id")) var id: String

        func run() async throws {
            try await reportingFailures {
                let revoked = try await options.withDatabase { database in
                    try await APITokens(database: database).revoke(id: id, userID: try await userID(email, in: database))
                }
                guard revoked else { throw CommandFailure("Deze gebruiker heeft geen actief token met id ‘\(id)’.") }
                print("Token \(id) ingetrokken.")
            }
        }
    }
}

private func userID(_ email: String, in database: Database) async throws -> String {
    guard let user = try await Accounts(database: database).user(email: email) else {
        throw CommandFailure("Er is geen gebruiker met e-mailadres ‘\(User.normalise(email: email))’.")
    }
    return user.id
}

private func parseRole(_ text: String) throws -> Role {
    guard let role = Role(rawValue: text.lowercased()) else {
        throw CommandFailure("--rol ‘\(text)’ bestaat niet; kies uit: beheerder, redacteur, lezer.")
    }
    return role
}

private func readPassword() throws -> String {
    guard let line = readLine(strippingNewline: true), !line.isEmpty else {
        throw CommandFailure("--wachtwoord-stdin: er kwam geen wachtwoord binnen op standaardinvoer.")
    }
    return line
}
