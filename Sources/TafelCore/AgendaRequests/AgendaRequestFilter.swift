/// The filters of the agenda requests register (`/agenderingsverzoeken` and its API):
/// `fractie`, `gremium` (the committee), `status`, `openVragen=ja` (with a question to the
/// college not yet answered), the period `vanaf`–`tot` of submission, `q`, and paging.
public struct AgendaRequestFilter: PagedQuery, Hashable {
    public var fraction: String?
    public var body: String?
    public var status: AgendaRequestStatus?
    public var openQuestions: Bool
    public var from: PartialDate?
    public var until: PartialDate?
    public var search: SearchText?
    public var page: PageRequest

    public init(fraction: String? = nil, body: String? = nil, status: AgendaRequestStatus? = nil, openQuestions: Bool = false,
                from: PartialDate? = nil, until: PartialDate? = nil, search: SearchText? = nil, page: PageRequest = PageRequest()) {
        self.fraction = fraction; self.body = body; self.status = status; self.openQuestions = openQuestions
        self.from = from; self.until = until; self.search = search; self.page = page
    }

    public var isFiltered: Bool {
        fraction != nil || body != nil || status != nil || openQuestions || from != nil || until != nil || search != nil
    }

    /// Reads raw query values; names every invalid one in Dutch.
    public static func parse(_ value: (String) -> String?) throws(ValidationFailure) -> AgendaRequestFilter {
        var check = FieldChecker()
        var filter = AgendaRequestFilter()
        filter.fraction = check.id(value("fractie"), "fractie")
        filter.body = check.id(value("gremium"), "gremium")
        filter.status = check.code(value("status"), "status", AgendaRequestStatus.self)
        if let raw = check.line(value("openVragen"), "openVragen") {
            switch raw {
            case "ja": filter.openQuestions = true
            case "nee": filter.openQuestions = false
            default: check.problem("openVragen", "openVragen ‘\(raw)’ bestaat niet; kies uit: ja, nee.")
            }
        }
        (filter.from, filter.until) = check.period(from: value("vanaf"), until: value("tot"))
        do throws(ValidationFailure) {
            filter.search = try SearchText.parse(value("q"))
            filter.page = try PageRequest.parse(page: value("page"), size: value("pageSize"))
        } catch {
            for problem in error.problems { check.problem(problem.field, problem.message, code: problem.code) }
        }
        try check.finish()
        return filter
    }

    /// The filter as query items (defaults and paging left out): for links.
    public var queryItems: [(String, String)] {
        var items: [(String, String)] = []
        if let search { items.append(("q", search.text)) }
        if let fraction { items.append(("fractie", fraction)) }
        if let body { items.append(("gremium", body)) }
        if let status { items.append(("status", status.rawValue)) }
        if openQuestions { items.append(("openVragen", "ja")) }
        if let from { items.append(("vanaf", from.iso)) }
        if let until { items.append(("tot", until.iso)) }
        return items
    }
}
