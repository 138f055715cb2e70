import Foundation
import TafelCore

/// The pictures of Inzicht, drawn on the server as SVG: each with a title and a text
/// alternative, values written in the picture so that nothing relies on colour alone, text at
/// 16 px, and the table with the same numbers on the page next to it.
enum InsightCharts {
    /// One bar per row, its value written at its end.
    struct Bar: Sendable {
        let label: String
        let value: Double
        let text: String
    }

    static func bars(_ bars: [Bar], id: String, title: String, description: String) -> HTML {
        let labelWidth = 190.0, barWidth = 360.0, rowHeight = 30.0, textRoom = 90.0
        let width = labelWidth + barWidth + textRoom
        let height = rowHeight * Double(max(bars.count, 1)) + 8
        let largest = bars.map(\.value).max() ?? 0
        var out = svgOpen(id: id, className: "insight-chart", width: width, height: height, title: title, description: description)
        for (index, bar) in bars.enumerated() {
            let y = 4 + rowHeight * Double(index)
            let length = largest > 0 ? max(bar.value / largest * barWidth, bar.value > 0 ? 2 : 0) : 0
            out += "<text class=\"insight-chart__label\" x=\"\(n(labelWidth - 8))\" y=\"\(n(y + 20))\">\(escape(bar.label))</text>"
            out += "<rect class=\"insight-chart__bar\" x=\"\(n(labelWidth))\" y=\"\(n(y + 4))\" width=\"\(n(length))\" height=\"\(n(rowHeight - 10))\"/>"
            out += "<text class=\"insight-chart__value\" x=\"\(n(labelWidth + length + 6))\" y=\"\(n(y + 20))\">\(escape(bar.text))</text>"
        }
        return HTML(trusted: out + "</svg>")
    }

    /// A municipality's value on the map: its number, and the text written on it.
    struct MapValue: Sendable {
        let value: Double?
        let text: String
    }

    /// The province's municipalities shaded in four classes of `values` (by CBS code), each
    /// labelled with its name and value; a municipality without a value is hatched and says so.
    static func map(_ values: [String: MapValue], frame: MunicipalityBoundaries.Frame, id: String, title: String, description: String,
                    unit: String) -> (svg: HTML, legend: HTML) {
        let known = values.values.compactMap(\.value)
        let classes = Classes(known)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"coalition-map insight-map\" viewBox=\"0 0 \(frame.width) \(frame.height)\" role=\"img\" aria-labelledby=\"\(id)-titel\" aria-describedby=\"\(id)-omschrijving\">"
        out += "<title id=\"\(id)-titel\">\(escape(title))</title><desc id=\"\(id)-omschrijving\">\(escape(description))</desc>"
        out += "<defs><pattern id=\"\(id)-onbekend\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" class=\"coalition-map__hatch\"/></pattern></defs>"
        for shape in frame.shapes {
            let value = values[shape.cbsCode]
            let fill = value?.value.map { "insight-map__class--\(classes.index(of: $0))" } ?? "insight-map__none"
            let style = value?.value == nil ? " fill=\"url(#\(id)-onbekend)\"" : ""
            out += "<path class=\"coalition-map__area \(fill)\"\(style) d=\"\(shape.path)\"><title>\(escape(CoalitionMap.shortName(shape.name))): \(escape(value?.text ?? "niet bekend"))</title></path>"
        }
        for shape in frame.shapes {
            let x = MunicipalityBoundaries.number(shape.labelX)
            out += "<text class=\"coalition-map__label insight-map__name\" x=\"\(x)\" y=\"\(MunicipalityBoundaries.number(shape.labelY))\" aria-hidden=\"true\">\(escape(CoalitionMap.shortName(shape.name)))</text>"
            out += "<text class=\"coalition-map__symbol insight-map__value\" x=\"\(x)\" y=\"\(MunicipalityBoundaries.number(shape.labelY + 19))\" aria-hidden=\"true\">\(escape(values[shape.cbsCode]?.text ?? "?"))</text>"
        }
        out += "</svg>"
        var legend = "<ul class=\"map-legend\">"
        for (index, range) in classes.ranges {
            legend += "<li><svg class=\"map-legend__swatch\" viewBox=\"0 0 28 18\" width=\"28\" height=\"18\" aria-hidden=\"true\"><rect class=\"coalition-map__area insight-map__class--\(index)\" x=\"1\" y=\"1\" width=\"26\" height=\"16\"/></svg> \(escape(range)) \(escape(unit))</li>"
        }
        if values.count < frame.shapes.count || values.values.contains(where: { $0.value == nil }) {
            legend += "<li><svg class=\"map-legend__swatch\" viewBox=\"0 0 28 18\" width=\"28\" height=\"18\" aria-hidden=\"true\"><rect class=\"coalition-map__area\" fill=\"url(#\(id)-onbekend)\" x=\"1\" y=\"1\" width=\"26\" height=\"16\"/></svg> niet bekend (gearceerd, ‘?’)</li>"
        }
        return (HTML(trusted: out), HTML(trusted: legend + "</ul>"))
    }

