import Hummingbird
import TafelCore
import TafelStore

/// `/overlegstructuur/controle`: the structure of bodies against its own rules, at a date.
struct StructurePages {
    let catalog: Catalogs
    let renderer: Renderer
    let rules: StructureRuleSet

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.structureCheck(), use: check)
    }

    func check(_ request: Request, context: AppContext) async throws -> Response {
        let asked = StructureCheckPage.Asked(request.uri.queryParameters)
        let catalog = catalog(context)
        guard let date = asked.date else {
            return renderer.render(StructureCheckPage.invalid(asked), status: .badRequest)
        }
        async let structure = catalog.structure()
        async let titles = catalog.documentTitles(Set(rules.regels.compactMap(\.bron?.document)))
        let check = StructureCheck(ruleSet: rules, structure: try await structure, date: date, body: asked.body)
        return renderer.render(StructureCheckPage(check, asked: asked, documents: try await titles))
    }
}
