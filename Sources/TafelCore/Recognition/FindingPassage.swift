/// The sentence a finding stands in: the passage a fact accepted from it cites, with whitespace
/// runs one space as the demo's passages have them.
extension Finding {
    private static let abbreviations: Set<String> = ["dd", "mr", "dr", "drs", "ir", "ing", "prof", "jl", "ca", "nr", "bijv", "oa", "mevr",
                                                      "dhr", "mw", "ds", "st", "vs", "resp", "evt", "incl", "excl", "jan", "feb", "febr", "aug",
                                                      "sept", "okt", "nov", "dec"]
    private static let reach = 400

    public func sentence(in text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard start >= 0, end <= scalars.count, start < end else { return self.text }
        var from = start
        while from > 0, start - from < Self.reach, !Self.endsSentence(scalars, before: from) { from -= 1 }
        var to = end
        while to < scalars.count, to - end < Self.reach, !Self.endsSentence(scalars, before: to) { to += 1 }
        var passage = String.UnicodeScalarView()
        passage.append(contentsOf: scalars[from..<to])
        return String(passage).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether a sentence ends just before `index`: after ". ", "? ", "! " that is no abbreviation or
    /// initial, or at a blank line.
    private static func endsSentence(_ s: [Unicode.Scalar], before index: Int) -> Bool {
        guard index > 0, index < s.count else { return true }
        if s[index] == "\n", index + 1 < s.count, s[index + 1] == "\n" || (index > 0 && s[index - 1] == "\n") { return true }
        guard s[index].properties.isWhitespace, [".", "?", "!"].contains(s[index - 1]) else { return false }
        if s[index - 1] != "." { return true }
        var j = index - 2
        var word = ""
        while j >= 0, s[j].properties.isAlphabetic || s[j] == "." {
            if s[j] != "." { word = String(Character(s[j])) + word }
            j -= 1
        }
        return word.count > 1 && !abbreviations.contains(DutchTokenizer.fold(word))
    }
}
