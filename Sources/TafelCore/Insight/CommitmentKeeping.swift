/// Whether commitments are kept on time, per portefeuillehouder (the person who made them, or
/// the body as a whole), as their dates stand on a date.
public struct CommitmentKeeping: Sendable, Hashable, Identifiable {
    /// The person's id, else the body's.
    public let id: String
    public let isPerson: Bool
    public let name: String
    public let onTime: Int
    public let late: Int
    /// Open, their deadline not yet passed (or without a dated deadline).
    public let open: Int
    public let overdue: Int
    /// Lapsed or held over by an editor's decision.
    public let decided: Int

    public static let definition = "Toezeggingen die op of vóór de peildatum zijn gedaan, per portefeuillehouder (de persoon die toezegde, anders het gremium als geheel), zoals hun datums er op de peildatum voor staan: op tijd voldaan, te laat voldaan (na de laatste dag die de termijn toelaat), open binnen de termijn of zonder datum, open en te laat, of door een redacteur vervallen of aangehouden verklaard. Een voldoening na de peildatum telt op de peildatum als open. Het aandeel op tijd is op tijd voldaan gedeeld door alle die voldaan zijn of te laat open staan."

    public init(id: String, isPerson: Bool, name: String, onTime: Int, late: Int, open: Int, overdue: Int, decided: Int) {
        self.id = id; self.isPerson = isPerson; self.name = name
        self.onTime = onTime; self.late = late; self.open = open; self.overdue = overdue; self.decided = decided
    }

    public var total: Int { onTime + late + open + overdue + decided }

    /// 0…1; nil when none is kept or overdue yet.
    public var onTimeShare: Double? {
        let judged = onTime + late + overdue
        return judged == 0 ? nil : Double(onTime) / Double(judged)
    }

    /// Per portefeuillehouder with at least one commitment by the date, the most first.
    public static func all(in data: InsightData, on date: PartialDate) -> [CommitmentKeeping] {
        var counts: [String: (isPerson: Bool, counts: [Int])] = [:]
        let day = date.firstDay
        for commitment in data.commitments {
            if let made = commitment.madeOn, made.firstDay > day { continue }
            guard let maker = commitment.byPersonID ?? commitment.byBodyID else { continue }
            // A fulfilment after the date had not happened yet on it.
            let fulfilled = commitment.fulfilledOn.flatMap { $0.firstDay <= day ? $0 : nil }
            let standing = CommitmentStanding(deadline: commitment.deadline, fulfilledOn: fulfilled, decision: commitment.decision, on: date)
            let slot = switch standing.status {
            case .voldaan: 0
            case .teLaatVoldaan: 1
            case .open: standing.isOverdue ? 3 : 2
            case .vervallen, .aangehouden: 4
            }
            counts[maker, default: (commitment.byPersonID != nil, [0, 0, 0, 0, 0])].counts[slot] += 1
        }
        return counts.map { id, entry in
            CommitmentKeeping(id: id, isPerson: entry.isPerson, name: data.commitmentMakers[id] ?? id, onTime: entry.counts[0], late: entry.counts[1],
                              open: entry.counts[2], overdue: entry.counts[3], decided: entry.counts[4])
        }.sorted { ($1.total, $0.name, $0.id) < ($0.total, $1.name, $1.id) }
    }
}

/// A body against its own meeting rule: how often it met in the twelve months up to the date,
/// next to the minimum and maximum it sets itself.
public struct MeetingRhythm: Sendable, Hashable, Identifiable {
    public let body: InsightData.RuledBody
    public let meetings: Int

    public var id: String { body.id }

    public static let definition = "Gremia met een vergaderritme (zoveel keer per jaar) van de provincie, van haar gemeenten, van een organisatie waarvan een van hen op de peildatum lid is (zoals de vereniging van gemeenten) of waarin zij een zetel hebben: het aantal bijeenkomsten in de twaalf maanden tot en met de peildatum, naast het minimum en maximum dat het gremium zelf heeft. Minder dan het minimum is ‘minder dan het ritme’, meer dan het maximum ‘meer dan het ritme’."

    public init(body: InsightData.RuledBody, meetings: Int) {
        self.body = body; self.meetings = meetings
    }

    public enum Verdict: Sendable, Hashable { case less, within, more }

    public var verdict: Verdict {
        if let minimum = body.minimum, meetings < minimum { return .less }
        if let maximum = body.maximum, meetings > maximum { return .more }
        return .within
    }

    /// Every ruled body, those that meet less or more than their rule first, then by name.
    public static func all(in data: InsightData, on date: PartialDate) -> [MeetingRhythm] {
        let from = PartialDate.yearBefore(date).iso, to = date.iso
        var held: [String: Int] = [:]
        for meeting in data.meetings where meeting.date.iso > from && meeting.date.iso <= to { held[meeting.bodyID, default: 0] += 1 }
        func rank(_ verdict: Verdict) -> Int { verdict == .within ? 1 : 0 }
        return data.ruledBodies.filter { date.isWithin(start: $0.start, end: $0.end) }.map { MeetingRhythm(body: $0, meetings: held[$0.id] ?? 0) }
            .sorted { (rank($0.verdict), $0.body.name, $0.id) < (rank($1.verdict), $1.body.name, $1.id) }
    }
}
