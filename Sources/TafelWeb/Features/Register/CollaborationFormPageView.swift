import TafelStore

/// The collaboration form (was `samenwerking-formulier.mustache`, each field drawn by
/// the partial `formulierveld.mustache`, now `CollaborationFormView.Field.html`).
///
/// Needs one change in `CollaborationFormView`: its stored `let main: [Field]` (the fields
/// of the fieldset "De samenwerking") is renamed `mainFields`, since `PageView.main` is the
/// page's markup and Swift cannot overload a property by its type.
extension CollaborationFormView: PageView {
    var main: HTML {
        """
        <h1>\(heading)</h1>
        \(conflict?.html(heading: "De samenwerking is intussen gewijzigd"))
        \(when: hasProblems, HTML.problemNotice(heading: "De samenwerking is niet opgeslagen", problems: problems))
        \(organisationList)
        <form class="form" method="post" action="\(action)">
          \(HTML.csrfField(csrf))
          \(HTML.versionField(version))
          \(Self.fieldset("De samenwerking", mainFields))
          \(each: groups, Self.rowGroup)
          <p><button type="submit" class="button button--secondary" name="actie" value="meer-regels">Meer lege regels</button></p>
          \(Self.fieldset("Raden, Staten en recht", governance))
          \(Self.fieldset("Toegang", access))
          <button type="submit" class="button" name="actie" value="opslaan">Opslaan</button>
        </form>
        """
    }

    /// The organisations a participant or an amount field suggests (`list="organisaties"`).
    private var organisationList: HTML {
        let options = HTML(joining: organisations.map { organisation -> HTML in
            "<option value=\"\(organisation.id)\">\(organisation.name)</option>"
        })
        return "<datalist id=\"organisaties\">\(options)</datalist>"
    }

    private static func fieldset(_ legend: String, _ fields: [Field]) -> HTML {
        """
        <fieldset>
            <legend>\(legend)</legend>
            \(each: fields, { field -> HTML in field.html })
          </fieldset>
        """
    }

    /// Participants, amounts or related collaborations: a fieldset of rows, each a fieldset of fields.
    private static func rowGroup(_ group: RowGroup) -> HTML {
        """
        <fieldset class="form__rows">
            <legend>\(group.legend)</legend>
            <p class="form__hint">\(group.groupHint)</p>
            \(each: group.rows, row)
          </fieldset>

        """
    }

    private static func row(_ row: Row) -> HTML {
        """
        <fieldset class="form__row">
              <legend class="visually-hidden">\(row.label)</legend>
              \(each: row.fields, { field -> HTML in field.html })
            </fieldset>

        """
    }
}

extension CollaborationFormView.Field {
    /// One field (was the partial `formulierveld.mustache`): a group of checkboxes, or a
    /// label with hint and problem over a line, a text area or a select.
    var html: HTML {
        """
        <div class="form__field">
        \(isChecks ? checks : single)
        </div>

        """
    }

    /// `<p class="form__error" id="fout-NAME">` when the field has a problem.
    private var errorLine: HTML? {
        error.map { error -> HTML in "<p class=\"form__error\" id=\"fout-\(name)\">\(error)</p>" }
    }

    /// ` aria-describedby="…"` (the hint and the problem), then ` aria-invalid="true"` when there is a problem.
    private var describedAttributes: HTML {
        let described = describedBy.map { ids -> HTML in " aria-describedby=\"\(ids)\"" }
        return "\(described)\(when: invalid, " aria-invalid=\"true\"")"
    }

    private var checks: HTML {
        let boxes = HTML(joining: options.map { option -> HTML in checkbox(option) })
        return """
          <fieldset class="form__checks">
            <legend>\(label)</legend>
            \(errorLine)
            \(boxes)
          </fieldset>
        """
    }

    private func checkbox(_ option: CollaborationFormView.Option) -> HTML {
        """
        <div><input type="checkbox" id="veld-\(name)-\(option.value)" name="\(name)" value="\(option.value)"\(when: option.selected, " checked")> <label for="veld-\(name)-\(option.value)">\(option.label)</label></div>

        """
    }

    private var single: HTML {
        """
          <label for="veld-\(name)">\(label)\(when: required, " (verplicht)")</label>
          \(hint.map { hint -> HTML in "<p class=\"form__hint\" id=\"hint-\(name)\">\(hint)</p>" })
          \(errorLine)
          \(when: isLine, lineInput)
          \(when: isText, textArea)
          \(when: isSelect, selectBox)
        """
    }

    private var lineInput: HTML {
        let listAttribute = list.map { list -> HTML in " list=\"\(list)\"" }
        return "<input type=\"text\" id=\"veld-\(name)\" name=\"\(name)\" value=\"\(value)\"\(listAttribute)\(describedAttributes)>"
    }

    private var textArea: HTML {
        "<textarea id=\"veld-\(name)\" name=\"\(name)\"\(describedAttributes)>\(value)</textarea>"
    }

    private var selectBox: HTML {
        """
        <select id="veld-\(name)" name="\(name)"\(describedAttributes)>
            \(ListPage.Option.list(options))
          </select>
        """
    }
}
