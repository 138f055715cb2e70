/// One row of the register list: the collaboration and how many organisations take part.
public struct RegisterEntry: Sendable, Hashable {
    public var collaboration: Collaboration
    public var participantCount: Int

    public init(collaboration: Collaboration, participantCount: Int) {
        self.collaboration = collaboration; self.participantCount = participantCount
    }
}

/// How many collaborations each value of one filter would give, the other filters applied.
/// Codes and counts only: what they are called on a page is the web layer's business.
public struct Facet: Sendable, Hashable {
    public enum Dimension: String, Sendable, CaseIterable {
        case form = "vorm"
        case status
        case provinceRole = "rolProvincie"
        case domain = "domein"

        /// The filter key (`RegisterFilter.keys`) this dimension narrows.
        public var key: String { rawValue }
    }

    public struct Value: Sendable, Hashable {
        public var code: String
        public var count: Int

        public init(code: String, count: Int) { self.code = code; self.count = count }
    }

    public var dimension: Dimension
    public var values: [Value]

    public var key: String { dimension.key }

    public init(dimension: Dimension, values: [Value]) { self.dimension = dimension; self.values = values }
}

/// One page of the register with its facets.
public struct RegisterResult: Sendable {
    public var page: Page<RegisterEntry>
    public var facets: [Facet]

    public init(page: Page<RegisterEntry>, facets: [Facet]) { self.page = page; self.facets = facets }
}
