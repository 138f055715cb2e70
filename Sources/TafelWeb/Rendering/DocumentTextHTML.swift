import TafelCore

/// A document's text with every passage that a fact cites marked (`<mark class="passage">`) and
/// given its anchor, so that a link to `#passage-…` scrolls to it and `:target` highlights it.
enum DocumentTextHTML {
    static func render(_ text: String, citing passages: [String]) -> HTML {
        let located = PassageAnchor.locate(passages, in: text)
        // One range per anchor (the same words quoted twice are one passage), in the order of the text.
        var seen = Set<String>()
        let ranges = located.map { (anchor: PassageAnchor.id(for: $0.key), range: $0.value) }
            .sorted { ($0.range.lowerBound, $0.anchor) < ($1.range.lowerBound, $1.anchor) }
            .filter { seen.insert($0.anchor).inserted }
        guard !ranges.isEmpty else { return "\(text)" }
        let bytes = Array(text.utf8)
        var cuts = Set([0, bytes.count])
        for (_, range) in ranges { cuts.insert(range.lowerBound); cuts.insert(range.upperBound) }
        let points = cuts.sorted()
        var parts: [HTML] = []
        for (start, end) in zip(points, points.dropFirst()) where start < end {
            let piece = String(decoding: bytes[start..<end], as: UTF8.self)
            let covering = ranges.filter { $0.range.lowerBound <= start && end <= $0.range.upperBound }
            guard !covering.isEmpty else { parts.append("\(piece)"); continue }
            let starting = covering.filter { $0.range.lowerBound == start }.map(\.anchor)
            // The first passage that starts here is the mark's id; any other gets an empty anchor before it.
            let extra = HTML(joining: starting.dropFirst().map { anchor -> HTML in "<span id=\"\(anchor)\"></span>" })
            let id: HTML = starting.first.map { anchor -> HTML in " id=\"\(anchor)\"" } ?? .empty
            parts.append("\(extra)<mark class=\"passage\"\(id)>\(piece)</mark>")
        }
        return HTML(joining: parts)
    }
}
