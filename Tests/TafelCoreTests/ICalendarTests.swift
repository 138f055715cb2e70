import Foundation
@testable import TafelCore
import Testing

/// The iCalendar writer: the lines RFC 5545 asks for, escaped, folded, in Amsterdam time.
@Suite("iCalendar")
struct ICalendarTests {
    static func event(_ id: String, date: String, time: String? = nil, status: MeetingStatus = .gehouden,
                      summary: String = "Overleg") -> ICalendar.Event {
        ICalendar.Event(uid: "bijeenkomst-\(id)@tafel", summary: summary, date: PartialDate(iso: date)!, startTime: time,
                        location: "Assen; provinciehuis, zaal 1", description: "Regel één\nRegel twee \\ klaar", url: "https://tafel.example/b/\(id)",
                        status: status, changedAt: Date(timeIntervalSince1970: 1_605_261_600), sequence: 2)
    }

    @Test("a calendar with its time zone; a timed event in Europe/Amsterdam, a day's event as a DATE")
    func feed() {
        let text = ICalendar.feed(name: "Bijeenkomsten, Drenthe", events: [
            Self.event("a", date: "2020-11-13", time: "10:00"), Self.event("b", date: "2012-03-07"), Self.event("c", date: "2012-01"),
        ])
        let lines = text.components(separatedBy: "\r\n")
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(lines.first == "BEGIN:VCALENDAR")
        #expect(lines.contains("X-WR-CALNAME:Bijeenkomsten\\, Drenthe"))
        #expect(lines.contains("TZID:Europe/Amsterdam"))
        #expect(lines.contains("DTSTART;TZID=Europe/Amsterdam:20201113T100000"))
        #expect(lines.contains("DTSTART;VALUE=DATE:20120307"))
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 2)  // a month is no day
        #expect(lines.contains("UID:bijeenkomst-a@tafel"))
        #expect(lines.contains("DTSTAMP:20201113T100000Z"))
        #expect(lines.contains("SEQUENCE:2"))
        #expect(lines.contains("LOCATION:Assen\\; provinciehuis\\, zaal 1"))
        #expect(lines.contains("DESCRIPTION:Regel één\\nRegel twee \\\\ klaar"))
    }

    @Test("an end time after the start is DTEND; one before it, or without a start, is left out")
    func endTime() {
        func lines(_ start: String?, _ end: String?) -> [String] {
            ICalendar.vevent(ICalendar.Event(uid: "u", summary: "s", date: PartialDate(iso: "2027-02-10")!, startTime: start, location: nil,
                                             description: nil, url: nil, status: .gepland, changedAt: Date(timeIntervalSince1970: 0),
                                             sequence: 0, endTime: end))
        }
        #expect(lines("09:30", "11:00").contains("DTEND;TZID=Europe/Amsterdam:20270210T110000"))
        #expect(!lines("09:30", "09:00").contains { $0.hasPrefix("DTEND") })
        #expect(!lines(nil, "11:00").contains { $0.hasPrefix("DTEND") })
    }

    @Test("a cancelled meeting is STATUS:CANCELLED, the others CONFIRMED")
    func status() {
        #expect(ICalendar.vevent(Self.event("x", date: "2020-01-01", status: .geannuleerd)).contains("STATUS:CANCELLED"))
        #expect(ICalendar.vevent(Self.event("x", date: "2020-01-01", status: .gepland)).contains("STATUS:CONFIRMED"))
    }

    @Test("long lines fold at 75 octets, never inside a character, and unfold to the original")
    func folding() {
        let summary = String(repeating: "Kenniscafé é€ ", count: 12)
        let text = ICalendar.feed(name: "x", events: [Self.event("f", date: "2020-01-01", summary: summary)])
        for line in text.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75, "\(line)")
        }
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("SUMMARY:" + summary))
    }

    @Test("a time that is not one leaves the event for the whole day")
    func badTime() {
        #expect(ICalendar.vevent(Self.event("t", date: "2020-01-01", time: "middag")).contains("DTSTART;VALUE=DATE:20200101"))
        #expect(ICalendar.vevent(Self.event("t", date: "2020-01-01", time: "9:30")).contains("DTSTART;TZID=Europe/Amsterdam:20200101T093000"))
    }
}
