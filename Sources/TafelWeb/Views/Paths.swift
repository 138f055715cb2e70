import TafelCore

/// Every URL Tafel links to is built here, for the pages and the API alike.
enum SitePath {
    static let home = "/"
    static let accessibility = "/toegankelijkheid"
    static let apiBase = "/api/v1"
    static let openAPI = "/api/v1/openapi.json"
    static let stylesheet = "/static/tafel.css"
    static let signIn = "/inloggen"
    static let signOut = "/uitloggen"
    static let account = "/account"
    static let accountTokens = "/account/tokens"
    static func revokeToken(_ id: String) -> String { "/account/tokens/\(id)/intrekken" }
    static let newDocument = "/documenten/nieuw"
    static func editDocument(_ id: String) -> String { "/documenten/\(id)/bewerken" }
    static let newCollaboration = "/samenwerkingen/nieuw"
    static let importCollaborations = "/samenwerkingen/importeren"
    static let collaborationOverview = "/samenwerkingen/overzicht"
    static let wgrRegister = "/wgr-register"
    static func editCollaboration(_ id: String) -> String { "/samenwerkingen/\(id)/bewerken" }
    static func archiveCollaboration(_ id: String) -> String { "/samenwerkingen/\(id)/archiveren" }
    static func restoreCollaboration(_ id: String) -> String { "/samenwerkingen/\(id)/herstellen" }
    static func organisationCollaborations(_ id: String) -> String { "/organisaties/\(id)/samenwerkingen" }
    static func history(_ kind: RecordKind, _ id: String) -> String { "/\(kind.collection)/\(id)/geschiedenis" }

    static func collection(_ kind: RecordKind) -> String { "/" + kind.collection }

    /// The page of a record, or nil for kinds without a page of their own.
    static func record(_ reference: Reference) -> String? {
        switch reference.kind {
        case .taskAgenda: return "/opgaven?agenda=\(reference.id)"
        case let kind where kind.isPublished: return "/\(kind.collection)/\(reference.id)"
        default: return nil
        }
    }

    static func record(_ kind: RecordKind, _ id: String) -> String? {
        record(Reference(kind: kind, id: id, name: ""))
    }

    static func apiRecord(_ reference: Reference) -> String {
        switch reference.kind {
        case .taskAgenda: "\(apiBase)/opgaven?agenda=\(reference.id)"
        default: "\(apiBase)/\(reference.kind.collection)/\(reference.id)"
        }
    }

    static func apiCollection(_ kind: RecordKind) -> String { "\(apiBase)/\(kind.collection)" }
}
