/// The filters of the policy products list (`/beleidsproducten` and its API): `eigenaar`,
/// `consequentie` (one of its decided consequences), `rol`, `soortTaak`, `q`, and paging.
public struct PolicyProductFilter: PagedQuery, Hashable {
    public var owner: String?
    public var consequence: PolicyConsequence?
    public var role: PolicyRole?
    public var taskKind: PolicyTaskKind?
    public var search: SearchText?
    public var page: PageRequest

    public init(owner: String? = nil, consequence: PolicyConsequence? = nil, role: PolicyRole? = nil, taskKind: PolicyTaskKind? = nil,
                search: SearchText? = nil, page: PageRequest = PageRequest()) {
        self.owner = owner; self.consequence = consequence; self.role = role; self.taskKind = taskKind; self.search = search; self.page = page
    }

    public var isFiltered: Bool { owner != nil || consequence != nil || role != nil || taskKind != nil || search != nil }

    /// Reads raw query values; names every invalid one in Dutch.
    public static func parse(_ value: (String) -> String?) throws(ValidationFailure) -> PolicyProductFilter {
        var check = FieldChecker()
        var filter = PolicyProductFilter()
        filter.owner = check.id(value("eigenaar"), "eigenaar")
        filter.consequence = check.code(value("consequentie"), "consequentie", PolicyConsequence.self)
        filter.role = check.code(value("rol"), "rol", PolicyRole.self)
        filter.taskKind = check.code(value("soortTaak"), "soortTaak", PolicyTaskKind.self)
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
        if let owner { items.append(("eigenaar", owner)) }
        if let consequence { items.append(("consequentie", consequence.rawValue)) }
        if let role { items.append(("rol", role.rawValue)) }
        if let taskKind { items.append(("soortTaak", taskKind.rawValue)) }
        return items
    }
}
