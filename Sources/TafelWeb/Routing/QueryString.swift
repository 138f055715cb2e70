import Foundation
import TafelCore
import TafelStore

/// The one printer of query strings: every value percent-encoded the same way.
enum QueryString {
    /// `?a=1&b=x%26y`, or "" for no items.
    static func print(_ items: [(String, String)]) -> String {
        guard !items.isEmpty else { return "" }
        var query = "?"
        query.reserveCapacity(items.count * 24)
        for (index, item) in items.enumerated() {
            if index > 0 { query += "&" }
            query += item.0
            query += "="
            query += encode(item.1)
        }
        return query
    }

    /// A query value percent-encoded as Foundation's `addingPercentEncoding` does with
    /// `urlQueryAllowed` less `&=+?#` (UTF-8 bytes, upper-case hex), without Foundation's
    /// character sets: the register's facet links print some fifty of these per page.
    static func encode(_ text: String) -> String {
        if text.utf8.allSatisfy(isAllowed) { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count * 3)
        for byte in text.utf8 {
            if isAllowed(byte) {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// RFC 3986's unreserved characters and the sub-delimiters a query value may hold as they are.
    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "!"), UInt8(ascii: "$"),
             UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: ","), UInt8(ascii: ";"),
             UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "/"):
            true
        default:
            false
        }
    }
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
        if let body { items.append(("gremium", body)) }
        if let organisation { items.append(("organisatie", organisation)) }
        if let from { items.append(("vanaf", from.iso)) }
        if let until { items.append(("tot", until.iso)) }
        return items
    }
}
