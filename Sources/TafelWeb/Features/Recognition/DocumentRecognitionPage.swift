import TafelCore
import TafelStore

/// What a document names (issue 13 part 4): every finding with its place, value and certainty, and
/// for an editor the button that accepts it: a link (the sentence becomes a source of the named record)
/// or a new commitment (from a commitment phrase, with the sentence as its source).
struct DocumentRecognitionPage: Sendable {
    struct Row: Sendable {
        let finding: Finding
        let kindLabel: String
        let value: String
        let record: Reference?
        let certainty: String
        /// The named record has a source in this document already.
        let linked: Bool
        let mayCommit: Bool
    }

    let shell: Shell
    let heading: String
    let documentHref: SiteRoute
    let acceptHref: SiteRoute
    let rows: [Row]
    let counts: [(String, Int)]
    let hasText: Bool
    let notice: String?
    let csrf: String

    init(detail: DocumentDetail, findings: [Finding], names: [RecordKey: String], csrf: String, notice: String?) {
        let d = detail.document
        heading = "Wat dit document noemt"
        shell = Shell(title: "\(heading): \(d.title)", section: .document, breadcrumbs: [
            Crumb(label: "Documenten", href: SiteRoute.collection(.document)), Crumb(label: d.title, href: .record(.document, d.id)),
        ])
        documentHref = .record(.document, d.id)
        acceptHref = .acceptFinding(d.id)
        hasText = !detail.fullText.isEmpty
        let cited = Set(detail.facts.map { RecordKey($0.subject.kind, $0.subject.id) })
        rows = findings.map { finding in
            let record = finding.record.map { Reference(kind: $0.kind, id: $0.id, name: names[$0] ?? $0.id) }
            return Row(finding: finding, kindLabel: finding.kind.label, value: Self.value(finding), record: record,
                       certainty: "\(Int((finding.confidence * 100).rounded())) %",
                       linked: finding.record.map(cited.contains) ?? false,
                       mayCommit: finding.kind == .toezegging && finding.value == "gedaan")
        }
        counts = FindingKind.allCases.compactMap { kind in
            let count = findings.filter { $0.kind == kind }.count
            return count > 0 ? (kind.label, count) : nil
        }
        self.notice = notice
        self.csrf = csrf
    }

    static func value(_ finding: Finding) -> String {
        if let cents = finding.amountCents { return Money(cents: cents).dutch() }
        switch finding.kind {
        case .datum, .termijn, .bijeenkomst: return finding.value.flatMap { PartialDate(iso: $0)?.dutch } ?? finding.value ?? ""
        case .toezegging:
            switch finding.value {
            case "gedaan": return "toezegging gedaan"
            case "nagekomen": return "toezegging nagekomen"
            default: return "toezegging genoemd"
            }
        default: return finding.value ?? ""
        }
    }
}

extension DocumentRecognitionPage: PageView {
    var main: HTML {
        """
        <p class="kind">Document</p>
        <h1>\(heading)</h1>
        \(notice.map { notice -> HTML in "<p class=\"notice notice--success\" role=\"status\">\(notice)</p>" })
        <p>Tafel zocht in de tekst naar organisaties, gremia, personen, samenwerkingen en bijeenkomsten die het kent, en naar datums, termijnen, bedragen, kenmerken en toezeggingen. Met <strong>Koppelen</strong> wordt de zin waarin de bevinding staat een bron van het genoemde record; met <strong>Als toezegging vastleggen</strong> wordt het een nieuwe toezegging met die zin als bron, die u daarna aanvult.</p>
        <div class="record-actions"><a href="\(documentHref)">Naar het document</a></div>
        \(when: !hasText, "<p class=\"notice\" role=\"status\">Dit document heeft geen tekst om in te zoeken.</p>")
        \(when: hasText && rows.isEmpty, "<p>Tafel vond in deze tekst niets dat het herkent.</p>")
        \(when: !counts.isEmpty, summary)
        \(when: !rows.isEmpty, table)
        """
    }

    private var summary: HTML {
        "<p>\(counts.map { "\($0.1) × \($0.0.lowercased())" }.joined(separator: ", ")).</p>"
    }

    private var table: HTML {
        """
        <table id="bevindingen">
          <caption>Bevindingen in de volgorde van de tekst</caption>
          <thead><tr>\(HTML.columnHeads(["In de tekst", "Soort", "Waarde", "Record", "Zekerheid", "Overnemen"]))</tr></thead>
          <tbody>
            \(each: rows, row)
          </tbody>
        </table>
        """
    }

    private func row(_ row: Row) -> HTML {
        let f = row.finding
        let fields: HTML = """
            \(HTML.csrfField(csrf))<input type="hidden" name="soort" value="\(f.kind.rawValue)"><input type="hidden" name="begin" value="\(f.start)"><input type="hidden" name="einde" value="\(f.end)">
            """
        let action: HTML
        if row.linked {
            action = "Gekoppeld"
        } else if let record = row.record {
            action = """
                <form method="post" action="\(acceptHref)" class="inline-form">\(fields)<input type="hidden" name="record" value="\(record.id)"><button type="submit" class="button button--secondary" aria-label="Koppel ‘\(f.text)’ aan \(record.name)">Koppelen</button></form>
                """
        } else if row.mayCommit {
            action = """
                <form method="post" action="\(acceptHref)" class="inline-form">\(fields)<input type="hidden" name="als" value="toezegging"><button type="submit" class="button button--secondary" aria-label="Leg ‘\(f.text)’ vast als toezegging">Als toezegging vastleggen</button></form>
                """
        } else {
            action = ""
        }
        return """
        <tr><th scope="row">\(f.text)</th><td>\(row.kindLabel)</td><td>\(row.value)</td><td>\(HTML.link(row.record?.name ?? "", href: row.record.flatMap(SiteRoute.page(of:))))</td><td>\(row.certainty)</td><td>\(action)</td></tr>

        """
    }
}
