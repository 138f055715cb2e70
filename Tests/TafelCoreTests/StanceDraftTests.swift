import Foundation
import TafelCore
import Testing

@Suite("Standpunten: regels")
struct StanceDraftTests {
    static let today = PartialDate(iso: "2026-12-04")!
    static let valid = StanceInput(
        titel: "Structurele middelen voor de RES", tekst: "Het Rijk stelt structureel geld beschikbaar voor de uitvoering van de RES.",
        richting: "rijk", adressaat: "ministerie-bzk", eigenaar: "vdg", status: "ingenomen", ingenomenOp: "2026-03-12", lobbyagenda: "ja",
        steunendeOrganisaties: ["gemeente-assen", "", "gemeente-assen", "gemeente-emmen"], opgaven: ["vdg-klimaat"])

    @Test("a valid position: repeats left out, on the lobby agenda, back to the same input")
    func valid() throws {
        let draft = try StanceDraft(Self.valid, today: Self.today)
        #expect(draft.supporterIDs == ["gemeente-assen", "gemeente-emmen"] && draft.onLobbyAgenda && draft.status == .ingenomen)
        #expect(try StanceDraft(draft.input, today: Self.today) == draft)
        #expect(try StanceDraft(StanceInput(titel: "Nog te bespreken", richting: "vng"), today: Self.today).status == .concept)
    }

    @Test("every problem at once, each naming its field; a position taken needs its date, not in the future")
    func problems() {
        var input = Self.valid
        input.titel = ""
        input.richting = "brussel"
        input.lobbyagenda = "misschien"
        input.steunendeOrganisaties = ["Gemeente Assen"]
        input.ingenomenOp = "2027-01-01"
        let failure = #expect(throws: ValidationFailure.self) { try StanceDraft(input, today: Self.today) }
        #expect(Set(failure?.problems.map(\.field) ?? []) == ["titel", "richting", "lobbyagenda", "steunendeOrganisaties[0]", "ingenomenOp"])
        input = Self.valid
        input.ingenomenOp = nil
        let missing = #expect(throws: ValidationFailure.self) { try StanceDraft(input, today: Self.today) }
        #expect(missing?.problems.map(\.code) == ["verplicht"])
    }

    @Test("the filter reads and prints the same query")
    func filter() throws {
        let values = ["richting": "rijk", "status": "ingebracht", "organisatie": "gemeente-assen", "lobbyagenda": "ja", "q": "regie"]
        let filter = try StanceFilter.parse { values[$0] }
        #expect(filter.onLobbyAgenda == true && filter.addressee == .rijk)
        #expect(try StanceFilter.parse { $0 == "lobbyagenda" ? "nee" : nil }.onLobbyAgenda == false)
        let printed = Dictionary(uniqueKeysWithValues: filter.queryItems)
        #expect(try StanceFilter.parse { printed[$0] } == filter)
        let failure = #expect(throws: ValidationFailure.self) { try StanceFilter.parse { $0 == "lobbyagenda" ? "soms" : nil } }
        #expect(failure?.problems.map(\.field) == ["lobbyagenda"])
    }
}
