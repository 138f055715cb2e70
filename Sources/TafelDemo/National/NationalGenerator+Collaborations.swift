import TafelCore
import TafelStore

/// Collaborations: first planned in memory (bodies and memberships refer to them), then
/// written with their participants, domains, roles, amounts, tasks, bodies and relations.
extension NationalGenerator {
    /// The kind of partnership, which decides who takes part.
    enum Pattern { case regional, local, interprovincial, national, knowledge, water }

    static let forms: [(CollaborationForm, Int)] = [
        (.gemeenschappelijkeRegeling, 15), (.convenant, 10), (.alliantie, 5), (.bestuursovereenkomst, 8),
        (.intentieovereenkomst, 6), (.regiodeal, 4), (.subsidierelatie, 8), (.pilot, 6), (.project, 13),
        (.programma, 10), (.commissie, 4), (.fonds, 3), (.netwerk, 8),
    ]

    static let statuses: [(CollaborationStatus, Int)] = [
        (.actief, 45), (.afgerond, 18), (.verkenning, 7), (.inVoorbereiding, 9), (.gestopt, 12), (.nietHaalbaar, 9),
    ]

    static let stopReasons = [
        "Gestopt omdat de rijksfinanciering is beëindigd.",
        "De deelnemers hebben besloten de taken onder te brengen in een bestaande samenwerking.",
        "Gestopt na een evaluatie waaruit bleek dat de meerwaarde te gering was.",
        "Door een gemeentelijke herindeling is de samenwerking overbodig geworden.",
        "Gestopt omdat de trekker zich heeft teruggetrokken en geen opvolger is gevonden.",
    ]

    static let infeasibleReasons = [
        "Niet haalbaar gebleken: onvoldoende draagvlak bij de raden.",
        "De benodigde cofinanciering kon niet worden gevonden.",
        "Uit de verkenning bleek dat de juridische constructie niet past bij de taken.",
        "De beschikbare netcapaciteit maakt de uitvoering onmogelijk.",
        "De deelnemers konden het niet eens worden over de verdeling van de kosten.",
    ]

    func planCollaborations() {
        var random = random("samenwerkingen")
        let provinceWeights = municipalities.enumerated().map { ($0.offset, max(1, $0.element.count)) }
        struct Draft {
            let base: String
            let region: String
            let province: Int
            let form: CollaborationForm
            let status: CollaborationStatus
            let domains: [Int]
            let participants: [Participant]
            let start: CalendarDay?
            let end: CalendarDay?
            let confidentiality: Confidentiality
            let hasShortName: Bool
        }
        var drafts: [Draft] = []
        var sameName: [String: [Int]] = [:]
        for _ in 0..<plan.collaborations {
            let province = random.weighted(provinceWeights)
            let pattern = random.weighted([
                (Pattern.regional, 55), (.local, 14), (.interprovincial, 7), (.national, 8), (.knowledge, 7), (.water, 9),
            ])
            let domains = random.sample(Array(PolicyDomains.all.indices), random.weighted([(1, 5), (2, 3), (3, 2)]))
            let domain = PolicyDomains.all[domains[0]]
            let form = random.weighted(Self.forms)
            let participants = self.participants(pattern, province: province, &random)
            // A few tries for a name not used yet; what is left over becomes a later phase of the same.
            var base = ""
            var region = ""
            for _ in 0..<4 {
                region = self.region(pattern, province: province, participants: participants, &random)
                let stem = form == .gemeenschappelijkeRegeling && !domain.arrangements.isEmpty
                    ? random.pick(domain.arrangements) : random.pick(domain.names)
                base = form == .gemeenschappelijkeRegeling && domain.arrangements.isEmpty
                    ? "Gemeenschappelijke regeling \(stem) \(region)" : "\(stem) \(region)"
                if sameName[base] == nil { break }
            }
            let status = random.weighted(Self.statuses)
            let (start, end) = Self.period(status, &random)
            sameName[base, default: []].append(drafts.count)
            drafts.append(Draft(base: base, region: region, province: province, form: form, status: status, domains: domains,
                                participants: participants, start: start, end: end,
                                confidentiality: Self.confidentiality(&random), hasShortName: random.chance(0.5)))
        }

        // Collaborations of one name are phases, numbered by start; each succeeds the one before.
        var names = drafts.map(\.base)
        var predecessors = [Int?](repeating: nil, count: drafts.count)
        for (index, draft) in drafts.enumerated() {
            guard let group = sameName[draft.base], group.count > 1, group[0] == index else { continue }
            let ordered = group.sorted {
                let (a, b) = (drafts[$0].start?.ordinal ?? Int.max, drafts[$1].start?.ordinal ?? Int.max)
                return a != b ? a < b : $0 < $1
            }
            for (phase, member) in ordered.enumerated() where phase > 0 {
                names[member] = "\(draft.base) – fase \(phase + 1)"
                predecessors[member] = ordered[phase - 1]
            }
        }
        for (index, draft) in drafts.enumerated() {
            let name = names[index]
            collaborations.append(Collaboration(
                id: uniqueID(name, maximumLength: 60), name: name, shortName: draft.hasShortName ? Self.acronym(name) : nil,
                region: draft.region, province: draft.province, form: draft.form, status: draft.status, domains: draft.domains,
                participants: draft.participants, start: draft.start, end: draft.end,
                confidentiality: draft.confidentiality, predecessor: predecessors[index]))
        }
    }

