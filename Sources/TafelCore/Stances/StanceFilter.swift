/// The filters of the positions list (`/standpunten` and its API): `richting`, `status`,
/// `eigenaar`, `organisatie` (one that supports it), `lobbyagenda` (`ja`: on it, `nee`: not), `q`, and paging.
public struct StanceFilter: PagedQuery, Hashable {
    public var addressee: StanceAddressee?
    public var status: StanceStatus?
    public var owner: String?
    public var supporter: String?
    public var onLobbyAgenda: Bool?
    public var search: SearchText?
    public var page: PageRequest

    public init(addressee: StanceAddressee? = nil, status: StanceStatus? = nil, owner: String? = nil, supporter: String? = nil,
                onLobbyAgenda: Bool? = nil, search: SearchText? = nil, page: PageRequest = PageRequest()) {
        self.addressee = addressee; self.status = status; self.owner = owner; self.supporter = supporter; self.onLobbyAgenda = onLobbyAgenda
        self.search = search; self.page = page
    }

    public var isFiltered: Bool { addressee != nil || status != nil || owner != nil || supporter != nil || onLobbyAgenda != nil || search != nil }

    /// Reads raw query values; names every invalid one in Dutch.
    public static func parse(_ value: (String) -> String?) throws(ValidationFailure) -> StanceFilter {
        var check = FieldChecker()
        var filter = StanceFilter()
        filter.addressee = check.code(value("richting"), "richting", StanceAddressee.self)
        filter.status = check.code(value("status"), "status", StanceStatus.self)
        filter.owner = check.id(value("eigenaar"), "eigenaar")
        filter.supporter = check.id(value("organisatie"), "organisatie")
        if let raw = check.line(value("lobbyagenda"), "lobbyagenda") {
            switch raw {
            case "ja": filter.onLobbyAgenda = true
            case "nee": filter.onLobbyAgenda = false
            default: check.problem("lobbyagenda", "lobbyagenda ‘\(raw)’ bestaat niet; kies uit: ja, nee.")
            }
        }
        do throws(ValidationFailure) {
            filter.search = try SearchText.parse(value("q"))
            filter.page = try PageRequest.parse(page: value("page"), size: value("pageSize"))
        } catch {
            for problem in error.problems { check.problem(problem.field, problem.message, code: problem.code) }
        }
        try check.finish()
        return filter
    }

    public var queryItems: [(String, String)] {
        var items: [(String, String)] = []
        if let search { items.append(("q", search.text)) }
        if let addressee { items.append(("richting", addressee.rawValue)) }
        if let status { items.append(("status", status.rawValue)) }
        if let owner { items.append(("eigenaar", owner)) }
        if let supporter { items.append(("organisatie", supporter)) }
        if let onLobbyAgenda { items.append(("lobbyagenda", onLobbyAgenda ? "ja" : "nee")) }
        return items
    }
}
