/// The register import for editors (was `importeren.mustache`).
extension ImportPage: PageView {
    var main: HTML {
        """
        <h1>Samenwerkingen importeren</h1>
        <p class="lead">Lees samenwerkingen in uit een CSV- of JSON-bestand met dezelfde kolommen als de export van het register. Samenwerkingen worden op id herkend: bestaande worden bijgewerkt, nieuwe toegevoegd. Een kolom die ontbreekt laat dat veld ongewijzigd. Eén fout en er wordt niets opgeslagen.</p>
        \(summary.map { summary -> HTML in summaryNotice(summary) })
        \(when: hasProblems, problemNotice)
        \(form)
        """
    }

    private var problemNotice: HTML {
        HTML.problemNotice(heading: filePrefix + "niets geïmporteerd", problems: problems)
    }

    /// "bestand.csv: " before a heading when a file was sent.
    private var filePrefix: String {
        filename.map { name -> String in "\(name): " } ?? ""
    }

    private func summaryNotice(_ summary: String) -> HTML {
        let heading = filePrefix + summary
        return """
        <div class="notice" role="status">
          <h2>\(heading)</h2>
          \(created.map { created -> HTML in "<p>Nieuw: \(created)</p>" })
          \(changed.map { changed -> HTML in "<p>Gewijzigd: \(changed)</p>" })
          \(when: mayImportNow, "<p>Dit was een proefimport. Kies het bestand opnieuw en zet het vinkje ‘Alleen controleren’ uit om het echt te importeren.</p>")
        </div>
        """
    }

    private var form: HTML {
        """
        <form class="form" method="post" action="\(SiteRoute.importCollaborations)" enctype="multipart/form-data">
          \(HTML.csrfField(csrf))
          <div class="form__field">
            <label for="veld-bestand">Bestand (CSV of JSON)</label>
            <p class="form__hint" id="hint-bestand">Tip: download eerst de <a href="\(SiteRoute.registerCSV())">CSV</a> of <a href="\(SiteRoute.registerJSON())">JSON</a> van het register als voorbeeld.</p>
            <input type="file" id="veld-bestand" name="bestand" accept=".csv,.json,text/csv,application/json" aria-describedby="hint-bestand" required>
          </div>
          <div class="form__field">
            <input type="checkbox" id="veld-proef" name="proef" value="ja"\(when: dryRun, " checked")> <label for="veld-proef">Alleen controleren (proefimport, er wordt niets opgeslagen)</label>
          </div>
          <button type="submit" class="button">Importeren</button>
        </form>
        """
    }
}
