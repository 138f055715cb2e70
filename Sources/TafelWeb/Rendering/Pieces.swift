import TafelCore
/// Markup that several pages share: links that may have no address, data tables, item
/// lists, select options, the hidden form fields and the notices over a form.

extension HTML {
    /// `text`, linked to `href` when there is one, plain text otherwise.
    static func link(_ text: String, href: SiteRoute?) -> HTML {
        guard let href else { return "\(text)" }
        return "<a href=\"\(href)\">\(text)</a>"
    }

    /// `text`, linked to an address outside Tafel when there is one.
    static func link(_ text: String, external href: String?) -> HTML {
        guard let href else { return "\(text)" }
        return "<a href=\"\(href)\">\(text)</a>"
    }

    /// The header cells of a data table: `<th scope="col">` per label.
    static func columnHeads(_ labels: [String]) -> HTML {
        HTML(joining: labels.map { label -> HTML in "<th scope=\"col\">\(label)</th>" })
    }

    /// `<ul class="errors">` with one `<li>` per message.
    static func errorList(_ messages: [String]) -> HTML {
        let items = HTML(joining: messages.map { message -> HTML in "<li>\(message)</li>" })
        return "<ul class=\"errors\">\(items)</ul>"
    }

    /// Links to the previous and next page of a list, with whatever stands between them
    /// (the page numbers, "pagina 2 van 9").
    static func pagination(previous: SiteRoute?, next: SiteRoute?, between: HTML = HTML(trusted: "")) -> HTML {
        """
        <nav class="pagination" aria-label="Paginering">
          <ul>
            \(previous.map { href -> HTML in "<li><a href=\"\(href)\" rel=\"prev\">Vorige</a></li>" })
            \(between)
            \(next.map { href -> HTML in "<li><a href=\"\(href)\" rel=\"next\">Volgende</a></li>" })
          </ul>
        </nav>
        """
    }

    /// The alert over a form that was not saved: `heading`, then every problem.
    static func problemNotice(heading: String, problems: [String]) -> HTML {
        """
        <div class="notice notice--error" role="alert" aria-labelledby="fouten-kop" tabindex="-1" autofocus>
          <h2 id="fouten-kop">\(heading)</h2>
          \(errorList(problems))
        </div>
        """
    }

    /// The alert over a form that was not saved, which takes the focus when the page opens
    /// (`autofocus`, no script needed); each problem links to its message at its field
    /// (`fout-…`, written by `FormField`).
    static func problemNotice(heading: String, problems: [FieldProblem]) -> HTML {
        let items = HTML(joining: problems.map { problem -> HTML in
            problem.field.isEmpty ? "<li>\(problem.message)</li>" : "<li><a href=\"#fout-\(fieldAnchor(problem.field))\">\(problem.message)</a></li>"
        })
        return """
        <div class="notice notice--error" role="alert" aria-labelledby="fouten-kop" tabindex="-1" autofocus>
          <h2 id="fouten-kop">\(heading)</h2>
          <ul class="errors">\(items)</ul>
        </div>
        """
    }

    /// The field whose message a problem stands at: its own, but an item of a list typed in one
    /// field (`samenwerkingen[1]`) at that field, as `FormFieldMaker.error` places it.
    static func fieldAnchor(_ field: String) -> String {
        guard field.last == "]", let open = field.firstIndex(of: "["), !field[open...].contains(".") else { return field }
        return String(field[..<open])
    }

    /// The hidden CSRF field of a form that posts.
    static func csrfField(_ token: String) -> HTML {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(token)\">"
    }

    /// The hidden field with the version an edit form started from, when there is one.
    static func versionField(_ version: Int?) -> HTML? {
        version.map { version -> HTML in "<input type=\"hidden\" name=\"versie\" value=\"\(version)\">" }
    }
}

