import Foundation
import TafelCore
import TafelStore

/// The register: filters with facet counts, the results, paging and export links.
struct RegisterPage: Sendable {
    typealias Option = ListPage.Option

    struct Select: Sendable {
        let key: String
        let label: String
        let options: [Option]
    }

    struct ActiveFilter: Sendable {
        let label: String
        let removeHref: SiteRoute
    }

    struct Row: Sendable {
        let name: String
        let href: SiteRoute
        let shortName: String?
        let form: String
        let status: String
        let period: String
        let participants: Int
        let levelLabel: String?
    }

    let shell: Shell
    let selects: [Select]
    let query: String
    let from: String
    let until: String
    let domain: String
    let facets: [FacetGroup]
    let active: [ActiveFilter]
    let hasActive: Bool
    let resultText: String
    let rows: [Row]
    let hasRows: Bool
    let previous: SiteRoute?
    let next: SiteRoute?
    let pageText: String
    let csvHref: SiteRoute
    let jsonHref: SiteRoute
    let apiHref: SiteRoute
    let addHref: SiteRoute?
    let importHref: SiteRoute?
    /// The filters that could not be read, shown at their fields; the register shows what the others select.
    let problems: [FieldProblem]

    /// `typed` holds what was typed in the fields that have a problem, so that it stays in the form.
    init(filter: RegisterFilter, result: RegisterResult, municipalities: [Catalog.Choice], tasks: [Catalog.Choice], mayEdit: Bool,
         problems: [FieldProblem] = [], typed: [String: String] = [:]) {
        shell = Shell(title: "Samenwerkingen", section: .collaboration)
        self.problems = problems
        func option(_ value: String, _ label: String, _ selected: String?) -> Option {
            Option(value: value, label: label, selected: value == selected)
        }
        func vocabularySelect<V: Vocabulary>(_ key: String, _ label: String, _ type: V.Type, _ selected: V?) -> Select {
            Select(key: key, label: label, options: [option("", "Alle", nil)] + V.allCases.map { option($0.rawValue, $0.label, selected?.rawValue) })
        }
        let selectedMunicipality = filter.municipality.map { value in
            municipalities.first { $0.id == value || $0.code == CBSCode.normalised(value) }?.id ?? value
        }
        selects = [
            Select(key: "gemeente", label: "Gemeente",
                   options: [option("", "Alle", nil)] + municipalities.map { option($0.id, $0.name, selectedMunicipality) }),
            Select(key: "opgave", label: "Opgave", options: [option("", "Alle", nil)] + tasks.map { option($0.id, $0.name, filter.task) }),
            vocabularySelect("vorm", "Vorm", CollaborationForm.self, filter.form),
            vocabularySelect("status", "Status", CollaborationStatus.self, filter.status),
            vocabularySelect("rolProvincie", "Rol van de provincie", ProvinceRole.self, filter.provinceRole),
            Select(key: "sorteer", label: "Sorteren op",
                   options: RegisterFilter.Sort.allCases.map { option($0.rawValue, $0.label, filter.sort.rawValue) }),
        ]
        query = typed["q"] ?? filter.search?.text ?? ""
        from = typed["vanaf"] ?? filter.from?.iso ?? ""
        until = typed["tot"] ?? filter.until?.iso ?? ""
        domain = typed["domein"] ?? filter.domain ?? ""

        let base = filter.queryItems
        facets = result.facets.map { facet in
            FacetGroup(label: Self.label(of: facet.dimension), links: facet.values.map { value in
                let selected = base.contains { $0.0 == facet.key && $0.1 == value.code }
                return FacetLink(label: Self.label(of: value.code, in: facet.dimension), count: value.count,
                                 href: .register(filter.replacing(facet.key, with: selected ? nil : value.code)), selected: selected)
            })
        }
        let names = Dictionary(uniqueKeysWithValues: municipalities.map { ($0.id, $0.name) })
        let taskNames = Dictionary(uniqueKeysWithValues: tasks.map { ($0.id, $0.name) })
        active = base.filter { $0.0 != "sorteer" }.map { key, value in
            let shown: String = switch key {
            case "gemeente": "Gemeente: " + (selectedMunicipality.flatMap { names[$0] } ?? value)
            case "opgave": "Opgave: " + (taskNames[value] ?? value)
            case "vorm": "Vorm: " + (CollaborationForm(rawValue: value)?.label ?? value)
            case "status": "Status: " + (CollaborationStatus(rawValue: value)?.label ?? value)
            case "rolProvincie": "Rol provincie: " + (ProvinceRole(rawValue: value)?.label ?? value)
            case "domein": "Domein: " + value
            case "vanaf": "Vanaf " + value
            case "tot": "Tot en met " + value
            case "q": "Zoekwoord: " + value
            case "gearchiveerd": value == "ja" ? "Alleen gearchiveerd" : "Ook gearchiveerd"
            default: "\(key): \(value)"
            }
            return ActiveFilter(label: shown, removeHref: .register(filter.replacing(key, with: nil)))
        }
        hasActive = !active.isEmpty
        let page = result.page
        let noun = page.total == 1 ? "samenwerking" : "samenwerkingen"
        resultText = (filter.isNarrowed ? "\(page.total) \(noun) gevonden" : "\(page.total) \(noun)")
            + (problems.isEmpty ? "" : " met de filters die wel te lezen zijn")
        rows = page.items.map { entry in
            let c = entry.collaboration
            // "Interbestuurlijk Programma (IBP)" already names its short name.
            let shortName = c.shortName.flatMap { c.name.contains($0) ? nil : $0 }
            return Row(name: c.name, href: .record(.collaboration, c.id), shortName: shortName,
                       form: [c.form?.label, c.wgrForm.map { "(\($0.label.lowercased()))" }].compactMap { $0 }.joined(separator: " "),
                       status: c.status?.label ?? "", period: c.periodText ?? "", participants: entry.participantCount,
                       levelLabel: c.meta.confidentiality == .openbaar ? nil : c.meta.confidentiality.label)
        }
        hasRows = !rows.isEmpty
        func pageHref(_ number: Int) -> SiteRoute { .register(filter.onPage(number)) }
        previous = page.hasPrevious ? pageHref(page.request.page - 1) : nil
        next = page.hasNext ? pageHref(page.request.page + 1) : nil
        pageText = "Pagina \(page.request.page) van \(page.pageCount)"
        var unpaged = filter
        unpaged.page = PageRequest()
        csvHref = .registerCSV(unpaged)
        jsonHref = .registerJSON(unpaged)
        apiHref = .apiRegister(unpaged)
        addHref = mayEdit ? .newCollaboration : nil
        importHref = mayEdit ? .importCollaborations : nil
    }

    static func label(of dimension: Facet.Dimension) -> String {
        switch dimension {
        case .form: "Vorm"
        case .status: "Status"
        case .provinceRole: "Rol van de provincie"
        case .domain: "Domein"
        }
    }

    /// A facet value's label: the vocabulary's, a domain as it is written.
    static func label(of code: String, in dimension: Facet.Dimension) -> String {
        switch dimension {
        case .form: CollaborationForm(rawValue: code)?.label ?? code
        case .status: CollaborationStatus(rawValue: code)?.label ?? code
        case .provinceRole: ProvinceRole(rawValue: code)?.label ?? code
        case .domain: code
        }
    }
}

extension RegisterPage {
    /// The message for a filter field, if it could not be read.
    func problem(_ key: String) -> String? {
        let messages = problems.filter { $0.field == key }.map(\.message)
        return messages.isEmpty ? nil : messages.joined(separator: " ")
    }
}
