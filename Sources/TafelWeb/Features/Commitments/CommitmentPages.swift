import Foundation
import Hummingbird
import TafelCore
import TafelStore

/// `/toezeggingen` (the register), `/toezeggingen/{id}` and `/toezeggingen.ics` (deadlines).
struct CommitmentPages {
    let catalog: Catalogs
    let renderer: Renderer
    let publicURL: String?

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.commitments(), use: list)
        router.get(.commitmentDeadlines, use: deadlines)
        router.get(.commitmentsODS(), use: ods)
        router.get(.commitmentsCSV(), use: csv)
        router.get(.record(.commitment, .routeID), use: show)
    }

    func list(_ request: Request, context: AppContext) async throws -> Response {
        let filter = try Self.filter(request)
        let catalog = catalog(context)
        async let page = catalog.commitments(filter)
        let choices = try await catalog.commitmentFilterChoices()
        return renderer.render(CommitmentsPage(filter: filter, page: try await page, people: choices.people, bodies: choices.bodies,
                                               mayAdd: context.viewer.mayEditAnything))
    }

    /// The register's selection (all of it, up to 20,000) as the viewer may see it, as ODS InformatieObjecten.
    func ods(_ request: Request, context: AppContext) async throws -> Response {
        let today = PartialDate.today()
        let items = try await catalog(context).commitmentExport(try Self.filter(request), today: today)
        return try MeetingExportPages.json(items.map { CommitmentExport.toezegging($0, on: today) })
    }

    func csv(_ request: Request, context: AppContext) async throws -> Response {
        let today = PartialDate.today()
        let items = try await catalog(context).commitmentExport(try Self.filter(request), today: today)
        return Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8",
                                               .contentDisposition: "attachment; filename=\"toezeggingen.csv\""],
                        body: .init(byteBuffer: ByteBuffer(string: CommitmentExport.csv(items, on: today))))
    }

    static func filter(_ request: Request) throws -> CommitmentFilter {
        let raw = request.uri.queryParameters
        return try CommitmentFilter.parse { raw[Substring($0)].map(String.init) }
    }

    func show(_ request: Request, context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: .commitment)
        guard let detail = try await catalog(context).commitment(id: id) else { throw RecordNotFound(kind: .commitment, id: id) }
        return renderer.render(DetailPage.commitment(
            detail, mayEdit: context.viewer.mayEditAnything && context.viewer.mayEdit(recordGroups: detail.accessGroups)))
    }

    /// Every dated deadline of a public commitment, as an all-day event on the last day it
    /// allows; one that was kept or lapsed says so, and a lapsed one is cancelled. Read as the
    /// public sees it, like the meeting feeds.
    func deadlines(_ request: Request, context: AppContext) async throws -> Response {
        let items = try await Catalog(database: catalog.database, viewer: .anonymous).commitmentDeadlines()
        let base = publicURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        let today = PartialDate.today()
        let events = items.compactMap { item -> ICalendar.Event? in
            let c = item.commitment
            guard let day = c.deadline.lastDate else { return nil }
            let standing = c.standing(on: today)
            let lines = [c.text, c.deadline.dutch.map { "Termijn: \($0)" }, "Status: \(standing.label)",
                         item.by.map { "Toegezegd door: \($0.name)" }, item.to.map { "Aan: \($0.name)" }]
            return ICalendar.Event(
                uid: "toezegging-\(c.id)@tafel", summary: "Termijn toezegging: \(c.title)", date: day, startTime: nil, location: nil,
                description: lines.compactMap { $0 }.joined(separator: "\n"),
                url: base.map { $0 + SiteRoute.record(.commitment, c.id).href },
                status: standing.status == .vervallen ? .geannuleerd : .gepland,
                changedAt: c.meta.updatedAt, sequence: max(0, c.meta.version - 1))
        }
        return Response(status: .ok, headers: [.contentType: "text/calendar; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: ICalendar.feed(name: "Termijnen van toezeggingen", events: events))))
    }
}