    /// Who takes part, the lead (trekker) first; 2 to 25 organisations.
    private func participants(_ pattern: Pattern, province: Int, _ random: inout SeededRandom) -> [Participant] {
        var chosen: [Int] = []
        func add(_ organisations: [Int]) {
            for organisation in organisations where !chosen.contains(organisation) && chosen.count < 25 {
                chosen.append(organisation)
            }
        }
        let provinceOrganisation = provinceOrganisations[province]
        let local = municipalities[province]
        let others = partners[province]
        func ofKind(_ kinds: Set<OrganisationKind>) -> [Int] { others.filter { kinds.contains(organisations[$0].kind) } }
        let societal: Set<OrganisationKind> = [.maatschappelijkeOrganisatie, .bedrijf, .vereniging, .samenwerkingsverband]

        switch pattern {
        case .regional:
            let size = random.weighted([(2...4, 40), (5...8, 35), (9...14, 20), (15...22, 5)])
            let members = random.sample(local, random.int(size))
            if random.chance(0.25) { add([provinceOrganisation]) }
            add(members)
            if random.chance(0.65) { add([provinceOrganisation]) }
            if random.chance(0.2) { add(random.sample(waterBoards[province], 1)) }
            if random.chance(0.35) { add(random.sample(ofKind(societal), random.int(1...3))) }
        case .local:
            add(random.sample(local, 1))
            add(random.sample(ofKind(societal.union([.kennisinstelling])), random.int(1...4)))
            if random.chance(0.2) { add([provinceOrganisation]) }
        case .interprovincial:
            add([provinceOrganisation])
            add(random.sample(provinceOrganisations, random.int(1...3)))
            if random.chance(0.5) { add(random.sample(nationalOrganisations, random.int(1...2))) }
            if random.chance(0.3) { add(random.sample(local, random.int(1...3))) }
        case .national:
            add(random.sample(nationalOrganisations, random.int(1...2)))
            add(random.sample(provinceOrganisations, random.int(2...8)))
            if random.chance(0.5) {
                add(random.sample(municipalities.flatMap { $0 }, random.int(1...6)))
            }
            if random.chance(0.3) { add(random.sample(ofKind(societal), random.int(1...2))) }
        case .knowledge:
            add(random.sample(ofKind([.kennisinstelling]), 1))
            add([provinceOrganisation])
            add(random.sample(ofKind([.bedrijf]), random.int(1...3)))
            add(random.sample(local, random.int(1...3)))
        case .water:
            add(random.sample(waterBoards[province], random.int(1...2)))
            add([provinceOrganisation])
            add(random.sample(local, random.int(2...6)))
        }
        // Never fewer than two: the province and its municipalities, then anyone.
        if chosen.count < 2 { add([provinceOrganisation]) }
        if chosen.count < 2 { add(random.sample(local, 2)) }
        while chosen.count < 2 { add([random.index(organisations.count)]) }

        return chosen.enumerated().map { position, organisation in
            if position == 0 { return Participant(organisation: organisation, role: .trekker) }
            let role: ParticipantRole = switch organisations[organisation].kind {
            case .provincie: random.weighted([(.deelnemer, 5), (.financier, 4), (.opdrachtgever, 2), (.adviseur, 1)])
            case .rijksoverheid: random.weighted([(.financier, 4), (.opdrachtgever, 2), (.deelnemer, 2), (.toehoorder, 1)])
            case .kennisinstelling: random.weighted([(.adviseur, 3), (.uitvoerder, 2), (.deelnemer, 1)])
            case .bedrijf: random.weighted([(.uitvoerder, 3), (.deelnemer, 2), (.financier, 1)])
            case .gemeente, .waterschap: random.weighted([(.deelnemer, 16), (.financier, 1), (.toehoorder, 1)])
            default: random.weighted([(.deelnemer, 4), (.uitvoerder, 1), (.adviseur, 1), (.toehoorder, 1)])
            }
            return Participant(organisation: organisation, role: role)
        }
    }

