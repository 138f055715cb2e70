/// The register's views: by domain, per organisation, the Wgr register (was `register-weergave.mustache`).
extension RegisterView: PageView {
    var main: HTML {
        """
        <h1>\(title)</h1>
        <p class="lead">\(intro)</p>
        \(when: hasMunicipalities, municipalityFilter)
        <p class="no-print"><a href="\(SiteRoute.register())">Naar het register met alle filters</a></p>
        \(each: groups, { group -> HTML in groupSection(group) })
        \(when: !hasRows, "<p>Geen samenwerkingen gevonden.</p>")
        """
    }

    private var municipalityFilter: HTML {
        """
        <form class="filter" method="get" action="\(action)" aria-label="Filteren op gemeente">
          <div class="filter__field">
            <label for="filter-gemeente">Gemeente</label>
            <select id="filter-gemeente" name="gemeente">
              \(ListPage.Option.list(municipalities))
            </select>
          </div>
          <button type="submit" class="button">Toon</button>
        </form>
        """
    }

    /// A group's table; a group without a heading (the Wgr register) is captioned with the page title.
    private func groupSection(_ group: Group) -> HTML {
        """
        <section class="register-group">
          \(group.heading.map { heading -> HTML in "<h2>\(heading)</h2>" })
          <table class="data">
            <caption class="visually-hidden">\(group.heading ?? title)</caption>
            <thead><tr>\(HTML.columnHeads(columns))</tr></thead>
            <tbody>
              \(each: group.rows, Self.rowHTML)
            </tbody>
          </table>
        </section>

        """
    }

    private static func rowHTML(_ row: Row) -> HTML {
        let extra = HTML(joining: row.extra.map { value -> HTML in "<td>\(value)</td>" })
        return """
        <tr><th scope="row"><a href="\(row.href)">\(row.name)</a></th><td>\(row.form)</td><td>\(row.status)</td><td>\(row.period)</td>\(extra)</tr>

        """
    }
}
