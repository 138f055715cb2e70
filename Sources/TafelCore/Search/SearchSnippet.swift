/// The passage of a text that shows why it was found: the stretch of about `words` words with
/// the most different words of the query in it (then the most matches), with those words marked.
/// A text without a match gives its opening. Pure text: the web layer escapes and marks it.
public struct SearchSnippet: Sendable, Hashable {
    public struct Part: Sendable, Hashable {
        public let text: String
        public let isMatch: Bool

        public init(text: String, isMatch: Bool) {
            self.text = text
            self.isMatch = isMatch
        }
    }

    public let parts: [Part]
    public var isEmpty: Bool { parts.isEmpty }
    public var plainText: String { parts.map(\.text).joined() }

    public static let ellipsis = "…"

    public init(parts: [Part]) { self.parts = parts }

    /// How far into a text a snippet looks (in characters), as search engines' highlighters do
    /// (Solr's `hl.maxAnalyzedChars`): a match further on still finds the record, whose snippet
    /// is then its opening. A page of hits so costs the same for a report as for a letter.
    public static let analysedCharacters = 100_000

    public static func make(_ text: String, for query: SearchQuery, words: Int = 28) -> SearchSnippet {
        guard let limit = text.index(text.startIndex, offsetBy: analysedCharacters, limitedBy: text.endIndex),
              limit < text.endIndex else { return make(text, for: query, words: words, continues: false) }
        return make(String(text[..<limit]), for: query, words: words, continues: true)
    }

    /// `continues`: the text goes on after what was handed in.
    private static func make(_ text: String, for query: SearchQuery, words: Int, continues: Bool) -> SearchSnippet {
        // Tokens that share a range ("maart2012") are one word of the text, marked when either part is.
        let all = DutchTokenizer.tokens(text)
        let marks = query.marked(all.map(\.word))
        var tokens: [DutchTokenizer.Token] = []
        var matched: [Bool] = []
        for (index, token) in all.enumerated() {
            if tokens.last?.range == token.range {
                matched[matched.count - 1] = matched[matched.count - 1] || marks[index]
            } else {
                tokens.append(token)
                matched.append(marks[index])
            }
        }
        var cache: [String: String] = [:]
        guard !tokens.isEmpty else { return SearchSnippet(parts: []) }
        let window = min(words, tokens.count)
        var best = 0
        var bestScore = (distinct: 0, total: 0)
        if matched.contains(true) {
            for start in 0...(tokens.count - window) where start == 0 || matched[start] {
                let slice = start..<(start + window)
                let found = slice.filter { matched[$0] }
                let score = (distinct: Set(found.map { DutchStemmer.stem(tokens[$0].word, cache: &cache) }).count, total: found.count)
                if score.distinct > bestScore.distinct || (score.distinct == bestScore.distinct && score.total > bestScore.total) {
                    best = start
                    bestScore = score
                }
            }
            // Start a few words before the first match, for its context.
            best = max(0, min(best - 3, tokens.count - window))
        }
        let last = best + window - 1
        var parts: [Part] = []
        var cursor = best == 0 ? text.startIndex : tokens[best].range.lowerBound
        if best > 0 { parts.append(Part(text: ellipsis + " ", isMatch: false)) }
        for index in best...last where matched[index] {
            let range = tokens[index].range
            parts.append(Part(text: collapsed(text[cursor..<range.lowerBound]), isMatch: false))
            parts.append(Part(text: collapsed(text[range]), isMatch: true))
            cursor = range.upperBound
        }
        let end = last == tokens.count - 1 ? text.endIndex : tokens[last].range.upperBound
        parts.append(Part(text: collapsed(text[cursor..<end]), isMatch: false))
        if last < tokens.count - 1 || continues { parts.append(Part(text: " " + ellipsis, isMatch: false)) }
        return SearchSnippet(parts: merged(parts))
    }

    /// White space (line ends of a scan included) as single spaces; a word broken at a line end without its hyphen and break.
    private static func collapsed(_ text: Substring) -> String {
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            let next = text.index(after: index)
            if c == "-", next < text.endIndex, text[next].isNewline, let previous = result.last, previous.isLetter {
                index = next
                while index < text.endIndex, text[index].isWhitespace { index = text.index(after: index) }
                continue
            }
            if c.isWhitespace {
                if result.last != " " { result.append(" ") }
            } else {
                result.append(c)
            }
            index = next
        }
        return result
    }

    /// Neighbouring parts of the same sort as one, without white space at either end of the whole.
    private static func merged(_ parts: [Part]) -> [Part] {
        var result: [Part] = []
        for part in parts where !part.text.isEmpty {
            if let last = result.last, last.isMatch == part.isMatch {
                result[result.count - 1] = Part(text: last.text + part.text, isMatch: part.isMatch)
            } else {
                result.append(part)
            }
        }
        if let first = result.first, !first.isMatch {
            result[0] = Part(text: String(first.text.drop(while: \.isWhitespace)), isMatch: false)
        }
        if let last = result.last, !last.isMatch {
            result[result.count - 1] = Part(text: String(last.text.reversed().drop(while: \.isWhitespace).reversed()), isMatch: false)
        }
        return result.filter { !$0.text.isEmpty }
    }
}
