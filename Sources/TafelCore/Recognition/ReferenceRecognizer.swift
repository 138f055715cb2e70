/// Reference numbers: "Ons kenmerk 2/5.11/2010000732", "Uw kenmerk: Z.21-0042", "zaaknummer 2021/12345",
/// "statenstuk nummer 2009-366"; the value is the number as written.
enum ReferenceRecognizer {
    /// Words that announce a reference number, each with the words that may stand before it.
    private static let labels: [(words: [String], before: [[String]])] = [
        (["kenmerk"], [["ons"], ["uw"], ["met"], ["onder"], ["het"]]),
        (["zaaknummer"], [["ons"], ["uw"]]), (["registratienummer"], []), (["dossiernummer"], []),
        (["referentie"], [["ons"], ["uw"]]), (["ref", "."], []),
        (["statenstuk", "nummer"], []), (["statenstuk"], []), (["statenstuknummer"], []),
        (["briefnummer"], []), (["besluitnummer"], []), (["documentnummer"], []),
    ]

    static func findings(in text: RecognitionText) -> [Finding] {
        let tokens = text.tokens
        var findings: [Finding] = []
        var i = 0
        scan: while i < tokens.count {
            for label in labels where matches(label.words, at: i, in: text) {
                var start = i
                for before in label.before where matches(before, at: i - before.count, in: text) { start = i - before.count; break }
                var valueStart = tokens[i + label.words.count - 1].end
                let clean = text.clean
                while valueStart < clean.count, clean[valueStart] == " " || clean[valueStart] == ":" { valueStart += 1 }
                var valueEnd = valueStart
                while valueEnd < clean.count, clean[valueEnd] != " " { valueEnd += 1 }
                // "RIB 2021-118": letters first, the number after a space.
                if !clean[valueStart..<valueEnd].contains(where: { $0.isASCII && $0.properties.numericType != nil }),
                   valueEnd - valueStart <= 6, clean[valueStart..<valueEnd].allSatisfy({ $0.properties.isUppercase }),
                   valueEnd + 1 < clean.count, clean[valueEnd + 1].isASCII, clean[valueEnd + 1].properties.numericType != nil {
                    valueEnd += 1
                    while valueEnd < clean.count, clean[valueEnd] != " " { valueEnd += 1 }
                }
                // Punctuation that ends the sentence is not part of the number.
                while valueEnd > valueStart, [".", ",", ";", ")", ":"].contains(clean[valueEnd - 1]) { valueEnd -= 1 }
                let value = String(String.UnicodeScalarView(clean[valueStart..<valueEnd]))
                if valueEnd > valueStart, value.unicodeScalars.contains(where: { $0.isASCII && $0.properties.numericType != nil }),
                   value.count <= 60 {
                    let labelStart = tokens[start].start
                    findings.append(text.finding(.kenmerk, clean: labelStart, valueEnd, value: value, confidence: 0.95))
                    while i < tokens.count, tokens[i].start < valueEnd { i += 1 }
                    continue scan
                }
            }
            i += 1
        }
        return findings
    }

    private static func matches(_ words: [String], at i: Int, in text: RecognitionText) -> Bool {
        guard i >= 0, i + words.count <= text.tokens.count else { return false }
        return words.indices.allSatisfy { text.tokens[i + $0].folded == words[$0] }
    }
}
