/// One search over every published kind of record (`/zoeken`, `GET /api/v1/zoeken`): the words
/// and the narrowing by collection, kind, organisation and year, and one page of what is found.
public struct SiteSearch: PagedQuery, Hashable {
    public var search: SearchText?
    /// The collection (`collectie`): a published kind of record.
    public var collection: RecordKind?
    /// The record's own kind (`soort`): a document's, body's, organisation's kind, a collaboration's form.
    public var sort: String?
    public var organisation: String?
    public var year: Int?
    public var page: PageRequest

    public init(search: SearchText? = nil, collection: RecordKind? = nil, sort: String? = nil, organisation: String? = nil,
                year: Int? = nil, page: PageRequest = PageRequest()) {
        self.search = search
        self.collection = collection
        self.sort = sort
        self.organisation = organisation
        self.year = year
        self.page = page
    }

    /// The kinds of record the search covers: every one with its own page.
    public static let collections: [RecordKind] = RecordKind.allCases.filter(\.isPublished)

    public var isNarrowed: Bool { collection != nil || sort != nil || organisation != nil || year != nil }

    /// Reads raw query values (`q`, `collectie`, `soort`, `organisatie`, `jaar`, paging); names every invalid one in Dutch.
    public static func parse(_ value: (String) -> String?) throws(ValidationFailure) -> SiteSearch {
        var check = FieldChecker()
        var search = SiteSearch()
        if let raw = check.line(value("collectie"), "collectie") {
            search.collection = collections.first { $0.collection == raw }
            if search.collection == nil {
                check.problem("collectie", "collectie ‘\(raw)’ bestaat niet; kies uit: \(collections.map(\.collection).joined(separator: ", ")).")
            }
        }
        if let raw = check.line(value("soort"), "soort", limit: 60) {
            if raw.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_" || $0 == "-") }) {
                search.sort = raw
            } else {
                check.problem("soort", "soort ‘\(raw)’ is geen code (kleine letters, cijfers, _ en -).")
            }
        }
        search.organisation = check.id(value("organisatie"), "organisatie")
        if let raw = check.line(value("jaar"), "jaar") {
            if raw.count == 4, raw.allSatisfy(\.isASCII), let year = Int(raw), year >= 0 {
                search.year = year
            } else {
                check.problem("jaar", "jaar moet een jaartal van vier cijfers zijn, zoals 2010; ontvangen: ‘\(raw)’.")
            }
        }
        do throws(ValidationFailure) {
            search.search = try SearchText.parse(value("q"))
            search.page = try PageRequest.parse(page: value("page"), size: value("pageSize"))
        } catch {
            for problem in error.problems { check.problem(problem.field, problem.message, code: problem.code) }
        }
        try check.finish()
        return search
    }

    /// The search as a link writes it (paging apart).
    public var queryItems: [(String, String)] {
        var items: [(String, String)] = []
        if let search { items.append(("q", search.text)) }
        if let collection { items.append(("collectie", collection.collection)) }
        if let sort { items.append(("soort", sort)) }
        if let organisation { items.append(("organisatie", organisation)) }
        if let year { items.append(("jaar", String(year))) }
        return items
    }
}

/// What a search found: one page of hits, best first, the number of all of them, and for each
/// facet how many each value would find (each counted with the other facets' choices applied).
public struct SiteSearchResults: Sendable {
    public struct Hit: Sendable, Hashable {
        public let kind: RecordKind
        public let id: String
        public let title: String
        public let sort: String?
        public let year: Int?
        public let snippet: SearchSnippet
        public let titleSnippet: SearchSnippet

        public init(kind: RecordKind, id: String, title: String, sort: String?, year: Int?, snippet: SearchSnippet, titleSnippet: SearchSnippet) {
            self.kind = kind
            self.id = id
            self.title = title
            self.sort = sort
            self.year = year
            self.snippet = snippet
            self.titleSnippet = titleSnippet
        }
    }

    public struct Count<Value: Sendable & Hashable>: Sendable, Hashable {
        public let value: Value
        public let count: Int
        public init(value: Value, count: Int) {
            self.value = value
            self.count = count
        }
    }

    public struct SortValue: Sendable, Hashable {
        public let kind: RecordKind
        public let code: String
        public init(kind: RecordKind, code: String) {
            self.kind = kind
            self.code = code
        }

        /// The code in words, from the vocabulary of its kind.
        public var label: String {
            func word<V: Vocabulary>(_ type: V.Type) -> String? { V(rawValue: code)?.label }
            let label: String? = switch kind {
            case .organisation: word(OrganisationKind.self)
            case .body: word(BodyKind.self)
            case .collaboration: word(CollaborationForm.self)
            case .meeting: word(MeetingKind.self)
            case .document: word(DocumentKind.self)
            case .programme: word(ProgrammeStatus.self)
            case .agendaRequest: word(AgendaRequestStatus.self)
            case .policyProduct: word(PolicyTaskKind.self)
            case .stance: word(StanceStatus.self)
            default: nil
            }
            return label ?? code
        }
    }

    public let hits: Page<Hit>
    public let collections: [Count<RecordKind>]
    public let sorts: [Count<SortValue>]
    public let years: [Count<Int>]
    public let organisations: [Count<Reference>]

    public init(hits: Page<Hit>, collections: [Count<RecordKind>], sorts: [Count<SortValue>], years: [Count<Int>],
                organisations: [Count<Reference>]) {
        self.hits = hits
        self.collections = collections
        self.sorts = sorts
        self.years = years
        self.organisations = organisations
    }
}
