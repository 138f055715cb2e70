/// The filters of the joint decisions list (`/gezamenlijke-besluiten` and its API): `gremium`
/// (who offered it), `organisatie` (one that it was offered to), `status` (of that
/// organisation's decision, or of any when no organisation is chosen), `q`, and paging.
public struct JointDecisionFilter: PagedQuery, Hashable {
    public var body: String?
    public var organisation: String?
    public var status: JointDecisionStatus?
    public var search: SearchText?
    public var page: PageRequest

    public init(body: String? = nil, organisation: String? = nil, status: JointDecisionStatus? = nil, search: SearchText? = nil,
                page: PageRequest = PageRequest()) {
        self.body = body; self.organisation = organisation; self.status = status; self.search = search; self.page = page
    }

    public var isFiltered: Bool { body != nil || organisation != nil || status != nil || search != nil }

    /// Reads raw query values; names every invalid one in Dutch.
    public static func parse(_ value: (String) -> String?) throws(ValidationFailure) -> JointDecisionFilter {
        var check = FieldChecker()
        var filter = JointDecisionFilter()
        filter.body = check.id(value("gremium"), "gremium")
        filter.organisation = check.id(value("organisatie"), "organisatie")
        filter.status = check.code(value("status"), "status", JointDecisionStatus.self)
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
        if let body { items.append(("gremium", body)) }
        if let organisation { items.append(("organisatie", organisation)) }
        if let status { items.append(("status", status.rawValue)) }
        return items
    }
}
