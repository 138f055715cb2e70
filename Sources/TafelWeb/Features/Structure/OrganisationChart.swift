/// A body tree drawn as an organisation chart: one box per body, indented under its parent
/// with an elbow line, so that it reads top to bottom on a phone and prints on one page. The
/// nested list and the table next to it carry the same facts as text.
enum OrganisationChart {
    static let rowHeight = 64, boxHeight = 54, indent = 32, boxWidth = 420

    static func svg(_ tree: BodyTree, titleID: String) -> HTML {
        let width = (tree.rows.map(\.depth).max() ?? 0) * indent + boxWidth + 2
        let height = tree.rows.count * rowHeight
        var lines: [HTML] = []
        var lastAtDepth: [Int: Int] = [:]
        for (index, row) in tree.rows.enumerated() {
            let y = index * rowHeight
            if row.depth > 0, let parent = lastAtDepth[row.depth - 1] {
                let x = (row.depth - 1) * indent + indent / 2
                let top = parent * rowHeight + boxHeight, middle = y + boxHeight / 2
                lines.append("<path class=\"chart__line\" d=\"M\(x) \(top) V\(middle) H\(row.depth * indent)\"/>")
            }
            lastAtDepth[row.depth] = index
        }
        let boxes = tree.rows.enumerated().map { index, row -> HTML in
            let x = row.depth * indent, y = index * rowHeight
            return """
            <g class="chart__body"><rect x="\(x)" y="\(y)" width="\(boxWidth)" height="\(boxHeight)" rx="4"/>\
            <text x="\(x + 10)" y="\(y + 23)" class="chart__name">\(shortened(row.name))</text>\
            <text x="\(x + 10)" y="\(y + 45)" class="chart__kind">\(row.kind)\(row.cadence.map { " · \($0)" } ?? "")</text></g>
            """
        }
        return """
        <svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" role="img" aria-labelledby="\(titleID)">\
        <title id="\(titleID)">Organogram van \(tree.organisationName): \(tree.rows.count) gremia</title>\
        \(HTML(joining: lines))\(HTML(joining: boxes))</svg>
        """
    }

    /// A name that fits its box (about 40 characters at 16 px); the list and table give it whole.
    static func shortened(_ name: String) -> String {
        name.count <= 42 ? name : String(name.prefix(40)) + "…"
    }
}
