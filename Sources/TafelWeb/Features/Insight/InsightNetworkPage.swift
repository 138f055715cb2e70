import TafelCore
import TafelStore

/// `/inzicht/netwerk`: the whole network of a province's municipalities and the province on a
/// date: a drawing of who works with whom, the matrix of shared collaborations with its table,
/// and the most shared pairs (every pair in `/inzicht/netwerk.csv`).
struct InsightNetworkPage: Sendable {
    /// A drawing of more lines than this is a tangle: it shows the strongest; the list and the CSV have the others.
    static let linesDrawn = 120
    /// A matrix of more organisations than this cannot be read: it shows those with the most shared collaborations.
    static let matrixMembers = 30
    /// The page lists this many pairs, the most shared first; the CSV has every one.
    static let pairsListed = 100

    let shell: Shell
    let asked: InsightAsked
    let province: Reference
    let provinces: [Reference]
    let drawing: (svg: HTML, legend: HTML)
    let linesLeftOut: Int
    let matrix: HTML
    let labels: [String]
    let counts: [[Int]]
    /// How many organisations the matrix leaves out.
    let membersLeftOut: Int
    let pairs: [InsightPair]
    let pairCount: Int

    var provinceName: String { InsightPage.shortName(province.name) }

    init(_ scope: Catalog.InsightScope, asked: InsightAsked) {
        let name = InsightPage.shortName(scope.province.name)
        shell = InsightPage.partShell("Netwerk van samenwerking in \(name)", scope, asked)
        self.asked = asked
        province = scope.province
        provinces = scope.provinces
        let snapshot = scope.snapshot(on: asked.date)
        let everyone = snapshot.municipalities.map(\.municipality.id) + [scope.province.id]
        let everyLabel = snapshot.municipalities.map { CoalitionMap.shortName($0.municipality.name) } + [scope.province.name]
        var shared: [String: Int] = [:]
        var degree: [String: Int] = [:]
        for pair in snapshot.pairs {
            shared[pair.first + " " + pair.second] = pair.collaborations
            degree[pair.first, default: 0] += pair.collaborations
            degree[pair.second, default: 0] += pair.collaborations
        }
        let kept = everyone.count <= Self.matrixMembers ? Set(everyone)
            : Set(everyone.sorted { (degree[$1] ?? 0, $0) < (degree[$0] ?? 0, $1) }.prefix(Self.matrixMembers))
        let matrixMembers = everyone.filter(kept.contains)
        let labels = zip(everyone, everyLabel).filter { kept.contains($0.0) }.map(\.1)
        self.labels = labels
        membersLeftOut = everyone.count - matrixMembers.count
        counts = matrixMembers.map { a in matrixMembers.map { b in a == b ? 0 : shared[min(a, b) + " " + max(a, b)] ?? 0 } }
        let named = InsightPair.named(snapshot.pairs, in: scope)
        pairs = Array(named.prefix(Self.pairsListed))
        pairCount = named.count
        let position = Dictionary(everyone.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let drawn = snapshot.pairs.prefix(Self.linesDrawn)
        linesLeftOut = snapshot.pairs.count - drawn.count
        let date = asked.date.dutch
        let strongest = pairs.prefix(10).map { "\($0.first) en \($0.second) \($0.collaborations)" }.joined(separator: ", ") + "."
        drawing = InsightCharts.network(
            nodes: everyLabel,
            edges: drawn.compactMap { pair in
                guard let from = position[pair.first], let to = position[pair.second] else { return nil }
                return InsightCharts.Edge(from: from, to: to, weight: pair.collaborations)
            },
            id: "netwerk-tekening", title: "Netwerktekening: wie met wie samenwerkt in \(name), \(date)",
            description: "De gemeenten en de provincie op een cirkel; een lijn verbindt twee die samen in een samenwerking zitten, hoe dikker hoe meer. " + strongest)
        matrix = InsightCharts.matrix(rows: labels, columns: labels, counts: counts, id: "netwerk-matrix",
                                      title: "Matrix: gedeelde samenwerkingen tussen de gemeenten en de provincie, \(date)",
                                      description: "Elk vak geeft het aantal samenwerkingen dat de organisatie van de rij en die van de kolom delen. De meest gedeelde: " + strongest,
                                      square: true)
    }
}

extension InsightNetworkPage: PageView {
    var main: HTML {
        """
        <h1>Netwerk van samenwerking in \(provinceName)</h1>
        <p class="lead">Welke gemeenten van \(provinceName) en de provincie zelf samen in samenwerkingen zitten, op \(asked.date.dutch). \(CoParticipation.definition)</p>
        \(when: !asked.problems.isEmpty, HTML.problemNotice(heading: "Niet alles is te lezen", problems: asked.problems))
        \(asked.scopeForm(action: .insightNetwork(), provinces: provinces, province: province))
        <section aria-labelledby="tekening-kop">
          <h2 id="tekening-kop">Netwerktekening</h2>
          <figure class="chart-figure">\(drawing.svg)<figcaption>\(drawing.legend)\(when: linesLeftOut > 0, "<p class=\"meta\">De tekening toont de \(Self.linesDrawn) sterkste verbindingen; de \(linesLeftOut) andere staan in de tabel onderaan.</p>")</figcaption></figure>
        </section>
        <section aria-labelledby="matrix-kop">
          <h2 id="matrix-kop">Matrix</h2>
          <p>Hoe donkerder het vak, hoe meer gedeelde samenwerkingen; het getal staat in elk vak.\(when: membersLeftOut > 0, " De matrix toont de \(labels.count) organisaties met de meeste gedeelde samenwerkingen; de \(membersLeftOut) andere staan in de lijst van paren en in de CSV.")</p>
          <figure class="chart-figure">\(matrix)</figure>
          <div class="table-scroll" tabindex="0" role="region" aria-labelledby="matrix-tabel"><table class="data">
            <caption id="matrix-tabel">Gedeelde samenwerkingen per paar, als matrix</caption>
            <thead><tr><td></td>\(HTML.columnHeads(labels))</tr></thead>
            <tbody>\(each: Array(zip(labels, counts)), { row -> HTML in
              "<tr><th scope=\"row\">\(row.0)</th>\(each: Array(row.1.enumerated()), { cell -> HTML in "<td class=\"number\">\(labels[cell.offset] == row.0 ? "–" : String(cell.element))</td>" })</tr>"
            })</tbody>
          </table></div>
        </section>
        <section aria-labelledby="paren-kop">
          <h2 id="paren-kop">De paren</h2>
          \(when: pairs.isEmpty, "<p>Geen twee organisaties delen op deze datum een samenwerking die u mag zien.</p>")
          <p><a href="\(SiteRoute.insightNetworkCSV(province: province.id, date: asked.dateQuery))">Alle \(pairCount) paren als CSV</a> (puntkomma’s, voor Nederlandstalige spreadsheets)</p>
          \(when: !pairs.isEmpty, HTML.pairTable(pairs, caption: pairs.count < pairCount ? "De \(pairs.count) paren met de meeste gedeelde samenwerkingen, van de \(pairCount)" : "Alle \(pairCount) paren die een lopende samenwerking delen, de meest gedeelde eerst"))
        </section>
        <p><a href="\(SiteRoute.insight(province: province.id, date: asked.dateQuery))">Inzicht voor heel \(provinceName)</a></p>
        """
    }
}
