/// When one person is expected at two meetings at once. A meeting without an end is
/// taken to last `assumedLength`; one without a start time takes the whole day, so two
/// such meetings on one day are "possibly" a double booking rather than certainly one.
public enum DoubleBooking {
    public static let assumedLength = 60

    /// A meeting's place in the day, as far as it is known.
    public struct Slot: Sendable, Hashable {
        public var date: PartialDate?
        public var start: TimeOfDay?
        public var end: TimeOfDay?

        public init(date: PartialDate?, start: TimeOfDay?, end: TimeOfDay?) {
            self.date = date; self.start = start; self.end = end
        }
    }

    public enum Overlap: Sendable, Hashable {
        /// Both times are known and they overlap.
        case certain
        /// Same day, but at least one of the two has no start time.
        case possible
    }

    /// How two meetings overlap; nil when they do not, or when either has no exact day.
    public static func overlap(_ a: Slot, _ b: Slot) -> Overlap? {
        guard let dayA = a.date, dayA.day != nil, let dayB = b.date, dayB.day != nil, dayA == dayB else { return nil }
        guard let startA = a.start, let startB = b.start else { return .possible }
        let endA = max(a.end?.minutes ?? startA.minutes + assumedLength, startA.minutes + 1)
        let endB = max(b.end?.minutes ?? startB.minutes + assumedLength, startB.minutes + 1)
        return startA.minutes < endB && startB.minutes < endA ? .certain : nil
    }
}
