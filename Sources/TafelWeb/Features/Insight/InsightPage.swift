import TafelCore
import TafelStore

/// `/inzicht`: what collaboration means in a province on a date: per municipality its load,
/// congruence of scales and democratic coverage, on a map and in a table; the network of its
/// organisations; the democratic coverage per form. Every number computed from the records,
/// with its definition on the page.
struct InsightPage: Sendable {
    struct Row: Sendable {
        let insight: MunicipalityInsight
        let href: SiteRoute
        let registerHref: SiteRoute
    }

    struct FormCoverage: Sendable {
        let form: String
        let coverage: DemocraticCoverage
    }

    let shell: Shell
    let asked: InsightAsked
    let province: Reference
    let provinces: [Reference]
    let rows: [Row]
    /// The measure on the map, nil when no boundary of the province is known.
    let map: (svg: HTML, legend: HTML)?
    let bars: HTML
    let matrix: HTML
    let matrixLabels: [String]
    let matrixCounts: [[Int]]
    let pairs: [(String, String, Int)]
    let congruence: Double?
    let collaborationsInScope: Int
    let byForm: [FormCoverage]
    let total: DemocraticCoverage

    var provinceName: String { Self.shortName(province.name) }

    init(_ scope: Catalog.InsightScope, asked: InsightAsked, boundaries: MunicipalityBoundaries = .bundled) {
        let name = Self.shortName(scope.province.name)
        shell = Shell(title: "Inzicht: samenwerking in \(name)", section: nil, insight: true)
        self.asked = asked
        province = scope.province
        provinces = scope.provinces
        let date = asked.date
        let data = scope.data
        let insights = MunicipalityInsight.all(in: data, on: date)
        rows = insights.map { insight in
            Row(insight: insight, href: .insightMunicipality(insight.id, date: asked.dateQuery),
                registerHref: .register(RegisterFilter(municipality: insight.id)))
        }
        let measure = asked.measure
        let measureDescription = insights.map { "\(CoalitionMap.shortName($0.municipality.name)): \(measure.text($0))" }.joined(separator: ", ")
        map = insights.lazy.compactMap({ $0.municipality.cbsCode.flatMap(boundaries.frame(containing:)) }).first.map { frame in
            var values: [String: InsightCharts.MapValue] = [:]
            for insight in insights {
                if let code = insight.municipality.cbsCode { values[code] = InsightCharts.MapValue(value: measure.value(insight), text: measure.text(insight)) }
            }
            return InsightCharts.map(values, frame: frame, id: "inzicht-kaart", title: "Kaart: \(measure.label) per gemeente in \(name), \(date.dutch)",
                                     description: "Kaart van de gemeenten van \(name). \(measure.label): \(measureDescription).", unit: measure.unit)
        }
        let ranked = insights.filter { measure.value($0) != nil }.sorted { (measure.value($1) ?? 0, $0.municipality.name) < (measure.value($0) ?? 0, $1.municipality.name) }
        bars = InsightCharts.bars(ranked.map { InsightCharts.Bar(label: CoalitionMap.shortName($0.municipality.name), value: measure.value($0) ?? 0, text: measure.text($0)) },
                                  id: "inzicht-staaf", title: "\(measure.label) per gemeente, van hoog naar laag",
                                  description: ranked.map { "\(CoalitionMap.shortName($0.municipality.name)) \(measure.text($0))" }.joined(separator: ", ") + ".")

        // The network among the municipalities and the province itself.
        let members = insights.map(\.municipality.id) + [scope.province.id]
        let labels = insights.map { CoalitionMap.shortName($0.municipality.name) } + [scope.province.name]
        let pairList = CoParticipation.pairs(in: data, on: date, among: Set(members))
        var shared: [String: Int] = [:]
        for pair in pairList { shared[pair.first + " " + pair.second] = pair.collaborations }
        let counts = members.map { a in members.map { b in a == b ? 0 : shared[min(a, b) + " " + max(a, b)] ?? 0 } }
        matrixLabels = labels
        matrixCounts = counts
        let label = Dictionary(zip(members, labels), uniquingKeysWith: { first, _ in first })
        pairs = pairList.prefix(15).map { (label[$0.first] ?? $0.first, label[$0.second] ?? $0.second, $0.collaborations) }
        matrix = InsightCharts.matrix(labels: labels, counts: counts, id: "inzicht-netwerk",
                                      title: "Netwerk: gedeelde samenwerkingen tussen de gemeenten en de provincie, \(date.dutch)",
                                      description: "Matrix van gedeelde samenwerkingen. De meest gedeelde: "
                                        + pairs.prefix(10).map { "\($0.0) en \($0.1) \($0.2)" }.joined(separator: ", ") + ".")

        let indexes = insights.compactMap(\.congruence.index)
        congruence = indexes.isEmpty ? nil : indexes.reduce(0, +) / Double(indexes.count)
        let running = data.collaborations.filter { $0.runs(on: date) }
        collaborationsInScope = running.count
        total = DemocraticCoverage(running)
        byForm = (CollaborationForm.allCases.map(Optional.some) + [nil]).compactMap { form in
            let these = running.filter { $0.form == form }
            return these.isEmpty ? nil : FormCoverage(form: form?.label ?? "Vorm niet vermeld in de bron", coverage: DemocraticCoverage(these))
        }
    }

    /// "Provincie Drenthe" → "Drenthe".
    static func shortName(_ name: String) -> String {
        name.hasPrefix("Provincie ") ? String(name.dropFirst("Provincie ".count)) : name
    }
}
