import TafelCore
import TafelStore

/// Every address Tafel serves or links to, declared once. A route prints its own path and
/// query (`href`); the router registers each handler with the same route, printed with
/// `SiteRoute.idParameter` where the id goes, so that a path is never spelled twice.
/// Queries are typed (`RegisterFilter`, `Catalog.ListQuery`) and parsed back by the same
/// types, so a link and its page cannot drift apart.
enum SiteRoute: Hashable, Sendable {
    // The public pages.
    case home
    case accessibility
    case list(RecordKind, Catalog.ListQuery = .init())
    case record(RecordKind, String)
    case history(RecordKind, String)
    case register(RegisterFilter = .init())
    case registerCSV(RegisterFilter = .init())
    case registerJSON(RegisterFilter = .init())
    case registerOverview
    /// The commitments register (toezeggingen) and its deadlines as a calendar feed.
    case commitments(CommitmentFilter = .init())
    case commitmentDeadlines
    /// The register's selection as Open Raadsinformatie JSON and as CSV.
    case commitmentsODS(CommitmentFilter = .init())
    case commitmentsCSV(CommitmentFilter = .init())
    /// The agenda requests of fractions, and their questions and answers as Open Raadsinformatie and CSV.
    case agendaRequests(AgendaRequestFilter = .init())
    case agendaRequestsODS(AgendaRequestFilter = .init())
    case agendaRequestsCSV(AgendaRequestFilter = .init())
    /// A province's policy products with their decided consequences.
    case policyProducts(PolicyProductFilter = .init())
    /// Joint draft decisions with each organisation's decision, and the coalitions they form.
    case jointDecisions(JointDecisionFilter = .init())
    /// Positions towards other governments: the lobby agenda among them.
    case stances(StanceFilter = .init())
    /// One search over every kind of record.
    case search(SiteSearch = .init())
    case wgrRegister(municipality: String? = nil)
    case organisationCollaborations(String)
    case structure(organisation: String? = nil)
    /// The bodies in which members represent the region, with their achterban.
    case representation
    /// Inzicht: what collaboration means for a province and each of its municipalities (docs/INZICHT.md).
    case insight(province: String? = nil, date: String? = nil, measure: String? = nil)
    case insightMunicipality(String, date: String? = nil)
    case insightCSV(province: String? = nil, date: String? = nil)
    case insightNetwork(province: String? = nil, date: String? = nil)
    case insightTasks(province: String? = nil, date: String? = nil)
    case insightNetworkCSV(province: String? = nil, date: String? = nil)
    case insightTasksCSV(province: String? = nil, date: String? = nil)
    case meetingsCalendar
    case meetingMonth(month: String? = nil, body: String? = nil, kind: String? = nil, organisation: String? = nil)
    case bodyCalendar(String)
    case personCalendar(String)
    case structureCheck(date: String? = nil, body: String? = nil)
    case meetingExport(String, ExportFormat)
    case bodyMeetingsExport(String, ExportFormat)
    case asset(Asset)

    // An editor's pages and form actions.
    case newCollaboration
    /// The new collaboration's form with the organisations that adopted a joint decision as participants.
    case newCollaborationFromDecision(String)
    case editCollaboration(String)
    case archiveCollaboration(String)
    case restoreCollaboration(String)
    case importCollaborations
    case newDocument
    case editDocument(String)
    /// A document's original file, as uploaded.
    case documentFile(String)
    /// A public document's DiWoo metadata (docs/WOO.md).
    case documentDiWoo(String)
    /// The sitemaps for the Woo-index, by file name (`sitemapindex-diwoo-infocat008.xml`, `diwoo-infocat008-1.xml`).
    case wooSitemap(String)
    case robots
    /// A cited passage in a document's text: the document page at the passage's anchor.
    case passage(String, anchor: String)
    case newBody
    case editBody(String)
    case editOrganisationMembers(String)
    case newProgramme
    case editProgramme(String)
    case newMeeting
    case editMeeting(String)
    /// The confirmation (GET) and the removal (POST) of a body, a meeting or a programme.
    case deleteRecord(RecordKind, String)
    case newCommitment
    case editCommitment(String)
    case newAgendaRequest
    case editAgendaRequest(String)
    case newPolicyProduct
    case editPolicyProduct(String)
    case newJointDecision
    case editJointDecision(String)
    case newStance
    case editStance(String)
    case meetingPreparation(String)
    case carryOverAction(String)
    /// What a document names, for an editor to accept (docs/HERKENNING.md).
    case documentRecognition(String)
    case acceptFinding(String)

