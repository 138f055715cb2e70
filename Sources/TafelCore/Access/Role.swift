/// What a signed-in user may do. Anonymous visitors have no role: they are the public.
public enum Role: String, Vocabulary {
    /// Manages users and may read and edit everything.
    case beheerder
    /// Edits records, everywhere or only those named to their organisations and bodies.
    case redacteur
    /// Reads internal material.
    case lezer

    public var label: String {
        switch self {
        case .beheerder: "Beheerder"
        case .redacteur: "Redacteur"
        case .lezer: "Lezer"
        }
    }
}
