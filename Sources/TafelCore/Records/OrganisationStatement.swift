/// What an organisation says about its own course (seed 003, chapter 2 of a strategic agenda).
public enum OrganisationStatementKind: String, Vocabulary {
    case missie, visie, hoofdfunctie, strategiepunt

    public var label: String {
        switch self {
        case .missie: "Missie"
        case .visie: "Visie"
        case .hoofdfunctie: "Hoofdfunctie"
        case .strategiepunt: "Strategie en vertrekpunt"
        }
    }
}

/// One statement of an organisation's course: its mission, vision, one of its functions or one
/// point of its strategy, in the order its source gives them, with the passage it rests on.
public struct OrganisationStatement: Sendable, Hashable {
    public var kind: OrganisationStatementKind
    /// Its place among the statements of its kind, from 1.
    public var position: Int
    /// A function's or strategy point's own name ("Netwerken"); nil for a mission or vision.
    public var title: String?
    public var text: String
    /// When it was set, as far as the source says (the functions: 2016).
    public var adopted: PartialDate?
    public var source: Source?

    public init(kind: OrganisationStatementKind, position: Int, title: String?, text: String, adopted: PartialDate?, source: Source?) {
        self.kind = kind; self.position = position; self.title = title; self.text = text; self.adopted = adopted
        self.source = source
    }
}
