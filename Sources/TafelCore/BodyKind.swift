/// The kind of a body (gremium): a board, a meeting structure, a working group, a council.
public enum BodyKind: String, Vocabulary {
    case bestuur
    case dagelijksBestuur = "dagelijks_bestuur"
    case algemeneLedenvergadering = "algemene_ledenvergadering"
    case bestuurlijkOverleg = "bestuurlijk_overleg"
    case ambtelijkOverleg = "ambtelijk_overleg"
    case kerngroep
    case subOverleg = "sub_overleg"
    case werkgroep, stuurgroep, regiegroep, projectgroep, commissie
    case provincialeStaten = "provinciale_staten"
    case statencommissie
    case gedeputeerdeStaten = "gedeputeerde_staten"
    case college, raad, bureau, kring, overleg

    public var label: String {
        switch self {
        case .bestuur: "Bestuur"
        case .dagelijksBestuur: "Dagelijks bestuur"
        case .algemeneLedenvergadering: "Algemene ledenvergadering"
        case .bestuurlijkOverleg: "Bestuurlijk overleg"
        case .ambtelijkOverleg: "Ambtelijk overleg"
        case .kerngroep: "Kerngroep"
        case .subOverleg: "Sub-overleg"
        case .werkgroep: "Werkgroep"
        case .stuurgroep: "Stuurgroep"
        case .regiegroep: "Regiegroep"
        case .projectgroep: "Projectgroep"
        case .commissie: "Commissie"
        case .provincialeStaten: "Provinciale Staten"
        case .statencommissie: "Statencommissie"
        case .gedeputeerdeStaten: "Gedeputeerde Staten"
        case .college: "College"
        case .raad: "Raad"
        case .bureau: "Bureau"
        case .kring: "Kring"
        case .overleg: "Overleg"
        }
    }
}
