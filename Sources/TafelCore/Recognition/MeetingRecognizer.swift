/// Meetings named by their kind and day ("de statenvergadering van 16 december 2009", "de vergadering
/// van de Statencommissie Cultuur en Economie op 7 maart2012") or by name and year ("VNG Jaarcongres
/// 2018", "ALV 2019"), linked to the meeting Tafel knows on that day.
enum MeetingRecognizer {
    private static let nouns: Set<String> = [
        "statenvergadering", "vergadering", "commissievergadering", "raadsvergadering", "ledenvergadering", "alv",
        "bijeenkomst", "themabijeenkomst", "overleg", "statenontmoeting", "congres", "jaarcongres", "gesprek", "werksessie",
        "sessie", "raadsinformatieavond", "informatieavond", "conferentie",
    ]
    /// Compounds end in a meeting noun: "overhedenoverleg", "portefeuillehoudersoverleg".
    private static let nounEndings = ["vergadering", "overleg", "bijeenkomst", "congres", "ontmoeting", "conferentie"]
    /// What may stand between the noun and the day: whose meeting it is ("van de Statencommissie Cultuur en Economie").
    private static let between: Set<String> = ["van", "de", "het", "der", "en", "met", "tussen", "-", "–"]
    private static let connectors: Set<String> = ["van", "op", "d", "dd", "gehouden", "dato"]
    private static let yearNamed: Set<String> = ["congres", "jaarcongres", "alv", "ledenvergadering", "conferentie"]

