import Foundation
import TafelCore
import TafelStore

/// The programme form's view model: the programme, its links, its themes and planned meetings
/// as rows (with empty rows to add more), its partners, tasks and collaborations, and a
/// conflict when the programme changed meanwhile.
struct ProgrammeForm: Sendable {
    typealias Field = FormField

    struct Row: Sendable {
        let label: String
        let fields: [Field]
    }

    struct Choices: Sendable {
        let organisations: [Catalog.Choice]
        let people: [Catalog.Choice]
        let bodies: [Catalog.Choice]
        let tasks: [Catalog.Choice]
        let collaborations: [Catalog.Choice]
    }

    let shell: Shell
    let heading: String
    let action: SiteRoute
    let csrf: String
    let version: Int?
    let programmeFields: [Field]
    let linkFields: [Field]
    let themes: [Row]
    let meetings: [Row]
    let lists: [Row]
    let access: [Field]
    let choices: Choices
    let problems: [FieldProblem]
    let hasProblems: Bool
    let conflict: FormConflict?

    static let extraRows = 3

    init(input: ProgrammeInput, action: SiteRoute, heading: String, version: Int?, csrf: String, choices: Choices,
         problems: [FieldProblem] = [], conflict: FormConflict? = nil, moreRows: Bool = false) {
        let fields = FormFieldMaker(problems: problems)
        shell = Shell(title: heading, section: .programme,
                      breadcrumbs: [Crumb(label: "Programma's", href: SiteRoute.collection(.programme))])
        self.heading = heading
        self.action = action
        self.csrf = csrf
        self.version = version
        self.choices = choices
        programmeFields = [
            fields.line("naam", "Naam", input.naam, required: true),
            fields.line("portefeuille", "Portefeuille", input.portefeuille, hint: "Bijvoorbeeld Gezondheid en Welzijn.", required: true),
            fields.text("doel", "Doel", input.doel),
            fields.select("status", "Status", ProgrammeStatus.self, input.status ?? ProgrammeStatus.concept.rawValue, empty: "Concept"),
            fields.text("omschrijving", "Omschrijving", input.omschrijving),
        ]
        let labels: [String: (String, String)] = [
            "eigenaar": ("Van (organisatie)", "organisaties"), "bestuurlijkOverleg": ("Bestuurlijk overleg", "gremia"),
            "bestuurlijkVoorzitter": ("Bestuurlijk voorzitter", "personen"), "ambtelijkOverleg": ("Ambtelijk overleg", "gremia"),
            "ambtelijkVoorzitter": ("Ambtelijk voorzitter", "personen"), "kerngroep": ("Kerngroep", "gremia"),
            "vngCommissie": ("VNG-commissie", "gremia"), "vngCommissielid": ("VNG-commissielid", "personen"),
        ]
        linkFields = input.links.map { link in
            let (label, list) = labels[link.field] ?? (link.field, "")
            return fields.line(link.field, label, link.value, list: list)
        }
        let blank = moreRows ? Self.extraRows + 5 : Self.extraRows
        themes = (input.themas + Array(repeating: .init(), count: blank)).enumerated().map { index, theme in
            let prefix = "themas[\(index)]"
            return Row(label: "Thema \(index + 1)", fields: [
                fields.line("\(prefix).naam", "Thema \(index + 1)", theme.naam),
                fields.line("\(prefix).onderdeelVan", "Onderdeel van thema", theme.onderdeelVan),
                fields.line("\(prefix).opgave", "Opgave", theme.opgave, list: "opgaven"),
            ])
        }
        meetings = (input.bijeenkomsten + Array(repeating: .init(), count: blank)).enumerated().map { index, plan in
            let prefix = "bijeenkomsten[\(index)]"
            return Row(label: "Bijeenkomst \(index + 1)", fields: [
                fields.line("\(prefix).omschrijving", "Bijeenkomst", plan.omschrijving),
                fields.select("\(prefix).soort", "Soort", MeetingKind.self, plan.soort, empty: "Geen"),
                fields.line("\(prefix).perJaarMin", "Minstens per jaar", plan.perJaarMin),
                fields.line("\(prefix).perJaarMax", "Hoogstens per jaar", plan.perJaarMax),
                fields.line("\(prefix).gremium", "Gremium", plan.gremium, list: "gremia"),
            ])
        }
        func list(_ name: String, _ legend: String, _ label: String, _ values: [String], datalist: String) -> Row {
            Row(label: legend, fields: (values + Array(repeating: "", count: blank)).enumerated().map { index, value in
                fields.line("\(name)[\(index)]", "\(label) \(index + 1)", value, list: datalist)
            })
        }
        lists = [
            list("partners", "Partners en overleggen", "Partner", input.partners, datalist: "organisaties"),
            list("opgaven", "Opgaven", "Opgave", input.opgaven, datalist: "opgaven"),
            list("samenwerkingen", "Samenwerkingen", "Samenwerking", input.samenwerkingen, datalist: "samenwerkingen"),
        ]
        access = [
            fields.select("vertrouwelijkheid", "Vertrouwelijkheid", Confidentiality.self, input.vertrouwelijkheid ?? "openbaar", empty: "Openbaar"),
            fields.line("toegang", "Toegang", input.toegang.joined(separator: "; "),
                        hint: "organisatie:ID of gremium:ID, gescheiden door puntkomma’s. Bij ‘vertrouwelijk’ zien alleen hun leden het programma."),
        ]
        self.problems = problems
        hasProblems = !problems.isEmpty
        self.conflict = conflict
    }

