import TafelCore
import TafelStore

/// The agenda requests register (`/agenderingsverzoeken`): filters, the list as a table with
/// the number of open questions, paging.
struct AgendaRequestsPage: Sendable {
    struct Row: Sendable {
        let title: String
        let href: SiteRoute
        let fraction: Cell
        let body: Cell
        let submittedOn: String
        let status: String
        let questions: String
    }

    let shell: Shell
    let heading = "Agenderingsverzoeken"
    let query: String
    let fields: [ListPage.Filter]
    let openQuestions: Bool
    let resultText: String
    let rows: [Row]
    let previous: SiteRoute?
    let next: SiteRoute?
    let apiHref: SiteRoute
    let odsHref: SiteRoute
    let csvHref: SiteRoute
    let addHref: SiteRoute?

    init(filter: AgendaRequestFilter, page: Page<AgendaRequestListItem>, fractions: [Catalog.Choice], bodies: [Catalog.Choice],
         mayAdd: Bool = false) {
        addHref = mayAdd ? .newAgendaRequest : nil
        shell = Shell(title: heading, section: .agendaRequest)
        query = filter.search?.text ?? ""
        let statuses = [ListPage.Option(value: "", label: "Alle", selected: filter.status == nil)]
            + AgendaRequestStatus.allCases.map { ListPage.Option(value: $0.rawValue, label: $0.label, selected: $0 == filter.status) }
        fields = [
            .choice("fractie", "Fractie", fractions, selected: filter.fraction),
            .choice("gremium", "Commissie", bodies, selected: filter.body),
            ListPage.Filter(name: "status", label: "Status", options: statuses, value: filter.status?.rawValue ?? "", hint: nil),
            .date("vanaf", "Ingediend vanaf", filter.from), .date("tot", "Ingediend tot en met", filter.until),
        ]
        openQuestions = filter.openQuestions
        let noun = page.total == 1 ? "agenderingsverzoek" : "agenderingsverzoeken"
        resultText = filter.isFiltered ? "\(page.total) \(noun) gevonden" : "\(page.total) \(noun)"
        rows = page.items.map { item in
            let r = item.request
            let questions = item.questions == 0 ? "geen vragen"
                : "\(item.questions) \(item.questions == 1 ? "vraag" : "vragen"), \(item.openQuestions) open"
            return Row(title: r.title, href: .record(.agendaRequest, r.id), fraction: Cell(item.fraction), body: Cell(item.body),
                       submittedOn: r.submittedOn?.dutch ?? "niet bekend", status: r.status.label, questions: questions)
        }
        func link(_ number: Int) -> SiteRoute { .agendaRequests(filter.onPage(number)) }
        previous = page.hasPrevious ? link(page.request.page - 1) : nil
        next = page.hasNext ? link(page.request.page + 1) : nil
        apiHref = .apiAgendaRequests(filter)
        odsHref = .agendaRequestsODS(filter)
        csvHref = .agendaRequestsCSV(filter)
    }
}

extension DetailPage {
    static func agendaRequest(_ detail: AgendaRequestDetail, mayEdit: Bool = false) -> DetailPage {
        let r = detail.request
        let open = detail.questions.filter { $0.status == .open }.count
        let facts = [
            Fact("Fractie", detail.fraction), Fact("Commissie", detail.body),
            Fact("Ingediend op", r.submittedOn?.dutch ?? "niet bekend"), Fact("Status", r.status.label),
            Fact("Over het document", detail.subjectDocument), Fact("Het verzoek als document", detail.document),
            Fact("Behandeld in", detail.meeting),
            Fact("Vragen", detail.questions.isEmpty ? nil : "\(detail.questions.count), waarvan \(open) zonder vastgelegd antwoord"),
        ]
        func questions(_ addressee: QuestionAddressee) -> [Item] {
            detail.questions.filter { $0.addressee == addressee }.map { question in
                Item(question.number.map { "\($0). \(question.text)" } ?? question.text,
                     meta: question.status == .open ? "Open: geen antwoord vastgelegd" : "Beantwoord",
                     children: question.answers.map(Self.answerItem))
            }
        }
        let sections = [
            Section("Motivatie voor agendering", anchor: "motivatie", items: r.motivation.map { [Item($0)] } ?? []),
            Section("Visie van de fractie", anchor: "visie", items: r.view.map { [Item($0)] } ?? []),
            Section("Vragen aan de overige fracties", anchor: "vragen-fracties", items: questions(.fracties)),
            Section("Vragen aan het college", anchor: "vragen-college", items: questions(.college)),
        ]
        var page = DetailPage(
            kind: .agendaRequest, heading: r.title, lead: r.description, facts: facts, sections: sections, sources: detail.sources,
            record: Reference(kind: .agendaRequest, id: r.id, name: ""), editHref: mayEdit ? .editAgendaRequest(r.id) : nil, meta: r.meta)
        page.deleteHref = mayEdit ? .deleteRecord(.agendaRequest, r.id) : nil
        page.links = [Crumb(label: "Alle agenderingsverzoeken", href: .agendaRequests())]
        return page
    }

    /// "Antwoord van Gedeputeerde Staten, 3 april 2012, in de vergadering …", linked to its document.
    private static func answerItem(_ answer: QuestionAnswer) -> Item {
        let text = answer.text ?? answer.document.map { "Antwoord in ‘\($0.name)’" } ?? "Antwoord in de bijeenkomst"
        let meta = [answer.by.map { "door \($0.name)" }, answer.answeredOn?.dutch, answer.meeting.map { "in \($0.name)" },
                    answer.text == nil ? nil : answer.document.map { "in ‘\($0.name)’" }].compactMap { $0 }
        return Item("Antwoord: \(text)", href: answer.document.flatMap(SiteRoute.page(of:)), meta: meta.isEmpty ? nil : meta.joined(separator: ", "))
    }
}
