import TafelCore
import TafelStore

/// `/zoeken`: one search over every kind of record, best hits first, each with the passage
/// that shows why it was found; facets to narrow by collection, kind, year and organisation.
struct SearchPage: Sendable {
    struct Hit: Sendable {
        let title: HTML
        let href: SiteRoute?
        let about: String
        let snippet: HTML?
    }

    let shell = Shell(title: "Zoeken", section: nil)
    var query: String
    let collections: [ListPage.Option]
    var resultText: String?
    let hits: [Hit]
    let facets: [FacetGroup]
    let clearHref: SiteRoute?
    let previous: SiteRoute?
    let next: SiteRoute?
    let apiHref: SiteRoute
    /// What was wrong with the search as typed (shown above the form, which keeps it).
    var problems: [String] = []

    /// A search that could not be read: the form with what was typed and what is wrong with it.
    init(typed: String, problems: [FieldProblem]) {
        self.init(search: SiteSearch(), results: SiteSearchResults(hits: Page(items: [], total: 0, request: PageRequest()), collections: [],
                                                                  sorts: [], years: [], organisations: []))
        query = typed
        self.problems = problems.map(\.message)
        resultText = nil
    }

    init(search: SiteSearch, results: SiteSearchResults) {
        query = search.search?.text ?? ""
        collections = [ListPage.Option(value: "", label: "Alles", selected: search.collection == nil)]
            + SiteSearch.collections.map { ListPage.Option(value: $0.collection, label: $0.pluralLabel, selected: $0 == search.collection) }
        let total = results.hits.total
        if search.search == nil {
            resultText = nil
        } else if search.search?.query.isEmpty == true {
            resultText = "Geef een woord om op te zoeken."
        } else {
            resultText = total == 1 ? "1 resultaat" : "\(total) resultaten"
        }
        hits = results.hits.items.map { hit in
            let about = [hit.kind.label, hit.sort.map { SiteSearchResults.SortValue(kind: hit.kind, code: $0).label },
                         hit.year.map { String($0) }].compactMap { $0 }.joined(separator: " · ")
            return Hit(title: HTML.marked(hit.titleSnippet), href: SiteRoute.page(of: hit.kind, hit.id), about: about,
                       snippet: hit.snippet.isEmpty ? nil : HTML.marked(hit.snippet))
        }
        func narrowed(_ change: (inout SiteSearch) -> Void) -> SiteRoute {
            var copy = search
            change(&copy)
            copy.page = PageRequest(page: 1, size: search.page.size)
            return .search(copy)
        }
        var groups: [FacetGroup] = []
        groups.append(FacetGroup(label: "Soort record", links: results.collections.map { count in
            let selected = search.collection == count.value
            return FacetLink(label: count.value.pluralLabel, count: count.count,
                             href: narrowed { $0.collection = selected ? nil : count.value; $0.sort = nil }, selected: selected)
        }))
        let sorts = search.collection.map { collection in results.sorts.filter { $0.value.kind == collection } } ?? results.sorts
        groups.append(FacetGroup(label: "Soort", links: sorts.prefix(15).map { count in
            let selected = search.sort == count.value.code
            let label = search.collection == nil ? "\(count.value.label) (\(count.value.kind.label.lowercased()))" : count.value.label
            return FacetLink(label: label, count: count.count, href: narrowed { $0.sort = selected ? nil : count.value.code }, selected: selected)
        }))
        groups.append(FacetGroup(label: "Jaar", links: results.years.prefix(20).map { count in
            let selected = search.year == count.value
            return FacetLink(label: String(count.value), count: count.count, href: narrowed { $0.year = selected ? nil : count.value }, selected: selected)
        }))
        groups.append(FacetGroup(label: "Organisatie", links: results.organisations.map { count in
            let selected = search.organisation == count.value.id
            return FacetLink(label: count.value.name, count: count.count,
                             href: narrowed { $0.organisation = selected ? nil : count.value.id }, selected: selected)
        }))
        facets = groups.filter { !$0.links.isEmpty }
        clearHref = search.isNarrowed ? .search(SiteSearch(search: search.search)) : nil
        let page = results.hits
        previous = page.hasPrevious ? .search(search.onPage(page.request.page - 1)) : nil
        next = page.hasNext ? .search(search.onPage(page.request.page + 1)) : nil
        apiHref = .apiSearch(search)
    }
}

