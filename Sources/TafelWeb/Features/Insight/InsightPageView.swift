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
        \(definitions)
        """
    }

    private var form: HTML {
        let problem = asked.problems.first { $0.field == "maat" }
        return """
        <form class="filter" method="get" action="\(SiteRoute.insight())">
          \(when: provinces.count > 1, """
          <div class="filter__field"><label for="provincie">Provincie</label>
            <select id="provincie" name="provincie">\(each: provinces, { p -> HTML in "<option value=\"\(p.id)\"\(when: p.id == province.id, " selected")>\(Self.shortName(p.name))</option>" })</select></div>
          """)
          \(asked.dateField)
          <div class="filter__field"><label for="maat">Maat op de kaart</label>\(problem.map { p -> HTML in "<p class=\"form__error\" id=\"fout-maat\">\(p.message)</p>" })
            <select id="maat" name="maat"\(when: problem != nil, " aria-invalid=\"true\" aria-describedby=\"fout-maat\"")>\(each: InsightMeasure.allCases, { m -> HTML in "<option value=\"\(m.rawValue)\"\(when: m == asked.measure, " selected")>\(m.label)</option>" })</select></div>
          <button type="submit" class="button">Tonen</button>
        </form>
        """
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
          <p>\(CoParticipation.definition) Hoe donkerder het vak, hoe meer; het getal staat in elk vak.</p>
          <figure class="chart-figure">\(matrix)</figure>
          <table class="data">
            <caption>De vijftien paren met de meeste gedeelde samenwerkingen</caption>
            <thead><tr>\(HTML.columnHeads(["Organisatie", "Met", "Gedeelde samenwerkingen"]))</tr></thead>
            <tbody>\(each: pairs, { pair -> HTML in "<tr><td>\(pair.0)</td><td>\(pair.1)</td><td class=\"number\">\(pair.2)</td></tr>" })</tbody>
          </table>
          <p>Congruentie van schalen voor de provincie (het gemiddelde van de gemeenten): <strong>\(congruence.map { InsightFormat.number($0, decimals: 2) } ?? "niet bekend")</strong>. \(ScaleCongruence.definition)</p>
        </section>
        """
    }

    private var taskSection: HTML {
        """
        <section aria-labelledby="opgaven-kop">
          <h2 id="opgaven-kop">Opgaven: samenhang of versnippering</h2>
          <p>Van de \(tasks.running) samenwerkingen die op \(asked.date.dutch) lopen, \(tasks.withoutTask.count == 1 ? "dient" : "dienen") er \(tasks.withoutTask.count) geen opgave die in Tafel is vastgelegd. Per opgave: hoeveel samenwerkingen haar dienen, hoe groot ze zijn, hoeveel kleine projecten erbij zijn en hoeveel geld ermee gemoeid is.</p>
          \(when: tasks.tasks.isEmpty, "<p>Geen van deze samenwerkingen dient een opgave die u mag zien.</p>")
          \(when: !tasks.tasks.isEmpty, taskTables)
        </section>
        """
    }

    private var taskTables: HTML {
        """
        <div class="table-scroll"><table class="data">
          <caption>Samenwerkingen per opgave op \(asked.date.dutch)</caption>
          <thead><tr>\(HTML.columnHeads(["Opgave", "Agenda", "Samenwerkingen", "Gemeenten", "Mediaan deelnemers", "Kleine projecten", "Geld (bekend bij)"]))</tr></thead>
          <tbody>\(each: tasks.tasks, Self.taskRow)</tbody>
        </table></div>
        \(taskMatrix.map { matrix -> HTML in "<figure class=\"chart-figure\">\(matrix)<figcaption class=\"meta\">Hoe donkerder het vak, hoe meer samenwerkingen; het getal staat in elk vak. De tabel hieronder geeft dezelfde getallen.</figcaption></figure>" })
        <div class="table-scroll"><table class="data">
          <caption>Via hoeveel samenwerkingen elke gemeente aan elke opgave werkt</caption>
          <thead><tr>\(HTML.columnHeads(["Opgave"] + taskColumns.map(\.name)))</tr></thead>
          <tbody>\(each: tasks.tasks, { task -> HTML in
            "<tr><th scope=\"row\">\(Self.taskLabel(task.task))</th>\(each: taskColumns, { column -> HTML in "<td class=\"number\">\(task.municipalities[column.id]?.count ?? 0)</td>" })</tr>"
          })</tbody>
        </table></div>
        """
    }

    private static func taskRow(_ task: TaskInsight) -> HTML {
        let agenda = [task.task.agendaName, task.task.cluster].compactMap { $0 }.joined(separator: " · ")
        let size = task.medianSize.map { InsightFormat.number($0) } ?? "–"
        let small = task.smallShare.map { "\(task.small) (\(InsightFormat.percent($0)))" } ?? "–"
        let money = task.money.map { "\(Money(cents: $0).dutch(compact: true)) (\(task.withMoney) van \(task.count))" } ?? "niet bekend"
        return """
        <tr><th scope="row">\(HTML.link(taskLabel(task.task), href: SiteRoute.record(.task, task.id)))</th>
        <td>\(agenda)</td>
        <td class="number">\(HTML.link(String(task.count), href: .register(RegisterFilter(task: task.id))))</td>
        <td class="number">\(task.municipalities.count)</td>
        <td class="number">\(size)</td>
        <td class="number">\(small)</td>
        <td class="number">\(money)</td></tr>

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
            <dt>Formele zeggenschap</dt><dd>\(DemocraticCoverage.definition)</dd>
            <dt>Bron</dt><dd>De samenwerkingen, deelnemers, lidmaatschappen en bijeenkomsten in Tafel, met de bronnen die bij elk record staan. Wat u niet mag zien, telt voor u ook niet mee: de openbare getallen komen alleen uit openbare gegevens.</dd>
          </dl>
        </section>
        """
    }
}
