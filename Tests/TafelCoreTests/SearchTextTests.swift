import TafelCore
import Testing

@Suite("SearchText")
struct SearchTextTests {
    @Test("absent or blank means no filter", arguments: [nil, "", "   ", "\n\t "] as [String?])
    func blank(raw: String?) throws {
        #expect(try SearchText.parse(raw) == nil)
    }

    @Test("is trimmed")
    func trimmed() throws {
        #expect(try SearchText.parse("  Assen \n")?.text == "Assen")
    }

    @Test("200 characters are allowed, 201 are named as too long")
    func length() throws {
        #expect(try SearchText.parse(String(repeating: "a", count: 200))?.text.count == 200)
        // Surrounding whitespace does not count.
        #expect(try SearchText.parse("  " + String(repeating: "a", count: 200) + "  ") != nil)
        let failure = #expect(throws: ValidationFailure.self) {
            try SearchText.parse(String(repeating: "a", count: 201))
        }
        #expect(failure?.problems.map(\.field) == ["q"])
        #expect(failure?.problems.first?.code == "te_lang")
        let message = failure?.problems.first?.message ?? ""
        #expect(message.hasPrefix("q mag hoogstens 200 tekens"))
        #expect(message.contains("201"))
    }

    @Test("is read as a search, and a search of exclusions only is refused with its field")
    func readAsSearch() throws {
        #expect(try SearchText.parse("Toezeggingen")?.query == SearchQuery(required: [[.word("toezegg")]]))
        let failure = #expect(throws: ValidationFailure.self) { try SearchText.parse("-geheim") }
        #expect(failure?.problems.map(\.field) == ["q"])
        #expect(failure?.problems.first?.code == "alleen_uitsluiting")
    }
}
