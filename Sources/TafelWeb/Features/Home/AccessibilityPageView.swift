/// The accessibility statement (was `toegankelijkheid.mustache`).
extension AccessibilityPage.Model: PageView {
    var main: HTML {
        """
        <h1>Toegankelijkheidsverklaring</h1>
        <p class="lead">Tafel wil voor iedereen bruikbaar zijn, ook voor mensen die een schermlezer, vergroting of alleen een toetsenbord gebruiken.</p>

        <section aria-labelledby="norm">
          <h2 id="norm">Welke norm</h2>
          <p>Overheidswebsites moeten voldoen aan het Besluit digitale toegankelijkheid overheid. Dat verwijst naar de Europese norm EN 301 549, die gelijk is aan de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau A en AA. Tafel is gebouwd om aan die eisen te voldoen.</p>
        </section>

        \(measures)

        <section aria-labelledby="beperkingen">
          <h2 id="beperkingen">Bekende beperkingen</h2>
          <p>De teksten van oudere documenten zijn overgenomen zoals ze zijn aangeleverd; door het inscannen kunnen er tikfouten in staan. Wij verbeteren die niet, omdat de tekst de bron van de gegevens is.</p>
        </section>

        <section aria-labelledby="contact">
          <h2 id="contact">Iets werkt niet?</h2>
          <p>Loopt u tegen een probleem aan, of wilt u een document in een andere vorm? Neem contact op met de beheerder van deze Tafel. Wij reageren binnen vijf werkdagen.</p>
        </section>
        """
    }

    private var measures: HTML {
        """
        <section aria-labelledby="maatregelen">
          <h2 id="maatregelen">Wat we doen</h2>
          <ul>
            <li>Alle pagina's werken zonder JavaScript en met alleen een toetsenbord; de eerste tab brengt u naar de link ‘Naar de inhoud’.</li>
            <li>Pagina's gebruiken koppen, lijsten, tabellen met kopcellen en oriëntatiepunten (kop, navigatie, inhoud, voettekst), zodat hulpsoftware de structuur kan volgen.</li>
            <li>Tekst is minstens 16 pixels groot, vergroot mee tot 200% en heeft voldoende contrast; de focus is altijd zichtbaar.</li>
            <li>Elke wijziging wordt automatisch getoetst met axe-core in een echte browser op de regels van WCAG 2.1 A en AA.</li>
            <li>Alle gegevens zijn ook beschikbaar als open data via de <a href="\(SiteRoute.apiContract)">API</a>.</li>
          </ul>
        </section>
        """
    }
}
