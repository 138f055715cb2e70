/// Where a fraction's request to put a subject on a committee's agenda stands.
public enum AgendaRequestStatus: String, Vocabulary {
    case ingediend, geagendeerd, behandeld, afgewezen, ingetrokken

    public var label: String {
        switch self {
        case .ingediend: "Ingediend"
        case .geagendeerd: "Geagendeerd"
        case .behandeld: "Behandeld"
        case .afgewezen: "Afgewezen"
        case .ingetrokken: "Ingetrokken"
        }
    }
}

/// To whom a question in an agenda request is put: the other fractions, or the college
/// (Gedeputeerde Staten in the Staten, burgemeester en wethouders in a council).
public enum QuestionAddressee: String, Vocabulary {
    case fracties, college

    public var label: String {
        switch self {
        case .fracties: "Aan de overige fracties"
        case .college: "Aan het college"
        }
    }
}

/// Whether a question has been answered: computed from its answers, never typed.
public enum QuestionStatus: String, Vocabulary {
    case open, beantwoord

    public var label: String {
        switch self {
        case .open: "Open"
        case .beantwoord: "Beantwoord"
        }
    }
}
