/// What became of a commitment (toezegging). `open`, `voldaan` and `teLaatVoldaan` follow from
/// the dates and are never typed; `vervallen` and `aangehouden` are an editor's decision.
public enum CommitmentStatus: String, Vocabulary {
    case open
    case voldaan
    case teLaatVoldaan = "te_laat_voldaan"
    case vervallen
    case aangehouden

    public var label: String {
        switch self {
        case .open: "Open"
        case .voldaan: "Voldaan"
        case .teLaatVoldaan: "Te laat voldaan"
        case .vervallen: "Vervallen"
        case .aangehouden: "Aangehouden"
        }
    }
}

/// The two states an editor sets by hand; the others are computed.
public enum CommitmentDecision: String, Vocabulary {
    case vervallen, aangehouden

    public var label: String {
        switch self {
        case .vervallen: "Vervallen"
        case .aangehouden: "Aangehouden"
        }
    }
}

/// When a commitment falls due: by a date (at the precision the source gives: "uiterlijk
/// 15 januari 2010", "in 2012"), or by an event ("voor de behandeling van de begroting"),
/// which only a person can judge.
public struct CommitmentDeadline: Sendable, Hashable {
    public var date: PartialDate?
    public var event: String?

    public init(date: PartialDate? = nil, event: String? = nil) {
        self.date = date; self.event = event
    }

    /// The last day the deadline allows: a year runs to 31 December, a month to its last day.
    public var lastDay: String? { date?.upperBound }

    /// The last day the deadline allows, as a day: 31 December for a year, the month's last
    /// day for a month (for a calendar, which needs a day).
    public var lastDate: PartialDate? {
        guard let date else { return nil }
        let month = date.month ?? 12
        let day = date.day ?? PartialDate.daysIn(month: month, year: date.year)
        return PartialDate(iso: "\(date.year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)")
    }
}

/// How a commitment stands on a day, from its deadline, its fulfilment and an editor's decision.
public struct CommitmentStanding: Sendable, Hashable {
    public let status: CommitmentStatus
    /// Open past a dated deadline.
    public let isOverdue: Bool

    public init(deadline: CommitmentDeadline, fulfilledOn: PartialDate?, decision: CommitmentDecision?, on day: PartialDate) {
        if let decision {
            status = decision == .vervallen ? .vervallen : .aangehouden
            isOverdue = false
        } else if let fulfilledOn {
            // Late only when the fulfilment surely came after the last day the deadline allows.
            status = deadline.lastDay.map { fulfilledOn.firstDay > $0 } == true ? .teLaatVoldaan : .voldaan
            isOverdue = false
        } else {
            status = .open
            isOverdue = deadline.lastDay.map { day.firstDay > $0 } ?? false
        }
    }

    /// "Open (te laat)" for an overdue one: the status read as text, never by colour alone.
    public var label: String { isOverdue ? "Open (te laat)" : status.label }
}

extension PartialDate {
    /// The first day this date can mean, as sortable text: `2012` → `2012-00-00`.
    public var firstDay: String { (iso + "-00-00").prefix(10).description }
}
