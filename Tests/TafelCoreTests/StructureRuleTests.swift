import Foundation
import TafelCore
import Testing

/// Every structure rule of Drenthe's set, on a small structure of its own: holds as built,
/// and broken by one changed fact, with the facts that break it named.
@Suite("Structuurregels")
struct StructureRuleTests {
    static let date = PartialDate(iso: "2019-06-01")!

    /// A province with three municipalities, a VDG-like association with a bestuur, a dagelijks
    /// bestuur, one bestuurlijk overleg with its kerngroep and ambtelijk overleg, a sub-overleg,
    /// two kringen and Gedeputeerde Staten; everyone where the rules want them.
    struct Fixture {
        var bodies: [Structure.BodyFacts] = [
            .init(id: "bestuur", name: "Bestuur", kind: .bestuur, organisationID: "vdg", parentID: nil),
            .init(id: "db", name: "Dagelijks bestuur", kind: .dagelijksBestuur, organisationID: "vdg", parentID: "bestuur"),
            .init(id: "bo", name: "Bestuurlijk overleg Zorg", kind: .bestuurlijkOverleg, organisationID: "vdg", parentID: "bestuur"),
            .init(id: "kg", name: "Kerngroep Zorg", kind: .kerngroep, organisationID: "vdg", parentID: "bo"),
            .init(id: "ao", name: "Ambtelijk overleg Zorg", kind: .ambtelijkOverleg, organisationID: "vdg", parentID: "bo"),
            .init(id: "sub", name: "Sub-overleg Dementie", kind: .subOverleg, organisationID: "vdg", parentID: "bo"),
            .init(id: "kring-secr", name: "Kring gemeentesecretarissen", kind: .kring, organisationID: nil, parentID: nil),
            .init(id: "kring-grf", name: "Griffierskring", kind: .kring, organisationID: nil, parentID: nil),
            .init(id: "gs", name: "Gedeputeerde Staten", kind: .gedeputeerdeStaten, organisationID: "provincie", parentID: nil),
        ]
        var seats: [Structure.Seat] = []
        var meetings: [Structure.MeetingFacts] = [
            .init(id: "m1", name: "BO Zorg voorjaar", bodyID: "bo", date: PartialDate(iso: "2019-03-01"), status: .gehouden, hasMinuteTaker: true, hasReport: true),
            .init(id: "m2", name: "BO Zorg najaar", bodyID: "bo", date: PartialDate(iso: "2019-10-01"), status: .gepland, hasMinuteTaker: false, hasReport: false),
            .init(id: "a1", name: "AO Zorg", bodyID: "ao", date: PartialDate(iso: "2019-02-01"), status: .gehouden, hasMinuteTaker: true, hasReport: true),
        ]
        let organisations: [Structure.OrganisationFacts] = [
            .init(id: "provincie", name: "Provincie", kind: .provincie, parentID: nil),
            .init(id: "noord", name: "Noord", kind: .gemeente, parentID: "provincie"),
            .init(id: "midden", name: "Midden", kind: .gemeente, parentID: "provincie"),
            .init(id: "zuid", name: "Zuid", kind: .gemeente, parentID: "provincie"),
            .init(id: "elders", name: "Elders", kind: .gemeente, parentID: "andere-provincie"),
            .init(id: "vdg", name: "Vereniging", kind: .vereniging, parentID: nil),
            .init(id: "ggd", name: "GGD", kind: .maatschappelijkeOrganisatie, parentID: nil),
        ]

