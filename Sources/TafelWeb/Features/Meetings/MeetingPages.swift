import Hummingbird
import TafelCore
import TafelStore

/// `/bijeenkomsten` and `/bijeenkomsten/{id}`.
struct MeetingPages {
    let catalog: Catalogs
    let renderer: Renderer

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.list(.meeting), use: list)
        router.get(.record(.meeting, .routeID), use: show)
        router.get(.meetingMonth(), use: month)
    }

    func month(_ request: Request, context: AppContext) async throws -> Response {
        var problems: [FieldProblem] = []
        let month = request.queryValue("maand").map { raw in
            MonthCalendarPage.Month(iso: raw) ?? {
                problems.append(FieldProblem(field: "maand", code: "ongeldig", message: "maand ‘\(raw)’ is geen maand; schrijf JJJJ-MM, bijvoorbeeld 2020-11."))
                return MonthCalendarPage.Month.current()
            }()
        } ?? MonthCalendarPage.Month.current()
        let body = request.queryValue("gremium")
        if let body, !Slug.isValid(body) {
            problems.append(FieldProblem(field: "gremium", code: "ongeldig", message: "gremium ‘\(body)’ is geen geldige id (kleine letters, cijfers en -)."))
        }
        let organisation = request.queryValue("organisatie")
        if let organisation, !Slug.isValid(organisation) {
            problems.append(FieldProblem(field: "organisatie", code: "ongeldig",
                                         message: "organisatie ‘\(organisation)’ is geen geldige id (kleine letters, cijfers en -)."))
        }
        let kind = request.queryValue("soort")
        if let kind, MeetingKind(rawValue: kind) == nil {
            problems.append(FieldProblem(field: "soort", code: "onbekend",
                                         message: "soort ‘\(kind)’ bestaat niet; kies uit \(MeetingKind.allCases.map(\.rawValue).joined(separator: ", "))."))
        }
        guard problems.isEmpty else { throw ValidationFailure(problems) }
        let catalog = catalog(context)
        let meetings = try await catalog.meetings(inMonth: month.iso, body: body, kind: kind, organisation: organisation)
        // What the month is narrowed to, by name, as far as the viewer may see it.
        var narrowedTo: [String] = []
        if let body, let name = try await catalog.visibleName(of: .body, id: body) { narrowedTo.append(name) }
        if let organisation, let name = try await catalog.visibleName(of: .organisation, id: organisation) { narrowedTo.append(name) }
        return renderer.render(MonthCalendarPage(month: month, body: body, kind: kind, organisation: organisation,
                                                 narrowedTo: narrowedTo, meetings: meetings))
    }

    func list(_ request: Request, context: AppContext) async throws -> Response {
        let query = try Catalog.ListQuery.parse(request, kinds: MeetingKind.self, filters: [.meetings])
        let catalog = catalog(context)
        async let page = catalog.meetings(query)
        let choices = try await catalog.meetingFilterChoices()
        return renderer.render(ListPage.meetings(query, try await page, bodies: choices.bodies, organisations: choices.organisations,
                                                 mayAdd: context.viewer.mayEditAnything))
    }

    func show(_ request: Request, context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: .meeting)
        guard let detail = try await catalog(context).meeting(id: id) else { throw RecordNotFound(kind: .meeting, id: id) }
        return renderer.render(DetailPage.meeting(
            detail, mayEdit: context.viewer.mayEditAnything && context.viewer.mayEdit(recordGroups: detail.accessGroups)))
    }
}
