/// A failure, with the fields that were wrong (was `fout.mustache`).
extension ErrorPage: PageView {
    var main: HTML {
        """
        <h1>\(heading)</h1>
        <p class="lead">\(detail)</p>
        \(when: hasFields, HTML.errorList(fields))
        <p>Foutcode \(status). Ga naar <a href="\(SiteRoute.home)">het overzicht</a> of gebruik het menu hierboven.</p>
        """
    }
}
