import TafelCore

/// One field of a form, with what was typed and its problem; exactly one of the `is…`
/// flags is set. Drawn by `FormField.html`.
struct FormField: Sendable {
    let name: String
    let label: String
    let value: String
    let hint: String?
    let error: String?
    let invalid: Bool
    /// The ids of the hint and the error, for `aria-describedby`.
    let describedBy: String?
    let required: Bool
    let isLine: Bool
    let isText: Bool
    let isSelect: Bool
    let isChecks: Bool
    let options: [ListPage.Option]
    let list: String?
}

/// Makes a form's fields, each with the problems reported for its name.
struct FormFieldMaker: Sendable {
    let problems: [FieldProblem]

    /// The messages for `name`, and for the items of a list typed in one field (`samenwerkingen[1]`
    /// belongs to the field `samenwerkingen`), so that the error stands next to what was typed.
    func error(_ name: String) -> String? {
        let messages = problems.filter { $0.field == name || ($0.field.hasPrefix(name + "[") && $0.field.last == "]"
                                                                && !$0.field.dropFirst(name.count).contains(".")) }.map(\.message)
        return messages.isEmpty ? nil : messages.joined(separator: " ")
    }

    private enum Kind { case line, text, select, checks }

    private func make(_ name: String, _ label: String, _ value: String?, hint: String?, required: Bool, kind: Kind,
                      options: [ListPage.Option] = [], list: String? = nil) -> FormField {
        let problem = error(name)
        return FormField(name: name, label: label, value: value ?? "", hint: hint, error: problem, invalid: problem != nil,
                         describedBy: [hint.map { _ in "hint-\(name)" }, problem.map { _ in "fout-\(name)" }].compactMap { $0 }
                            .joined(separator: " ").nilIfEmpty,
                         required: required, isLine: kind == .line, isText: kind == .text, isSelect: kind == .select,
                         isChecks: kind == .checks, options: options, list: list)
    }

    func line(_ name: String, _ label: String, _ value: String?, hint: String? = nil, required: Bool = false,
              list: String? = nil) -> FormField {
        make(name, label, value, hint: hint, required: required, kind: .line, list: list)
    }

    func text(_ name: String, _ label: String, _ value: String?, hint: String? = nil) -> FormField {
        make(name, label, value, hint: hint, required: false, kind: .text)
    }

    func select<V: Vocabulary>(_ name: String, _ label: String, _ type: V.Type, _ value: String?, empty: String,
                               required: Bool = false, hint: String? = nil) -> FormField {
        select(name, label, value, options: V.allCases.map { ($0.rawValue, $0.label) }, empty: empty, required: required, hint: hint)
    }

    /// A select of any values (`options` as value and label), with an empty choice first.
    func select(_ name: String, _ label: String, _ value: String?, options: [(value: String, label: String)], empty: String,
                required: Bool = false, hint: String? = nil) -> FormField {
        make(name, label, value, hint: hint, required: required, kind: .select,
             options: [ListPage.Option(value: "", label: empty, selected: (value ?? "").isEmpty)]
                + options.map { ListPage.Option(value: $0.value, label: $0.label, selected: $0.value == value) })
    }

    func checks<V: Vocabulary>(_ name: String, _ label: String, _ type: V.Type, _ values: [String]) -> FormField {
        checks(name, label, options: V.allCases.map { ListPage.Option(value: $0.rawValue, label: $0.label, selected: values.contains($0.rawValue)) })
    }

    func checks(_ name: String, _ label: String, options: [ListPage.Option]) -> FormField {
        make(name, label, nil, hint: nil, required: false, kind: .checks, options: options)
    }
}
