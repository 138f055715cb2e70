/// Any record's page (was `detail.mustache`).
extension DetailPage: PageView {
    var main: HTML {
        """
        <p class="kind">\(kindLabel)</p>
        <h1>\(heading)</h1>
        \(levelLabel.map(Self.levelNotice))
        \(notice.map { notice -> HTML in "<p class=\"notice\" role=\"status\">\(notice)</p>" })
        \(editHref.map { href -> HTML in actions(editHref: href) })
        \(lead.map { lead -> HTML in "<p class=\"lead\">\(lead)</p>" })

        \(when: hasFacts, factList)
        \(each: links, Self.linkLine)
        \(figure.map(HTML.init(trusted:)))

        \(each: sections, Self.sectionHTML)

        \(text.map(Self.textSection))

        \(when: hasSources, sourceList)

        <p class="meta record-meta">Laatst bijgewerkt op \(updated). <a href="\(historyHref)">Geschiedenis</a> · <a href="\(apiHref)">Deze gegevens als JSON</a>.</p>
        """
    }

    private static func levelNotice(_ label: String) -> HTML {
        "<p><span class=\"badge\">\(label)</span> Niet openbaar: alleen zichtbaar voor wie daartoe bevoegd is.</p>"
    }

    /// Editing, the button that posts (archive, restore) and the way to removal, where there are.
    private func actions(editHref: SiteRoute) -> HTML {
        "<div class=\"record-actions\"><a class=\"button\" href=\"\(editHref)\">Bewerken</a>\(postAction.map(Self.postForm))\(deleteHref.map { href -> HTML in " <a class=\"button button--secondary\" href=\"\(href)\">Verwijderen</a>" })</div>"
    }

    private static func postForm(_ action: PostAction) -> HTML {
        """

          <form method="post" action="\(action.href)" class="inline-form">\(HTML.csrfField(action.csrf))<input type="hidden" name="versie" value="\(action.version)"><button type="submit" class="button button--secondary">\(action.label)</button></form>
        """
    }

    private var factList: HTML {
        """
        <dl class="facts">
          \(each: facts, Self.factRow)
        </dl>
        """
    }

    private static func factRow(_ fact: Fact) -> HTML {
        "<div class=\"facts__row\"><dt>\(fact.label)</dt><dd>\(fact.externalHref == nil ? HTML.link(fact.value, href: fact.href) : HTML.link(fact.value, external: fact.externalHref))</dd></div>\n"
    }

    private static func linkLine(_ link: Crumb) -> HTML {
        "<p><a href=\"\(link.href)\">\(link.label)</a></p>"
    }

    private static func sectionHTML(_ section: Section) -> HTML {
        """
        <section aria-labelledby="\(section.anchor)">
          <h2 id="\(section.anchor)">\(section.heading) <span class="count">(\(section.count))</span></h2>
          \(section.table?.html)
          \(when: section.hasItems, Item.list(section.items))
        </section>

        """
    }

    private static func textSection(_ text: HTML) -> HTML {
        """
        <section aria-labelledby="tekst">
          <h2 id="tekst">Tekst</h2>
          <div class="document-text">\(text)</div>
        </section>
        """
    }

    private var sourceList: HTML {
        """
        <section aria-labelledby="bronnen">
          <h2 id="bronnen">Bronnen</h2>
          <ul class="sources">
            \(each: sources, Self.sourceItem)
          </ul>
        </section>
        """
    }

    private static func sourceItem(_ source: SourceItem) -> HTML {
        let passage = source.passage.map { passage -> HTML in
            "<blockquote class=\"source__passage\"><p>\(passage)</p></blockquote>"
        }
        let document = source.document.map { document -> HTML in
            "<p class=\"source__document\">Uit: \(HTML.link(document, href: source.documentHref))</p>"
        }
        let reference = source.reference.map { reference -> HTML in
            "<p class=\"source__reference\">\(reference)</p>"
        }
        return "<li>\(passage)\(document)\(reference)</li>\n"
    }
}
