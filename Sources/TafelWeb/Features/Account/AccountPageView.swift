/// The account page with the user's API tokens (was `account.mustache`).
extension SignInPages.AccountModel: PageView {
    var main: HTML {
        """
        <h1>Mijn account</h1>
        <dl class="facts">
          <div class="facts__row"><dt>Naam</dt><dd>\(name)</dd></div>
          <div class="facts__row"><dt>E-mailadres</dt><dd>\(email)</dd></div>
          <div class="facts__row"><dt>Rol</dt><dd>\(role)</dd></div>
          \(when: hasGroups, groupsRow)
        </dl>

        <h2 id="tokens">API-tokens</h2>
        <p>Met een API-token kan een programma namens u gegevens lezen en, als u redacteur bent, wijzigen via de <a href="\(SiteRoute.apiContract)">API</a>. Stuur het mee als <code>Authorization: Bearer &lt;token&gt;</code>. Een token geeft dezelfde rechten als uw account: bewaar het als een wachtwoord en trek het in als u het niet meer nodig hebt.</p>
        \(newToken.map(Self.newTokenNotice))
        \(when: hasTokens, tokenTable)
        \(tokenForm)
        """
    }

    private var groupsRow: HTML {
        let lines = HTML(joining: groups.map { group -> HTML in "\(group)<br>" })
        return "<div class=\"facts__row\"><dt>Lid van</dt><dd>\(lines)</dd></div>"
    }

    private static func newTokenNotice(_ token: String) -> HTML {
        """
        <div class="notice notice--success" role="status">
          <p><strong>Uw nieuwe token.</strong> Kopieer het nu: het wordt niet nog eens getoond.</p>
          <p><code id="nieuw-token" class="token">\(token)</code></p>
        </div>
        """
    }

    private var tokenTable: HTML {
        """
        <table class="data">
          <caption class="visually-hidden">Uw API-tokens</caption>
          <thead><tr><th scope="col">Naam</th><th scope="col">Begint met</th><th scope="col">Gemaakt</th><th scope="col">Laatst gebruikt</th><th scope="col"><span class="visually-hidden">Actie</span></th></tr></thead>
          <tbody>
            \(each: tokens, { token -> HTML in tokenRow(token) })
          </tbody>
        </table>
        """
    }

    private func tokenRow(_ token: TokenLine) -> HTML {
        let revoke = token.revokeHref.map { href -> HTML in revokeForm(href, token: token) }
        return """
        <tr><th scope="row">\(token.name)</th><td><code>\(token.prefix)</code></td><td>\(token.created)</td><td>\(token.lastUsed)</td><td>\(revoke)</td></tr>

        """
    }

    /// The model's own CSRF token: a token line has none of its own.
    private func revokeForm(_ href: SiteRoute, token: TokenLine) -> HTML {
        """
        <form method="post" action="\(href)">\(HTML.csrfField(csrf))<button type="submit" class="button button--secondary">Intrekken<span class="visually-hidden"> token \(token.name)</span></button></form>
        """
    }

    private var tokenForm: HTML {
        """
        <form class="form" method="post" action="\(SiteRoute.accountTokens)">
          \(HTML.csrfField(csrf))
          \(tokenError.map { error -> HTML in "<p class=\"errors\" id=\"naam-fout\">\(error)</p>" })
          <div class="form__field">
            <label for="token-naam">Naam van het nieuwe token</label>
            <input type="text" id="token-naam" name="naam" maxlength="100" required placeholder="bijvoorbeeld: koppeling zaaksysteem">
          </div>
          <button type="submit" class="button">Token maken</button>
        </form>
        """
    }
}
