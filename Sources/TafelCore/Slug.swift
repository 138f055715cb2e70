/// The id of a record in a URL: lowercase letters, digits and hyphens.
public enum Slug {
    public static let maximumLength = 120

    public static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.count <= maximumLength,
              isLowerAlnum(first)
        else { return false }
        return text.unicodeScalars.allSatisfy { isLowerAlnum($0) || $0 == "-" }
    }

    private static func isLowerAlnum(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
