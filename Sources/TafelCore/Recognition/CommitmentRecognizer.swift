/// Commitment phrases: one made ("heeft toegezegd", "zeggen wij toe"), one kept ("komen wij terug op
/// deze toezegging", "de toezegging … gestand gedaan"), or only named ("een toezegging").
enum CommitmentRecognizer {
    private static let auxiliaries: Set<String> = ["heeft", "hebben", "had", "hadden", "is", "zijn", "was", "waren", "wordt",
                                                   "worden", "werd", "werden"]
    private static let nouns: Set<String> = ["toezegging", "toezeggingen"]
    private static let keeping: Set<String> = ["gestand", "nakomen", "nagekomen", "ingelost", "inlossen", "voldaan", "voldoen", "afgedaan"]

    static func findings(in text: RecognitionText) -> [Finding] {
        let tokens = text.tokens
        var findings: [Finding] = []
        var used = Set<Int>()
        func add(_ first: Int, _ last: Int, _ value: String, _ confidence: Double) {
            guard !(first...last).contains(where: used.contains) else { return }
            used.formUnion(first...last)
            findings.append(text.finding(.toezegging, tokens: first...last, value: value, confidence: confidence))
        }
        for i in tokens.indices {
            let word = tokens[i].folded
            // "komen wij terug op deze toezegging"
            if ["komen", "kom", "komt", "kwamen", "kwam"].contains(word),
               let terug = stride(from: i + 1, through: min(i + 3, tokens.count - 1), by: 1).first(where: { tokens[$0].folded == "terug" }),
               terug + 1 < tokens.count, tokens[terug + 1].folded == "op",
               let noun = stride(from: terug + 2, through: min(terug + 4, tokens.count - 1), by: 1).first(where: { nouns.contains(tokens[$0].folded) }) {
                add(i, noun, "nagekomen", 0.95)
            }
        }
        for i in tokens.indices {
            let word = tokens[i].folded
            if nouns.contains(word) {
                // "de toezegging van het college gestand gedaan"
                if let keep = (i + 1..<min(i + 8, tokens.count)).first(where: { keeping.contains(tokens[$0].folded) }),
                   !(i + 1..<keep).contains(where: { [".", ";", "!", "?"].contains(tokens[$0].text) }),
                   // A heading ("Toezeggingen") stands on its own line: a capital after a line break starts anew.
                   !(i + 1...keep).contains(where: { tokens[$0].isCapitalised && !text.sameLine(tokens[$0 - 1], tokens[$0]) }) {
                    var last = keep
                    if tokens[keep].folded == "gestand", keep + 1 < tokens.count, ["gedaan", "doen", "gedaan."].contains(tokens[keep + 1].folded) { last += 1 }
                    // "doen wij die toezegging gestand": the verb before it belongs to the phrase.
                    let verb = stride(from: i - 1, through: max(0, i - 3), by: -1).first { ["doen", "doet", "deden", "deed"].contains(tokens[$0].folded) }
                    add(verb ?? i, last, "nagekomen", 0.9)
                }
            } else if word == "toegezegd" {
                let first = i > 0 && auxiliaries.contains(tokens[i - 1].folded) ? i - 1 : i
                add(first, i, "gedaan", 0.9)
            } else if ["zeggen", "zegt", "zeg", "zegden", "zegde"].contains(word),
                      let toe = stride(from: i + 1, through: min(i + 4, tokens.count - 1), by: 1).first(where: { tokens[$0].folded == "toe" }),
                      !(i + 1..<toe).contains(where: { !tokens[$0].isWord }) {
                add(i, toe, "gedaan", 0.85)
            } else if word == "toezeggen" || word == "toezegt" {
                add(i, i, "gedaan", 0.75)
            }
        }
        for i in tokens.indices where nouns.contains(tokens[i].folded) { add(i, i, "genoemd", 0.6) }
        return findings.sorted { $0.start < $1.start }
    }
}
