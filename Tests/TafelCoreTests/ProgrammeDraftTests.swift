import TafelCore
import Testing

/// A portfolio programme as submitted: every problem at once, named by its field.
@Suite("Programma's invoeren")
struct ProgrammeDraftTests {
    @Test("themes nest under earlier themes by number; links, rows and lists are read as typed")
    func valid() throws {
        let draft = try ProgrammeDraft(ProgrammeInput(
            naam: " Programma ", portefeuille: "Gezondheid en Welzijn", status: "vastgesteld", bestuurlijkVoorzitter: "karel-loohuis",
            themas: [.init(naam: "Ouderenzorg", opgave: "gw-ouderenzorg"), .init(naam: "Ouderenoverleg", onderdeelVan: "1")],
            bijeenkomsten: [.init(omschrijving: "Overleg", soort: "bestuurlijk_overleg", perJaarMin: "4", perJaarMax: "4")],
            partners: ["cmo-stamm", "cmo-stamm", "ggd-drenthe"]))
        #expect(draft.name == "Programma" && draft.status == .vastgesteld && draft.links.chairID == "karel-loohuis")
        #expect(draft.themes.map(\.parent) == [nil, 1] && draft.themes.first?.taskID == "gw-ouderenzorg")
        #expect(draft.meetingPlans.first?.kind == .bestuurlijkOverleg && draft.meetingPlans.first?.perYearMax == 4)
        #expect(draft.partnerIDs == ["cmo-stamm", "ggd-drenthe"])
        #expect(try ProgrammeDraft(draft.input) == draft, "a draft read back as input is the same draft")
    }

    @Test("every problem is named: required fields, a theme under itself or a later one, a gap, counts, codes and ids")
    func problems() {
        let input = ProgrammeInput(
            status: "klaar", bestuurlijkOverleg: "Niet Goed",
            themas: [.init(naam: "Een", onderdeelVan: "1"), .init(), .init(naam: "Drie", onderdeelVan: "x")],
            bijeenkomsten: [.init(omschrijving: "Overleg", soort: "feest", perJaarMin: "5", perJaarMax: "2"), .init(soort: "overleg")])
        #expect(throws: ValidationFailure.self) { try ProgrammeDraft(input) }
        let fields = Set(Self.problems(input).map(\.field))
        for field in ["naam", "portefeuille", "status", "bestuurlijkOverleg", "themas[0].onderdeelVan", "themas[1]", "themas[2].onderdeelVan",
                      "bijeenkomsten[0].soort", "bijeenkomsten[0].perJaarMax", "bijeenkomsten[1].omschrijving"] {
            #expect(fields.contains(field), "\(field)")
        }
    }

    static func problems(_ input: ProgrammeInput) -> [FieldProblem] {
        do { _ = try ProgrammeDraft(input); return [] } catch { return error.problems }
    }
}