    /// Four classes of equal width between the smallest and the largest value.
    struct Classes {
        let low: Double
        let high: Double
        static let count = 4

        init(_ values: [Double]) {
            low = values.min() ?? 0
            high = values.max() ?? 0
        }

        func index(of value: Double) -> Int {
            guard high > low else { return Self.count - 1 }
            return min(Self.count - 1, Int((value - low) / (high - low) * Double(Self.count)))
        }

        /// Each class with the values it holds, as the legend names them.
        var ranges: [(Int, String)] {
            guard high > low else { return [(index(of: high), InsightFormat.number(high))] }
            let step = (high - low) / Double(Self.count)
            return (0..<Self.count).map { i in
                (i, InsightFormat.number(low + step * Double(i)) + " – " + InsightFormat.number(low + step * Double(i + 1)))
            }
        }
    }

    /// A matrix: how often a row and a column go together, the number in each cell and its shade
    /// by it. With `square`, rows and columns are the same and the diagonal is left blank.
    static func matrix(rows: [String], columns: [String], counts: [[Int]], id: String, title: String, description: String,
                       square: Bool = false) -> HTML {
        let cell = 38.0, top = 150.0
        let longest = Double(rows.map(\.count).max() ?? 0)
        let left = min(380, max(170, longest * 8.6 + 16))
        // The last column's label leans right, past the last cell.
        let width = left + cell * Double(columns.count) + 90, height = top + cell * Double(rows.count) + 8
        let largest = counts.joined().max() ?? 0
        var out = svgOpen(id: id, className: "insight-matrix", width: width, height: height, title: title, description: description)
        for (index, label) in rows.enumerated() {
            out += "<text class=\"insight-chart__label\" x=\"\(n(left - 8))\" y=\"\(n(top + cell * Double(index) + cell / 2 + 6))\">\(escape(label))</text>"
        }
        for (index, label) in columns.enumerated() {
            let x = left + cell * Double(index) + cell / 2 + 6
            out += "<text class=\"insight-matrix__column\" transform=\"translate(\(n(x)) \(n(top - 8))) rotate(-60)\">\(escape(label))</text>"
        }
        // A large matrix has thousands of cells: one path per shade and one text per row keep it small.
        var shapes = Array(repeating: "", count: 6)  // shades 0…4, then the blank diagonal
        var dark = "", light = ""
        for (row, line) in counts.enumerated() {
            let y = top + cell * Double(row)
            var darkRow = "", lightRow = ""
            for (column, count) in line.enumerated() {
                let x = left + cell * Double(column)
                if square && row == column {
                    shapes[5] += "M\(n(x)) \(n(y))h\(n(cell))v\(n(cell))h-\(n(cell))z"
                    continue
                }
                let step = largest == 0 ? 0 : min(4, count * 5 / (largest + 1))
                shapes[step] += "M\(n(x)) \(n(y))h\(n(cell))v\(n(cell))h-\(n(cell))z"
                let number = "<tspan x=\"\(n(x + cell / 2))\">\(count)</tspan>"
                if step >= 3 { lightRow += number } else { darkRow += number }
            }
            let baseline = n(y + cell / 2 + 6)
            if !darkRow.isEmpty { dark += "<text y=\"\(baseline)\">\(darkRow)</text>" }
            if !lightRow.isEmpty { light += "<text y=\"\(baseline)\">\(lightRow)</text>" }
        }
        for (index, d) in shapes.enumerated() where !d.isEmpty {
            out += "<path class=\"insight-matrix__cell \(index == 5 ? "insight-matrix__self" : "insight-matrix__shade--\(index)")\" d=\"\(d)\"/>"
        }
        if !dark.isEmpty { out += "<g class=\"insight-matrix__count\">\(dark)</g>" }
        if !light.isEmpty { out += "<g class=\"insight-matrix__count insight-matrix__count--light\">\(light)</g>" }
        return HTML(trusted: out + "</svg>")
    }

