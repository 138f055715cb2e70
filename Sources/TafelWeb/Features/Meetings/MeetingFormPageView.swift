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
          \(each: groups, { group -> HTML in group.html })
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
}