    static let fieldLabels: [String: String] = [
        "naam": "Naam", "portefeuille": "Portefeuille", "doel": "Doel", "status": "Status", "omschrijving": "Omschrijving",
        "eigenaar": "Van", "bestuurlijkOverleg": "Bestuurlijk overleg", "bestuurlijkVoorzitter": "Bestuurlijk voorzitter",
        "ambtelijkOverleg": "Ambtelijk overleg", "ambtelijkVoorzitter": "Ambtelijk voorzitter", "kerngroep": "Kerngroep",
        "vngCommissie": "VNG-commissie", "vngCommissielid": "VNG-commissielid", "themas": "Thema's", "bijeenkomsten": "Bijeenkomsten",
        "partners": "Partners", "opgaven": "Opgaven", "samenwerkingen": "Samenwerkingen", "vertrouwelijkheid": "Vertrouwelijkheid",
        "toegang": "Toegang",
    ]

    static func differences(stored: ProgrammeDraft, typed: ProgrammeInput) -> [FormConflict.Row] {
        FormConflict.rows(stored: stored.snapshot, typed: typed.values, labels: fieldLabels)
    }

    static func input(from form: FormData) -> ProgrammeInput {
        func values(_ name: String) -> [String] {
            form.rows(name, limit: ProgrammeDraft.maximumRows * 2).compactMap { form[$0] }.map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
        }
        /// Rows up to the last one filled in: an empty row between two themes stays, so that numbers keep their meaning.
        func trimmed<Row>(_ rows: [Row], isEmpty: (Row) -> Bool) -> [Row] {
            Array(rows.prefix((rows.lastIndex { !isEmpty($0) } ?? -1) + 1))
        }
        let themes = form.rows("themas", limit: ProgrammeDraft.maximumRows * 2).map {
            ProgrammeInput.Theme(naam: form["\($0).naam"], onderdeelVan: form["\($0).onderdeelVan"], opgave: form["\($0).opgave"])
        }
        let plans = form.rows("bijeenkomsten", limit: ProgrammeDraft.maximumRows * 2).map {
            ProgrammeInput.MeetingPlan(omschrijving: form["\($0).omschrijving"], soort: form["\($0).soort"], perJaarMin: form["\($0).perJaarMin"],
                                       perJaarMax: form["\($0).perJaarMax"], gremium: form["\($0).gremium"])
        }
        return ProgrammeInput(
            naam: form["naam"], portefeuille: form["portefeuille"], doel: form["doel"], status: form["status"], omschrijving: form["omschrijving"],
            eigenaar: form["eigenaar"], bestuurlijkOverleg: form["bestuurlijkOverleg"], bestuurlijkVoorzitter: form["bestuurlijkVoorzitter"],
            ambtelijkOverleg: form["ambtelijkOverleg"], ambtelijkVoorzitter: form["ambtelijkVoorzitter"], kerngroep: form["kerngroep"],
            vngCommissie: form["vngCommissie"], vngCommissielid: form["vngCommissielid"],
            themas: trimmed(themes, isEmpty: \.isEmpty), bijeenkomsten: plans.filter { !$0.isEmpty },
            partners: values("partners"), opgaven: values("opgaven"), samenwerkingen: values("samenwerkingen"),
            vertrouwelijkheid: form["vertrouwelijkheid"], toegang: form.all("toegang").flatMap { CSV.splitList($0) })
    }
}

/// The programme form.
extension ProgrammeForm: PageView {
    var main: HTML {
        """
        <h1>\(heading)</h1>
        \(conflict?.html(heading: "Het programma is intussen gewijzigd"))
        \(when: hasProblems, HTML.problemNotice(heading: "Het programma is niet opgeslagen", problems: problems))
        \(HTML.datalist("organisaties", choices.organisations))
        \(HTML.datalist("personen", choices.people))
        \(HTML.datalist("gremia", choices.bodies))
        \(HTML.datalist("opgaven", choices.tasks))
        \(HTML.datalist("samenwerkingen", choices.collaborations))
        <form class="form" method="post" action="\(action)">
          \(HTML.csrfField(csrf))
          \(HTML.versionField(version))
          \(HTML.fieldset("Het programma", programmeFields))
          \(HTML.fieldset("Wie en welke gremia", linkFields))
          <fieldset class="form__rows">
            <legend>Onderwerpen en thema's</legend>
            <p class="form__hint">Eén thema per regel, in leesvolgorde. Een subthema noemt bij ‘Onderdeel van thema’ het nummer van een eerder thema; een thema dat als opgave wordt uitgewerkt noemt die opgave.</p>
            \(each: themes, Self.row)
          </fieldset>
          <fieldset class="form__rows">
            <legend>Bijeenkomsten</legend>
            <p class="form__hint">Welke bijeenkomsten het programma plant, hoe vaak per jaar (leeg als de bron geen aantal noemt) en welk gremium ze houdt.</p>
            \(each: meetings, Self.row)
          </fieldset>
          \(each: lists, Self.listFieldset)
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
              \(each: row.fields, { field -> HTML in field.html })
            </fieldset>

        """
    }

    private static func listFieldset(_ row: Row) -> HTML {
        """
        <fieldset class="form__rows">
            <legend>\(row.label)</legend>
            \(each: row.fields, { field -> HTML in field.html })
          </fieldset>

        """
    }
}
