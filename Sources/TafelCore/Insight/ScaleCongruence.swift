/// The congruence of scales ("dansende schalen"): whether an organisation's collaborations are
/// with the same partners or each with others. For each collaboration its partner set is the
/// other organisations taking part; the index is the mean Jaccard similarity
/// |A ∩ B| / |A ∪ B| over every pair of those sets (two empty sets count as equal). 1 means
/// every collaboration has the same partners, 0 that no two share one. Undefined below two
/// collaborations.
public enum ScaleCongruence {
    public struct Result: Sendable, Hashable {
        /// The mean Jaccard similarity, 0…1; nil with fewer than two collaborations.
        public let index: Double?
        /// How many different partner sets the collaborations have.
        public let distinctPartnerSets: Int
        public let collaborations: Int
    }

    public static let definition = "De gemiddelde overlap (Jaccard-index: gedeelde partners gedeeld door alle partners samen) tussen de partners van elk paar samenwerkingen van de gemeente. 1 betekent dat elke samenwerking dezelfde partners heeft, 0 dat geen twee samenwerkingen een partner delen. Niet berekend bij minder dan twee samenwerkingen."

    public static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 1 : Double(a.intersection(b).count) / Double(union)
    }

    /// The index over these partner sets.
    public static func of(partnerSets sets: [Set<String>]) -> Result {
        var total = 0.0
        var pairs = 0
        for i in sets.indices {
            for j in sets.indices where j > i {
                total += jaccard(sets[i], sets[j])
                pairs += 1
            }
        }
        return Result(index: pairs == 0 ? nil : total / Double(pairs), distinctPartnerSets: Set(sets).count, collaborations: sets.count)
    }
}
