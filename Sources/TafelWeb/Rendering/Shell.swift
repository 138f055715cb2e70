import Foundation
import TafelCore

/// What the layout needs on every page: the title and which main section is current.
struct Shell: Sendable {
    struct NavItem: Sendable {
        let label: String
        let href: SiteRoute
        let current: Bool
    }

    let title: String
    let nav: [NavItem]
    let breadcrumbs: [Crumb]
    let hasBreadcrumbs: Bool

    /// `insight`: a page of Inzicht, whose section is no kind of record.
    init(title: String, section: RecordKind?, breadcrumbs: [Crumb] = [], insight: Bool = false) {
        self.title = title
        self.breadcrumbs = breadcrumbs
        self.hasBreadcrumbs = !breadcrumbs.isEmpty
        let sections: [(String, RecordKind)] = [
            ("Organisaties", .organisation), ("Personen", .person), ("Gremia", .body),
            ("Samenwerkingen", .collaboration), ("Bijeenkomsten", .meeting), ("Toezeggingen", .commitment),
            ("Agenderingsverzoeken", .agendaRequest), ("Opgaven", .task),
            ("Documenten", .document),
        ]
        self.nav = [NavItem(label: "Overzicht", href: .home, current: section == nil && title == Shell.homeTitle)]
            + sections.map { NavItem(label: $0.0, href: SiteRoute.collection($0.1), current: section == $0.1) }
            + [NavItem(label: "Inzicht", href: .insight(), current: insight)]
    }

    static let homeTitle = "Overzicht"
}

struct Crumb: Sendable {
    let label: String
    let href: SiteRoute
}

