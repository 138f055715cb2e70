import HTTPTypes
import Hummingbird
import HummingbirdTesting
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