    // Signing in and the account.
    case signIn(back: String? = nil)
    case signOut
    case account
    case accountTokens
    case revokeToken(String)

    // Operations.
    case health
    case readiness
    case metrics

    // The API (its operations are registered from the contract; these are its links).
    case apiContract
    case apiList(RecordKind, Catalog.ListQuery = .init())
    case apiRegister(RegisterFilter = .init())
    case apiCommitments(CommitmentFilter = .init())
    case apiAgendaRequests(AgendaRequestFilter = .init())
    case apiPolicyProducts(PolicyProductFilter = .init())
    case apiJointDecisions(JointDecisionFilter = .init())
    case apiStances(StanceFilter = .init())
    case apiSearch(SiteSearch = .init())
    case apiInsightMunicipality(String)
    case apiRecord(RecordKind, String)

    /// The open standards a meeting is exported in (docs/BIJEENKOMSTEN.md).
    enum ExportFormat: String, Sendable, CaseIterable {
        /// Open Raads-, Staten- en Bestuursinformatie.
        case ods
        case popolo
    }

    enum Asset: String, Sendable, CaseIterable {
        case stylesheet = "tafel.css"
        case printStylesheet = "print.css"
    }

    /// Stands in for the id when a route is registered: `/gremia/:id`.
    static let idParameter = ":id"
    /// Everything under it is the API's (an unknown address there gets problem+json).
    static let apiRoot = "/api"
    static let apiBase = apiRoot + "/v1"
    /// A router pattern for the rest of any path: where a group answers what it does not have.
    static let restOfPath = "**"
    static let assetBase = "/static"

