import Foundation

/// The register's filters, shared by the web list, the API collection and the exports:
/// the same keys everywhere (`gemeente`, `opgave`, `vorm`, `status`, `rolProvincie`,
/// `domein`, `vanaf`, `tot`, `q`, plus `gearchiveerd`, `sorteer`, `page`, `pageSize`).
public struct RegisterFilter: PagedQuery, Hashable {
    public enum Archived: String, Sendable, CaseIterable {
        case nee, ja, alle
    }

    public enum Sort: String, Sendable, CaseIterable {
        case naam
        case naamAflopend = "-naam"
        case startdatum
        case startdatumAflopend = "-startdatum"
        case gewijzigd
        case gewijzigdAflopend = "-gewijzigd"

        public var label: String {
            switch self {
            case .naam: "Naam (A–Z)"
            case .naamAflopend: "Naam (Z–A)"
            case .startdatum: "Startdatum (oudste eerst)"
            case .startdatumAflopend: "Startdatum (nieuwste eerst)"
            case .gewijzigd: "Laatst gewijzigd (oudste eerst)"
            case .gewijzigdAflopend: "Laatst gewijzigd (nieuwste eerst)"
            }
        }
    }

    /// A municipality (or any organisation) by id, or a municipality by CBS code (`GM0106` or `0106`)
    /// or, before `resolvingMunicipalityName`, by name.
    public var municipality: String?
    public var task: String?
    public var form: CollaborationForm?
    public var status: CollaborationStatus?
    public var provinceRole: ProvinceRole?
    public var domain: String?
    /// The period a collaboration must overlap: it ran on some day from `from` up to and including `until`.
    public var from: PartialDate?
    public var until: PartialDate?
    public var search: SearchText?
    public var archived: Archived
    public var sort: Sort
    public var page: PageRequest

    public init(municipality: String? = nil, task: String? = nil, form: CollaborationForm? = nil,
                status: CollaborationStatus? = nil, provinceRole: ProvinceRole? = nil, domain: String? = nil,
                from: PartialDate? = nil, until: PartialDate? = nil, search: SearchText? = nil,
                archived: Archived = .nee, sort: Sort = .naam, page: PageRequest = PageRequest()) {
        self.municipality = municipality; self.task = task; self.form = form; self.status = status
        self.provinceRole = provinceRole; self.domain = domain; self.from = from; self.until = until
        self.search = search; self.archived = archived; self.sort = sort; self.page = page
    }

    /// The keys this filter reads, in the order links write them.
    public static let keys = ["gemeente", "opgave", "vorm", "status", "rolProvincie", "domein", "vanaf", "tot", "q",
                              "gearchiveerd", "sorteer"]

    /// What a reader may type for a municipality: a name ("Assen", "De Wolden", "Súdwest-Fryslân",
    /// "'s-Hertogenbosch"): letters with spaces, hyphens, apostrophes and dots. The web layer
    /// turns it into the municipality's id.
    public static func isMunicipalityName(_ text: String) -> Bool {
        text.contains(where: \.isLetter) && text.allSatisfy { $0.isLetter || " -'’.".contains($0) }
    }

    /// Reads raw query values; names every invalid one in Dutch.
    public static func parse(_ value: (String) -> String?) throws(ValidationFailure) -> RegisterFilter {
        var check = FieldChecker()
        var filter = RegisterFilter()
        if let raw = check.line(value("gemeente"), "gemeente", limit: Slug.maximumLength) {
            if CBSCode.normalised(raw) != nil || Slug.isValid(raw) || Self.isMunicipalityName(raw) {
                filter.municipality = raw
            } else {
                check.problem("gemeente", "gemeente ‘\(raw)’ is geen naam van een gemeente, geen CBS-code (zoals GM0106) en geen geldige id.")
            }
        }
        filter.task = check.id(value("opgave"), "opgave")
        filter.form = check.code(value("vorm"), "vorm", CollaborationForm.self)
        filter.status = check.code(value("status"), "status", CollaborationStatus.self)
        filter.provinceRole = check.code(value("rolProvincie"), "rolProvincie", ProvinceRole.self)
        filter.domain = check.line(value("domein"), "domein", limit: 100)?.lowercased()
        (filter.from, filter.until) = check.period(from: value("vanaf"), until: value("tot"))
        do throws(ValidationFailure) {
            filter.search = try SearchText.parse(value("q"))
            filter.page = try PageRequest.parse(page: value("page"), size: value("pageSize"))
        } catch {
            for problem in error.problems { check.problem(problem.field, problem.message, code: problem.code) }
        }
        if let raw = check.line(value("gearchiveerd"), "gearchiveerd") {
            if let archived = Archived(rawValue: raw) { filter.archived = archived } else {
                check.problem("gearchiveerd", "gearchiveerd ‘\(raw)’ bestaat niet; kies uit: nee, ja, alle.")
            }
        }
        if let raw = check.line(value("sorteer"), "sorteer") {
            if let sort = Sort(rawValue: raw) { filter.sort = sort } else {
                check.problem("sorteer", "sorteer ‘\(raw)’ bestaat niet; kies uit: \(Sort.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
        }
        try check.finish()
        return filter
    }

    /// The filter as query items (defaults left out, paging too): for links and exports.
    public var queryItems: [(String, String)] {
        var items: [(String, String)] = []
        func add(_ key: String, _ value: String?) { if let value, !value.isEmpty { items.append((key, value)) } }
        add("gemeente", municipality); add("opgave", task); add("vorm", form?.rawValue); add("status", status?.rawValue)
        add("rolProvincie", provinceRole?.rawValue); add("domein", domain); add("vanaf", from?.iso); add("tot", until?.iso)
        add("q", search?.text)
        if archived != .nee { add("gearchiveerd", archived.rawValue) }
        if sort != .naam { add("sorteer", sort.rawValue) }
        return items
    }

    /// Whether any narrowing filter is set (sorting and paging aside).
    public var isNarrowed: Bool { queryItems.contains { $0.0 != "sorteer" } }
}

extension PartialDate {
    /// The last day this date can mean, as sortable text: `2012` → `2012-99-99`.
    public var upperBound: String { (iso + "-99-99").prefix(10).description }
}

/// CBS municipality codes: `GM` and four digits.
public enum CBSCode {
    /// `GM0106` for `GM0106`, `gm0106` or `0106`; nil for anything else.
    public static func normalised(_ text: String) -> String? {
        let upper = text.uppercased()
        let digits = upper.hasPrefix("GM") ? String(upper.dropFirst(2)) : upper
        guard digits.count == 4, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return "GM" + digits
    }
}
