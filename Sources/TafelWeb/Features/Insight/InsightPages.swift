import Hummingbird
import NIOCore
import TafelCore
import TafelStore

/// `/inzicht`, `/inzicht/{gemeente}` and `/inzicht.csv` (docs/INZICHT.md).
struct InsightPages {
    let catalog: Catalogs
    let renderer: Renderer

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.insight(), use: province)
        router.get(.insightMunicipality(.routeID), use: municipality)
        router.get(.insightCSV(), use: csv)
        router.get(.insightNetwork(), use: network)
        router.get(.insightTasks(), use: tasks)
        router.get(.insightNetworkCSV(), use: networkCSV)
        router.get(.insightTasksCSV(), use: tasksCSV)
    }

    /// The province asked for, or 404.
    private func scope(_ asked: InsightAsked, _ context: AppContext) async throws -> Catalog.InsightScope {
        guard let scope = try await catalog(context).insight(province: asked.province) else {
            throw RecordNotFound(kind: .organisation, id: asked.province ?? "provincie")
        }
        return scope
    }

    private func asked(_ request: Request) -> InsightAsked {
        InsightAsked(date: request.queryValue("datum"), measure: request.queryValue("maat"), province: request.queryValue("provincie"))
    }

    func province(_ request: Request, context: AppContext) async throws -> Response {
        let asked = asked(request)
        return renderer.render(InsightPage(try await scope(asked, context), asked: asked), status: asked.problems.isEmpty ? .ok : .badRequest)
    }

    func network(_ request: Request, context: AppContext) async throws -> Response {
        let asked = InsightAsked(date: request.queryValue("datum"), measure: nil, province: request.queryValue("provincie"))
        return renderer.render(InsightNetworkPage(try await scope(asked, context), asked: asked), status: asked.problems.isEmpty ? .ok : .badRequest)
    }

    func tasks(_ request: Request, context: AppContext) async throws -> Response {
        let asked = InsightAsked(date: request.queryValue("datum"), measure: nil, province: request.queryValue("provincie"))
        return renderer.render(InsightTasksPage(try await scope(asked, context), asked: asked), status: asked.problems.isEmpty ? .ok : .badRequest)
    }

    func municipality(_ request: Request, context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: .organisation)
        // One municipality has no map: only its date is read.
        let asked = InsightAsked(date: request.queryValue("datum"), measure: nil, province: nil)
        guard let scope = try await catalog(context).insight(municipality: id),
              let page = MunicipalityInsightPage(scope, municipality: id, asked: asked) else { throw RecordNotFound(kind: .organisation, id: id) }
        return renderer.render(page, status: asked.problems.isEmpty ? .ok : .badRequest)
    }

    func csv(_ request: Request, context: AppContext) async throws -> Response {
        try await csvFile(request, context, name: "inzicht") { scope, date in
            InsightCSV.text(scope.snapshot(on: date).municipalities, date: date)
        }
    }

    func networkCSV(_ request: Request, context: AppContext) async throws -> Response {
        try await csvFile(request, context, name: "inzicht-netwerk") { scope, date in
            InsightCSV.pairs(InsightPair.named(scope.snapshot(on: date).pairs, in: scope), date: date)
        }
    }

    func tasksCSV(_ request: Request, context: AppContext) async throws -> Response {
        try await csvFile(request, context, name: "inzicht-opgaven") { scope, date in
            let snapshot = scope.snapshot(on: date)
            return InsightCSV.tasks(snapshot.tasks, municipalities: snapshot.municipalities, date: date)
        }
    }

    /// A CSV of the province and date asked for: an unreadable date is a 400, an unknown province a 404.
    private func csvFile(_ request: Request, _ context: AppContext, name: String,
                         _ text: (Catalog.InsightScope, PartialDate) -> String) async throws -> Response {
        let asked = InsightAsked(date: request.queryValue("datum"), measure: nil, province: request.queryValue("provincie"))
        if let problem = asked.problems.first { throw ValidationFailure(field: problem.field, code: problem.code, message: problem.message) }
        let scope = try await scope(asked, context)
        return Response(status: .ok, headers: [
            .contentType: "text/csv; charset=utf-8",
            .contentDisposition: "attachment; filename=\"\(name)-\(scope.province.id)-\(asked.date.iso).csv\"",
        ], body: .init(byteBuffer: ByteBuffer(string: text(scope, asked.date))))
    }
}
