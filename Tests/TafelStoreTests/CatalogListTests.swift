import TafelCore
import TafelStore
import TafelTestSupport
import Testing

/// Filtering and paging of the lists, on the same loaded demo data.
extension CatalogTests {
    @Test("q finds the words of a record's text in any case, and the CBS code", arguments: TestDatabase.backends)
    func textFilter(backend: Database.Backend) async throws {
        let catalog = try DemoCatalogs.catalog(backend)
        let assen = try await catalog.organisations(.init(search: try search("ASSEN")))
        #expect(assen.items.map(\.id).contains("gemeente-assen"))
        #expect(assen.items.allSatisfy { ($0.name + ($0.shortName ?? "") + ($0.description ?? "")).lowercased().contains("assen") })
        let byCode = try await catalog.organisations(.init(search: try search("gm0114")))
        #expect(byCode.items.map(\.id) == ["gemeente-emmen"])
        #expect(byCode.total == 1)
        let persons = try await catalog.persons(.init(search: try search("loohuis")))
        #expect(persons.items.map(\.id) == ["karel-loohuis"])
        let documents = try await catalog.documents(.init(search: try search("2/5.11/2010000732")))
        #expect(documents.items.map(\.id) == ["statenbrief-2010-sociaal-domein-pns"])
        let nothing = try await catalog.collaborations(.init(search: try search("bestaat-niet-xyz")))
        #expect(nothing.total == 0 && nothing.items.isEmpty)
    }

    @Test("punctuation in q parts words and is never a wildcard or an operator", arguments: TestDatabase.backends)
    func punctuationIsNoWildcard(backend: Database.Backend) async throws {
        let catalog = try DemoCatalogs.catalog(backend)
        #expect(try await catalog.organisations(.init(search: try search("Aa en"))).total == 1)
        // `_` and `%` part words ("aa en", "gemeente assen" as phrases); they match nothing by themselves.
        #expect(try await catalog.organisations(.init(search: try search("Aa_en"))).total == 1)
        #expect(try await catalog.organisations(.init(search: try search("Gemeente%Assen"))).items.map(\.id).contains("gemeente-assen"))
        #expect(try await catalog.organisations(.init(search: try search("%"))).total == 0)
        #expect(try await catalog.organisations(.init(search: try search("_"))).total == 0)
        #expect(try await catalog.documents(.init(search: try search("%"))).total == 0)
        #expect(try await catalog.collaborations(.init(search: try search(#"\"#))).total == 0)
        #expect(try await catalog.collaborations(.init(search: try search(#"" * OR ("#))).total == 0)
    }

    @Test("soort filters by kind", arguments: TestDatabase.backends)
    func kindFilter(backend: Database.Backend) async throws {
        let catalog = try DemoCatalogs.catalog(backend)
        #expect(try await catalog.organisations(.init(kind: "gemeente")).total == 12)
        #expect(try await catalog.organisations(.init(kind: "provincie")).total == 2)
        #expect(try await catalog.bodies(.init(kind: "raad")).total == 12)
        #expect(try await catalog.bodies(.init(kind: "college")).total == 12)
        let statenbrieven = try await catalog.documents(.init(kind: "statenbrief"))
        #expect(statenbrieven.total == 3)
        #expect(statenbrieven.items.allSatisfy { $0.kind == .statenbrief })
        #expect(try await catalog.meetings(.init(kind: "statenvergadering")).total == 3)
        #expect(try await catalog.meetings(.init(kind: "online_gesprek")).items.map(\.id) == ["bzk-drenthe-2020-11-13"])
        // Combined with q.
        let emmen = try await catalog.organisations(.init(search: try search("emmen"), kind: "gemeente"))
        #expect(emmen.items.map(\.id) == ["gemeente-emmen"])
    }

    @Test("paging: totals, page sizes, and a page beyond the end", arguments: TestDatabase.backends)
    func paging(backend: Database.Backend) async throws {
        let catalog = try DemoCatalogs.catalog(backend)
        var seen: [String] = []
        for number in 1...3 {
            let page = try await catalog.organisations(.init(page: PageRequest(page: number, size: 5), kind: "gemeente"))
            #expect(page.total == 12)
            #expect(page.pageCount == 3)
            #expect(page.items.count == (number < 3 ? 5 : 2))
            #expect(page.hasNext == (number < 3))
            seen += page.items.map(\.id)
        }
        #expect(seen.count == 12)
        #expect(Set(seen) == Set(Self.municipalities.keys))
        let beyond = try await catalog.organisations(.init(page: PageRequest(page: 4, size: 5), kind: "gemeente"))
        #expect(beyond.items.isEmpty)
        #expect(beyond.total == 12)
        let far = try await catalog.persons(.init(page: PageRequest(page: 99, size: 20)))
        #expect(far.items.isEmpty)
        #expect(far.total == 31)
        let all = try await catalog.bodies(.init(page: PageRequest(page: 1, size: 100)))
        #expect(all.items.count == 64)
        #expect(all.total == 64)
        let defaults = try await catalog.collaborations(.init())
        #expect(defaults.items.count == 20)
        #expect(defaults.total == 41)
        #expect(defaults.pageCount == 3)
    }

    @Test("persons are sorted by family name", arguments: TestDatabase.backends)
    func personOrder(backend: Database.Backend) async throws {
        let page = try await DemoCatalogs.catalog(backend).persons(.init(page: PageRequest(size: 100)))
        let keys = page.items.map { ($0.familyName ?? $0.name).lowercased() }
        #expect(page.items.count == 31)
        #expect(keys == keys.sorted())
    }

    @Test("an unknown id gives nil for every kind of record", arguments: TestDatabase.backends)
    func unknownIDs(backend: Database.Backend) async throws {
        let catalog = try DemoCatalogs.catalog(backend)
        #expect(try await catalog.organisation(id: "gemeente-atlantis") == nil)
        #expect(try await catalog.person(id: "niemand") == nil)
        #expect(try await catalog.body(id: "geen-gremium") == nil)
        #expect(try await catalog.collaboration(id: "geen-samenwerking") == nil)
        #expect(try await catalog.meeting(id: "geen-bijeenkomst") == nil)
        #expect(try await catalog.task(id: "geen-opgave") == nil)
        #expect(try await catalog.document(id: "geen-document") == nil)
        // An agenda id is not a task id.
        #expect(try await catalog.task(id: "ibp-2018") == nil)
    }
}
