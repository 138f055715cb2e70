import Foundation

extension PartialDate {
    /// Today in the Netherlands, as a day.
    public static func today(_ now: Date = Date()) -> PartialDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        let iso = zeroPadded(parts.year ?? 1970, width: 4) + "-" + zeroPadded(parts.month ?? 1, width: 2) + "-" + zeroPadded(parts.day ?? 1, width: 2)
        return PartialDate(iso: iso) ?? PartialDate(iso: "1970-01-01")!
    }

    /// Whether a period from `start` to `end` (either unknown) holds on `self`: begun by then and
    /// not ended before it; an end at a year or month lasts to its last day.
    public func isWithin(start: PartialDate?, end: PartialDate?) -> Bool {
        if let start, start.iso > iso { return false }
        if let end, end.upperBound < iso { return false }
        return true
    }
}
