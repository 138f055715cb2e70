import TafelCore
import TafelStore

/// What the Inzicht pages share: the form choosing province and date, and the tables of pairs
/// and of tasks.
extension InsightAsked {
    /// Province (when there is more than one) and date, with `extra` fields before the button.
    func scopeForm(action: SiteRoute, provinces: [Reference], province: Reference, extra: HTML = .empty) -> HTML {
        """
        <form class="filter" method="get" action="\(action)">
          \(when: provinces.count > 1, """
          <div class="filter__field"><label for="provincie">Provincie</label>
            <select id="provincie" name="provincie">\(each: provinces, { p -> HTML in "<option value=\"\(p.id)\"\(when: p.id == province.id, " selected")>\(InsightPage.shortName(p.name))</option>" })</select></div>
          """)
          \(dateField)
          \(extra)
          <button type="submit" class="button">Tonen</button>
        </form>
        """
    }
}

extension HTML {
    static func pairTable(_ pairs: [InsightPair], caption: String) -> HTML {
        """
        <table class="data">
          <caption>\(caption)</caption>
          <thead><tr>\(HTML.columnHeads(["Organisatie", "Met", "Gedeelde samenwerkingen"]))</tr></thead>
          <tbody>\(each: pairs, { pair -> HTML in "<tr><td>\(pair.first)</td><td>\(pair.second)</td><td class=\"number\">\(pair.collaborations)</td></tr>" })</tbody>
        </table>
        """
    }

    /// One task per row: its collaborations (linking to the register), municipalities, size, small projects and money.
    static func taskTable(_ tasks: [TaskInsight], caption: String) -> HTML {
        """
        <div class="table-scroll"><table class="data">
          <caption>\(caption)</caption>
          <thead><tr>\(HTML.columnHeads(["Opgave", "Agenda", "Samenwerkingen", "Gemeenten", "Mediaan deelnemers", "Kleine projecten", "Geld (bekend bij)"]))</tr></thead>
          <tbody>\(each: tasks, taskRow)</tbody>
        </table></div>
        """
    }

    private static func taskRow(_ task: TaskInsight) -> HTML {
        let agenda = [task.task.agendaName, task.task.cluster].compactMap { $0 }.joined(separator: " · ")
        let size = task.medianSize.map { InsightFormat.number($0) } ?? "–"
        let small = task.smallShare.map { "\(task.small) (\(InsightFormat.percent($0)))" } ?? "–"
        let money = task.money.map { "\(Money(cents: $0).dutch(compact: true)) (\(task.withMoney) van \(task.count))" } ?? "niet bekend"
        return """
        <tr><th scope="row">\(HTML.link(InsightPage.taskLabel(task.task), href: SiteRoute.record(.task, task.id)))</th>
        <td>\(agenda)</td>
        <td class="number">\(HTML.link(String(task.count), href: .register(RegisterFilter(task: task.id))))</td>
        <td class="number">\(task.municipalities.count)</td>
        <td class="number">\(size)</td>
        <td class="number">\(small)</td>
        <td class="number">\(money)</td></tr>

        """
    }
}
