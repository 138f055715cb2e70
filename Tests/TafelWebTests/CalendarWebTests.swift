import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TafelCore
import TafelStore
@testable import TafelWeb
import Testing

/// The iCalendar feeds: all public meetings, a body's, a person's.
@Suite("Agendafeeds", .demoApp)
struct CalendarWebTests {
    @Test("every public meeting with a day, as text/calendar with stable UIDs")
    func all() async throws {
        try await DemoApp.test { client in
            let response = try await client.get("/bijeenkomsten.ics")
            #expect(response.status == .ok)
            #expect(response.header("Content-Type") == "text/calendar; charset=utf-8")
            let feed = response.text
            #expect(feed.hasPrefix("BEGIN:VCALENDAR\r\n"))
            #expect(feed.contains("UID:bijeenkomst-bzk-drenthe-2020-11-13@tafel\r\n"))
            #expect(feed.contains("DTSTART;VALUE=DATE:20201113\r\n"))
            // Known only by month or year: not in a calendar.
            #expect(!feed.contains("UID:bijeenkomst-bestuurlijk-overleg-vdg-gs-2012-01@tafel"))
            let again = try await client.get("/bijeenkomsten.ics").text
            #expect(again == feed)
        }
    }

    @Test("a body's and a person's feed hold their meetings only; an unknown one is 404")
    func scoped() async throws {
        try await DemoApp.test { client in
            let states = try await client.get("/gremia/provinciale-staten-drenthe/bijeenkomsten.ics").text
            #expect(states.contains("UID:bijeenkomst-statenvergadering-2009-12-16@tafel"))
            #expect(!states.contains("UID:bijeenkomst-bzk-drenthe-2020-11-13@tafel"))
            #expect(states.contains("X-WR-CALNAME:Bijeenkomsten van Provinciale Staten"))
            let person = try await client.get("/personen/karel-loohuis/bijeenkomsten.ics")
            #expect(person.status == .ok)
            #expect(try await client.get("/gremia/bestaat-niet/bijeenkomsten.ics").status == .notFound)
            expectPage(try await client.get("/bijeenkomsten"), contains: [#"href="/bijeenkomsten.ics""#])
        }
    }
}

/// The month view of the meetings.
@Suite("Maandkalender", .demoApp)
struct MonthCalendarWebTests {
    @Test("November 2020: the online meeting on the 13th, in the grid and in the list; links to the months around it")
    func november() async throws {
        try await DemoApp.test { client in
            let response = try await client.get("/bijeenkomsten/kalender?maand=2020-11")
            expectPage(response, contains: [
                "<h1>Kalender: november 2020</h1>", "<caption>november 2020</caption>",
                #"<td><span class="month__day">13</span><ul><li><a href="/bijeenkomsten/bzk-drenthe-2020-11-13">"#,
                "13 november 2020: <a href=\"/bijeenkomsten/bzk-drenthe-2020-11-13\">",
                #"href="/bijeenkomsten/kalender?maand=2020-10""#, #"href="/bijeenkomsten/kalender?maand=2020-12""#,
                #"<input type="month" id="maand" name="maand" value="2020-11">"#,
            ])
            // 1 November 2020 was a Sunday: six empty cells before it.
            #expect(response.text.contains("<tr><td></td><td></td><td></td><td></td><td></td><td></td><td><span class=\"month__day\">1</span></td></tr>"))
        }
    }

    @Test("a meeting known only by its month is listed as such; a kind filters; bad input is 400 naming the field")
    func filtersAndErrors() async throws {
        try await DemoApp.test { client in
            expectPage(try await client.get("/bijeenkomsten/kalender?maand=2012-01"), contains: ["januari 2012, dag onbekend"])
            let filtered = try await client.get("/bijeenkomsten/kalender?maand=2020-11&soort=congres").text
            #expect(filtered.contains("Geen bijeenkomsten in november 2020."))
            let bad = try await client.get("/bijeenkomsten/kalender?maand=2020-13&soort=feest")
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("maand ‘2020-13’ is geen maand"))
            #expect(bad.text.contains("soort ‘feest’ bestaat niet"))
        }
    }

    @Test("an organisation narrows the month to the meetings it organises or its bodies hold, says so, and links back to all")
    func organisation() async throws {
        try await DemoApp.test { client in
            let all = try await client.get("/bijeenkomsten/kalender?maand=2018-02").text
            #expect(all.contains("/bijeenkomsten/overhedenoverleg-2018-02-14") && all.contains("/bijeenkomsten/vdg-tt-circuit-2018-02-14"))
            let vdg = try await client.get(SiteRoute.meetingMonth(month: "2018-02", organisation: "vdg").href)
            expectPage(vdg, contains: [
                "Alleen de bijeenkomsten van Vereniging van Drentse Gemeenten.",
                #"href="/bijeenkomsten/kalender?maand=2018-02">Alle bijeenkomsten tonen"#,
                #"<input type="hidden" name="organisatie" value="vdg">"#,
                #"href="/bijeenkomsten/kalender?maand=2018-03&amp;organisatie=vdg""#,
            ])
            #expect(vdg.text.contains("/bijeenkomsten/vdg-tt-circuit-2018-02-14") && !vdg.text.contains("/bijeenkomsten/overhedenoverleg-2018-02-14"))
            #expect(try await client.get("/organisaties/vdg").text.contains(#"href="/bijeenkomsten/kalender?organisatie=vdg""#))
            let bad = try await client.get("/bijeenkomsten/kalender?maand=2018-02&organisatie=Niet%20Goed")
            #expect(bad.status == .badRequest && bad.text.contains("organisatie ‘Niet Goed’ is geen geldige id"))
        }
    }
}

/// A busy day in the month grid: the first meetings, then a link to the rest in the list.
@Suite("Maandkalender, drukke dag")
struct MonthCalendarBusyDayTests {
    @Test("a day with more meetings than the grid shows names the first ones and leads to the day in the list")
    func busyDay() {
        let extra = 2
        let meetings = (1...(MonthCalendarPage.shownPerDay + extra)).map { number in
            Catalog.MonthEntry(id: "m\(number)", name: "Overleg \(number)", kind: .overleg, status: .gehouden,
                               date: PartialDate(iso: "2026-12-05"), startTime: nil, location: nil)
        } + [Catalog.MonthEntry(id: "m9", name: "Later overleg", kind: .overleg, status: .gehouden,
                                date: PartialDate(iso: "2026-12-07"), startTime: nil, location: nil)]
        let html = MonthCalendarPage(month: .init(year: 2026, month: 12), body: nil, kind: nil, meetings: meetings).main.markup
        let grid = String(html[..<(html.range(of: "<h2 id=\"lijst\">")?.lowerBound ?? html.endIndex)])
        #expect(grid.contains("Overleg \(MonthCalendarPage.shownPerDay)<"))
        #expect(!grid.contains("Overleg \(MonthCalendarPage.shownPerDay + 1)<"))
        #expect(grid.contains(##"<li><a href="#dag-5">en \##(extra) andere</a></li>"##))
        #expect(!grid.contains("#dag-7"))
        // Every meeting is in the list; each day's first carries the day's anchor, once.
        #expect(html.contains("Overleg \(MonthCalendarPage.shownPerDay + extra)<"))
        #expect(html.components(separatedBy: #"id="dag-5""#).count == 2)
        #expect(html.contains(#"<li id="dag-7">7 december 2026: <a href="/bijeenkomsten/m9">Later overleg</a>"#))
    }
}
