import TafelStore

/// Markup the editor's forms share: a fieldset of fields, a datalist of suggestions.
extension HTML {
    static func fieldset(_ legend: String, _ fields: [FormField]) -> HTML {
        """
        <fieldset>
            <legend>\(legend)</legend>
            \(each: fields, { field -> HTML in field.html })
          </fieldset>
        """
    }

    /// `<datalist id="…">` of ids with their names, for fields with `list="…"`.
    static func datalist(_ id: String, _ choices: [Catalog.Choice]) -> HTML {
        let options = HTML(joining: choices.map { choice -> HTML in "<option value=\"\(choice.id)\">\(choice.name)</option>" })
        return "<datalist id=\"\(id)\">\(options)</datalist>"
    }
}
