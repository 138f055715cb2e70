/// A repeated group of a form (participants, agenda items, questions and their answers): a
/// fieldset per row, indented by depth, with buttons to move a row where it can move. Works
/// without JavaScript: the buttons post the form and it comes back with everything typed.
struct FormRowGroup: Sendable {
    let legend: String
    let hint: String
    let rows: [FormRow]
}

struct FormRow: Sendable {
    let label: String
    /// Hidden fields that travel with the row (an agenda item's key, the action it carries over).
    let hidden: [(name: String, value: String)]
    let fields: [FormField]
    /// Sub-items are indented.
    let depth: Int
    /// For an agenda item: its key, to move it.
    let moveKey: Int?
}

extension FormRowGroup {
    var html: HTML {
        """
        <fieldset class="form__rows">
            <legend>\(legend)</legend>
            <p class="form__hint">\(hint)</p>
            \(each: rows, Self.row)
          </fieldset>

        """
    }

    private static func row(_ row: FormRow) -> HTML {
        let hidden = HTML(joining: row.hidden.map { field -> HTML in
            "<input type=\"hidden\" name=\"\(field.name)\" value=\"\(field.value)\">"
        })
        let moves = row.moveKey.map { key -> HTML in
            """
            <p class="form__moves"><button type="submit" class="button button--secondary" name="actie" value="omhoog-\(key)" aria-label="\(row.label) omhoog">Omhoog</button> <button type="submit" class="button button--secondary" name="actie" value="omlaag-\(key)" aria-label="\(row.label) omlaag">Omlaag</button></p>
            """
        }
        return """
        <fieldset class="form__row form__row--block\(when: row.depth > 0, HTML(trusted: " form__row--depth-\(min(row.depth, 3))"))">
              <legend>\(row.label)</legend>
              \(hidden)
              \(each: row.fields, { field -> HTML in field.html })
              \(moves)
            </fieldset>

        """
    }
}
