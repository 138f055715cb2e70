/// The order and numbering of a nested agenda. Items are kept in reading order (an item,
/// then its sub-items, then the next item); each names its parent by key. Numbers are
/// what a person reads ("2", "2.1"), computed from that order, never stored.
public enum AgendaOrder {
    /// An item's place in the tree: its key and its parent's.
    public struct Node: Sendable, Hashable {
        public var key: Int
        public var parent: Int?

        public init(key: Int, parent: Int?) { self.key = key; self.parent = parent }
    }

    /// The items in reading order: each parent before its children, siblings in the order given.
    /// An item whose parent is missing (or part of a cycle) is treated as top-level.
    public static func readingOrder(_ nodes: [Node]) -> [Node] {
        let keys = Set(nodes.map(\.key))
        var children: [Int?: [Node]] = [:]
        for node in nodes {
            let parent = node.parent.flatMap { keys.contains($0) && $0 != node.key ? $0 : nil }
            children[parent, default: []].append(Node(key: node.key, parent: parent))
        }
        var result: [Node] = []
        var seen: Set<Int> = []
        func visit(_ parent: Int?) {
            for child in children[parent] ?? [] where seen.insert(child.key).inserted {
                result.append(child)
                visit(child.key)
            }
        }
        visit(nil)
        // Items only reachable through a cycle come last, at the top level.
        for node in nodes where !seen.contains(node.key) {
            seen.insert(node.key)
            result.append(Node(key: node.key, parent: nil))
            visit(node.key)
        }
        return result
    }

    /// The number a person reads for each key: `1`, `2`, `2.1`, `2.1.1`.
    public static func numbers(_ nodes: [Node]) -> [Int: String] {
        var result: [Int: String] = [:]
        var counters: [Int?: Int] = [:]
        for node in readingOrder(nodes) {
            let count = (counters[node.parent] ?? 0) + 1
            counters[node.parent] = count
            result[node.key] = node.parent.flatMap { result[$0] }.map { "\($0).\(count)" } ?? "\(count)"
        }
        return result
    }

    /// How deep each key sits: 0 for a top-level item.
    public static func depths(_ nodes: [Node]) -> [Int: Int] {
        var result: [Int: Int] = [:]
        for node in readingOrder(nodes) { result[node.key] = node.parent.flatMap { result[$0].map { $0 + 1 } } ?? 0 }
        return result
    }

    /// The keys that are part of a cycle of parents: an item cannot be part of itself or of its own sub-item.
    public static func cyclic(_ nodes: [Node]) -> Set<Int> {
        let parents = Dictionary(nodes.map { ($0.key, $0.parent) }, uniquingKeysWith: { first, _ in first })
        var result: Set<Int> = []
        for node in nodes {
            var seen: Set<Int> = []
            var current = node.parent
            while let key = current, seen.insert(key).inserted {
                if key == node.key { result.insert(node.key); break }
                current = parents[key] ?? nil
            }
        }
        return result
    }

    /// The items with `key` (and its sub-items) moved one place among its siblings, up or down;
    /// the same order when it is already first or last.
    public static func moving(_ nodes: [Node], key: Int, up: Bool) -> [Node] {
        let ordered = readingOrder(nodes)
        guard let node = ordered.first(where: { $0.key == key }) else { return ordered }
        let siblings = ordered.filter { $0.parent == node.parent }.map(\.key)
        guard let index = siblings.firstIndex(of: key) else { return ordered }
        let otherIndex = up ? index - 1 : index + 1
        guard siblings.indices.contains(otherIndex) else { return ordered }
        var order = siblings
        order.swapAt(index, otherIndex)
        // Reading order keeps the order of siblings as given: list the moved group first in its
        // new order, then every other item as it was.
        let moved = order.compactMap { key in ordered.first { $0.key == key } }
        return readingOrder(moved + ordered.filter { $0.parent != node.parent })
    }
}
