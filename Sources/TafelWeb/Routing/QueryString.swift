import Foundation
import TafelCore
import TafelStore

/// The one printer of query strings: every value percent-encoded the same way.
enum QueryString {
    /// `?a=1&b=x%26y`, or "" for no items.
    static func print(_ items: [(String, String)]) -> String {
        items.isEmpty ? "" : "?" + items.map { "\($0.0)=\(encode($0.1))" }.joined(separator: "&")
    }

    /// A query value percent-encoded; the character set is made once (building it took 6 % of a cached answer).
    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: valueCharacters) ?? text
    }

    private static let valueCharacters = CharacterSet.urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+?#"))
}

extension PageRequest {
    /// `page` and `pageSize` as a link writes them: defaults left out.
    var queryItems: [(String, String)] {
        var items: [(String, String)] = []
        if size != PageRequest.defaultSize { items.append(("pageSize", "\(size)")) }
        if page > 1 { items.append(("page", "\(page)")) }
        return items
    }

    /// `page` and `pageSize`, both, whatever their values.
    var explicitQueryItems: [(String, String)] { [("page", "\(page)"), ("pageSize", "\(size)")] }
}

extension Catalog.ListQuery {
    /// The filters as a link writes them (paging apart).
    var queryItems: [(String, String)] {
        var items: [(String, String)] = []
        if let search { items.append(("q", search.text)) }
        if let kind { items.append(("soort", kind)) }
        if let agenda { items.append(("agenda", agenda)) }
        return items
    }
}
