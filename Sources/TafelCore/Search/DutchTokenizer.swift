import Foundation

/// Splits Dutch text into the words a search indexes and asks for: case and diacritics folded
/// (Kenniscafé = kenniscafe), words that a line end or a reflowed scan broke with a hyphen joined
/// again ("ge-\nsprek", "kli- maatcontracten"), letters and digits that a scan glued together
/// parted ("maart2012"), and the plural "auto's" as one word. Each token keeps where it stands in
/// the text, for a snippet that marks it.
public enum DutchTokenizer {
    public struct Token: Sendable, Hashable {
        /// Folded: lower case, without diacritics.
        public let word: String
        /// Where it stands in the text it came from (a joined word spans its hyphen and break).
        public let range: Range<String.Index>
    }

    /// After "noord- en zuid" the hyphen stands for a word left out, not a broken one.
    static let conjunctions: Set<String> = ["en", "of", "tot", "t/m", "als", "noch"]

    public static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard isWordCharacter(text[index]) else { index = text.index(after: index); continue }
            var (end, word) = run(text, from: index)
            // Join a word broken by a hyphen at a line end, or by a hyphen and a space that a
            // reflowed scan left, when a lower-case letter follows and it is not "noord- en".
            while let (nextStart, afterBreak) = brokenContinuation(text, after: end) {
                let (nextEnd, next) = run(text, from: nextStart)
                if !afterBreak, conjunctions.contains(next) { break }
                word += next
                end = nextEnd
            }
            tokens.append(contentsOf: split(word, range: index..<end))
            index = end
        }
        return tokens
    }

    /// The stems of the words of `text`, in order: what the index holds and a query looks up.
    public static func stems(_ text: String) -> [String] {
        var cache: [String: String] = [:]
        return stems(text, cache: &cache)
    }

    /// The same, remembering each word's stem in `cache`: a text repeats its words, and an index
    /// built of many texts repeats them more.
    public static func stems(_ text: String, cache: inout [String: String]) -> [String] {
        tokens(text).map { DutchStemmer.stem($0.word, cache: &cache) }
    }

    /// Lower case without diacritics ("é" → "e", "ï" → "i"). Each character is decomposed on its
    /// own: Foundation's normalization of a whole string grows with the square of a long run of
    /// accented letters, and only the marks it parts off are dropped, so their order never counts.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var folded = String.UnicodeScalarView()
        var decomposed: [Unicode.Scalar: String.UnicodeScalarView] = [:]
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII { folded.append(scalar); continue }
            if let known = decomposed[scalar] { folded.append(contentsOf: known); continue }
            var parts = String.UnicodeScalarView()
            for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            where part.properties.generalCategory != .nonspacingMark {
                parts.append(part)
            }
            decomposed[scalar] = parts
            folded.append(contentsOf: parts)
        }
        return String(folded)
    }

    static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }

    /// The letters and digits from `start`, folded, with an apostrophe before a final "s" (auto's) kept out.
    private static func run(_ text: String, from start: String.Index) -> (String.Index, String) {
        var end = start
        var word = ""
        while end < text.endIndex {
            let c = text[end]
            if isWordCharacter(c) {
                word.append(c)
                end = text.index(after: end)
            } else if c == "'" || c == "’", !word.isEmpty, text.index(after: end) < text.endIndex, text[text.index(after: end)] == "s",
                      endsWord(text, at: text.index(end, offsetBy: 2)) {
                end = text.index(after: end)
            } else {
                break
            }
        }
        return (end, fold(word))
    }

    private static func endsWord(_ text: String, at index: String.Index) -> Bool {
        index >= text.endIndex || !isWordCharacter(text[index])
    }

    /// When a hyphen right after the word is followed by a line break (or by spaces) and then a
    /// lower-case letter: where that letter stands, and whether a line break came between.
    private static func brokenContinuation(_ text: String, after end: String.Index) -> (String.Index, Bool)? {
        guard end < text.endIndex, text[end] == "-" else { return nil }
        var index = text.index(after: end)
        var sawBreak = false
        var sawSpace = false
        while index < text.endIndex, text[index].isWhitespace {
            if text[index].isNewline { sawBreak = true } else { sawSpace = true }
            index = text.index(after: index)
        }
        guard sawBreak || sawSpace, index < text.endIndex, text[index].isLetter, text[index].isLowercase else { return nil }
        return (index, sawBreak)
    }

    /// "maart2012" as "maart" and "2012"; a word of letters or of digits as it is.
    private static func split(_ word: String, range: Range<String.Index>) -> [Token] {
        var parts: [String] = []
        var current = ""
        for c in word {
            if let last = current.last, last.isNumber != c.isNumber {
                parts.append(current)
                current = ""
            }
            current.append(c)
        }
        if !current.isEmpty { parts.append(current) }
        return parts.map { Token(word: $0, range: range) }
    }
}