        init() {
            func seat(_ person: String, _ body: String?, _ role: String?, behalf: String? = nil, organisation: String? = nil) -> Structure.Seat {
                Structure.Seat(personID: person, personName: person.capitalized, bodyID: body, organisationID: organisation, role: role, onBehalfOfID: behalf)
            }
            seats = [
                // Functions in organisations.
                seat("anna", nil, "burgemeester", organisation: "noord"),
                seat("bert", nil, "wethouder", organisation: "midden"),
                seat("cor", nil, "gemeentesecretaris", organisation: "zuid"),
                // The bestuur: every municipality, one from a kring, a gedeputeerde invited.
                seat("anna", "bestuur", "voorzitter", behalf: "noord"),
                seat("bert", "bestuur", "lid", behalf: "midden"),
                seat("cor", "bestuur", "lid"),
                seat("cor", "kring-secr", "lid"),
                seat("gea", "bestuur", "genodigde"),
                seat("gea", "gs", "gedeputeerde"),
                // The dagelijks bestuur with its three roles and a gemeentesecretaris.
                seat("anna", "db", "voorzitter"),
                seat("bert", "db", "vice-voorzitter"),
                seat("cor", "db", "secretaris-penningmeester"),
                // The bestuurlijk overleg, chaired by a bestuur member, a gedeputeerde invited.
                seat("bert", "bo", "bestuurlijk voorzitter"),
                seat("gea", "bo", "genodigde"),
                seat("dirk", "bo", "lid", behalf: "noord"),
                // The ambtelijk overleg: every municipality, its chair from Midden (as the bestuurlijk voorzitter).
                seat("els", "ao", "ambtelijk voorzitter", behalf: "midden"),
                seat("fien", "ao", "lid", behalf: "noord"),
                seat("han", "ao", "lid", behalf: "zuid"),
                // The kerngroep: three officials of the ambtelijk overleg with its chair, and the bestuurlijk voorzitter.
                seat("els", "kg", "lid"), seat("fien", "kg", "lid"), seat("han", "kg", "lid"), seat("bert", "kg", "lid"),
                // … and the VNG committee member the programme names.
                seat("kees", "kg", "lid"),
                // The sub-overleg, chaired by a member of the bestuurlijk overleg.
                seat("dirk", "sub", "voorzitter"),
            ]
        }

        /// The VNG committee member the overleg's programme names.
        var committeeMembers = [Structure.CommitteeMember(bodyID: "bo", personID: "kees", personName: "Kees", committeeName: "VNG-commissie Zorg")]

        var structure: Structure {
            Structure(bodies: bodies, seats: seats, organisations: organisations, meetings: meetings, committeeMembers: committeeMembers)
        }

        mutating func remove(_ person: String, from body: String?) {
            seats.removeAll { $0.personID == person && $0.bodyID == body }
        }
    }

    /// Drenthe's rules, pointed at the fixture's ids.
    static func rules() throws -> [StructureRule] {
        return try StructureRuleSet.drenthe().regels.map(Self.retarget)
    }

    private static func retarget(_ rule: StructureRule) -> StructureRule {
        let ids = ["vdg-bestuur": "bestuur", "vdg-dagelijks-bestuur": "db", "kring-gemeentesecretarissen-drenthe": "kring-secr",
                   "griffierskring-drenthe": "kring-grf", "gedeputeerde-staten-drenthe": "gs", "provincie-drenthe": "provincie",
                   "vdg-accounthoudersoverleg": "accounthouders"]
        func map(_ id: String) -> String { ids[id] ?? id }
        return StructureRule(id: rule.id, tekst: rule.tekst, bron: rule.bron, controle: rule.controle, gremia: rule.gremia?.map(map),
                             soorten: rule.soorten, organisatie: rule.organisatie, behalve: rule.behalve, rollen: rule.rollen,
                             ambtelijkeRollen: rule.ambtelijkeRollen, aantal: rule.aantal, minimum: rule.minimum, maximum: rule.maximum,
                             uit: rule.uit?.map(map), van: rule.van.map(map), functie: rule.functie, provincie: rule.provincie.map(map), ledenVan: rule.ledenVan,
                             vngCommissielid: rule.vngCommissielid)
    }

    static func rule(_ id: String) throws -> StructureRule {
        try #require(try rules().first { $0.id == id })
    }