    /// The path, without the query.
    var path: String {
        switch self {
        case .home: "/"
        case .accessibility: "/toegankelijkheid"
        case .list(let kind, _): "/" + kind.collection
        case .record(let kind, let id): "/\(kind.collection)/\(id)"
        case .history(let kind, let id): "/\(kind.collection)/\(id)/geschiedenis"
        case .register: "/samenwerkingen"
        case .registerCSV: "/samenwerkingen.csv"
        case .registerJSON: "/samenwerkingen.json"
        case .registerOverview: "/samenwerkingen/overzicht"
        case .commitments: "/toezeggingen"
        case .commitmentDeadlines: "/toezeggingen.ics"
        case .commitmentsODS: "/toezeggingen/ods"
        case .commitmentsCSV: "/toezeggingen.csv"
        case .agendaRequests: "/agenderingsverzoeken"
        case .agendaRequestsODS: "/agenderingsverzoeken/ods"
        case .agendaRequestsCSV: "/agenderingsverzoeken.csv"
        case .policyProducts: "/beleidsproducten"
        case .jointDecisions: "/gezamenlijke-besluiten"
        case .stances: "/standpunten"
        case .search: "/zoeken"
        case .wgrRegister: "/wgr-register"
        case .organisationCollaborations(let id): "/organisaties/\(id)/samenwerkingen"
        case .structure: "/overlegstructuur"
        case .representation: "/vertegenwoordiging"
        case .insight: "/inzicht"
        case .insightMunicipality(let id, _): "/inzicht/\(id)"
        case .insightCSV: "/inzicht.csv"
        case .insightNetwork: "/inzicht/netwerk"
        case .insightTasks: "/inzicht/opgaven"
        case .insightNetworkCSV: "/inzicht/netwerk.csv"
        case .insightTasksCSV: "/inzicht/opgaven.csv"
        case .meetingsCalendar: "/bijeenkomsten.ics"
        case .meetingMonth: "/bijeenkomsten/kalender"
        case .bodyCalendar(let id): "/gremia/\(id)/bijeenkomsten.ics"
        case .personCalendar(let id): "/personen/\(id)/bijeenkomsten.ics"
        case .structureCheck: "/overlegstructuur/controle"
        case .meetingExport(let id, let format): "/bijeenkomsten/\(id)/\(format.rawValue)"
        case .bodyMeetingsExport(let id, let format): "/gremia/\(id)/bijeenkomsten/\(format.rawValue)"
        case .asset(let asset): "\(Self.assetBase)/\(asset.rawValue)"
        case .newCollaboration, .newCollaborationFromDecision: "/samenwerkingen/nieuw"
        case .editCollaboration(let id): "/samenwerkingen/\(id)/bewerken"
        case .archiveCollaboration(let id): "/samenwerkingen/\(id)/archiveren"
        case .restoreCollaboration(let id): "/samenwerkingen/\(id)/herstellen"
        case .importCollaborations: "/samenwerkingen/importeren"
        case .newDocument: "/documenten/nieuw"
        case .editDocument(let id): "/documenten/\(id)/bewerken"
        case .documentFile(let id): "/documenten/\(id)/bestand"
        case .passage(let id, let anchor): "/documenten/\(id)#\(anchor)"
        case .documentDiWoo(let id): "/documenten/\(id)/diwoo.xml"
        case .wooSitemap(let name): "/sitemaps/\(name)"
        case .robots: "/robots.txt"
        case .newBody: "/gremia/nieuw"
        case .editBody(let id): "/gremia/\(id)/bewerken"
        case .editOrganisationMembers(let id): "/organisaties/\(id)/leden/bewerken"
        case .newProgramme: "/programmas/nieuw"
        case .editProgramme(let id): "/programmas/\(id)/bewerken"
        case .newMeeting: "/bijeenkomsten/nieuw"
        case .editMeeting(let id): "/bijeenkomsten/\(id)/bewerken"
        case .deleteRecord(let kind, let id): "/\(kind.collection)/\(id)/verwijderen"
        case .newCommitment: "/toezeggingen/nieuw"
        case .editCommitment(let id): "/toezeggingen/\(id)/bewerken"
        case .newAgendaRequest: "/agenderingsverzoeken/nieuw"
        case .editAgendaRequest(let id): "/agenderingsverzoeken/\(id)/bewerken"
        case .newPolicyProduct: "/beleidsproducten/nieuw"
        case .editPolicyProduct(let id): "/beleidsproducten/\(id)/bewerken"
        case .newJointDecision: "/gezamenlijke-besluiten/nieuw"
        case .editJointDecision(let id): "/gezamenlijke-besluiten/\(id)/bewerken"
        case .newStance: "/standpunten/nieuw"
        case .editStance(let id): "/standpunten/\(id)/bewerken"
        case .meetingPreparation(let id): "/bijeenkomsten/\(id)/voorbereiding"
        case .carryOverAction(let id): "/bijeenkomsten/\(id)/actiepunt-overnemen"
        case .documentRecognition(let id): "/documenten/\(id)/herkenning"
        case .acceptFinding(let id): "/documenten/\(id)/herkenning/overnemen"
        case .signIn: "/inloggen"
        case .signOut: "/uitloggen"
        case .account: "/account"
        case .accountTokens: "/account/tokens"
        case .revokeToken(let id): "/account/tokens/\(id)/intrekken"
        case .health: "/healthz"
        case .readiness: "/readyz"
        case .metrics: "/metrics"
        case .apiContract: "\(Self.apiBase)/openapi.json"
        case .apiList(let kind, _): "\(Self.apiBase)/\(kind.collection)"
        case .apiRegister: "\(Self.apiBase)/samenwerkingen"
        case .apiCommitments: "\(Self.apiBase)/toezeggingen"
        case .apiAgendaRequests: "\(Self.apiBase)/agenderingsverzoeken"
        case .apiPolicyProducts: "\(Self.apiBase)/beleidsproducten"
        case .apiJointDecisions: "\(Self.apiBase)/gezamenlijke-besluiten"
        case .apiStances: "\(Self.apiBase)/standpunten"
        case .apiSearch: "\(Self.apiBase)/zoeken"
        case .apiInsightMunicipality(let id): "\(Self.apiBase)/inzicht/\(id)"
        case .apiRecord(let kind, let id): "\(Self.apiBase)/\(kind.collection)/\(id)"
        }
    }

