import TafelCore
import Testing

@Suite("Passages in documenten")
struct PassageAnchorTests {
    @Test("a passage's anchor depends on its words only, not on how the lines were broken")
    func anchor() {
        let quoted = PassageAnchor.id(for: "de kerngroep bereidt het overleg voor")
        #expect(quoted == PassageAnchor.id(for: "de kerngroep\nbereidt  het overleg\tvoor "))
        #expect(quoted != PassageAnchor.id(for: "de kerngroep bereidt het overleg niet voor"))
        #expect(quoted.hasPrefix("passage-") && quoted.count == "passage-".count + 12)
        #expect(quoted.dropFirst("passage-".count).allSatisfy { $0.isHexDigit })
    }

    @Test("a passage is found across line breaks and double spaces, at its first place; one that is not there is left out")
    func locate() {
        let text = "Aanhef.\n\nWij hebben toegezegd dat de\nkerngroep  het overleg voorbereidt. Café één."
        let found = PassageAnchor.locate(["de kerngroep het overleg", "Café één.", "niet in de tekst"], in: text)
        let bytes = Array(text.utf8)
        func slice(_ range: Range<Int>?) -> String? { range.map { String(decoding: bytes[$0], as: UTF8.self) } }
        #expect(slice(found["de kerngroep het overleg"]) == "de\nkerngroep  het overleg")
        #expect(slice(found["Café één."]) == "Café één.")
        #expect(found["niet in de tekst"] == nil)
        #expect(PassageAnchor.locate([" ", ""], in: text).isEmpty)
    }
}
