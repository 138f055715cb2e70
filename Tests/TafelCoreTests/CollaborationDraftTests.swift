import Foundation
import TafelCore
import Testing

@Suite("Collaboration draft")
struct CollaborationDraftTests {
    /// A valid input to vary: every test changes what it is about and nothing else.
    static let valid = CollaborationInput(naam: "Regionale Uitvoeringsdienst", status: "actief")

    /// The failure for `input`, or nil when it is accepted.
    static func failure(_ input: CollaborationInput) -> ValidationFailure? {
        do {
            _ = try CollaborationDraft(input)
            return nil
        } catch {
            return error
        }
    }

    static func fields(_ input: CollaborationInput) -> [String] {
        failure(input)?.problems.map(\.field) ?? []
    }

    static func problem(_ field: String, in input: CollaborationInput) -> FieldProblem? {
        failure(input)?.problems.first { $0.field == field }
    }

    static func with(_ change: (inout CollaborationInput) -> Void) -> CollaborationInput {
        var input = valid
        change(&input)
        return input
    }

    @Test("the valid base input is accepted, so that each failure below is caused by its own change")
    func baseIsValid() throws {
        let draft = try CollaborationDraft(Self.valid)
        #expect(draft.name == "Regionale Uitvoeringsdienst")
        #expect(draft.status == .actief)
        #expect(draft.confidentiality == .openbaar)
    }

    @Test("naam is required; blank is missing; a pasted line break becomes a space; too long is named")
    func name() throws {
        for naam in [nil, "", "   \n "] as [String?] {
            let problem = Self.problem("naam", in: Self.with { $0.naam = naam })
            #expect(problem?.code == "verplicht", "naam \(String(describing: naam))")
            #expect(problem?.message.contains("naam") == true)
        }
        #expect(try CollaborationDraft(Self.with { $0.naam = "  Twee\nregels " }).name == "Twee regels")
        let long = String(repeating: "x", count: CollaborationDraft.maximumNameLength + 1)
        #expect(Self.fields(Self.with { $0.naam = long }) == ["naam"])
        #expect(throws: Never.self) { try CollaborationDraft(Self.with { $0.naam = String(long.dropLast()) }) }
    }

