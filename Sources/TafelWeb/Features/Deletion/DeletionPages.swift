import Hummingbird
import TafelCore
import TafelStore

/// `/gremia/{id}/verwijderen`, `/bijeenkomsten/{id}/verwijderen`, `/programmas/{id}/verwijderen`:
/// GET asks for confirmation (or says why it cannot be done), POST removes and goes to the list.
struct DeletionPages {
    let remover: RecordRemover
    let catalog: Catalogs
    let renderer: Renderer

    static let purpose = "gremia, bijeenkomsten en programma's verwijderen"

    func addRoutes(to router: RouterGroup<AppContext>) {
        for kind in RecordRemover.kinds {
            router.get(.deleteRecord(kind, .routeID)) { request, context in try await confirm(kind, request, context) }
            router.post(.deleteRecord(kind, .routeID)) { request, context in try await delete(kind, request, context) }
        }
    }

    func confirm(_ kind: RecordKind, _ request: Request, _ context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        let id = try request.recordID(context, kind: kind)
        return try await render(kind, id: id, context: context)
    }

    func delete(_ kind: RecordKind, _ request: Request, _ context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        let id = try request.recordID(context, kind: kind)
        var request = request
        let form = try await request.form(context: context)
        do {
            try await remover.delete(kind, id: id, expectedVersion: form["versie"].flatMap { Int($0) }, by: context.viewer)
        } catch let refused as DeletionRefused {
            return try await render(kind, id: id, context: context, refusal: refused, status: .conflict)
        } catch is VersionConflict {
            return try await render(kind, id: id, context: context, status: .conflict,
                                    notice: "Het record is intussen gewijzigd. Bekijk het opnieuw voordat u het verwijdert.")
        }
        return .redirect(to: SiteRoute.collection(kind).href, type: .normal)
    }

    private func render(_ kind: RecordKind, id: String, context: AppContext, refusal: DeletionRefused? = nil,
                        status: HTTPResponse.Status = .ok, notice: String? = nil) async throws -> Response {
        guard let version = try await remover.version(of: kind, id: id, for: context.viewer),
              let name = try await catalog(context).visibleName(of: kind, id: id)
        else { throw RecordNotFound(kind: kind, id: id) }
        var shown = refusal
        if shown == nil { shown = try await remover.refusal(kind, id: id, by: context.viewer) }
        return renderer.render(DeletionPage(kind: kind, id: id, name: name, version: version, csrf: context.session?.csrfToken ?? "",
                                            refusal: shown, notice: notice), status: status)
    }
}
