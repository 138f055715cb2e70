import Foundation
import TafelCore
import Testing

@Suite("Nederlandse woorden uit tekst")
struct DutchTokenizerTests {
    func words(_ text: String) -> [String] { DutchTokenizer.tokens(text).map(\.word) }

    @Test("case and diacritics folded; letters and digits a scan glued together parted")
    func folding() {
        #expect(words("Het Kenniscafé in Café De Ruïne") == ["het", "kenniscafe", "in", "cafe", "de", "ruine"])
        #expect(words("vergadering van 7 maart2012, 14.00 uur") == ["vergadering", "van", "7", "maart", "2012", "14", "00", "uur"])
        #expect(words("de auto's en zo") == ["de", "autos", "en", "zo"])
    }

    @Test("words broken at a line end or by a reflowed hyphen joined again; an omitted word's hyphen kept apart")
    func hyphens() {
        #expect(words("het ge-\nsprek met de ge- meenten") == ["het", "gesprek", "met", "de", "gemeenten"])
        #expect(words("de gesloten kli- maatcontracten") == ["de", "gesloten", "klimaatcontracten"])
        #expect(words("Noord- en Zuid-Holland") == ["noord", "en", "zuid", "holland"])
        #expect(words("provincie-\nBrabant") == ["provincie", "brabant"], "a capital after the break is a new word")
    }

    @Test("a joined word's range spans the break, so a snippet marks the word as printed")
    func ranges() throws {
        let text = "zij beslo-\nten samen"
        let token = try #require(DutchTokenizer.tokens(text).first { $0.word == "besloten" })
        #expect(String(text[token.range]) == "beslo-\nten")
    }

    @Test("the stems of a text: what the index holds and a query looks up")
    func stems() {
        #expect(DutchTokenizer.stems("Toezeggingen van de kerngroepen") == DutchTokenizer.stems("toezegging van de kerngroep"))
        #expect(DutchTokenizer.stems("kenniscafé") == DutchTokenizer.stems("Kenniscafe"))
    }

    @Test("a long run of accented letters folds letter by letter, as a short one")
    func longAccentedRun() {
        let run = String(repeating: "é", count: 200_000)
        #expect(DutchTokenizer.fold(run) == String(repeating: "e", count: 200_000))
        #expect(DutchTokenizer.fold("Çé Ñandú ß Ruïne") == "ce nandu ß ruine")
    }
}
