import TafelCore
import TafelStore

/// The body form's view model: the body, its members over time (with empty rows to add more),
/// every field with what was typed and its problem, and a conflict when the body changed meanwhile.
struct BodyForm: Sendable {
    typealias Field = FormField

    struct Row: Sendable {
        let label: String
        /// The membership's id, which travels with its row.
        let id: String?
        let idName: String
        let fields: [Field]
    }

    let shell: Shell
    let heading: String
    let action: SiteRoute
    let csrf: String
    let version: Int?
    let bodyFields: [Field]
    let members: [Row]
    let access: [Field]
    let organisations: [Catalog.Choice]
    let people: [Catalog.Choice]
    let bodies: [Catalog.Choice]
    let roles: [Catalog.Choice]
    let problems: [FieldProblem]
    let hasProblems: Bool
    let conflict: FormConflict?

    static let extraRows = 3

    init(input: BodyInput, action: SiteRoute, heading: String, version: Int?, csrf: String, choices: MeetingFormChoices,
         problems: [FieldProblem] = [], conflict: FormConflict? = nil, moreRows: Bool = false) {
        let fields = FormFieldMaker(problems: problems)
        shell = Shell(title: heading, section: .body, breadcrumbs: [Crumb(label: "Gremia", href: SiteRoute.collection(.body))])
        self.heading = heading
        self.action = action
        self.csrf = csrf
        self.version = version
        organisations = choices.organisations
        people = choices.people
        bodies = choices.bodies
        roles = BodyRole.allCases.map { Catalog.Choice(id: $0.rawValue, name: $0.label, code: nil) }
        bodyFields = [
            fields.line("naam", "Naam", input.naam, required: true),
            fields.select("soort", "Soort", BodyKind.self, input.soort, empty: "Kies een soort", required: true),
            fields.line("organisatie", "Organisatie", input.organisatie,
                        hint: "De organisatie waarvan dit gremium is of die het organiseert; typ de naam of de id.", list: "organisaties"),
            fields.line("onderdeelVan", "Onderdeel van", input.onderdeelVan,
                        hint: "Het gremium waaronder dit gremium valt (een kerngroep onder zijn bestuurlijk overleg).", list: "gremia"),
            fields.text("omschrijving", "Omschrijving", input.omschrijving),
            fields.line("vergaderingenPerJaarMin", "Vergadert minstens (keer per jaar)", input.vergaderingenPerJaarMin,
                        hint: "Het ritme dat de regels vragen, bijvoorbeeld 2 tot 4 keer per jaar."),
            fields.line("vergaderingenPerJaarMax", "Vergadert hoogstens (keer per jaar)", input.vergaderingenPerJaarMax),
            fields.line("achterban", "Achterban", input.achterban.joined(separator: "; "),
                        hint: "De gremia waaraan de leden verantwoording afleggen en waar zij hun inbreng ophalen, zoals het VDG-bestuur voor een VNG-commissie; de id’s, gescheiden door puntkomma’s.",
                        list: "gremia"),
        ]
        let blank = moreRows ? Self.extraRows + 5 : Self.extraRows
        members = (input.leden + Array(repeating: .init(), count: blank)).enumerated().map { index, m in
            let prefix = "leden[\(index)]"
            return Row(label: "Lid \(index + 1)", id: m.id, idName: "\(prefix).id", fields: [
                fields.line("\(prefix).persoon", "Persoon", m.persoon, list: "personen"),
                fields.line("\(prefix).rol", "Rol", m.rol, list: "rollen"),
                fields.line("\(prefix).namens", "Namens", m.namens, list: "organisaties"),
                fields.line("\(prefix).vanaf", "Vanaf", m.vanaf),
                fields.line("\(prefix).tot", "Tot", m.tot),
                fields.line("\(prefix).waargenomenOp", "Gezien op", m.waargenomenOp),
            ])
        }
        access = [
            fields.select("vertrouwelijkheid", "Vertrouwelijkheid", Confidentiality.self, input.vertrouwelijkheid ?? "openbaar", empty: "Openbaar"),
            fields.line("toegang", "Toegang", input.toegang.joined(separator: "; "),
                        hint: "organisatie:ID of gremium:ID, gescheiden door puntkomma’s. Bij ‘vertrouwelijk’ zien alleen hun leden het gremium."),
        ]
        self.problems = problems
        hasProblems = !problems.isEmpty
        self.conflict = conflict
    }

