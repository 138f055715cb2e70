import TafelCore

/// The policy products: filters, a table, paging.
extension PolicyProductsPage: PageView {
    var main: HTML {
        """
        <h1>\(heading)</h1>
        <p class="lead">De producten van een provincie in een beleidsdomein: wat voor taak het is, welke rol de provincie speelt, en wat er per onderwerp is besloten (afbouwen, overdragen, voortzetten, opnemen in het omgevingsbeleid).</p>
        <p><a href="\(apiHref)">Deze lijst als JSON</a></p>
        \(addHref.map { href -> HTML in "<p class=\"record-actions\"><a class=\"button\" href=\"\(href)\">Beleidsproduct toevoegen</a></p>" })

        <form class="filter" method="get" action="\(SiteRoute.policyProducts())" role="search" aria-label="Beleidsproducten filteren">
          <div class="filter__field">
            <label for="q">Zoeken</label>
            <input type="search" id="q" name="q" value="\(query)" maxlength="200">
          </div>
          \(each: fields, ListPage.filterField)
          <button type="submit" class="button">Toon</button>
        </form>

        <p class="result-count" role="status">\(resultText)</p>
        \(when: !rows.isEmpty, table)
        \(when: rows.isEmpty, "<p>Geen beleidsproducten gevonden. Kies ‘Alle’ of een ander zoekwoord.</p>")
        \(when: previous != nil || next != nil, HTML.pagination(previous: previous, next: next))
        """
    }

    private var table: HTML {
        """
        <table class="data">
          <caption class="visually-hidden">Lijst van beleidsproducten</caption>
          <thead><tr>\(HTML.columnHeads(["Product", "Eigenaar", "Domein", "Soort taak", "Rol", "Consequenties"]))</tr></thead>
          <tbody>
            \(each: rows, Self.row)
          </tbody>
        </table>
        """
    }

    private static func row(_ row: Row) -> HTML {
        """
        <tr><th scope="row">\(HTML.link(row.name, href: row.href))</th><td>\(row.owner.html)</td><td>\(row.domain)</td><td>\(row.task)</td><td>\(row.roles)</td><td><ul class="plain">\(each: row.consequences, { line -> HTML in "<li>\(line)</li>" })</ul></td></tr>

        """
    }
}
