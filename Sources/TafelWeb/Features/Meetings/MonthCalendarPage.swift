import Foundation
import Hummingbird
import TafelCore
import TafelStore

/// The month view of the meetings (`/bijeenkomsten/kalender?maand=2020-11`): a grid of the
/// month's weeks with the meetings in their days, and the same meetings as a list below.
struct MonthCalendarPage: Sendable {
    struct Month: Sendable, Hashable {
        let year: Int
        let month: Int

        var iso: String { String(format: "%04d-%02d", year, month) }
        var dutch: String { PartialDate(iso: iso)?.dutch ?? iso }
        var previous: Month { month == 1 ? Month(year: year - 1, month: 12) : Month(year: year, month: month - 1) }
        var next: Month { month == 12 ? Month(year: year + 1, month: 1) : Month(year: year, month: month + 1) }
        var days: Int { Self.calendar.range(of: .day, in: .month, for: firstDay)?.count ?? 30 }
        /// Monday = 0 … Sunday = 6, for the first of the month.
        var firstWeekday: Int { (Self.calendar.component(.weekday, from: firstDay) + 5) % 7 }

        private var firstDay: Date {
            Self.calendar.date(from: DateComponents(year: year, month: month, day: 1)) ?? Date(timeIntervalSince1970: 0)
        }

        /// Days counted in one zone, so that the weekday of a date never depends on the server's.
        private static let calendar: Calendar = {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = .gmt
            return calendar
        }()

        /// `2020-11` → November 2020; anything else → nil.
        init?(iso: String) {
            guard let date = PartialDate(iso: iso), date.day == nil, let month = date.month else { return nil }
            year = date.year
            self.month = month
        }

        init(year: Int, month: Int) {
            self.year = year; self.month = month
        }

        static func current() -> Month {
            let today = PartialDate.today()
            return Month(year: today.year, month: today.month ?? 1)
        }
    }

    struct Entry: Sendable {
        let name: String
        let href: SiteRoute
        let meta: String
        let day: Int?
    }

    let shell: Shell
    let month: Month
    let body: String?
    let kind: String?
    let organisation: String?
    /// The names of the body and organisation the month is narrowed to.
    let narrowedTo: [String]
    let entries: [Entry]
    let kindOptions: [ListPage.Option]

    init(month: Month, body: String?, kind: String?, organisation: String? = nil, narrowedTo: [String] = [], meetings: [Catalog.MonthEntry]) {
        shell = Shell(title: "Kalender \(month.dutch)", section: .meeting, breadcrumbs: [Crumb(label: "Bijeenkomsten", href: .list(.meeting))])
        self.month = month
        self.body = body
        self.kind = kind
        self.organisation = organisation
        self.narrowedTo = narrowedTo
        entries = meetings.map { meeting in
            let meta = [meeting.startTime, meeting.kind.label, meeting.status == .gehouden ? nil : meeting.status.label, meeting.location]
                .compactMap { $0 }.joined(separator: " · ")
            return Entry(name: meeting.name, href: .record(.meeting, meeting.id), meta: meta, day: meeting.date?.day)
        }
        kindOptions = [ListPage.Option(value: "", label: "Alle", selected: kind == nil)]
            + MeetingKind.allCases.map { ListPage.Option(value: $0.rawValue, label: $0.label, selected: $0.rawValue == kind) }
    }

    func route(_ month: Month) -> SiteRoute { .meetingMonth(month: month.iso, body: body, kind: kind, organisation: organisation) }

    private var isNarrowed: Bool { body != nil || organisation != nil }

    /// The meetings a day of the grid names; the others are in the list below, where "en … andere" leads.
    static let shownPerDay = 4
}

