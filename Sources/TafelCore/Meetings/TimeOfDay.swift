/// A time on the clock, `HH:MM` in 24 hours, as meetings are planned (Europe/Amsterdam).
public struct TimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Minutes since midnight.
    public let minutes: Int

    /// Parses `9:30`, `09:30` or `09.30`; nil for anything else or an impossible time.
    public init?(_ text: String) {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { (c: Character) in c.isASCII } }),
              let hours = Int(parts[0]), let minutes = Int(parts[1]),
              (0...23).contains(hours), (0...59).contains(minutes)
        else { return nil }
        self.minutes = hours * 60 + minutes
    }

    public init(minutes: Int) { self.minutes = minutes }

    /// `09:30`.
    public var text: String { zeroPadded(minutes / 60, width: 2) + ":" + zeroPadded(minutes % 60, width: 2) }

    public var description: String { text }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}
