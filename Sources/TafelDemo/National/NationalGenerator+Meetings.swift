import TafelCore
import TafelStore

/// Meetings of bodies, with organisers, attendances, agenda items and outcomes.
extension NationalGenerator {
    func generateMeetings() async throws {
        var random = random("bijeenkomsten")
        // Bodies of collaborations that ended before 2010 hold none of the meetings (which start in 2010).
        let weights = bodies.indices.map { index -> (Int, Int) in
            if let c = bodies[index].collaboration, let end = collaborations[c].end, end < CalendarDay(2010, 1, 1) { return (index, 0) }
            return switch bodies[index].kind {
            case .provincialeStaten: (index, 30)
            case .gedeputeerdeStaten: (index, 40)
            case .statencommissie: (index, 20)
            case .raad: (index, 12)
            case .college: (index, 20)
            case .dagelijksBestuur, .stuurgroep, .projectgroep: (index, 6)
            default: (index, 5)
            }
        }
        let cumulative = Cumulative(weights)
        meetings.reserveCapacity(plan.meetings)

        for _ in 0..<plan.meetings {
            let bodyIndex = cumulative.pick(&random)
            let body = bodies[bodyIndex]
            let collaboration = body.collaboration.map { collaborations[$0] }
            let date = meetingDay(collaboration, &random).workingDay
            // Short numbered ids: they are repeated in four child tables and their indexes.
            let id = Self.numberedID("bijeenkomst", meetings.count + 1)
            let status: MeetingStatus = date > Self.referenceDay ? .gepland : (random.chance(0.04) ? .geannuleerd : .gehouden)
            let meetingIndex = meetings.count
            if collaboration != nil { collaborationMeetings.append(meetingIndex) }

            let (kind, name) = kindAndName(body, date: date, &random)
            let owner = body.organisation ?? collaboration?.lead
            let location = self.location(body, collaboration: collaboration, &random)
            let time = body.kind == .raad || body.kind == .provincialeStaten
                ? random.pick(["19:30", "20:00", "10:00"])
                : random.pick(["09:00", "09:30", "10:00", "13:30", "14:00", "15:00", "16:00"])
            let confidentiality = Self.confidentiality(&random)
            meetings.append(Meeting(id: id, body: bodyIndex, date: date, held: status == .gehouden, confidentiality: confidentiality))
            let domain = PolicyDomains.all[collaboration?.domains[0] ?? random.index(PolicyDomains.all.count)]
            let subject = random.pick(domain.subjects)
            try await writer.append(NationalTables.meetings, [
                .text(id), .text(name), .text(kind.rawValue), .text(status.rawValue), .text(date.iso), .text(time),
                .text(location), .text(body.id),
                .text("Synthetisch: vergadering van \(body.name) over onder meer \(subject)."),
                .text(confidentiality.rawValue),
            ])
            if confidentiality == .vertrouwelijk, let owner {
                restricted.append((.meeting, id, owner))
            }

            var organisers: [Int] = owner.map { [$0] } ?? []
            if let collaboration, random.chance(0.2) {
                let second = random.pick(collaboration.participants).organisation
                if !organisers.contains(second) { organisers.append(second) }
            }
            for organiser in organisers {
                try await writer.append(NationalTables.meetingOrganisers, [.text(id), .text(organisations[organiser].id)])
            }

            // Attendances: members of the body, or else people of the participants.
            var pool = bodyMembers[bodyIndex]
            if pool.count < 2, let collaboration {
                pool += collaboration.participants.prefix(4).flatMap { staff[$0.organisation].prefix(3) }
            }
            let attendees = random.sample(pool, random.int(2...4))
            for (position, person) in attendees.enumerated() {
                let role: AttendanceRole = position == 0 ? .voorzitter
                    : (position == attendees.count - 1 && random.chance(0.3) ? .notulist
                       : random.weighted([(.deelnemer, 8), (.spreker, 1), (.reflectant, 1), (.toehoorder, 1)]))
                let onBehalfOf = persons[person].organisation
                try await writer.append(NationalTables.meetingAttendances, [
                    .text(id), .int(position), .text(persons[person].id), .null,
                    Cell(onBehalfOf == body.organisation ? nil : organisations[onBehalfOf].id), .text(role.rawValue),
                ])
            }

            let topics = [
                Self.capitalised(subject), "Voortgangsrapportage \(date.year)", "Begroting \(date.year + 1)",
                "Jaarstukken \(date.year - 1)", "Evaluatie van de samenwerking", "Werkplan \(date.year + 1)",
            ]
            let items = ["Opening en mededelingen"] + random.sample(topics, random.int(1...2)) + ["Rondvraag en sluiting"]
            for (position, title) in items.enumerated() {
                try await writer.append(NationalTables.agendaItems, [.text(id), .int(position + 1), .int(position + 1), .text(title), .null])
            }
            guard status == .gehouden else { continue }
            let outcomeCount = random.weighted([(0, 2), (1, 4), (2, 3), (3, 1)])
            for position in 0..<outcomeCount {
                let kind = random.weighted([(OutcomeKind.besluit, 4), (.afspraak, 3), (.toezegging, 3), (.conclusie, 2), (.aanbeveling, 1)])
                let item = random.int(2...(items.count - 1))
                let by: Int? = kind == .toezegging ? attendees.first : nil
                try await writer.append(NationalTables.meetingOutcomes, [
                    .text(id), .int(position), .text(kind.rawValue), .text(Self.outcome(kind, subject: subject, title: items[item - 1])),
                    .int(item), Cell(by.map { persons[$0].id }), .null, .null, .null,
                ])
                if kind == .toezegging, let by {
                    try await writeCommitment(meeting: id, position: position, date: date, by: persons[by].id, to: body.id,
                                              title: items[item - 1], subject: subject, confidentiality: confidentiality,
                                              owner: owner, &random)
                }
            }
            // An action item for about half of the meetings held: owned by someone present, due
            // a few weeks later, mostly done when the due date lies well in the past.
            if !attendees.isEmpty, random.chance(0.5) {
                let owner = random.pick(attendees)
                let due = date.adding(days: random.int(14...60))
                let done = due < CalendarDay(2026, 6, 1) && random.chance(0.8)
                let item = random.int(2...(items.count - 1))
                try await writer.append(NationalTables.meetingOutcomes, [
                    .text(id), .int(outcomeCount), .text(OutcomeKind.actiepunt.rawValue),
                    .text(Self.outcome(.actiepunt, subject: subject, title: items[item - 1])), .int(item), .null,
                    .text(persons[owner].id), .text(due.iso), .text((done ? ActionStatus.afgerond : .open).rawValue),
                ])
            }
        }
    }

