import Foundation
import TafelStore
import TafelCore

/// The building blocks of the list and detail pages. Templates only display these.
struct Cell: Sendable {
    let text: String
    let href: String?

    init(_ text: String, href: String? = nil) {
        self.text = text
        self.href = href
    }

    init(_ reference: Reference?) {
        self.text = reference?.name ?? ""
        self.href = reference.flatMap(SitePath.record)
    }
}

struct TableRow: Sendable {
    let head: Cell
    let cells: [Cell]
}

struct Table: Sendable {
    let caption: String
    let columns: [String]
    let rows: [TableRow]
}

struct Fact: Sendable {
    let label: String
    let value: String
    let href: String?

    init(_ label: String, _ value: String?, href: String? = nil) {
        self.label = label
        self.value = value ?? ""
        self.href = href
    }

    init(_ label: String, _ reference: Reference?) {
        self.init(label, reference?.name, href: reference.flatMap(SitePath.record))
    }

    var isEmpty: Bool { value.isEmpty }
}

struct Item: Sendable {
    let text: String
    let href: String?
    let meta: String?

    init(_ text: String, href: String? = nil, meta: String? = nil) {
        self.text = text
        self.href = href
        self.meta = meta
    }

    init(_ reference: Reference, meta: String? = nil) {
        self.init(reference.name, href: SitePath.record(reference), meta: meta)
    }
}

struct Section: Sendable {
    let heading: String
    let anchor: String
    let items: [Item]
    let table: Table?
    let count: Int
    let hasItems: Bool

    init(_ heading: String, anchor: String, items: [Item]) {
        self.heading = heading
        self.anchor = anchor
        self.items = items
        self.table = nil
        self.count = items.count
        self.hasItems = !items.isEmpty
    }

    init(_ heading: String, anchor: String, table: Table) {
        self.heading = heading
        self.anchor = anchor
        self.items = []
        self.table = table
        self.count = table.rows.count
        self.hasItems = false
    }

    var isEmpty: Bool { count == 0 }
}

struct SourceItem: Sendable {
    let document: String?
    let documentHref: String?
    let passage: String?
    let reference: String?

    init(_ source: Source) {
        document = source.document?.name
        documentHref = source.document.flatMap(SitePath.record)
        passage = source.passage
        reference = source.externalReference
    }
}

/// Any record's page: a heading, its facts, the related records, its sources.
struct DetailPage: Sendable {
    let shell: Shell
    let kindLabel: String
    let heading: String
    let lead: String?
    let facts: [Fact]
    let sections: [Section]
    let text: String?
    let sources: [SourceItem]
    let apiHref: String
    let historyHref: String
    let editHref: String?
    /// "Intern" or "Vertrouwelijk" for a record the public cannot see; nil for a public one.
    let levelLabel: String?
    let updated: String
    let hasFacts: Bool
    let hasSources: Bool
    /// A notice above the facts, such as "gearchiveerd".
    var notice: String?
    /// A button that posts (archive, restore), with the CSRF token and the version it acts on.
    var postAction: PostAction?
    /// Markup Tafel drew itself (an SVG figure), shown after the facts.
    var figure: String?
    /// More pages about this record.
    var links: [Crumb] = []

    init(kind: RecordKind, heading: String, lead: String?, facts: [Fact], sections: [Section],
         text: String? = nil, sources: [Source], record: Reference, editHref: String? = nil, meta: RecordMeta) {
        self.shell = Shell(title: heading, section: kind,
                           breadcrumbs: [Crumb(label: kind.collection.capitalized, href: SitePath.collection(kind))])
        self.kindLabel = kind.label
        self.heading = heading
        self.lead = lead
        self.facts = facts.filter { !$0.isEmpty }
        self.hasFacts = !self.facts.isEmpty
        self.sections = sections.filter { !$0.isEmpty }
        self.text = text
        self.sources = sources.map(SourceItem.init)
        self.hasSources = !sources.isEmpty
        self.apiHref = SitePath.apiRecord(record)
        self.historyHref = SitePath.history(kind, record.id)
        self.editHref = editHref
        self.levelLabel = meta.confidentiality == .openbaar ? nil : meta.confidentiality.label
        self.updated = meta.updatedAt.formatted(.dateTime.day().month(.wide).year().locale(.init(identifier: "nl_NL")))
    }
}

struct PostAction: Sendable {
    let label: String
    let href: String
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

    struct PageLink: Sendable {
        let label: String
        let href: String
        let current: Bool
    }

    let shell: Shell
    let heading: String
    let intro: String
    let action: String
    let query: String
    let kindFilter: KindFilter?
    let resultText: String
    let table: Table
    let hasRows: Bool
    let previous: String?
    let next: String?
    let pages: [PageLink]
    let hasPages: Bool
    /// "Document toevoegen" and the like, for those who may add one.
    let addLink: Crumb?

    init<T>(kind: RecordKind, heading: String, intro: String, query: Catalog.ListQuery, page: Page<T>,
            kindFilter: KindFilter? = nil, nouns: (one: String, many: String), table: Table, addLink: Crumb? = nil) {
        self.shell = Shell(title: heading, section: kind)
        self.addLink = addLink
        self.heading = heading
        self.intro = intro
        self.action = SitePath.collection(kind)
        self.query = query.search?.text ?? ""
        self.kindFilter = kindFilter
        let noun = page.total == 1 ? nouns.one : nouns.many
        self.resultText = query.search == nil && query.kind == nil
            ? "\(page.total) \(noun)"
            : "\(page.total) \(noun) gevonden"
        self.table = table
        self.hasRows = !table.rows.isEmpty
        func link(_ number: Int) -> String {
            var parts: [String] = []
            if let search = query.search { parts.append("q=\(Self.encode(search.text))") }
            if let kind = query.kind { parts.append("soort=\(Self.encode(kind))") }
            if let agenda = query.agenda { parts.append("agenda=\(Self.encode(agenda))") }
            if query.page.size != PageRequest.defaultSize { parts.append("pageSize=\(query.page.size)") }
            if number > 1 { parts.append("page=\(number)") }
            return SitePath.collection(kind) + (parts.isEmpty ? "" : "?" + parts.joined(separator: "&"))
        }
        self.previous = page.hasPrevious ? link(page.request.page - 1) : nil
        self.next = page.hasNext ? link(page.request.page + 1) : nil
        self.pages = page.pageCount > 1
            ? (1...page.pageCount).map { PageLink(label: "\($0)", href: link($0), current: $0 == page.request.page) }
            : []
        self.hasPages = page.pageCount > 1
    }

    /// A query value percent-encoded; the character set is made once (building it took 6 % of a cached answer).
    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: queryValueCharacters) ?? text
    }

    private static let queryValueCharacters = CharacterSet.urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+?#"))
}

