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

extension InsightAsked {
    /// The date field of both Inzicht forms: as typed when it could not be read, with its message.
    var dateField: HTML {
        let problem = problems.first { $0.field == "datum" }
        return """
        <div class="filter__field"><label for="datum">Peildatum</label>\(problem.map { p -> HTML in "<p class=\"form__error\" id=\"fout-datum\">\(p.message)</p>" })
          <input type="date" id="datum" name="datum" value="\(typedDate.isEmpty ? date.iso : typedDate)"\(when: problem != nil, " aria-invalid=\"true\" aria-describedby=\"fout-datum\"")></div>
        """
    }
}

private extension String {
    var nonEmptyValue: String? { isEmpty ? nil : self }
}
