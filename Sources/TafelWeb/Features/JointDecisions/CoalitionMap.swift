import TafelCore

/// The coalition of a joint decision on a map of the province: each municipality filled by
/// where it stands, with a pattern and a symbol as well as a colour, so that the legend does
/// not rely on colour alone. Drawn on the server from the boundaries Tafel ships; the table of
/// decisions next to it carries the same facts as text.
struct CoalitionMap: Sendable {
    /// One status as the map shows it.
    struct Key: Sendable, Hashable {
        let code: String
        let label: String
        let symbol: String
        let count: Int
    }

    let svg: String
    let keys: [Key]
    /// The responses the map could not place (no boundary known for them).
    let unplaced: [String]

    static let notOffered = "niet-aangeboden"
    /// A municipality without a decision the reader may see: in practice one it was not offered to.
    static let notOfferedLabel = "Niet aangeboden of niet bekend"

    /// The map of the province of the first response that has a boundary, or nil when none has.
    init?(_ decision: JointDecision, title: String, boundaries: MunicipalityBoundaries = .bundled) {
        guard let frame = decision.responses.lazy.compactMap({ $0.cbsCode.flatMap(boundaries.frame(containing:)) }).first else { return nil }
        var byCode: [String: JointDecisionResponse] = [:]
        for response in decision.responses { if let code = response.cbsCode { byCode[code] = response } }
        let inFrame = Set(frame.shapes.map(\.cbsCode))
        unplaced = decision.responses.filter { $0.cbsCode.map { !inFrame.contains($0) } ?? true }.map(\.organisation.name)

        var counts: [String: Int] = [:]
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"coalition-map\" viewBox=\"0 0 \(frame.width) \(frame.height)\" role=\"img\" aria-labelledby=\"kaart-titel\" aria-describedby=\"kaart-omschrijving\">"
        out += "<title id=\"kaart-titel\">\(Self.escape(title))</title>"
        out += "<desc id=\"kaart-omschrijving\">\(Self.escape(Self.description(decision, frame: frame, byCode: byCode)))</desc>"
        out += Self.patterns
        for shape in frame.shapes {
            let response = byCode[shape.cbsCode]
            let code = response?.status.rawValue ?? Self.notOffered
            counts[code, default: 0] += 1
            let name = response?.organisation.name ?? shape.name
            let state = response.map { Self.stateText($0) } ?? Self.notOfferedLabel.lowercased()
            out += "<path class=\"coalition-map__area coalition-map__area--\(code)\" d=\"\(shape.path)\"><title>\(Self.escape(name)): \(Self.escape(state))</title></path>"
        }
        for shape in frame.shapes {
            let response = byCode[shape.cbsCode]
            let symbol = Self.symbol(response?.status)
            let x = MunicipalityBoundaries.number(shape.labelX), y = MunicipalityBoundaries.number(shape.labelY)
            let label = Self.shortName(response?.organisation.name ?? shape.name)
            out += "<text class=\"coalition-map__symbol\" x=\"\(x)\" y=\"\(y)\" aria-hidden=\"true\">\(symbol)</text>"
            out += "<text class=\"coalition-map__label\" x=\"\(x)\" y=\"\(MunicipalityBoundaries.number(shape.labelY + 17))\" aria-hidden=\"true\">\(Self.escape(label))</text>"
        }
        out += "</svg>"
        svg = out
        keys = (JointDecisionStatus.allCases.map { ($0.rawValue, $0.label, Self.symbol($0)) } + [(Self.notOffered, Self.notOfferedLabel, Self.symbol(nil))])
            .compactMap { code, label, symbol in counts[code].map { Key(code: code, label: label, symbol: symbol, count: $0) } }
    }

