/// What a text names, as recognition finds it (issue 13 part 4).
public enum FindingKind: String, Vocabulary {
    case organisatie, gremium, persoon, datum, termijn, bedrag, kenmerk, bijeenkomst, samenwerking, toezegging

    public var label: String {
        switch self {
        case .organisatie: "Organisatie"
        case .gremium: "Gremium"
        case .persoon: "Persoon"
        case .datum: "Datum"
        case .termijn: "Termijn"
        case .bedrag: "Bedrag"
        case .kenmerk: "Kenmerk"
        case .bijeenkomst: "Bijeenkomst"
        case .samenwerking: "Samenwerking"
        case .toezegging: "Toezegging"
        }
    }

    /// The kind of record a finding of this kind can link to.
    public var recordKind: RecordKind? {
        switch self {
        case .organisatie: .organisation
        case .gremium: .body
        case .persoon: .person
        case .bijeenkomst: .meeting
        case .samenwerking: .collaboration
        case .datum, .termijn, .bedrag, .kenmerk, .toezegging: nil
        }
    }
}

/// One thing a text names: where (code-point offsets into the text as given, end exclusive, as
/// Python and JavaScript's `Array.from` count), what it says there, its normalised value and how
/// sure recognition is.
public struct Finding: Sendable, Hashable {
    public let kind: FindingKind
    public let start: Int
    public let end: Int
    public let text: String
    /// An ISO 8601 date (`2010-01-14`, `2009-02`), a reference number as written, or for a
    /// commitment phrase `gedaan`, `nagekomen` or `genoemd`; nil where the record or amount says it.
    public let value: String?
    public let amountCents: Int64?
    /// The record it names, when Tafel knows it.
    public let record: RecordKey?
    /// From 0 to 1.
    public let confidence: Double

    public init(kind: FindingKind, start: Int, end: Int, text: String, value: String? = nil, amountCents: Int64? = nil,
                record: RecordKey? = nil, confidence: Double) {
        self.kind = kind; self.start = start; self.end = end; self.text = text
        self.value = value; self.amountCents = amountCents; self.record = record; self.confidence = confidence
    }

    public var length: Int { end - start }

    func overlaps(_ other: Finding) -> Bool { start < other.end && other.start < end }
}

/// A record by kind and id.
public struct RecordKey: Sendable, Hashable {
    public let kind: RecordKind
    public let id: String

    public init(_ kind: RecordKind, _ id: String) {
        self.kind = kind; self.id = id
    }
}
