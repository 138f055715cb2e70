import Foundation
import TafelCore

/// "Controle overlegstructuur": per rule its text, its source passage, whether it holds, and
/// where it does not, the body with the facts that break it. Built from the check alone.
struct StructureCheckPage: Sendable {
    /// What the visitor asked for, as typed: the form shows it again.
    struct Asked: Sendable {
        let typedDate: String
        let body: String?
        /// The date to check on; nil when `typedDate` is not a date.
        let date: PartialDate?

        init(typedDate: String, body: String?) {
            self.typedDate = typedDate.trimmed
            self.body = body?.trimmed.nonEmpty
            date = self.typedDate.isEmpty ? PartialDate.today() : PartialDate(iso: self.typedDate).flatMap { $0.day == nil ? nil : $0 }
        }
    }

    struct Violation: Sendable {
        let bodyName: String
        let bodyHref: SiteRoute
        let message: String
        let facts: [String]
    }

    struct Rule: Sendable {
        let id: String
        let text: String
        let passage: String?
        let documentName: String?
        let documentHref: SiteRoute?
        let verdict: String
        let holds: Bool
        let violations: [Violation]
    }

    let shell: Shell
    let ruleSetName: String
    let typedDate: String
    let dateError: String?
    let body: String?
    let summary: String
    let rules: [Rule]

    init(_ check: StructureCheck, asked: Asked, documents: [String: String]) {
        shell = Self.shell
        ruleSetName = check.ruleSet.naam
        typedDate = asked.typedDate.isEmpty ? check.date.iso : asked.typedDate
        dateError = nil
        body = asked.body
        let broken = Set(check.violations.map(\.ruleID)).count
        summary = "Op \(check.date.dutch): \(check.ruleSet.regels.count) regels, "
            + (broken == 0 ? "alle gevolgd." : "\(broken) daarvan niet overal gevolgd (\(check.violations.count) \(check.violations.count == 1 ? "melding" : "meldingen")).")
        rules = check.ruleSet.regels.map { rule in
            let found = check.violations(of: rule)
            let document = rule.bron.flatMap { source in documents[source.document].map { (source.document, $0) } }
            return Rule(
                id: rule.id, text: rule.tekst, passage: rule.bron?.passage,
                documentName: document?.1, documentHref: document.map { .record(.document, $0.0) },
                verdict: check.verdict(rule),
                holds: found.isEmpty,
                violations: found.map { Violation(bodyName: $0.bodyName, bodyHref: .record(.body, $0.bodyID), message: $0.message, facts: $0.facts) })
        }
    }

    private init(invalid asked: Asked) {
        shell = Self.shell
        ruleSetName = ""
        typedDate = asked.typedDate
        dateError = "Datum: ‘\(asked.typedDate)’ is geen datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2020-11-13."
        body = asked.body
        summary = ""
        rules = []
    }

    static func invalid(_ asked: Asked) -> StructureCheckPage { StructureCheckPage(invalid: asked) }

    static let shell = Shell(title: "Controle overlegstructuur", section: .body, breadcrumbs: [Crumb(label: "Gremia", href: .list(.body))])
}

private extension String {
    var trimmed: String { trimmingCharacters(in: .whitespaces) }
    var nonEmpty: String? { isEmpty ? nil : self }
}
