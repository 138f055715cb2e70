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

    /// The index over these partner sets. The ids are numbered once and each set sorted, so that
    /// the many pairs (a municipality with a hundred collaborations has 4,950) are merged, not hashed.
    public static func of(partnerSets sets: [Set<String>]) -> Result {
        var numbers: [String: Int] = [:]
        let sorted: [[Int]] = sets.map { set in
            set.map { id in
                if let number = numbers[id] { return number }
                numbers[id] = numbers.count
                return numbers.count - 1
            }.sorted()
        }
        var total = 0.0
        var pairs = 0
        for i in sorted.indices {
            for j in sorted.indices where j > i {
                let shared = sharedCount(sorted[i], sorted[j])
                let union = sorted[i].count + sorted[j].count - shared
                total += union == 0 ? 1 : Double(shared) / Double(union)
                pairs += 1
            }
        }
        return Result(index: pairs == 0 ? nil : total / Double(pairs), distinctPartnerSets: Set(sorted).count, collaborations: sets.count)
    }

    /// How many numbers two ascending arrays share.
    static func sharedCount(_ a: [Int], _ b: [Int]) -> Int {
        var i = 0, j = 0, shared = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return shared
    }
}
