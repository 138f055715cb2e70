import Foundation

/// What every stored record carries: when it was made and last changed, its
/// version for optimistic concurrency, and who may see it.
public struct RecordMeta: Sendable, Hashable {
    public let createdAt: Date
    public let updatedAt: Date
    public let version: Int
    public let confidentiality: Confidentiality

    public init(createdAt: Date, updatedAt: Date, version: Int, confidentiality: Confidentiality = .openbaar) {
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.version = version
        self.confidentiality = confidentiality
    }
}

/// The kinds of record a reference, a source or a URL can point at.
public enum RecordKind: String, Sendable, Hashable, CaseIterable {
    case organisation, person, post, membership, body, taskAgenda, task, collaboration, meeting, document, programme, commitment, agendaRequest, policyProduct, jointDecision, stance

    /// The collection's path segment, shared by the web UI and the API.
    public var collection: String {
        switch self {
        case .organisation: "organisaties"
        case .person: "personen"
        case .post: "posten"
        case .membership: "lidmaatschappen"
        case .body: "gremia"
        case .taskAgenda: "opgavenagendas"
        case .task: "opgaven"
        case .collaboration: "samenwerkingen"
        case .meeting: "bijeenkomsten"
        case .document: "documenten"
        case .programme: "programmas"
        case .commitment: "toezeggingen"
        case .agendaRequest: "agenderingsverzoeken"
        case .policyProduct: "beleidsproducten"
        case .jointDecision: "gezamenlijke-besluiten"
        case .stance: "standpunten"
        }
    }

    public var label: String {
        switch self {
        case .organisation: "Organisatie"
        case .person: "Persoon"
        case .post: "Post"
        case .membership: "Lidmaatschap"
        case .body: "Gremium"
        case .taskAgenda: "Opgavenagenda"
        case .task: "Opgave"
        case .collaboration: "Samenwerking"
        case .meeting: "Bijeenkomst"
        case .document: "Document"
        case .programme: "Programma"
        case .commitment: "Toezegging"
        case .agendaRequest: "Agenderingsverzoek"
        case .policyProduct: "Beleidsproduct"
        case .jointDecision: "Gezamenlijk besluit"
        case .stance: "Standpunt"
        }
    }

    public var pluralLabel: String {
        switch self {
        case .organisation: "Organisaties"
        case .person: "Personen"
        case .post: "Posten"
        case .membership: "Lidmaatschappen"
        case .body: "Gremia"
        case .taskAgenda: "Opgavenagenda’s"
        case .task: "Opgaven"
        case .collaboration: "Samenwerkingen"
        case .meeting: "Bijeenkomsten"
        case .document: "Documenten"
        case .programme: "Programma’s"
        case .commitment: "Toezeggingen"
        case .agendaRequest: "Agenderingsverzoeken"
        case .policyProduct: "Beleidsproducten"
        case .jointDecision: "Gezamenlijke besluiten"
        case .stance: "Standpunten"
        }
    }

    /// Whether the record has its own page and API item.
    public var isPublished: Bool {
        switch self {
        case .organisation, .person, .body, .task, .collaboration, .meeting, .document, .programme, .commitment, .agendaRequest, .policyProduct, .jointDecision, .stance: true
        case .post, .membership, .taskAgenda: false
        }
    }
}

/// A link to another record: enough to name it and build its URL.
public struct Reference: Sendable, Hashable {
    public let kind: RecordKind
    public let id: String
    public let name: String

    public init(kind: RecordKind, id: String, name: String) {
        self.kind = kind
        self.id = id
        self.name = name
    }
}
