import TafelCore
import Testing

@Suite("Invoerregels")
struct InputRulesTests {
    @Test("formula cells are neutralised on export and restored on import", arguments: ["=1+1", "+31", "-5", "@SUM(A1)", "\tx", "\rx"])
    func formulas(cell: String) {
        let exported = CSV.formulaNeutralised(cell)
        #expect(exported == "'" + cell)
        #expect(CSV.formulaRestored(exported) == cell)
    }

    @Test("ordinary cells are left alone, also one that starts with an apostrophe", arguments: ["Assen", "'t Zandt", "", "2024-01"])
    func ordinary(cell: String) {
        #expect(CSV.formulaNeutralised(cell) == cell)
        #expect(CSV.formulaRestored(cell) == cell)
    }

    @Test("control characters and bidi overrides are named with their position")
    func forbidden() {
        #expect(TextRules.firstForbidden(in: "a\u{0}b")?.code == "U+0000")
        #expect(TextRules.firstForbidden(in: "ab\u{202E}c")?.position == 3)
        #expect(TextRules.firstForbidden(in: "Regel één\nregel twee\tmet tab") == nil)
        var check = FieldChecker()
        _ = check.line("Gemeente\u{7}", "naam")
        #expect(check.problems.map(\.field) == ["naam"])
    }

    @Test("a history value names what it refers to, and hides what the reader may not see")
    func historyReferences() {
        let value = "gemeente-assen:deelnemer::; geheim-org:trekker:2020:"
        let references = HistoryReferences.references(in: value, field: "deelnemers", of: .collaboration)
        #expect(references.map(\.id) == ["gemeente-assen", "geheim-org"])
        let shown = HistoryReferences.redacted(value, field: "deelnemers", of: .collaboration) { $0.id == "geheim-org" }
        #expect(shown == "gemeente-assen:deelnemer::; vertrouwelijk record:trekker:2020:")
        #expect(HistoryReferences.redacted("verwant_aan:geheime-fusie", field: "gerelateerd", of: .collaboration) { _ in true }
                == "verwant_aan:vertrouwelijk record")
        #expect(HistoryReferences.redacted("organisatie:geheim, gremium:open", field: "toegang", of: .document) { $0.id == "geheim" }
                == "vertrouwelijk record, gremium:open")
        #expect(HistoryReferences.redacted("Geheime naam", field: "naam", of: .collaboration) { _ in true } == "Geheime naam")
    }
}
