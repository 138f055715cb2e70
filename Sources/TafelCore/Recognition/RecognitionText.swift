/// A text prepared for recognition: line-end hyphens joined ("samen-\nwerking" reads "samenwerking"),
/// runs of whitespace one space, and cut into tokens; every position maps back to the original.
struct RecognitionText {
    struct Token {
        let text: String
        /// Lower case without diacritics.
        let folded: String
        /// Positions in `clean`, end exclusive.
        let start: Int
        let end: Int
        let isWord: Bool
        let isNumber: Bool

        var isCapitalised: Bool { text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false }
        var isAllCaps: Bool {
            text.unicodeScalars.count >= 2 && text.unicodeScalars.allSatisfy { $0.properties.isUppercase || $0.properties.numericType != nil }
        }
    }

    let original: [Unicode.Scalar]
    let clean: [Unicode.Scalar]
    /// For each scalar of `clean`, its position in `original`.
    let origin: [Int]
    let tokens: [Token]

    init(_ text: String) {
        let original = Array(text.unicodeScalars)
        var clean: [Unicode.Scalar] = [], origin: [Int] = []
        clean.reserveCapacity(original.count); origin.reserveCapacity(original.count)
        var i = 0
        while i < original.count {
            let s = original[i]
            if s == "\u{AD}" { i += 1; continue }
            if (s == "-" || s == "\u{2010}"), let last = clean.last, last.properties.isAlphabetic,
               let next = Self.lineBreakEnd(original, after: i), next < original.count, original[next].properties.isLowercase {
                i = next
                continue
            }
            if s.properties.isWhitespace {
                var j = i
                while j < original.count, original[j].properties.isWhitespace { j += 1 }
                if !clean.isEmpty { clean.append(" "); origin.append(i) }
                i = j
                continue
            }
            clean.append(s); origin.append(i)
            i += 1
        }
        if clean.last == " " { clean.removeLast(); origin.removeLast() }
        self.original = original
        self.clean = clean
        self.origin = origin
        self.tokens = Self.tokenise(clean)
    }

    /// After a hyphen at `index`: where the next line's text starts, if only spaces and one line break follow.
    private static func lineBreakEnd(_ text: [Unicode.Scalar], after index: Int) -> Int? {
        var j = index + 1
        while j < text.count, text[j] == " " || text[j] == "\t" { j += 1 }
        guard j < text.count, text[j] == "\n" || text[j] == "\r" else { return nil }
        while j < text.count, text[j].properties.isWhitespace { j += 1 }
        return j
    }

    /// Forms read as one: "Drentse zorgtafel" is the "Drents Zorgtafel" people also write.
    static let inflection: [String: String] = ["drentse": "drents"]

    /// Letters, digits, and each other sign on its own; letters and digits apart ("maart2012").
    private static func tokenise(_ clean: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        while i < clean.count {
            let s = clean[i]
            if s == " " { i += 1; continue }
            let isDigit = s.properties.numericType != nil && s.isASCII
            let isLetter = s.properties.isAlphabetic
            var j = i + 1
            if isDigit {
                while j < clean.count, clean[j].isASCII, clean[j].properties.numericType != nil { j += 1 }
            } else if isLetter {
                while j < clean.count, clean[j].properties.isAlphabetic || clean[j].properties.generalCategory == .nonspacingMark { j += 1 }
            }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: clean[i..<j])
            let string = String(text)
            let folded = string == "’" || string == "‘" ? "'" : Self.inflection[DutchTokenizer.fold(string)] ?? DutchTokenizer.fold(string)
            tokens.append(Token(text: string, folded: folded, start: i, end: j,
                                isWord: isLetter, isNumber: isDigit))
            i = j
        }
        return tokens
    }

    /// The original text of clean positions `start..<end`, and its offsets there.
    func span(_ start: Int, _ end: Int) -> (start: Int, end: Int, text: String) {
        let from = origin[start], to = origin[end - 1] + 1
        var text = String.UnicodeScalarView()
        text.append(contentsOf: original[from..<to])
        return (from, to, String(text))
    }

    func finding(_ kind: FindingKind, tokens range: ClosedRange<Int>, value: String? = nil, amountCents: Int64? = nil,
                 record: RecordKey? = nil, confidence: Double) -> Finding {
        finding(kind, clean: tokens[range.lowerBound].start, tokens[range.upperBound].end, value: value,
                amountCents: amountCents, record: record, confidence: confidence)
    }

    func finding(_ kind: FindingKind, clean start: Int, _ end: Int, value: String? = nil, amountCents: Int64? = nil,
                 record: RecordKey? = nil, confidence: Double) -> Finding {
        let span = span(start, end)
        return Finding(kind: kind, start: span.start, end: span.end, text: span.text, value: value, amountCents: amountCents,
                       record: record, confidence: confidence)
    }

    /// Whether the token at `index` ends a sentence or stands at the text's start.
    func startsSentence(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = tokens[index - 1].text
        return previous == "." || previous == "!" || previous == "?" || previous == "\u{201C}" || previous == "\""
    }

    /// No line break in the original between two tokens.
    func sameLine(_ a: Token, _ b: Token) -> Bool {
        !original[(origin[a.end - 1] + 1)..<origin[b.start]].contains("\n")
    }

    /// One space between two tokens in the original, as between a given name and a family name.
    func oneSpaceApart(_ a: Token, _ b: Token) -> Bool {
        original[(origin[a.end - 1] + 1)..<origin[b.start]].elementsEqual([" "])
    }

    /// A blank line in the original just before this token.
    func paragraphBreak(before token: Token) -> Bool {
        var newlines = 0
        var j = origin[token.start] - 1
        while j >= 0, original[j].properties.isWhitespace {
            if original[j] == "\n" { newlines += 1 }
            j -= 1
        }
        return newlines >= 2
    }

}
