import Foundation
import TafelCore

/// What a reader asked Inzicht for: a date (today without one) and the measure the map shows,
/// as typed, with what could not be read named at its field.
struct InsightAsked: Sendable {
    let typedDate: String
    let typedMeasure: String
    let province: String?
    let date: PartialDate
    let measure: InsightMeasure
    let problems: [FieldProblem]

    init(date typedDate: String?, measure typedMeasure: String?, province: String?, today: PartialDate = .today()) {
        self.typedDate = typedDate?.trimmingCharacters(in: .whitespaces) ?? ""
        self.typedMeasure = typedMeasure?.trimmingCharacters(in: .whitespaces) ?? ""
        self.province = province?.trimmingCharacters(in: .whitespaces).nonEmptyValue
        var problems: [FieldProblem] = []
        if self.typedDate.isEmpty {
            date = today
        } else if let date = PartialDate(iso: self.typedDate), date.day != nil {
            self.date = date
        } else {
            date = today
            problems.append(FieldProblem(field: "datum", code: "ongeldig",
                                         message: "Peildatum: ‘\(self.typedDate)’ is geen datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2020-11-13."))
        }
        if self.typedMeasure.isEmpty {
            measure = .samenwerkingen
        } else if let measure = InsightMeasure(rawValue: self.typedMeasure) {
            self.measure = measure
        } else {
            measure = .samenwerkingen
            problems.append(FieldProblem(field: "maat", code: "ongeldig",
                                         message: "Maat op de kaart: ‘\(self.typedMeasure)’ is geen maat van Inzicht. Kies er een uit de lijst."))
        }
        self.problems = problems
    }

    /// The date as the query names it: nil for today.
    var dateQuery: String? { typedDate.isEmpty || !problems.filter({ $0.field == "datum" }).isEmpty ? nil : date.iso }
}

private extension String {
    var nonEmptyValue: String? { isEmpty ? nil : self }
}
