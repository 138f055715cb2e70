import Foundation

/// The id of a record in a URL: lowercase letters, digits and hyphens.
public enum Slug {
    public static let maximumLength = 120

    public static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.count <= maximumLength,
              isLowerAlnum(first)
        else { return false }
        return text.unicodeScalars.allSatisfy { isLowerAlnum($0) || $0 == "-" }
    }

    static func isLowerAlnum(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}

extension Slug {
    /// A slug made from a title: ASCII-folded, lowercased, runs of other characters as one hyphen.
    public static func make(from title: String, maximumLength: Int = 80) -> String {
        let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var slug = ""
        for scalar in folded.unicodeScalars {
            if isLowerAlnum(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug.append("-")
            }
            if slug.count >= maximumLength { break }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "document" : slug
    }
}
