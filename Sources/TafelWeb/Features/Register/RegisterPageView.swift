/// The register: filters with facet counts, the results, paging and export links (was `register.mustache`).
extension RegisterPage: PageView {
    var main: HTML {
        """
        <h1>Samenwerkingen</h1>
        <p class="lead">Het register van samenwerkingen tussen de provincie, de gemeenten en hun partners: wie werkt met wie aan welke opgave.</p>
        \(actions)
        \(when: !problems.isEmpty, HTML.problemNotice(heading: "Niet elk filter is te lezen", problems: problems))

        <div class="register">
        \(filterForm)

        \(facetList)
        </div>

        \(when: hasActive, activeFilters)

        <p class="result-count" role="status">\(resultText)</p>
        <p class="downloads">Download deze selectie: <a href="\(csvHref)">CSV</a> · <a href="\(jsonHref)">JSON</a> · <a href="\(apiHref)">API</a></p>

        \(when: hasRows, resultTable)
        \(when: !hasRows, "<p>Geen samenwerkingen gevonden. Haal een filter weg of zoek op een ander woord.</p>")

        \(pagination)
        """
    }

    private var actions: HTML {
        """
        <p class="record-actions">
          <a href="\(SiteRoute.registerOverview)">Overzicht per domein</a>
          <a href="\(SiteRoute.wgrRegister())">Wgr-register</a>
          \(addHref.map { href -> HTML in "<a class=\"button\" href=\"\(href)\">Samenwerking toevoegen</a>" })
          \(importHref.map { href -> HTML in "<a class=\"button button--secondary\" href=\"\(href)\">Importeren</a>" })
        </p>
        """
    }

    private var filterForm: HTML {
        """
        <form class="filter filter--register" method="get" action="\(SiteRoute.register())" role="search" aria-label="Samenwerkingen filteren">
          <div class="filter__field">
            <label for="q">Zoeken</label>
            \(error("q"))<input type="search" id="q" name="q" value="\(query)" maxlength="200"\(invalid("q"))>
          </div>
          \(each: selects, selectField)
          \(textFields)
          <button type="submit" class="button">Filteren</button>
        </form>
        """
    }

    /// The message at a filter field that could not be read, and the attributes that tie it to the field.
    private func error(_ key: String) -> HTML {
        problem(key).map { message -> HTML in "<p class=\"form__error\" id=\"fout-\(key)\">\(message)</p>" } ?? ""
    }

    private func invalid(_ key: String) -> HTML {
        problem(key) == nil ? "" : " aria-invalid=\"true\" aria-describedby=\"fout-\(key)\""
    }

    private func selectField(_ select: Select) -> HTML {
        """
        <div class="filter__field">
            <label for="filter-\(select.key)">\(select.label)</label>
            \(error(select.key))<select id="filter-\(select.key)" name="\(select.key)"\(invalid(select.key))>
              \(ListPage.Option.list(select.options))
            </select>
          </div>

        """
    }

    /// Domain and the active period.
    private var textFields: HTML {
        """
        <div class="filter__field">
            <label for="filter-domein">Domein</label>
            \(error("domein"))<input type="text" id="filter-domein" name="domein"\(invalid("domein")) value="\(domain)" maxlength="100">
          </div>
          <div class="filter__field">
            <label for="filter-vanaf">Actief vanaf <span class="hint">(JJJJ, JJJJ-MM of JJJJ-MM-DD)</span></label>
            \(error("vanaf"))<input type="text" id="filter-vanaf" name="vanaf"\(invalid("vanaf")) value="\(from)" inputmode="numeric" maxlength="10">
          </div>
          <div class="filter__field">
            <label for="filter-tot">Actief tot en met <span class="hint">(JJJJ, JJJJ-MM of JJJJ-MM-DD)</span></label>
            \(error("tot"))<input type="text" id="filter-tot" name="tot"\(invalid("tot")) value="\(until)" inputmode="numeric" maxlength="10">
          </div>
        """
    }

    private var facetList: HTML { HTML.facets(facets) }

    private var activeFilters: HTML {
        """
        <ul class="active-filters" aria-label="Actieve filters">
          \(each: active, Self.activeFilter)
          <li><a href="\(SiteRoute.register())">Alle filters weghalen</a></li>
        </ul>
        """
    }

    private static func activeFilter(_ filter: ActiveFilter) -> HTML {
        """
        <li><a href="\(filter.removeHref)">\(filter.label) <span class="visually-hidden">(filter weghalen)</span><span aria-hidden="true">×</span></a></li>

        """
    }

    private var resultTable: HTML {
        """
        <table class="data">
          <caption class="visually-hidden">Samenwerkingen</caption>
          <thead><tr><th scope="col">Naam</th><th scope="col">Vorm</th><th scope="col">Status</th><th scope="col">Periode</th><th scope="col" class="number">Deelnemers</th></tr></thead>
          <tbody>
            \(each: rows, Self.resultRow)
          </tbody>
        </table>
        """
    }

    private static func resultRow(_ row: Row) -> HTML {
        let shortName = row.shortName.map { name -> HTML in " <span class=\"hint\">(\(name))</span>" }
        let level = row.levelLabel.map { label -> HTML in " <span class=\"badge\">\(label)</span>" }
        return """
        <tr><th scope="row"><a href="\(row.href)">\(row.name)</a>\(shortName)\(level)</th><td>\(row.form)</td><td>\(row.status)</td><td>\(row.period)</td><td class="number">\(row.participants)</td></tr>

        """
    }

    private var pagination: HTML {
        HTML.pagination(previous: previous, next: next, between: "<li><span>\(pageText)</span></li>" as HTML)
    }
}
