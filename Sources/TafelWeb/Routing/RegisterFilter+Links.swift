import Hummingbird
import TafelCore

extension RegisterFilter {
    /// The register's filters from a page's query string; every invalid one is named.
    static func parse(_ request: Request) throws -> RegisterFilter {
        let raw = request.uri.queryParameters
        return try RegisterFilter.parse { key in raw[Substring(key)].map { String($0) } }
    }

    /// The same filter with one key set to a code (a facet link) or cleared (nil: the
    /// "remove" link of an active filter), back on the first page.
    func replacing(_ key: String, with code: String?) -> RegisterFilter {
        var changed = self
        changed.page = PageRequest()
        switch key {
        case "gemeente": changed.municipality = code
        case "opgave": changed.task = code
        case "vorm": changed.form = code.flatMap(CollaborationForm.init(rawValue:))
        case "status": changed.status = code.flatMap(CollaborationStatus.init(rawValue:))
        case "rolProvincie": changed.provinceRole = code.flatMap(ProvinceRole.init(rawValue:))
        case "domein": changed.domain = code
        case "q": changed.search = code.flatMap { try? SearchText.parse($0) }
        case "vanaf": changed.from = code.flatMap(PartialDate.init(iso:))
        case "tot": changed.until = code.flatMap(PartialDate.init(iso:))
        case "gearchiveerd": changed.archived = code.flatMap(Archived.init(rawValue:)) ?? .nee
        case "sorteer": changed.sort = code.flatMap(Sort.init(rawValue:)) ?? .naam
        default: break
        }
        return changed
    }
}
