/// People with their title ("burgemeester Loohuis", "gedeputeerde Jumelet", "de heer J. Bos",
/// "mevrouw drs. A. de Vries") and known people by their family name alone ("Deetman").
enum PersonRecognizer {
    /// Titles and forms of address, folded, as token sequences.
    private static let titles: [[String]] = [
        ["burgemeester"], ["loco", "-", "burgemeester"], ["wethouder"], ["gedeputeerde"], ["statenlid"], ["raadslid"], ["minister"],
        ["staatssecretaris"], ["gemeentesecretaris"], ["griffier"], ["directeur"], ["secretaris"], ["voorzitter"],
        ["commissaris", "van", "de", "koning"], ["commissaris", "van", "de", "koningin"], ["commissaris", "der", "koningin"],
        ["gedeputeerden"], ["burgemeesters"], ["wethouders"], ["dg"], ["cdk"], ["sg"],
        ["de", "heer"], ["heer"], ["mevrouw"], ["mevr", "."], ["mw", "."], ["dhr", "."], ["drs", "."], ["dr", "."], ["mr", "."],
        ["ir", "."], ["ing", "."], ["prof", "."], ["ds", "."],
    ]
    /// Titles of an office rather than a person: before an unknown family name they need initials or a
    /// given name ("directeur Beleid" is a department).
    private static let weakTitles: Set<String> = ["directeur", "secretaris", "voorzitter", "griffier", "gemeentesecretaris", "minister",
                                                  "staatssecretaris"]
    /// Short forms of titles in lists of participants ("b Heimstra", "w Broekema"), taken only before a known family name.
    private static let abbreviatedTitles: Set<String> = ["b", "w", "gemsecr", "grf", "gs", "burg", "weth"]
    /// The infixes of a family name after a given name ("Eric van Oosterhout"), not the prepositions of a sentence.
    private static let nameInfixes: Set<String> = ["van", "de", "der", "den", "ter", "ten", "te", "la", "le", "du"]
    private static let infixes: Set<String> = ["van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "in", "op", "la", "le", "du"]
    /// Capitalised words after a title that are not names: "Gedeputeerde Staten", "Burgemeester en Wethouders".
    private static let notNames: Set<String> = ["staten", "raad", "college", "en", "wethouders", "gemeente", "provincie", "commissie",
                                                "bestuur", "de", "het", "een", "bijlage", "bijlagen", "hoogachtend", "geachte", "datum", "onderwerp", "kenmerk", "aan",
                                                "van", "telefoon", "e"]

    static func findings(in text: RecognitionText, gazetteer: Gazetteer) -> [Finding] {
        let tokens = text.tokens
        var findings: [Finding] = []
        var i = 0
        while i < tokens.count {
            let titleEnd: Int
            if let end = titleRun(from: i, in: text) {
                titleEnd = end
            } else if abbreviatedTitles.contains(tokens[i].text), i + 1 < tokens.count, gazetteer.familyNames[tokens[i + 1].folded] != nil
                        || (i + 2 < tokens.count && infixes.contains(tokens[i + 1].folded)) {
                titleEnd = i
            } else if tokens[i].isWord, tokens[i].text.count == 1, tokens[i].isCapitalised, i + 2 < tokens.count, tokens[i + 1].text == ".",
                      i == 0 || tokens[i - 1].text != "." {
                // Initials without a title: "J. Klijnsma".
                titleEnd = i - 1
            } else {
                i += 1; continue
            }
            var t = titleEnd + 1
            // Emphasis in a markdown text: "Burgemeester **Van Oosterhout**".
            while t < tokens.count, tokens[t].text == "*" { t += 1 }
            // Initials: "J." "A.B."
            while t + 1 < tokens.count, tokens[t].isWord, tokens[t].text.count == 1, tokens[t].isCapitalised, tokens[t + 1].text == "." { t += 2 }
            let initialsStart = t
            // A given name before the family name: "Burgemeester Karel Loohuis", "Eric van Oosterhout".
            var afterGiven = t + 1
            while afterGiven + 1 < tokens.count, afterGiven - t <= 3, nameInfixes.contains(tokens[afterGiven].folded),
                  tokens[afterGiven].text.first?.isLowercase == true, text.oneSpaceApart(tokens[afterGiven - 1], tokens[afterGiven]) {
                afterGiven += 1
            }
            var hasGivenName = false
            if afterGiven < tokens.count, tokens[t].isWord, tokens[t].isCapitalised, tokens[t].text.count >= 2, !tokens[t].isAllCaps,
               tokens[afterGiven].isWord, tokens[afterGiven].isCapitalised, !tokens[afterGiven].isAllCaps,
               gazetteer.familyNames[tokens[t].folded] == nil, !notNames.contains(tokens[t].folded), !notNames.contains(tokens[afterGiven].folded),
               tokens[afterGiven].text.count >= 2, text.oneSpaceApart(tokens[t], tokens[t + 1]) {
                t += 1
                hasGivenName = true
            }
            var infix: [String] = []
            while t < tokens.count, infixes.contains(tokens[t].folded), t + 1 < tokens.count, tokens[t + 1].isWord {
                infix.append(tokens[t].folded); t += 1
            }
            guard t < tokens.count, tokens[t].isWord, tokens[t].isCapitalised, tokens[t].text.count >= 2, !tokens[t].isAllCaps,
                  !notNames.contains(tokens[t].folded), titleEnd >= i || initialsStart > i, !text.paragraphBreak(before: tokens[t]),
                  !(infix.first == "van" && gazetteer.placeNames.contains(tokens[t].folded)) else { i = max(titleEnd, i) + 1; continue }
            var last = t
            // A double family name: "De Graaff-Nauta".
            if last + 2 < tokens.count, tokens[last + 1].text == "-", tokens[last + 2].isCapitalised, tokens[last + 2].isWord,
               tokens[last + 1].start == tokens[last].end { last += 2 }
            let family = DutchTokenizer.fold(String(String.UnicodeScalarView(text.clean[tokens[t].start..<tokens[last].end])))
            let known = gazetteer.familyNames[family] ?? []
            let record = known.count == 1 ? RecordKey(.person, known[0].id) : nil
            let onlyWeakTitles = titleEnd >= i && (i...titleEnd).allSatisfy { !tokens[$0].isWord || weakTitles.contains(tokens[$0].folded) }
            if record == nil, onlyWeakTitles, !hasGivenName, initialsStart == titleEnd + 1 || tokens[titleEnd + 1].text == "*" {
                i = titleEnd + 1; continue
            }
            findings.append(text.finding(.persoon, tokens: i...last, record: record, confidence: record != nil ? 0.9 : 0.75))
            i = last + 1
        }
        // A known family name on its own, capitalised and not opening a sentence.
        var taken = Occupancy()
        for finding in findings { taken.take(finding.start..<finding.end) }
        for (index, token) in tokens.enumerated() where token.isWord && token.isCapitalised && token.text.count >= 5 {
            guard let known = gazetteer.familyNames[token.folded], known.count == 1, !text.startsSentence(index),
                  !taken.isTaken(text.origin[token.start]) else { continue }
            findings.append(text.finding(.persoon, tokens: index...index, record: RecordKey(.person, known[0].id), confidence: 0.75))
        }
        return findings
    }

    /// The last token of one or more titles from `i` ("mevrouw drs."), if a title starts there.
    private static func titleRun(from i: Int, in text: RecognitionText) -> Int? {
        var end: Int?
        var t = i
        while let matched = title(at: t, in: text) {
            // "voorzitter\ndrs. M. Wiersma": a title on the line before is the signature's office, not the name's.
            if let previous = end, !text.sameLine(text.tokens[previous], text.tokens[t]) { return nil }
            end = matched
            t = matched + 1
        }
        return end
    }

    private static func title(at i: Int, in text: RecognitionText) -> Int? {
        var best: Int?
        for words in titles where i + words.count <= text.tokens.count {
            if words.indices.allSatisfy({ text.tokens[i + $0].folded == words[$0] }) { best = max(best ?? 0, i + words.count - 1) }
        }
        return best
    }
}
