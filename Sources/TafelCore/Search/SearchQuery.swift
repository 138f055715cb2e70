/// A search as a person types it, read into what the index can answer: every word must match
/// (in any inflection: its stem), "a phrase" matches those words in that order, `OR` (or `OF`)
/// between two parts lets either match, `-word` or `-"a phrase"` leaves out what has it, and
/// `word*` matches every word that starts so. Case and diacritics do not count; a stop word
/// standing alone ("van", "de") is left out unless nothing else remains.
public struct SearchQuery: Sendable, Hashable {
    public enum Term: Sendable, Hashable {
        /// One stem.
        case word(String)
        /// A word starting with any of `beginnings` (the typed beginning, folded, and its stem),
        /// right after the stems `leading` ("noord-hol*": "noord", then a word starting "hol").
        case prefix(leading: [String], beginnings: [String])
        /// Stems in this order, next to each other.
        case phrase([String])
    }

    /// Every clause must match; a clause matches when any of its terms does.
    public let required: [[Term]]
    /// No term here may match.
    public let excluded: [Term]

    public var isEmpty: Bool { required.isEmpty }

    public static let shortestPrefix = 2

    /// Reads `text`. Throws for a query of exclusions only and for a prefix too short to mean
    /// anything; a query without any word (only punctuation) is empty, not an error.
    public static func parse(_ text: String) throws(ValidationFailure) -> SearchQuery {
        var clauses: [(terms: [Term], standaloneStopWord: Bool)] = []
        var excluded: [Term] = []
        var joinNext = false
        for piece in pieces(of: text) {
            if piece.isOperator {
                joinNext = !clauses.isEmpty
                continue
            }
            guard let term = try term(for: piece) else { continue }
            if piece.isExcluded {
                excluded.append(term)
                joinNext = false
            } else if joinNext, let last = clauses.popLast() {
                clauses.append((last.terms + [term], false))
                joinNext = false
            } else {
                let stopWord = !piece.isPhrase && !piece.isPrefix && DutchStopWords.all.contains(DutchTokenizer.fold(piece.text))
                clauses.append(([term], stopWord))
            }
        }
        let meaningful = clauses.filter { !$0.standaloneStopWord }
        let required = (meaningful.isEmpty ? clauses : meaningful).map { deduplicated($0.terms) }
        if required.isEmpty, !excluded.isEmpty {
            throw ValidationFailure(field: "q", code: "alleen_uitsluiting",
                                    message: "q sluit alleen woorden uit (-woord): noem ook een woord dat er wel in moet staan.")
        }
        return SearchQuery(required: deduplicated(required), excluded: deduplicated(excluded))
    }

    public init(required: [[Term]], excluded: [Term] = []) {
        self.required = required
        self.excluded = excluded
    }

    // MARK: - Marking

    /// Which words of a text (folded, in order) a snippet marks: each word the query looks for,
    /// and a phrase's words only where they stand together, in its order.
    public func marked(_ words: [String]) -> [Bool] {
        // The stemmer changes a word only from its fourth letter on (its region R1 starts there at
        // the earliest), but for a double vowel it undoubles anywhere ("maan" → "man"): a word whose
        // first three letters (so undoubled) no term starts with is never stemmed.
        var heads: Set<Substring> = []
        var beginnings: [String] = []
        for term in required.joined() {
            switch term {
            case .word(let stem): heads.insert(stem.prefix(3))
            case .phrase(let stems): heads.formUnion(stems.map { $0.prefix(3) })
            case .prefix(let leading, let starts):
                heads.formUnion(leading.map { $0.prefix(3) })
                beginnings += starts.map { String($0.prefix(3)) }
            }
        }
        func mayMatch(_ word: String) -> Bool {
            if heads.contains(word.prefix(3)) || beginnings.contains(where: { word.hasPrefix($0) }) { return true }
            let first = Array(word.prefix(4))
            guard first.count == 4, first[1] == first[2], "aeou".contains(first[1]) else { return false }
            return heads.contains(Substring(String([first[0], first[1], first[3]])))
        }
        var cache: [String: String] = [:]
        return marked(words, stems: words.map { mayMatch($0) ? DutchStemmer.stem($0, cache: &cache) : "" })
    }

