import TafelStore
/// A day in the proleptic Gregorian calendar, with the arithmetic the generator needs and
/// no time zone or locale (Foundation's calendar would make the output depend on the machine).
struct CalendarDay: Comparable, Sendable {
    /// Days since 1970-01-01.
    let ordinal: Int

    init(ordinal: Int) { self.ordinal = ordinal }

    init(_ year: Int, _ month: Int, _ day: Int) {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        ordinal = era * 146_097 + doe - 719_468
    }

    var components: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    var year: Int { components.year }

    /// 0 = Monday … 6 = Sunday.
    var weekday: Int { ((ordinal % 7) + 10) % 7 }

    func adding(days: Int) -> CalendarDay { CalendarDay(ordinal: ordinal + days) }

    /// The same day on a weekday; a Saturday becomes the Friday before, a Sunday the Monday after.
    var workingDay: CalendarDay {
        switch weekday {
        case 5: adding(days: -1)
        case 6: adding(days: 1)
        default: self
        }
    }

    /// "2019-03-12".
    var iso: String {
        let (y, m, d) = components
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    /// "2019-03".
    var isoMonth: String {
        let (y, m, _) = components
        return "\(y)-\(m < 10 ? "0" : "")\(m)"
    }

    static let dutchMonths = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                              "september", "oktober", "november", "december"]

    /// "12 maart 2019".
    var dutch: String {
        let (y, m, d) = components
        return "\(d) \(Self.dutchMonths[m - 1]) \(y)"
    }

    static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.ordinal < rhs.ordinal }

    /// A day between `from` and `to`, both included.
    static func random(from: CalendarDay, to: CalendarDay, _ random: inout SeededRandom) -> CalendarDay {
        guard to.ordinal > from.ordinal else { return from }
        return CalendarDay(ordinal: random.int(from.ordinal...to.ordinal))
    }
}
