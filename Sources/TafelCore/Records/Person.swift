/// A person (Popolo Person). Only what the sources state: a person named by surname
/// alone has no given name.
public struct Person: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var givenName: String?
    public var familyNamePrefix: String?
    public var familyName: String?
    public var description: String?
    public var meta: RecordMeta

    public init(id: String, name: String, givenName: String? = nil, familyNamePrefix: String? = nil,
                familyName: String? = nil, description: String? = nil, meta: RecordMeta) {
        self.id = id; self.name = name; self.givenName = givenName
        self.familyNamePrefix = familyNamePrefix; self.familyName = familyName
        self.description = description; self.meta = meta
    }
}

/// A seat a person can hold (Popolo Post), e.g. "Burgemeester van Hoogeveen".
public struct Post: Sendable, Hashable, Identifiable {
    public var id: String
    public var label: String
    public var role: String?
    public var organisationID: String?
    public var bodyID: String?

    public init(id: String, label: String, role: String?, organisationID: String?, bodyID: String?) {
        self.id = id; self.label = label; self.role = role
        self.organisationID = organisationID; self.bodyID = bodyID
    }
}

/// A person's membership of an organisation or body over time (Popolo Membership).
public struct Membership: Sendable, Hashable, Identifiable {
    public var id: String
    public var personID: String
    public var organisationID: String?
    public var bodyID: String?
    public var postID: String?
    public var role: String?
    public var onBehalfOfID: String?
    public var start: PartialDate?
    public var end: PartialDate?
    public var observedOn: PartialDate?

    public init(id: String, personID: String, organisationID: String?, bodyID: String?, postID: String?,
                role: String?, onBehalfOfID: String?, start: PartialDate?, end: PartialDate?,
                observedOn: PartialDate?) {
        self.id = id; self.personID = personID; self.organisationID = organisationID
        self.bodyID = bodyID; self.postID = postID; self.role = role; self.onBehalfOfID = onBehalfOfID
        self.start = start; self.end = end; self.observedOn = observedOn
    }

    /// "2018 – 2022", "sinds 2011", "op 13 november 2020": the period in Dutch.
    public var periodText: String? { PeriodText.dutch(start: start, end: end, observedOn: observedOn) }
}

/// The Dutch wording of a period with partial dates.
public enum PeriodText {
    public static func dutch(start: PartialDate?, end: PartialDate?, observedOn: PartialDate? = nil) -> String? {
        switch (start, end) {
        case let (start?, end?): return "\(start.dutch) – \(end.dutch)"
        case let (start?, nil): return "sinds \(start.dutch)"
        case let (nil, end?): return "tot \(end.dutch)"
        case (nil, nil): return observedOn.map { "op \($0.dutch)" }
        }
    }
}
