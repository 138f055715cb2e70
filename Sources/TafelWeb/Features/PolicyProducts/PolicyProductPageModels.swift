import TafelCore
import TafelStore

extension PolicyProductConsequence {
    /// "Topsport: voortzetten, rol stimuleren, vanaf 2013"
    var dutch: String {
        let details = [role.map { "rol \($0.label.lowercased())" }, from.map { "vanaf \($0.dutch)" }].compactMap { $0 }
        return "\(subject): \(consequence.label.lowercased())" + (details.isEmpty ? "" : ", " + details.joined(separator: ", "))
    }
}

/// The policy products list (`/beleidsproducten`): filters and a table with the roles and the
/// consequences of each product.
struct PolicyProductsPage: Sendable {
    struct Row: Sendable {
        let name: String
        let href: SiteRoute
        let owner: Cell
        let domain: String
        let task: String
        let roles: String
        let consequences: [String]
    }

    let shell: Shell
    let heading = "Beleidsproducten"
    let query: String
    let fields: [ListPage.Filter]
    let resultText: String
    let rows: [Row]
    let previous: SiteRoute?
    let next: SiteRoute?
    let apiHref: SiteRoute
    let addHref: SiteRoute?

    init(filter: PolicyProductFilter, page: Page<PolicyProductListItem>, owners: [Catalog.Choice], mayAdd: Bool = false) {
        addHref = mayAdd ? .newPolicyProduct : nil
        shell = Shell(title: heading, section: .policyProduct)
        query = filter.search?.text ?? ""
        func options<V: Vocabulary>(_ type: V.Type, _ selected: V?) -> [ListPage.Option] {
            [ListPage.Option(value: "", label: "Alle", selected: selected == nil)]
                + V.allCases.map { ListPage.Option(value: $0.rawValue, label: $0.label, selected: $0 == selected) }
        }
        fields = [
            .choice("eigenaar", "Eigenaar", owners, selected: filter.owner),
            ListPage.Filter(name: "consequentie", label: "Consequentie", options: options(PolicyConsequence.self, filter.consequence),
                            value: filter.consequence?.rawValue ?? "", hint: nil),
            ListPage.Filter(name: "rol", label: "Rol", options: options(PolicyRole.self, filter.role), value: filter.role?.rawValue ?? "", hint: nil),
            ListPage.Filter(name: "soortTaak", label: "Soort taak", options: options(PolicyTaskKind.self, filter.taskKind),
                            value: filter.taskKind?.rawValue ?? "", hint: nil),
        ]
        let noun = page.total == 1 ? "beleidsproduct" : "beleidsproducten"
        resultText = filter.isFiltered ? "\(page.total) \(noun) gevonden" : "\(page.total) \(noun)"
        rows = page.items.map { item in
            let p = item.product
            return Row(name: p.name, href: .record(.policyProduct, p.id), owner: Cell(item.owner), domain: p.domain ?? "",
                       task: p.taskDutch ?? "niet bekend", roles: p.roles.map(\.label).joined(separator: ", "),
                       consequences: p.consequences.map(\.dutch))
        }
        func link(_ number: Int) -> SiteRoute { .policyProducts(filter.onPage(number)) }
        previous = page.hasPrevious ? link(page.request.page - 1) : nil
        next = page.hasNext ? link(page.request.page + 1) : nil
        apiHref = .apiPolicyProducts(filter)
    }
}

extension DetailPage {
    static func policyProduct(_ detail: PolicyProductDetail, mayEdit: Bool = false) -> DetailPage {
        let p = detail.product
        let facts = [
            Fact("Eigenaar", detail.owner), Fact("Domein", p.domain), Fact("Opgave", detail.task),
            Fact("Soort taak", p.taskDutch ?? "niet bekend"), Fact("Rol van de provincie", p.roles.map(\.label).joined(separator: ", ")),
            Fact("Vastgesteld", p.decidedOn?.dutch), Fact("In het document", detail.document),
        ]
        let sections = [
            Section("Consequenties", anchor: "consequenties", items: p.consequences.map { Item($0.dutch, meta: $0.note) }),
            Section("Samenwerkingen en allianties", anchor: "samenwerkingen", items: detail.collaborations.map { Item($0) }),
        ]
        var page = DetailPage(
            kind: .policyProduct, heading: p.name, lead: p.description, facts: facts, sections: sections, sources: detail.sources,
            record: Reference(kind: .policyProduct, id: p.id, name: ""), editHref: mayEdit ? .editPolicyProduct(p.id) : nil, meta: p.meta)
        page.deleteHref = mayEdit ? .deleteRecord(.policyProduct, p.id) : nil
        page.links = [Crumb(label: "Alle beleidsproducten", href: .policyProducts())]
        return page
    }
}
