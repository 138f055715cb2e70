/// What the province does in a policy product (seed 004 and its "Uitgangspunten").
public enum PolicyRole: String, Vocabulary {
    case initieren, regisseren, agenderen, stimuleren, uitvoeren, integreren

    public var label: String {
        switch self {
        case .initieren: "Initiëren"
        case .regisseren: "Regisseren"
        case .agenderen: "Agenderen"
        case .stimuleren: "Stimuleren"
        case .uitvoeren: "Uitvoeren"
        case .integreren: "Integreren"
        }
    }
}

/// Whether a product is a task the law gives the province, or one it took on itself.
public enum PolicyTaskKind: String, Vocabulary {
    case wettelijkeTaak = "wettelijke_taak"
    case autonomeTaak = "autonome_taak"

    public var label: String {
        switch self {
        case .wettelijkeTaak: "Wettelijke taak"
        case .autonomeTaak: "Autonome taak"
        }
    }
}
