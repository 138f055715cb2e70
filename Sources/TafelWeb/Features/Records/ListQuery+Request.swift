import Hummingbird
import TafelCore
import TafelStore

extension Catalog.ListQuery {
    /// The filters beyond `q` and `soort` that a collection takes.
    enum Filter: Sendable {
        /// `agenda` (tasks).
        case agenda
        /// `gremium`, `organisatie`, `vanaf` and `tot` (meetings).
        case meetings
    }

    /// Reads `page`, `pageSize`, `q` and, where the collection has them, `soort` (checked
    /// against `kinds`) and `filters` from a page's query string. Every invalid field is named.
    static func parse(_ request: Request, kinds: (any Vocabulary.Type)? = nil, filters: Set<Filter> = []) throws -> Self {
        let raw = request.uri.queryParameters
        return try parse({ key in raw[Substring(key)].map { String($0) } }, kinds: kinds, filters: filters)
    }

    /// The same from raw query values (`value("page")`), as `queryItems` prints them.
    static func parse(_ value: (String) -> String?, kinds: (any Vocabulary.Type)? = nil, filters: Set<Filter> = []) throws -> Self {
        var check = FieldChecker()
        var query = Self()
        do throws(ValidationFailure) {
            query.page = try PageRequest.parse(page: value("page"), size: value("pageSize"))
        } catch { error.problems.forEach { check.problem($0.field, $0.message, code: $0.code) } }
        do throws(ValidationFailure) {
            query.search = try SearchText.parse(value("q"))
        } catch { error.problems.forEach { check.problem($0.field, $0.message, code: $0.code) } }
        if let kinds, let raw = value("soort"), !raw.isEmpty {
            if let problem = kindProblem(raw, kinds: kinds) {
                check.problem(problem.field, problem.message, code: problem.code)
            } else {
                query.kind = raw
            }
        }
        if filters.contains(.agenda) { query.agenda = check.id(value("agenda"), "agenda") }
        if filters.contains(.meetings) {
            query.body = check.id(value("gremium"), "gremium")
            query.organisation = check.id(value("organisatie"), "organisatie")
            (query.from, query.until) = check.period(from: value("vanaf"), until: value("tot"))
        }
        try check.finish()
        return query
    }

    /// The problem with a `soort` that is not one of `kinds`, or nil when it is one.
    static func kindProblem(_ value: String, kinds: any Vocabulary.Type) -> FieldProblem? {
        guard !kinds.codes.contains(value) else { return nil }
        return FieldProblem(field: "soort", code: "onbekend",
                            message: "soort ‘\(value)’ bestaat niet; kies uit: \(kinds.codes.joined(separator: ", ")).")
    }
}

extension Request {
    /// A query parameter's value, or nil when it is absent or empty (`?gremium=` asks for nothing).
    func queryValue(_ key: String) -> String? {
        uri.queryParameters[Substring(key)].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The `:id` path parameter, or a 404 when it cannot be an id.
    func recordID(_ context: some RequestContext, kind: RecordKind) throws -> String {
        let id = try context.parameters.require("id")
        guard Slug.isValid(id) else { throw RecordNotFound(kind: kind, id: id) }
        return id
    }
}

extension ListPage.KindFilter {
    init<V: Vocabulary>(_ type: V.Type, label: String, selected: String?) {
        self.init(label: label, options: [ListPage.Option(value: "", label: "Alle", selected: selected == nil)]
            + V.allCases.map { ListPage.Option(value: $0.rawValue, label: $0.label, selected: $0.rawValue == selected) })
    }
}