extension MonthCalendarPage: PageView {
    var main: HTML {
        """
        <h1>Kalender: \(month.dutch)</h1>
        <p class="lead">De bijeenkomsten van de maand per dag (op een drukke dag de eerste \(Self.shownPerDay)); onder de kalender alle bijeenkomsten als lijst. <a href="\(SiteRoute.meetingsCalendar)">In uw agenda (iCalendar)</a>.</p>
        <form class="filter" method="get" action="\(SiteRoute.meetingMonth())">
          <div class="filter__field"><label for="maand">Maand</label><input type="month" id="maand" name="maand" value="\(month.iso)"></div>
          <div class="filter__field"><label for="soort">Soort</label><select id="soort" name="soort">\(ListPage.Option.list(kindOptions))</select></div>
          \(body.map { body -> HTML in "<input type=\"hidden\" name=\"gremium\" value=\"\(body)\">" })
          \(organisation.map { organisation -> HTML in "<input type=\"hidden\" name=\"organisatie\" value=\"\(organisation)\">" })
          <button type="submit" class="button">Tonen</button>
        </form>
        \(when: isNarrowed, narrowing)
        <nav class="pagination" aria-label="Andere maanden"><ul>
          <li><a href="\(route(month.previous))" rel="prev">← \(month.previous.dutch)</a></li>
          <li><a href="\(route(month.next))" rel="next">\(month.next.dutch) →</a></li>
        </ul></nav>
        \(grid)
        <h2 id="lijst">Alle bijeenkomsten in \(month.dutch)</h2>
        \(entries.isEmpty ? "<p>Geen bijeenkomsten in \(month.dutch).</p>" : list)
        """
    }

    /// Which meetings the month shows, and the way back to all of them.
    private var narrowing: HTML {
        let what = narrowedTo.isEmpty ? "de gekozen organisatie of het gekozen gremium" : narrowedTo.joined(separator: " en ")
        return "<p class=\"notice\" role=\"status\">Alleen de bijeenkomsten van \(what). <a href=\"\(SiteRoute.meetingMonth(month: month.iso, kind: kind))\">Alle bijeenkomsten tonen</a>.</p>"
    }

    private var grid: HTML {
        let byDay = Dictionary(grouping: entries.filter { $0.day != nil }, by: { $0.day ?? 0 })
        let cells: [Int?] = Array(repeating: nil, count: month.firstWeekday) + (1...month.days).map { Optional($0) }
        let weeks = stride(from: 0, to: cells.count, by: 7).map { Array(cells[$0..<min($0 + 7, cells.count)]) }
        let rows = weeks.map { week -> HTML in
            let days = week.map { day -> HTML in
                guard let day else { return "<td></td>" }
                let all = byDay[day] ?? []
                var meetings = all.prefix(Self.shownPerDay).map { entry -> HTML in "<li><a href=\"\(entry.href)\">\(entry.name)</a></li>" }
                if all.count > Self.shownPerDay {
                    meetings.append("<li><a href=\"#dag-\(day)\">en \(all.count - Self.shownPerDay) andere</a></li>")
                }
                return "<td><span class=\"month__day\">\(day)</span>\(when: !meetings.isEmpty, "<ul>\(HTML(joining: meetings))</ul>")</td>"
            }
            return "<tr>\(HTML(joining: days))\(HTML(trusted: String(repeating: "<td></td>", count: 7 - week.count)))</tr>\n"
        }
        return """
        <table class="data month">
          <caption>\(month.dutch)</caption>
          <thead><tr><th scope="col" abbr="maandag">ma</th><th scope="col" abbr="dinsdag">di</th><th scope="col" abbr="woensdag">wo</th><th scope="col" abbr="donderdag">do</th><th scope="col" abbr="vrijdag">vr</th><th scope="col" abbr="zaterdag">za</th><th scope="col" abbr="zondag">zo</th></tr></thead>
          <tbody>\(HTML(joining: rows))</tbody>
        </table>
        """
    }

    private var list: HTML {
        // Named once: spelling the month out (a date parse and a format) per entry was 7 % of the page's CPU.
        let monthName = month.dutch
        // The first meeting of each day is the target of the grid's "en … andere".
        var previousDay: Int?
        let items = entries.map { entry -> HTML in
            let anchor: HTML = entry.day.map { day in day == previousDay ? "" : " id=\"dag-\(day)\"" } ?? ""
            previousDay = entry.day
            return "<li\(anchor)>\(entry.day.map { "\($0) \(monthName)" } ?? "\(monthName), dag onbekend"): <a href=\"\(entry.href)\">\(entry.name)</a>\(when: !entry.meta.isEmpty, " <span class=\"meta\">\(entry.meta)</span>")</li>\n"
        }
        return """
        <ul class="items">
          \(HTML(joining: items))
        </ul>
        """
    }
}