    /// The figure: the map, its legend (swatch, symbol and words) and where its lines come from.
    var figure: String {
        var out = "<figure class=\"coalition-figure\">" + svg
        out += "<figcaption><ul class=\"map-legend\">"
        for key in keys {
            out += "<li><svg class=\"map-legend__swatch\" viewBox=\"0 0 28 18\" width=\"28\" height=\"18\" aria-hidden=\"true\"><rect class=\"coalition-map__area coalition-map__area--\(key.code)\" x=\"1\" y=\"1\" width=\"26\" height=\"16\"/></svg> <span class=\"map-legend__symbol\" aria-hidden=\"true\">\(key.symbol)</span> \(Self.escape(key.label)): \(key.count)</li>"
        }
        out += "</ul><p class=\"meta\">Gemeentegrenzen 2023, vereenvoudigd: © CBS / Kadaster (PDOK). De tabel hieronder noemt elk besluit met zijn datum."
        if !unplaced.isEmpty {
            out += " Niet op de kaart (geen gemeentegrens bekend): " + Self.escape(unplaced.joined(separator: ", ")) + "."
        }
        out += "</p></figcaption></figure>"
        return out
    }

    /// A sentence per status naming its municipalities in alphabetical order, for a reader who cannot see the picture.
    static func description(_ decision: JointDecision, frame: MunicipalityBoundaries.Frame, byCode: [String: JointDecisionResponse]) -> String {
        var groups: [(String, [String])] = JointDecisionStatus.allCases.map { status in
            (status.label, frame.shapes.compactMap { byCode[$0.cbsCode].flatMap { $0.status == status ? shortName($0.organisation.name) : nil } })
        }
        groups.append((notOfferedLabel, frame.shapes.filter { byCode[$0.cbsCode] == nil }.map(\.name)))
        let parts = groups.filter { !$0.1.isEmpty }.map { "\($0.0): \($0.1.sorted().joined(separator: ", "))" }
        return "Kaart van de gemeenten. " + parts.joined(separator: ". ") + "."
    }

    static func stateText(_ response: JointDecisionResponse) -> String {
        response.status.label.lowercased() + (response.decidedOn.map { " op \($0.dutch)" } ?? "")
    }

    /// Text symbols that read without colour: ✓ adopted, ✓ with a star amended, ✗ rejected,
    /// – declined, ? still to decide (… offered, ◷ on the agenda), blank not offered.
    static func symbol(_ status: JointDecisionStatus?) -> String {
        switch status {
        case .vastgesteld: "✓"
        case .gewijzigdVastgesteld: "✓*"
        case .verworpen: "✗"
        case .zietAf: "–"
        case .aangeboden: "…"
        case .geagendeerd: "◷"
        case nil: "·"
        }
    }

    /// "Gemeente Aa en Hunze" → "Aa en Hunze": the map has no room for the kind.
    static func shortName(_ name: String) -> String {
        name.hasPrefix("Gemeente ") ? String(name.dropFirst("Gemeente ".count)) : name
    }

    /// Hatching per status, so that areas differ in more than colour. Defined once, in the map;
    /// the legend's swatches use them too.
    static let patterns = """
        <defs>\
        <pattern id="p-gewijzigd" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" class="coalition-map__fill--vastgesteld"/><line x1="0" y1="0" x2="0" y2="8" class="coalition-map__hatch"/></pattern>\
        <pattern id="p-verworpen" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" class="coalition-map__fill--verworpen"/><path d="M0 0L8 8M8 0L0 8" class="coalition-map__hatch"/></pattern>\
        <pattern id="p-ziet-af" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" class="coalition-map__fill--ziet_af"/><line x1="0" y1="4" x2="8" y2="4" class="coalition-map__hatch"/></pattern>\
        <pattern id="p-aangeboden" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" class="coalition-map__fill--aangeboden"/><circle cx="4" cy="4" r="1.3" class="coalition-map__dot"/></pattern>\
        <pattern id="p-geagendeerd" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" class="coalition-map__fill--geagendeerd"/><line x1="4" y1="0" x2="4" y2="8" class="coalition-map__hatch"/></pattern>\
        </defs>
        """

    static func escape(_ text: String) -> String { ParticipantsTimeline.escape(text) }
}
