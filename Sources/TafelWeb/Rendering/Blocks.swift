import Foundation
import TafelStore
import TafelCore

/// The building blocks that pages share: table cells and rows, facts, item lists, sources.
/// Views only display these.
struct Cell: Sendable {
    let text: String
    let href: SiteRoute?
    /// A link away from Tafel (a municipality's own decision).
    var externalHref: String?

    init(_ text: String, href: SiteRoute? = nil) {
        self.text = text
        self.href = href
    }

    init(_ text: String, external: String?) {
        self.text = text
        self.href = nil
        self.externalHref = external
    }

    init(_ reference: Reference?) {
        self.text = reference?.name ?? ""
        self.href = reference.flatMap(SiteRoute.page(of:))
    }

    /// Several records in one cell, each linked (the documents an agenda item treats).
    init(listing references: [Reference]) {
        self.text = references.map(\.name).joined(separator: "; ")
        self.href = nil
        self.references = references
    }

    var references: [Reference] = []
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
    let href: SiteRoute?
    /// A link away from Tafel (a TOOI URI).
    let externalHref: String?

    init(_ label: String, _ value: String?, href: SiteRoute? = nil, externalHref: String? = nil) {
        self.label = label
        self.value = value ?? ""
        self.href = href
        self.externalHref = externalHref
    }

    init(_ label: String, _ reference: Reference?) {
        self.init(label, reference?.name, href: reference.flatMap(SiteRoute.page(of:)))
    }

    var isEmpty: Bool { value.isEmpty }
}

struct Item: Sendable {
    let text: String
    let href: SiteRoute?
    let meta: String?
    /// Items under this one (a theme's sub-themes), as a nested list.
    let children: [Item]

    init(_ text: String, href: SiteRoute? = nil, meta: String? = nil, children: [Item] = []) {
        self.text = text
        self.href = href
        self.meta = meta
        self.children = children
    }

    init(_ reference: Reference, meta: String? = nil) {
        self.init(reference.name, href: SiteRoute.page(of: reference), meta: meta)
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
    let documentHref: SiteRoute?
    let passage: String?
    let reference: String?

    init(_ source: Source) {
        document = source.document?.name
        // With a passage, the link leads to it in the document's text.
        documentHref = source.document.flatMap { document in
            source.passage.map { SiteRoute.passage(document.id, anchor: PassageAnchor.id(for: $0)) } ?? SiteRoute.page(of: document)
        }
        passage = source.passage
        reference = source.externalReference
    }
}
