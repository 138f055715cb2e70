import TafelCore

/// The agenda requests register: filters, a table, paging.
extension AgendaRequestsPage: PageView {
    var main: HTML {
        """
        <h1>\(heading)</h1>
        <p class="lead">Verzoeken van fracties om een onderwerp op de agenda van een commissie te zetten, met hun vragen aan de andere fracties en aan het college, en of die zijn beantwoord.</p>
        <p><a href="\(apiHref)">Deze lijst als JSON</a> · <a href="\(odsHref)">vragen en antwoorden als Open Raadsinformatie</a> · <a href="\(csvHref)">als CSV</a></p>
        \(addHref.map { href -> HTML in "<p class=\"record-actions\"><a class=\"button\" href=\"\(href)\">Agenderingsverzoek toevoegen</a></p>" })

        <form class="filter" method="get" action="\(SiteRoute.agendaRequests())" role="search" aria-label="Agenderingsverzoeken filteren">
          <div class="filter__field">
            <label for="q">Zoeken</label>
            <input type="search" id="q" name="q" value="\(query)" maxlength="200">
          </div>
          \(each: fields, ListPage.filterField)
          <div class="filter__field">
            <input type="checkbox" id="filter-openVragen" name="openVragen" value="ja"\(when: openQuestions, " checked")>
            <label for="filter-openVragen">Alleen met onbeantwoorde vragen aan het college</label>
          </div>
          <button type="submit" class="button">Toon</button>
        </form>

        <p class="result-count" role="status">\(resultText)</p>
        \(when: !rows.isEmpty, table)
        \(when: rows.isEmpty, "<p>Geen agenderingsverzoeken gevonden. Kies ‘Alle’ of een ander zoekwoord.</p>")
        \(when: previous != nil || next != nil, HTML.pagination(previous: previous, next: next))
        """
    }

    private var table: HTML {
        """
        <table class="data">
          <caption class="visually-hidden">Lijst van agenderingsverzoeken</caption>
          <thead><tr>\(HTML.columnHeads(["Onderwerp", "Fractie", "Commissie", "Ingediend", "Status", "Vragen"]))</tr></thead>
          <tbody>
            \(each: rows, Self.row)
          </tbody>
        </table>
        """
    }

    private static func row(_ row: Row) -> HTML {
        """
        <tr><th scope="row">\(HTML.link(row.title, href: row.href))</th><td>\(row.fraction.html)</td><td>\(row.body.html)</td><td>\(row.submittedOn)</td><td>\(row.status)</td><td>\(row.questions)</td></tr>

        """
    }
}
