import Foundation

/// A set of structure rules (seed 003's Bijlage 1 for the VDG is the one Tafel ships), read
/// from JSON: `naam`, `bron` and `regels` (see docs/STRUCTUURREGELS.md).
public struct StructureRuleSet: Sendable, Hashable, Codable {
    public let naam: String
    public let regels: [StructureRule]

    public init(naam: String, regels: [StructureRule]) {
        self.naam = naam; self.regels = regels
    }

    /// The rule set in `data`, or a Dutch message naming what is wrong with it.
    public static func decode(_ data: Data) throws(RuleSetError) -> StructureRuleSet {
        let set: StructureRuleSet
        do {
            set = try JSONDecoder().decode(StructureRuleSet.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            throw RuleSetError(message: "geen geldige JSON (\(context.debugDescription))")
        } catch let DecodingError.keyNotFound(key, context) {
            throw RuleSetError(message: "het veld ‘\(key.stringValue)’ ontbreekt\(Self.place(context.codingPath))")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw RuleSetError(message: "het veld ‘\(context.codingPath.last?.stringValue ?? "?")’ heeft een verkeerd soort waarde\(Self.place(context.codingPath.dropLast()))")
        } catch {
            throw RuleSetError(message: "onleesbaar (\(error))")
        }
        var seen = Set<String>()
        for rule in set.regels where !seen.insert(rule.id).inserted {
            throw RuleSetError(message: "de regel ‘\(rule.id)’ komt twee keer voor")
        }
        return set
    }

    private static func place(_ path: some Collection<any CodingKey>) -> String {
        guard let index = path.compactMap(\.intValue).first else { return "" }
        return " in regel \(index + 1)"
    }

    /// Every violation on `date`, rule by rule, body by body.
    public func violations(in structure: Structure, on date: PartialDate, body: String? = nil) -> [StructureViolation] {
        regels.flatMap { rule in rule.violations(in: structure, on: date, only: body) }
    }

    /// The rule set Tafel ships: the VDG's structure (Bijlage 1 of its Strategische Agenda 2018–2022).
    public static func drenthe() throws -> StructureRuleSet {
        guard let url = Bundle.module.url(forResource: "structuurregels-drenthe", withExtension: "json") else {
            throw RuleSetError(message: "het bestand structuurregels-drenthe.json ontbreekt in deze installatie")
        }
        return try decode(try Data(contentsOf: url))
    }
}

public struct RuleSetError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { "Structuurregels: \(message)." }
}
