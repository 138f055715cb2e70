import Synchronization

/// The column a coding key reads (`startDate` → `start_date`), worked out once per key name:
/// SQLKit's own `convertFromSnakeCase` converts the name again for every column of every row,
/// which was a quarter of the cost of a register page.
final class SnakeCaseColumns: Sendable {
    static let shared = SnakeCaseColumns()

    private let known = Mutex<[String: Column]>([:])

    struct Column: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func column(for key: any CodingKey) -> any CodingKey {
        let name = key.stringValue
        if let column = known.withLock({ $0[name] }) { return column }
        let column = Column(stringValue: Self.snakeCase(name))
        known.withLock { $0[name] = column }
        return column
    }

    /// Exactly as SQLKit's `convertedToSnakeCase` (after Foundation's JSONEncoder): words start at
    /// a capital, a run of capitals is one word, and only each word's first letter is lowered
    /// (`cbsCode` → `cbs_code`, `tooiURI` → `tooi_uRI`).
    static func snakeCase(_ name: String) -> String {
        guard !name.isEmpty else { return name }
        var words: [Range<String.Index>] = []
        var wordStart = name.startIndex, searchIndex = name.index(after: wordStart)
        while let upper = name[searchIndex...].firstIndex(where: \.isUppercase) {
            words.append(wordStart..<upper)
            wordStart = upper
            guard let lower = name[upper...].firstIndex(where: \.isLowercase) else { break }
            searchIndex = lower
            if lower != name.index(after: upper) {
                let beforeLower = name.index(before: lower)
                words.append(upper..<beforeLower)
                wordStart = beforeLower
            }
        }
        words.append(wordStart..<name.endIndex)
        return words.map { word in
            let text = name[word]
            return text.isEmpty ? "" : text.prefix(1).lowercased() + text.dropFirst()
        }.joined(separator: "_")
    }
}
