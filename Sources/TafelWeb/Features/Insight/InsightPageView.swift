import TafelCore

extension InsightPage: PageView {
    var main: HTML {
        """
        <h1>Inzicht: samenwerking in \(provinceName)</h1>
        <p class="lead">Wat samenwerking betekent voor de gemeenten van \(provinceName): hoeveel samenwerkingen, zetels en bijeenkomsten, met hoeveel verschillende partners (de ‘dansende schalen’), en waar raden en Staten formeel iets over te zeggen hebben. Elk getal is berekend uit de gegevens in Tafel op de peildatum \(asked.date.dutch); onder aan de pagina staat hoe.</p>
        \(when: !asked.problems.isEmpty, HTML.problemNotice(heading: "Niet alles is te lezen", problems: asked.problems))
        \(form)
        <section aria-labelledby="kaart-kop">
          <h2 id="kaart-kop">\(asked.measure.label) per gemeente</h2>
          <p>\(asked.measure.definition)</p>
          \(map.map { map -> HTML in "<figure class=\"coalition-figure\">\(map.svg)<figcaption>\(map.legend)<p class=\"meta\">Gemeentegrenzen 2023, vereenvoudigd: © CBS / Kadaster (PDOK). De tabel hieronder geeft dezelfde getallen.</p></figcaption></figure>" })
          <figure class="chart-figure">\(bars)<figcaption class="meta">De gemeenten van hoog naar laag; gemeenten zonder waarde staan alleen in de tabel.</figcaption></figure>
        </section>
        \(table)
        \(network)
        \(taskSection)
        \(coverage)
        \(commitmentSection)
        \(rhythmSection)
        \(definitions)
        """
    }

    private var form: HTML {
        let problem = asked.problems.first { $0.field == "maat" }
        return asked.scopeForm(action: .insight(), provinces: provinces, province: province, extra: """
          <div class="filter__field"><label for="maat">Maat op de kaart</label>\(problem.map { p -> HTML in "<p class=\"form__error\" id=\"fout-maat\">\(p.message)</p>" })
            <select id="maat" name="maat"\(when: problem != nil, " aria-invalid=\"true\" aria-describedby=\"fout-maat\"")>\(each: InsightMeasure.allCases, { m -> HTML in "<option value=\"\(m.rawValue)\"\(when: m == asked.measure, " selected")>\(m.label)</option>" })</select></div>
          """)
    }

    private var table: HTML {
        """
        <section aria-labelledby="gemeenten-kop">
          <h2 id="gemeenten-kop">Per gemeente</h2>
          <p><a href="\(SiteRoute.insightCSV(province: province.id, date: asked.dateQuery))">Deze tabel als CSV</a> (puntkomma’s, voor Nederlandstalige spreadsheets)</p>
          <div class="table-scroll"><table class="data">
            <caption>Samenwerking per gemeente van \(provinceName) op \(asked.date.dutch)</caption>
            <thead><tr>\(HTML.columnHeads(["Gemeente", "Inwoners", "Samenwerkingen", "Per 10.000 inwoners", "Zetels in gremia", "Bijeenkomsten (12 maanden)", "Congruentie", "Formele zeggenschap"]))</tr></thead>
            <tbody>\(each: rows, Self.row)</tbody>
          </table></div>
        </section>
        """
    }

    private static func row(_ row: Row) -> HTML {
        let i = row.insight
        let inhabitants = i.municipality.inhabitants.map { InsightFormat.thousands($0) } ?? "niet bekend"
        return """
        <tr><th scope="row"><a href="\(row.href)">\(CoalitionMap.shortName(i.municipality.name))</a></th>
        <td class="number">\(inhabitants)</td>
        <td class="number"><a href="\(row.registerHref)">\(i.collaborations)</a></td>
        <td class="number">\(InsightMeasure.samenwerkingenPerInwoners.text(i))</td>
        <td class="number">\(i.seats)</td>
        <td class="number">\(i.meetings)</td>
        <td class="number">\(InsightMeasure.congruentie.text(i))</td>
        <td>\(coverageText(i.coverage))</td></tr>

        """
    }

    /// "3 van 5 (60%); 2 niet bekend".
    static func coverageText(_ coverage: DemocraticCoverage) -> String {
        var text = coverage.share.map { "\(coverage.formalSay) van \(coverage.known) (\(InsightFormat.percent($0)))" } ?? "niet bekend"
        if coverage.share != nil, coverage.unknown > 0 { text += "; \(coverage.unknown) niet bekend" }
        return text
    }

