import TafelCore
import TafelStore

/// The agenda request form's view model: the request, each question with its answers (and an
/// empty answer row under each question), empty question rows to add more, access; every
/// field with what was typed and its problem, and a conflict when the request changed meanwhile.
struct AgendaRequestForm: Sendable {
    typealias Field = FormField

    let shell: Shell
    let heading: String
    let action: SiteRoute
    let csrf: String
    let version: Int?
    let requestFields: [Field]
    let positionFields: [Field]
    let questions: FormRowGroup
    let access: [Field]
    let choices: AgendaRequestFormChoices
    let problems: [FieldProblem]
    let hasProblems: Bool
    let conflict: FormConflict?

    static let extraRows = 2

    init(input: AgendaRequestInput, action: SiteRoute, heading: String, version: Int?, csrf: String, choices: AgendaRequestFormChoices,
         problems: [FieldProblem] = [], conflict: FormConflict? = nil, moreRows: Bool = false) {
        let fields = FormFieldMaker(problems: problems)
        shell = Shell(title: heading, section: .agendaRequest,
                      breadcrumbs: [Crumb(label: "Agenderingsverzoeken", href: .agendaRequests())])
        self.heading = heading
        self.action = action
        self.csrf = csrf
        self.version = version
        self.choices = choices
        requestFields = [
            fields.line("titel", "Onderwerp", input.titel, hint: "Waarover de fractie agendering vraagt, kort.", required: true),
            fields.line("fractie", "Fractie", input.fractie, hint: "De fractie die het verzoek doet; typ de naam of de id.", required: true,
                        list: "organisaties"),
            fields.line("gremium", "Commissie", input.gremium, hint: "De commissie op wier agenda het onderwerp moet komen.", required: true,
                        list: "gremia"),
            fields.line("onderwerpDocument", "Over het document", input.onderwerpDocument,
                        hint: "Het stuk dat de fractie besproken wil zien, zoals een statenbrief.", list: "documenten"),
            fields.line("document", "Het verzoek als document", input.document, list: "documenten"),
            fields.line("ingediendOp", "Ingediend op", input.ingediendOp, hint: "JJJJ, JJJJ-MM of JJJJ-MM-DD."),
            fields.select("status", "Status", AgendaRequestStatus.self, input.status ?? AgendaRequestStatus.ingediend.rawValue,
                          empty: "Ingediend"),
            fields.line("bijeenkomst", "Behandeld in", input.bijeenkomst, hint: "De vergadering van de commissie die het behandelt.",
                        list: "bijeenkomsten"),
        ]
        positionFields = [
            fields.text("motivatie", "Motivatie voor agendering", input.motivatie),
            fields.text("visieFractie", "Visie van de fractie", input.visieFractie),
            fields.text("omschrijving", "Toelichting van de redactie", input.omschrijving),
        ]
        let blank = moreRows ? Self.extraRows + 5 : Self.extraRows
        var rows: [FormRow] = []
        for (q, question) in (input.vragen + Array(repeating: .init(), count: blank)).enumerated() {
            let prefix = "vragen[\(q)]"
            rows.append(FormRow(label: question.isEmpty ? "Nieuwe vraag" : "Vraag \(q + 1)", hidden: [], fields: [
                fields.select("\(prefix).aan", "Aan", QuestionAddressee.self, question.aan, empty: "Kies aan wie"),
                fields.line("\(prefix).nummer", "Nummer", question.nummer, hint: "Zoals de bron de vraag nummert; leeg als ze geen nummer heeft."),
                fields.text("\(prefix).tekst", "Vraag", question.tekst),
            ], depth: 0, moveKey: nil))
            guard !question.isEmpty else { continue }
            let answers = question.antwoorden + Array(repeating: .init(), count: moreRows ? 3 : 1)
            for (a, answer) in answers.enumerated() {
                let field = "\(prefix).antwoorden[\(a)]"
                rows.append(FormRow(label: answer.isEmpty ? "Nieuw antwoord op vraag \(q + 1)" : "Antwoord \(a + 1) op vraag \(q + 1)",
                                    hidden: [], fields: [
                    fields.text("\(field).tekst", "Antwoord", answer.tekst, hint: "Het antwoord of een samenvatting ervan."),
                    fields.line("\(field).op", "Beantwoord op", answer.op, hint: "JJJJ, JJJJ-MM of JJJJ-MM-DD."),
                    fields.line("\(field).doorPersoon", "Door (persoon)", answer.doorPersoon, list: "personen"),
                    fields.line("\(field).doorGremium", "Of door (gremium)", answer.doorGremium, hint: "Zoals Gedeputeerde Staten.", list: "gremia"),
                    fields.line("\(field).doorOrganisatie", "Of door (organisatie)", answer.doorOrganisatie, hint: "Zoals een andere fractie.",
                                list: "organisaties"),
                    fields.line("\(field).document", "In het document", answer.document, list: "documenten"),
                    fields.line("\(field).bijeenkomst", "In de bijeenkomst", answer.bijeenkomst, list: "bijeenkomsten"),
                ], depth: 1, moveKey: nil))
            }
        }
        questions = FormRowGroup(
            legend: "Vragen en antwoorden",
            hint: "De vragen aan de overige fracties en aan het college, elk met de antwoorden die erop kwamen. Een vraag zonder antwoord is open. Een antwoord noemt de tekst, het document of de bijeenkomst waarin het staat. Voor een nieuwe vraag verschijnt een antwoordregel zodra u ‘Meer lege regels’ kiest of opslaat.",
            rows: rows)
        access = [
            fields.select("vertrouwelijkheid", "Vertrouwelijkheid", Confidentiality.self, input.vertrouwelijkheid ?? "openbaar", empty: "Openbaar"),
            fields.line("toegang", "Toegang", input.toegang.joined(separator: "; "),
                        hint: "organisatie:ID of gremium:ID, gescheiden door puntkomma’s. Bij ‘vertrouwelijk’ zien alleen hun leden het verzoek."),
        ]
        self.problems = problems
        hasProblems = !problems.isEmpty
        self.conflict = conflict
    }

