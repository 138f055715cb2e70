import TafelCore
import TafelStore

/// Documents with Dutch text: meeting papers for the meetings of collaborations, letters,
/// reports and agreements about collaborations; with senders and addressees, and some as the
/// source of a meeting or a collaboration.
extension NationalGenerator {
    static let documentKinds: [(DocumentKind, Int)] = [
        (.verslag, 13), (.notulen, 9), (.agenda, 13), (.besluitenlijst, 9), (.brief, 17), (.statenbrief, 8),
        (.agenderingsverzoek, 3), (.rapport, 10), (.convenant, 3), (.strategischeAgenda, 2), (.overig, 13),
    ]

    func generateDocuments() async throws {
        var random = random("documenten")
        var meetingSources = [Int](repeating: 0, count: meetings.count)
        var collaborationSources = [Int](repeating: 0, count: collaborations.count)
        let withProvince = collaborations.indices.filter { index in
            collaborations[index].participants.contains { organisations[$0.organisation].kind == .provincie }
        }

        for number in 1...plan.documents {
            var kind = random.weighted(Self.documentKinds)
            let isMeetingPaper = [.verslag, .notulen, .agenda, .besluitenlijst].contains(kind) && !collaborationMeetings.isEmpty
            var meeting: Int?
            let collaborationIndex: Int
            if isMeetingPaper {
                let m = random.pick(collaborationMeetings)
                if !meetings[m].held { kind = .agenda }
                meeting = m
                collaborationIndex = bodies[meetings[m].body].collaboration ?? 0
            } else if kind == .statenbrief, !withProvince.isEmpty {
                collaborationIndex = random.pick(withProvince)
            } else {
                collaborationIndex = random.index(collaborations.count)
            }
            let c = collaborations[collaborationIndex]
            let date = documentDay(kind, meeting: meeting, collaboration: c, &random).workingDay

            let sender = random.pick(c.participants).organisation
            var addressee = random.pick(c.participants).organisation
            if addressee == sender, c.participants.count > 1 { addressee = c.participants[c.participants[0].organisation == sender ? 1 : 0].organisation }
            let province = c.participants.first { organisations[$0.organisation].kind == .provincie }?.organisation
                ?? provinceOrganisations[min(c.province, provinceOrganisations.count - 1)]
            let bodyIndex = meeting.map { meetings[$0].body } ?? c.bodies.first
            let bodyName = bodyIndex.map { bodies[$0].name } ?? "het bestuurlijk overleg"
            let staffOfSender = staff[sender]
            let author = staffOfSender.isEmpty ? random.index(persons.count) : random.pick(staffOfSender)
            let other = random.index(persons.count)
            let subject = random.pick(PolicyDomains.all[random.pick(c.domains)].subjects)
            let place = c.participants.map(\.organisation).first { organisations[$0].kind == .gemeente }
                .map { organisations[$0].shortName } ?? Provinces.all[c.province].name
            let context = TextContext(
                collaboration: c.name, body: bodyName, subject: subject, place: place,
                province: organisations[province].shortName, person: persons[author].name, otherPerson: persons[other].name,
                organisation: organisations[sender].name, date: date, amount: random.int(50...5_000) * 1_000)
            let (text, firstSentence) = DutchText.text(kind, context, words: random.int(80...250), random: &random)

            let title = self.title(kind, context, &random)
            let id = Self.numberedID("document", number)
            let confidentiality = Self.confidentiality(&random)
            let summary = isMeetingPaper
                ? "Synthetisch: \(kind.label.lowercased()) van de vergadering van \(bodyName) op \(date.dutch)."
                : "Synthetisch: \(kind.label.lowercased()) over \(subject) in het kader van \(c.name)."
            let handledBy: String? = [.statenbrief, .brief, .agenderingsverzoek].contains(kind) ? persons[author].name : nil
            let writtenBy: String? = kind == .rapport || kind == .overig ? organisations[sender].name : nil
            try await writer.append(NationalTables.documents, [
                .text(id), .text(title), .text(kind.rawValue), .text(date.iso),
                .text("SYN-\(date.year)-\(String(100_000 + number))"), Cell(handledBy), Cell(writtenBy),
                .text(confidentiality.rawValue), .text(summary), .text(text),
            ])
            if confidentiality == .vertrouwelijk {
                restricted.append((.document, id, sender))
            }

            // Senders and addressees.
            switch kind {
            case .statenbrief:
                try await party(id, "sender", 0, organisation: province)
                if let states = provincialStates[province] { try await party(id, "addressee", 0, body: states) }
            case .brief:
                try await party(id, "sender", 0, organisation: sender)
                try await party(id, "addressee", 0, organisation: addressee)
            case .agenderingsverzoek:
                try await party(id, "sender", 0, organisation: sender)
                if let bodyIndex { try await party(id, "addressee", 0, body: bodyIndex) }
            case .convenant:
                for (position, p) in c.participants.prefix(6).enumerated() {
                    try await party(id, "sender", position, organisation: p.organisation)
                }
            case .agenda, .notulen, .besluitenlijst:
                try await party(id, "sender", 0, organisation: c.lead)
            default:
                break
            }

            // Sources: meeting papers for their meeting; other papers often for their collaboration.
            if let meeting, random.chance(0.6) {
                try await writer.append(NationalTables.sources, [
                    .text(RecordKind.meeting.rawValue), .text(meetings[meeting].id), .int(meetingSources[meeting]), .text(id),
                    .text(firstSentence),
                ])
                meetingSources[meeting] += 1
            } else if !isMeetingPaper, kind == .statenbrief || kind == .convenant || random.chance(0.3) {
                try await writer.append(NationalTables.sources, [
                    .text(RecordKind.collaboration.rawValue), .text(c.id), .int(collaborationSources[collaborationIndex]), .text(id),
                    .text(firstSentence),
                ])
                collaborationSources[collaborationIndex] += 1
            }
        }
    }