    /// The area a collaboration is named after.
    private func region(_ pattern: Pattern, province: Int, participants: [Participant], _ random: inout SeededRandom) -> String {
        let provinceInfo = Provinces.all[province]
        let memberNames = participants.map(\.organisation).filter { organisations[$0].kind == .gemeente }
            .map { organisations[$0].shortName }
        switch pattern {
        case .regional:
            if memberNames.count == 2, random.chance(0.5) { return "\(memberNames[0])-\(memberNames[1])" }
            if let lead = memberNames.first, random.chance(0.3) { return "Regio \(lead)" }
            return random.chance(0.15) ? provinceInfo.name : provinceInfo.part(random.pick(DutchNames.compass))
        case .local:
            return memberNames.first ?? provinceInfo.name
        case .interprovincial:
            let names = participants.map(\.organisation).filter { organisations[$0].kind == .provincie }
                .map { organisations[$0].shortName }
            return names.count == 2 && random.chance(0.6) ? "\(names[0])-\(names[1])" : random.pick(Provinces.landsdelen)
        case .national:
            return "Nederland"
        case .knowledge:
            return provinceInfo.name
        case .water:
            let boards = participants.map(\.organisation).filter { organisations[$0].kind == .waterschap }
            return boards.first.map { organisations[$0].shortName } ?? provinceInfo.name
        }
    }

    /// Start and end, fitting the status: only an active collaboration may have an end still to come.
    static func period(_ status: CollaborationStatus, _ random: inout SeededRandom) -> (CalendarDay?, CalendarDay?) {
        let last = referenceDay
        switch status {
        case .verkenning, .inVoorbereiding:
            guard random.chance(0.7) else { return (nil, nil) }
            return (CalendarDay.random(from: CalendarDay(2024, 1, 1), to: CalendarDay(2026, 12, 31), &random), nil)
        case .actief:
            let start = CalendarDay.random(from: earliestDay, to: CalendarDay(2025, 12, 31), &random)
            let end = random.chance(0.2) ? CalendarDay.random(from: max(start.adding(days: 365), CalendarDay(2026, 7, 2)), to: CalendarDay(2026, 12, 31), &random) : nil
            return (start, end)
        case .afgerond, .gestopt:
            let start = CalendarDay.random(from: earliestDay, to: CalendarDay(2023, 12, 31), &random)
            return (start, min(last, start.adding(days: random.int(365...8 * 365))))
        case .nietHaalbaar:
            let start = CalendarDay.random(from: CalendarDay(2010, 1, 1), to: CalendarDay(2025, 6, 30), &random)
            return (start, min(last, start.adding(days: random.int(120...720))))
        }
    }