    @Test("an unknown vorm or status is named with the allowed codes")
    func unknownCodes() throws {
        let form = Self.problem("vorm", in: Self.with { $0.vorm = "stichting" })
        #expect(form?.message.contains("‘stichting’") == true)
        for code in CollaborationForm.codes { #expect(form?.message.contains(code) == true, "\(code)") }

        let status = Self.problem("status", in: Self.with { $0.status = "bezig" })
        #expect(status?.message.contains("‘bezig’") == true)
        for code in CollaborationStatus.codes { #expect(status?.message.contains(code) == true, "\(code)") }
        // Only the status is named: no reason is demanded for a status that does not exist.
        #expect(Self.fields(Self.with { $0.status = "bezig" }) == ["status"])

        // The sources do not always say: status may be left empty.
        #expect(try CollaborationDraft(Self.with { $0.status = nil }).status == nil)
        #expect(try CollaborationDraft(Self.with { $0.status = " " }).status == nil)
        #expect(Self.fields(Self.with { $0.rolProvincie = ["partner", "koning"] }) == ["rolProvincie"])
        #expect(Self.fields(Self.with { $0.betrokkenheidRaden = ["veto"] }) == ["betrokkenheidRaden"])
        #expect(Self.fields(Self.with { $0.vertrouwelijkheid = "geheim" }) == ["vertrouwelijkheid"])
    }

    @Test("wgrVorm only with vorm gemeenschappelijke_regeling")
    func wgrForm() throws {
        let wrong = Self.problem("wgrVorm", in: Self.with { $0.vorm = "convenant"; $0.wgrVorm = "openbaar_lichaam" })
        #expect(wrong?.message.contains("convenant") == true)
        let withoutForm = Self.with { $0.wgrVorm = "openbaar_lichaam" }
        #expect(Self.fields(withoutForm) == ["wgrVorm"], "a wgrVorm without any vorm breaks the same rule")
        // An unknown vorm is named once, not again through wgrVorm.
        #expect(Self.fields(Self.with { $0.vorm = "stichting"; $0.wgrVorm = "openbaar_lichaam" }) == ["vorm"])
        #expect(Self.fields(Self.with { $0.vorm = "gemeenschappelijke_regeling"; $0.wgrVorm = "bestuur" }) == ["wgrVorm"])

        let draft = try CollaborationDraft(Self.with { $0.vorm = "gemeenschappelijke_regeling"; $0.wgrVorm = "openbaar_lichaam" })
        #expect(draft.form == .gemeenschappelijkeRegeling && draft.wgrForm == .openbaarLichaam)
    }

    @Test("redenBeeindiging is required for gestopt and niet_haalbaar, not for other statuses",
          arguments: CollaborationStatus.allCases)
    func reason(status: CollaborationStatus) throws {
        let without = Self.with { $0.status = status.rawValue; $0.redenBeeindiging = "  " }
        if status == .gestopt || status == .nietHaalbaar {
            let problem = Self.problem("redenBeeindiging", in: without)
            #expect(problem?.code == "verplicht")
            #expect(problem?.message.contains(status.rawValue) == true)
            #expect(Self.fields(without) == ["redenBeeindiging"])
        } else {
            #expect(Self.failure(without) == nil)
        }
        let with = try CollaborationDraft(Self.with { $0.status = status.rawValue; $0.redenBeeindiging = " Geen geld meer. " })
        #expect(with.statusReason == "Geen geld meer.")
    }

    @Test("dates: precision as typed; impossible ones named; einddatum not before startdatum")
    func dates() throws {
        let draft = try CollaborationDraft(Self.with { $0.startdatum = "2012"; $0.einddatum = "2014-06-30" })
        #expect(draft.start?.iso == "2012" && draft.end?.iso == "2014-06-30")
        #expect(Self.fields(Self.with { $0.startdatum = "2012-13" }) == ["startdatum"])
        #expect(Self.fields(Self.with { $0.einddatum = "2011-02-29" }) == ["einddatum"])
        #expect(Self.fields(Self.with { $0.startdatum = "12-03-2012" }) == ["startdatum"])

        let before = Self.problem("einddatum", in: Self.with { $0.startdatum = "2012-03-01"; $0.einddatum = "2012-02-28" })
        #expect(before?.message.contains("2012-02-28") == true && before?.message.contains("2012-03-01") == true)
        #expect(Self.fields(Self.with { $0.startdatum = "2012"; $0.einddatum = "2011-12" }) == ["einddatum"])
        // The same day is fine.
        #expect(Self.failure(Self.with { $0.startdatum = "2012-03-01"; $0.einddatum = "2012-03-01" }) == nil)
    }

    @Test("a coarser einddatum that can mean a day after the startdatum is accepted")
    func partialEndDates() {
        // Ended some time in 2012, started in March 2012: possible.
        #expect(Self.failure(Self.with { $0.startdatum = "2012-03"; $0.einddatum = "2012" }) == nil)
        // Ran within March 2012.
        #expect(Self.failure(Self.with { $0.startdatum = "2012-03-15"; $0.einddatum = "2012-03" }) == nil)
        // But February 2012 ends before 15 March 2012 on every day it can mean.
        #expect(Self.fields(Self.with { $0.startdatum = "2012-03-15"; $0.einddatum = "2012-02" }) == ["einddatum"])
        // The same holds for a participant's vanaf and tot.
        #expect(Self.failure(Self.with {
            $0.deelnemers = [.init(organisatie: "gemeente-assen", rol: "deelnemer", vanaf: "2013-05-02", tot: "2013")]
        }) == nil)
    }

    @Test("participant rows are named by their row: deelnemers[1].rol")
    func participants() throws {
        let input = Self.with {
            $0.deelnemers = [
                .init(organisatie: "gemeente-assen", rol: "trekker"),
                .init(organisatie: "gemeente-emmen", rol: "baas"),
                .init(organisatie: nil, rol: "deelnemer"),
                .init(organisatie: "Gemeente Emmen", rol: "deelnemer"),
                .init(organisatie: "gemeente-meppel", rol: "deelnemer", vanaf: "2014", tot: "2013-12"),
                .init(organisatie: "gemeente-hoogeveen", rol: "deelnemer", vanaf: "2014-02-30"),
            ]
        }
        let problems = try #require(Self.failure(input)).problems
        #expect(problems.map(\.field) == [
            "deelnemers[1].rol", "deelnemers[2].organisatie", "deelnemers[3].organisatie", "deelnemers[4].tot", "deelnemers[5].vanaf",
        ])
        #expect(problems[0].message.contains("‘baas’") && problems[0].message.contains("trekker"))
        #expect(problems[1].code == "verplicht")

        let draft = try CollaborationDraft(Self.with {
            $0.deelnemers = [
                .init(organisatie: " gemeente-assen ", rol: "trekker", vanaf: "2012-01"),
                .init(),
                .init(organisatie: "gemeente-assen", rol: "financier"),
            ]
        })
        #expect(draft.participants == [
            .init(organisationID: "gemeente-assen", role: .trekker, start: PartialDate(iso: "2012-01")),
            .init(organisationID: "gemeente-assen", role: .financier),
        ], "empty rows are left out; one organisation may have two roles")
    }

    @Test("the same organisation twice in the same role is named as a duplicate")
    func duplicateParticipant() {
        let input = Self.with {
            $0.deelnemers = [
                .init(organisatie: "gemeente-assen", rol: "deelnemer"),
                .init(organisatie: "gemeente-emmen", rol: "deelnemer"),
                .init(organisatie: "gemeente-assen", rol: "deelnemer", vanaf: "2015"),
            ]
        }
        let problem = Self.problem("deelnemers[2].organisatie", in: input)
        #expect(problem?.code == "dubbel")
        #expect(problem?.message.contains("gemeente-assen") == true)
        #expect(Self.fields(input) == ["deelnemers[2].organisatie"])
    }

    @Test("amounts: people's notations are parsed to cents; a bad bedrag is named by its row")
    func amounts() throws {
        let notations: [(String, Int64)] = [
            ("6.000.000", 600_000_000), ("1.234,50", 123_450), ("1234.50", 123_450), ("1234,5", 123_450),
            ("€ 12,5", 1_250), ("6000000", 600_000_000), ("1.234", 123_400), ("-250", -25_000),
        ]
        for (text, cents) in notations {
            let draft = try CollaborationDraft(Self.with {
                $0.bedragen = [.init(omschrijving: "Bijdrage", soort: "bijdrage", bedrag: text)]
            })
            #expect(draft.amounts.first?.amount == Money(cents: cents), "\(text)")
        }
        for text in ["zes miljoen", "1,234,50", "12,345", "1.2.3,4,5", "€"] {
            let input = Self.with {
                $0.bedragen = [
                    .init(omschrijving: "Goed", soort: "budget", bedrag: "100"),
                    .init(omschrijving: "Fout", soort: "budget", bedrag: text),
                ]
            }
            let problem = Self.problem("bedragen[1].bedrag", in: input)
            #expect(problem != nil, "\(text)")
            #expect(problem?.message.contains(text) == true, "\(text)")
        }
        let incomplete = Self.with { $0.bedragen = [.init(bedrag: "100", organisatie: "provincie-drenthe")] }
        #expect(Self.fields(incomplete) == ["bedragen[0].omschrijving", "bedragen[0].soort"])
        #expect(Self.fields(Self.with { $0.bedragen = [.init(omschrijving: "X", soort: "gift", bedrag: "1")] }) == ["bedragen[0].soort"])
        #expect(Self.fields(Self.with { $0.bedragen = [.init(omschrijving: "X", soort: "budget")] }) == ["bedragen[0].bedrag"])
    }

    @Test("at most 500 rows of each kind")
    func tooManyRows() {
        func participants(_ count: Int) -> [CollaborationInput.Participant] {
            (0..<count).map { .init(organisatie: "organisatie-\($0)", rol: "deelnemer") }
        }
        #expect(Self.failure(Self.with { $0.deelnemers = participants(CollaborationDraft.maximumRows) }) == nil)
        let tooMany = Self.with { $0.deelnemers = participants(CollaborationDraft.maximumRows + 1) }
        #expect(Self.fields(tooMany) == ["deelnemers"])
        #expect(Self.problem("deelnemers", in: tooMany)?.message.contains("\(CollaborationDraft.maximumRows + 1)") == true)

        let amounts = Self.with {
            $0.bedragen = Array(repeating: .init(omschrijving: "X", soort: "budget", bedrag: "1"), count: CollaborationDraft.maximumRows + 1)
        }
        #expect(Self.fields(amounts) == ["bedragen"])
        let related = Self.with {
            $0.gerelateerd = (0...CollaborationDraft.maximumRows).map { .init(samenwerking: "s-\($0)", relatie: "verwant_aan") }
        }
        #expect(Self.fields(related) == ["gerelateerd"])
    }

    @Test("related rows are named; vertrouwelijk needs toegang; toegang is organisatie:ID or gremium:ID")
    func relatedAndAccess() throws {
        let related = Self.with {
            $0.gerelateerd = [.init(samenwerking: "rud-drenthe", relatie: "familie"), .init(samenwerking: nil, relatie: "verwant_aan")]
        }
        #expect(Self.fields(related) == ["gerelateerd[0].relatie", "gerelateerd[1].samenwerking"])

        let secret = Self.problem("toegang", in: Self.with { $0.vertrouwelijkheid = "vertrouwelijk" })
        #expect(secret?.code == "verplicht")
        #expect(Self.fields(Self.with { $0.vertrouwelijkheid = "vertrouwelijk"; $0.toegang = ["assen"] }) == ["toegang"])
        let draft = try CollaborationDraft(Self.with {
            $0.vertrouwelijkheid = "vertrouwelijk"; $0.toegang = ["organisatie:gemeente-assen", "gremium:raad-assen", "organisatie:gemeente-assen"]
        })
        #expect(draft.confidentiality == .vertrouwelijk)
        #expect(draft.access == [Group(kind: .organisatie, id: "gemeente-assen"), Group(kind: .gremium, id: "raad-assen")])
        #expect(try CollaborationDraft(Self.with { $0.vertrouwelijkheid = "intern" }).confidentiality == .intern)
    }

    @Test("every problem is reported at once")
    func allAtOnce() {
        let input = CollaborationInput(
            naam: " ", vorm: "stichting", status: "gestopt", startdatum: "2013", einddatum: "2012",
            deelnemers: [.init(organisatie: "gemeente-assen", rol: "baas")],
            bedragen: [.init(omschrijving: "X", soort: "budget", bedrag: "veel")],
            vertrouwelijkheid: "vertrouwelijk")
        #expect(Set(Self.fields(input)) == [
            "naam", "vorm", "redenBeeindiging", "einddatum", "deelnemers[0].rol", "bedragen[0].bedrag", "toegang",
        ])
    }

    @Test("domains are lower-cased and repeated ones dropped; ids are checked")
    func domainsAndIDs() throws {
        let draft = try CollaborationDraft(Self.with {
            $0.domeinen = ["Energie", " energie ", "Wonen", ""]
            $0.opgaven = ["vdg-klimaat", "vdg-klimaat"]
            $0.gremia = ["raad-assen"]
        })
        #expect(draft.domains == ["energie", "wonen"])
        #expect(draft.taskIDs == ["vdg-klimaat"])
        #expect(Self.fields(Self.with { $0.opgaven = ["VDG Klimaat"] }) == ["opgaven"])
        #expect(Self.fields(Self.with { $0.gremia = ["raad_assen"] }) == ["gremia"])
    }

    /// A draft with every field set, in canonical order.
    static let full = CollaborationDraft(
        name: "Regionale Uitvoeringsdienst Drenthe", shortName: "RUD", purpose: "Milieutaken uitvoeren.",
        description: "Eerste regel.\nTweede regel, met een komma; en een puntkomma en \"aanhalingstekens\".",
        form: .gemeenschappelijkeRegeling, wgrForm: .openbaarLichaam, status: .gestopt, statusReason: "Opgeheven: taken terug.",
        start: PartialDate(iso: "2012-03"), end: PartialDate(iso: "2020"), provinceRoles: [.partner, .financier],
        domains: ["milieu", "omgevingsrecht"], taskIDs: ["vdg-klimaat"], bodyIDs: ["rud-stuurgroep"],
        participants: [
            .init(organisationID: "provincie-drenthe", role: .trekker, start: PartialDate(iso: "2012"), end: nil),
            .init(organisationID: "gemeente-assen", role: .deelnemer, start: nil, end: PartialDate(iso: "2019-12-31")),
        ],
        amounts: [
            .init(description: "Provinciale bijdrage: startkapitaal", kind: .provincialeBijdrage, amount: Money(cents: 600_000_000),
                  organisationID: "provincie-drenthe", period: "2012/2013"),
            .init(description: "Rest", kind: .budget, amount: Money(cents: 123_450)),
        ],
        councilInvolvement: [.zienswijze, .informatie], councilReporting: "Jaarverslag aan de raden.",
        legalBasis: "Wgr art. 8", seat: "Assen", transferredPowers: "Vergunningverlening",
        related: [.init(collaborationID: "klimaatakkoord", relation: .verwantAan)],
        confidentiality: .vertrouwelijk,
        access: [Group(kind: .gremium, id: "rud-stuurgroep"), Group(kind: .organisatie, id: "gemeente-assen")].sorted())

    @Test("draft → input → draft gives the same draft")
    func inputRoundTrip() throws {
        let input = Self.full.input
        #expect(input.bedragen.map(\.bedrag) == ["6000000", "1234.50"])
        #expect(input.startdatum == "2012-03" && input.toegang == ["gremium:rud-stuurgroep", "organisatie:gemeente-assen"])
        #expect(try CollaborationDraft(input) == Self.full)
        let minimal = CollaborationDraft(name: "Alleen een naam")
        #expect(try CollaborationDraft(minimal.input) == minimal)
    }

    @Test("normalised ignores the order of rows, not their content")
    func normalised() {
        var shuffled = Self.full
        shuffled.provinceRoles.reverse()
        shuffled.domains.reverse()
        shuffled.participants.reverse()
        shuffled.councilInvolvement.reverse()
        shuffled.access.reverse()
        shuffled.taskIDs = ["a-opgave", "vdg-klimaat"]
        var other = Self.full
        other.taskIDs = ["vdg-klimaat", "a-opgave"]
        #expect(shuffled != other)
        #expect(shuffled.normalised == other.normalised)
        #expect(shuffled.normalised.snapshot.elementsEqual(other.normalised.snapshot, by: ==))

        var changed = Self.full
        changed.participants[0].role = .financier
        #expect(changed.normalised != Self.full.normalised)
        var dated = Self.full
        dated.participants[1].end = nil
        #expect(dated.normalised != Self.full.normalised)
    }
}