    /// A line between two nodes, and how strong it is.
    struct Edge: Sendable {
        let from: Int
        let to: Int
        let weight: Int
    }

    /// Nodes on a circle, each line's width by its weight in four steps (the legend names them);
    /// the strongest `edges` come last, so they lie on top.
    static func network(nodes: [String], edges: [Edge], id: String, title: String, description: String) -> (svg: HTML, legend: HTML) {
        // Labels stand beside the circle: room for them left and right, less above and below.
        let radius = 230.0, side = 190.0, above = 50.0
        let width = 2 * (radius + side), height = 2 * (radius + above)
        let centreX = radius + side, centreY = radius + above
        let points = nodes.indices.map { index -> (x: Double, y: Double, angle: Double) in
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(max(nodes.count, 1))
            return (centreX + radius * cos(angle), centreY + radius * sin(angle), angle)
        }
        let largest = edges.map(\.weight).max() ?? 0
        // Four steps of equal width up to the largest weight; the legend names the same ones.
        func upper(_ step: Int) -> Int { Int((Double(largest) * Double(step + 1) / 4).rounded(.up)) }
        func step(_ weight: Int) -> Int { (0..<4).first { weight <= upper($0) } ?? 3 }
        var out = svgOpen(id: id, className: "insight-network", width: width, height: height, title: title, description: description)
        for edge in edges.sorted(by: { $0.weight < $1.weight }) {
            let a = points[edge.from], b = points[edge.to]
            out += "<line class=\"insight-network__edge insight-network__edge--\(step(edge.weight))\" x1=\"\(n(a.x))\" y1=\"\(n(a.y))\" x2=\"\(n(b.x))\" y2=\"\(n(b.y))\"/>"
        }
        for (index, label) in nodes.enumerated() {
            let point = points[index]
            let across = cos(point.angle), down = sin(point.angle)
            let anchor = abs(across) < 0.2 ? "middle" : across > 0 ? "start" : "end"
            let x = centreX + (radius + 14) * across, y = centreY + (radius + 14) * down + (down > 0.5 ? 16 : down < -0.5 ? -2 : 6)
            out += "<circle class=\"insight-network__node\" cx=\"\(n(point.x))\" cy=\"\(n(point.y))\" r=\"7\"/>"
            out += "<text class=\"insight-network__label\" x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\">\(escape(label))</text>"
        }
        var legend = "<ul class=\"map-legend\">"
        if largest > 0 {
            for index in 0..<4 {
                let low = index == 0 ? 1 : upper(index - 1) + 1, high = upper(index)
                guard high >= low else { continue }
                legend += "<li><svg class=\"map-legend__swatch\" viewBox=\"0 0 28 18\" width=\"28\" height=\"18\" aria-hidden=\"true\"><line class=\"insight-network__edge insight-network__edge--\(index)\" x1=\"1\" y1=\"9\" x2=\"27\" y2=\"9\"/></svg> "
                    + escape(low == high ? "\(low)" : "\(low) – \(high)") + " gedeelde samenwerkingen</li>"
            }
        }
        return (HTML(trusted: out + "</svg>"), HTML(trusted: legend + "</ul>"))
    }

    private static func svgOpen(id: String, className: String, width: Double, height: Double, title: String, description: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"\(className)\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" role=\"img\" aria-labelledby=\"\(id)-titel\" aria-describedby=\"\(id)-omschrijving\">"
            + "<title id=\"\(id)-titel\">\(escape(title))</title><desc id=\"\(id)-omschrijving\">\(escape(description))</desc>"
    }

    private static func n(_ value: Double) -> String { MunicipalityBoundaries.number(value) }
    private static func escape(_ text: String) -> String { ParticipantsTimeline.escape(text) }
}
