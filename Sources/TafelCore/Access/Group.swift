/// An organisation or a body, as named on a record's access list and on a user's memberships.
public struct Group: Sendable, Hashable, Comparable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case organisatie, gremium

        public var recordKind: RecordKind { self == .organisatie ? .organisation : .body }
    }

    public let kind: Kind
    public let id: String

    public init(kind: Kind, id: String) {
        self.kind = kind
        self.id = id
    }

    /// `organisatie:ID` or `gremium:ID`, the form and CLI notation.
    public init?(code: String) {
        let parts = code.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let kind = Kind(rawValue: parts[0]), !parts[1].isEmpty else { return nil }
        self.init(kind: kind, id: parts[1])
    }

    public var code: String { "\(kind.rawValue):\(id)" }

    public static func < (lhs: Group, rhs: Group) -> Bool { lhs.code < rhs.code }
}