    static let fieldLabels: [String: String] = [
        "titel": "Onderwerp", "fractie": "Fractie", "gremium": "Commissie", "onderwerpDocument": "Over het document",
        "document": "Het verzoek als document", "bijeenkomst": "Behandeld in", "ingediendOp": "Ingediend op", "status": "Status",
        "motivatie": "Motivatie", "visieFractie": "Visie van de fractie", "omschrijving": "Toelichting", "vragen": "Vragen",
        "antwoorden": "Antwoorden", "vertrouwelijkheid": "Vertrouwelijkheid", "toegang": "Toegang",
    ]

    /// The form's fields as input; questions from `vragen[N].veld`, answers from `vragen[N].antwoorden[M].veld`.
    static func input(from form: FormData) -> AgendaRequestInput {
        let questions = form.rows("vragen", limit: AgendaRequestDraft.maximumQuestions * 2).map { q in
            AgendaRequestInput.Question(
                aan: form["\(q).aan"], nummer: form["\(q).nummer"], tekst: form["\(q).tekst"],
                antwoorden: form.rows("\(q).antwoorden", limit: AgendaRequestDraft.maximumAnswers * 2).map { a in
                    .init(tekst: form["\(a).tekst"], op: form["\(a).op"], doorPersoon: form["\(a).doorPersoon"],
                          doorGremium: form["\(a).doorGremium"], doorOrganisatie: form["\(a).doorOrganisatie"],
                          document: form["\(a).document"], bijeenkomst: form["\(a).bijeenkomst"])
                }.filter { !$0.isEmpty })
        }
        return AgendaRequestInput(
            titel: form["titel"], fractie: form["fractie"], gremium: form["gremium"], onderwerpDocument: form["onderwerpDocument"],
            document: form["document"], bijeenkomst: form["bijeenkomst"], ingediendOp: form["ingediendOp"], status: form["status"],
            motivatie: form["motivatie"], visieFractie: form["visieFractie"], omschrijving: form["omschrijving"],
            vragen: questions.filter { !$0.isEmpty }, vertrouwelijkheid: form["vertrouwelijkheid"],
            toegang: form.all("toegang").flatMap { CSV.splitList($0) })
    }
}

/// The suggestions of the form's id fields.
struct AgendaRequestFormChoices: Sendable {
    let people: [Catalog.Choice]
    let bodies: [Catalog.Choice]
    let organisations: [Catalog.Choice]
    let meetings: [Catalog.Choice]
    let documents: [Catalog.Choice]
}

extension AgendaRequestForm: PageView {
    var main: HTML {
        """
        <h1>\(heading)</h1>
        \(conflict?.html(heading: "Het agenderingsverzoek is intussen gewijzigd"))
        \(when: hasProblems, HTML.problemNotice(heading: "Het agenderingsverzoek is niet opgeslagen", problems: problems))
        \(HTML.datalist("personen", choices.people))
        \(HTML.datalist("gremia", choices.bodies))
        \(HTML.datalist("organisaties", choices.organisations))
        \(HTML.datalist("bijeenkomsten", choices.meetings))
        \(HTML.datalist("documenten", choices.documents))
        <form class="form" method="post" action="\(action)">
          \(HTML.csrfField(csrf))
          \(HTML.versionField(version))
          \(HTML.fieldset("Het verzoek", requestFields))
          \(HTML.fieldset("Waarom, en wat de fractie vindt", positionFields))
          \(questions.html)
          <p><button type="submit" class="button button--secondary" name="actie" value="meer-regels">Meer lege regels</button></p>
          \(HTML.fieldset("Toegang", access))
          <button type="submit" class="button" name="actie" value="opslaan">Opslaan</button>
        </form>
        """
    }
}
