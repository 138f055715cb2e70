import TafelCore
import TafelStore

/// The positions list (`/standpunten`): filters and a table with the addressee, the holder,
/// the status and the supporters of each position.
struct StancesPage: Sendable {
    struct Row: Sendable {
        let title: String
        let href: SiteRoute
        let addressee: String
        let owner: Cell
        let status: String
        let takenOn: String
        let supporters: String
    }

    let shell: Shell
    let heading = "Standpunten"
    let query: String
    let fields: [ListPage.Filter]
    let resultText: String
    let rows: [Row]
    let previous: SiteRoute?
    let next: SiteRoute?
    let apiHref: SiteRoute
    let addHref: SiteRoute?
    let lobbyHref: SiteRoute

    init(filter: StanceFilter, page: Page<StanceListItem>, owners: [Catalog.Choice], mayAdd: Bool = false) {
        addHref = mayAdd ? .newStance : nil
        shell = Shell(title: heading, section: .stance)
        query = filter.search?.text ?? ""
        func options<V: Vocabulary>(_ type: V.Type, _ selected: V?) -> [ListPage.Option] {
            [ListPage.Option(value: "", label: "Alle", selected: selected == nil)]
                + V.allCases.map { ListPage.Option(value: $0.rawValue, label: $0.label, selected: $0 == selected) }
        }
        fields = [
            ListPage.Filter(name: "richting", label: "Richting", options: options(StanceAddressee.self, filter.addressee),
                            value: filter.addressee?.rawValue ?? "", hint: nil),
            ListPage.Filter(name: "status", label: "Status", options: options(StanceStatus.self, filter.status), value: filter.status?.rawValue ?? "",
                            hint: nil),
            .choice("eigenaar", "Van", owners, selected: filter.owner),
            ListPage.Filter(name: "lobbyagenda", label: "Lobbyagenda", options: [
                ListPage.Option(value: "", label: "Alle standpunten", selected: filter.onLobbyAgenda == nil),
                ListPage.Option(value: "ja", label: "Op de lobbyagenda", selected: filter.onLobbyAgenda == true),
                ListPage.Option(value: "nee", label: "Niet op de lobbyagenda", selected: filter.onLobbyAgenda == false),
            ], value: filter.onLobbyAgenda.map { $0 ? "ja" : "nee" } ?? "", hint: nil),
        ]
        let noun = page.total == 1 ? "standpunt" : "standpunten"
        resultText = filter.isFiltered ? "\(page.total) \(noun) gevonden" : "\(page.total) \(noun)"
        rows = page.items.map { item in
            let s = item.stance
            return Row(title: s.title, href: .record(.stance, s.id), addressee: item.addressee?.name ?? s.addressee.label, owner: item.owner.map { Cell($0) } ?? Cell("niet bekend"),
                       status: s.status.label + (s.onLobbyAgenda ? " · op de lobbyagenda" : ""), takenOn: s.takenOn?.dutch ?? "niet bekend",
                       supporters: item.supporters == 0 ? "geen vastgelegd" : String(item.supporters))
        }
        func link(_ number: Int) -> SiteRoute { .stances(filter.onPage(number)) }
        previous = page.hasPrevious ? link(page.request.page - 1) : nil
        next = page.hasNext ? link(page.request.page + 1) : nil
        apiHref = .apiStances(filter)
        lobbyHref = .stances(StanceFilter(onLobbyAgenda: true))
    }
}

extension StancesPage: PageView {
    var main: HTML {
        """
        <h1>\(heading)</h1>
        <p class="lead">Wat overheden in de regio samen vinden van het beleid van het Rijk, de VNG, de provincie of Europa, zoals de gemeenten via hun vereniging: de tekst, wie het inneemt en uitdraagt, wie het steunt en wat ervan terechtkwam. <a href="\(lobbyHref)">De lobbyagenda</a> is de selectie die actief wordt uitgedragen.</p>
        <p><a href="\(apiHref)">Deze lijst als JSON</a></p>
        \(addHref.map { href -> HTML in "<p class=\"record-actions\"><a class=\"button\" href=\"\(href)\">Standpunt toevoegen</a></p>" })

        <form class="filter" method="get" action="\(SiteRoute.stances())" role="search" aria-label="Standpunten filteren">
          <div class="filter__field">
            <label for="q">Zoeken</label>
            <input type="search" id="q" name="q" value="\(query)" maxlength="200">
          </div>
          \(each: fields, ListPage.filterField)
          <button type="submit" class="button">Toon</button>
        </form>

        <p class="result-count" role="status">\(resultText)</p>
        \(when: !rows.isEmpty, table)
        \(when: rows.isEmpty, "<p>Geen standpunten gevonden. Kies ‘Alle’ of een ander zoekwoord.</p>")
        \(when: previous != nil || next != nil, HTML.pagination(previous: previous, next: next))
        """
    }

    private var table: HTML {
        """
        <table class="data">
          <caption class="visually-hidden">Lijst van standpunten</caption>
          <thead><tr>\(HTML.columnHeads(["Standpunt", "Gericht aan", "Van", "Status", "Ingenomen", "Steunende organisaties"]))</tr></thead>
          <tbody>
            \(each: rows, Self.row)
          </tbody>
        </table>
        """
    }

    private static func row(_ row: Row) -> HTML {
        """
        <tr><th scope="row">\(HTML.link(row.title, href: row.href))</th><td>\(row.addressee)</td><td>\(row.owner.html)</td><td>\(row.status)</td><td>\(row.takenOn)</td><td>\(row.supporters)</td></tr>

        """
    }
}

extension DetailPage {
    /// A position's page: its text, towards whom, who holds and carries it, its supporters and tasks.
    static func stance(_ detail: StanceDetail, mayEdit: Bool = false) -> DetailPage {
        let s = detail.stance
        let facts = [
            Fact("Gericht aan", detail.addressee?.name ?? s.addressee.label, href: detail.addressee.flatMap(SiteRoute.page(of:))),
            Fact("Richting", detail.addressee == nil ? nil : s.addressee.label), Fact("Status", s.status.label), Fact("Ingenomen", s.takenOn?.dutch ?? "niet bekend"),
            Fact("Op de lobbyagenda", s.onLobbyAgenda ? "ja" : "nee"), Fact("Van", detail.owner), Fact("Ingenomen door", detail.body),
            Fact("Trekker", detail.carrier), Fact("Ingebracht in", detail.meeting), Fact("Document", detail.document),
        ]
        let sections = [
            Section("Standpunt", anchor: "tekst-standpunt", items: s.text.map { [Item($0)] } ?? []),
            Section("Steunende organisaties", anchor: "steun", items: detail.supporters.map { Item($0) }),
            Section("Opgaven", anchor: "opgaven", items: detail.tasks.map { Item($0) }),
        ]
        var page = DetailPage(
            kind: .stance, heading: s.title, lead: s.description, facts: facts, sections: sections, sources: detail.sources,
            record: Reference(kind: .stance, id: s.id, name: ""), editHref: mayEdit ? .editStance(s.id) : nil, meta: s.meta)
        page.deleteHref = mayEdit ? .deleteRecord(.stance, s.id) : nil
        page.links = [Crumb(label: "Alle standpunten", href: .stances())]
        return page
    }
}