    /// The query, as ordered key–value pairs (defaults left out).
    var query: [(String, String)] {
        switch self {
        case .list(_, let query): query.queryItems + query.page.queryItems
        case .register(let filter): filter.queryItems + filter.page.queryItems
        case .commitments(let filter): filter.queryItems + filter.page.queryItems
        case .commitmentsODS(let filter), .commitmentsCSV(let filter): filter.queryItems
        case .agendaRequests(let filter): filter.queryItems + filter.page.queryItems
        case .agendaRequestsODS(let filter), .agendaRequestsCSV(let filter): filter.queryItems
        case .policyProducts(let filter): filter.queryItems + filter.page.queryItems
        case .jointDecisions(let filter): filter.queryItems + filter.page.queryItems
        case .stances(let filter): filter.queryItems + filter.page.queryItems
        case .search(let search): search.queryItems + search.page.queryItems
        // An API link names its page and page size always, first (NL API Design Rules: a
        // `self` link says exactly which page it is).
        case .apiList(_, let query): query.page.explicitQueryItems + query.queryItems
        case .apiRegister(let filter): filter.page.explicitQueryItems + filter.queryItems
        case .apiCommitments(let filter): filter.page.explicitQueryItems + filter.queryItems
        case .apiAgendaRequests(let filter): filter.page.explicitQueryItems + filter.queryItems
        case .apiPolicyProducts(let filter): filter.page.explicitQueryItems + filter.queryItems
        case .apiJointDecisions(let filter): filter.page.explicitQueryItems + filter.queryItems
        case .apiStances(let filter): filter.page.explicitQueryItems + filter.queryItems
        case .apiSearch(let search): search.page.explicitQueryItems + search.queryItems
        case .registerCSV(let filter), .registerJSON(let filter): filter.queryItems
        case .wgrRegister(let municipality): municipality.map { [("gemeente", $0)] } ?? []
        case .structure(let organisation): organisation.map { [("organisatie", $0)] } ?? []
        case .meetingMonth(let month, let body, let kind, let organisation):
            [month.map { ("maand", $0) }, body.map { ("gremium", $0) }, kind.map { ("soort", $0) }, organisation.map { ("organisatie", $0) }]
                .compactMap { $0 }
        case .structureCheck(let date, let body): [date.map { ("datum", $0) }, body.map { ("gremium", $0) }].compactMap { $0 }
        case .insight(let province, let date, let measure):
            [province.map { ("provincie", $0) }, date.map { ("datum", $0) }, measure.map { ("maat", $0) }].compactMap { $0 }
        case .insightMunicipality(_, let date): date.map { [("datum", $0)] } ?? []
        case .insightCSV(let province, let date), .insightNetwork(let province, let date), .insightTasks(let province, let date),
             .insightNetworkCSV(let province, let date), .insightTasksCSV(let province, let date):
            [province.map { ("provincie", $0) }, date.map { ("datum", $0) }].compactMap { $0 }
        case .signIn(let back): back.map { [("terug", $0)] } ?? []
        case .newCollaborationFromDecision(let id): [("besluit", id)]
        default: []
        }
    }

    /// What a link or a form's `action` says.
    var href: String { path + QueryString.print(query) }

    /// The page of a record, or nil for a kind without a page of its own (an agenda is its list of tasks).
    static func page(of reference: Reference) -> SiteRoute? {
        switch reference.kind {
        case .taskAgenda: .list(.task, Catalog.ListQuery(agenda: reference.id))
        case let kind where kind.isPublished: .record(kind, reference.id)
        default: nil
        }
    }

    static func page(of kind: RecordKind, _ id: String) -> SiteRoute? {
        page(of: Reference(kind: kind, id: id, name: ""))
    }

    /// The API item of a record (an agenda's is its tasks).
    static func api(of reference: Reference) -> SiteRoute {
        switch reference.kind {
        case .taskAgenda: .apiList(.task, Catalog.ListQuery(agenda: reference.id))
        default: .apiRecord(reference.kind, reference.id)
        }
    }

    /// The list page of a collection: the registers for collaborations and commitments.
    static func collection(_ kind: RecordKind) -> SiteRoute {
        switch kind {
        case .collaboration: .register()
        case .commitment: .commitments()
        case .agendaRequest: .agendaRequests()
        case .policyProduct: .policyProducts()
        case .jointDecision: .jointDecisions()
        case .stance: .stances()
        default: .list(kind)
        }
    }
}
