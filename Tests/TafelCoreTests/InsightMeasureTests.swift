import TafelCore
import Testing

@Suite("Inzicht: de maten op kleine, met de hand gebouwde structuren")
struct InsightMeasureTests {
    let day = PartialDate(iso: "2020-06-01")!

    func collaboration(_ id: String, _ participants: [String], form: CollaborationForm? = nil, status: CollaborationStatus? = nil,
                       start: String? = nil, end: String? = nil, involvement: Set<CouncilInvolvement> = []) -> InsightData.Collaboration {
        InsightData.Collaboration(id: id, name: id, form: form, status: status, start: start.flatMap(PartialDate.init(iso:)),
                                  end: end.flatMap(PartialDate.init(iso:)), participants: participants.map { InsightData.Participation(organisationID: $0) },
                                  councilInvolvement: involvement)
    }

    @Test("the Jaccard index: shared over all; two empty sets count as equal")
    func jaccard() {
        #expect(ScaleCongruence.jaccard(["a", "b"], ["b", "c"]) == 1.0 / 3.0)
        #expect(ScaleCongruence.jaccard(["a"], ["a"]) == 1)
        #expect(ScaleCongruence.jaccard(["a"], ["b"]) == 0)
        #expect(ScaleCongruence.jaccard([], []) == 1)
    }

    @Test("congruence: the mean over every pair of partner sets; undefined below two collaborations")
    func congruence() {
        let result = ScaleCongruence.of(partnerSets: [["a", "b"], ["a", "b"], ["c"]])
        // Pairs: 1 (same), 0, 0 → 1/3.
        #expect(result.index == 1.0 / 3.0)
        #expect(result.distinctPartnerSets == 2)
        #expect(ScaleCongruence.of(partnerSets: [["a"]]).index == nil)
        #expect(ScaleCongruence.of(partnerSets: []).collaborations == 0)
    }

    @Test("a collaboration runs on a date by its period; without an end an ended status ends it")
    func running() {
        #expect(collaboration("c", [], start: "2019", end: "2020").runs(on: day))
        #expect(!collaboration("c", [], start: "2021").runs(on: day))
        #expect(!collaboration("c", [], end: "2019-12").runs(on: day))
        #expect(!collaboration("c", [], status: .afgerond).runs(on: day))
        #expect(collaboration("c", [], status: .afgerond, end: "2020-12-31").runs(on: day), "a known end decides")
        #expect(collaboration("c", [], status: .verkenning).runs(on: day))
    }

    @Test("co-participation counts shared running collaborations per pair, most first; partners of one")
    func network() {
        let data = InsightData(municipalities: [], collaborations: [
            collaboration("1", ["a", "b", "c"]), collaboration("2", ["a", "b"]), collaboration("3", ["a", "b"], status: .gestopt),
        ])
        let pairs = CoParticipation.pairs(in: data, on: day)
        #expect(pairs.map { "\($0.first)-\($0.second) \($0.collaborations)" } == ["a-b 2", "a-c 1", "b-c 1"])
        #expect(CoParticipation.pairs(in: data, on: day, among: ["a", "c"]).map(\.collaborations) == [1])
        #expect(CoParticipation.partners(of: "c", in: data, on: day).map(\.id) == ["a", "b"])
    }

    @Test("democratic coverage: formal say by zienswijze or besluit, always for a gemeenschappelijke regeling, unknown apart")
    func coverage() {
        let coverage = DemocraticCoverage([
            collaboration("1", [], involvement: [.besluit]), collaboration("2", [], involvement: [.informatie]),
            collaboration("3", [], form: .gemeenschappelijkeRegeling), collaboration("4", [], form: .gemeenschappelijkeRegeling, involvement: [.informatie]),
            collaboration("5", []),
        ])
        #expect(coverage.formalSay == 3 && coverage.formalByLaw == 2)
        #expect(coverage.informationOnly == 1 && coverage.unknown == 1)
        #expect(coverage.share == 0.75)
        #expect(DemocraticCoverage([collaboration("x", [])]).share == nil)
    }

