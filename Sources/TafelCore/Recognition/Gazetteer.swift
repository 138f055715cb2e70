/// The names Tafel knows, to find in a text: organisations, bodies, people and collaborations by
/// their names and the variants people write ("Vereniging Drentse Gemeenten", "VDG", "VDG-bestuur").
public struct Gazetteer: Sendable {
    public struct Entry: Sendable {
        public let kind: FindingKind
        public let id: String
        public let name: String
        public let shortName: String?

        public init(kind: FindingKind, id: String, name: String, shortName: String? = nil) {
            self.kind = kind; self.id = id; self.name = name; self.shortName = shortName
        }
    }

    /// A known meeting, found by the date a text gives it.
    public struct Meeting: Sendable {
        public let id: String
        public let name: String
        /// ISO 8601 with the precision known (`2009-12-16`, `2009-02`).
        public let date: String?
        public let bodyID: String?

        public init(id: String, name: String, date: String?, bodyID: String?) {
            self.id = id; self.name = name; self.date = date; self.bodyID = bodyID
        }
    }

    /// A person as recognition needs them.
    public struct Person: Sendable {
        public let id: String
        public let name: String
        public let givenName: String?
        public let infix: String?
        public let familyName: String?

        public init(id: String, name: String, givenName: String?, infix: String?, familyName: String?) {
            self.id = id; self.name = name; self.givenName = givenName; self.infix = infix; self.familyName = familyName
        }
    }

    struct Variant {
        let tokens: [String]
        /// An acronym is matched in capitals only ("VDG", not "vdg").
        let caseSensitive: [String]?
        /// Words written with a capital in the name must have one in the text ("Democratic Challenge", not
        /// "democratic challenge"); the first may differ, as a sentence has it ("gemeente Assen").
        let capitalised: [Bool]
        /// A collaboration's name with capitals past its first word needs one of them in the text:
        /// "Democratic Challenge" or "Interbestuurlijk programma", not "democratic challenge"; a name in
        /// sentence case ("Culturele allianties") is also a common noun and matches as one.
        var needsACapital = false
        let kind: FindingKind
        let id: String
        let confidence: Double
    }

    /// Variants by their first two folded tokens (one for a one-word name), so that a text's word
    /// meets only the few names that start as it goes on, not every "Gemeente …" of the country.
    let variants: [String: [Variant]]
    /// Municipalities and provinces by their place name alone, taken only where a text lists them as
    /// organisations ("de gemeenten Emmen, Coevorden en Borger-Odoorn", "Assen (b Out)").
    let places: [String: [Variant]]
    let meetings: [Meeting]
    /// Family names (folded) to people, for "burgemeester Loohuis" and "Deetman".
    let familyNames: [String: [Person]]
    /// Place names (folded), so "burgemeester van Assen" is not a person named Van Assen.
    let placeNames: Set<String>
    /// The name of every record the gazetteer knows.
    public let names: [RecordKey: String]

    public static let empty = Gazetteer(entries: [], people: [], meetings: [])

