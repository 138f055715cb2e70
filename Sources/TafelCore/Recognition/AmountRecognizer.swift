/// Amounts of money: "€ 125.000", "circa € 6 miljoen", "1,2 miljoen euro", "EUR 2.500,50", "€ 6,-",
/// as cents; Dutch number notation (a point between thousands, a comma before the decimals).
enum AmountRecognizer {
    private static let qualifiers: [[String]] = [["circa"], ["ca", "."], ["ongeveer"], ["ruim"], ["bijna"], ["zo", "'", "n"], ["circa", "een"], ["rond", "de"]]
    private static let multipliers: [String: Double] = [
        "miljoen": 1_000_000, "mln": 1_000_000, "miljard": 1_000_000_000, "mld": 1_000_000_000, "duizend": 1_000, "k": 1_000,
    ]

    static func findings(in text: RecognitionText) -> [Finding] {
        let tokens = text.tokens
        var findings: [Finding] = []
        var i = 0
        while i < tokens.count {
            let isEuroSign = tokens[i].text == "€" || tokens[i].text == "EUR"
            if isEuroSign, let number = number(at: i + 1, in: text) {
                var last = number.last
                var value = number.value
                if let (factor, end) = multiplier(at: last + 1, in: text) { value *= factor; last = end }
                findings.append(finding(text, from: qualifierStart(before: i, in: text) ?? i, to: last, value: value))
                i = last + 1
            } else if tokens[i].isNumber, i == 0 || !(tokens[i - 1].text == "€" || tokens[i - 1].text == "EUR"),
                      let number = number(at: i, in: text) {
                var last = number.last
                var value = number.value
                var multiplied = false
                if let (factor, end) = multiplier(at: last + 1, in: text) { value *= factor; last = end; multiplied = true }
                if last + 1 < tokens.count, ["euro", "eur"].contains(tokens[last + 1].folded) {
                    last += 1
                    findings.append(finding(text, from: qualifierStart(before: i, in: text) ?? i, to: last, value: value,
                                            confidence: multiplied || number.hasSeparators ? 0.95 : 0.9))
                    i = last + 1
                    continue
                }
                i = number.last + 1
            } else {
                i += 1
            }
        }
        return findings
    }

    private static func finding(_ text: RecognitionText, from first: Int, to last: Int, value: Double, confidence: Double = 0.95) -> Finding {
        text.finding(.bedrag, tokens: first...last, amountCents: Int64((value * 100).rounded()), confidence: confidence)
    }

    struct Number {
        let value: Double
        let last: Int
        let hasSeparators: Bool
    }

    /// "125.000", "2,5", "2.500,50", "6,-": digits with their separators written together.
    private static func number(at i: Int, in text: RecognitionText) -> Number? {
        let tokens = text.tokens
        guard i < tokens.count, tokens[i].isNumber else { return nil }
        var integer = tokens[i].text
        var decimals = ""
        var last = i
        var separators = false
        while last + 2 < tokens.count, tokens[last + 1].text == ".", tokens[last + 1].start == tokens[last].end,
              tokens[last + 2].isNumber, tokens[last + 2].text.count == 3, tokens[last + 2].start == tokens[last + 1].end {
            integer += tokens[last + 2].text
            last += 2
            separators = true
        }
        if last + 2 < tokens.count, tokens[last + 1].text == ",", tokens[last + 1].start == tokens[last].end,
           tokens[last + 2].start == tokens[last + 1].end {
            if tokens[last + 2].isNumber {
                decimals = tokens[last + 2].text
                last += 2
                separators = true
            } else if tokens[last + 2].text == "-" || tokens[last + 2].text == "—" {
                last += 2
            }
        }
        guard let value = Double(integer + (decimals.isEmpty ? "" : "." + decimals)) else { return nil }
        return Number(value: value, last: last, hasSeparators: separators)
    }

    private static func multiplier(at i: Int, in text: RecognitionText) -> (Double, Int)? {
        guard i < text.tokens.count, let factor = multipliers[text.tokens[i].folded] else { return nil }
        if text.tokens[i].folded == "k" && text.tokens[i].start != text.tokens[i - 1].end { return nil }
        if i + 1 < text.tokens.count, text.tokens[i + 1].text == ".", ["mln", "mld"].contains(text.tokens[i].folded) { return (factor, i + 1) }
        return (factor, i)
    }

    private static func qualifierStart(before i: Int, in text: RecognitionText) -> Int? {
        for words in qualifiers.sorted(by: { $0.count > $1.count }) {
            let start = i - words.count
            guard start >= 0 else { continue }
            if words.indices.allSatisfy({ text.tokens[start + $0].folded == words[$0] }) { return start }
        }
        return nil
    }
}
