import Foundation

/// One check of a structure: the rule set, the date, and what breaks which rule.
public struct StructureCheck: Sendable {
    public let ruleSet: StructureRuleSet
    public let date: PartialDate
    public let violations: [StructureViolation]
    /// How many bodies each rule was checked on.
    public let checked: [String: Int]

    public init(ruleSet: StructureRuleSet, structure: Structure, date: PartialDate, body: String? = nil) {
        self.ruleSet = ruleSet
        self.date = date
        violations = ruleSet.violations(in: structure, on: date, body: body)
        checked = Dictionary(uniqueKeysWithValues: ruleSet.regels.map { rule in
            (rule.id, rule.bodies(in: structure).filter { body == nil || $0.id == body }.count)
        })
    }

    public func violations(of rule: StructureRule) -> [StructureViolation] { violations.filter { $0.ruleID == rule.id } }

    /// The rule's outcome in words: "Gevolgd (3 gremia)", "Niet gevolgd (1 gremium)",
    /// "Niet gevolgd bij 2 van de 3 gremia", or "Geen gremium om te controleren".
    public func verdict(_ rule: StructureRule) -> String {
        let found = violations(of: rule).count
        let checked = checked[rule.id] ?? 0
        let bodies = checked == 1 ? "gremium" : "gremia"
        if checked == 0 { return "Geen gremium om te controleren" }
        if found == 0 { return "Gevolgd (\(checked) \(bodies))" }
        return checked == 1 ? "Niet gevolgd (1 gremium)" : "Niet gevolgd bij \(found) van de \(checked) gremia"
    }
}