    private var network: HTML {
        """
        <section aria-labelledby="netwerk-kop">
          <h2 id="netwerk-kop">Netwerk: wie werkt met wie</h2>
          <p>\(CoParticipation.definition)</p>
          \(when: pairs.isEmpty, "<p>Geen twee organisaties delen op deze datum een samenwerking die u mag zien.</p>")
          \(when: !pairs.isEmpty, HTML.pairTable(pairs, caption: "De \(pairs.count) paren met de meeste gedeelde samenwerkingen"))
          <p><a href="\(SiteRoute.insightNetwork(province: province.id, date: asked.dateQuery))">Het hele netwerk van \(provinceName)</a>: als netwerktekening en als matrix.</p>
          <p>Congruentie van schalen voor de provincie (het gemiddelde van de gemeenten): <strong>\(congruence.map { InsightFormat.number($0, decimals: 2) } ?? "niet bekend")</strong>. \(ScaleCongruence.definition)</p>
        </section>
        """
    }

    private var taskSection: HTML {
        let unserved = tasks.tasks.filter { $0.count == 0 }.count
        return """
        <section aria-labelledby="opgaven-kop">
          <h2 id="opgaven-kop">Opgaven: samenhang of versnippering</h2>
          <p>Van de \(tasks.running) samenwerkingen die op \(asked.date.dutch) lopen, \(tasks.withoutTask.count == 1 ? "dient" : "dienen") er \(tasks.withoutTask.count) geen opgave die in Tafel is vastgelegd. Van de \(tasks.tasks.count) opgaven op de agenda’s waaraan ze werken, \(unserved == 1 ? "wordt" : "worden") er \(unserved) door geen enkele lopende samenwerking gediend.</p>
          \(when: topTasks.isEmpty, "<p>Geen van deze samenwerkingen dient een opgave die u mag zien.</p>")
          \(when: !topTasks.isEmpty, HTML.taskTable(topTasks, caption: "De \(topTasks.count) opgaven met de meeste lopende samenwerkingen op \(asked.date.dutch)"))
          <p><a href="\(SiteRoute.insightTasks(province: province.id, date: asked.dateQuery))">Alle opgaven van \(provinceName)</a>, met welke gemeente via hoeveel samenwerkingen aan welke opgave werkt.</p>
        </section>
        """
    }

    private var coverage: HTML {
        """
        <section aria-labelledby="dekking-kop">
          <h2 id="dekking-kop">Democratische dekking per vorm</h2>
          <p>Van de \(collaborationsInScope) samenwerkingen met een gemeente of de provincie van \(provinceName) die op \(asked.date.dutch) lopen, hebben raden of Staten in \(Self.coverageText(total)) formeel iets te zeggen.</p>
          <table class="data">
            <caption>Formele zeggenschap per vorm van samenwerking</caption>
            <thead><tr>\(HTML.columnHeads(["Vorm", "Formeel (zienswijze of besluit)", "waarvan volgens de Wgr", "Alleen informatie of consultatie", "Niet bekend"]))</tr></thead>
            <tbody>\(each: byForm, { f -> HTML in "<tr><th scope=\"row\">\(f.form)</th><td class=\"number\">\(f.coverage.formalSay)</td><td class=\"number\">\(f.coverage.formalByLaw)</td><td class=\"number\">\(f.coverage.informationOnly)</td><td class=\"number\">\(f.coverage.unknown)</td></tr>" })</tbody>
          </table>
        </section>
        """
    }

    private var commitmentSection: HTML {
        """
        <section aria-labelledby="toezeggingen-kop">
          <h2 id="toezeggingen-kop">Toezeggingen: op tijd of te laat</h2>
          <p>\(CommitmentKeeping.definition)</p>
          \(when: keepers.isEmpty, "<p>Geen toezeggingen van de provincie of haar gemeenten die u mag zien, gedaan vóór deze datum.</p>")
          \(when: !keepers.isEmpty, keeperTable)
        </section>
        """
    }

