import TafelCore
import TafelStore

/// `/inzicht/{gemeente}`: what collaboration means for one municipality, next to the mean of its
/// province: its load, its partners, its collaborations with their partners and what its council
/// has to say in each. Readable in five minutes; every count links to what it counts.
struct MunicipalityInsightPage: Sendable {
    struct Figure: Sendable {
        let label: String
        let value: String
        let mean: String
        let href: SiteRoute?
    }

    struct Line: Sendable {
        let collaboration: Reference
        let form: String
        let partners: Int
        let say: String
    }

    let shell: Shell
    let asked: InsightAsked
    let provinceID: String
    let date: PartialDate
    let dateQuery: String?
    let name: String
    let provinceName: String
    let municipality: Reference
    let figures: [Figure]
    let partnerBars: HTML
    let partners: [(Reference, Int)]
    let lines: [Line]
    let insight: MunicipalityInsight
    /// The tasks it works on, each with the collaborations through which.
    let tasks: [(task: InsightData.Task, through: [Reference])]
    let withoutTask: Int

    init?(_ scope: Catalog.InsightScope, municipality id: String, asked: InsightAsked) {
        let date = asked.date
        let snapshot = scope.snapshot(on: date)
        let all = snapshot.municipalities
        guard let insight = all.first(where: { $0.id == id }) else { return nil }
        self.insight = insight
        self.asked = asked
        provinceID = scope.province.id
        self.date = date
        dateQuery = asked.dateQuery
        name = CoalitionMap.shortName(insight.municipality.name)
        provinceName = InsightPage.shortName(scope.province.name)
        municipality = Reference(kind: .organisation, id: id, name: insight.municipality.name)
        shell = InsightPage.partShell("Inzicht: samenwerking voor \(name)", scope, asked)
        func mean(_ measure: InsightMeasure) -> String {
            guard let average = measure.mean(all) else { return "niet bekend" }
            return measure == .democratisch ? InsightFormat.percent(average / 100)
                : InsightFormat.number(average, decimals: measure == .congruentie ? 2 : 1)
        }
        let measures: [(InsightMeasure, SiteRoute?)] = [
            (.samenwerkingen, .register(RegisterFilter(municipality: id))), (.samenwerkingenPerInwoners, nil),
            (.zetels, .record(.organisation, id)), (.zetelsPerInwoners, nil), (.bijeenkomsten, .meetingMonth(organisation: id)),
            (.congruentie, nil), (.democratisch, nil),
        ]
        figures = measures.map { Figure(label: $0.0.label, value: $0.0.text(insight), mean: mean($0.0), href: $0.1) }
        let names = scope.data.organisationNames
        let ranked = snapshot.partners(of: id)
        partners = ranked.map { (Reference(kind: .organisation, id: $0.id, name: names[$0.id] ?? $0.id), $0.collaborations) }
        let shown = partners.prefix(15)
        partnerBars = InsightCharts.bars(shown.map { InsightCharts.Bar(label: Self.short($0.0.name), value: Double($0.1), text: String($0.1)) },
                                         id: "partners", title: "De partners waarmee \(name) de meeste samenwerkingen deelt",
                                         description: shown.map { "\($0.0.name) \($0.1)" }.joined(separator: ", ") + ".")
        let own = snapshot.collaborations(of: id)
        tasks = Self.tasks(of: id, in: snapshot, own: own)
        withoutTask = own.filter(\.taskIDs.isEmpty).count
        lines = own.map { c in
            let say: String = switch DemocraticCoverage.say(c) {
            case .formal: c.councilInvolvement.sorted { $0.rawValue < $1.rawValue }.map(\.label).joined(separator: ", ")
            case .formalByLaw: "Zienswijze op de begroting (Wgr, artikel 35)"
            case .information: c.councilInvolvement.sorted { $0.rawValue < $1.rawValue }.map(\.label).joined(separator: ", ")
            case nil: "niet vermeld in de bron"
            }
            return Line(collaboration: Reference(kind: .collaboration, id: c.id, name: c.name), form: c.form?.label ?? "niet vermeld in de bron",
                        partners: c.participants(on: date).subtracting([id]).count, say: say)
        }
    }

