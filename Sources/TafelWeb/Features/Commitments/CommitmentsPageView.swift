import TafelCore

/// The commitments register: filters, a table whose status column reads as text with a sign
/// beside it, and paging.
extension CommitmentsPage: PageView {
    var main: HTML {
        """
        <h1>\(heading)</h1>
        <p class="lead">Wat Gedeputeerde Staten en andere bestuurders toezegden, aan wie, met welke termijn, en of het is nagekomen. Open of te laat volgt uit de data, op \(today).</p>
        <p><a href="\(feedHref)">Termijnen in uw agenda (iCalendar)</a> · <a href="\(apiHref)">Deze lijst als JSON</a> · <a href="\(odsHref)">als Open Raadsinformatie</a> · <a href="\(csvHref)">als CSV</a></p>
        \(addHref.map { href -> HTML in "<p class=\"record-actions\"><a class=\"button\" href=\"\(href)\">Toezegging toevoegen</a></p>" })

        <form class="filter" method="get" action="\(SiteRoute.commitments())" role="search" aria-label="Toezeggingen filteren">
          <div class="filter__field">
            <label for="q">Zoeken</label>
            <input type="search" id="q" name="q" value="\(query)" maxlength="200">
          </div>
          \(each: fields, ListPage.filterField)
          <div class="filter__field">
            <input type="checkbox" id="filter-teLaat" name="teLaat" value="ja"\(when: overdue, " checked")>
            <label for="filter-teLaat">Alleen open en te laat</label>
          </div>
          <button type="submit" class="button">Toon</button>
        </form>

        <p class="result-count" role="status">\(resultText)</p>
        \(when: !rows.isEmpty, table)
        \(when: rows.isEmpty, "<p>Geen toezeggingen gevonden. Kies ‘Alle’ of een ander zoekwoord.</p>")
        \(when: previous != nil || next != nil, HTML.pagination(previous: previous, next: next))
        """
    }

    private var table: HTML {
        """
        <table class="data">
          <caption class="visually-hidden">Lijst van toezeggingen</caption>
          <thead><tr>\(HTML.columnHeads(["Toezegging", "Toegezegd door", "Aan", "Gedaan op", "Termijn", "Status"]))</tr></thead>
          <tbody>
            \(each: rows, Self.row)
          </tbody>
        </table>
        """
    }

    private static func row(_ row: Row) -> HTML {
        """
        <tr><th scope="row">\(HTML.link(row.title, href: row.href))</th><td>\(row.by.html)</td><td>\(row.to.html)</td><td>\(row.madeOn)</td><td>\(row.deadline)</td><td class="status \(row.standing.styleClass)"><span class="status__icon" aria-hidden="true">\(row.standing.icon)</span> \(row.standing.label)</td></tr>

        """
    }
}
