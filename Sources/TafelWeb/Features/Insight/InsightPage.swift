import TafelCore
import TafelStore

/// `/inzicht`: what collaboration means in a province on a date: per municipality its load,
/// congruence of scales and democratic coverage, on a map and in a table; the pairs that share
/// most; the tasks most served; the democratic coverage per form. Every number computed from
/// the records, with its definition on the page; the whole network and every task have their
/// own pages (`InsightNetworkPage`, `InsightTasksPage`), so that this one reads in five minutes.
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

    /// How many of the most shared pairs and the most served tasks the overview names.
    static let pairsShown = 15
    static let tasksShown = 10
    /// The overview names this many portefeuillehouders and bodies outside their rhythm; the rest are counted.
    static let keepersShown = 15
    static let rhythmsShown = 20

    let shell: Shell
    let asked: InsightAsked
    let province: Reference
    let provinces: [Reference]
    let rows: [Row]
    /// The measure on the map, nil when no boundary of the province is known.
    let map: (svg: HTML, legend: HTML)?
    let bars: HTML
    let pairs: [InsightPair]
    let congruence: Double?
    let collaborationsInScope: Int
    let byForm: [FormCoverage]
    let total: DemocraticCoverage
    let tasks: TaskOverview
    /// The served tasks with the most collaborations, the most first.
    let topTasks: [TaskInsight]
    let keepers: [CommitmentKeeping]
    let keeperCount: Int
    let keepingBars: HTML
    let rhythmsOutside: [MeetingRhythm]
    let rhythmCount: Int
    let rhythmLess: Int
    let rhythmMore: Int

    var provinceName: String { Self.shortName(province.name) }

    init(_ scope: Catalog.InsightScope, asked: InsightAsked, boundaries: MunicipalityBoundaries = .bundled) {
        let name = Self.shortName(scope.province.name)
        shell = Shell(title: "Inzicht: samenwerking in \(name)", section: nil, insight: true)
        self.asked = asked
        province = scope.province
        provinces = scope.provinces
        let date = asked.date
        let snapshot = scope.snapshot(on: date)
        let insights = snapshot.municipalities
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
        pairs = InsightPair.named(snapshot.pairs.prefix(Self.pairsShown), in: scope)

        congruence = snapshot.congruence
        collaborationsInScope = snapshot.running.count
        total = DemocraticCoverage(snapshot.running)
        byForm = snapshot.coverageByForm.map { FormCoverage(form: Self.formLabel($0.form), coverage: $0.coverage) }
        keepers = Array(snapshot.commitments.prefix(Self.keepersShown))
        keeperCount = snapshot.commitments.count
        let judged = keepers.filter { $0.onTimeShare != nil }
        keepingBars = InsightCharts.bars(
            judged.map { InsightCharts.Bar(label: MunicipalityInsightPage.short($0.name), value: ($0.onTimeShare ?? 0) * 100, text: InsightFormat.percent($0.onTimeShare ?? 0)) },
            id: "inzicht-toezeggingen", title: "Aandeel toezeggingen op tijd voldaan per portefeuillehouder, \(date.dutch)",
            description: judged.map { "\($0.name) \(InsightFormat.percent($0.onTimeShare ?? 0)) van \($0.onTime + $0.late + $0.overdue)" }.joined(separator: ", ") + ".")
        rhythmCount = snapshot.rhythms.count
        let outside = snapshot.rhythms.filter { $0.verdict != .within }
        rhythmLess = outside.filter { $0.verdict == .less }.count
        rhythmMore = outside.count - rhythmLess
        rhythmsOutside = Array(outside.prefix(Self.rhythmsShown))
        tasks = snapshot.tasks
        topTasks = Array(snapshot.tasks.tasks.filter { $0.count > 0 }
            .sorted { ($1.count, $0.task.agendaName, $0.task.number ?? 0) < ($0.count, $1.task.agendaName, $1.task.number ?? 0) }
            .prefix(Self.tasksShown))
    }

    /// "3. Energietransitie", cut with "…" past `limit` characters.
    static func taskLabel(_ task: InsightData.Task, limit: Int = .max) -> String {
        let label = task.number.map { "\($0). \(task.name)" } ?? task.name
        return label.count > limit ? String(label.prefix(limit - 1)) + "…" : label
    }

    /// The shell of a page that shows one part of a province's Inzicht, below the overview in the breadcrumbs.
    static func partShell(_ title: String, _ scope: Catalog.InsightScope, _ asked: InsightAsked) -> Shell {
        Shell(title: title, section: nil, breadcrumbs: [
            Crumb(label: "Inzicht \(shortName(scope.province.name))", href: .insight(province: scope.province.id, date: asked.dateQuery)),
        ], insight: true)
    }

    /// A form's label, or what the page says when the sources do not name one.
    static func formLabel(_ form: CollaborationForm?) -> String {
        form?.label ?? "Vorm niet vermeld in de bron"
    }

    /// "Provincie Drenthe" → "Drenthe".
    static func shortName(_ name: String) -> String {
        name.hasPrefix("Provincie ") ? String(name.dropFirst("Provincie ".count)) : name
    }
}

/// A pair of the network by name: the municipalities by their short name, the province by its own.
struct InsightPair: Sendable {
    let first: String
    let second: String
    let collaborations: Int

    static func named(_ pairs: some Sequence<CoParticipation.Pair>, in scope: Catalog.InsightScope) -> [InsightPair] {
        var labels = Dictionary(scope.data.municipalities.map { ($0.id, CoalitionMap.shortName($0.name)) }, uniquingKeysWith: { first, _ in first })
        labels[scope.province.id] = scope.province.name
        return pairs.map { InsightPair(first: labels[$0.first] ?? $0.first, second: labels[$0.second] ?? $0.second, collaborations: $0.collaborations) }
    }
}
