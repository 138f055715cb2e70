import Foundation
import Hummingbird
import TafelCore
import TafelStore

/// `/agenderingsverzoeken` (the register), `/agenderingsverzoeken/{id}`, and the questions and
/// answers of the selection as Open Raadsinformatie JSON and CSV.
struct AgendaRequestPages {
    let catalog: Catalogs
    let renderer: Renderer

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.agendaRequests(), use: list)
        router.get(.agendaRequestsODS(), use: ods)
        router.get(.agendaRequestsCSV(), use: csv)
        router.get(.record(.agendaRequest, .routeID), use: show)
    }

    func list(_ request: Request, context: AppContext) async throws -> Response {
        let filter = try Self.filter(request)
        let catalog = catalog(context)
        async let page = catalog.agendaRequests(filter)
        let choices = try await catalog.agendaRequestFilterChoices()
        return renderer.render(AgendaRequestsPage(filter: filter, page: try await page, fractions: choices.fractions, bodies: choices.bodies,
                                                  mayAdd: context.viewer.mayEditAnything))
    }

    func ods(_ request: Request, context: AppContext) async throws -> Response {
        let details = try await catalog(context).agendaRequestExport(try Self.filter(request))
        return try MeetingExportPages.json(details.flatMap(QuestionExport.objects))
    }

    func csv(_ request: Request, context: AppContext) async throws -> Response {
        let details = try await catalog(context).agendaRequestExport(try Self.filter(request))
        return Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8",
                                               .contentDisposition: "attachment; filename=\"vragen-en-antwoorden.csv\""],
                        body: .init(byteBuffer: ByteBuffer(string: QuestionExport.csv(details))))
    }

    static func filter(_ request: Request) throws -> AgendaRequestFilter {
        let raw = request.uri.queryParameters
        return try AgendaRequestFilter.parse { raw[Substring($0)].map(String.init) }
    }

    func show(_ request: Request, context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: .agendaRequest)
        guard let detail = try await catalog(context).agendaRequest(id: id) else { throw RecordNotFound(kind: .agendaRequest, id: id) }
        return renderer.render(DetailPage.agendaRequest(
            detail, mayEdit: context.viewer.mayEditAnything && context.viewer.mayEdit(recordGroups: detail.accessGroups)))
    }
}
