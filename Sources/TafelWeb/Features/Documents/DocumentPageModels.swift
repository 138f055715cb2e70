import TafelCore
import TafelStore

/// The document pages, composed from domain values (no database, no request).
extension ListPage {
    static func documents(_ query: Catalog.ListQuery, _ page: Page<Document>, mayAdd: Bool) -> ListPage {
        let table = Table(caption: "Documenten", columns: ["Titel", "Datum", "Soort", "Kenmerk"], rows: page.items.map { d in
            TableRow(head: Cell(d.title, href: .record(.document, d.id)),
                     cells: [Cell(d.date?.dutch ?? ""), Cell(d.kind.label), Cell(d.reference ?? "")])
        })
        return ListPage(
            kind: .document, heading: "Documenten",
            intro: "Brieven, verslagen en agenda's waaruit de gegevens in Tafel komen, volledig te lezen.",
            query: query, page: page, kindFilter: .init(DocumentKind.self, label: "Soort", selected: query.kind),
            nouns: ("document", "documenten"), table: table,
            addLink: mayAdd ? Crumb(label: "Document toevoegen", href: .newDocument) : nil)
    }
}

extension DetailPage {
    /// How a public document is published for the Woo-index, with a link to its DiWoo metadata.
    static func wooFacts(_ d: Document, held: Bool) -> [Fact] {
        guard let category = d.wooCategory else { return [Fact("Woo-informatiecategorie", "geen: niet actief openbaar gemaakt")] }
        let published = d.confidentiality == .openbaar && held
        return [
            Fact("Woo-informatiecategorie", "\(category.label) (\(category.article))"),
            Fact("Documenthandeling", d.kind.wooAction.label + (d.date.map { " op \($0.dutch)" } ?? "")),
            Fact("Woo-index", published ? "DiWoo-metadata (XML)"
                 : held ? "niet gepubliceerd: het document is niet openbaar" : "niet gepubliceerd: Tafel heeft de tekst niet",
                 href: published ? .documentDiWoo(d.id) : nil),
        ]
    }

    static func document(_ detail: DocumentDetail, mayEdit: Bool) -> DetailPage {
        let d = detail.document
        let textKnown = detail.isTextHeld
        let facts = [
            Fact("Soort", d.kind.label), Fact("Datum", d.date?.dutch), Fact("Kenmerk", d.reference),
            Fact("Behandeld door", d.handledBy), Fact("Auteur", d.author),
            Fact("Afzender", detail.senders.map(\.name).joined(separator: ", ")),
            Fact("Geadresseerde", detail.addressees.map(\.name).joined(separator: ", ")),
            Fact("Vertrouwelijkheid", d.confidentiality.label),
            Fact("Toegang", detail.access.map(\.name).joined(separator: ", ")),
            Fact("Bron", d.origin),
            Fact("Bijlage bij", detail.attachedTo),
            Fact("Origineel", detail.file?.summary, href: detail.file != nil ? .documentFile(d.id) : nil),
            Fact("Controlegetal (SHA-256)", detail.file?.sha256),
        ] + Self.wooFacts(d, held: textKnown)
        let sections = [
            Section("Wat is op dit stuk gebaseerd", anchor: "feiten", table: Table(
                caption: "Gegevens in Tafel die op dit document berusten, met de passage waarop", columns: ["Over", "Soort", "Passage"],
                rows: detail.facts.map { fact in
                    TableRow(head: Cell(fact.subject.name, href: SiteRoute.page(of: fact.about ?? fact.subject)), cells: [
                        Cell(fact.subject.kind.label),
                        Cell(fact.passage ?? "", href: fact.passage.map { .passage(d.id, anchor: PassageAnchor.id(for: $0)) }),
                    ])
                })),
            Section("Bijlagen", anchor: "bijlagen", items: detail.attachments.map { Item($0) }),
            Section("Behandeld in", anchor: "bijeenkomsten", items: detail.meetings.map { Item($0) }),
            Section("Toezeggingen die dit document doet of nakomt", anchor: "toezeggingen", items: detail.commitments.map { Item($0) }),
            Section("Agenderingsverzoeken", anchor: "agenderingsverzoeken", items: detail.agendaRequests.map { Item($0) }),
        ]
        var page = DetailPage(
            kind: .document, heading: d.title, lead: d.summary, facts: facts, sections: sections,
            text: textKnown ? detail.fullText : nil, citedPassages: detail.facts.compactMap(\.passage),
            sources: detail.sources, record: Reference(kind: .document, id: d.id, name: ""),
            editHref: mayEdit ? .editDocument(d.id) : nil, meta: d.meta)
        if mayEdit, !detail.fullText.isEmpty {
            page.links = [Crumb(label: "Herkennen wat dit document noemt en bevindingen overnemen", href: .documentRecognition(d.id))]
        }
        if !textKnown {
            page.notice = detail.sources.isEmpty ? "Tekst niet beschikbaar."
                : "Tekst niet beschikbaar: Tafel kent dit document alleen uit wat andere stukken erover zeggen (zie Bronnen)."
        }
        return page
    }
}