    static let fieldLabels: [String: String] = [
        "naam": "Naam", "soort": "Soort", "organisatie": "Organisatie", "onderdeelVan": "Onderdeel van", "achterban": "Achterban",
        "omschrijving": "Omschrijving", "vergaderingenPerJaarMin": "Vergadert minstens", "vergaderingenPerJaarMax": "Vergadert hoogstens",
        "leden": "Leden", "vertrouwelijkheid": "Vertrouwelijkheid", "toegang": "Toegang",
    ]

    static func differences(stored: BodyDraft, typed: BodyInput) -> [FormConflict.Row] {
        var shown = typed
        shown.leden = shown.leden.map { var row = $0; row.id = nil; return row }
        return FormConflict.rows(stored: stored.snapshot, typed: shown.values, labels: fieldLabels)
    }

    static func input(from form: FormData) -> BodyInput {
        BodyInput(
            naam: form["naam"], soort: form["soort"], organisatie: form["organisatie"], onderdeelVan: form["onderdeelVan"],
            omschrijving: form["omschrijving"], vergaderingenPerJaarMin: form["vergaderingenPerJaarMin"],
            vergaderingenPerJaarMax: form["vergaderingenPerJaarMax"],
            leden: form.rows("leden", limit: BodyDraft.maximumMembers * 2).map {
                .init(id: form["\($0).id"].flatMap { $0.isEmpty ? nil : $0 }, persoon: form["\($0).persoon"], rol: form["\($0).rol"],
                      namens: form["\($0).namens"], vanaf: form["\($0).vanaf"], tot: form["\($0).tot"], waargenomenOp: form["\($0).waargenomenOp"])
            }.filter { !$0.isEmpty },
            vertrouwelijkheid: form["vertrouwelijkheid"], toegang: form.all("toegang").flatMap { CSV.splitList($0) }, achterban: form.all("achterban").flatMap { CSV.splitList($0) })
    }
}

/// The body form.
extension BodyForm: PageView {
    var main: HTML {
        """
        <h1>\(heading)</h1>
        \(conflict?.html(heading: "Het gremium is intussen gewijzigd"))
        \(when: hasProblems, HTML.problemNotice(heading: "Het gremium is niet opgeslagen", problems: problems))
        \(HTML.datalist("organisaties", organisations))
        \(HTML.datalist("personen", people))
        \(HTML.datalist("gremia", bodies))
        \(HTML.datalist("rollen", roles))
        <form class="form" method="post" action="\(action)">
          \(HTML.csrfField(csrf))
          \(HTML.versionField(version))
          \(HTML.fieldset("Het gremium", bodyFields))
          <fieldset class="form__rows">
            <legend>Leden</legend>
            <p class="form__hint">Wie er lid is, in welke rol (zoals voorzitter, secretaris-penningmeester, ambtelijk voorzitter, lid), namens welke organisatie, en van wanneer tot wanneer (JJJJ, JJJJ-MM of JJJJ-MM-DD). ‘Gezien op’: de dag waarop een bron het lidmaatschap noemt, als die geen periode geeft.</p>
            \(each: members, Self.row)
          </fieldset>
          <p><button type="submit" class="button button--secondary" name="actie" value="meer-regels">Meer lege regels</button></p>
          \(HTML.fieldset("Toegang", access))
          <button type="submit" class="button" name="actie" value="opslaan">Opslaan</button>
        </form>
        """
    }

    private static func row(_ row: Row) -> HTML {
        """
        <fieldset class="form__row">
              <legend class="visually-hidden">\(row.label)</legend>
              \(row.id.map { id -> HTML in "<input type=\"hidden\" name=\"\(row.idName)\" value=\"\(id)\">" })
              \(each: row.fields, { field -> HTML in field.html })
            </fieldset>

        """
    }
}
