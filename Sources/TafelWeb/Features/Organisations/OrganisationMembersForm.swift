import TafelCore
import TafelStore

/// The form for an organisation's member organisations: a row per membership (with empty rows
/// to add more), what was typed and its problem, and a conflict when the list changed meanwhile.
struct OrganisationMembersForm: Sendable {
    struct Row: Sendable {
        let label: String
        /// The membership's id, which travels with its row.
        let id: String?
        let idName: String
        let fields: [FormField]
    }

    let shell: Shell
    let heading: String
    let action: SiteRoute
    let csrf: String
    let version: Int?
    let rows: [Row]
    let organisations: [Catalog.Choice]
    let problems: [FieldProblem]
    let hasProblems: Bool
    let conflict: FormConflict?

    static let extraRows = 3

    init(organisation: Reference, input: OrganisationMembersInput, version: Int?, csrf: String, organisations: [Catalog.Choice],
         problems: [FieldProblem] = [], conflict: FormConflict? = nil, moreRows: Bool = false) {
        let fields = FormFieldMaker(problems: problems)
        heading = "Leden van \(organisation.name) bewerken"
        shell = Shell(title: heading, section: .organisation, breadcrumbs: [
            Crumb(label: "Organisaties", href: SiteRoute.collection(.organisation)),
            Crumb(label: organisation.name, href: .record(.organisation, organisation.id)),
        ])
        action = .editOrganisationMembers(organisation.id)
        self.csrf = csrf
        self.version = version
        self.organisations = organisations
        let blank = moreRows ? Self.extraRows + 10 : Self.extraRows
        rows = (input.leden + Array(repeating: .init(), count: blank)).enumerated().map { index, row in
            let prefix = "leden[\(index)]"
            return Row(label: "Lid \(index + 1)", id: row.id, idName: "\(prefix).id", fields: [
                fields.line("\(prefix).lid", "Organisatie", row.lid, list: "organisaties"),
                fields.line("\(prefix).rol", "Rol", row.rol),
                fields.line("\(prefix).vanaf", "Vanaf", row.vanaf),
                fields.line("\(prefix).tot", "Tot", row.tot),
                fields.line("\(prefix).waargenomenOp", "Gezien op", row.waargenomenOp),
            ])
        }
        self.problems = problems
        hasProblems = !problems.isEmpty
        self.conflict = conflict
    }

    static func differences(stored: OrganisationMembersDraft, typed: OrganisationMembersInput) -> [FormConflict.Row] {
        let shown = OrganisationMembersInput(leden: typed.leden.map { var row = $0; row.id = nil; return row })
        let line = shown.leden.map(\.line).joined(separator: MeetingInput.rowSeparator)
        return FormConflict.rows(stored: stored.snapshot, typed: [("leden", line.isEmpty ? nil : line)], labels: ["leden": "Leden"])
    }

    static func input(from form: FormData) -> OrganisationMembersInput {
        OrganisationMembersInput(leden: form.rows("leden", limit: OrganisationMembersDraft.maximumRows * 2).map {
            .init(id: form["\($0).id"].flatMap { $0.isEmpty ? nil : $0 }, lid: form["\($0).lid"], rol: form["\($0).rol"],
                  vanaf: form["\($0).vanaf"], tot: form["\($0).tot"], waargenomenOp: form["\($0).waargenomenOp"])
        }.filter { !$0.isEmpty })
    }
}

extension OrganisationMembersForm: PageView {
    var main: HTML {
        """
        <h1>\(heading)</h1>
        \(conflict?.html(heading: "De leden zijn intussen gewijzigd"))
        \(when: hasProblems, HTML.problemNotice(heading: "De leden zijn niet opgeslagen", problems: problems))
        \(HTML.datalist("organisaties", organisations))
        <form class="form" method="post" action="\(action)">
          \(HTML.csrfField(csrf))
          \(HTML.versionField(version))
          <fieldset class="form__rows">
            <legend>Organisaties die lid zijn</legend>
            <p class="form__hint">Welke organisaties lid zijn (Popolo: een lidmaatschap van een organisatie), in welke rol (standaard ‘lid’), en van wanneer tot wanneer (JJJJ, JJJJ-MM of JJJJ-MM-DD). ‘Gezien op’: de dag waarop een bron het lidmaatschap noemt, als die geen periode geeft. Een lege regel vervalt.</p>
            \(each: rows, Self.row)
          </fieldset>
          <p><button type="submit" class="button button--secondary" name="actie" value="meer-regels">Meer lege regels</button></p>
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
