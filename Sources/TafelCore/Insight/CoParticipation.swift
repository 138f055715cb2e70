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
        // Numbered ids and one count per pair in a flat table: a collaboration of fifty members has 1,225 pairs.
        var numbers: [String: Int] = [:]
        var names: [String] = []
        var counts: [Int: Int] = [:]
        for entry in index.running {
            var members: [Int] = []
            for id in entry.participants where organisations?.contains(id) ?? true {
                if let number = numbers[id] { members.append(number); continue }
                numbers[id] = names.count
                members.append(names.count)
                names.append(id)
            }
            members.sort()
            for (i, a) in members.enumerated() {
                for b in members[(i + 1)...] { counts[a << 32 | b, default: 0] += 1 }
            }
        }
        return counts.map { key, count in
            let a = names[key >> 32], b = names[key & 0xFFFF_FFFF]
            return Pair(first: min(a, b), second: max(a, b), collaborations: count)
        }.sorted { ($1.collaborations, $0.first, $0.second) < ($0.collaborations, $1.first, $1.second) }
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
