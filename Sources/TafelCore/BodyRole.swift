/// The usual roles in a body (gremium). A member's role is stored as text, so that a rule set
/// or another province can use its own words; these are what the form suggests.
public enum BodyRole: String, Vocabulary {
    case voorzitter
    case viceVoorzitter = "vice-voorzitter"
    case secretaris, penningmeester
    case secretarisPenningmeester = "secretaris-penningmeester"
    case lid
    case ambtelijkVoorzitter = "ambtelijk voorzitter"
    case notulist, adviseur, agendalid, genodigde

    public var label: String {
        switch self {
        case .voorzitter: "Voorzitter"
        case .viceVoorzitter: "Vice-voorzitter"
        case .secretaris: "Secretaris"
        case .penningmeester: "Penningmeester"
        case .secretarisPenningmeester: "Secretaris-penningmeester"
        case .lid: "Lid"
        case .ambtelijkVoorzitter: "Ambtelijk voorzitter"
        case .notulist: "Notulist"
        case .adviseur: "Adviseur"
        case .agendalid: "Agendalid"
        case .genodigde: "Genodigde"
        }
    }
}
