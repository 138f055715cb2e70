/// The structure check: a date form, a summary, and per rule its verdict (in words and a
/// sign, never colour alone), its source and what breaks it where.
extension StructureCheckPage: PageView {
    var main: HTML {
        """
        <h1>Controle overlegstructuur</h1>
        <p class="lead">De overlegstructuur naast haar eigen regels: waar de gegevens in Tafel afwijken van hoe de structuur bedoeld is. Dat is informatie, geen foutmelding: vaak zegt de bron het niet, en dan staat het hier ook.</p>
        \(form)
        \(when: dateError == nil, results)
        """
    }

    private var form: HTML {
        let error = dateError.map { message -> HTML in "<p class=\"form__error\" id=\"datum-fout\">\(message)</p>" }
        return """
        <form class="filter" method="get" action="\(SiteRoute.structureCheck())">
          \(error.map { error -> HTML in "<div class=\"notice notice--error\" role=\"alert\"><p><a href=\"#datum\">\(dateError ?? "")</a></p></div>" })
          <div class="filter__field">
            <label for="datum">Datum van de controle</label>
            \(error)
            <input type="date" id="datum" name="datum" value="\(typedDate)"\(when: dateError != nil, " aria-invalid=\"true\" aria-describedby=\"datum-fout\"")>
          </div>
          \(body.map { body -> HTML in "<input type=\"hidden\" name=\"gremium\" value=\"\(body)\">" })
          <button type="submit" class="button">Controleren</button>
        </form>
        """
    }

    private var results: HTML {
        """
        <p class="result-count">\(summary)</p>
        <p class="meta">Regelset: \(ruleSetName).\(when: body != nil, " Alleen het gekozen gremium.")</p>
        \(each: rules, Self.ruleSection)
        """
    }

    private static func ruleSection(_ rule: Rule) -> HTML {
        let sign: HTML = rule.holds ? "<span aria-hidden=\"true\">✓</span>" : "<span aria-hidden=\"true\">✗</span>"
        let source = rule.passage.map { passage -> HTML in
            let document = rule.documentHref.map { href -> HTML in
                "<p class=\"source__document\">Bron: <a href=\"\(href)\">\(rule.documentName ?? "document")</a></p>"
            }
            return "<blockquote class=\"source__passage\"><p>\(passage)</p></blockquote>\(document)"
        }
        return """
        <section class="rule" aria-labelledby="regel-\(rule.id)">
          <h2 id="regel-\(rule.id)">\(rule.text)</h2>
          <p class="rule__verdict rule__verdict--\(rule.holds ? "gevolgd" : "niet-gevolgd")">\(sign) \(rule.verdict)</p>
          \(source)
          \(when: !rule.violations.isEmpty, violationList(rule.violations))
        </section>
        """
    }

    private static func violationList(_ violations: [Violation]) -> HTML {
        """
        <ul class="items">
          \(each: violations, { violation in
            """
            <li><a href="\(violation.bodyHref)">\(violation.bodyName)</a>: \(violation.message)\(when: !violation.facts.isEmpty, factList(violation.facts))</li>

            """
          })
        </ul>
        """
    }

    private static func factList(_ facts: [String]) -> HTML {
        "<ul>\(each: facts, { fact in "<li>\(fact)</li>" })</ul>"
    }
}
