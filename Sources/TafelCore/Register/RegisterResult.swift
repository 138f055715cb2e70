/// One row of the register list: the collaboration and how many organisations take part.
public struct RegisterEntry: Sendable, Hashable {
    public var collaboration: Collaboration
    public var participantCount: Int

    public init(collaboration: Collaboration, participantCount: Int) {
        self.collaboration = collaboration; self.participantCount = participantCount
    }
}

/// How many collaborations each value of one filter would give, the other filters applied.
public struct Facet: Sendable, Hashable {
    public struct Value: Sendable, Hashable {
        public var code: String
        public var label: String
        public var count: Int

        public init(code: String, label: String, count: Int) { self.code = code; self.label = label; self.count = count }
    }

    /// The filter key (`vorm`, `status`, `rolProvincie`, `domein`).
    public var key: String
    public var label: String
    public var values: [Value]

    public init(key: String, label: String, values: [Value]) { self.key = key; self.label = label; self.values = values }
}

/// One page of the register with its facets.
public struct RegisterResult: Sendable {
    public var page: Page<RegisterEntry>
    public var facets: [Facet]

    public init(page: Page<RegisterEntry>, facets: [Facet]) { self.page = page; self.facets = facets }
}
