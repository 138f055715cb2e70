/// The network of collaboration: for each pair of organisations, in how many collaborations
/// running on the date both take part.
public enum CoParticipation {
    public struct Pair: Sendable, Hashable {
        public let first: String
        public let second: String
        public let collaborations: Int
    }

    public static let definition = "Het aantal samenwerkingen dat op de peildatum loopt en waarin beide organisaties deelnemen."

    /// Every pair that shares at least one collaboration, the most shared first; `first` < `second`.
    public static func pairs(in data: InsightData, on date: PartialDate, among organisations: Set<String>? = nil) -> [Pair] {
        pairs(InsightIndex(data, on: date), among: organisations)
    }

    static func pairs(_ index: InsightIndex, among organisations: Set<String>?) -> [Pair] {
        var counts: [String: [String: Int]] = [:]
        for entry in index.running {
            var members = entry.participants
            if let organisations { members.formIntersection(organisations) }
            let sorted = members.sorted()
            for (i, a) in sorted.enumerated() {
                for b in sorted[(i + 1)...] { counts[a, default: [:]][b, default: 0] += 1 }
            }
        }
        return counts.flatMap { a, row in row.map { Pair(first: a, second: $0.key, collaborations: $0.value) } }
            .sorted { ($1.collaborations, $0.first, $0.second) < ($0.collaborations, $1.first, $1.second) }
    }

    /// The partners of `organisation`, with how many collaborations each shares with it, the most first.
    public static func partners(of organisation: String, in data: InsightData, on date: PartialDate) -> [(id: String, collaborations: Int)] {
        partners(of: organisation, InsightIndex(data, on: date))
    }

    static func partners(of organisation: String, _ index: InsightIndex) -> [(id: String, collaborations: Int)] {
        var counts: [String: Int] = [:]
        for entry in index.running(of: organisation) {
            for partner in entry.participants where partner != organisation { counts[partner, default: 0] += 1 }
        }
        return counts.map { (id: $0.key, collaborations: $0.value) }.sorted { ($1.collaborations, $0.id) < ($0.collaborations, $1.id) }
    }
}
