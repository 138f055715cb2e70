import Foundation

/// A free-text filter (`q`) as typed by a person: trimmed, at most 200 characters.
public struct SearchText: Sendable, Hashable {
    public static let maximumLength = 200
    public let text: String

    /// Returns `nil` for an absent or blank filter; throws for one that is too long.
    public static func parse(_ raw: String?) throws(ValidationFailure) -> SearchText? {
        guard let trimmed = raw?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else {
            return nil
        }
        guard trimmed.count <= maximumLength else {
            throw ValidationFailure(field: "q", code: "te_lang",
                                    message: "q mag hoogstens \(maximumLength) tekens lang zijn; ontvangen: \(trimmed.count) tekens.")
        }
        return SearchText(text: trimmed)
    }

    /// The pattern for a case-insensitive `LIKE` match, with the wildcards of the
    /// text itself escaped (escape character `\`).
    public var likePattern: String {
        var escaped = ""
        for character in text.lowercased() {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return "%\(escaped)%"
    }
}
