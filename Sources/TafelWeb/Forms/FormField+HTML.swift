/// How a form field is drawn, for every form built from `FormField`.
extension FormField {
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

    private func checkbox(_ option: ListPage.Option) -> HTML {
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