    private static func tasks(of id: String, in snapshot: InsightSnapshot,
                              own: [InsightData.Collaboration]) -> [(task: InsightData.Task, through: [Reference])] {
        let names = Dictionary(own.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        return snapshot.tasks.tasks.compactMap { task in
            task.municipalities[id].map { ids in
                (task.task, ids.map { Reference(kind: .collaboration, id: $0, name: names[$0] ?? $0) })
            }
        }
    }

    /// The chart's labels have 190 px: a long name is cut with "…" (the table has it whole).
    static func short(_ name: String) -> String {
        let name = CoalitionMap.shortName(name)
        return name.count > 22 ? String(name.prefix(21)) + "…" : name
    }
}

extension MunicipalityInsightPage: PageView {
    var main: HTML {
        """
        <h1>Wat betekent samenwerking voor \(name)?</h1>
        <p class="lead">\(name) werkt op \(date.dutch) samen in \(insight.collaborations) \(insight.collaborations == 1 ? "samenwerking" : "samenwerkingen") met \(partners.count) \(partners.count == 1 ? "partner" : "verschillende partners"), heeft \(insight.seats) \(insight.seats == 1 ? "zetel" : "zetels") in gremia van anderen, en de raad heeft formeel iets te zeggen in \(InsightPage.coverageText(insight.coverage)). Naast elk getal staat het gemiddelde van de gemeenten van \(provinceName).</p>
        \(when: !asked.problems.isEmpty, HTML.problemNotice(heading: "Niet alles is te lezen", problems: asked.problems))
        \(form)
        <table class="data">
          <caption>\(name) naast het gemiddelde van \(provinceName), op \(date.dutch)</caption>
          <thead><tr>\(HTML.columnHeads(["Maat", name, "Gemiddelde \(provinceName)"]))</tr></thead>
          <tbody>\(each: figures, { f -> HTML in "<tr><th scope=\"row\">\(f.label)</th><td class=\"number\">\(f.href.map { href -> HTML in HTML.link(f.value, href: href) } ?? "\(f.value)")</td><td class=\"number\">\(f.mean)</td></tr>" })</tbody>
        </table>
        <section aria-labelledby="partners-kop">
          <h2 id="partners-kop">Met wie \(name) samenwerkt</h2>
          <p>\(CoParticipation.definition)</p>
          \(when: partners.isEmpty, "<p>Geen partners: \(name) neemt op deze datum aan geen samenwerking deel die u mag zien.</p>")
          \(when: !partners.isEmpty, "<figure class=\"chart-figure\">\(partnerBars)</figure>")
          \(when: !partners.isEmpty, partnerTable)
        </section>
        <section aria-labelledby="samenwerkingen-kop">
          <h2 id="samenwerkingen-kop">De samenwerkingen en wat de raad erover te zeggen heeft</h2>
          <p>Congruentie van schalen: <strong>\(InsightMeasure.congruentie.text(insight))</strong>, met \(insight.congruence.distinctPartnerSets) verschillende samenstellingen van partners. \(ScaleCongruence.definition)</p>
          <table class="data">
            <caption>De samenwerkingen van \(name) op \(date.dutch)</caption>
            <thead><tr>\(HTML.columnHeads(["Samenwerking", "Vorm", "Partners", "Rol van de raad"]))</tr></thead>
            <tbody>\(each: lines, { l -> HTML in "<tr><th scope=\"row\">\(HTML.link(l.collaboration.name, href: SiteRoute.page(of: l.collaboration)))</th><td>\(l.form)</td><td class=\"number\">\(l.partners)</td><td>\(l.say)</td></tr>" })</tbody>
          </table>
          <p class="meta">\(DemocraticCoverage.definition)</p>
        </section>
        <section aria-labelledby="opgaven-kop">
          <h2 id="opgaven-kop">Aan welke opgaven \(name) werkt</h2>
          <p>\(TaskInsight.collaborationsDefinition) Van de samenwerkingen van \(name) \(withoutTask == 1 ? "dient" : "dienen") er \(withoutTask) geen opgave die in Tafel is vastgelegd.</p>
          \(when: tasks.isEmpty, "<p>\(name) werkt op deze datum via geen enkele samenwerking die u mag zien aan een opgave.</p>")
          \(when: !tasks.isEmpty, taskTable)
        </section>
        <p><a href="\(SiteRoute.record(.organisation, municipality.id))">Alles over \(municipality.name)</a> · <a href="\(SiteRoute.insight(province: provinceID, date: dateQuery))">Inzicht voor heel \(provinceName)</a></p>
        """
    }

    private var form: HTML {
        """
        <form class="filter" method="get" action="\(SiteRoute.insightMunicipality(municipality.id))">
          \(asked.dateField)
          <button type="submit" class="button">Tonen</button>
        </form>
        """
    }

    private var taskTable: HTML {
        """
        <table class="data">
          <caption>De opgaven van \(name) op \(date.dutch), met de samenwerkingen waardoor</caption>
          <thead><tr>\(HTML.columnHeads(["Opgave", "Agenda", "Via"]))</tr></thead>
          <tbody>\(each: tasks, { t -> HTML in
            "<tr><th scope=\"row\">\(HTML.link(InsightPage.taskLabel(t.task), href: SiteRoute.record(.task, t.task.id)))</th><td>\(t.task.agendaName)</td><td>\(HTML(joining: t.through.map { HTML.link($0.name, href: SiteRoute.page(of: $0)) }, separator: ", "))</td></tr>"
          })</tbody>
        </table>
        """
    }

    private var partnerTable: HTML {
        """
        <table class="data">
          <caption>Alle partners van \(name), met het aantal gedeelde samenwerkingen</caption>
          <thead><tr>\(HTML.columnHeads(["Partner", "Gedeelde samenwerkingen"]))</tr></thead>
          <tbody>\(each: partners, { p -> HTML in "<tr><th scope=\"row\">\(HTML.link(p.0.name, href: SiteRoute.page(of: p.0)))</th><td class=\"number\">\(p.1)</td></tr>" })</tbody>
        </table>
        """
    }
}
