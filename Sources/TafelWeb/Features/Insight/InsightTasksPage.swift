import TafelCore
import TafelStore

/// `/inzicht/opgaven`: every task of the agendas a province's collaborations serve, on a date:
/// per task its collaborations, their size, small projects and money; and which municipality
/// works on which task through how many collaborations, as a matrix and its table.
struct InsightTasksPage: Sendable {
    /// The matrix shows at most this many tasks (the most served); the table and the CSV have all.
    static let matrixTasks = 30

    let shell: Shell
    let asked: InsightAsked
    let province: Reference
    let provinces: [Reference]
    let tasks: TaskOverview
    /// The municipalities as the matrix's columns: id and short name.
    let columns: [(id: String, name: String)]
    /// The tasks some collaboration serves, at most `matrixTasks` of them: the matrix's rows (a row of zeros says nothing).
    let served: [TaskInsight]
    let servedLeftOut: Int
    let matrix: HTML?

    var provinceName: String { InsightPage.shortName(province.name) }

    init(_ scope: Catalog.InsightScope, asked: InsightAsked) {
        let name = InsightPage.shortName(scope.province.name)
        shell = InsightPage.partShell("Opgaven en samenwerking in \(name)", scope, asked)
        self.asked = asked
        province = scope.province
        provinces = scope.provinces
        let snapshot = scope.snapshot(on: asked.date)
        tasks = snapshot.tasks
        let columns = snapshot.municipalities.map { (id: $0.municipality.id, name: CoalitionMap.shortName($0.municipality.name)) }
        self.columns = columns
        let allServed = snapshot.tasks.tasks.filter { $0.count > 0 }
        let most = Set(allServed.sorted { ($1.count, $0.id) < ($0.count, $1.id) }.prefix(Self.matrixTasks).map(\.id))
        let served = allServed.filter { most.contains($0.id) }
        self.served = served
        servedLeftOut = allServed.count - served.count
        matrix = served.isEmpty ? nil : InsightCharts.matrix(
            rows: served.map { InsightPage.taskLabel($0.task, limit: 40) }, columns: columns.map(\.name),
            counts: served.map { task in columns.map { task.municipalities[$0.id]?.count ?? 0 } },
            id: "opgaven-matrix", title: "Opgaven en gemeenten: via hoeveel samenwerkingen elke gemeente op \(asked.date.dutch) aan elke opgave werkt",
            description: served.map { task in
                let taking = columns.compactMap { column in task.municipalities[column.id].map { "\(column.name) \($0.count)" } }
                return "\(InsightPage.taskLabel(task.task)): " + (taking.isEmpty ? "geen gemeente" : taking.joined(separator: ", "))
            }.joined(separator: "; ") + ".")
    }
}

extension InsightTasksPage: PageView {
    var main: HTML {
        let unserved = tasks.tasks.count - served.count - servedLeftOut
        return """
        <h1>Opgaven en samenwerking in \(provinceName)</h1>
        <p class="lead">Welke opgaven de samenwerkingen van \(provinceName) op \(asked.date.dutch) dienen, hoe groot die samenwerkingen zijn en hoeveel kleine projecten erbij zijn: samenhang of versnippering. Van de \(tasks.running) lopende samenwerkingen \(tasks.withoutTask.count == 1 ? "dient" : "dienen") er \(tasks.withoutTask.count) geen opgave die in Tafel is vastgelegd; \(unserved) van de \(tasks.tasks.count) opgaven \(unserved == 1 ? "wordt" : "worden") door geen enkele gediend.</p>
        \(when: !asked.problems.isEmpty, HTML.problemNotice(heading: "Niet alles is te lezen", problems: asked.problems))
        \(asked.scopeForm(action: .insightTasks(), provinces: provinces, province: province))
        \(when: tasks.tasks.isEmpty, "<p>Geen van de lopende samenwerkingen dient een opgave die u mag zien.</p>")
        <p><a href="\(SiteRoute.insightTasksCSV(province: province.id, date: asked.dateQuery))">Alle opgaven met hun gemeenten als CSV</a> (puntkomma’s, voor Nederlandstalige spreadsheets)</p>
        \(when: !tasks.tasks.isEmpty, HTML.taskTable(tasks.tasks, caption: "Alle opgaven van de agenda’s waaraan de samenwerkingen werken, op \(asked.date.dutch)"))
        \(matrix.map { matrix -> HTML in """
        <section aria-labelledby="matrix-kop">
          <h2 id="matrix-kop">Welke gemeente aan welke opgave werkt</h2>
          <p>\(TaskInsight.municipalitiesDefinition) Hoe donkerder het vak, hoe meer samenwerkingen; het getal staat in elk vak. Alleen de opgaven die een samenwerking dient\(servedLeftOut > 0 ? "; de matrix toont de \(served.count) met de meeste samenwerkingen, de \(servedLeftOut) andere staan in de tabel hierboven en in de CSV" : "").</p>
          <figure class="chart-figure">\(matrix)</figure>
          <div class="table-scroll" tabindex="0" role="region" aria-labelledby="matrix-tabel"><table class="data">
            <caption id="matrix-tabel">Via hoeveel samenwerkingen elke gemeente aan elke opgave werkt</caption>
            <thead><tr>\(HTML.columnHeads(["Opgave"] + columns.map(\.name)))</tr></thead>
            <tbody>\(each: served, { task -> HTML in
              "<tr><th scope=\"row\">\(InsightPage.taskLabel(task.task))</th>\(each: columns, { column -> HTML in "<td class=\"number\">\(task.municipalities[column.id]?.count ?? 0)</td>" })</tr>"
            })</tbody>
          </table></div>
        </section>
        """ })
        <section aria-labelledby="definities-kop">
          <h2 id="definities-kop">Hoe de getallen berekend zijn</h2>
          <dl class="facts">
            <dt>Samenwerkingen per opgave</dt><dd>\(TaskInsight.collaborationsDefinition) \(TaskInsight.withoutTaskDefinition)</dd>
            <dt>Gemeenten per opgave</dt><dd>\(TaskInsight.municipalitiesDefinition)</dd>
            <dt>Mediaan deelnemers</dt><dd>\(TaskInsight.sizeDefinition)</dd>
            <dt>Kleine projecten</dt><dd>\(TaskInsight.smallDefinition)</dd>
            <dt>Geld</dt><dd>\(TaskInsight.moneyDefinition)</dd>
          </dl>
        </section>
        <p><a href="\(SiteRoute.insight(province: province.id, date: asked.dateQuery))">Inzicht voor heel \(provinceName)</a></p>
        """
    }
}
