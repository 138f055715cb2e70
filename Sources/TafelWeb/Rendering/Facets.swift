/// Facet counts beside a list (the register, the search): per facet its values with how many
/// each would find, each a link that chooses it (or, chosen, lets it go again).
struct FacetLink: Sendable {
    let label: String
    let count: Int
    let href: SiteRoute
    let selected: Bool
}

struct FacetGroup: Sendable {
    let label: String
    let links: [FacetLink]
}

extension HTML {
    /// The facets as an aside of sections, one list of links each.
    static func facets(_ groups: [FacetGroup]) -> HTML {
        """
        <aside class="facets" aria-label="Verfijnen">
          <h2 class="visually-hidden">Verfijnen</h2>
          \(each: groups, facetGroup)
        </aside>
        """
    }

    private static func facetGroup(_ group: FacetGroup) -> HTML {
        """
        <section class="facet">
            <h3>\(group.label)</h3>
            <ul>
              \(each: group.links, facetLink)
            </ul>
          </section>

        """
    }

    private static func facetLink(_ link: FacetLink) -> HTML {
        """
        <li><a href="\(link.href)"\(when: link.selected, " aria-current=\"true\" class=\"facet--selected\"")>\(link.label)</a> <span class="facet__count">\(link.count)</span></li>

        """
    }
}
