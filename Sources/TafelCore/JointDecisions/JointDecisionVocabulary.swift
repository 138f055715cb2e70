/// Where a municipality (or the province) stands with a joint draft decision: offered, on its
/// college's agenda, adopted as offered or amended, rejected, or declining to take part
/// (seed 003: the VDG offers "gezamenlijke concept besluiten"; the primacy lies with the
/// autonomous colleges, and coalitions of the willing form from those who adopt).
public enum JointDecisionStatus: String, Vocabulary {
    case aangeboden, geagendeerd, vastgesteld
    case gewijzigdVastgesteld = "gewijzigd_vastgesteld"
    case verworpen
    case zietAf = "ziet_af"

    public var label: String {
        switch self {
        case .aangeboden: "Aangeboden"
        case .geagendeerd: "Geagendeerd"
        case .vastgesteld: "Vastgesteld"
        case .gewijzigdVastgesteld: "Gewijzigd vastgesteld"
        case .verworpen: "Verworpen"
        case .zietAf: "Ziet af"
        }
    }

    /// Whether the organisation adopted the decision and so belongs to the coalition.
    public var isAdopted: Bool { self == .vastgesteld || self == .gewijzigdVastgesteld }

    /// Whether the organisation still has to decide.
    public var isPending: Bool { self == .aangeboden || self == .geagendeerd }
}

/// The organ of each participant that takes the decision.
public enum DecisionOrgan: String, Vocabulary {
    case college
    case raad
    case gedeputeerdeStaten = "gedeputeerde_staten"
    case provincialeStaten = "provinciale_staten"
    case algemeenBestuur = "algemeen_bestuur"
    case ledenvergadering

    public var label: String {
        switch self {
        case .college: "College van B&W"
        case .raad: "Gemeenteraad"
        case .gedeputeerdeStaten: "Gedeputeerde Staten"
        case .provincialeStaten: "Provinciale Staten"
        case .algemeenBestuur: "Algemeen bestuur"
        case .ledenvergadering: "Ledenvergadering"
        }
    }
}
