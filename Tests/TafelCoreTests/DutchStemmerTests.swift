import Foundation
import TafelCore
import Testing

/// `DutchStemmer` word for word against Snowball's own Porter-style Dutch stemmer: every word of
/// the seed documents and a list of hard cases, stemmed by `snowballstemmer`'s `dutch_porter`
/// (Fixtures/dutch-porter-stems.tsv, made by scripts/dutch-stems-fixture.py). PostgreSQL's
/// `dutch` configuration is checked against the same list in the store's tests.
@Suite("Nederlandse stemmer")
struct DutchStemmerTests {
    static func fixture() throws -> [(word: String, stem: String)] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/dutch-porter-stems.tsv")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        }
    }

    @Test("every word of the reference list stems as Snowball's dutch_porter stems it")
    func reference() throws {
        let words = try Self.fixture()
        #expect(words.count > 2_000)
        let wrong = words.filter { DutchStemmer.stem($0.word) != $0.stem }
        #expect(wrong.isEmpty, "\(wrong.prefix(20).map { "\($0.word): \(DutchStemmer.stem($0.word)) ≠ \($0.stem)" })")
    }

    @Test("the forms a searcher types meet: singular and plural, accents, the Porter trap")
    func forms() {
        #expect(DutchStemmer.stem("toezegging") == DutchStemmer.stem("toezeggingen"))
        #expect(DutchStemmer.stem("kerngroep") == DutchStemmer.stem("kerngroepen"))
        #expect(DutchStemmer.stem("kenniscafé") == DutchStemmer.stem("kenniscafe"))
        #expect(DutchStemmer.stem("gemeente") == "gemeent", "not Kraaij-Pohlmann's ‘meen’")
        #expect(DutchStemmer.stem("") == "" && DutchStemmer.stem("ij") == "ij")
    }

    @Test("a 'word' longer than PostgreSQL would stem is left as it is")
    func overlongWord() {
        let filler = String(repeating: "gemeenten", count: 200)
        #expect(DutchStemmer.stem(filler) == filler)
        #expect(DutchStemmer.stem("gemeenten") == "gemeent")
    }
}
