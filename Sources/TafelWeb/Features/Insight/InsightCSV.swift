import TafelCore

/// The table of `/inzicht` as CSV for Dutch spreadsheet programs: a byte order mark, `;`
/// between cells, Dutch headers and decimal commas, one municipality per row.
enum InsightCSV {
    static let headers = ["Gemeente", "CBS-code", "Inwoners", "Samenwerkingen", "Samenwerkingen per 10.000 inwoners", "Zetels in gremia",
                          "Zetels per 10.000 inwoners", "Bijeenkomsten in twaalf maanden", "Congruentie van schalen",
                          "Verschillende samenstellingen van partners", "Formele zeggenschap", "Waarvan volgens de Wgr",
                          "Alleen informatie of consultatie", "Rol van de raad niet bekend", "Peildatum"]

    static func text(_ insights: [MunicipalityInsight], date: PartialDate) -> String {
        func decimal(_ value: Double?, decimals: Int = 2) -> String { value.map { InsightFormat.number($0, decimals: decimals) } ?? "" }
        let lines = insights.map { i in
            CSV.line([
                i.municipality.name, i.municipality.cbsCode ?? "", i.municipality.inhabitants.map(String.init) ?? "", String(i.collaborations),
                decimal(i.perTenThousand(i.collaborations)), String(i.seats), decimal(i.perTenThousand(i.seats)), String(i.meetings),
                decimal(i.congruence.index), String(i.congruence.distinctPartnerSets), String(i.coverage.formalSay), String(i.coverage.formalByLaw),
                String(i.coverage.informationOnly), String(i.coverage.unknown), date.iso,
            ].map(CSV.formulaNeutralised), separator: ";")
        }
        return "\u{FEFF}" + ([CSV.line(headers, separator: ";")] + lines).joined(separator: "\r\n") + "\r\n"
    }
}