    private func party(_ document: String, _ role: String, _ position: Int, organisation: Int? = nil, body: Int? = nil) async throws {
        try await writer.append(NationalTables.documentParties, [
            .text(document), .text(role), .int(position), Cell(organisation.map { organisations[$0].id }),
            Cell(body.map { bodies[$0].id }),
        ])
    }

    /// A meeting paper's date follows its meeting; other papers fall in the collaboration's years.
    private func documentDay(_ kind: DocumentKind, meeting: Int?, collaboration c: Collaboration,
                             _ random: inout SeededRandom) -> CalendarDay {
        if let meeting {
            let day = meetings[meeting].date
            return kind == .agenda ? day.adding(days: -random.int(5...10)) : min(max(day, Self.referenceDay), day.adding(days: random.int(3...21)))
        }
        let from = max(Self.earliestDay, c.start ?? CalendarDay(2024, 1, 1))
        let to = max(from, min(Self.referenceDay, c.end ?? Self.referenceDay))
        return CalendarDay.random(from: from, to: to, &random)
    }

    private func title(_ kind: DocumentKind, _ c: TextContext, _ random: inout SeededRandom) -> String {
        switch kind {
        case .verslag: "Verslag \(c.body) \(c.date.dutch)"
        case .notulen: "Notulen \(c.body) \(c.date.dutch)"
        case .agenda: "Agenda \(c.body) \(c.date.dutch)"
        case .besluitenlijst: "Besluitenlijst \(c.body) \(c.date.dutch)"
        case .statenbrief: "Statenbrief over \(c.subject) (\(c.collaboration))"
        case .brief: "Brief van \(c.organisation) over \(c.subject)"
        case .agenderingsverzoek: "Agenderingsverzoek: \(c.subject)"
        case .rapport:
            random.pick(["Evaluatie \(c.collaboration)", "Voortgangsrapportage \(c.collaboration) \(c.date.year)",
                         "Onderzoek naar \(c.subject)"])
        case .convenant: "Convenant \(c.collaboration)"
        case .strategischeAgenda: "Strategische agenda \(c.collaboration) \(c.date.year)–\(c.date.year + 4)"
        case .overig: "Notitie over \(c.subject)"
        }
    }
}
