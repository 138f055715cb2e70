import Hummingbird
import TafelCore
import TafelStore

extension Catalog.ListQuery {
    /// Reads `page`, `pageSize`, `q` and, where the collection has it, `soort` (checked
    /// against `kinds`) from a page's query string. Every invalid field is named.
    static func parse(_ request: Request, kinds: (any Vocabulary.Type)? = nil, allowsAgenda: Bool = false) throws -> Self {
        let raw = request.uri.queryParameters
        return try parse({ key in raw[Substring(key)].map { String($0) } }, kinds: kinds, allowsAgenda: allowsAgenda)
    }

    /// The same from raw query values (`value("page")`), as `queryItems` prints them.
    static func parse(_ value: (String) -> String?, kinds: (any Vocabulary.Type)? = nil, allowsAgenda: Bool = false) throws -> Self {
        var problems: [FieldProblem] = []
        var page = PageRequest()
        var search: SearchText?
        do throws(ValidationFailure) {
            page = try PageRequest.parse(page: value("page"), size: value("pageSize"))
        } catch { problems += error.problems }
        do throws(ValidationFailure) {
            search = try SearchText.parse(value("q"))
        } catch { problems += error.problems }
        var kind: String?
        if let kinds, let raw = value("soort"), !raw.isEmpty {
            if let problem = kindProblem(raw, kinds: kinds) {
                problems.append(problem)
            } else {
                kind = raw
            }
        }
        var agenda: String?
        if allowsAgenda, let raw = value("agenda"), !raw.isEmpty {
            if Slug.isValid(raw) {
                agenda = raw
            } else {
                problems.append(FieldProblem(field: "agenda", code: "ongeldig",
                                             message: "agenda ‘\(raw)’ is geen geldige id (kleine letters, cijfers en -)."))
            }
        }
        guard problems.isEmpty else { throw ValidationFailure(problems) }
        return Self(page: page, search: search, kind: kind, agenda: agenda)
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