    /// The commitment a `toezegging` outcome records: due some weeks or months later; when
    /// the due day lies before the reference day mostly kept, some of them late, a few lapsed,
    /// and the rest open and overdue.
    private func writeCommitment(meeting: String, position: Int, date: CalendarDay, by person: String, to body: String, title: String,
                                 subject: String, confidentiality: Confidentiality, owner: Int?,
                                 _ random: inout SeededRandom) async throws {
        commitments += 1
        let id = Self.numberedID("toezegging", commitments)
        let due = date.adding(days: random.int(21...180))
        var fulfilled: CalendarDay?
        var decision: CommitmentDecision?
        if due < Self.referenceDay {
            switch random.int(1...100) {
            case 1...60: fulfilled = date.adding(days: random.int(7...(due.ordinal - date.ordinal)))
            case 61...75: fulfilled = due.adding(days: random.int(1...120))
            case 76...80: decision = .vervallen
            default: break
            }
        } else if random.chance(0.2) {
            fulfilled = date.adding(days: random.int(7...(due.ordinal - date.ordinal)))
        }
        if let day = fulfilled, day > Self.referenceDay { fulfilled = Self.referenceDay }
        try await writer.append(NationalTables.commitments, [
            .text(id), .text("Toezegging bij ‘\(title)’"), .text(Self.outcome(.toezegging, subject: subject, title: title)),
            .text(date.iso), .text(meeting), .int(position), .text(person), .text(body), .text(due.iso), Cell(fulfilled?.iso),
            Cell(decision?.rawValue), Cell(decision.map { _ in "Synthetisch: de aanleiding is vervallen." }), .text(confidentiality.rawValue),
        ])
        if confidentiality == .vertrouwelijk, let owner { restricted.append((.commitment, id, owner)) }
    }

