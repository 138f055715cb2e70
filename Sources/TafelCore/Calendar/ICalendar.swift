import Foundation

/// An iCalendar feed (RFC 5545) of meetings: one VEVENT per meeting with a day, stable UIDs,
/// times in Europe/Amsterdam (with its VTIMEZONE), cancellations as STATUS:CANCELLED. Lines
/// end in CRLF and are folded at 75 octets, never inside a UTF-8 character.
public enum ICalendar {
    public struct Event: Sendable, Hashable {
        public let uid: String
        public let summary: String
        public let date: PartialDate
        /// "HH:MM" local time, or nil for an event of the whole day.
        public let startTime: String?
        public let location: String?
        public let description: String?
        public let url: String?
        public let status: MeetingStatus
        public let changedAt: Date
        public let sequence: Int
        /// "HH:MM" local time; used only with a start time.
        public let endTime: String?

        public init(uid: String, summary: String, date: PartialDate, startTime: String?, location: String?, description: String?,
                    url: String?, status: MeetingStatus, changedAt: Date, sequence: Int, endTime: String? = nil) {
            self.uid = uid; self.summary = summary; self.date = date; self.startTime = startTime; self.location = location
            self.description = description; self.url = url; self.status = status; self.changedAt = changedAt; self.sequence = sequence
            self.endTime = endTime
        }
    }

    /// The feed: its name, and the events that have a day (a meeting known only by its month
    /// or year has no place in a calendar).
    public static func feed(name: String, events: [Event]) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tafel//Bijeenkomsten//NL", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + text(name), "X-WR-TIMEZONE:Europe/Amsterdam",
        ]
        lines += amsterdam
        for event in events where event.date.day != nil {
            lines += vevent(event)
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    static func vevent(_ event: Event) -> [String] {
        var lines = ["BEGIN:VEVENT", "UID:" + text(event.uid), "DTSTAMP:" + utc(event.changedAt), "LAST-MODIFIED:" + utc(event.changedAt),
                     "SEQUENCE:\(event.sequence)"]
        let day = event.date.iso.replacingOccurrences(of: "-", with: "")
        if let time = event.startTime.flatMap(localTime) {
            lines.append("DTSTART;TZID=Europe/Amsterdam:\(day)T\(time)")
            if let end = event.endTime.flatMap(localTime), end > time { lines.append("DTEND;TZID=Europe/Amsterdam:\(day)T\(end)") }
        } else {
            lines.append("DTSTART;VALUE=DATE:\(day)")
        }
        lines.append("SUMMARY:" + text(event.summary))
        if let location = event.location { lines.append("LOCATION:" + text(location)) }
        if let description = event.description { lines.append("DESCRIPTION:" + text(description)) }
        if let url = event.url { lines.append("URL:" + url) }
        lines.append("STATUS:" + (event.status == .geannuleerd ? "CANCELLED" : "CONFIRMED"))
        lines.append("TRANSP:OPAQUE")
        lines.append("END:VEVENT")
        return lines
    }

    /// "10:00" or "9:30" → "100000", "093000"; anything else → nil (the event then lasts the day).
    static func localTime(_ text: String) -> String? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), (0..<24).contains(hour), (0..<60).contains(minute)
        else { return nil }
        return String(format: "%02d%02d00", hour, minute)
    }

    /// TEXT as RFC 5545 §3.3.11 escapes it.
    static func text(_ value: String) -> String {
        var out = ""
        for character in value {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": break
            default: out.append(character)
            }
        }
        return out
    }

    /// A content line folded after 75 octets (RFC 5545 §3.1), at a character boundary.
    static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var folded = "", width = 0, limit = 75
        for character in line {
            let size = String(character).utf8.count
            if width + size > limit {
                folded += "\r\n "
                width = 0
                limit = 74  // the leading space counts
            }
            folded.append(character)
            width += size
        }
        return folded
    }

    static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year ?? 1970, c.month ?? 1, c.day ?? 1, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    /// Europe/Amsterdam since 1996: CET, and CEST from the last Sunday of March to the last of October.
    static let amsterdam = [
        "BEGIN:VTIMEZONE", "TZID:Europe/Amsterdam",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19810329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19961027T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]
}