    public init(entries: [Entry], people: [Person], meetings: [Meeting]) {
        var variants: [String: [Variant]] = [:]
        func add(_ name: String, _ kind: FindingKind, _ id: String, _ confidence: Double, acronym: Bool = false) {
            let words = Self.words(name)
            guard !words.isEmpty else { return }
            let folded = words.map { Self.inflectionFolded($0) }
        // "Het Drents Energieloket" only with the capital: "het Drents Energieloket" is the article and the name.
        let startsWithArticle = ["het", "de"].contains(folded[0]) && words.count > 2
        let variant = Variant(tokens: folded, caseSensitive: acronym ? words : nil,
                              capitalised: words.indices.map { $0 == 0 && (words.count == 1 || startsWithArticle) },
                              needsACapital: kind == .samenwerking && words.dropFirst().contains { $0.first?.isUppercase == true },
                              kind: kind, id: id, confidence: confidence)
            variants[Self.key(variant.tokens), default: []].append(variant)
        }
        for entry in entries {
            for (name, confidence, acronym) in NameVariants.of(entry) { add(name, entry.kind, entry.id, confidence, acronym: acronym) }
        }
        // "bestuur van de Vereniging van Drentse Gemeenten" for "Bestuur VDG": a body named with its organisation's short name.
        let organisationsByShortName = Dictionary(entries.filter { $0.kind == .organisatie && $0.shortName != nil }
            .map { ($0.shortName!, $0.name) }, uniquingKeysWith: { a, _ in a })
        for entry in entries where entry.kind == .gremium {
            let words = NameVariants.withoutBrackets(entry.name).split(separator: " ").map(String.init)
            guard words.count >= 2, let last = words.last, let organisation = organisationsByShortName[last] else { continue }
            add(words.dropLast().joined(separator: " ") + " van de " + organisation, entry.kind, entry.id, 0.9)
        }
        var places: [String: [Variant]] = [:]
        for entry in entries where entry.kind == .organisatie {
            guard let short = entry.shortName, !NameVariants.isSpecific(short, of: entry) else { continue }
            let words = Self.words(short)
            guard !words.isEmpty else { continue }
            let variant = Variant(tokens: words.map { Self.inflectionFolded($0) }, caseSensitive: nil, capitalised: words.map { _ in true },
                                  needsACapital: false, kind: .organisatie, id: entry.id, confidence: 0.7)
            places[variant.tokens[0], default: []].append(variant)
        }
        self.places = places
        for person in people {
            let full = [person.givenName, person.infix, person.familyName].compactMap { $0 }.joined(separator: " ")
            if person.givenName != nil, person.familyName != nil { add(full, .persoon, person.id, 0.95) }
            if person.name.split(separator: " ").count > 1, person.name != full { add(person.name, .persoon, person.id, 0.9) }
            if let infix = person.infix, let family = person.familyName, person.givenName != nil {
                add(infix + " " + family, .persoon, person.id, 0.85)
                add(infix.prefix(1).uppercased() + infix.dropFirst() + " " + family, .persoon, person.id, 0.85)
            }
        }
        self.variants = variants
        self.meetings = meetings
        var names: [RecordKey: String] = [:]
        for entry in entries { if let kind = entry.kind.recordKind { names[RecordKey(kind, entry.id)] = entry.name } }
        for person in people { names[RecordKey(.person, person.id)] = person.name }
        for meeting in meetings { names[RecordKey(.meeting, meeting.id)] = meeting.name }
        self.names = names
        self.placeNames = Set(entries.compactMap { $0.shortName.map(DutchTokenizer.fold) })
        self.familyNames = Dictionary(grouping: people.filter { $0.familyName != nil }, by: { DutchTokenizer.fold($0.familyName!) })
    }

    static func inflectionFolded(_ word: String) -> String {
        let folded = DutchTokenizer.fold(word)
        return RecognitionText.inflection[folded] ?? folded
    }

    /// The words of a name as the tokeniser cuts them, hyphens and other signs left out.
    static func words(_ name: String) -> [String] {
        RecognitionText(name).tokens.filter { $0.isWord || $0.isNumber || $0.text == "&" || $0.text == "," || $0.text == "+" }.map(\.text)
    }

    /// Every known name in the text, longest first where they overlap.
    func findings(in text: RecognitionText) -> [Finding] {
        let tokens = text.tokens
        var findings: [Finding] = []
        for i in tokens.indices where tokens[i].isWord || tokens[i].isNumber {
            var candidates = variants[tokens[i].folded] ?? []
            if let next = nextWord(after: i, in: text) { candidates += variants[Self.key([tokens[i].folded, tokens[next].folded])] ?? [] }
            for variant in candidates {
                guard let last = match(variant, at: i, in: text) else { continue }
                findings.append(text.finding(variant.kind, tokens: i...last, record: RecordKey(variant.kind.recordKind!, variant.id),
                                             confidence: variant.confidence))
            }
        }
        for i in tokens.indices where tokens[i].isWord {
            for variant in places[tokens[i].folded] ?? [] {
                guard let last = match(variant, at: i, in: text), listsOrganisations(from: i, to: last, in: text) else { continue }
                findings.append(text.finding(.organisatie, tokens: i...last, record: RecordKey(.organisation, variant.id),
                                             confidence: variant.confidence))
            }
        }
        return findings
    }

