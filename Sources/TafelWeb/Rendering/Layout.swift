import TafelCore

/// The frame of every page: head, header with the main menu and the account corner,
/// breadcrumbs, the page's own content, footer.
enum Layout {
    static func page(_ page: some PageView, account: AccountBar, datasetNotice: String?) -> HTML {
        let shell = page.shell
        return """
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(shell.title) · Tafel</title>
        <link rel="stylesheet" href="\(SiteRoute.asset(.stylesheet))">
        <link rel="stylesheet" href="\(SiteRoute.asset(.printStylesheet))" media="print">
        </head>
        <body>
        <a class="skip-link" href="#inhoud">Naar de inhoud</a>
        \(header(shell, account: account))
        \(breadcrumbs(shell))
        <main id="inhoud" class="container" tabindex="-1">
        \(datasetNotice.map { notice -> HTML in "<p class=\"notice notice--synthetic\" role=\"note\"><strong>Let op:</strong> \(notice)</p>" })
        \(page.main)
        </main>
        \(footer)
        </body>
        </html>

        """
    }

    private static func header(_ shell: Shell, account: AccountBar) -> HTML {
        """
        <header class="site-header">
          <div class="container site-header__inner">
            <a class="brand" href="\(SiteRoute.home)"><span class="brand__name">Tafel</span> <span class="brand__tagline">samenwerking tussen overheden</span></a>
            <nav class="main-nav" aria-label="Hoofdmenu">
              <ul>
                \(each: shell.nav, { item -> HTML in
                    "<li><a href=\"\(item.href)\"\(when: item.current, " aria-current=\"page\"")>\(item.label)</a></li>\n"
                })
              </ul>
            </nav>
            <form class="site-search" method="get" action="\(SiteRoute.search())" role="search" aria-label="Zoeken in Tafel">
              <label class="visually-hidden" for="site-zoek">Zoeken in Tafel</label>
              <input type="search" id="site-zoek" name="q" maxlength="200" placeholder="Zoeken">
              <button type="submit" class="button button--secondary">Zoek</button>
            </form>
            <div class="account-bar">
              \(accountCorner(account))
            </div>
          </div>
        </header>
        """
    }

    private static func accountCorner(_ account: AccountBar) -> HTML {
        guard account.signedIn else { return "<a href=\"\(account.signIn)\">Inloggen</a>" }
        return """
        <a href="\(SiteRoute.account)">\(account.name)</a> <span>(\(account.role))</span>
              <form class="inline-form" method="post" action="\(SiteRoute.signOut)"><input type="hidden" name="csrf" value="\(account.csrf)"><button type="submit" class="link-button">Uitloggen</button></form>
        """
    }

    private static func breadcrumbs(_ shell: Shell) -> HTML? {
        guard !shell.breadcrumbs.isEmpty else { return nil }
        return """
        <nav class="breadcrumb container" aria-label="Kruimelpad">
          <ol>
            <li><a href="\(SiteRoute.home)">Overzicht</a></li>
            \(each: shell.breadcrumbs, { crumb -> HTML in "<li><a href=\"\(crumb.href)\">\(crumb.label)</a></li>" })
          </ol>
        </nav>
        """
    }

    private static let footer: HTML = """
        <footer class="site-footer">
          <div class="container site-footer__inner">
            <p>Tafel is open-source software voor interbestuurlijke samenwerking. De gegevens komen uit openbare documenten; elk feit noemt zijn bron.</p>
            <ul class="site-footer__links">
              <li><a href="\(SiteRoute.accessibility)">Toegankelijkheid</a></li>
              <li><a href="\(SiteRoute.apiContract)">Open data: API (OpenAPI)</a></li>
              <li><a href="\(SiteRoute.list(.document))">Bronnen</a></li>
            </ul>
          </div>
        </footer>
        """
}
