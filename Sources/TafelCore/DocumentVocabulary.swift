/// The kind of a document.
public enum DocumentKind: String, Vocabulary {
    case statenbrief, agenderingsverzoek, verslag
    case strategischeAgenda = "strategische_agenda"
    case brief, notulen, agenda, besluitenlijst, convenant, rapport, overig

    public var label: String {
        switch self {
        case .statenbrief: "Statenbrief"
        case .agenderingsverzoek: "Agenderingsverzoek"
        case .verslag: "Verslag"
        case .strategischeAgenda: "Strategische agenda"
        case .brief: "Brief"
        case .notulen: "Notulen"
        case .agenda: "Agenda"
        case .besluitenlijst: "Besluitenlijst"
        case .convenant: "Convenant"
        case .rapport: "Rapport"
        case .overig: "Overig"
        }
    }
}

/// Who may see a record or document.
public enum Confidentiality: String, Vocabulary {
    case openbaar, intern, vertrouwelijk

    public var label: String {
        switch self {
        case .openbaar: "Openbaar"
        case .intern: "Intern"
        case .vertrouwelijk: "Vertrouwelijk"
        }
    }
}

/// What a provincial policy product means for the province's tasks (seed 004).
public enum PolicyConsequence: String, Vocabulary {
    case afbouwen, overdragen, voortzetten
    case opnemenInOmgevingsbeleid = "opnemen_in_omgevingsbeleid"
    case uitvoeren

    public var label: String {
        switch self {
        case .afbouwen: "Afbouwen"
        case .overdragen: "Overdragen"
        case .voortzetten: "Voortzetten"
        case .opnemenInOmgevingsbeleid: "Opnemen in omgevingsbeleid"
        case .uitvoeren: "Uitvoeren"
        }
    }
}
