/// The checks: pure functions from a structure and a date to the places where it breaks the rule.
extension StructureRule {
    /// Every body the rule applies to (or only `only`) where it breaks on `date`.
    public func violations(in structure: Structure, on date: PartialDate, only: String? = nil) -> [StructureViolation] {
        bodies(in: structure).filter { only == nil || $0.id == only }.flatMap { body -> [StructureViolation] in
            let found: (message: String, facts: [String])? = switch controle {
            case .elkeGemeenteVertegenwoordigd: everyMunicipality(body, structure, date)
            case .hoogstensLedenUit: atMostFrom(body, structure, date)
            case .rollenBezet: rolesHeld(body, structure, date)
            case .lidMetFunctie: memberWithFunction(body, structure, date)
            case .voorzitterLidVan: chairMemberOf(body, structure, date)
            case .vergaderritme: cadence(body, structure, date)
            case .uitgenodigdUit: invitedFrom(body, structure, date)
            case .kerngroep: coreGroup(body, structure, date)
            case .ambtelijkVoorzitterZelfdeGemeente: officialChairSameMunicipality(body, structure, date)
            case .verslagEnNotulist: recorded(body, structure, date)
            }
            return found.map { [StructureViolation(ruleID: id, bodyID: body.id, bodyName: body.name, message: $0.message, facts: $0.facts)] } ?? []
        }
    }

    private typealias Finding = (message: String, facts: [String])

    private func everyMunicipality(_ body: Structure.BodyFacts, _ structure: Structure, _ date: PartialDate) -> Finding? {
        let members = ledenVan.map { structure.memberMunicipalities(of: $0, on: date) } ?? []
        let all = members.isEmpty ? provincie.map { structure.municipalities(in: $0) } ?? [] : members
        guard !all.isEmpty else { return nil }
        let represented = structure.members(of: body.id, on: date).reduce(into: Set<String>()) { $0.formUnion(structure.municipalities(of: $1, on: date)) }
        let missing = all.filter { !represented.contains($0.id) }
        guard !missing.isEmpty else { return nil }
        let total = all.count
        return ("\(missing.count) van de \(total) gemeenten \(missing.count == 1 ? "is" : "zijn") niet vertegenwoordigd.",
                ["Niet vertegenwoordigd: " + missing.map(\.name).joined(separator: ", ") + "."])
    }

    private func atMostFrom(_ body: Structure.BodyFacts, _ structure: Structure, _ date: PartialDate) -> Finding? {
        let limit = aantal ?? 1
        let members = structure.members(of: body.id, on: date)
        var facts: [String] = []
        for source in uit ?? [] {
            let from = Set(members.map(\.personID)).filter { structure.isMember($0, of: source, on: date) }
            if from.count > limit {
                let names = members.filter { from.contains($0.personID) }.map(\.personName)
                facts.append("\(structure.name(ofBody: source)): \(from.count) leden (\(Set(names).sorted().joined(separator: ", "))).")
            }
        }
        guard !facts.isEmpty else { return nil }
        return ("Meer dan \(limit) \(limit == 1 ? "lid komt" : "leden komen") uit hetzelfde gremium.", facts)
    }

    private func rolesHeld(_ body: Structure.BodyFacts, _ structure: Structure, _ date: PartialDate) -> Finding? {
        let missing = (rollen ?? []).filter { structure.members(of: body.id, on: date, inRoles: [$0]).isEmpty }
        guard !missing.isEmpty else { return nil }
        return ("Niet bezet: " + missing.joined(separator: ", ") + ".", membersFact(body, structure, date))
    }

    private func memberWithFunction(_ body: Structure.BodyFacts, _ structure: Structure, _ date: PartialDate) -> Finding? {
        guard let functie else { return nil }
        let wanted = functie.lowercased()
        let holds = structure.members(of: body.id, on: date).contains { seat in
            seat.role?.lowercased() == wanted || structure.functions(of: seat.personID, on: date).contains { $0.role?.lowercased() == wanted }
        }
        guard !holds else { return nil }
        return ("Geen lid is \(functie).", membersFact(body, structure, date))
    }

