import Foundation
import TafelCore
import Testing

@Suite("Beleidsproducten: regels")
struct PolicyProductDraftTests {
    static let valid = PolicyProductInput(
        naam: "Mijn beweging", eigenaar: "provincie-drenthe", soortTaak: "autonome_taak", kerntaak: "nee", rollen: ["stimuleren"],
        consequenties: [.init(onderwerp: "Breedtesport", consequentie: "afbouwen", vanaf: "2013"),
                        .init(onderwerp: "Topsport", consequentie: "voortzetten", rol: "stimuleren"), .init()],
        samenwerkingen: ["sociale-allianties", "", "sociale-allianties"])

    @Test("a valid product: empty rows and repeats left out, the task spelled in Dutch, and back to the same input")
    func valid() throws {
        let draft = try PolicyProductDraft(Self.valid)
        #expect(draft.consequences.count == 2 && draft.collaborationIDs == ["sociale-allianties"] && draft.isCoreTask == false)
        #expect(try PolicyProductDraft(draft.input) == draft)
        let product = PolicyProduct(id: "p", name: draft.name, domain: nil, taskKind: draft.taskKind, isCoreTask: draft.isCoreTask,
                                    roles: draft.roles, description: nil, decidedOn: nil, consequences: draft.consequences,
                                    meta: RecordMeta(createdAt: .now, updatedAt: .now, version: 1))
        #expect(product.taskDutch == "Autonome taak, geen kerntaak")
        #expect(draft.snapshot.first { $0.0 == "consequenties" }?.1 == "afbouwen::2013:Breedtesport\nvoortzetten:stimuleren::Topsport")
    }

    @Test("every problem at once, each naming its field")
    func problems() {
        var input = Self.valid
        input.naam = ""
        input.kerntaak = "misschien"
        input.rollen = ["regeren"]
        input.consequenties = [.init(onderwerp: "", consequentie: "schrappen", vanaf: "2013-13")]
        input.samenwerkingen = ["Geen Slug"]
        let failure = #expect(throws: ValidationFailure.self) { try PolicyProductDraft(input) }
        #expect(Set(failure?.problems.map(\.field) ?? []) == [
            "naam", "kerntaak", "rollen", "consequenties[0].onderwerp", "consequenties[0].consequentie", "consequenties[0].vanaf",
            "samenwerkingen[0]",
        ])
    }
}
