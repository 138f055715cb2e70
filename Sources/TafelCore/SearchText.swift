import Foundation

/// A free-text filter (`q`) as typed by a person: trimmed, at most 200 characters, and read as a
/// search (`SearchQuery`): the same words find the same records in every list and in `/zoeken`.
public struct SearchText: Sendable, Hashable {
    public static let maximumLength = 200
    public let text: String
    public let query: SearchQuery

    /// Returns `nil` for an absent or blank filter; throws for one that is too long or that
    /// asks for nothing but exclusions.
    public static func parse(_ raw: String?) throws(ValidationFailure) -> SearchText? {
        guard let trimmed = raw?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else {
            return nil
        }
        guard trimmed.count <= maximumLength else {
            throw ValidationFailure(field: "q", code: "te_lang",
                                    message: "q mag hoogstens \(maximumLength) tekens lang zijn; ontvangen: \(trimmed.count) tekens.")
        }
        return SearchText(text: trimmed, query: try SearchQuery.parse(trimmed))
    }
}