    private func chairMemberOf(_ body: Structure.BodyFacts, _ structure: Structure, _ date: PartialDate) -> Finding? {
        guard let target = van ?? body.parentID else {
            return ("Het gremium hoort bij geen ander gremium, dus de voorzitter kan daar geen lid van zijn.", [])
        }
        let chairs = structure.members(of: body.id, on: date, inRoles: chairRoles)
        guard !chairs.isEmpty else {
            return ("Er is geen voorzitter (\(chairRoles.joined(separator: " of "))) bekend.", membersFact(body, structure, date))
        }
        guard !chairs.contains(where: { structure.isMember($0.personID, of: target, on: date) }) else { return nil }
        return ("De voorzitter is geen lid van \(structure.name(ofBody: target)).",
                chairs.map { "\($0.personName) (\($0.role ?? "voorzitter")) zit niet in \(structure.name(ofBody: target))." })
    }

    private func cadence(_ body: Structure.BodyFacts, _ structure: Structure, _ date: PartialDate) -> Finding? {
        let least = minimum ?? body.meetingsPerYearMin
        let most = maximum ?? body.meetingsPerYearMax
        guard least != nil || most != nil else { return nil }
        let held = structure.meetings(of: body.id).filter { $0.status != .geannuleerd && $0.date?.year == date.year }
        let count = held.count
        let tooFew = least.map { count < $0 } ?? false
        let tooMany = most.map { count > $0 } ?? false
        guard tooFew || tooMany else { return nil }
        let wanted = switch (least, most) {
        case let (l?, m?) where l == m: "\(l)"
        case let (l?, m?): "\(l) tot \(m)"
        case let (l?, nil): "minstens \(l)"
        case let (nil, m?): "hoogstens \(m)"
        case (nil, nil): ""
        }
        return ("\(count) \(count == 1 ? "bijeenkomst" : "bijeenkomsten") in \(date.year); de regel vraagt \(wanted) per jaar.",
                held.sorted { ($0.date?.iso ?? "") < ($1.date?.iso ?? "") }.map { "\($0.date?.dutch ?? "datum onbekend"): \($0.name)" })
    }

    private func invitedFrom(_ body: Structure.BodyFacts, _ structure: Structure, _ date: PartialDate) -> Finding? {
        let sources = uit ?? []
        let present = structure.members(of: body.id, on: date).contains { seat in
            sources.contains { structure.isMember(seat.personID, of: $0, on: date) }
        }
        guard !present else { return nil }
        return ("Niemand uit \(sources.map { structure.name(ofBody: $0) }.joined(separator: " of ")) neemt deel.", membersFact(body, structure, date))
    }

    private func coreGroup(_ body: Structure.BodyFacts, _ structure: Structure, _ date: PartialDate) -> Finding? {
        let children = structure.children(of: body.id)
        guard let group = children.first(where: { $0.kind == .kerngroep }) else {
            return ("Er is geen kerngroep.", [])
        }
        let members = structure.members(of: group.id, on: date)
        var facts: [String] = []
        let chairs = structure.members(of: body.id, on: date, inRoles: chairRoles)
        let officialGroup = children.first { $0.kind == .ambtelijkOverleg }
        if chairs.isEmpty {
            facts.append("\(body.name) heeft geen bekende voorzitter.")
        } else if !chairs.contains(where: { chair in members.contains { $0.personID == chair.personID } }) {
            facts.append("De bestuurlijk voorzitter (\(chairs.map(\.personName).joined(separator: ", "))) zit niet in de kerngroep.")
        }
        if let officialGroup {
            let officialChairs = structure.members(of: officialGroup.id, on: date, inRoles: officialChairRoles)
            if officialChairs.isEmpty {
                facts.append("\(officialGroup.name) heeft geen bekende ambtelijk voorzitter.")
            } else if !officialChairs.contains(where: { chair in members.contains { $0.personID == chair.personID } }) {
                facts.append("De ambtelijk voorzitter (\(officialChairs.map(\.personName).joined(separator: ", "))) zit niet in de kerngroep.")
            }
            let officials = Set(members.map(\.personID)).filter { structure.isMember($0, of: officialGroup.id, on: date) }
            let wanted = aantal ?? 3
            if officials.count < wanted {
                // The chair and the VNG committee member belong there too; they are not officials from elsewhere.
                let belonging = Set(chairs.map(\.personID)).union(structure.committeeMembers(of: body.id).map(\.personID))
                let others = Set(members.filter { !officials.contains($0.personID) && !belonging.contains($0.personID) }.map(\.personName)).sorted()
                facts.append("\(officials.count) van de \(wanted) ambtenaren komen uit \(officialGroup.name)"
                    + (others.isEmpty ? "." : "; niet uit dat overleg: " + others.joined(separator: ", ") + "."))
            }
        } else {
            facts.append("\(body.name) heeft geen ambtelijk overleg, dus de kerngroep kan er geen ambtenaren uit hebben.")
        }
        if vngCommissielid == true {
            let committee = structure.committeeMembers(of: body.id)
            if committee.isEmpty {
                facts.append("Het VNG-commissielid van \(body.name) is niet bekend: geen programma noemt een VNG-commissielid voor dit overleg.")
            } else if !committee.contains(where: { member in members.contains { $0.personID == member.personID } }) {
                let names = committee.map { "\($0.personName)\($0.committeeName.map { ", \($0)" } ?? "")" }.joined(separator: "; ")
                facts.append("Het VNG-commissielid (\(names)) zit niet in de kerngroep.")
            }
        }
        guard !facts.isEmpty else { return nil }
        return ("De kerngroep \(group.name) is niet samengesteld zoals de regel vraagt.", facts)
    }

