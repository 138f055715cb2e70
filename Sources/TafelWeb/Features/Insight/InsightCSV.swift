import TafelCore

/// The table of `/inzicht` as CSV for Dutch spreadsheet programs: a byte order mark, `;`
/// between cells, Dutch headers and decimal commas, one municipality per row.
enum InsightCSV {
    static let headers = ["Gemeente", "CBS-code", "Inwoners", "Samenwerkingen", "Samenwerkingen per 10.000 inwoners", "Zetels in gremia",
                          "Zetels per 10.000 inwoners", "Bijeenkomsten in twaalf maanden", "Congruentie van schalen",
                          "Verschillende samenstellingen van partners", "Formele zeggenschap", "Waarvan volgens de Wgr",
                          "Alleen informatie of consultatie", "Rol van de raad niet bekend", "Peildatum"]

    /// The header line and `rows`, for Dutch spreadsheets; every cell neutralised against formulas.
    static func document(_ headers: [String], _ rows: [[String]]) -> String {
        "\u{FEFF}" + ([CSV.line(headers, separator: ";")] + rows.map { CSV.line($0.map(CSV.formulaNeutralised), separator: ";") })
            .joined(separator: "\r\n") + "\r\n"
    }

    /// Every pair of the network (`/inzicht/netwerk.csv`).
    static func pairs(_ pairs: [InsightPair], date: PartialDate) -> String {
        document(["Organisatie", "Met", "Gedeelde samenwerkingen", "Peildatum"],
                 pairs.map { [$0.first, $0.second, String($0.collaborations), date.iso] })
    }

    /// Every task with its figures and, per municipality, through how many collaborations it works on it (`/inzicht/opgaven.csv`).
    static func tasks(_ overview: TaskOverview, municipalities: [MunicipalityInsight], date: PartialDate) -> String {
        let head = ["Opgave", "Nummer", "Agenda", "Cluster", "Samenwerkingen", "Gemeenten", "Mediaan deelnemers", "Kleine projecten",
                    "Geld in euro", "Samenwerkingen met een bedrag"] + municipalities.map(\.municipality.name) + ["Peildatum"]
        let rows = overview.tasks.map { t -> [String] in
            let size: String = t.medianSize.map { InsightFormat.number($0, decimals: 1) } ?? ""
            let money: String = t.money.map { InsightFormat.number(Double($0) / 100, decimals: 2) } ?? ""
            let figures: [String] = [t.task.name, t.task.number.map(String.init) ?? "", t.task.agendaName, t.task.cluster ?? "",
                                     String(t.count), String(t.municipalities.count), size, String(t.small), money, String(t.withMoney)]
            let perMunicipality: [String] = municipalities.map { String(t.municipalities[$0.id]?.count ?? 0) }
            return figures + perMunicipality + [date.iso]
        }
        return document(head, rows)
    }

    static func text(_ insights: [MunicipalityInsight], date: PartialDate) -> String {
        func decimal(_ value: Double?, decimals: Int = 2) -> String { value.map { InsightFormat.number($0, decimals: decimals) } ?? "" }
        return document(headers, insights.map { i in
            [
                i.municipality.name, i.municipality.cbsCode ?? "", i.municipality.inhabitants.map(String.init) ?? "", String(i.collaborations),
                decimal(i.perTenThousand(i.collaborations)), String(i.seats), decimal(i.perTenThousand(i.seats)), String(i.meetings),
                decimal(i.congruence.index), String(i.congruence.distinctPartnerSets), String(i.coverage.formalSay), String(i.coverage.formalByLaw),
                String(i.coverage.informationOnly), String(i.coverage.unknown), date.iso,
            ]
        })
    }
}