    func writeCollaborations() async throws {
        var random = random("samenwerkingen-details")
        for (index, c) in collaborations.enumerated() {
            let domain = PolicyDomains.all[c.domains[0]]
            let subject = random.pick(domain.subjects)
            let provinceTakesPart = c.participants.contains { organisations[$0.organisation].kind == .provincie }
            let lead = organisations[c.lead]
            let seat = c.participants.map(\.organisation).first { organisations[$0].kind == .gemeente }
                .map { organisations[$0].shortName } ?? lead.shortName
            let isArrangement = c.form == .gemeenschappelijkeRegeling
            let wgrForm: WgrForm? = isArrangement ? random.weighted([
                (.openbaarLichaam, 50), (.bedrijfsvoeringsorganisatie, 20), (.gemeenschappelijkOrgaan, 10),
                (.centrumgemeenteconstructie, 12), (.regelingZonderMeer, 8),
            ]) : nil
            let startText = c.start.map { Self.partialDate($0, &random) }
            let endText: String? = c.end.map { end in
                // A year alone only when it cannot read as before the start.
                if let start = c.start, start.year == end.year { return end.iso }
                return Self.partialDate(end, &random)
            }
            let reason: String? = switch c.status {
            case .gestopt: random.pick(Self.stopReasons)
            case .nietHaalbaar: random.pick(Self.infeasibleReasons)
            default: nil
            }
            let domainList = c.domains.map { PolicyDomains.all[$0].code }.joined(separator: ", ")
            let (legalBasis, powers, reporting, involvement) = governance(c, wgrForm: wgrForm, seat: seat, subject: subject, &random)

            try await writer.append(NationalTables.collaborations, [
                .text(c.id), .text(c.name), Cell(c.shortName),
                .text("Samen werken aan \(subject) in \(c.region)."),
                .text("Synthetisch: \(c.form.label.lowercased()) van \(c.participants.count) deelnemers in \(c.region), getrokken door \(lead.name); domeinen: \(domainList)."),
                .text(c.form.rawValue), Cell(wgrForm?.rawValue), .text(c.status.rawValue), Cell(reason),
                Cell(startText), Cell(endText), Cell(legalBasis), Cell(isArrangement ? seat : nil), Cell(powers), Cell(reporting),
                .text(c.confidentiality.rawValue),
            ])
            if c.confidentiality == .vertrouwelijk {
                restricted.append((.collaboration, c.id, c.lead))
            }
            for p in c.participants {
                let joined: String? = if let start = c.start, p.role != .trekker, random.chance(0.1) {
                    String(min(Self.referenceDay.year, start.year + random.int(1...4)))
                } else { nil }
                try await writer.append(NationalTables.collaborationParticipants, [
                    .text(c.id), .text(organisations[p.organisation].id), .text(p.role.rawValue), Cell(joined), .null,
                ])
            }
            for domain in c.domains {
                try await writer.append(NationalTables.collaborationDomains, [.text(c.id), .text(PolicyDomains.all[domain].code)])
            }
            if provinceTakesPart {
                let roles = random.sample(ProvinceRole.allCases, random.weighted([(1, 3), (2, 2)]))
                for role in roles {
                    try await writer.append(NationalTables.collaborationProvinceRoles, [.text(c.id), .text(role.rawValue)])
                }
            }
            for level in involvement {
                try await writer.append(NationalTables.councilInvolvements, [.text(c.id), .text(level.rawValue)])
            }
            try await writeAmounts(c, provinceTakesPart: provinceTakesPart, &random)
            if c.province < tasks.count, !tasks[c.province].isEmpty, random.chance(0.35) {
                let own = tasks[c.province].filter { c.domains.contains($0.domain) }
                let linked = random.sample(own.isEmpty ? tasks[c.province] : own, random.int(1...2))
                for task in linked {
                    try await writer.append(NationalTables.collaborationTasks, [.text(c.id), .text(task.id)])
                }
                try await writer.append(NationalTables.collaborationTaskAgendas, [.text(c.id), .text(agendas[c.province])])
            }
            for body in c.bodies {
                try await writer.append(NationalTables.collaborationBodies, [.text(c.id), .text(bodies[body].id)])
            }
            if let predecessor = c.predecessor {
                try await writer.append(NationalTables.collaborationRelations, [
                    .text(c.id), .text(collaborations[predecessor].id), .text(CollaborationRelation.opvolgerVan.rawValue),
                ])
            } else if index > 0, random.chance(0.06) {
                // Related to an earlier collaboration in the same province.
                let earlier = random.index(index)
                if collaborations[earlier].province == c.province {
                    let relation: CollaborationRelation = random.chance(0.5) ? .verwantAan : .onderdeelVan
                    try await writer.append(NationalTables.collaborationRelations, [
                        .text(c.id), .text(collaborations[earlier].id), .text(relation.rawValue),
                    ])
                }
            }
        }
    }