    static func key(_ tokens: [String]) -> String {
        tokens.count == 1 ? tokens[0] : tokens[0] + "\u{1}" + tokens[1]
    }

    /// The next token that a name's next word would match, past hyphens, slashes and in-word apostrophes.
    private func nextWord(after i: Int, in text: RecognitionText) -> Int? {
        let tokens = text.tokens
        var t = i + 1
        while t < tokens.count, ["-", "/", "–"].contains(tokens[t].folded) || (tokens[t].folded == "'" && tokens[t].start == tokens[t - 1].end) {
            t += 1
        }
        return t < tokens.count ? t : nil
    }

    /// Whether a place name stands for its municipality: a label of a list ("Assen (b Out)", "Drenthe:")
    /// or one of "de gemeenten Emmen, Coevorden en Borger-Odoorn".
    private func listsOrganisations(from first: Int, to last: Int, in text: RecognitionText) -> Bool {
        let tokens = text.tokens
        if last + 1 < tokens.count, tokens[last + 1].text == "(" || tokens[last + 1].text == ":" { return true }
        // "burgemeester Bijl (Midden-Drenthe)".
        if first > 0, tokens[first - 1].text == "(", last + 1 < tokens.count, tokens[last + 1].text == ")" { return true }
        // "burgemeester Loohuis van Hoogeveen", "de burgemeester van Assen".
        if first >= 2, tokens[first - 1].folded == "van",
           tokens[first - 2].isCapitalised && tokens[first - 2].isWord || ["burgemeester", "wethouder", "gemeentesecretaris", "griffier"].contains(tokens[first - 2].folded) {
            return true
        }
        var t = first - 1
        while t >= 0, first - t <= 16 {
            let token = tokens[t]
            if token.folded == "gemeenten" || token.folded == "gemeente" && t == first - 1 { return true }
            guard token.text == "," || token.folded == "en" || token.text == "-" || (token.isWord && token.isCapitalised) else { return false }
            t -= 1
        }
        return false
    }

    /// The last token of `variant` matched from `i`, skipping hyphens and slashes between words.
    private func match(_ variant: Variant, at i: Int, in text: RecognitionText) -> Int? {
        let tokens = text.tokens
        var t = i
        var capitals = false
        for (n, word) in variant.tokens.enumerated() {
            if n > 0 {
                t += 1
                while t < tokens.count, ["-", "/", "–"].contains(tokens[t].folded)
                        || (tokens[t].folded == "'" && tokens[t].start == tokens[t - 1].end) { t += 1 }
            }
            guard t < tokens.count, tokens[t].folded == word else { return nil }
            if let exact = variant.caseSensitive, tokens[t].text != exact[n] { return nil }
            // A one-word name with its capital, or after "het": "het rijk" is the Rijk, "waterschappen" no organisation.
            if variant.capitalised[n], !tokens[t].isCapitalised, !(variant.tokens.count == 1 && i > 0 && tokens[i - 1].folded == "het") { return nil }
            capitals = capitals || tokens[t].isCapitalised
        }
        if variant.needsACapital, !capitals { return nil }
        // A person's name is written with a capital: "de Groot" in "de groot" is not Mr de Groot.
        if variant.kind == .persoon, !tokens[t].isCapitalised { return nil }
        // A name ends at a word's end: "VDG" in "VDG-bestuur" is the VDG, "Assen" in "Assenaar" is not.
        if t + 1 < tokens.count, tokens[t + 1].start == tokens[t].end, tokens[t + 1].isWord { return nil }
        // "RES Drenthe", "RUD Drenthe": the province's name after a collaboration's is part of it.
        if variant.kind == .samenwerking, t + 1 < tokens.count, tokens[t + 1].folded == "drenthe", !variant.tokens.contains("drenthe") { t += 1 }
        return t
    }
}
