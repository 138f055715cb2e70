import Foundation

/// Reads typed text field by field and collects every problem, each naming its field
/// in Dutch. Drafts use it so that the form, the API and imports share one set of rules.
public struct FieldChecker: Sendable {
    public private(set) var problems: [FieldProblem] = []

    public init() {}

    public mutating func problem(_ field: String, _ message: String, code: String = "ongeldig") {
        problems.append(FieldProblem(field: field, code: code, message: message))
    }

    /// One line: surrounding space trimmed, line breaks inside (a pasted title) become spaces; empty is nil.
    public mutating func line(_ value: String?, _ field: String, limit: Int = 500, required: Bool = false) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else {
            if required { problem(field, "\(field) is verplicht.", code: "verplicht") }
            return nil
        }
        let text = String(trimmed.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        forbidCharacters(text, field)
        if text.count > limit { problem(field, "\(field) mag hoogstens \(limit) tekens lang zijn; ontvangen: \(text.count) tekens.") }
        return text
    }

    /// How often a year, as the rules of a body or a programme plan it: a whole number from 0 to 366.
    public mutating func timesPerYear(_ value: String?, _ field: String) -> Int? {
        guard let text = line(value, field, limit: 10) else { return nil }
        guard let number = Int(text), (0...366).contains(number) else {
            problem(field, "\(field) moet een aantal keer per jaar zijn van 0 tot 366; ontvangen: ‘\(text)’.")
            return nil
        }
        return number
    }

    /// The least and most times a year, the most not below the least.
    public mutating func timesPerYear(least: String?, _ leastField: String, most: String?, _ mostField: String) -> (Int?, Int?) {
        let low = timesPerYear(least, leastField)
        let high = timesPerYear(most, mostField)
        if let low, let high, high < low {
            problem(mostField, "\(mostField) (\(high)) is kleiner dan \(leastField) (\(low)).")
        }
        return (low, high)
    }

    /// Running text: line breaks kept (as \n), surrounding space trimmed; empty is nil.
    public mutating func text(_ value: String?, _ field: String, limit: Int) -> String? {
        guard let trimmed = value?.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines),
              !trimmed.isEmpty
        else { return nil }
        forbidCharacters(trimmed, field)
        if trimmed.count > limit { problem(field, "\(field) mag hoogstens \(limit) tekens lang zijn; ontvangen: \(trimmed.count) tekens.") }
        return trimmed
    }

    /// Names the first control character or bidi override in `text` (`TextRules`).
    public mutating func forbidCharacters(_ text: String, _ field: String) {
        guard let found = TextRules.firstForbidden(in: text) else { return }
        problem(field, "\(field) bevat een onzichtbaar stuurteken (\(found.code)) op positie \(found.position); haal het weg.")
    }

    /// A code from a vocabulary; an unknown code is named with the allowed ones.
    public mutating func code<V: Vocabulary>(_ value: String?, _ field: String, _ type: V.Type, required: Bool = false) -> V? {
        guard let code = line(value, field, required: required) else { return nil }
        guard let result = V(rawValue: code) else {
            problem(field, "\(field) ‘\(code)’ bestaat niet; kies uit: \(V.codes.joined(separator: ", ")).")
            return nil
        }
        return result
    }

    /// Several codes from a vocabulary, without repeats, in the order given.
    public mutating func codes<V: Vocabulary>(_ values: [String], _ field: String, _ type: V.Type) -> [V] {
        var result: [V] = []
        for value in values {
            if let code: V = code(value, field, type), !result.contains(code) { result.append(code) }
        }
        return result
    }

    /// A date at the precision typed: `JJJJ`, `JJJJ-MM` or `JJJJ-MM-DD`.
    public mutating func date(_ value: String?, _ field: String) -> PartialDate? {
        guard let text = line(value, field) else { return nil }
        guard let date = PartialDate(iso: text) else {
            problem(field, "\(field) moet JJJJ, JJJJ-MM of JJJJ-MM-DD zijn, een bestaande datum; ontvangen: ‘\(text)’.")
            return nil
        }
        return date
    }

    /// The period `vanaf`–`tot` of a filter: each a date, `tot` not before `vanaf`.
    public mutating func period(from: String?, until: String?) -> (from: PartialDate?, until: PartialDate?) {
        let start = date(from, "vanaf")
        let end = date(until, "tot")
        if let start, let end, end.upperBound < start.iso {
            problem("tot", "tot (\(end.iso)) ligt vóór vanaf (\(start.iso)).")
        }
        return (start, end)
    }

    /// A web address that begins with http:// or https:// and names a host.
    public mutating func webAddress(_ value: String?, _ field: String) -> String? {
        guard let text = line(value, field, limit: 2_000) else { return nil }
        guard text.hasPrefix("https://") || text.hasPrefix("http://"), URL(string: text)?.host?.isEmpty == false else {
            problem(field, "\(field) moet een webadres zijn dat begint met https://; ontvangen: ‘\(text)’.")
            return nil
        }
        return text
    }

    /// The id of another record: lower-case letters, digits and hyphens.
    public mutating func id(_ value: String?, _ field: String, required: Bool = false) -> String? {
        guard let id = line(value, field, limit: Slug.maximumLength, required: required) else { return nil }
        guard Slug.isValid(id) else {
            problem(field, "\(field) ‘\(id)’ is geen geldige id (kleine letters, cijfers en -).")
            return nil
        }
        return id
    }

    /// Several ids, without repeats, in the order given.
    public mutating func ids(_ values: [String], _ field: String) -> [String] {
        var result: [String] = []
        for value in values {
            if let id = id(value, field), !result.contains(id) { result.append(id) }
        }
        return result
    }

    /// The confidentiality level and the groups it opens to; `vertrouwelijk` needs at least one group.
    public mutating func access(level: String?, groups: [String]) -> (Confidentiality, [Group]) {
        let confidentiality = code(level, "vertrouwelijkheid", Confidentiality.self) ?? .openbaar
        var access: [Group] = []
        var groupsValid = true
        for code in groups.map({ $0.trimmingCharacters(in: .whitespaces) }) where !code.isEmpty {
            if let group = Group(code: code) {
                if !access.contains(group) { access.append(group) }
            } else {
                groupsValid = false
                problem("toegang", "toegang ‘\(code)’ moet de vorm organisatie:ID of gremium:ID hebben.")
            }
        }
        if confidentiality == .vertrouwelijk && access.isEmpty && groupsValid {
            problem("toegang", "toegang moet ten minste één organisatie of gremium noemen als vertrouwelijkheid ‘vertrouwelijk’ is.", code: "verplicht")
        }
        return (confidentiality, access)
    }

    /// Throws every problem collected so far.
    public func finish() throws(ValidationFailure) {
        if !problems.isEmpty { throw ValidationFailure(problems) }
    }
}
