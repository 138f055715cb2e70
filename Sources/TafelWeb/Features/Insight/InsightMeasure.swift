import TafelCore

/// The per-municipality measures a map and the table show, by the code the query names (`maat=`).
enum InsightMeasure: String, CaseIterable, Sendable {
    case samenwerkingen
    case samenwerkingenPerInwoners = "samenwerkingen-per-10000"
    case zetels
    case zetelsPerInwoners = "zetels-per-10000"
    case bijeenkomsten
    case congruentie
    case democratisch

    var label: String {
        switch self {
        case .samenwerkingen: "Samenwerkingen"
        case .samenwerkingenPerInwoners: "Samenwerkingen per 10.000 inwoners"
        case .zetels: "Zetels in gremia"
        case .zetelsPerInwoners: "Zetels per 10.000 inwoners"
        case .bijeenkomsten: "Bijeenkomsten in twaalf maanden"
        case .congruentie: "Congruentie van schalen"
        case .democratisch: "Formele zeggenschap van de raad"
        }
    }

    /// What the legend's classes are counted in.
    var unit: String {
        switch self {
        case .samenwerkingen, .samenwerkingenPerInwoners: "samenwerkingen"
        case .zetels, .zetelsPerInwoners: "zetels"
        case .bijeenkomsten: "bijeenkomsten"
        case .congruentie: "(0 = geen overlap, 1 = dezelfde partners)"
        case .democratisch: "procent"
        }
    }

    var definition: String {
        switch self {
        case .samenwerkingen: MunicipalityInsight.collaborationsDefinition
        case .samenwerkingenPerInwoners, .zetelsPerInwoners: MunicipalityInsight.perInhabitantsDefinition
        case .zetels: MunicipalityInsight.seatsDefinition
        case .bijeenkomsten: MunicipalityInsight.meetingsDefinition
        case .congruentie: ScaleCongruence.definition
        case .democratisch: DemocraticCoverage.definition
        }
    }

    func value(_ insight: MunicipalityInsight) -> Double? {
        switch self {
        case .samenwerkingen: Double(insight.collaborations)
        case .samenwerkingenPerInwoners: insight.perTenThousand(insight.collaborations)
        case .zetels: Double(insight.seats)
        case .zetelsPerInwoners: insight.perTenThousand(insight.seats)
        case .bijeenkomsten: Double(insight.meetings)
        case .congruentie: insight.congruence.index
        case .democratisch: insight.coverage.share.map { $0 * 100 }
        }
    }

    /// The mean over the municipalities that have a value; nil when none has.
    func mean(_ all: [MunicipalityInsight]) -> Double? {
        let values = all.compactMap(value)
        return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// The value as the page writes it: "12", "3,4", "0,42", "67%"; "niet bekend" without one.
    func text(_ insight: MunicipalityInsight) -> String {
        guard let value = value(insight) else { return "niet bekend" }
        switch self {
        case .samenwerkingen, .zetels, .bijeenkomsten: return String(Int(value))
        case .samenwerkingenPerInwoners, .zetelsPerInwoners: return InsightFormat.number(value)
        case .congruentie: return InsightFormat.number(value, decimals: 2)
        case .democratisch: return InsightFormat.percent(value / 100)
        }
    }
}

enum InsightFormat {
    /// Dutch: a decimal comma, `decimals` places (one unless told), a whole number without.
    static func number(_ value: Double, decimals: Int = 1) -> String {
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        let rounded = (value * factor).rounded() / factor
        if rounded == rounded.rounded(), decimals < 2 { return String(Int(rounded)) }
        let whole = Int(rounded.magnitude)
        let fraction = Int(((rounded.magnitude - Double(whole)) * factor).rounded())
        var digits = String(fraction)
        while digits.count < decimals { digits = "0" + digits }
        return (rounded < 0 ? "-" : "") + String(whole) + "," + digits
    }

    /// "67.708": thousands separated by a point.
    static func thousands(_ value: Int) -> String {
        var digits = String(value.magnitude)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        return (value < 0 ? "-" : "") + groups.joined(separator: ".")
    }

    /// "67%".
    static func percent(_ share: Double) -> String { String(Int((share * 100).rounded())) + "%" }
}
