import Foundation
import Hummingbird
import TafelCore
import TafelStore

/// The register (`/samenwerkingen`), its exports and a collaboration's page.
struct CollaborationPages {
    let catalog: Catalogs
    let renderer: Renderer

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.register(), use: list)
        router.get(.registerCSV(), use: exportCSV)
        router.get(.registerJSON(), use: exportJSON)
        router.get(.record(.collaboration, .routeID), use: show)
    }

    /// A filter that cannot be read does not lose the others: the register shows what they
    /// select, with the bad one at its field as it was typed (400).
    func list(_ request: Request, context: AppContext) async throws -> Response {
        let raw = request.uri.queryParameters
        var problems: [FieldProblem] = []
        var filter: RegisterFilter
        do {
            filter = try RegisterFilter.parse(request)
        } catch let failure as ValidationFailure {
            problems = failure.problems
            let unreadable = Set(problems.map(\.field))
            filter = try RegisterFilter.parse { key in unreadable.contains(key) ? nil : raw[Substring(key)].map { String($0) } }
        }
        let catalog = catalog(context)
        // Once per data version; the municipality's name is read against it before the query.
        let options = try await catalog.registerChoices()
        let named = filter.resolvingMunicipalityName(in: options.municipalities)
        filter = named.filter
        if let problem = named.problem { problems.append(problem) }
        let typed = Dictionary(problems.compactMap { problem in raw[Substring(problem.field)].map { (problem.field, String($0)) } },
                               uniquingKeysWith: { first, _ in first })
        let result = try await catalog.register(filter)
        return renderer.render(RegisterPage(
            filter: filter, result: result, municipalities: options.municipalities,
            tasks: options.tasks, mayEdit: context.viewer.mayEditAnything, problems: problems, typed: typed),
            status: problems.isEmpty ? .ok : .badRequest)
    }

    func exportCSV(_ request: Request, context: AppContext) async throws -> Response {
        let catalog = catalog(context)
        let records = try await catalog.registerExport(try await exportFilter(request, catalog))
        return RegisterDownload.csv(RegisterFile.csv(records))
    }

    func exportJSON(_ request: Request, context: AppContext) async throws -> Response {
        let catalog = catalog(context)
        let records = try await catalog.registerExport(try await exportFilter(request, catalog))
        return RegisterDownload.json(try RegisterFile.json(records))
    }

    /// An export's filter, a municipality's name read as on the register page; any problem refuses the export.
    private func exportFilter(_ request: Request, _ catalog: Catalog) async throws -> RegisterFilter {
        let named = try RegisterFilter.parse(request).resolvingMunicipalityName(in: try await catalog.municipalityChoices())
        if let problem = named.problem { throw ValidationFailure([problem]) }
        return named.filter
    }

    func show(_ request: Request, context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: .collaboration)
        guard let detail = try await catalog(context).collaboration(id: id) else { throw RecordNotFound(kind: .collaboration, id: id) }
        let mayEdit = context.viewer.mayEditAnything && context.viewer.mayEdit(recordGroups: detail.accessGroups)
        return renderer.render(DetailPage.collaboration(
            detail, mayEdit: mayEdit, csrf: context.session?.csrfToken ?? "",
            year: Calendar(identifier: .gregorian).component(.year, from: Date())))
    }
}
