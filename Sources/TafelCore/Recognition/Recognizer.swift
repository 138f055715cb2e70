/// Finds what a text names (issue 13 part 4): organisations, bodies, people, collaborations and
/// meetings Tafel knows, dates and deadlines, amounts, reference numbers and commitment phrases.
/// Pure: the gazetteer holds what it knows, so it runs without a database.
public struct Recognizer: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// The findings in reading order. Within one layer overlapping findings give way to the longest
    /// (then the surest); across layers they nest: a meeting holds its date, a deadline is not also a date.
    public func findings(in text: String) -> [Finding] {
        let prepared = RecognitionText(text)
        guard !prepared.tokens.isEmpty else { return [] }
        let names = Self.resolve(gazetteer.findings(in: prepared) + PersonRecognizer.findings(in: prepared, gazetteer: gazetteer))
        let (dateFindings, dates) = DateRecognizer.findings(in: prepared)
        let values = Self.resolve(dateFindings + AmountRecognizer.findings(in: prepared) + ReferenceRecognizer.findings(in: prepared))
        // A name inside a reference number ("Ons kenmerk VDG/2021") is part of the number.
        let references = values.filter { $0.kind == .kenmerk }
        let kept = names.filter { name in !references.contains { $0.overlaps(name) } }
        let meetings = Self.resolve(MeetingRecognizer.findings(in: prepared, dates: dates, entities: kept, gazetteer: gazetteer))
        let commitments = CommitmentRecognizer.findings(in: prepared)
        return (kept + values + meetings + commitments).sorted { ($0.start, -$0.end, $0.kind.rawValue) < ($1.start, -$1.end, $1.kind.rawValue) }
    }

    static func resolve(_ findings: [Finding]) -> [Finding] {
        var kept: [Finding] = []
        var taken = Occupancy()
        for finding in findings.sorted(by: { ($0.length, $0.confidence, $0.kind.priority) > ($1.length, $1.confidence, $1.kind.priority) })
        where !taken.isTaken(finding.start..<finding.end) {
            taken.take(finding.start..<finding.end)
            kept.append(finding)
        }
        return kept
    }
}

extension FindingKind {
    /// Which kind a name is read as when Tafel knows it as two: a collaboration before a body, a body before an organisation.
    var priority: Int {
        switch self {
        case .samenwerking: 3
        case .gremium: 2
        case .persoon: 1
        default: 0
        }
    }
}

/// Which code points findings already cover: checking and marking cost the finding's length, so a
/// long text with many findings stays linear.
struct Occupancy {
    private var covered = Set<Int>()

    func isTaken(_ range: Range<Int>) -> Bool { range.contains(where: covered.contains) }

    func isTaken(_ position: Int) -> Bool { covered.contains(position) }

    mutating func take(_ range: Range<Int>) { covered.formUnion(range) }
}