extension Cell {
    /// The cell's text, linked when it has an address.
    var html: HTML {
        if !references.isEmpty {
            return HTML(joining: references.enumerated().map { index, reference -> HTML in
                "\(index == 0 ? "" : "; ")\(HTML.link(reference.name, href: SiteRoute.page(of: reference)))"
            })
        }
        return externalHref == nil ? HTML.link(text, href: href) : HTML.link(text, external: externalHref)
    }
}

extension TableRow {
    /// `<tr>`: the head as a row header, then a `<td>` per cell.
    var html: HTML {
        let cellsHTML = HTML(joining: cells.map { cell -> HTML in "<td>\(cell.html)</td>" })
        return "<tr><th scope=\"row\">\(head.html)</th>\(cellsHTML)</tr>"
    }
}

extension Table {
    /// A data table with its caption for screen readers, a header row and a row per record.
    var html: HTML {
        """
        <table class="data">
          <caption class="visually-hidden">\(caption)</caption>
          <thead><tr>\(HTML.columnHeads(columns))</tr></thead>
          <tbody>
            \(rowsHTML)
          </tbody>
        </table>
        """
    }

    private var rowsHTML: HTML {
        HTML(joining: rows.map { row -> HTML in "\(row.html)\n" })
    }
}

extension Item {
    /// An entry of `<ul class="items">`: the text, linked when it has a page, and its meta line.
    var html: HTML {
        "<li>\(HTML.link(text, href: href))\(metaHTML)\(when: !children.isEmpty, Item.list(children))</li>"
    }

    /// ` <span class="meta">…</span>` when the item has a meta line.
    var metaHTML: HTML? {
        meta.map { meta -> HTML in " <span class=\"meta\">\(meta)</span>" }
    }

    /// `<ul class="items">` with an `<li>` per item.
    static func list(_ items: [Item]) -> HTML {
        let entries = HTML(joining: items.map { item -> HTML in "\(item.html)\n" })
        return """
        <ul class="items">
          \(entries)
        </ul>
        """
    }
}

extension ListPage.Option {
    /// An `<option>`, selected when it is the current value.
    var html: HTML {
        "<option value=\"\(value)\"\(when: selected, " selected")>\(label)</option>"
    }

    /// The `<option>`s of a select, one a line, written into one string (the register's
    /// municipality select has hundreds on the national set).
    static func list(_ options: [ListPage.Option]) -> HTML {
        var markup = ""
        markup.reserveCapacity(options.count * 64)
        for option in options {
            markup += "<option value=\""
            HTML.escape(option.value, into: &markup)
            markup += option.selected ? "\" selected>" : "\">"
            HTML.escape(option.label, into: &markup)
            markup += "</option>\n"
        }
        return HTML(trusted: markup)
    }
}

extension FormConflict {
    /// The alert over a form whose record changed since the editor opened it: `heading`
    /// names what changed, the table shows each field where stored and typed values differ.
    func html(heading: String) -> HTML {
        """
        <div class="notice notice--error" role="alert">
          <h2>\(heading)</h2>
          <p>U begon aan versie \(expectedVersion); de opgeslagen versie is nu \(currentVersion). Er is niets overschreven. Hieronder staan de verschillen. Uw invoer staat nog in het formulier: pas aan wat nodig is en sla opnieuw op om versie \(currentVersion) te vervangen.</p>
          <table class="data">
            <caption class="visually-hidden">Verschillen tussen de opgeslagen versie en uw invoer</caption>
            <thead><tr><th scope="col">Veld</th><th scope="col">Opgeslagen (versie \(currentVersion))</th><th scope="col">Uw invoer</th></tr></thead>
            <tbody>\(differencesHTML)</tbody>
          </table>
        </div>
        """
    }

    private var differencesHTML: HTML {
        HTML(joining: rows.map { row -> HTML in
            "<tr><th scope=\"row\">\(row.label)</th><td>\(row.stored)</td><td>\(row.typed)</td></tr>"
        })
    }
}
