import TafelStore

/// The collaboration form (was `samenwerking-formulier.mustache`, each field drawn by
/// the partial `formulierveld.mustache`, now `FormField.html`).
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
          \(HTML.fieldset("De samenwerking", mainFields))
          \(each: groups, Self.rowGroup)
          <p><button type="submit" class="button button--secondary" name="actie" value="meer-regels">Meer lege regels</button></p>
          \(HTML.fieldset("Raden, Staten en recht", governance))
          \(HTML.fieldset("Toegang", access))
          <button type="submit" class="button" name="actie" value="opslaan">Opslaan</button>
        </form>
        """
    }

    /// The organisations a participant or an amount field suggests (`list="organisaties"`).
    private var organisationList: HTML { HTML.datalist("organisaties", organisations) }

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
