import Hummingbird
import TafelCore
import TafelStore

/// `/overlegstructuur`: the bodies of each organisation as an organisation chart; and
/// `/overlegstructuur/controle`: the structure against its own rules, at a date.
struct StructurePages {
    let catalog: Catalogs
    let renderer: Renderer
    let rules: StructureRuleSet

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.structure(), use: chart)
        router.get(.structureCheck(), use: check)
    }

    func chart(_ request: Request, context: AppContext) async throws -> Response {
        let organisation = request.queryValue("organisatie")
        let today = PartialDate.today()
        let trees = BodyTree.trees(try await catalog(context).structure(meetings: false), on: today, organisation: organisation)
        if let organisation, trees.isEmpty { throw RecordNotFound(kind: .organisation, id: organisation) }
        return renderer.render(StructurePage(trees: trees, date: today, organisation: organisation))
    }

    func check(_ request: Request, context: AppContext) async throws -> Response {
        let asked = StructureCheckPage.Asked(typedDate: request.queryValue("datum") ?? "", body: request.queryValue("gremium"))
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
