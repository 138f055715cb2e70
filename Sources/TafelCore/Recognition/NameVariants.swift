import Foundation

/// The ways people write a known name: as it is, without what stands in brackets, without "van",
/// its short name, its initials in capitals, "VDG bestuur" for "Bestuur VDG", without "van Drenthe".
enum NameVariants {
    private static let lowerWords: Set<String> = ["van", "de", "der", "den", "het", "en", "voor", "op", "in", "te", "&"]
    private static let placeQualifiers = ["van Drenthe", "Drenthe"]

    static func of(_ entry: Gazetteer.Entry) -> [(name: String, confidence: Double, acronym: Bool)] {
        var out: [(String, Double, Bool)] = []
        func add(_ name: String, _ confidence: Double, acronym: Bool = false) {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !out.contains(where: { $0.0 == trimmed }) else { return }
            out.append((trimmed, confidence, acronym))
        }
        let article = withoutArticle(entry.name)
        let base = withoutBrackets(article)
        if article != entry.name { add(withoutBrackets(entry.name), 0.95) }
        add(article, 0.95)
        add(base, 0.95)
        let words = base.split(separator: " ").map(String.init)
        // "Culturele allianties" for "Culturele allianties 2009–2012".
        if let last = words.last, words.count > 2, last.first?.isNumber == true { add(words.dropLast().joined(separator: " "), 0.9) }
        // "VDG werkgroep omgevingswet" for "Werkgroep Omgevingswet (VDG)".
        if let qualifier = bracketed(article), isAcronym(qualifier) { add(qualifier + " " + base, 0.9) }
        // "12+1" for "Samenwerking VDG en provincie Drenthe (12+1)".
        if let alias = bracketed(article), alias.contains(where: \.isNumber), alias.count <= 8, !alias.contains(" ") { add(alias, 0.85) }
        for (pattern, replacements) in domainPatterns where base.hasPrefix(pattern) {
            let rest = String(base.dropFirst(pattern.count))
            for replacement in replacements { add(replacement.replacingOccurrences(of: "{}", with: rest), 0.9) }
        }
        // "Vereniging Drentse Gemeenten" for "Vereniging van Drentse Gemeenten".
        if words.contains("van"), words.count > 2 { add(words.filter { $0 != "van" }.joined(separator: " "), 0.9) }
        // "Gedeputeerde Staten" for "Gedeputeerde Staten van Drenthe".
        for qualifier in placeQualifiers where base.hasSuffix(" " + qualifier) && words.count > 2 {
            add(String(base.dropLast(qualifier.count + 1)), entry.kind == .gremium ? 0.9 : 0.85)
        }
        if let short = entry.shortName, isSpecific(short, of: entry) {
            add(short, isAcronym(short) ? 0.9 : 0.9, acronym: isAcronym(short))
        }
        // "VDG bestuur" and "VDG-bestuur" for "Bestuur VDG".
        // "VDG bestuur", "bestuur van de VDG", "dagelijks bestuur van de VDG" for "(Dagelijks) bestuur VDG".
        if words.count >= 2, let last = words.last, isAcronym(last), !words.dropLast().contains(where: isAcronym) {
            let rest = words.dropLast().joined(separator: " ")
            add(last + " " + rest.lowercased(), 0.9)
            add(rest + " van de " + last, 0.9)
        }
        // "Vereniging van Nederlandse Gemeenten" for "Vereniging Nederlandse Gemeenten", "Ministerie van VWS" for "Ministerie VWS".
        if words.count >= 2, !words.contains("van"), ["Vereniging", "Ministerie", "Kring", "Federatie"].contains(words[0]) {
            add(words[0] + " van " + words.dropFirst().joined(separator: " "), 0.9)
        }
        // "ministerie van BZK" for "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties" (BZK).
        if words.first == "Ministerie", let short = entry.shortName, isAcronym(short) { add("Ministerie van " + short, 0.9) }
        // A body's two initials in capitals: "GS", "PS" (longer initials collide with too much).
        if entry.kind == .gremium, entry.shortName == nil, let initials = initials(of: withoutPlace(base)), initials.count == 2 {
            add(initials, 0.8, acronym: true)
        }
        return out
    }

    /// Ways the field writes the bodies of a municipality and a province ("{}" is the rest of the name).
    private static let domainPatterns: [(String, [String])] = [
        ("College van B&W ", ["college van burgemeester en wethouders van {}", "burgemeester en wethouders van {}", "college van B&W van {}",
                              "B&W van {}", "B&W {}", "college van {}"]),
        ("Gemeenteraad ", ["gemeenteraad van {}", "raad van {}"]),
        ("Gedeputeerde Staten", ["college van GS", "college van Gedeputeerde Staten", "college van gedeputeerde staten"]),
        ("Statencommissie ", ["commissie {}"]),
    ]

    /// The name without what stands in brackets: "Vaste subsidierelatie met de preferente instellingen".
    static func withoutBrackets(_ name: String) -> String {
        var out = "", depth = 0
        for c in name {
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) } else if depth == 0 { out.append(c) }
        }
        return out.split(separator: " ").joined(separator: " ")
    }

    private static func bracketed(_ name: String) -> String? {
        guard let open = name.firstIndex(of: "("), let close = name[open...].firstIndex(of: ")") else { return nil }
        return String(name[name.index(after: open)..<close])
    }

    /// "Drents Energieloket" for "Het Drents Energieloket": the article is not part of the name in a sentence.
    private static func withoutArticle(_ name: String) -> String {
        for article in ["Het ", "De "] where name.hasPrefix(article) && name.split(separator: " ").count > 2 {
            return String(name.dropFirst(article.count))
        }
        return name
    }

    private static func withoutPlace(_ name: String) -> String {
        for qualifier in placeQualifiers where name.hasSuffix(" " + qualifier) { return String(name.dropLast(qualifier.count + 1)) }
        return name
    }

    /// The capitals of a name whose every word is capitalised or a small word: "Gedeputeerde Staten" → "GS".
    private static func initials(of name: String) -> String? {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        let significant = words.filter { !lowerWords.contains($0.lowercased()) }
        guard significant.count >= 2, significant.allSatisfy({ $0.first?.isUppercase == true && !isAcronym($0) }),
              words.allSatisfy({ $0.first?.isUppercase == true || lowerWords.contains($0) }) else { return nil }
        return String(significant.compactMap(\.first))
    }

    static func isAcronym(_ word: String) -> Bool {
        word.count >= 2 && word.count <= 6 && word.allSatisfy { $0.isUppercase || $0.isNumber }
    }

    /// A short name that names this record and not a place: "VDG", "PvdA", "Rijk"; not "Assen" for Gemeente Assen.
    static func isSpecific(_ short: String, of entry: Gazetteer.Entry) -> Bool {
        if short.contains(" ") || isAcronym(short) { return true }
        if short.dropFirst().contains(where: \.isUppercase) { return true }
        let lower = entry.name.lowercased()
        return !(lower == "gemeente " + short.lowercased() || lower == "provincie " + short.lowercased())
    }
}
