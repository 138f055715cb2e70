import TafelCore
/// The document form (was `document-formulier.mustache`).
extension DocumentForm: PageView {
    var main: HTML {
        """
        <h1>\(heading)</h1>
        \(conflict?.html(heading: "Het document is intussen gewijzigd"))
        \(when: hasProblems, HTML.problemNotice(heading: "Het document is niet opgeslagen", problems: problems))
        <form class="form" method="post" action="\(action)" enctype="multipart/form-data">
          \(HTML.csrfField(csrf))
          \(HTML.versionField(version))
          \(each: fields, { field -> HTML in field.html })
          \(kind.kindHTML)
          \(wooCategory.wooHTML)
          \(level.levelHTML)
          \(access.accessHTML)
          \(file.html)
          \(text.textHTML)
          <button type="submit" class="button">Opslaan</button>
        </form>
        """
    }
}

extension DocumentForm.Field {
    /// A line or a text area, with its hint and its problem.
    var html: HTML {
        """
        <div class="form__field">
            <label for="veld-\(name)">\(label)\(when: required, " (verplicht)")</label>
            \(hint.map { hint -> HTML in "<p class=\"form__hint\" id=\"hint-\(name)\">\(hint)</p>" })
            \(errorLine)
            \(multiline ? textArea : lineInput)
          </div>

        """
    }

    /// `<p class="form__error" id="fout-NAME">` when the field has a problem.
    private var errorLine: HTML? {
        error.map { error -> HTML in "<p class=\"form__error\" id=\"fout-\(name)\">\(error)</p>" }
    }

    /// One `aria-describedby` naming the hint (single-line fields) and the problem, and `aria-invalid`.
    private func describedBy(hinted: Bool) -> HTML {
        let ids = (hinted && hint != nil ? ["hint-\(name)"] : []) + (invalid ? ["fout-\(name)"] : [])
        let described: HTML = ids.isEmpty ? .empty : " aria-describedby=\"\(ids.joined(separator: " "))\""
        return "\(when: invalid, " aria-invalid=\"true\"")\(described)"
    }

    private var textArea: HTML {
        "<textarea id=\"veld-\(name)\" name=\"\(name)\"\(describedBy(hinted: false))>\(value)</textarea>"
    }

    private var lineInput: HTML {
        "<input type=\"text\" id=\"veld-\(name)\" name=\"\(name)\" value=\"\(value)\"\(when: required, " required")\(describedBy(hinted: true))>"
    }

    /// The field for who may see the document (`toegang`): its hint is always shown.
    var accessHTML: HTML {
        """
        <div class="form__field">
            <label for="veld-toegang">\(label)</label>
            <p class="form__hint" id="hint-toegang">\(hint)</p>
            \(error.map { error -> HTML in "<p class=\"form__error\" id=\"fout-toegang\">\(error)</p>" })
            <textarea id="veld-toegang" name="toegang" aria-describedby="hint-toegang\(when: error != nil, " fout-toegang")"\(when: invalid, " aria-invalid=\"true\"")>\(value)</textarea>
          </div>
        """
    }

    /// The document's full text (`tekst`).
    var textHTML: HTML {
        """
        <div class="form__field">
            <label for="veld-tekst">\(label)</label>
            \(error.map { error -> HTML in "<p class=\"form__error\" id=\"fout-tekst\">\(error)</p>" })
            \(hint.map { hint -> HTML in "<p class=\"form__hint\" id=\"hint-tekst\">\(hint)</p>" })
            <textarea class="form__text" id="veld-tekst" name="tekst" aria-describedby="hint-tekst\(when: invalid, " fout-tekst")"\(when: invalid, " aria-invalid=\"true\"")>\(value)</textarea>
          </div>
        """
    }
}

extension DocumentForm.Choice {
    /// The kind of document (`soort`), a required select.
    var kindHTML: HTML {
        """
        <div class="form__field">
            <label for="veld-soort">\(label) (verplicht)</label>
            \(error.map { error -> HTML in "<p class=\"form__error\" id=\"fout-soort\">\(error)</p>" })
            <select id="veld-soort" name="soort" required\(when: error != nil, " aria-invalid=\"true\" aria-describedby=\"fout-soort\"")>
              \(ListPage.Option.list(options))
            </select>
          </div>
        """
    }

    /// The Woo information category (`wooInformatiecategorie`): the kind's unless chosen.
    var wooHTML: HTML {
        """
        <div class="form__field">
            <label for="veld-woo">\(label)</label>
            <p class="form__hint" id="hint-woo">Onder welke categorie van de Wet open overheid een openbaar document actief wordt gepubliceerd voor de Woo-index. ‘Volgens de soort’: een statenbrief is een vergaderstuk, een brief een ingekomen stuk, een rapport een onderzoeksrapport; ‘Overig’ wordt dan niet gepubliceerd.</p>
            \(error.map { error -> HTML in "<p class=\"form__error\" id=\"fout-woo\">\(error)</p>" })
            <select id="veld-woo" name="wooInformatiecategorie" aria-describedby="hint-woo\(when: error != nil, " fout-woo")"\(when: error != nil, " aria-invalid=\"true\"")>
              \(ListPage.Option.list(options))
            </select>
          </div>
        """
    }

    /// The level of confidentiality (`vertrouwelijkheid`), as radio buttons.
    var levelHTML: HTML {
        """
        <fieldset>
            <legend>\(label)</legend>
            \(error.map { error -> HTML in "<p class=\"form__error\">\(error)</p>" })
            \(each: options, Self.radio)
          </fieldset>
        """
    }

    private static func radio(_ option: ListPage.Option) -> HTML {
        """
        <div><input type="radio" id="niveau-\(option.value)" name="vertrouwelijkheid" value="\(option.value)"\(when: option.selected, " checked")> <label for="niveau-\(option.value)">\(option.label)</label></div>

        """
    }
}

extension DocumentForm.FileChoice {
    /// The file input (`bestand`), with the stored original and the choice to remove it.
    var html: HTML {
        """
        <div class="form__field">
            <label for="veld-bestand">Origineel bestand</label>
            \(stored.map { stored -> HTML in
                "<p class=\"form__hint\">Nu bewaard: \(download.map { href -> HTML in "<a href=\"\(href)\">\(stored.summary)</a>" } ?? "\(stored.summary)")</p>" })
            <p class="form__hint" id="hint-bestand">\(hint)</p>
            \(error.map { error -> HTML in "<p class=\"form__error\" id=\"fout-bestand\">\(error)</p>" })
            <input type="file" id="veld-bestand" name="bestand" accept=".pdf,.docx,.odt,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text,text/plain" aria-describedby="hint-bestand\(when: error != nil, " fout-bestand")"\(when: error != nil, " aria-invalid=\"true\"")>
            \(when: stored != nil, "<div><input type=\"checkbox\" id=\"veld-bestand-verwijderen\" name=\"bestandVerwijderen\" value=\"ja\"\(when: removing, " checked")> <label for=\"veld-bestand-verwijderen\">Origineel verwijderen (de tekst blijft)</label></div>")
          </div>
        """
    }
}
