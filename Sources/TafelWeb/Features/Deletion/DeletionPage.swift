import TafelCore

/// Removing a record: what goes with it and that it cannot be undone, or why it cannot go.
struct DeletionPage: Sendable {
    let shell: Shell
    let heading: String
    let recordHref: SiteRoute
    let action: SiteRoute
    let explanation: String
    let refusal: String?
    let notice: String?
    let version: Int
    let csrf: String

    init(kind: RecordKind, id: String, name: String, version: Int, csrf: String, refusal: DeletionRefused?, notice: String? = nil) {
        heading = "\(kind.label) verwijderen"
        shell = Shell(title: heading, section: kind, breadcrumbs: [
            Crumb(label: Self.collectionLabel(kind), href: SiteRoute.collection(kind)), Crumb(label: name, href: .record(kind, id)),
        ])
        recordHref = .record(kind, id)
        action = .deleteRecord(kind, id)
        explanation = "U verwijdert ‘\(name)’ met \(Self.owned(kind)). Dat kan niet ongedaan worden gemaakt; de geschiedenis van het record blijft bewaard."
        self.refusal = refusal.map { "Dit kan nu niet: \($0.reason)" }
        self.notice = notice
        self.version = version
        self.csrf = csrf
    }

    private static func collectionLabel(_ kind: RecordKind) -> String {
        switch kind {
        case .body: "Gremia"
        case .meeting: "Bijeenkomsten"
        case .programme: "Programma's"
        case .commitment: "Toezeggingen"
        case .agendaRequest: "Agenderingsverzoeken"
        case .policyProduct: "Beleidsproducten"
        case .jointDecision: "Gezamenlijke besluiten"
        case .stance: "Standpunten"
        default: kind.label
        }
    }

    private static func owned(_ kind: RecordKind) -> String {
        switch kind {
        case .body: "zijn lidmaatschappen en posten"
        case .meeting: "haar deelnemers, agendapunten en uitkomsten. Is ze gehouden of afgelast, geef dat dan liever aan met haar status"
        case .programme: "zijn thema's, geplande bijeenkomsten en koppelingen"
        case .commitment: "wat haar nakomt. Is ze vervallen of aangehouden, leg dat dan liever vast als besluit"
        case .agendaRequest: "zijn vragen en hun antwoorden. Is het ingetrokken of afgewezen, geef dat dan liever aan met zijn status"
        case .policyProduct: "zijn rollen, consequenties en koppelingen met samenwerkingen"
        case .stance: "zijn steunende organisaties en koppelingen met opgaven. Is het ingetrokken, geef dat dan liever aan met zijn status"
        case .jointDecision: "het besluit van elke organisatie erover. Is het voorstel ingetrokken, zeg dat dan liever in de omschrijving"
        default: "wat erbij hoort"
        }
    }
}

extension DeletionPage: PageView {
    var main: HTML {
        """
        <h1>\(heading)</h1>
        \(notice.map { notice -> HTML in "<p class=\"notice\" role=\"status\">\(notice)</p>" })
        <p>\(explanation)</p>
        \(refusal.map { refusal -> HTML in "<p class=\"notice\" role=\"alert\">\(refusal)</p>" })
        \(when: refusal == nil, form)
        <p><a href="\(recordHref)">Terug, niets verwijderen</a></p>
        """
    }

    private var form: HTML {
        """
        <form method="post" action="\(action)">\(HTML.csrfField(csrf))<input type="hidden" name="versie" value="\(version)"><button type="submit" class="button">Definitief verwijderen</button></form>
        """
    }
}
