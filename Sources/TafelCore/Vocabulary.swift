/// A closed list of values that Tafel stores as a stable code (`rawValue`, used in the
/// database, the API and the data files) and shows to people as a Dutch label.
public protocol Vocabulary: RawRepresentable, CaseIterable, Sendable, Hashable, Codable
where RawValue == String {
    /// The Dutch label a person reads.
    var label: String { get }
}

extension Vocabulary {
    /// Parses a code, or returns `nil` for a value outside the list.
    public init?(code: String) { self.init(rawValue: code) }

    /// All codes, in declaration order: for error messages and API enums.
    public static var codes: [String] { allCases.map(\.rawValue) }
}
