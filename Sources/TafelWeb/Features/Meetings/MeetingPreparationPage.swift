import TafelCore
import TafelStore

/// Preparing a meeting: its agenda as it stands, the open action items of the body's
/// earlier meetings (each can be put on the agenda with one button, once), and the
/// participants who are expected elsewhere at the same time.
struct MeetingPreparationPage: Sendable {
    struct ActionRow: Sendable {
        let item: ActionItem
        let overdue: Bool
        /// Already carried onto this meeting's agenda.
        let carried: Bool
    }

    let shell: Shell
    let heading: String
    let meetingHref: SiteRoute
    let editHref: SiteRoute
    let carryHref: SiteRoute
    let bodyName: String?
    let agenda: Table
    let actions: [ActionRow]
    let doubleBookings: Section
    let warnings: [String]
    let notice: String?
    let version: Int
    let csrf: String

    init(detail: MeetingDetail, actions: [ActionItem], version: Int, csrf: String, notice: String? = nil,
         today: PartialDate = .today()) {
        let m = detail.meeting
        heading = "Voorbereiding: \(m.name)"
        shell = Shell(title: heading, section: .meeting, breadcrumbs: [
            Crumb(label: "Bijeenkomsten", href: SiteRoute.collection(.meeting)), Crumb(label: m.name, href: .record(.meeting, m.id)),
        ])
        meetingHref = .record(.meeting, m.id)
        editHref = .editMeeting(m.id)
        carryHref = .carryOverAction(m.id)
        bodyName = detail.body?.name
        agenda = DetailPage.agendaTable(detail.agenda, meeting: m.name)
        let carried = Set(detail.agenda.compactMap(\.carriedFrom))
        self.actions = actions.map { ActionRow(item: $0, overdue: $0.isOverdue(today: today), carried: carried.contains($0.reference)) }
        doubleBookings = DetailPage.doubleBookingSection(detail)
        warnings = m.isOverdue(today: today)
            ? ["De datum (\(m.date?.dutch ?? "")) is voorbij, maar de status is nog ‘gepland’. Is de bijeenkomst gehouden of geannuleerd?"] : []
        self.notice = notice
        self.version = version
        self.csrf = csrf
    }
}

extension MeetingPreparationPage: PageView {
    var main: HTML {
        """
        <p class="kind">Bijeenkomst</p>
        <h1>\(heading)</h1>
        \(notice.map { notice -> HTML in "<p class=\"notice\" role=\"status\">\(notice)</p>" })
        \(each: warnings, { warning -> HTML in "<p class=\"notice\" role=\"status\">\(warning)</p>" })
        <div class="record-actions"><a class="button" href="\(editHref)">Bijeenkomst bewerken</a> <a href="\(meetingHref)">Naar de bijeenkomst</a></div>

        <section aria-labelledby="agenda">
          <h2 id="agenda">Agenda <span class="count">(\(agenda.rows.count))</span></h2>
          \(when: agenda.rows.isEmpty, "<p>Er staan nog geen punten op de agenda.</p>")
          \(when: !agenda.rows.isEmpty, agenda.html)
        </section>

        <section aria-labelledby="actiepunten">
          <h2 id="actiepunten">Openstaande actiepunten \(bodyName.map { name -> HTML in "van \(name)" }) <span class="count">(\(actions.count))</span></h2>
          \(when: bodyName == nil, "<p>Deze bijeenkomst hoort niet bij een gremium; er zijn dus geen eerdere actiepunten om over te nemen.</p>")
          \(when: bodyName != nil && actions.isEmpty, "<p>Er staan geen actiepunten open uit eerdere bijeenkomsten van dit gremium.</p>")
          \(when: !actions.isEmpty, actionTable)
        </section>

        \(when: !doubleBookings.isEmpty, doubleBookingHTML)
        """
    }

    private var actionTable: HTML {
        """
        <table>
          <caption>Actiepunten die nog open staan, de oudste deadline eerst</caption>
          <thead><tr>\(HTML.columnHeads(["Actiepunt", "Uit", "Eigenaar", "Deadline", "Op de agenda"]))</tr></thead>
          <tbody>
            \(each: actions, actionRow)
          </tbody>
        </table>
        """
    }

    private func actionRow(_ row: ActionRow) -> HTML {
        let item = row.item
        let due: HTML = item.due.map { due -> HTML in
            row.overdue ? "\(due.dutch) <strong>(over de deadline)</strong>" : "\(due.dutch)"
        } ?? "geen"
        let carry: HTML = row.carried ? "Staat op de agenda" : """
            <form method="post" action="\(carryHref)" class="inline-form">\(HTML.csrfField(csrf))<input type="hidden" name="versie" value="\(version)"><input type="hidden" name="actiepunt" value="\(item.reference.code)"><button type="submit" class="button button--secondary" aria-label="Zet ‘\(item.text)’ op de agenda">Op de agenda zetten</button></form>
            """
        return """
        <tr><th scope="row">\(item.text)</th><td>\(HTML.link(item.meeting.name, href: .record(.meeting, item.meeting.id)))\(item.meetingDate.map { date -> HTML in " (\(date.dutch))" })</td><td>\(HTML.link(item.owner?.name ?? "niet genoemd", href: item.owner.flatMap(SiteRoute.page(of:))))</td><td>\(due)</td><td>\(carry)</td></tr>

        """
    }

    private var doubleBookingHTML: HTML {
        """
        <section aria-labelledby="dubbel-geboekt">
          <h2 id="dubbel-geboekt">Dubbel geboekt <span class="count">(\(doubleBookings.count))</span></h2>
          \(doubleBookings.table?.html)
        </section>
        """
    }
}