    private var keeperTable: HTML {
        """
        <figure class="chart-figure">\(keepingBars)<figcaption class="meta">Alleen wie toezeggingen heeft die voldaan zijn of te laat open staan.</figcaption></figure>
        <div class="table-scroll"><table class="data">
          <caption>\(keepers.count < keeperCount ? "De \(keepers.count) portefeuillehouders met de meeste toezeggingen, van de \(keeperCount)" : "Toezeggingen per portefeuillehouder") op \(asked.date.dutch)</caption>
          <thead><tr>\(HTML.columnHeads(["Portefeuillehouder", "Op tijd voldaan", "Te laat voldaan", "Open", "Open en te laat", "Vervallen of aangehouden", "Aandeel op tijd"]))</tr></thead>
          <tbody>\(each: keepers, { k -> HTML in
            let filter = k.isPerson ? CommitmentFilter(person: k.id) : CommitmentFilter(body: k.id)
            var overdue = filter
            overdue.overdue = true
            return "<tr><th scope=\"row\">\(HTML.link(k.name, href: .commitments(filter)))</th><td class=\"number\">\(k.onTime)</td><td class=\"number\">\(k.late)</td><td class=\"number\">\(k.open)</td><td class=\"number\">\(HTML.link(String(k.overdue), href: .commitments(overdue)))</td><td class=\"number\">\(k.decided)</td><td class=\"number\">\(k.onTimeShare.map { InsightFormat.percent($0) } ?? "–")</td></tr>"
          })</tbody>
        </table></div>
        """
    }

    private var rhythmSection: HTML {
        """
        <section aria-labelledby="ritme-kop">
          <h2 id="ritme-kop">Gremia en hun vergaderritme</h2>
          <p>\(MeetingRhythm.definition)</p>
          <p>Gremia met een vergaderritme: <strong>\(rhythmCount)</strong>; minder vaak bijeen dan hun ritme: <strong>\(rhythmLess)</strong>; vaker: <strong>\(rhythmMore)</strong>.</p>
          \(when: !rhythmsOutside.isEmpty, """
          <div class="table-scroll"><table class="data">
            <caption>\(rhythmsOutside.count < rhythmLess + rhythmMore ? "De eerste \(rhythmsOutside.count) gremia buiten hun ritme, van de \(rhythmLess + rhythmMore)" : "De gremia buiten hun ritme") in de twaalf maanden tot \(asked.date.dutch)</caption>
            <thead><tr>\(HTML.columnHeads(["Gremium", "Ritme", "Bijeenkomsten", "Oordeel"]))</tr></thead>
            <tbody>\(each: rhythmsOutside, { r -> HTML in
              "<tr><th scope=\"row\">\(HTML.link(r.body.name, href: .record(.body, r.body.id)))</th><td>\(Body.cadence(min: r.body.minimum, max: r.body.maximum) ?? "")</td><td class=\"number\">\(r.meetings)</td><td>\(r.verdict == .less ? "minder dan het ritme" : "meer dan het ritme")</td></tr>"
            })</tbody>
          </table></div>
          """)
        </section>
        """
    }

    private var definitions: HTML {
        """
        <section aria-labelledby="definities-kop">
          <h2 id="definities-kop">Hoe de getallen berekend zijn</h2>
          <dl class="facts">
            <dt>Samenwerkingen</dt><dd>\(MunicipalityInsight.collaborationsDefinition)</dd>
            <dt>Per 10.000 inwoners</dt><dd>\(MunicipalityInsight.perInhabitantsDefinition)</dd>
            <dt>Zetels in gremia</dt><dd>\(MunicipalityInsight.seatsDefinition)</dd>
            <dt>Bijeenkomsten</dt><dd>\(MunicipalityInsight.meetingsDefinition)</dd>
            <dt>Congruentie van schalen</dt><dd>\(ScaleCongruence.definition)</dd>
            <dt>Netwerk</dt><dd>\(CoParticipation.definition)</dd>
            <dt>Samenwerkingen per opgave</dt><dd>\(TaskInsight.collaborationsDefinition) \(TaskInsight.withoutTaskDefinition)</dd>
            <dt>Gemeenten per opgave</dt><dd>\(TaskInsight.municipalitiesDefinition)</dd>
            <dt>Mediaan deelnemers</dt><dd>\(TaskInsight.sizeDefinition)</dd>
            <dt>Kleine projecten</dt><dd>\(TaskInsight.smallDefinition)</dd>
            <dt>Geld</dt><dd>\(TaskInsight.moneyDefinition)</dd>
            <dt>Toezeggingen</dt><dd>\(CommitmentKeeping.definition)</dd>
            <dt>Vergaderritme</dt><dd>\(MeetingRhythm.definition)</dd>
            <dt>Formele zeggenschap</dt><dd>\(DemocraticCoverage.definition)</dd>
            <dt>Bron</dt><dd>De samenwerkingen, deelnemers, lidmaatschappen en bijeenkomsten in Tafel, met de bronnen die bij elk record staan. Wat u niet mag zien, telt voor u ook niet mee: de openbare getallen komen alleen uit openbare gegevens.</dd>
          </dl>
        </section>
        """
    }
}
