import TafelStore
/// A seeded pseudo-random source (SplitMix64) for the synthetic data sets: the same seed
/// and stream name give the same numbers on every machine and every run.
///
/// Only its own helpers are used to draw numbers: the standard library's `random(in:using:)`
/// and `shuffle(using:)` may change their algorithm between Swift versions, which would
/// silently change the generated data.
struct SeededRandom {
    private var state: UInt64

    /// A generator for one named stream of `seed`: each table draws from its own stream, so
    /// that a change to one table's generation leaves the others as they were.
    init(seed: UInt64, stream: String) {
        state = seed ^ Self.fnv1a(stream)
        _ = next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range` (multiply-shift; the tiny bias does not matter here).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next().multipliedFullWidth(by: width).high)
    }

    /// An index below `count` (which must be positive).
    mutating func index(_ count: Int) -> Int {
        Int(next().multipliedFullWidth(by: UInt64(count)).high)
    }

    /// A number in [0, 1).
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[index(items.count)]
    }

    /// One of `items`, each as likely as its weight.
    mutating func weighted<T>(_ items: [(T, Int)]) -> T {
        let total = items.reduce(0) { $0 + $1.1 }
        var ticket = index(total)
        for (item, weight) in items {
            if ticket < weight { return item }
            ticket -= weight
        }
        return items[items.count - 1].0
    }

    /// `count` different elements of `items` (all of them when there are fewer), in drawn order.
    mutating func sample<T>(_ items: [T], _ count: Int) -> [T] {
        var pool = items
        let wanted = min(count, pool.count)
        for i in 0..<wanted {
            pool.swapAt(i, i + index(pool.count - i))
        }
        return Array(pool.prefix(wanted))
    }

    /// Fisher–Yates, drawing from this generator.
    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, index(i + 1))
        }
    }

    /// FNV-1a over the UTF-8 bytes: a stable hash (Swift's `Hasher` is seeded per process).
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
