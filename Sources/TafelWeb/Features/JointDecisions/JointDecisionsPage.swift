import TafelCore
import TafelStore

/// The joint decisions list (`/gezamenlijke-besluiten`): filters and a table with who offered
/// each decision, when, and how far its coalition has come.
struct JointDecisionsPage: Sendable {
    struct Row: Sendable {
        let title: String
        let href: SiteRoute
        let offeredBy: Cell
        let offeredOn: String
        let standing: String
        /// The organisation filtered on: where it stands with this decision.
        let chosen: String?
    }

    let shell: Shell
    let heading = "Gezamenlijke besluiten"
    let query: String
    let fields: [ListPage.Filter]
    let resultText: String
    let rows: [Row]
    let chosenName: String?
    let previous: SiteRoute?
    let next: SiteRoute?
    let apiHref: SiteRoute
    let addHref: SiteRoute?

    init(filter: JointDecisionFilter, page: Page<JointDecisionListItem>, bodies: [Catalog.Choice], organisations: [Catalog.Choice],
         mayAdd: Bool = false) {
        addHref = mayAdd ? .newJointDecision : nil
        shell = Shell(title: heading, section: .jointDecision)
        query = filter.search?.text ?? ""
        fields = [
            .choice("gremium", "Aangeboden door", bodies, selected: filter.body),
            .choice("organisatie", "Aan organisatie", organisations, selected: filter.organisation),
            ListPage.Filter(name: "status", label: "Stand", options: [ListPage.Option(value: "", label: "Alle", selected: filter.status == nil)]
                + JointDecisionStatus.allCases.map { ListPage.Option(value: $0.rawValue, label: $0.label, selected: $0 == filter.status) },
                            value: filter.status?.rawValue ?? "", hint: nil),
        ]
        let noun = page.total == 1 ? "gezamenlijk besluit" : "gezamenlijke besluiten"
        resultText = filter.isFiltered ? "\(page.total) \(noun) gevonden" : "\(page.total) \(noun)"
        let chosen = filter.organisation
        chosenName = chosen.flatMap { id in organisations.first { $0.id == id }?.name }
        rows = page.items.map { item in
            let d = item.decision
            return Row(title: d.title, href: .record(.jointDecision, d.id), offeredBy: Cell(item.offeredBy), offeredOn: d.offeredOn?.dutch ?? "niet bekend",
                       standing: d.coalition.dutch,
                       chosen: chosen.map { id in d.responses.first { $0.organisation.id == id }?.stateDutch ?? "" })
        }
        func link(_ number: Int) -> SiteRoute { .jointDecisions(filter.onPage(number)) }
        previous = page.hasPrevious ? link(page.request.page - 1) : nil
        next = page.hasNext ? link(page.request.page + 1) : nil
        apiHref = .apiJointDecisions(filter)
    }
}

extension JointDecisionsPage: PageView {
    var main: HTML {
        """
        <h1>\(heading)</h1>
        <p class="lead">Conceptbesluiten die een overleg aanbiedt aan de colleges van gemeenten (en andere organisaties), die elk zelf besluiten. De organisaties die het vaststellen, vormen samen de coalitie: ‘coalitions of the willing’.</p>
        <p><a href="\(apiHref)">Deze lijst als JSON</a></p>
        \(addHref.map { href -> HTML in "<p class=\"record-actions\"><a class=\"button\" href=\"\(href)\">Gezamenlijk besluit toevoegen</a></p>" })

        <form class="filter" method="get" action="\(SiteRoute.jointDecisions())" role="search" aria-label="Gezamenlijke besluiten filteren">
          <div class="filter__field">
            <label for="q">Zoeken</label>
            <input type="search" id="q" name="q" value="\(query)" maxlength="200">
          </div>
          \(each: fields, ListPage.filterField)
          <button type="submit" class="button">Toon</button>
        </form>

        <p class="result-count" role="status">\(resultText)</p>
        \(when: !rows.isEmpty, table)
        \(when: rows.isEmpty, "<p>Geen gezamenlijke besluiten gevonden. Kies ‘Alle’ of een ander zoekwoord.</p>")
        \(when: previous != nil || next != nil, HTML.pagination(previous: previous, next: next))
        """
    }

    private var table: HTML {
        let columns = ["Besluit", "Aangeboden door", "Aangeboden op", "Stand"] + (chosenName.map { [$0] } ?? [])
        return """
        <table class="data">
          <caption class="visually-hidden">Lijst van gezamenlijke besluiten</caption>
          <thead><tr>\(HTML.columnHeads(columns))</tr></thead>
          <tbody>
            \(each: rows, Self.row)
          </tbody>
        </table>
        """
    }

    private static func row(_ row: Row) -> HTML {
        """
        <tr><th scope="row">\(HTML.link(row.title, href: row.href))</th><td>\(row.offeredBy.html)</td><td>\(row.offeredOn)</td><td>\(row.standing)</td>\(row.chosen.map { text -> HTML in "<td>\(text)</td>" })</tr>

        """
    }
}
