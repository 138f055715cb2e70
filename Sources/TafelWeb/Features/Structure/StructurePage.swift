import TafelCore

/// "Overlegstructuur": per organisation its bodies as an organisation chart, with the same tree
/// as a nested list (the chart's text alternative) and as a table.
struct StructurePage: Sendable {
    struct Chart: Sendable {
        let anchor: String
        let organisationName: String
        let organisationHref: SiteRoute
        let tree: BodyTree
    }

    let shell: Shell
    let date: PartialDate
    let charts: [Chart]
    let organisation: String?

    init(trees: [BodyTree], date: PartialDate, organisation: String?) {
        shell = Shell(title: "Overlegstructuur", section: .body, breadcrumbs: [Crumb(label: "Gremia", href: .list(.body))])
        self.date = date
        self.organisation = organisation
        charts = trees.filter { organisation != nil || $0.rows.count > 1 }.map { tree in
            Chart(anchor: "organogram-\(tree.organisationID)", organisationName: tree.organisationName,
                  organisationHref: .record(.organisation, tree.organisationID), tree: tree)
        }
    }
}

extension StructurePage: PageView {
    var main: HTML {
        """
        <h1>Overlegstructuur</h1>
        <p class="lead">Welke gremia er zijn en hoe ze samenhangen, per organisatie: besturen, bestuurlijke en ambtelijke overleggen, kerngroepen en werkgroepen. Ledentallen op \(date.dutch).</p>
        <p><a href="\(SiteRoute.structureCheck())">Controle overlegstructuur: volgen de gremia hun eigen regels?</a></p>
        <p><a href="\(SiteRoute.representation)">Vertegenwoordiging: de VNG-commissies met hun leden uit de regio en hun achterban</a></p>
        \(when: charts.count > 1, contents)
        \(when: charts.isEmpty, "<p>Er zijn geen gremia die bij elkaar horen.</p>")
        \(each: charts, Self.chartSection)
        """
    }

    private var contents: HTML {
        """
        <nav aria-label="Organisaties op deze pagina"><ul class="items">\(each: charts, { chart in "<li><a href=\"#\(chart.anchor)\">\(chart.organisationName)</a> (\(chart.tree.rows.count))</li>" })</ul></nav>
        """
    }

    private static func chartSection(_ chart: Chart) -> HTML {
        """
        <section class="structure" aria-labelledby="\(chart.anchor)">
          <h2 id="\(chart.anchor)"><a href="\(chart.organisationHref)">\(chart.organisationName)</a></h2>
          <figure class="chart-figure">
            \(OrganisationChart.svg(chart.tree, titleID: chart.anchor + "-titel"))
            <figcaption>Organogram van \(chart.organisationName). De lijst hieronder geeft dezelfde opbouw als tekst.</figcaption>
          </figure>
          <h3>Opbouw als lijst</h3>
          \(nestedList(chart.tree.rows[...]))
          \(table(chart))
        </section>
        """
    }

    /// The tree as nested `<ul>`s: each body with its children under it.
    private static func nestedList(_ rows: ArraySlice<BodyTree.Row>) -> HTML {
        guard !rows.isEmpty else { return .empty }
        var items: [HTML] = []
        var index = rows.startIndex
        while index < rows.endIndex {
            let row = rows[index]
            var end = rows.index(after: index)
            while end < rows.endIndex, rows[end].depth > row.depth { end = rows.index(after: end) }
            let children = rows[rows.index(after: index)..<end]
            items.append("<li><a href=\"\(SiteRoute.record(.body, row.id))\">\(row.name)</a> <span class=\"meta\">\(row.kind)</span>\(when: !children.isEmpty, nestedList(children))</li>")
            index = end
        }
        return "<ul class=\"tree\">\(HTML(joining: items))</ul>"
    }

    private static func table(_ chart: Chart) -> HTML {
        """
        <table class="data">
          <caption>Gremia van \(chart.organisationName)</caption>
          <thead><tr><th scope="col">Gremium</th><th scope="col">Soort</th><th scope="col">Onderdeel van</th><th scope="col">Vergadert</th><th scope="col" class="num">Leden bekend</th></tr></thead>
          <tbody>
          \(each: chart.tree.rows, { row in
            "<tr><th scope=\"row\"><a href=\"\(SiteRoute.record(.body, row.id))\">\(row.name)</a></th><td>\(row.kind)</td><td>\(row.parentName ?? "—")</td><td>\(row.cadence ?? "niet vastgelegd")</td><td class=\"num\">\(row.memberCount)</td></tr>\n"
          })
          </tbody>
        </table>
        """
    }
}
