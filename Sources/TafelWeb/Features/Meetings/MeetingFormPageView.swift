/// The meeting form: the meeting, how it went, participants, the agenda with a button to
/// move each item up or down, the outcomes, and access.
extension MeetingForm: PageView {
    var main: HTML {
        """
        <h1>\(heading)</h1>
        \(conflict?.html(heading: "De bijeenkomst is intussen gewijzigd"))
        \(when: hasProblems, HTML.problemNotice(heading: "De bijeenkomst is niet opgeslagen", problems: problems))
        \(when: !warnings.isEmpty, Self.warningNotice(warnings))
        \(HTML.datalist("organisaties", organisations))
        \(HTML.datalist("personen", people))
        \(HTML.datalist("gremia", bodies))
        <form class="form" method="post" action="\(action)">
          \(HTML.csrfField(csrf))
          \(HTML.versionField(version))
          \(HTML.fieldset("De bijeenkomst", meetingFields))
          \(HTML.fieldset("Zoals gehouden", heldFields))
          \(each: groups, Self.rowGroup)
          <p><button type="submit" class="button button--secondary" name="actie" value="meer-regels">Meer lege regels</button></p>
          \(HTML.fieldset("Toegang", access))
          <button type="submit" class="button" name="actie" value="opslaan">Opslaan</button>
        </form>
        """
    }

    private static func warningNotice(_ warnings: [String]) -> HTML {
        """
        <div class="notice" role="status">
          <h2>Let op</h2>
          <ul>\(each: warnings, { warning -> HTML in "<li>\(warning)</li>" })</ul>
        </div>
        """
    }

    private static func rowGroup(_ group: RowGroup) -> HTML {
        """
        <fieldset class="form__rows">
            <legend>\(group.legend)</legend>
            <p class="form__hint">\(group.hint)</p>
            \(each: group.rows, row)
          </fieldset>

        """
    }

    private static func row(_ row: Row) -> HTML {
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