extension SearchPage: PageView {
    var main: HTML {
        """
        <h1>Zoeken</h1>
        \(when: !problems.isEmpty, HTML.problemNotice(heading: "Deze zoekvraag kan Tafel niet lezen", problems: problems))
        <form class="filter" method="get" action="\(SiteRoute.search())" role="search" aria-label="Zoeken in Tafel">
          <div class="filter__field filter__field--wide">
            <label for="zoek-q">Zoekwoorden</label>
            <input type="search" id="zoek-q" name="q" value="\(query)" maxlength="200" aria-describedby="zoek-uitleg">
          </div>
          <div class="filter__field">
            <label for="zoek-collectie">In</label>
            <select id="zoek-collectie" name="collectie">
              \(each: collections, { option -> HTML in
                  "<option value=\"\(option.value)\"\(when: option.selected, " selected")>\(option.label)</option>"
              })
            </select>
          </div>
          <button type="submit" class="button">Zoek</button>
        </form>
        <details class="search-help" id="zoek-uitleg">
          <summary>Zo zoekt u</summary>
          <p>Alle woorden moeten voorkomen, in elke vorm: <em>toezegging</em> vindt ook <em>toezeggingen</em>, hoofdletters en accenten tellen niet. Kleine woorden als <em>de</em> en <em>van</em> worden overgeslagen, behalve tussen aanhalingstekens.</p>
          <ul>
            <li><code>"vereniging van drentse gemeenten"</code>: deze woorden in deze volgorde;</li>
            <li><code>jeugdzorg OR jeugdhulp</code> (of <code>OF</code>): een van beide;</li>
            <li><code>-verslag</code>: zonder dit woord;</li>
            <li><code>samenwerk*</code>: woorden die zo beginnen.</li>
          </ul>
        </details>
        \(resultText.map { text -> HTML in "<p class=\"result-count\" role=\"status\">\(text)</p>" })
        \(when: !hits.isEmpty || !facets.isEmpty, results)
        \(when: resultText != nil && hits.isEmpty && !query.isEmpty, "<p>Niets gevonden. Probeer minder of andere woorden, of zoek in alles.</p>")
        <p><a href="\(apiHref)">Deze zoekvraag als JSON</a></p>
        """
    }

    private var results: HTML {
        """
        <div class="register">
          <div>
            \(clearHref.map { href -> HTML in "<p><a href=\"\(href)\">Alle verfijningen weghalen</a></p>" })
            <ol class="search-results">
              \(each: hits, Self.hit)
            </ol>
            \(when: previous != nil || next != nil, HTML.pagination(previous: previous, next: next))
          </div>
          \(HTML.facets(facets))
        </div>
        """
    }

    private static func hit(_ hit: Hit) -> HTML {
        let title: HTML = hit.href.map { href in "<a href=\"\(href)\">\(hit.title)</a>" } ?? hit.title
        return """
        <li class="search-result">
          <h2 class="search-result__title">\(title)</h2>
          <p class="search-result__about">\(hit.about)</p>
          \(hit.snippet.map { snippet -> HTML in "<p class=\"search-result__snippet\">\(snippet)</p>" })
        </li>

        """
    }
}

extension HTML {
    /// A snippet with the words that were looked for in `<mark>`, every part escaped.
    static func marked(_ snippet: SearchSnippet) -> HTML {
        HTML(joining: snippet.parts.map { part -> HTML in part.isMatch ? "<mark>\(part.text)</mark>" : "\(part.text)" })
    }
}