    @Test("a municipality's load: its running collaborations, seats in others' bodies, their meetings in twelve months, per 10,000")
    func load() {
        let assen = InsightData.Municipality(id: "assen", name: "Gemeente Assen", cbsCode: "GM0106", inhabitants: 50_000)
        let data = InsightData(
            municipalities: [assen],
            collaborations: [collaboration("1", ["assen", "emmen"]), collaboration("2", ["assen", "emmen", "provincie"]),
                             collaboration("3", ["emmen"]), collaboration("4", ["assen"], start: "2021")],
            seats: [InsightData.Seat(bodyID: "vdg", organisationID: "assen"), InsightData.Seat(bodyID: "raad", organisationID: "assen"),
                    InsightData.Seat(bodyID: "oud", organisationID: "assen", end: PartialDate(iso: "2019"))],
            meetings: [InsightData.Meeting(bodyID: "vdg", date: PartialDate(iso: "2020-01-15")!), InsightData.Meeting(bodyID: "vdg", date: PartialDate(iso: "2019-06-01")!),
                       InsightData.Meeting(bodyID: "vdg", date: PartialDate(iso: "2019-06-02")!), InsightData.Meeting(bodyID: "raad", date: PartialDate(iso: "2020-02-01")!)],
            bodyOwners: ["vdg": "vdg-vereniging", "raad": "assen"])
        let insight = MunicipalityInsight(assen, in: data, on: day)
        #expect(insight.collaborations == 2)
        #expect(insight.seats == 1, "its own council and an ended seat do not count")
        #expect(insight.meetings == 2, "2019-06-01 is a year before, outside; 2019-06-02 and 2020-01-15 inside")
        #expect(insight.perTenThousand(insight.collaborations) == 0.4)
        #expect(insight.congruence.index == 0.5, "{emmen} against {emmen, provincie}")
        #expect(MunicipalityInsight(InsightData.Municipality(id: "x", name: "X", cbsCode: nil, inhabitants: nil), in: data, on: day).perTenThousand(3) == nil)
    }
}

@Suite("Inzicht: opgaven, samenhang en versnippering")
struct TaskInsightTests {
    let day = PartialDate(iso: "2020-06-01")!

    func collaboration(_ id: String, _ participants: [String], tasks: [String], end: String? = nil,
                       amounts: [AmountKind: Int64] = [:]) -> InsightData.Collaboration {
        InsightData.Collaboration(id: id, name: id, end: end.flatMap(PartialDate.init(iso:)),
                                  participants: participants.map { InsightData.Participation(organisationID: $0) },
                                  taskIDs: tasks, amounts: amounts)
    }

    @Test("a collaboration's money: its budget, else its contributions summed; an investment drawn in is no money of its own")
    func money() {
        #expect(collaboration("c", [], tasks: [], amounts: [.budget: 500, .bijdrage: 100]).money == 500)
        #expect(collaboration("c", [], tasks: [], amounts: [.provincialeBijdrage: 300, .bijdrage: 100]).money == 400)
        #expect(collaboration("c", [], tasks: [], amounts: [.uitgelokteInvestering: 900]).money == nil)
        #expect(collaboration("c", [], tasks: [], amounts: [:]).money == nil)
    }

    @Test("per task: running collaborations, their median size, small projects, money, and who takes part through which")
    func perTask() throws {
        let data = InsightData(
            municipalities: [.init(id: "g1", name: "Een", cbsCode: nil, inhabitants: nil), .init(id: "g2", name: "Twee", cbsCode: nil, inhabitants: nil)],
            collaborations: [
                collaboration("a", ["g1", "p"], tasks: ["t1"], amounts: [.budget: 1_000]),
                collaboration("b", ["g1", "g2", "p", "x"], tasks: ["t1", "t2"]),
                collaboration("c", ["g2", "x", "y"], tasks: ["t1"], amounts: [.bijdrage: 250]),
                collaboration("d", ["g1"], tasks: ["t1"], end: "2019-12-31"),
                collaboration("e", ["g2", "p"], tasks: []),
            ],
            tasks: [.init(id: "t1", name: "Wonen", number: 1, agendaID: "ag", agendaName: "Agenda"),
                    .init(id: "t2", name: "Werken", number: 2, agendaID: "ag", agendaName: "Agenda"),
                    .init(id: "t3", name: "Leren", number: 3, agendaID: "ag", agendaName: "Agenda")])
        let overview = TaskOverview(data, on: day)
        #expect(overview.running == 4, "d has ended")
        #expect(overview.withoutTask.map(\.id) == ["e"])
        #expect(overview.tasks.map(\.id) == ["t1", "t2", "t3"], "the agenda's order, a task nobody serves too")
        let wonen = overview.tasks[0]
        #expect(wonen.collaborations.map(\.id) == ["a", "b", "c"])
        #expect(wonen.sizes == [2, 4, 3])
        #expect(wonen.medianSize == 3)
        #expect(wonen.small == 2 && wonen.smallShare == 2.0 / 3.0, "two and three participants are small; four is not")
        #expect(wonen.money == 1_250 && wonen.withMoney == 2)
        #expect(wonen.municipalities == ["g1": ["a", "b"], "g2": ["b", "c"]], "the province's municipalities only, not p, x, y")
        let werken = overview.tasks[1]
        #expect(werken.medianSize == 4 && werken.money == nil && werken.municipalities.count == 2)
        let leren = overview.tasks[2]
        #expect(leren.count == 0 && leren.medianSize == nil && leren.smallShare == nil && leren.municipalities.isEmpty)
        // An even number of sizes: the mean of the middle two.
        #expect(TaskInsight(task: leren.task, collaborations: [], sizes: [2, 5, 3, 8], municipalities: [:]).medianSize == 4)
    }
}

