import TafelCore

/// The overview of the province (was `home.mustache`).
extension HomePage.Model: PageView {
    var main: HTML {
        """
        <h1>Samenwerking in \(provinceName)</h1>
        <p class="lead">Wie werkt met wie samen, aan welke opgave, in welk overleg, en wat is er afgesproken? Tafel houdt het overzicht bij, openbaar en met de bron van elk feit.</p>

        \(statistics)
        <p><a href="\(SiteRoute.insight())">Inzicht: wat betekent samenwerking voor elke gemeente?</a> De last van samenwerking, het netwerk, de ‘dansende schalen’ en de zeggenschap van raden en Staten, in kaarten en tabellen.</p>

        \(municipalitySection)

        <div class="columns">
          \(recentMeetings)
          \(recentDocuments)
        </div>
        """
    }

    private var statistics: HTML {
        """
        <section aria-labelledby="kerncijfers">
          <h2 id="kerncijfers">In cijfers</h2>
          <ul class="stats">
            \(each: counts, Self.countItem)
          </ul>
        </section>
        """
    }

    private static func countItem(_ count: HomePage.Count) -> HTML {
        """
        <li class="stats__item"><a href="\(count.href)"><span class="stats__value">\(count.value)</span> <span class="stats__label">\(count.label)</span></a></li>

        """
    }

    private var municipalitySection: HTML {
        """
        <section aria-labelledby="gemeenten">
          <h2 id="gemeenten">De \(municipalityCount) gemeenten</h2>
          <table class="data">
            <caption>Gemeenten in \(provinceName) met CBS-code en indicatief aantal inwoners (samen \(inhabitantsTotal))</caption>
            <thead><tr><th scope="col">Gemeente</th><th scope="col">CBS-code</th><th scope="col" class="num">Inwoners</th></tr></thead>
            <tbody>
              \(each: municipalities, Self.municipalityRow)
            </tbody>
          </table>
          \(provinceHref.map { href -> HTML in "<p><a href=\"\(href)\">Meer over \(provinceName)</a></p>" })
        </section>
        """
    }

    private static func municipalityRow(_ municipality: HomePage.Municipality) -> HTML {
        """
        <tr><th scope="row"><a href="\(municipality.href)">\(municipality.name)</a></th><td>\(municipality.cbsCode)</td><td class="num">\(municipality.inhabitants)</td></tr>

        """
    }

    private var recentMeetings: HTML {
        recent(id: "recente-bijeenkomsten", heading: "Recente bijeenkomsten", items: meetings,
               more: "Alle bijeenkomsten", route: .list(.meeting))
    }

    private var recentDocuments: HTML {
        recent(id: "recente-documenten", heading: "Recente documenten", items: documents,
               more: "Alle documenten", route: .list(.document))
    }

    /// Recent meetings or documents, each linked, with a link to all of them.
    private func recent(id: String, heading: String, items: [Item], more: String, route: SiteRoute) -> HTML {
        """
        <section aria-labelledby="\(id)">
            <h2 id="\(id)">\(heading)</h2>
            <ul class="items">
              \(each: items, Self.recentItem)
            </ul>
            <p><a href="\(route)">\(more)</a></p>
          </section>
        """
    }

    /// A recent meeting or document with its date and kind.
    private static func recentItem(_ item: Item) -> HTML {
        """
        <li>\(HTML.link(item.text, href: item.href))\(item.metaHTML)</li>

        """
    }
}
