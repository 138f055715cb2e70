import Hummingbird
import TafelCore
import TafelStore

/// `/documenten` and `/documenten/{id}`.
struct DocumentPages {
    let catalog: Catalogs
    let renderer: Renderer

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.list(.document), use: list)
        router.get(.record(.document, .routeID), use: show)
        router.get(.documentFile(.routeID), use: download)
    }

    func list(_ request: Request, context: AppContext) async throws -> Response {
        let query = try Catalog.ListQuery.parse(request, kinds: DocumentKind.self)
        return renderer.render(ListPage.documents(query, try await catalog(context).documents(query),
                                                  mayAdd: context.viewer.mayEditAnything))
    }

    func show(_ request: Request, context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: .document)
        guard let detail = try await catalog(context).document(id: id) else { throw RecordNotFound(kind: .document, id: id) }
        return renderer.render(DetailPage.document(detail, mayEdit: context.viewer.mayEdit(recordGroups: detail.accessGroups)))
    }

    /// The original as uploaded (docs/DOCUMENTEN.md).
    func download(_ request: Request, context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: .document)
        guard let (file, data) = try await catalog(context).documentFile(id: id) else { throw RecordNotFound(kind: .document, id: id) }
        return DocumentFileDownload.response(file, data, ifNoneMatch: request.headers[.ifNoneMatch])
    }
}