@Suite("Inzicht: toezeggingen en vergaderritme")
struct AccountabilityInsightTests {
    let day = PartialDate(iso: "2020-06-01")!

    func date(_ iso: String) -> PartialDate { PartialDate(iso: iso)! }

    @Test("per portefeuillehouder as the dates stand on the day: on time, late, open, overdue, decided; a later fulfilment is still open")
    func keeping() throws {
        let data = InsightData(municipalities: [], collaborations: [], commitments: [
            .init(id: "a", byPersonID: "p", madeOn: date("2019"), deadline: .init(date: date("2019-12")), fulfilledOn: date("2019-11-30")),
            .init(id: "b", byPersonID: "p", madeOn: date("2019"), deadline: .init(date: date("2019-12")), fulfilledOn: date("2020-01-05")),
            .init(id: "c", byPersonID: "p", madeOn: date("2020-01-01"), deadline: .init(date: date("2020-03-01"))),
            .init(id: "d", byPersonID: "p", madeOn: date("2020-01-01"), deadline: .init(date: date("2020-03-01")), fulfilledOn: date("2020-09-01")),
            .init(id: "e", byPersonID: "p", madeOn: date("2020-02-01"), deadline: .init(event: "voor de begroting")),
            .init(id: "f", byPersonID: "p", deadline: .init(date: date("2019")), decision: .vervallen),
            .init(id: "g", byPersonID: "p", madeOn: date("2020-07-01"), deadline: .init(date: date("2020-08-01"))),
            .init(id: "h", byBodyID: "gs", madeOn: date("2020"), deadline: .init(date: date("2021"))),
        ], commitmentMakers: ["p": "Gedeputeerde Jansen", "gs": "Gedeputeerde Staten"])
        let all = CommitmentKeeping.all(in: data, on: day)
        #expect(all.map(\.id) == ["p", "gs"], "the most commitments first")
        let p = all[0]
        #expect(p.isPerson && p.name == "Gedeputeerde Jansen")
        #expect(p.onTime == 1 && p.late == 1, "b came five days after its month")
        #expect(p.overdue == 2, "c, and d: its fulfilment came after the day")
        #expect(p.open == 1 && p.decided == 1, "e has only an event; f lapsed")
        #expect(p.total == 6, "g was made after the day")
        #expect(p.onTimeShare == 1.0 / 4.0)
        #expect(!all[1].isPerson && all[1].open == 1 && all[1].onTimeShare == nil)
    }

    @Test("a body against its rule: meetings in twelve months below its minimum or above its maximum; bounded by membership")
    func rhythm() {
        let meetings = ["2019-07-01", "2019-10-01", "2020-01-15", "2020-05-31", "2020-06-02", "2019-05-31"].map { InsightData.Meeting(bodyID: "ab", date: date($0)) }
            + [InsightData.Meeting(bodyID: "bo", date: date("2020-02-01"))]
        let data = InsightData(municipalities: [], collaborations: [], meetings: meetings, ruledBodies: [
            .init(id: "ab", name: "Ambtelijk", minimum: 2, maximum: 3),
            .init(id: "bo", name: "Bestuurlijk", minimum: 2, maximum: nil),
            .init(id: "rv", name: "Raad", minimum: nil, maximum: 10),
            .init(id: "oud", name: "Oud", minimum: 4, maximum: 4, end: date("2019")),
        ])
        let all = MeetingRhythm.all(in: data, on: day)
        #expect(all.map(\.id) == ["ab", "bo", "rv"], "outside their rule first; a body no longer in the structure left out")
        #expect(all[0].meetings == 4 && all[0].verdict == .more, "2019-06-01 up to 2020-06-01: four of the six")
        #expect(all[1].meetings == 1 && all[1].verdict == .less)
        #expect(all[2].meetings == 0 && all[2].verdict == .within)
    }
}
