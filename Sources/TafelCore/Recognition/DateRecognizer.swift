import Foundation

/// Dates in Dutch: "14 januari 2010", "7 maart2012", "I februari 2012" (a scan's I for 1),
/// "februari 2009", "14-01-2010"; and a deadline where one is set: "uiterlijk 15 januari 2010".
enum DateRecognizer {
    static let months: [String: Int] = [
        "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "maart": 3, "mrt": 3, "april": 4, "apr": 4, "mei": 5,
        "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    private static let fullMonths: Set<String> = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                                                   "september", "oktober", "november", "december"]

    /// Words that make the date after them a deadline, with how sure that is.
    private static let deadlineWords: [[String]: Double] = [
        ["uiterlijk"]: 0.95, ["uiterlijk", "op"]: 0.95, ["tot", "uiterlijk"]: 0.95, ["vóór"]: 0.9, ["voor"]: 0.7,
        ["niet", "later", "dan"]: 0.95, ["op", "zijn", "laatst"]: 0.9, ["uiterste", "datum"]: 0.9, ["deadline"]: 0.9,
    ]

    struct DateMatch {
        let first: Int, last: Int
        let iso: String
        let confidence: Double
    }

    static func findings(in text: RecognitionText) -> (findings: [Finding], dates: [DateMatch]) {
        let dates = matches(in: text)
        var findings: [Finding] = []
        for date in dates {
            if let (first, confidence) = deadlineStart(before: date.first, in: text) {
                findings.append(text.finding(.termijn, tokens: first...date.last, value: date.iso,
                                             confidence: min(confidence, date.confidence)))
            } else {
                findings.append(text.finding(.datum, tokens: date.first...date.last, value: date.iso, confidence: date.confidence))
            }
        }
        return (findings, dates)
    }

    static func matches(in text: RecognitionText) -> [DateMatch] {
        let tokens = text.tokens
        var found: [DateMatch] = []
        var i = 0
        while i < tokens.count {
            if let match = dayMonthYear(at: i, in: text) ?? numeric(at: i, in: text) ?? monthYear(at: i, in: text) {
                found.append(match)
                i = match.last + 1
            } else {
                i += 1
            }
        }
        return found
    }

    /// "14 januari 2010", "7 maart2012", "I februari 2012", "3 febr. 2010".
    private static func dayMonthYear(at i: Int, in text: RecognitionText) -> DateMatch? {
        let tokens = text.tokens
        guard i + 2 < tokens.count else { return nil }
        var confidence = 0.98
        let day: Int
        if tokens[i].isNumber, let value = Int(tokens[i].text), tokens[i].text.count <= 2 {
            day = value
        } else if tokens[i].text == "I" || tokens[i].text == "l" {
            day = 1; confidence = 0.8
        } else {
            return nil
        }
        guard let (month, afterMonth) = month(at: i + 1, in: text), afterMonth < tokens.count,
              let year = year(tokens[afterMonth]) else { return nil }
        guard (1...31).contains(day), day <= daysIn(month: month, year: year) else { return nil }
        if tokens[afterMonth].start == tokens[afterMonth - 1].end { confidence = min(confidence, 0.9) }
        return DateMatch(first: i, last: afterMonth, iso: iso(year, month, day), confidence: confidence)
    }

    /// "februari 2009" (a month), but not where a day stands before it.
    private static func monthYear(at i: Int, in text: RecognitionText) -> DateMatch? {
        let tokens = text.tokens
        guard fullMonths.contains(tokens[i].folded), i == 0 || !tokens[i - 1].isNumber, let (month, afterMonth) = month(at: i, in: text),
              afterMonth < tokens.count, let year = year(tokens[afterMonth]) else { return nil }
        // "mei" is also a word; a capitalised month mid-sentence is usually a name.
        let confidence = tokens[i].folded == "mei" ? 0.8 : 0.9
        return DateMatch(first: i, last: afterMonth, iso: String(format: "%04d-%02d", year, month), confidence: confidence)
    }

    /// "14-01-2010", "14/01/2010", "14.01.2010".
    private static func numeric(at i: Int, in text: RecognitionText) -> DateMatch? {
        let tokens = text.tokens
        guard i + 4 < tokens.count, tokens[i].isNumber, tokens[i].text.count <= 2, let day = Int(tokens[i].text),
              ["-", "/", "."].contains(tokens[i + 1].text), tokens[i + 2].isNumber, tokens[i + 2].text.count <= 2,
              let month = Int(tokens[i + 2].text), tokens[i + 3].text == tokens[i + 1].text, let year = year(tokens[i + 4]),
              (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
              // All five tokens written together.
              tokens[i + 4].start == tokens[i + 3].end, tokens[i + 1].start == tokens[i].end else { return nil }
        if i + 5 < tokens.count, tokens[i + 5].start == tokens[i + 4].end, tokens[i + 5].text == "/" || tokens[i + 5].isNumber { return nil }
        return DateMatch(first: i, last: i + 4, iso: iso(year, month, day), confidence: 0.95)
    }

    /// The month at `i` ("febr." with its dot), and the index after it.
    private static func month(at i: Int, in text: RecognitionText) -> (Int, Int)? {
        let tokens = text.tokens
        guard i < tokens.count, let month = months[tokens[i].folded] else { return nil }
        let isAbbreviation = !fullMonths.contains(tokens[i].folded)
        if isAbbreviation {
            guard i + 1 < tokens.count, tokens[i + 1].text == "." else { return nil }
            return (month, i + 2)
        }
        return (month, i + 1)
    }

    private static func year(_ token: RecognitionText.Token) -> Int? {
        guard token.isNumber, token.text.count == 4, let year = Int(token.text), (1800...2200).contains(year) else { return nil }
        return year
    }

    private static func deadlineStart(before first: Int, in text: RecognitionText) -> (Int, Double)? {
        var best: (Int, Double)?
        for (words, confidence) in deadlineWords {
            let start = first - words.count
            guard start >= 0 else { continue }
            let matches = words.indices.allSatisfy { text.tokens[start + $0].folded == DutchTokenizer.fold(words[$0]) }
            // "vóór" keeps its accent apart from "voor".
            if matches, words == ["voor"], text.tokens[start].text.lowercased() == "vóór" { continue }
            if matches, words == ["vóór"], text.tokens[start].text.lowercased() != "vóór" { continue }
            if matches, best.map({ start < $0.0 }) ?? true { best = (start, confidence) }
        }
        return best
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func iso(_ year: Int, _ month: Int, _ day: Int) -> String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }
}
