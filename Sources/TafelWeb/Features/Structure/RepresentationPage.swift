import Hummingbird
import TafelCore
import TafelStore

/// `/vertegenwoordiging`: the bodies in which members represent the region (the VNG's bestuur and
/// committees with their Drentse members), each with the overleg that acts as its achterban.
struct RepresentationPage: Sendable {
    struct Group: Sendable {
        let body: Reference
        let organisation: String
        let constituencies: [Reference]
        let members: [String]
    }

    let shell: Shell
    let date: PartialDate
    let groups: [Group]

    init(_ representations: [Representation], date: PartialDate) {
        shell = Shell(title: "Vertegenwoordiging", section: .body, breadcrumbs: [Crumb(label: "Gremia", href: .list(.body))])
        self.date = date
        groups = representations.map { r in
            Group(body: r.body, organisation: r.organisation?.name ?? "", constituencies: r.constituencies,
                  members: r.members.map { m in
                      [m.person.name, m.role, m.onBehalfOf.map { "namens \($0.name)" },
                       m.start.map { "sinds \($0.dutch)" } ?? m.observedOn.map { "volgens een bron van \($0.dutch)" }]
                          .compactMap { $0 }.joined(separator: ", ")
                  })
        }
    }

    static func addRoutes(to router: RouterGroup<AppContext>, catalog: Catalogs, renderer: Renderer) {
        router.get(.representation) { _, context in
            let today = PartialDate.today()
            return renderer.render(RepresentationPage(try await catalog(context).representations(on: today), date: today))
        }
    }
}

extension RepresentationPage: PageView {
    var main: HTML {
        """
        <h1>Vertegenwoordiging</h1>
        <p class="lead">De gremia van andere organisaties waarin bestuurders uit de regio zitten, zoals het bestuur en de commissies van de VNG, met het overleg dat hun achterban is: waar zij hun inbreng ophalen, afstemmen en verantwoording afleggen. Leden op \(date.dutch).</p>
        <p><a href="\(SiteRoute.structure())">De overlegstructuur</a></p>
        \(when: groups.isEmpty, "<p>Er zijn geen gremia met een achterban vastgelegd.</p>")
        \(when: !groups.isEmpty, table)
        """
    }

    private var table: HTML {
        """
        <table class="data">
          <caption class="visually-hidden">Gremia met hun leden en hun achterban</caption>
          <thead><tr>\(HTML.columnHeads(["Gremium", "Van", "Leden", "Achterban"]))</tr></thead>
          <tbody>
            \(each: groups, Self.row)
          </tbody>
        </table>
        """
    }

    private static func row(_ group: Group) -> HTML {
        let members: HTML = group.members.isEmpty
            ? "niet bekend: de bronnen noemen geen lid"
            : "<ul class=\"plain\">\(each: group.members, { member -> HTML in "<li>\(member)</li>" })</ul>"
        return """
        <tr><th scope="row">\(HTML.link(group.body.name, href: SiteRoute.page(of: group.body)))</th><td>\(group.organisation)</td><td>\(members)</td><td><ul class="plain">\(each: group.constituencies, { c -> HTML in "<li>\(HTML.link(c.name, href: SiteRoute.page(of: c)))</li>" })</ul></td></tr>

        """
    }
}
