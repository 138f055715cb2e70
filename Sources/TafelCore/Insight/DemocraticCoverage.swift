/// Democratic coverage: in how many collaborations the councils or the Staten have a formal say
/// (a zienswijze or a besluit) rather than only information or consultation, and in how many
/// the sources do not say.
public struct DemocraticCoverage: Sendable, Hashable {
    public let formalSay: Int
    /// Of `formalSay`, the gemeenschappelijke regelingen whose sources do not say, counted by the law.
    public let formalByLaw: Int
    public let informationOnly: Int
    public let unknown: Int

    public static let definition = "Het aandeel van de samenwerkingen waarin gemeenteraden of Provinciale Staten formeel iets te zeggen hebben (een zienswijze of een besluit) in plaats van alleen informatie of consultatie. Een gemeenschappelijke regeling telt altijd als formeel: de Wet gemeenschappelijke regelingen (artikel 35) geeft de raden een zienswijze op haar begroting. Gerekend over de samenwerkingen waarvan dat bekend is; de andere staan apart als ‘niet bekend’."

    public init(formalSay: Int, formalByLaw: Int = 0, informationOnly: Int, unknown: Int) {
        self.formalSay = formalSay; self.formalByLaw = formalByLaw; self.informationOnly = informationOnly; self.unknown = unknown
    }

    public init(_ collaborations: [InsightData.Collaboration]) {
        var formal = 0, byLaw = 0, information = 0, unknown = 0
        for collaboration in collaborations {
            switch Self.say(collaboration) {
            case .formal: formal += 1
            case .formalByLaw: formal += 1; byLaw += 1
            case .information: information += 1
            case nil: unknown += 1
            }
        }
        self.init(formalSay: formal, formalByLaw: byLaw, informationOnly: information, unknown: unknown)
    }

    public enum Say: Sendable, Hashable { case formal, formalByLaw, information }

    /// What the councils have to say in one collaboration; nil when its sources do not tell.
    public static func say(_ collaboration: InsightData.Collaboration) -> Say? {
        if isFormal(collaboration.councilInvolvement) { return .formal }
        if collaboration.form == .gemeenschappelijkeRegeling { return .formalByLaw }
        return collaboration.councilInvolvement.isEmpty ? nil : .information
    }

    public static func isFormal(_ involvement: Set<CouncilInvolvement>) -> Bool {
        involvement.contains(.zienswijze) || involvement.contains(.besluit)
    }

    public var known: Int { formalSay + informationOnly }
    /// The share with a formal say among those whose sources say, 0…1; nil when none says.
    public var share: Double? { known == 0 ? nil : Double(formalSay) / Double(known) }
}