    /// A weekday in the collaboration's active years (2010 at the earliest, the end of 2026 at the latest).
    private func meetingDay(_ collaboration: Collaboration?, _ random: inout SeededRandom) -> CalendarDay {
        let first = CalendarDay(2010, 1, 1)
        let last = CalendarDay(2026, 12, 31)
        let from = max(first, collaboration?.start ?? (collaboration == nil ? first : CalendarDay(2024, 1, 1)))
        var to = min(last, collaboration?.end ?? last)
        if from > to { to = min(last, from.adding(days: 365)) }
        return CalendarDay.random(from: from, to: to, &random)
    }

    private func kindAndName(_ body: Body, date: CalendarDay, _ random: inout SeededRandom) -> (MeetingKind, String) {
        let regular: MeetingKind = switch body.kind {
        case .provincialeStaten: .statenvergadering
        case .statencommissie: .commissievergadering
        case .algemeneLedenvergadering: .algemeneLedenvergadering
        case .ambtelijkOverleg, .werkgroep, .projectgroep: .ambtelijkOverleg
        case .bestuur, .dagelijksBestuur, .stuurgroep, .bestuurlijkOverleg, .regiegroep: .bestuurlijkOverleg
        default: .overleg
        }
        if random.chance(0.1) {
            let special: MeetingKind = body.kind == .provincialeStaten
                ? .statenontmoeting
                : random.pick([.themabijeenkomst, .werkbezoek, .onlineGesprek, .kenniscafe, .congres])
            return (special, "\(special.label) \(body.name), \(date.dutch)")
        }
        return (regular, "\(body.name), \(date.dutch)")
    }

    private func location(_ body: Body, collaboration: Collaboration?, _ random: inout SeededRandom) -> String {
        if random.chance(0.12) { return "online" }
        if let organisation = body.organisation {
            let o = organisations[organisation]
            return switch o.kind {
            case .provincie: "Provinciehuis \(o.shortName)"
            case .gemeente: "Gemeentehuis \(o.shortName)"
            default: "Kantoor \(o.name)"
            }
        }
        guard let collaboration else { return "online" }
        let host = organisations[random.chance(0.7) ? collaboration.lead : random.pick(collaboration.participants).organisation]
        return switch host.kind {
        case .provincie: "Provinciehuis \(host.shortName)"
        case .gemeente: "Gemeentehuis \(host.shortName)"
        default: "Kantoor \(host.name)"
        }
    }

    static func outcome(_ kind: OutcomeKind, subject: String, title: String) -> String {
        switch kind {
        case .besluit: "Het voorstel bij ‘\(title)’ wordt vastgesteld."
        case .afspraak: "De deelnemers stemmen hun inzet op \(subject) voortaan elk kwartaal af."
        case .toezegging: "Voor de volgende vergadering volgt een uitwerking van \(subject)."
        case .conclusie: "De voortgang op \(subject) is voldoende; bijsturing is niet nodig."
        case .aanbeveling: "Betrek inwoners en ondernemers eerder bij \(subject)."
        case .actiepunt: "Het secretariaat zet de stand van \(subject) op papier voor de volgende vergadering."
        }
    }

    static func capitalised(_ text: String) -> String { DutchText.capitalised(text) }
}