    /// The same for words whose stems are known (`stems[i]` of `words[i]`).
    public func marked(_ words: [String], stems: [String]) -> [Bool] {
        var marks = [Bool](repeating: false, count: words.count)
        func run(_ leading: [String], at start: Int) -> Bool {
            start + leading.count <= stems.count && zip(stems[start...], leading).allSatisfy { $0 == $1 }
        }
        for term in required.joined() {
            for start in stems.indices {
                switch term {
                case .word(let stem):
                    if stems[start] == stem { marks[start] = true }
                case .phrase(let phrase):
                    if run(phrase, at: start) { for index in start..<(start + phrase.count) { marks[index] = true } }
                case .prefix(let leading, let beginnings):
                    let last = start + leading.count
                    if last < stems.count, run(leading, at: start),
                       beginnings.contains(where: { words[last].hasPrefix($0) || stems[last].hasPrefix($0) }) {
                        for index in start...last { marks[index] = true }
                    }
                }
            }
        }
        return marks
    }

    // MARK: - Reading the text

    private struct Piece {
        var text: String
        var isPhrase = false
        var isExcluded = false
        var isPrefix = false
        var isOperator = false
    }

    private static let quotes: Set<Character> = ["\"", "“", "”", "„"]

    /// Splits on white space, keeping a quoted phrase (an unclosed quote runs to the end) whole.
    private static func pieces(of text: String) -> [Piece] {
        var pieces: [Piece] = []
        var index = text.startIndex
        while index < text.endIndex {
            if text[index].isWhitespace { index = text.index(after: index); continue }
            var excluded = false
            if text[index] == "-" || text[index] == "+" {
                excluded = text[index] == "-"
                let next = text.index(after: index)
                guard next < text.endIndex, !text[next].isWhitespace else { index = next; continue }
                index = next
            }
            if quotes.contains(text[index]) {
                let start = text.index(after: index)
                let end = text[start...].firstIndex(where: { quotes.contains($0) }) ?? text.endIndex
                pieces.append(Piece(text: String(text[start..<end]), isPhrase: true, isExcluded: excluded))
                index = end < text.endIndex ? text.index(after: end) : end
                continue
            }
            let end = text[index...].firstIndex(where: \.isWhitespace) ?? text.endIndex
            let word = String(text[index..<end])
            index = end
            if !excluded, word == "OR" || word == "OF" || word == "|" {
                pieces.append(Piece(text: word, isOperator: true))
            } else if word.hasSuffix("*") {
                pieces.append(Piece(text: String(word.drop { $0 == "*" }.reversed().drop { $0 == "*" }.reversed()),
                                    isExcluded: excluded, isPrefix: true))
            } else {
                pieces.append(Piece(text: word, isExcluded: excluded))
            }
        }
        return pieces
    }

    private static func term(for piece: Piece) throws(ValidationFailure) -> Term? {
        let words = DutchTokenizer.tokens(piece.text).map(\.word)
        guard let last = words.last else { return nil }
        if piece.isPrefix {
            guard last.count >= shortestPrefix else {
                throw ValidationFailure(field: "q", code: "te_kort_begin",
                                        message: "q: een woord met * moet minstens \(shortestPrefix) letters voor de * hebben; ontvangen: \(piece.text)*.")
            }
            return .prefix(leading: words.dropLast().map(DutchStemmer.stem), beginnings: deduplicated([last, DutchStemmer.stem(last)]))
        }
        let stems = words.map(DutchStemmer.stem)
        return stems.count == 1 ? .word(stems[0]) : .phrase(stems)
    }

    private static func deduplicated<T: Hashable>(_ values: [T]) -> [T] {
        var seen: Set<T> = []
        return values.filter { seen.insert($0).inserted }
    }
}
