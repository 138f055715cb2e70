import Mustache

// The view models a page repeats hundreds of times (the register's municipality and task
// options, its facet links and rows) answer the template's lookups directly: the default,
// reflection through Mirror, was half of the register page's cost. A name not listed here
// answers nil, so the template looks it up in the enclosing context, as with Mirror.

extension ListPage.Option: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "value": value
        case "label": label
        case "selected": selected
        default: nil
        }
    }
}

extension RegisterPage.FacetLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "count": count
        case "href": href
        case "selected": selected
        default: nil
        }
    }
}

extension RegisterPage.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "href": href
        case "shortName": shortName
        case "form": form
        case "status": status
        case "period": period
        case "participants": participants
        case "levelLabel": levelLabel
        default: nil
        }
    }
}
