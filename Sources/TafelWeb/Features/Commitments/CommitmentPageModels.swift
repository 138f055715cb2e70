import Foundation
import TafelCore
import TafelStore

extension CommitmentStanding {
    /// A sign beside the status text (never the status alone): ✓ kept, ! overdue, ○ open.
    var icon: String {
        if isOverdue { return "!" }
        return switch status {
        case .open: "○"
        case .voldaan: "✓"
        case .teLaatVoldaan: "✓!"
        case .vervallen: "×"
        case .aangehouden: "‖"
        }
    }

    /// The class that styles it (`status--te-laat`); the text says it without the style.
    var styleClass: String {
        isOverdue ? "status--te-laat" : "status--\(status.rawValue.replacingOccurrences(of: "_", with: "-"))"
    }
}

/// The commitments register (`/toezeggingen`): filters, the list as a table, paging. Printed,
/// it is the "lijst van toezeggingen" a body puts on its agenda as a standing item.
struct CommitmentsPage: Sendable {
    struct Row: Sendable {
        let title: String
        let href: SiteRoute
        let by: Cell
        let to: Cell
        let madeOn: String
        let deadline: String
        let standing: CommitmentStanding
    }

    let shell: Shell
    let heading = "Toezeggingen"
    let query: String
    let fields: [ListPage.Filter]
    let overdue: Bool
    let resultText: String
    let rows: [Row]
    let previous: SiteRoute?
    let next: SiteRoute?
    let today: String
    let feedHref = SiteRoute.commitmentDeadlines
    let apiHref: SiteRoute
    let odsHref: SiteRoute
    let csvHref: SiteRoute
    /// "Toezegging toevoegen", for those who may.
    let addHref: SiteRoute?

    init(filter: CommitmentFilter, page: Page<CommitmentListItem>, people: [Catalog.Choice], bodies: [Catalog.Choice],
         mayAdd: Bool = false, today: PartialDate = .today()) {
        addHref = mayAdd ? .newCommitment : nil
        shell = Shell(title: heading, section: .commitment)
        query = filter.search?.text ?? ""
        let statuses = [ListPage.Option(value: "", label: "Alle", selected: filter.status == nil)]
            + CommitmentStatus.allCases.map { ListPage.Option(value: $0.rawValue, label: $0.label, selected: $0 == filter.status) }
        fields = [
            ListPage.Filter(name: "status", label: "Status", options: statuses, value: filter.status?.rawValue ?? "", hint: nil),
            .choice("portefeuillehouder", "Toegezegd door", people, selected: filter.person),
            .choice("gremium", "Gremium", bodies, selected: filter.body),
            .date("vanaf", "Gedaan vanaf", filter.from), .date("tot", "Gedaan tot en met", filter.until),
        ]
        overdue = filter.overdue
        let noun = page.total == 1 ? "toezegging" : "toezeggingen"
        resultText = filter.isFiltered ? "\(page.total) \(noun) gevonden" : "\(page.total) \(noun)"
        rows = page.items.map { item in
            let c = item.commitment
            return Row(title: c.title, href: .record(.commitment, c.id), by: Cell(item.by), to: Cell(item.to),
                       madeOn: c.madeOn?.dutch ?? "niet bekend", deadline: c.deadline.dutch ?? "geen termijn",
                       standing: c.standing(on: today))
        }
        func link(_ number: Int) -> SiteRoute { .commitments(filter.onPage(number)) }
        previous = page.hasPrevious ? link(page.request.page - 1) : nil
        next = page.hasNext ? link(page.request.page + 1) : nil
        self.today = today.dutch
        apiHref = .apiCommitments(filter)
        odsHref = .commitmentsODS(filter)
        csvHref = .commitmentsCSV(filter)
    }
}

extension DetailPage {
    static func commitment(_ detail: CommitmentDetail, mayEdit: Bool = false, today: PartialDate = .today()) -> DetailPage {
        let c = detail.commitment
        let standing = c.standing(on: today)
        let facts = [
            Fact("Status", "\(standing.label) (op \(today.dutch))"),
            Fact("Toegezegd door", detail.byPerson ?? detail.byBody),
            Fact("Namens", detail.byPerson == nil ? nil : detail.byBody),
            Fact("Aan", detail.toBody ?? detail.toOrganisation),
            Fact("Gedaan op", c.madeOn?.dutch),
            Fact("In de bijeenkomst", detail.meeting), Fact("Vastgelegd als", detail.outcome),
            Fact("In het document", detail.document),
            Fact("Termijn", c.deadline.dutch ?? "geen termijn genoemd"),
            Fact("Voldaan op", c.fulfilledOn?.dutch),
            Fact("Besluit", c.decision?.label), Fact("Toelichting bij het besluit", c.decisionNote),
        ]
        let sections = [
            Section("Toezegging", anchor: "tekst", items: [Item(c.text)]),
            Section("Voldaan met", anchor: "voldaan", items: detail.fulfilments.map { Item($0) }),
        ]
        var page = DetailPage(
            kind: .commitment, heading: c.title, lead: c.description, facts: facts, sections: sections,
            sources: detail.sources, record: Reference(kind: .commitment, id: c.id, name: ""),
            editHref: mayEdit ? .editCommitment(c.id) : nil, meta: c.meta)
        page.deleteHref = mayEdit ? .deleteRecord(.commitment, c.id) : nil
        page.links = [Crumb(label: "Alle toezeggingen", href: .commitments())]
        return page
    }
}
