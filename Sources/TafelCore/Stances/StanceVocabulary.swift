/// The government a position is aimed at (seed 003: "een gezamenlijk standpunt … ten aanzien
/// beleid van andere overheden"; the lobby towards Den Haag, the VNG, the province, Europe).
public enum StanceAddressee: String, Vocabulary {
    case rijk, vng, provincie, eu, anders

    public var label: String {
        switch self {
        case .rijk: "Rijk"
        case .vng: "VNG"
        case .provincie: "Provincie"
        case .eu: "Europese Unie"
        case .anders: "Andere overheid of partij"
        }
    }
}

/// Where a position stands: drafted, taken (adopted by those who hold it), brought in (put to
/// the addressee, in a meeting or a letter), and what came of it.
public enum StanceStatus: String, Vocabulary {
    case concept, ingenomen, ingebracht, behaald
    case nietBehaald = "niet_behaald"
    case ingetrokken

    public var label: String {
        switch self {
        case .concept: "Concept"
        case .ingenomen: "Ingenomen"
        case .ingebracht: "Ingebracht"
        case .behaald: "Behaald"
        case .nietBehaald: "Niet behaald"
        case .ingetrokken: "Ingetrokken"
        }
    }

    /// Whether those who hold it have adopted it, so that it has a date it was taken.
    public var isTaken: Bool { self == .ingenomen || self == .behaald || self == .nietBehaald }
}
