/// The filters of the commitments register (`/toezeggingen`, `/api/v1/toezeggingen`):
/// `status`, `teLaat` (open past the deadline), `portefeuillehouder` (the person who
/// promised), `gremium` (the body that promised or that it was made to), the period
/// `vanaf`–`tot` in which it was made, `q`, and paging.
public struct CommitmentFilter: PagedQuery, Hashable {
    public var status: CommitmentStatus?
    public var overdue: Bool
    public var person: String?
    public var body: String?
    public var from: PartialDate?
    public var until: PartialDate?
    public var search: SearchText?
    public var page: PageRequest

    public init(status: CommitmentStatus? = nil, overdue: Bool = false, person: String? = nil, body: String? = nil,
                from: PartialDate? = nil, until: PartialDate? = nil, search: SearchText? = nil, page: PageRequest = PageRequest()) {
        self.status = status; self.overdue = overdue; self.person = person; self.body = body; self.from = from
        self.until = until; self.search = search; self.page = page
    }

    public var isFiltered: Bool {
        status != nil || overdue || person != nil || body != nil || from != nil || until != nil || search != nil
    }

    /// Reads raw query values; names every invalid one in Dutch.
    public static func parse(_ value: (String) -> String?) throws(ValidationFailure) -> CommitmentFilter {
        var check = FieldChecker()
        var filter = CommitmentFilter()
        filter.status = check.code(value("status"), "status", CommitmentStatus.self)
        if let raw = check.line(value("teLaat"), "teLaat") {
            switch raw {
            case "ja": filter.overdue = true
            case "nee": filter.overdue = false
            default: check.problem("teLaat", "teLaat ‘\(raw)’ bestaat niet; kies uit: ja, nee.")
            }
        }
        filter.person = check.id(value("portefeuillehouder"), "portefeuillehouder")
        filter.body = check.id(value("gremium"), "gremium")
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

    /// The filter as query items (defaults and paging left out): for links and feeds.
    public var queryItems: [(String, String)] {
        var items: [(String, String)] = []
        if let search { items.append(("q", search.text)) }
        if let status { items.append(("status", status.rawValue)) }
        if overdue { items.append(("teLaat", "ja")) }
        if let person { items.append(("portefeuillehouder", person)) }
        if let body { items.append(("gremium", body)) }
        if let from { items.append(("vanaf", from.iso)) }
        if let until { items.append(("tot", until.iso)) }
        return items
    }
}
