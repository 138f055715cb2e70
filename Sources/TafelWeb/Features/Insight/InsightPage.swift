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
    let tasks: TaskOverview
    /// The municipalities as the columns of the tasks' matrix: id and short name.
    let taskColumns: [(id: String, name: String)]
    /// Nil when no collaboration serves a task.
    let taskMatrix: HTML?

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
        matrix = InsightCharts.matrix(rows: labels, columns: labels, counts: counts, id: "inzicht-netwerk",
                                      title: "Netwerk: gedeelde samenwerkingen tussen de gemeenten en de provincie, \(date.dutch)",
                                      description: "Matrix van gedeelde samenwerkingen. De meest gedeelde: "
                                        + pairs.prefix(10).map { "\($0.0) en \($0.1) \($0.2)" }.joined(separator: ", ") + ".", square: true)

        let indexes = insights.compactMap(\.congruence.index)
        congruence = indexes.isEmpty ? nil : indexes.reduce(0, +) / Double(indexes.count)
        let running = data.collaborations.filter { $0.runs(on: date) }
        collaborationsInScope = running.count
        total = DemocraticCoverage(running)
        let overview = TaskOverview(data, on: date)
        tasks = overview
        let columns = insights.map { (id: $0.municipality.id, name: CoalitionMap.shortName($0.municipality.name)) }
        taskColumns = columns
        taskMatrix = overview.tasks.isEmpty ? nil : InsightCharts.matrix(
            rows: overview.tasks.map { Self.taskLabel($0.task, limit: 40) }, columns: columns.map(\.name),
            counts: overview.tasks.map { task in columns.map { task.municipalities[$0.id]?.count ?? 0 } },
            id: "inzicht-opgaven", title: "Opgaven en gemeenten: via hoeveel samenwerkingen elke gemeente op \(date.dutch) aan elke opgave werkt",
            description: overview.tasks.map { task in
                let taking = columns.compactMap { column in task.municipalities[column.id].map { "\(column.name) \($0.count)" } }
                return "\(Self.taskLabel(task.task)): " + (taking.isEmpty ? "geen gemeente" : taking.joined(separator: ", "))
            }.joined(separator: "; ") + ".")
        byForm = (CollaborationForm.allCases.map(Optional.some) + [nil]).compactMap { form in
            let these = running.filter { $0.form == form }
            return these.isEmpty ? nil : FormCoverage(form: form?.label ?? "Vorm niet vermeld in de bron", coverage: DemocraticCoverage(these))
        }
    }

    /// "3. Energietransitie", cut with "…" past `limit` characters.
    static func taskLabel(_ task: InsightData.Task, limit: Int = .max) -> String {
        let label = task.number.map { "\($0). \(task.name)" } ?? task.name
        return label.count > limit ? String(label.prefix(limit - 1)) + "…" : label
    }

    /// "Provincie Drenthe" → "Drenthe".
    static func shortName(_ name: String) -> String {
        name.hasPrefix("Provincie ") ? String(name.dropFirst("Provincie ".count)) : name
    }
}
