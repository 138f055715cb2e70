/// Any collection's page: a filter form, a table, and page links (was `lijst.mustache`).
extension ListPage: PageView {
    var main: HTML {
        """
        <h1>\(heading)</h1>
        <p class="lead">\(intro)</p>
        \(when: !links.isEmpty, "<p>\(HTML(joining: links.enumerated().map { index, link -> HTML in "\(when: index > 0, " · ")<a href=\"\(link.href)\">\(link.label)</a>" }))</p>")
        \(addLink.map { link -> HTML in "<p class=\"record-actions\"><a class=\"button\" href=\"\(link.href)\">\(link.label)</a></p>" })

        \(filterForm)

        <p class="result-count" role="status">\(resultText)</p>

        \(when: hasRows, table.html)
        \(when: !hasRows, "<p>Niets gevonden. Probeer een ander zoekwoord of kies ‘Alle’.</p>")

        \(when: hasPages, pagination)
        """
    }

    private var filterForm: HTML {
        """
        <form class="filter" method="get" action="\(action)" role="search" aria-label="\(heading) filteren">
          <div class="filter__field">
            <label for="q">Zoeken</label>
            <input type="search" id="q" name="q" value="\(query)" maxlength="200">
          </div>
          \(kindFilter.map(Self.kindSelect))
          \(each: filters, Self.filterField)
          <button type="submit" class="button">Toon</button>
        </form>
        """
    }

    private static func kindSelect(_ filter: KindFilter) -> HTML {
        """
        <div class="filter__field">
            <label for="soort">\(filter.label)</label>
            <select id="soort" name="soort">
              \(ListPage.Option.list(filter.options))
            </select>
          </div>
        """
    }

    static func filterField(_ filter: Filter) -> HTML {
        let id = "filter-\(filter.name)"
        guard let options = filter.options else {
            let input: HTML = filter.isDate
                ? "<input type=\"text\" id=\"\(id)\" name=\"\(filter.name)\" value=\"\(filter.value)\" maxlength=\"10\" size=\"10\" inputmode=\"numeric\" aria-describedby=\"\(id)-hint\">"
                : "<input type=\"text\" id=\"\(id)\" name=\"\(filter.name)\" value=\"\(filter.value)\" maxlength=\"120\" aria-describedby=\"\(id)-hint\">"
            return """
            <div class="filter__field">
                <label for="\(id)">\(filter.label) <span class="hint" id="\(id)-hint">\(filter.hint ?? "")</span></label>
                \(input)
              </div>
            """
        }
        return """
        <div class="filter__field">
            <label for="\(id)">\(filter.label)</label>
            <select id="\(id)" name="\(filter.name)">
              \(ListPage.Option.list(options))
            </select>
          </div>
        """
    }

    private var pagination: HTML {
        HTML.pagination(previous: previous, next: next, between: HTML(joining: pages.map(Self.pageLink)))
    }

    private static func pageLink(_ page: PageLink) -> HTML {
        "<li><a href=\"\(page.href)\"\(when: page.current, " aria-current=\"page\"")>\(page.label)</a></li>"
    }
}
