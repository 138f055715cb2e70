/// A body (gremium): a board, consultation, working group, council or committee.
public struct Body: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var kind: BodyKind
    public var organisationID: String?
    public var parentID: String?
    public var description: String?
    public var meetingsPerYearMin: Int?
    public var meetingsPerYearMax: Int?
    public var meta: RecordMeta

    public init(id: String, name: String, kind: BodyKind, organisationID: String?, parentID: String?,
                description: String?, meetingsPerYearMin: Int?, meetingsPerYearMax: Int?, meta: RecordMeta) {
        self.id = id; self.name = name; self.kind = kind; self.organisationID = organisationID
        self.parentID = parentID; self.description = description
        self.meetingsPerYearMin = meetingsPerYearMin; self.meetingsPerYearMax = meetingsPerYearMax
        self.meta = meta
    }

    /// "2 tot 4 keer per jaar", or nil when no cadence is set.
    public var cadenceText: String? { Self.cadence(min: meetingsPerYearMin, max: meetingsPerYearMax) }

    /// "2 tot 4 keer per jaar" for these numbers, or nil for none.
    public static func cadence(min: Int?, max: Int?) -> String? {
        switch (min, max) {
        case let (min?, max?) where min == max: "\(min) keer per jaar"
        case let (min?, max?): "\(min) tot \(max) keer per jaar"
        case let (min?, nil): "minstens \(min) keer per jaar"
        case let (nil, max?): "hoogstens \(max) keer per jaar"
        case (nil, nil): nil
        }
    }
}
