import TafelCore
import TafelStore

/// The editor account that comes with the demo data, so that a fresh demo can be tried
/// out at once. Its password is new each time and shown once.
public enum DemoEditor {
    public static let email = "redacteur@tafel.example"
    public static let name = "Demo-redacteur"

    /// Creates the account, or gives it a new password when it exists; returns the password.
    public static func prepare(in database: Database) async throws -> String {
        let accounts = Accounts(database: database)
        let password = Secret.password()
        if try await accounts.user(email: email) != nil {
            try await accounts.setPassword(email: email, password: password)
        } else {
            _ = try await accounts.create(email: email, name: name, role: .redacteur, password: password)
        }
        return password
    }
}
