import TafelCore
import TafelStore
import TafelTestSupport
import Testing

/// Ranking on a small judged set of our own (docs/ZOEKEN.md): queries as a civil servant or a
/// councillor types them, in other inflections than the records use, each with the records a
/// person means by it. Each must bring one of them into the first three.
@Suite("Zoeken: beoordeelde vragen", .demoLoaded)
struct SearchRankingTests {
    struct Judged: Sendable, CustomTestStringConvertible {
        let query: String
        let relevant: Set<String>
        var testDescription: String { query }
    }

    static let judged: [Judged] = [
        Judged(query: "toezeggingen sociaal domein", relevant: ["statenbrief-2010-sociaal-domein-pns"]),
        Judged(query: "Drentse Alliantie niet haalbaar", relevant: ["drentse-alliantie", "statenbrief-2012-02-01-drentse-alliantie"]),
        Judged(query: "leefbaarheidsmonitoren", relevant: ["leefbaarheidsmonitor-2018-trendbureau-drenthe"]),
        Judged(query: "aanbevelingen Deetman", relevant: ["rapport-deetman-evaluatie-governance-vng", "reactie-vng-bestuur-op-rapport-deetman"]),
        Judged(query: "kerngroepen", relevant: ["vdg-kerngroepen", "vdg-kerngroep-gezondheid-welzijn"]),
        Judged(query: "regio groningen-assen", relevant: ["regio-groningen-assen"]),
        Judged(query: "transitie jeugdzorg", relevant: ["transitie-jeugdzorg"]),
        Judged(query: "regionale uitvoeringsdienst", relevant: ["rud-drenthe"]),
        Judged(query: "voorbeelden van samenwerking met gemeenten", relevant: ["statenbrief-2012-voorbeelden-samenwerking-gemeenten"]),
        Judged(query: "gesprek BZK", relevant: ["verslag-2020-11-13-bzk-drenthe", "bzk-drenthe-2020-11-13"]),
        Judged(query: "strategische agenda vdg", relevant: ["strategische-agenda-vdg-2018-2022"]),
        Judged(query: "energietransitie", relevant: ["vdg-tt-circuit-2018-02-14", "vdg-themabijeenkomst-2017-energietransitie", "res"]),
        Judged(query: "klimaatcontract", relevant: ["klimaatcontracten-2010-2011"]),
        Judged(query: "\"plan van aanpak\" amen", relevant: ["statenstuk-2009-366-plan-van-aanpak-amen-is-geen-amsterdam"]),
        Judged(query: "Loohuis", relevant: ["karel-loohuis"]),
        Judged(query: "nota PNS", relevant: ["nota-pns-2009-visiedocument-drents-middenbestuur"]),
    ]

    @Test("every judged query brings a record it means into the first three", arguments: TestDatabase.backends)
    func firstThree(backend: Database.Backend) async throws {
        let catalog = try DemoCatalogs.catalog(backend)
        var reciprocalRanks: [Double] = []
        for judged in Self.judged {
            let ids = try await catalog.search(SiteSearch(search: try SearchText.parse(judged.query))).hits.items.map(\.id)
            let rank = ids.firstIndex(where: judged.relevant.contains).map { $0 + 1 }
            #expect((rank ?? .max) <= 3, "\(judged.query): \(ids.prefix(5)) rank \(rank ?? -1) of \(ids.count)")
            reciprocalRanks.append(rank.map { 1 / Double($0) } ?? 0)
        }
        let meanReciprocalRank = reciprocalRanks.reduce(0, +) / Double(reciprocalRanks.count)
        print("\(backend): mean reciprocal rank \(meanReciprocalRank) over \(Self.judged.count) judged queries")
        #expect(meanReciprocalRank >= 0.8)
    }
}