    @Test("Drenthe's rule set reads, every check has a rule, and every passage is in seed 003")
    func ruleSetReads() throws {
        let set = try StructureRuleSet.drenthe()
        #expect(set.regels.count >= 12)
        #expect(Set(set.regels.map(\.controle)) == Set(StructureRule.Check.allCases))
        #expect(set.regels.allSatisfy { $0.bron?.document == "strategische-agenda-vdg-2018-2022" && !($0.bron?.passage.isEmpty ?? true) })
    }

    @Test("every rule holds on the fixture as built", arguments: try rules())
    func holds(rule: StructureRule) {
        #expect(rule.violations(in: Fixture().structure, on: Self.date).isEmpty, "\(rule.id)")
    }

    @Test("a municipality without a seat breaks ‘elke gemeente vertegenwoordigd’, named")
    func everyMunicipality() throws {
        var fixture = Fixture()
        fixture.remove("bert", from: "bestuur")
        let found = try Self.rule("bestuur-elke-gemeente").violations(in: fixture.structure, on: Self.date)
        #expect(found.map(\.bodyID) == ["bestuur"])
        #expect(found.first?.message == "1 van de 3 gemeenten is niet vertegenwoordigd.")
        #expect(found.first?.facts == ["Niet vertegenwoordigd: Midden."])
        // Through a function: Cor sits without ‘namens’ but is gemeentesecretaris of Zuid; a seat that ended does not count.
        fixture = Fixture()
        fixture.seats = fixture.seats.map { seat in
            seat.personID == "anna" && seat.bodyID == "bestuur"
                ? Structure.Seat(personID: "anna", personName: "Anna", bodyID: "bestuur", role: "voorzitter", onBehalfOfID: "noord", end: PartialDate(iso: "2018"))
                : seat
        }
        #expect(try Self.rule("bestuur-elke-gemeente").violations(in: fixture.structure, on: Self.date).first?.facts == ["Niet vertegenwoordigd: Noord."])
        #expect(try Self.rule("bestuur-elke-gemeente").violations(in: fixture.structure, on: PartialDate(iso: "2018-12-31")!).isEmpty)
        #expect(try Self.rule("ao-elke-gemeente").violations(in: { var f = Fixture(); f.remove("han", from: "ao"); return f.structure }(), on: Self.date)
            .first?.facts == ["Niet vertegenwoordigd: Zuid."])
    }

    @Test("with members known, ‘every municipality’ means every member municipality, not every one in the province")
    func everyMemberMunicipality() throws {
        var fixture = Fixture()
        fixture.remove("cor", from: "bestuur")  // Zuid is no longer represented
        let rule = try Self.rule("bestuur-elke-gemeente")
        #expect(rule.ledenVan == "vdg")
        #expect(rule.violations(in: fixture.structure, on: Self.date).first?.facts == ["Niet vertegenwoordigd: Zuid."])
        let members = ["noord", "midden"].map { Structure.OrganisationSeat(memberID: $0, organisationID: "vdg") }
            + [Structure.OrganisationSeat(memberID: "zuid", organisationID: "vdg", end: PartialDate(iso: "2018"))]
        let structure = Structure(bodies: fixture.bodies, seats: fixture.seats, organisations: fixture.organisations,
                                  meetings: fixture.meetings, organisationSeats: members)
        #expect(rule.violations(in: structure, on: Self.date).isEmpty)  // Zuid left the association in 2018
        #expect(rule.violations(in: structure, on: PartialDate(iso: "2018-06-01")!).first?.facts == ["Niet vertegenwoordigd: Zuid."])
    }

    @Test("two members from one kring break ‘hoogstens één lid uit een kring’")
    func atMostOneFromAKring() throws {
        var fixture = Fixture()
        fixture.seats.append(Structure.Seat(personID: "bert", personName: "Bert", bodyID: "kring-secr", role: "lid"))
        let found = try Self.rule("bestuur-kringen").violations(in: fixture.structure, on: Self.date)
        #expect(found.first?.facts == ["Kring gemeentesecretarissen: 2 leden (Bert, Cor)."])
    }

    @Test("an empty role in the dagelijks bestuur, or no gemeentesecretaris, is reported")
    func dailyBoard() throws {
        var fixture = Fixture()
        fixture.remove("bert", from: "db")
        #expect(try Self.rule("db-rollen").violations(in: fixture.structure, on: Self.date).first?.message == "Niet bezet: vice-voorzitter.")
        fixture = Fixture()
        fixture.remove("cor", from: "db")
        #expect(try Self.rule("db-gemeentesecretaris").violations(in: fixture.structure, on: Self.date).first?.message == "Geen lid is gemeentesecretaris.")
    }

    @Test("a chair from outside the bestuur, or a sub-overleg chair from outside its overleg, is reported")
    func chairs() throws {
        var fixture = Fixture()
        fixture.remove("bert", from: "bestuur")
        #expect(try Self.rule("bo-voorzitter-uit-bestuur").violations(in: fixture.structure, on: Self.date).first?.facts
            == ["Bert (bestuurlijk voorzitter) zit niet in Bestuur."])
        fixture = Fixture()
        fixture.remove("dirk", from: "bo")
        #expect(try Self.rule("sub-overleg-voorzitter").violations(in: fixture.structure, on: Self.date).map(\.bodyID) == ["sub"])
    }

    @Test("meeting too rarely or too often breaks the rhythm; a cancelled meeting does not count")
    func cadence() throws {
        var fixture = Fixture()
        fixture.meetings.removeAll { $0.id == "m2" }
        #expect(try Self.rule("bo-ritme").violations(in: fixture.structure, on: Self.date).first?.message
            == "1 bijeenkomst in 2019; de regel vraagt 2 tot 4 per jaar.")
        fixture = Fixture()
        for month in ["04", "05", "06"] {
            fixture.meetings.append(.init(id: "x\(month)", name: "Extra", bodyID: "bo", date: PartialDate(iso: "2019-\(month)-01"), status: .gehouden,
                                          hasMinuteTaker: true, hasReport: true))
        }
        #expect(try Self.rule("bo-ritme").violations(in: fixture.structure, on: Self.date).first?.message
            == "5 bijeenkomsten in 2019; de regel vraagt 2 tot 4 per jaar.")
        fixture.meetings = fixture.meetings.map { $0.id == "x04" ? .init(id: "x04", name: "Extra", bodyID: "bo", date: $0.date, status: .geannuleerd, hasMinuteTaker: false, hasReport: false) : $0 }
        #expect(try Self.rule("bo-ritme").violations(in: fixture.structure, on: Self.date).isEmpty)
    }

    @Test("without a gedeputeerde, the invitation rule is broken for the bestuur and the overleg")
    func invited() throws {
        var fixture = Fixture()
        fixture.remove("gea", from: "gs")
        #expect(try Self.rule("bestuur-gs-uitgenodigd").violations(in: fixture.structure, on: Self.date).first?.message
            == "Niemand uit Gedeputeerde Staten neemt deel.")
        #expect(try Self.rule("bo-gs-uitgenodigd").violations(in: fixture.structure, on: Self.date).map(\.bodyID) == ["bo"])
    }

    @Test("a kerngroep without the chairs or with officials from elsewhere is reported, fact by fact")
    func coreGroup() throws {
        var fixture = Fixture()
        fixture.remove("els", from: "kg")
        fixture.remove("bert", from: "kg")
        fixture.seats.append(Structure.Seat(personID: "ivo", personName: "Ivo", bodyID: "kg", role: "lid"))
        let found = try Self.rule("bo-kerngroep").violations(in: fixture.structure, on: Self.date)
        #expect(found.first?.message == "De kerngroep Kerngroep Zorg is niet samengesteld zoals de regel vraagt.")
        #expect(found.first?.facts == [
            "De bestuurlijk voorzitter (Bert) zit niet in de kerngroep.",
            "De ambtelijk voorzitter (Els) zit niet in de kerngroep.",
            "2 van de 3 ambtenaren komen uit Ambtelijk overleg Zorg; niet uit dat overleg: Ivo.",
        ])
        fixture.bodies.removeAll { $0.id == "kg" }
        #expect(try Self.rule("bo-kerngroep").violations(in: fixture.structure, on: Self.date).first?.message == "Er is geen kerngroep.")
    }

    @Test("the kerngroep holds the VNG committee member its programme names; without a programme that names one, that is said")
    func coreGroupCommitteeMember() throws {
        var fixture = Fixture()
        #expect(try Self.rule("bo-kerngroep").violations(in: fixture.structure, on: Self.date).isEmpty)
        fixture.remove("kees", from: "kg")
        #expect(try Self.rule("bo-kerngroep").violations(in: fixture.structure, on: Self.date).first?.facts
                == ["Het VNG-commissielid (Kees, VNG-commissie Zorg) zit niet in de kerngroep."])
        fixture.committeeMembers = []
        #expect(try Self.rule("bo-kerngroep").violations(in: fixture.structure, on: Self.date).first?.facts
                == ["Het VNG-commissielid van Bestuurlijk overleg Zorg is niet bekend: geen programma noemt een VNG-commissielid voor dit overleg."])
    }

    @Test("an ambtelijk voorzitter from another municipality, or from no municipality, is reported")
    func officialChair() throws {
        var fixture = Fixture()
        fixture.seats = fixture.seats.map { seat in
            seat.personID == "els" && seat.bodyID == "ao"
                ? Structure.Seat(personID: "els", personName: "Els", bodyID: "ao", role: "ambtelijk voorzitter", onBehalfOfID: "ggd") : seat
        }
        let found = try Self.rule("ambtelijk-voorzitter-zelfde-gemeente").violations(in: fixture.structure, on: Self.date)
        #expect(found.first?.facts == ["Bestuurlijk voorzitter: Bert, Midden.", "Ambtelijk voorzitter: Els, geen gemeente (namens GGD)."])
    }

    @Test("a held meeting without a notulist or a report is reported; a planned one is not")
    func recorded() throws {
        var fixture = Fixture()
        fixture.meetings = fixture.meetings.map { $0.id == "a1" ? .init(id: "a1", name: "AO Zorg", bodyID: "ao", date: $0.date, status: .gehouden, hasMinuteTaker: true, hasReport: false) : $0 }
        #expect(try Self.rule("ao-verslag").violations(in: fixture.structure, on: Self.date).first?.facts == ["1 februari 2019, AO Zorg: geen verslag."])
        #expect(try Self.rule("bo-notulist-verslag").violations(in: fixture.structure, on: Self.date).isEmpty)
    }

    @Test("a broken rule set is refused with a Dutch message naming the field")
    func brokenRuleSet() {
        #expect(throws: RuleSetError.self) { try StructureRuleSet.decode(Data("{".utf8)) }
        do {
            _ = try StructureRuleSet.decode(Data(#"{"naam": "x", "regels": [{"id": "a", "tekst": "t"}]}"#.utf8))
            Issue.record("zou moeten falen")
        } catch {
            #expect(error.message == "het veld ‘controle’ ontbreekt in regel 1")
        }
        do {
            _ = try StructureRuleSet.decode(Data(#"{"naam": "x", "regels": [{"id": "a", "tekst": "t", "controle": "rollen-bezet"}, {"id": "a", "tekst": "t", "controle": "rollen-bezet"}]}"#.utf8))
            Issue.record("zou moeten falen")
        } catch {
            #expect(error.message == "de regel ‘a’ komt twee keer voor")
        }
    }
}
