/// Signing in (was `inloggen.mustache`).
extension SignInPages.SignInModel: PageView {
    var main: HTML {
        """
        <h1>Inloggen</h1>
        <p class="lead">Voor medewerkers en bestuurders van de deelnemende overheden. Alles wat openbaar is, kunt u zonder inloggen lezen.</p>
        \(message.map { message -> HTML in "<div class=\"notice notice--error\" role=\"alert\"><p>\(message)</p></div>" })
        \(form)
        <p>Geen account of wachtwoord vergeten? Vraag het de beheerder van Tafel in uw organisatie.</p>
        """
    }

    private var form: HTML {
        """
        <form class="form" method="post" action="\(SiteRoute.signIn())">
          \(HTML.csrfField(csrf))
          <input type="hidden" name="terug" value="\(back)">
          <div class="form__field">
            <label for="email">E-mailadres</label>
            <input type="email" id="email" name="email" value="\(email)" autocomplete="username" required maxlength="254">
          </div>
          <div class="form__field">
            <label for="wachtwoord">Wachtwoord</label>
            <input type="password" id="wachtwoord" name="wachtwoord" autocomplete="current-password" required maxlength="72">
          </div>
          <button type="submit" class="button">Inloggen</button>
        </form>
        """
    }
}