    /// Legal basis, transferred powers, how councils are informed, and their involvement.
    private func governance(_ c: Collaboration, wgrForm: WgrForm?, seat: String, subject: String,
                            _ random: inout SeededRandom) -> (String?, String?, String?, [CouncilInvolvement]) {
        let year = c.start?.year ?? Self.referenceDay.year
        if let wgrForm {
            let basis: String = switch wgrForm {
            case .openbaarLichaam: "Wet gemeenschappelijke regelingen, artikel 8 lid 1 (openbaar lichaam); regeling vastgesteld in \(year)."
            case .bedrijfsvoeringsorganisatie: "Wet gemeenschappelijke regelingen, artikel 8 lid 3 (bedrijfsvoeringsorganisatie)."
            case .gemeenschappelijkOrgaan: "Wet gemeenschappelijke regelingen, artikel 8 lid 2 (gemeenschappelijk orgaan)."
            case .centrumgemeenteconstructie: "Wet gemeenschappelijke regelingen, artikel 8 lid 2; uitvoering door de centrumgemeente \(seat)."
            case .regelingZonderMeer: "Wet gemeenschappelijke regelingen, artikel 1 (regeling zonder meer)."
            }
            let powers = "De deelnemers dragen de bevoegdheden over die nodig zijn voor \(subject), waaronder het vaststellen van beleidsregels en het verlenen van subsidies binnen de begroting."
            let reporting = "Het bestuur stuurt de raden en Staten jaarlijks de kaderbrief, de ontwerpbegroting en de jaarrekening; de raden kunnen een zienswijze indienen."
            let involvement: [CouncilInvolvement] = random.weighted([([.zienswijze, .besluit], 5), ([.informatie, .zienswijze], 3), ([.besluit], 1)])
            return (basis, powers, reporting, involvement)
        }
        let basis: String? = switch c.form {
        case .convenant: "Convenant \(c.name), ondertekend in \(year)."
        case .bestuursovereenkomst: "Bestuursovereenkomst tussen de deelnemers (privaatrechtelijke overeenkomst), gesloten in \(year)."
        case .intentieovereenkomst: "Intentieovereenkomst van \(year); de deelnemers zijn nog niet juridisch gebonden."
        case .subsidierelatie: "Algemene subsidieverordening \(Provinces.all[c.province].name) \(year)."
        case .regiodeal: "Regio Deal-afspraken tussen Rijk en regio (\(year))."
        case .fonds: "Fondsreglement \(c.name) (\(year))."
        default: random.chance(0.2) ? "Samenwerkingsafspraken, vastgelegd in een brief van \(year)." : nil
        }
        let reporting = random.chance(0.3) ? "De raden en Staten worden jaarlijks geïnformeerd met een voortgangsrapportage." : nil
        let involvement: [CouncilInvolvement] = random.chance(0.3) ? [random.weighted([(.informatie, 3), (.consultatie, 2), (.zienswijze, 1)])] : []
        return (basis, nil, reporting, involvement)
    }

    private func writeAmounts(_ c: Collaboration, provinceTakesPart: Bool, _ random: inout SeededRandom) async throws {
        guard random.chance(0.45) else { return }
        let year = c.start?.year ?? Self.referenceDay.year
        let period = "\(year)-\(year + random.int(1...4))"
        var rows: [(String, AmountKind, Int, Int?)] = []
        let budget = random.int(100...25_000) * 1_000
        rows.append(("Totaal budget \(period)", .budget, budget, nil))
        if provinceTakesPart, let province = c.participants.first(where: { organisations[$0.organisation].kind == .provincie }) {
            rows.append(("Bijdrage van \(organisations[province.organisation].name)", .provincialeBijdrage,
                         budget / random.int(2...6), province.organisation))
        }
        if random.chance(0.4) {
            let payer = random.pick(c.participants).organisation
            rows.append(("Bijdrage van \(organisations[payer].name)", .bijdrage, budget / random.int(4...12), payer))
        }
        if random.chance(0.3) {
            rows.append(("Uitgelokte private investeringen", .uitgelokteInvestering, budget * random.int(2...8), nil))
        }
        for (position, row) in rows.enumerated() {
            try await writer.append(NationalTables.collaborationAmounts, [
                .text(c.id), .int(position), .text(row.0), .text(row.1.rawValue), .int(row.2 * 100), .text("EUR"),
                Cell(row.3.map { organisations[$0].id }), .text(period),
            ])
        }
    }

    /// "Regionale Energiestrategie Noordoost-Gelderland" → "RENG".
    static func acronym(_ name: String) -> String? {
        let words = name.split { $0 == " " || $0 == "-" || $0 == "–" }
        let letters = words.compactMap { word in word.first.flatMap { $0.isUppercase ? String($0) : nil } }
        return letters.count >= 2 ? letters.joined() : nil
    }
}
