import TafelCore
import TafelStore

/// Joint draft decisions: offered in a meeting of a collaboration's administrative body to the
/// colleges of the municipalities of its province, each of which decides for itself. Those that
/// take part in the collaboration mostly adopt it; the others mostly decline. Offers of the
/// last months are still on the colleges' agendas, and some older ones are overdue.
extension NationalGenerator {
    private static let offeringKinds: Set<BodyKind> = [.bestuur, .dagelijksBestuur, .bestuurlijkOverleg, .stuurgroep, .regiegroep]

    func generateJointDecisions() async throws {
        var random = random("gezamenlijke besluiten")
        let subjects: [(article: String, noun: String)] = [
            ("het", "uitvoeringsprogramma"), ("de", "regionale aanpak"), ("de", "gezamenlijke inkoop"), ("de", "werkagenda"), ("het", "convenant"),
            ("de", "samenwerkingsafspraken"), ("de", "regionale strategie"), ("de", "uitvoeringsovereenkomst"),
        ]
        for meeting in meetings where meeting.held {
            let body = bodies[meeting.body]
            guard Self.offeringKinds.contains(body.kind), meeting.confidentiality == .openbaar, let c = body.collaboration,
                  collaborations[c].confidentiality == .openbaar, random.chance(0.12)
            else { continue }
            let collaboration = collaborations[c]
            let offered = municipalities[collaboration.province]
            guard offered.count >= 2 else { continue }
            jointDecisions += 1
            let id = Self.numberedID("besluit", jointDecisions)
            let subject = random.pick(subjects)
            let respondBy = meeting.date.adding(days: random.int(60...120))
            let participating = Set(collaboration.participants.map(\.organisation))
            let confidentiality = random.chance(0.97) ? Confidentiality.openbaar : .intern
            try await writer.append(NationalTables.jointDecisions, [
                .text(id), .text("Conceptbesluit \(subject.noun) \(collaboration.shortName ?? collaboration.name)"),
                .text("Synthetisch: het college stemt in met \(subject.article) \(subject.noun) van \(collaboration.name) en draagt de uitvoering op aan de eigen organisatie."),
                .text("Synthetisch: aangeboden door het gremium ‘\(body.name)’ aan de colleges van de gemeenten in \(Provinces.all[collaboration.province].name)."),
                .text(body.id), Cell(body.organisation.map { organisations[$0].id }), .text(DecisionOrgan.college.rawValue),
                .text(meeting.date.iso), .text(respondBy.iso), .text(meeting.id), .text(collaboration.id), .text(confidentiality.rawValue),
            ])
            for (position, municipality) in offered.enumerated() {
                let (status, day) = response(offered: meeting.date, takesPart: participating.contains(municipality), &random)
                try await writer.append(NationalTables.jointDecisionResponses, [
                    .text(id), .int(position + 1), .text(organisations[municipality].id), .text(status.rawValue), Cell(day?.iso),
                    .null,
                ])
            }
        }
    }

    /// A college's answer: after the reference day nothing is decided; a recent offer is
    /// mostly still offered or on the agenda; an old one mostly decided, a few not at all.
    private func response(offered: CalendarDay, takesPart: Bool, _ random: inout SeededRandom) -> (JointDecisionStatus, CalendarDay?) {
        let elapsed = Self.referenceDay.ordinal - offered.ordinal
        let decideDay = offered.adding(days: random.int(20...max(21, min(elapsed, 200))))
        let decided = decideDay <= Self.referenceDay && random.chance(elapsed > 240 ? 0.93 : 0.45)
        guard decided else {
            guard elapsed > 7, random.chance(0.5) else { return (.aangeboden, nil) }
            return (.geagendeerd, offered.adding(days: random.int(7...min(elapsed, 60))))
        }
        let status: JointDecisionStatus = takesPart
            ? random.weighted([(.vastgesteld, 80), (.gewijzigdVastgesteld, 12), (.verworpen, 3), (.zietAf, 5)])
            : random.weighted([(.vastgesteld, 25), (.gewijzigdVastgesteld, 5), (.verworpen, 10), (.zietAf, 60)])
        return (status, decideDay)
    }
}
