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

    @Test("LIKE wildcards in the text are escaped, and the pattern is lowercased")
    func likePattern() throws {
        #expect(try SearchText.parse("Assen")?.likePattern == "%assen%")
        #expect(try SearchText.parse("50%")?.likePattern == #"%50\%%"#)
        #expect(try SearchText.parse("a_b")?.likePattern == #"%a\_b%"#)
        #expect(try SearchText.parse(#"c:\x"#)?.likePattern == #"%c:\\x%"#)
        #expect(try SearchText.parse("%_%")?.likePattern == #"%\%\_\%%"#)
    }
}
