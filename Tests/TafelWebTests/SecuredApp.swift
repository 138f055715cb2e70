import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import SQLKit
import TafelCore
import TafelStore
import TafelTestSupport
import TafelWeb
import Testing

/// The demo data plus one account per role and canary records at each confidentiality
/// level, on a fresh database of one backend; the application is built on top of it.
struct SecuredApp: Sendable {
    enum Account: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case anonymous, lezer, lidLezer, redacteur, scopedRedacteur, beheerder
        var testDescription: String { rawValue }
    }

    struct Credentials: Sendable {
        let cookie: String?
        let csrf: String
        let token: String?
    }

    /// Unique strings that exist only in non-public records: any response carrying one to
    /// someone not entitled to it is a leak.
    let internalToken: String
    let confidentialToken: String
    let database: Database
    let credentials: [Account: Credentials]
    /// A document that names gemeente-assen for access (the scoped editor's own).
    let ownDocumentID: String
    /// A public demo document that names no organisation for access.
    let otherDocumentID: String
    let internalDocumentID: String
    let confidentialDocumentID: String

    static let password = "correct paard batterij niet"
    static let scope = Group(kind: .organisatie, id: "gemeente-assen")

    static func with(_ backend: Database.Backend, publicCacheLifetime: Duration = .zero,
                     _ body: @Sendable (SecuredApp, any TestClientProtocol) async throws -> Void) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let app = try await SecuredApp.plant(in: database)
            let config = AppConfig(database: database.location, logLevel: .warning, publicCacheLifetime: publicCacheLifetime,
                                   metricsToken: DemoApp.metricsToken)
            let application = try await buildApplication(config: config, database: database, logger: DemoApp.logger)
            try await application.test(.router) { client in try await body(app, client) }
        }
    }

    /// The stored version of a record (what an edit form or an `If-Match` must name).
    func version(_ kind: RecordKind, _ id: String) async throws -> Int {
        let table = kind == .document ? "documents" : "collaborations"
        return try await database.sql.raw("SELECT version FROM \(ident: table) WHERE id = \(bind: id)")
            .first(decodingColumn: "version", as: Int.self) ?? 0
    }

    static func plant(in database: Database) async throws -> SecuredApp {
        let accounts = Accounts(database: database, cost: 4)
        let sessions = Sessions(database: database)
        let tokens = APITokens(database: database)
        var credentials: [Account: Credentials] = [.anonymous: Credentials(cookie: nil, csrf: "", token: nil)]
        var viewers: [Account: Viewer] = [:]
        for account in Account.allCases where account != .anonymous {
            let (role, groups): (Role, [Group]) = switch account {
            case .lezer: (.lezer, [])
            case .lidLezer: (.lezer, [scope])
            case .redacteur: (.redacteur, [])
            case .scopedRedacteur: (.redacteur, [scope])
            case .beheerder, .anonymous: (.beheerder, [])
            }
            let user = try await accounts.create(email: "\(account.rawValue)@test.example", name: account.rawValue.capitalized,
                                                 role: role, password: password, groups: groups)
            let session = try await sessions.start(userID: user.id)
            let csrf = try #require(try await sessions.find(token: session)).csrfToken
            let token = try await tokens.create(userID: user.id, name: "test").secret
            credentials[account] = Credentials(cookie: "tafel_sessie=\(session)", csrf: csrf, token: token)
            viewers[account] = Viewer(user: user)
        }
        let unique = UUID().uuidString.lowercased().prefix(8)
        let internalToken = "kanarie-intern-\(unique)"
        let confidentialToken = "kanarie-geheim-\(unique)"
        let admin = try #require(viewers[.beheerder])
        let editor = DocumentEditor(database: database)
        func draft(_ title: String, _ level: Confidentiality, access: [Group] = []) throws -> DocumentDraft {
            try DocumentDraft(.init(titel: title, soort: "notulen", datum: "2026-11-01", tekst: "Tekst: \(title).",
                                    vertrouwelijkheid: level.rawValue, toegang: access.map(\.code)))
        }
        let internalDocumentID = try await editor.create(try draft("Notulen \(internalToken)", .intern), by: admin)
        let confidentialDocumentID = try await editor.create(try draft("Notulen \(confidentialToken)", .vertrouwelijk, access: [scope]), by: admin)
        let ownDocumentID = try await editor.create(try draft("Openbare notulen Assen", .openbaar, access: [scope]), by: admin)

        // Non-public records of every kind, linked to public ones so that a leak through a relation shows.
        let sql = database.sql
        let now = Timestamp.now()
        func insert(_ statement: SQLQueryString) async throws { try await sql.raw(statement).run() }
        for (level, token) in [(Confidentiality.intern, internalToken), (.vertrouwelijk, confidentialToken)] {
            let l = level.rawValue
            try await insert("INSERT INTO organisations (id, name, kind, confidentiality, created_at, updated_at) VALUES (\(bind: "org-\(token)"), \(bind: "Organisatie \(token)"), 'vereniging', \(bind: l), \(bind: now), \(bind: now))")
            try await insert("INSERT INTO persons (id, name, confidentiality, created_at, updated_at) VALUES (\(bind: "persoon-\(token)"), \(bind: "Persoon \(token)"), \(bind: l), \(bind: now), \(bind: now))")
            try await insert("INSERT INTO bodies (id, name, kind, organisation_id, confidentiality, created_at, updated_at) VALUES (\(bind: "gremium-\(token)"), \(bind: "Gremium \(token)"), 'werkgroep', 'gemeente-assen', \(bind: l), \(bind: now), \(bind: now))")
            try await insert("INSERT INTO collaborations (id, name, purpose, confidentiality, created_at, updated_at) VALUES (\(bind: "samenwerking-\(token)"), \(bind: "Samenwerking \(token)"), \(bind: "Doel \(token)"), \(bind: l), \(bind: now), \(bind: now))")
            try await insert("INSERT INTO collaboration_participants (collaboration_id, organisation_id, role, created_at, updated_at) VALUES (\(bind: "samenwerking-\(token)"), 'gemeente-assen', 'deelnemer', \(bind: now), \(bind: now))")
            try await insert("INSERT INTO meetings (id, name, kind, status, date, body_id, confidentiality, created_at, updated_at) VALUES (\(bind: "bijeenkomst-\(token)"), \(bind: "Bijeenkomst \(token)"), 'overleg', 'gehouden', '2026-11-02', \(bind: "gremium-\(token)"), \(bind: l), \(bind: now), \(bind: now))")
            try await insert("INSERT INTO memberships (id, person_id, organisation_id, role, created_at, updated_at) VALUES (\(bind: "lid-\(token)"), \(bind: "persoon-\(token)"), 'gemeente-assen', 'lid', \(bind: now), \(bind: now))")
            for kind in ["organisation", "collaboration", "body", "meeting", "person"] {
                let id = ["organisation": "org-", "collaboration": "samenwerking-", "body": "gremium-", "meeting": "bijeenkomst-", "person": "persoon-"][kind]! + token
                if level == .vertrouwelijk {
                    try await insert("INSERT INTO record_access (subject_kind, subject_id, organisation_id) VALUES (\(bind: kind), \(bind: id), 'gemeente-assen')")
                }
            }
        }
        // A public fact of a public record quoting the confidential document.
        try await insert("INSERT INTO sources (subject_kind, subject_id, position, document_id, passage, created_at, updated_at) VALUES ('organisation', 'gemeente-assen', 999, \(bind: confidentialDocumentID), \(bind: "Passage \(confidentialToken)"), \(bind: now), \(bind: now))")
        // Rows written by SQL, not through an editor: the search index learns of them as after a load.
        try await SearchIndex.rebuild(database)
        let otherDocumentID = try #require(try await sql.raw("SELECT id FROM documents WHERE confidentiality = 'openbaar' AND id NOT IN (SELECT subject_id FROM record_access) ORDER BY id LIMIT 1").first(decodingColumn: "id", as: String.self))
        return SecuredApp(internalToken: internalToken, confidentialToken: confidentialToken, database: database,
                          credentials: credentials, ownDocumentID: ownDocumentID, otherDocumentID: otherDocumentID,
                          internalDocumentID: internalDocumentID, confidentialDocumentID: confidentialDocumentID)
    }

    func headers(_ account: Account, api: Bool = false, form: Bool = false) -> HTTPFields {
        var fields = HTTPFields()
        let credentials = credentials[account]!
        if api, let token = credentials.token { fields[.authorization] = "Bearer \(token)" }
        if !api, let cookie = credentials.cookie { fields[.cookie] = cookie }
        if form { fields[.contentType] = "application/x-www-form-urlencoded" }
        if api { fields[.contentType] = "application/json" }
        return fields
    }

    func form(_ account: Account, _ fields: [(String, String)], csrf: Bool = true) -> ByteBuffer {
        let all = (csrf ? [("csrf", credentials[account]!.csrf)] : []) + fields
        return ByteBuffer(string: all.map { "\($0.0)=\(Self.encode($0.1))" }.joined(separator: "&"))
    }

    /// A `multipart/form-data` post as a browser sends it: the CSRF token, the fields, the files.
    func multipart(_ account: Account, _ fields: [(String, String)], files: [(field: String, name: String, data: Data)])
        -> (headers: HTTPFields, body: ByteBuffer) {
        let boundary = "grens-\(UUID().uuidString)"
        var body = Data()
        for (name, value) in [("csrf", credentials[account]!.csrf)] + fields {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for file in files {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
            body += file.data + Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        var headers = headers(account)
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        return (headers, ByteBuffer(bytes: body))
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}
