import Foundation

/// An account: someone who signs in to read internal material or to edit.
public struct User: Sendable, Hashable, Identifiable {
    public let id: String
    public var email: String
    public var name: String
    public var role: Role
    public var personID: String?
    public var groups: [Group]
    public var blocked: Bool
    public var lastSignIn: Date?

    public init(id: String, email: String, name: String, role: Role, personID: String?, groups: [Group],
                blocked: Bool, lastSignIn: Date?) {
        self.id = id; self.email = email; self.name = name; self.role = role; self.personID = personID
        self.groups = groups; self.blocked = blocked; self.lastSignIn = lastSignIn
    }

    /// Lower-cased and trimmed, so that sign-in does not depend on how it was typed.
    public static func normalise(email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    public static func validate(email: String) throws(ValidationFailure) -> String {
        let email = normalise(email: email)
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard email.count <= 254, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !email.contains(where: \.isWhitespace)
        else {
            throw ValidationFailure([FieldProblem(field: "email", code: "ongeldig",
                message: "email moet een geldig e-mailadres zijn; ontvangen: ‘\(email)’.")])
        }
        return email
    }

    public static let minimumPasswordLength = 12

    public static func validate(password: String) throws(ValidationFailure) {
        guard password.count >= minimumPasswordLength, password.utf8.count <= 72 else {
            throw ValidationFailure([FieldProblem(field: "wachtwoord", code: "ongeldig",
                message: "wachtwoord moet \(minimumPasswordLength) tot 72 tekens lang zijn.")])
        }
    }
}
