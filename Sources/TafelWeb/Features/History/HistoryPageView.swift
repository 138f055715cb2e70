/// Every change to one record (was `geschiedenis.mustache`).
extension HistoryPages.Model: PageView {
    var main: HTML {
        """
        <h1>\(heading)</h1>
        <p><a href="\(recordHref)">Terug naar het record</a></p>
        \(when: hasEntries, entryList)
        \(when: !hasEntries, "<p>Er zijn nog geen wijzigingen vastgelegd. Records uit de demogegevens hebben geen historie van vóór het laden.</p>")
        """
    }

    private var entryList: HTML {
        """
        <ol class="history">
          \(each: entries, Self.entryItem)
        </ol>
        """
    }

    private static func entryItem(_ entry: Entry) -> HTML {
        """
        <li>
            <h2>\(entry.action) op \(entry.when) <span class="meta">door \(entry.who) · versie \(entry.version)</span></h2>
            \(when: entry.hasChanges, changeTable(entry))
          </li>

        """
    }

    private static func changeTable(_ entry: Entry) -> HTML {
        """
        <table class="data">
              <caption class="visually-hidden">Gewijzigde velden in versie \(entry.version)</caption>
              <thead><tr><th scope="col">Veld</th><th scope="col">Voor</th><th scope="col">Na</th></tr></thead>
              <tbody>\(each: entry.changes, changeRow)</tbody>
            </table>
        """
    }

    private static func changeRow(_ change: Entry.Change) -> HTML {
        "<tr><th scope=\"row\">\(change.field)</th><td>\(change.before)</td><td>\(change.after)</td></tr>"
    }
}