    private func officialChairSameMunicipality(_ body: Structure.BodyFacts, _ structure: Structure, _ date: PartialDate) -> Finding? {
        guard let officialGroup = structure.children(of: body.id).first(where: { $0.kind == .ambtelijkOverleg }) else { return nil }
        let chairs = structure.members(of: body.id, on: date, inRoles: chairRoles)
        let officialChairs = structure.members(of: officialGroup.id, on: date, inRoles: officialChairRoles)
        guard !chairs.isEmpty, !officialChairs.isEmpty else {
            return ("Niet na te gaan: " + (chairs.isEmpty ? "de bestuurlijk voorzitter" : "de ambtelijk voorzitter") + " is niet bekend.", [])
        }
        let chairMunicipalities = chairs.reduce(into: Set<String>()) { $0.formUnion(structure.municipalities(of: $1, on: date)) }
        let officialMunicipalities = officialChairs.reduce(into: Set<String>()) { $0.formUnion(structure.municipalities(of: $1, on: date)) }
        guard chairMunicipalities.isDisjoint(with: officialMunicipalities) || chairMunicipalities.isEmpty else { return nil }
        func describe(_ seats: [Structure.Seat], _ municipalities: Set<String>, _ title: String) -> String {
            let names = seats.map(\.personName).joined(separator: ", ")
            let behalf = seats.compactMap(\.onBehalfOfID).map { structure.name(ofOrganisation: $0) }
            let from = municipalities.isEmpty
                ? (behalf.isEmpty ? "geen bekende gemeente" : "geen gemeente (namens \(behalf.joined(separator: ", ")))")
                : municipalities.map { structure.name(ofOrganisation: $0) }.sorted().joined(separator: ", ")
            return "\(title): \(names), \(from)."
        }
        return ("De ambtelijk voorzitter komt niet uit de gemeente van de bestuurlijk voorzitter.",
                [describe(chairs, chairMunicipalities, "Bestuurlijk voorzitter"), describe(officialChairs, officialMunicipalities, "Ambtelijk voorzitter")])
    }

    private func recorded(_ body: Structure.BodyFacts, _ structure: Structure, _ date: PartialDate) -> Finding? {
        let held = structure.meetings(of: body.id).filter { meeting in
            meeting.status == .gehouden && (meeting.date.map { $0.iso <= date.upperBound } ?? true)
        }
        let incomplete = held.filter { !$0.hasMinuteTaker || !$0.hasReport }
        guard !incomplete.isEmpty else { return nil }
        return ("\(incomplete.count) van de \(held.count) gehouden bijeenkomsten missen een notulist of een verslag.",
                incomplete.sorted { ($0.date?.iso ?? "") < ($1.date?.iso ?? "") }.map { meeting in
                    let missing = [meeting.hasMinuteTaker ? nil : "notulist", meeting.hasReport ? nil : "verslag"].compactMap { $0 }
                    return "\(meeting.date?.dutch ?? "datum onbekend"), \(meeting.name): geen \(missing.joined(separator: " en "))."
                })
    }

    private func membersFact(_ body: Structure.BodyFacts, _ structure: Structure, _ date: PartialDate) -> [String] {
        let members = structure.members(of: body.id, on: date)
        guard !members.isEmpty else { return ["Tafel kent op deze datum geen leden van \(body.name)."] }
        return ["Leden: " + members.map { seat in seat.role.map { "\(seat.personName) (\($0))" } ?? seat.personName }.joined(separator: ", ") + "."]
    }
}
