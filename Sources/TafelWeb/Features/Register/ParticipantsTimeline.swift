import Foundation
import TafelCore

/// The participants-over-time picture of a collaboration: one bar per participant from
/// when it joined to when it left, drawn as SVG on the server. The participants table
/// next to it carries the same facts as text.
enum ParticipantsTimeline {
    static func svg(_ participants: [ParticipationLine], start: PartialDate?, end: PartialDate?, now: Int) -> String? {
        let years = participants.flatMap { [$0.start?.year, $0.end?.year] }.compactMap { $0 } + [start?.year, end?.year].compactMap { $0 }
        guard !participants.isEmpty else { return nil }
        guard let first = years.min() else {
            return "<p class=\"timeline-empty\">Geen tijdlijn van de deelnemers: de bronnen noemen geen begin- of einddata.</p>"
        }
        let last = max(years.max() ?? first, min(now, (end?.year ?? now)))
        let span = Double(max(1, last - first + 1))
        let labelWidth = 260.0, chartWidth = 520.0, rowHeight = 22.0, top = 28.0
        let height = top + rowHeight * Double(participants.count) + 8
        func x(_ date: PartialDate?, endOfPeriod: Bool) -> Double {
            guard let date else { return endOfPeriod ? labelWidth + chartWidth : labelWidth }
            let month = Double((date.month ?? (endOfPeriod ? 12 : 1)) - 1) + (endOfPeriod ? 1 : 0)
            return labelWidth + (Double(date.year - first) + month / 12) / span * chartWidth
        }
        var out = "<figure class=\"timeline\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(labelWidth + chartWidth + 10)) \(Int(height))\" role=\"img\" aria-labelledby=\"tijdlijn-titel\">"
        out += "<title id=\"tijdlijn-titel\">Deelnemers door de tijd, \(first)–\(last)</title>"
        let step = max(1, Int((span / 8).rounded(.up)))
        for year in stride(from: first, through: last, by: step) {
            let position = labelWidth + Double(year - first) / span * chartWidth
            out += "<line class=\"timeline__grid\" x1=\"\(Int(position))\" y1=\"\(Int(top - 6))\" x2=\"\(Int(position))\" y2=\"\(Int(height))\"/>"
            out += "<text class=\"timeline__year\" x=\"\(Int(position) + 2)\" y=\"16\">\(year)</text>"
        }
        for (index, p) in participants.enumerated() {
            let y = top + Double(index) * rowHeight
            let from = x(p.start ?? start, endOfPeriod: false)
            let until = x(p.end ?? (end.map { $0.year <= now ? $0 : nil } ?? nil), endOfPeriod: true)
            let open = p.end == nil && end == nil
            out += "<text class=\"timeline__label\" x=\"0\" y=\"\(Int(y + 15))\">\(escape(String(p.organisation.name.prefix(38)))) · \(escape(p.role.label))</text>"
            out += "<rect class=\"timeline__bar\(open ? " timeline__bar--open" : "")\" x=\"\(Int(from))\" y=\"\(Int(y + 4))\" width=\"\(max(3, Int(until - from)))\" height=\"\(Int(rowHeight - 8))\"/>"
        }
        out += "</svg><figcaption>Deelnemers door de tijd. Een balk zonder bekend begin of einde loopt over de hele periode; de tabel Deelnemers geeft de precieze data.</figcaption></figure>"
        return out
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
