/// A calendar date with the precision its source gives: a year (`2001`), a month
/// (`2011-06`) or a day (`2012-03-07`). Stored and exchanged as that ISO 8601 text,
/// which also sorts correctly as text.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns `nil` for anything else,
    /// including impossible months and days.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4, let year = Int(parts[0]), year >= 1000
        else { return nil }
        var month: Int?
        var day: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            month = m
        }
        if parts.count == 3, let m = month {
            guard parts[2].count == 2, let d = Int(parts[2]),
                  (1...Self.daysIn(month: m, year: year)).contains(d)
            else { return nil }
            day = d
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The ISO 8601 text, at the date's own precision.
    public var iso: String {
        var text = zeroPadded(year, width: 4)
        if let month { text += "-" + zeroPadded(month, width: 2) }
        if let day { text += "-" + zeroPadded(day, width: 2) }
        return text
    }

    public var description: String { iso }

    /// The Dutch way of writing the date: "7 maart 2012", "maart 2012", "2012".
    public var dutch: String {
        guard let month else { return String(year) }
        let name = Self.monthNames[month - 1]
        guard let day else { return "\(name) \(year)" }
        return "\(day) \(name) \(year)"
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool { lhs.iso < rhs.iso }

    static let monthNames = [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ]

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// `7` → `"07"` (width 2), `812` → `"0812"` (width 4).
func zeroPadded(_ value: Int, width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