    static func findings(in text: RecognitionText, dates: [DateRecognizer.DateMatch], entities: [Finding], gazetteer: Gazetteer) -> [Finding] {
        let tokens = text.tokens
        var findings: [Finding] = []
        let bodiesByStart = Dictionary(entities.filter { $0.kind == .gremium }.map { ($0.start, $0) }, uniquingKeysWith: { a, _ in a })
        let organisationsByStart = Dictionary(entities.filter { $0.kind == .organisatie }.map { ($0.start, $0) }, uniquingKeysWith: { a, _ in a })
        // Words of a body or organisation may stand between the noun and the day ("overleg met het VDG-bestuur op …").
        var named = Occupancy()
        for entity in entities { named.take(entity.start..<entity.end) }
        for date in dates where date.first >= 2 {
            // "van 16 december", "op 7 maart2012", "d.d. 3 februari 2010".
            var connector = date.first - 1
            if tokens[connector].text == ".", connector >= 3, tokens[connector - 1].folded == "d" { connector -= 3 }
            var noun: Int?
            if isNoun(tokens[date.first - 1]) {
                // "overhedenoverleg 14-02-2018"
                noun = date.first - 1
            } else if connectors.contains(tokens[connector].folded) {
                var t = connector - 1
                while t >= 0, connector - t <= 10 {
                    let token = tokens[t]
                    if isNoun(token) { noun = t; break }
                    guard between.contains(token.folded) || token.isCapitalised || token.text == ","
                            || named.isTaken(text.origin[token.start]) else { break }
                    t -= 1
                }
            }
            guard var first = noun else { continue }
            // "GS-vergadering": the compound's first part belongs to it.
            if first >= 2, tokens[first - 1].text == "-", tokens[first - 1].start == tokens[first - 2].end,
               tokens[first].start == tokens[first - 1].end { first -= 2 }
            if first > 0, ["algemene", "openbare", "besloten", "bestuurlijk", "ambtelijk", "extra"].contains(tokens[first - 1].folded) { first -= 1 }
            let span = text.finding(.datum, tokens: first...date.last, confidence: 0)
            let bodies = (span.start..<span.end).compactMap { position in
                bodiesByStart[position].flatMap { $0.end <= span.end ? $0.record?.id : nil }
            }
            let record = resolve(on: date.iso, bodies: bodies, noun: tokens[noun!].folded, in: gazetteer)
            findings.append(text.finding(.bijeenkomst, tokens: first...date.last, value: date.iso, record: record.map { RecordKey(.meeting, $0) },
                                         confidence: record != nil ? 0.9 : 0.75))
        }
        var dated = Occupancy()
        for finding in findings { dated.take(finding.start..<finding.end) }
        // "VNG Jaarcongres 2018", "ALV 2019".
        for (i, token) in tokens.enumerated() where yearNamed.contains(token.folded) || token.folded.hasSuffix("congres") {
            guard i + 1 < tokens.count, tokens[i + 1].isNumber, tokens[i + 1].text.count == 4, let year = Int(tokens[i + 1].text),
                  (1800...2200).contains(year), !dated.isTaken(text.origin[token.start]) else { continue }
            var first = i
            if i > 0, tokens[i - 1].isAllCaps { first = i - 1 }
            if first > 0, tokens[first - 1].folded == "algemene" { first -= 1 }
            let name = DutchTokenizer.fold(String(String.UnicodeScalarView(text.clean[tokens[first].start..<tokens[i + 1].end])))
            let candidates = gazetteer.meetings.filter { ($0.date ?? "").hasPrefix(String(year)) && matches(name: name, noun: token.folded, $0) }
            let record = candidates.count == 1 ? candidates[0].id : nil
            findings.append(text.finding(.bijeenkomst, tokens: first...(i + 1), value: String(year), record: record.map { RecordKey(.meeting, $0) },
                                         confidence: record != nil ? 0.9 : 0.7))
        }
        // "de algemene ledenvergadering van de VNG": a members' meeting of a named organisation, without its day.
        for (i, token) in tokens.enumerated() where ["ledenvergadering", "alv", "jaarcongres"].contains(token.folded) {
            guard i + 2 < tokens.count, tokens[i + 1].folded == "van" else { continue }
            let ownerStart = ["de", "het"].contains(tokens[i + 2].folded) ? i + 3 : i + 2
            guard ownerStart < tokens.count else { continue }
            // The owner: an organisation found there, or its short name in capitals ("van de VNG").
            let ownerEnd: Int
            if let owner = organisationsByStart[text.origin[tokens[ownerStart].start]] {
                ownerEnd = owner.end
            } else if tokens[ownerStart].isAllCaps {
                ownerEnd = text.origin[tokens[ownerStart].end - 1] + 1
            } else {
                continue
            }
            var first = i
            if i > 0, tokens[i - 1].folded == "algemene" { first = i - 1 }
            let start = text.origin[tokens[first].start]
            guard !dated.isTaken(start) else { continue }
            let end = ownerEnd
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: text.original[start..<end])
            findings.append(Finding(kind: .bijeenkomst, start: start, end: end, text: String(scalars), confidence: 0.7))
        }
        return findings
    }

    private static func isNoun(_ token: RecognitionText.Token) -> Bool {
        token.isWord && (nouns.contains(token.folded) || nounEndings.contains { token.folded.hasSuffix($0) })
    }

    private static func matches(name: String, noun: String, _ meeting: Gazetteer.Meeting) -> Bool {
        let meetingName = DutchTokenizer.fold(meeting.name)
        if noun == "alv" { return meetingName.contains("alv") || meetingName.contains("algemene ledenvergadering") }
        return meetingName.contains(noun) && name.split(separator: " ").filter { $0.count > 1 && !$0.allSatisfy(\.isNumber) }
            .allSatisfy { meetingName.contains($0) || $0 == "alv" }
    }

    /// The one meeting on that day: of the body the text names, or of the kind the noun says.
    private static func resolve(on iso: String, bodies: [String], noun: String, in gazetteer: Gazetteer) -> String? {
        let sameDay = gazetteer.meetings.filter { $0.date == iso }
        if !bodies.isEmpty {
            let ofBody = sameDay.filter { $0.bodyID.map(bodies.contains) ?? false }
            if ofBody.count == 1 { return ofBody[0].id }
        }
        let ofKind = sameDay.filter { DutchTokenizer.fold($0.name).contains(noun) }
        if ofKind.count == 1 { return ofKind[0].id }
        return sameDay.count == 1 ? sameDay[0].id : nil
    }
}
