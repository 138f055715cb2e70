import Foundation
import TafelStore
import TafelCore

/// Any record's page: a heading, its facts, the related records, its sources.
struct DetailPage: Sendable {
    let shell: Shell
    let kindLabel: String
    let heading: String
    let lead: String?
    let facts: [Fact]
    let sections: [Section]
    /// The document's text with the passages that facts cite marked and anchored.
    let text: HTML?
    let sources: [SourceItem]
    let apiHref: SiteRoute
    let historyHref: SiteRoute
    let editHref: SiteRoute?
    /// "Intern" or "Vertrouwelijk" for a record the public cannot see; nil for a public one.
    let levelLabel: String?
    let updated: String
    let hasFacts: Bool
    let hasSources: Bool
    /// A notice above the facts, such as "gearchiveerd".
    var notice: String?
    /// A button that posts (archive, restore), with the CSRF token and the version it acts on.
    var postAction: PostAction?
    /// The confirmation page for removing the record, for those who may.
    var deleteHref: SiteRoute?
    /// Markup Tafel drew itself (an SVG figure), shown after the facts.
    var figure: String?
    /// More pages about this record.
    var links: [Crumb] = []

    init(kind: RecordKind, heading: String, lead: String?, facts: [Fact], sections: [Section],
         text: String? = nil, citedPassages: [String] = [], sources: [Source], record: Reference, editHref: SiteRoute? = nil,
         meta: RecordMeta) {
        self.shell = Shell(title: heading, section: kind,
                           breadcrumbs: [Crumb(label: kind.collection.capitalized, href: SiteRoute.collection(kind))])
        self.kindLabel = kind.label
        self.heading = heading
        self.lead = lead
        self.facts = facts.filter { !$0.isEmpty }
        self.hasFacts = !self.facts.isEmpty
        self.sections = sections.filter { !$0.isEmpty }
        self.text = text.map { DocumentTextHTML.render($0, citing: citedPassages) }
        self.sources = sources.map(SourceItem.init)
        self.hasSources = !sources.isEmpty
        self.apiHref = SiteRoute.api(of: record)
        self.historyHref = .history(kind, record.id)
        self.editHref = editHref
        self.levelLabel = meta.confidentiality == .openbaar ? nil : meta.confidentiality.label
        self.updated = meta.updatedAt.formatted(.dateTime.day().month(.wide).year().locale(.init(identifier: "nl_NL")))
    }
}

struct PostAction: Sendable {
    let label: String
    let href: SiteRoute
    let csrf: String
    let version: Int
}

/// Any collection's page: a filter form, a table, and page links.
struct ListPage: Sendable {
    struct Option: Sendable {
        let value: String
        let label: String
        let selected: Bool
    }

    struct KindFilter: Sendable {
        let label: String
        let options: [Option]
    }

    /// A filter field beyond `q` and `soort`: a choice from `options`, or a typed value (with its hint).
    struct Filter: Sendable {
        let name: String
        let label: String
        let options: [Option]?
        let value: String
        let hint: String?
        /// A typed value is a date (short, numeric on a phone) rather than an id.
        var isDate = false

        /// Above this many, a choice is a field for the id instead: a list of thousands of options
        /// (the national set's bodies) is neither usable nor cheap to send.
        static let maximumOptions = 200

        /// A list of `choices`, or, when there are more than `maximumOptions`, a field for the id.
        static func choice(_ name: String, _ label: String, _ choices: [Catalog.Choice], selected: String?) -> Filter {
            guard choices.count <= maximumOptions else {
                let example = choices.first.map { ", bijvoorbeeld \($0.id)" } ?? ""
                return Filter(name: name, label: label, options: nil, value: selected ?? "", hint: "de id\(example)")
            }
            return Filter(name: name, label: label,
                          options: [Option(value: "", label: "Alle", selected: selected == nil)]
                              + choices.map { Option(value: $0.id, label: $0.name, selected: $0.id == selected) },
                          value: selected ?? "", hint: nil)
        }

        static func date(_ name: String, _ label: String, _ value: PartialDate?) -> Filter {
            Filter(name: name, label: label, options: nil, value: value?.iso ?? "", hint: "JJJJ, JJJJ-MM of JJJJ-MM-DD", isDate: true)
        }
    }

    struct PageLink: Sendable {
        let label: String
        let href: SiteRoute
        let current: Bool
    }

    let shell: Shell
    let heading: String
    let intro: String
    let action: SiteRoute
    let query: String
    let kindFilter: KindFilter?
    /// Set after `init` by the collections that have more filters.
    var filters: [Filter] = []
    let resultText: String
    let table: Table
    let hasRows: Bool
    let previous: SiteRoute?
    let next: SiteRoute?
    let pages: [PageLink]
    let hasPages: Bool
    /// "Document toevoegen" and the like, for those who may add one.
    let addLink: Crumb?
    /// Pages about the whole collection (the bodies' structure check), under the intro.
    let links: [Crumb]

    init<T>(kind: RecordKind, heading: String, intro: String, query: Catalog.ListQuery, page: Page<T>,
            kindFilter: KindFilter? = nil, nouns: (one: String, many: String), table: Table, addLink: Crumb? = nil,
            links: [Crumb] = []) {
        self.shell = Shell(title: heading, section: kind)
        self.addLink = addLink
        self.links = links
        self.heading = heading
        self.intro = intro
        self.action = SiteRoute.collection(kind)
        self.query = query.search?.text ?? ""
        self.kindFilter = kindFilter
        let noun = page.total == 1 ? nouns.one : nouns.many
        self.resultText = !query.isFiltered
            ? "\(page.total) \(noun)"
            : "\(page.total) \(noun) gevonden"
        self.table = table
        self.hasRows = !table.rows.isEmpty
        func link(_ number: Int) -> SiteRoute { .list(kind, query.onPage(number)) }
        self.previous = page.hasPrevious ? link(page.request.page - 1) : nil
        self.next = page.hasNext ? link(page.request.page + 1) : nil
        self.pages = page.pageCount > 1
            ? (1...page.pageCount).map { PageLink(label: "\($0)", href: link($0), current: $0 == page.request.page) }
            : []
        self.hasPages = page.pageCount > 1
    }

}
