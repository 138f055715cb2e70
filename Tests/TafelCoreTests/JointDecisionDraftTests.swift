import Foundation
import TafelCore
import Testing

@Suite("Gezamenlijke besluiten: regels en coalitie")
struct JointDecisionDraftTests {
    static let valid = JointDecisionInput(
        titel: "Regionale aanpak laaggeletterdheid", aangebodenDoor: "vdg-bo-gezondheid-en-welzijn", orgaan: "college", aangebodenOp: "2019-03-01",
        besluitenVoor: "2019-06-01",
        besluiten: [.init(organisatie: "gemeente-assen", status: "vastgesteld", datum: "2019-04-09", url: "https://www.assen.nl/besluit"),
                    .init(organisatie: "gemeente-emmen", status: "geagendeerd", datum: "2019-05"), .init(),
                    .init(organisatie: "gemeente-meppel", status: "ziet_af", datum: "2019-04-16", toelichting: "Eigen aanpak.")])

    @Test("a valid decision: empty rows left out, back to the same input, its history line")
    func valid() throws {
        let draft = try JointDecisionDraft(Self.valid)
        #expect(draft.responses.map(\.organisationID) == ["gemeente-assen", "gemeente-emmen", "gemeente-meppel"])
        #expect(draft.organ == .college && draft.responses[2].status == .zietAf)
        #expect(try JointDecisionDraft(draft.input) == draft)
        #expect(draft.snapshot.first { $0.0 == "besluiten" }?.1
                == "gemeente-assen:vastgesteld:2019-04-09::https://www.assen.nl/besluit\ngemeente-emmen:geagendeerd:2019-05::\ngemeente-meppel:ziet_af:2019-04-16::Eigen aanpak.")
    }

    @Test("every problem at once, each naming its field: a repeated organisation, a date before the offer, a bad address")
    func problems() {
        var input = Self.valid
        input.titel = " "
        input.orgaan = "gemeenteraad"
        input.besluitenVoor = "2019-02"
        input.besluiten = [
            .init(organisatie: "gemeente-assen", status: "aangenomen"),
            .init(organisatie: "gemeente-assen", status: "vastgesteld", datum: "2018-12-01", url: "www.assen.nl"),
            .init(status: "vastgesteld"),
        ]
        let failure = #expect(throws: ValidationFailure.self) { try JointDecisionDraft(input) }
        #expect(Set(failure?.problems.map(\.field) ?? []) == [
            "titel", "orgaan", "besluitenVoor", "besluiten[0].status", "besluiten[1].organisatie", "besluiten[1].datum", "besluiten[1].url",
            "besluiten[2].organisatie",
        ])
        #expect(failure?.problems.first { $0.field == "besluiten[1].organisatie" }?.message.contains("staat al in regel 1") == true)
    }

    @Test("a decision taken cannot be dated in the future; one on the agenda can")
    func futureDates() throws {
        let today = try #require(PartialDate(iso: "2026-12-04"))
        var input = Self.valid
        input.besluiten = [.init(organisatie: "gemeente-assen", status: "geagendeerd", datum: "2027-01-12"),
                           .init(organisatie: "gemeente-emmen", status: "verworpen", datum: "2027-01-12")]
        let failure = #expect(throws: ValidationFailure.self) { try JointDecisionDraft(input, today: today) }
        #expect(failure?.problems.map(\.field) == ["besluiten[1].datum"])
        #expect(failure?.problems.first?.message.contains("ligt in de toekomst") == true)
        input.besluiten[1].datum = "2026-12"
        #expect(throws: Never.self) { try JointDecisionDraft(input, today: today) }
    }

    @Test("the coalition: who adopted (as offered or amended), who still has to decide, counts in the vocabulary's order")
    func coalition() {
        func response(_ id: String, _ status: JointDecisionStatus) -> JointDecisionResponse {
            JointDecisionResponse(organisation: Reference(kind: .organisation, id: id, name: id), status: status)
        }
        let decision = JointDecision(
            id: "b", title: "B", proposal: nil, description: nil, organ: nil, offeredOn: nil, respondBy: nil,
            responses: [response("a", .vastgesteld), response("b", .aangeboden), response("c", .gewijzigdVastgesteld), response("d", .verworpen),
                        response("e", .geagendeerd)],
            meta: RecordMeta(createdAt: .now, updatedAt: .now, version: 1))
        let coalition = decision.coalition
        #expect(coalition.adopters.map(\.id) == ["a", "c"] && coalition.pending == 2 && coalition.total == 5)
        #expect(coalition.counts.map(\.status) == [.aangeboden, .geagendeerd, .vastgesteld, .gewijzigdVastgesteld, .verworpen])
        #expect(coalition.dutch == "2 van de 5 hebben vastgesteld, 2 moeten nog besluiten")
        #expect(JointDecisionCoalition([]).dutch == "Nog aan geen enkele organisatie aangeboden")
    }

    @Test("the filter reads and prints the same query; a bad status is named")
    func filter() throws {
        let values = ["gremium": "vdg-bestuur", "organisatie": "gemeente-assen", "status": "ziet_af", "q": "zorg"]
        let filter = try JointDecisionFilter.parse { values[$0] }
        #expect(filter.status == .zietAf && filter.isFiltered)
        let printed = Dictionary(uniqueKeysWithValues: filter.queryItems)
        #expect(try JointDecisionFilter.parse { printed[$0] } == filter)
        let failure = #expect(throws: ValidationFailure.self) { try JointDecisionFilter.parse { $0 == "status" ? "besloten" : nil } }
        #expect(failure?.problems.map(\.field) == ["status"])
    }
}
