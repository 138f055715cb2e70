import TafelCore
import Testing

@Suite("Zoekvraag")
struct SearchQueryTests {
    private func parse(_ text: String) throws -> SearchQuery { try SearchQuery.parse(text) }
    private func stem(_ word: String) -> String { DutchStemmer.stem(word) }

    @Test("every word must match, by its stem, without case or accents")
    func words() throws {
        #expect(try parse("Toezeggingen kerngroepen") == SearchQuery(required: [[.word("toezegg")], [.word("kerngroep")]]))
        #expect(try parse("kenniscafé") == parse("KENNISCAFE"))
        #expect(try parse("toezegging") == parse("toezeggingen"))
    }

    @Test("a stop word standing alone is left out, unless nothing else remains")
    func stopWords() throws {
        #expect(try parse("toezeggingen van de gedeputeerde") == SearchQuery(required: [[.word("toezegg")], [.word(stem("gedeputeerde"))]]))
        #expect(try parse("van de").required == [[.word("van")], [.word("de")]])
    }

    @Test("a quoted phrase keeps its words and their order, stop words included; an unclosed quote runs to the end")
    func phrases() throws {
        let phrase = ["vereniging", "van", "drentse", "gemeenten"].map(stem)
        #expect(try parse("\"Vereniging van Drentse Gemeenten\"").required == [[.phrase(phrase)]])
        #expect(try parse("„Vereniging van Drentse Gemeenten").required == [[.phrase(phrase)]])
        // A word that the text parts ("maart2012", "Noord-Holland") is a phrase of its parts.
        #expect(try parse("maart2012").required == [[.phrase(["maart", "2012"])]])
    }

    @Test("OR (or OF) lets either side match; the clauses around it must all match")
    func alternatives() throws {
        #expect(try parse("jeugd OR zorg welzijn").required == [[.word("jeugd"), .word("zorg")], [.word("welzijn")]])
        #expect(try parse("jeugd OF zorg") == parse("jeugd OR zorg"))
        // Lower-case "of" is the Dutch word, a stop word here.
        #expect(try parse("jeugd of zorg").required == [[.word("jeugd")], [.word("zorg")]])
        #expect(try parse("OR jeugd").required == [[.word("jeugd")]])
    }

    @Test("-word and -\"a phrase\" leave out; a search of exclusions only is refused, naming q")
    func exclusions() throws {
        let query = try parse("notulen -verslag -\"dagelijks bestuur\"")
        #expect(query.required == [[.word(stem("notulen"))]])
        #expect(query.excluded == [.word(stem("verslag")), .phrase([stem("dagelijks"), stem("bestuur")])])
        let failure = #expect(throws: ValidationFailure.self) { try parse("-geheim -vertrouwelijk") }
        #expect(failure?.problems.first?.field == "q" && failure?.problems.first?.code == "alleen_uitsluiting")
    }

    @Test("word* matches beginnings, as typed and as stemmed; a beginning of one letter is refused")
    func prefixes() throws {
        #expect(try parse("samenwerk*").required == [[.prefix(leading: [], beginnings: ["samenwerk"])]])
        #expect(try parse("Baan*").required == [[.prefix(leading: [], beginnings: ["baan", "ban"])]])
        #expect(try parse("noord-hol*").required == [[.prefix(leading: ["noord"], beginnings: ["hol"])]])
        let failure = #expect(throws: ValidationFailure.self) { try parse("g*") }
        #expect(failure?.problems.first?.code == "te_kort_begin")
    }

    @Test("punctuation alone is an empty search, not an error")
    func empty() throws {
        #expect(try parse("!!! % _ *").isEmpty)
        #expect(try parse("\"\"").isEmpty)
    }

    @Test("marks the words of a text that it looks for, in any form; a phrase's words only together")
    func marks() throws {
        let query = try SearchQuery.parse("toezegging \"sociaal domein\" samenwerk*")
        let words = ["de", "toezeggingen", "sociaal", "en", "domein", "sociaal", "domein", "samenwerkingsverband", "verslag"]
        #expect(query.marked(words) == [false, true, false, false, false, true, true, true, false])
        // The stemmer undoubles a vowel before the fourth letter too: "maan" is "man".
        #expect(try SearchQuery.parse("man").marked(["maan", "manen", "mandaat"]) == [true, true, false])
    }
}

@Suite("Zoekfragment")
struct SearchSnippetTests {
    @Test("marks the words found, joins a word broken at a line end, and shows a window with ellipses")
    func window() throws {
        let filler = Array(repeating: "woord", count: 40).joined(separator: " ")
        let text = filler + " Het ge-\nsprek over de toezeggingen\nvan GS. " + filler
        let snippet = SearchSnippet.make(text, for: try SearchQuery.parse("gesprek toezegging"))
        #expect(snippet.parts.first?.text.hasPrefix("… ") == true && snippet.parts.last?.text.hasSuffix(" …") == true)
        #expect(snippet.parts.filter(\.isMatch).map(\.text) == ["gesprek", "toezeggingen"])
        #expect(snippet.plainText.contains("Het gesprek over de toezeggingen van GS."))
    }

    @Test("a text without a match gives its opening, unmarked; an empty text no snippet")
    func opening() throws {
        let snippet = SearchSnippet.make("Een korte tekst.", for: try SearchQuery.parse("gemeente"))
        #expect(snippet.parts == [SearchSnippet.Part(text: "Een korte tekst.", isMatch: false)])
        #expect(SearchSnippet.make("  ", for: try SearchQuery.parse("gemeente")).isEmpty)
    }

    @Test("the window holds the most different words of the query")
    func bestWindow() throws {
        let filler = Array(repeating: "woord", count: 30).joined(separator: " ")
        let text = "Jeugd hier. " + filler + " Jeugd en zorg samen. " + filler
        let snippet = SearchSnippet.make(text, for: try SearchQuery.parse("jeugd zorg"), words: 10)
        #expect(snippet.parts.filter(\.isMatch).map(\.text) == ["Jeugd", "zorg"])
    }

    @Test("a match past the analysed stretch still leaves a snippet: the opening, marked as going on")
    func longText() throws {
        let filler = String(repeating: "woord ", count: SearchSnippet.analysedCharacters / 6 + 10)
        let snippet = SearchSnippet.make("Begin van de tekst. " + filler + "jeugdzorg aan het eind", for: try SearchQuery.parse("jeugdzorg"))
        #expect(snippet.parts.filter(\.isMatch).isEmpty)
        #expect(snippet.plainText.hasPrefix("Begin van de tekst."))
        #expect(snippet.plainText.hasSuffix(" …"))
    }
}
