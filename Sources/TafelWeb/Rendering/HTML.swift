/// Markup, typed: what Tafel writes in its views is trusted, every interpolated `String`
/// is escaped, and a route interpolates as its escaped `href`. Views are plain Swift
/// functions that return `HTML`, so the compiler checks every value a page shows; there is
/// no lookup by name and no reflection at run time.
///
///     let link: HTML = "<a href=\"\(SiteRoute.record(.body, id))\">\(name)</a>"
struct HTML: Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    private(set) var markup: String

    init(stringLiteral literal: String) { markup = literal }

    init(stringInterpolation interpolation: StringInterpolation) { markup = interpolation.markup }

    /// Markup that Tafel built itself (an SVG figure): inserted as it is.
    init(trusted markup: String) { self.markup = markup }

    static let empty = HTML(trusted: "")

    var description: String { markup }

    /// The parts one after another.
    init(joining parts: some Sequence<HTML>) {
        markup = ""
        for part in parts { markup += part.markup }
    }

    /// The parts with `separator` between them.
    init(joining parts: some Sequence<HTML>, separator: HTML) {
        markup = ""
        for (index, part) in parts.enumerated() {
            if index > 0 { markup += separator.markup }
            markup += part.markup
        }
    }

    struct StringInterpolation: StringInterpolationProtocol {
        var markup: String

        init(literalCapacity: Int, interpolationCount: Int) {
            markup = ""
            markup.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        mutating func appendLiteral(_ literal: String) { markup += literal }

        mutating func appendInterpolation(_ text: String) { HTML.escape(text, into: &markup) }

        mutating func appendInterpolation(_ text: String?) {
            if let text { HTML.escape(text, into: &markup) }
        }

        mutating func appendInterpolation(_ number: Int) { markup += String(number) }

        mutating func appendInterpolation(_ html: HTML) { markup += html.markup }

        mutating func appendInterpolation(_ html: HTML?) {
            if let html { markup += html.markup }
        }

        mutating func appendInterpolation(_ route: SiteRoute) { HTML.escape(route.href, into: &markup) }

        mutating func appendInterpolation(_ route: SiteRoute?) {
            if let route { HTML.escape(route.href, into: &markup) }
        }

        /// One piece of markup per element: `\(each: rows, { row in "<tr>…</tr>" })` (a trailing closure cannot follow an interpolation).
        mutating func appendInterpolation<S: Sequence>(each elements: S, _ body: (S.Element) -> HTML) {
            for element in elements { markup += body(element).markup }
        }

        /// Markup shown only when `condition` holds: `\(when: current, " aria-current=\"page\"")`.
        mutating func appendInterpolation(when condition: Bool, _ html: @autoclosure () -> HTML) {
            if condition { markup += html().markup }
        }
    }

    /// Escapes the five characters that matter in text and in quoted attribute values.
    static func escape(_ text: String, into markup: inout String) {
        let needsEscaping = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.contains { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }
        } ?? text.utf8.contains { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }
        guard needsEscaping else {
            markup += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": markup += "&amp;"
            case "<": markup += "&lt;"
            case ">": markup += "&gt;"
            case "\"": markup += "&quot;"
            case "'": markup += "&#39;"
            default: markup.unicodeScalars.append(scalar)
            }
        }
    }
}
