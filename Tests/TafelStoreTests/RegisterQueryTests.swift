import Foundation
import SQLKit
import TafelCore
import TafelStore
import TafelTestSupport
import Testing

/// The register's filters, facets, sorting and paging, on the demo data set (41 public collaborations).
@Suite("Register query", .demoLoaded)
struct RegisterQueryTests {
    static let all = RegisterFilter(page: PageRequest(size: 100))

    /// The filter the query values give, with room for every result on one page.
    static func filter(_ values: [String: String]) throws -> RegisterFilter {
        var values = values
        values["pageSize"] = values["pageSize"] ?? "100"
        do { return try RegisterFilter.parse { values[$0] } } catch { throw error }
    }

    static func ids(_ catalog: Catalog, _ values: [String: String]) async throws -> Set<String> {
        let result = try await catalog.register(try filter(values), facets: false)
        #expect(result.page.total == result.page.items.count, "all on one page")
        return Set(result.page.items.map(\.collaboration.id))
    }

    @Test("no filter: every public collaboration, with participant counts", arguments: TestDatabase.backends)
    func unfiltered(backend: Database.Backend) async throws {
        let catalog = try DemoCatalogs.catalog(backend)
        let result = try await catalog.register(Self.all)
        #expect(result.page.total == 41)
        #expect(result.page.items.count == 41)
        let counts = Dictionary(uniqueKeysWithValues: result.page.items.map { ($0.collaboration.id, $0.participantCount) })
        #expect(counts["rud-drenthe"] == 13)
        #expect(counts["vvbd"] == 20)
        #expect(counts["rga-programma-wonen"] == 0)
        #expect(result.facets.map(\.key) == ["vorm", "status", "rolProvincie", "domein"])
        #expect(try await catalog.registerIDs(RegisterFilter()).count == 41)
    }

    @Test("gemeente by id or by CBS code", arguments: TestDatabase.backends)
    func municipality(backend: Database.Backend) async throws {
        let catalog = try DemoCatalogs.catalog(backend)
        let assen: Set = [
            "rud-drenthe", "klimaatcontracten-2010-2011", "transitie-jeugdzorg", "drentse-pilot-jeugd",
            "pilot-meldingen-openbare-ruimte", "vvbd", "permanente-verkeerseducatie", "culturele-allianties-2009-2012",
            "werkagenda-zorg-zilveren-kruis-2016",
        ]
        #expect(try await Self.ids(catalog, ["gemeente": "gemeente-assen"]) == assen)
        for code in ["GM0106", "gm0106", "0106"] {
            #expect(try await Self.ids(catalog, ["gemeente": code]) == assen, "\(code)")
        }
        #expect(try await Self.ids(catalog, ["gemeente": "GM9999"]).isEmpty)
        #expect(try await Self.ids(catalog, ["gemeente": "gemeente-die-er-niet-is"]).isEmpty)
        // Emmen (GM0114) takes part in the same nine; the province (no CBS municipality code) by id only.
        #expect(try await Self.ids(catalog, ["gemeente": "GM0114"]) == assen)
        #expect(try await Self.ids(catalog, ["gemeente": "provincie-drenthe"]).count == 21)
        #expect(try await Self.ids(catalog, ["gemeente": "vng"])
            == ["samenwerkingsagenda-vng-zn", "democratie-in-actie", "interbestuurlijk-programma", "vdg-vng-provinciale-afdeling"])
    }

    @Test("status, vorm, rolProvincie, domein, opgave", arguments: TestDatabase.backends)
    func codes(backend: Database.Backend) async throws {
        let catalog = try DemoCatalogs.catalog(backend)
        #expect(try await Self.ids(catalog, ["status": "actief"]).count == 18)
        #expect(try await Self.ids(catalog, ["status": "niet_haalbaar"]) == ["drentse-alliantie"])
        #expect(try await Self.ids(catalog, ["status": "gestopt"]).isEmpty)
        #expect(try await Self.ids(catalog, ["vorm": "pilot"]) == ["drentse-pilot-jeugd", "pilot-meldingen-openbare-ruimte"])
        #expect(try await Self.ids(catalog, ["vorm": "gemeenschappelijke_regeling"]) == ["rud-drenthe"])
        #expect(try await Self.ids(catalog, ["rolProvincie": "financier"]) == ["klimaatcontracten-2010-2011", "smaakmakende-boerderijen"])
        #expect(try await Self.ids(catalog, ["domein": "Jeugdzorg"]) == ["transitie-jeugdzorg", "drentse-pilot-jeugd", "drents-jeugdzorgprogramma"])
        #expect(try await Self.ids(catalog, ["domein": "ggz"]) == ["werkagenda-zorg-zilveren-kruis-2016"])
        #expect(try await Self.ids(catalog, ["opgave": "vdg-klimaat"]) == ["drents-energieloket", "res"])
        // Combined, every filter applies.
        #expect(try await Self.ids(catalog, ["domein": "jeugdzorg", "gemeente": "GM0106", "vorm": "pilot"]) == ["drentse-pilot-jeugd"])
        #expect(try await Self.ids(catalog, ["domein": "jeugdzorg", "status": "afgerond"]).isEmpty)
    }

    @Test("vanaf and tot: the collaboration ran on some day in the period; partial dates count to their last day",
          arguments: TestDatabase.backends)
    func period(backend: Database.Backend) async throws {
        let catalog = try DemoCatalogs.catalog(backend)
        let undated = try await Self.ids(catalog, [:]).subtracting([
            "klimaatcontracten-2010-2011", "transitie-jeugdzorg", "pilot-meldingen-openbare-ruimte", "vvbd",
            "culturele-allianties-2009-2012", "drentse-alliantie", "portefeuilleoverleggen-en-wisselende-coalities",
            "sociale-allianties", "subsidierelatie-instellingen-sociaal-domein", "implementatie-omgevingswet",
            "werkagenda-zorg-zilveren-kruis-2016", "interbestuurlijk-programma",
        ])
        #expect(undated.count == 29)

        // 2012-03-01 … 2012-10-01
        let pilot = "pilot-meldingen-openbare-ruimte"
        #expect(try await Self.ids(catalog, ["vanaf": "2012-10"]).contains(pilot))
        #expect(try await Self.ids(catalog, ["vanaf": "2012-10-01"]).contains(pilot))
        #expect(try await !Self.ids(catalog, ["vanaf": "2012-10-02"]).contains(pilot))
        #expect(try await Self.ids(catalog, ["tot": "2012-03"]).contains(pilot))
        #expect(try await !Self.ids(catalog, ["tot": "2012-02-29"]).contains(pilot))
        // 2011 … 2012-01: ended on some day in January 2012.
        #expect(try await Self.ids(catalog, ["vanaf": "2012"]).contains("drentse-alliantie"))
        #expect(try await Self.ids(catalog, ["vanaf": "2012-01-31"]).contains("drentse-alliantie"))
        #expect(try await !Self.ids(catalog, ["vanaf": "2012-02"]).contains("drentse-alliantie"))

        // One whole period: undated ones always overlap.
        let late2012 = try await Self.ids(catalog, ["vanaf": "2012-11", "tot": "2013"])
        #expect(late2012 == undated.union([
            "transitie-jeugdzorg", "vvbd", "culturele-allianties-2009-2012", "portefeuilleoverleggen-en-wisselende-coalities",
            "sociale-allianties", "subsidierelatie-instellingen-sociaal-domein",
        ]))
        let year2016 = try await Self.ids(catalog, ["vanaf": "2016", "tot": "2016-10"])
        #expect(year2016 == undated.union([
            "transitie-jeugdzorg", "vvbd", "portefeuilleoverleggen-en-wisselende-coalities", "werkagenda-zorg-zilveren-kruis-2016",
        ]))
    }

    @Test("q searches name, short name, purpose and description", arguments: TestDatabase.backends)
    func search(backend: Database.Backend) async throws {
        let catalog = try DemoCatalogs.catalog(backend)
        let rud = try await Self.ids(catalog, ["q": "rud"])
        #expect(rud.contains("rud-drenthe"))
        let result = try await catalog.register(try Self.filter(["q": "JEUGD"]), facets: false)
        #expect(result.page.total > 0)
        for entry in result.page.items {
            let c = entry.collaboration
            let text = [c.name, c.shortName, c.purpose, c.description].compactMap { $0 }.joined(separator: " ").lowercased()
            #expect(text.contains("jeugd"), "\(c.id)")
        }
        #expect(Set(result.page.items.map(\.collaboration.id)).isSuperset(of: ["transitie-jeugdzorg", "drentse-pilot-jeugd"]))
        #expect(try await Self.ids(catalog, ["q": "bestaat-nergens-xyz"]).isEmpty)
        #expect(try await Self.ids(catalog, ["q": "%"]).isEmpty, "a wildcard is a literal character")
        #expect(try await Self.ids(catalog, ["q": "jeugd", "status": "actief"]).isSubset(of: Set(result.page.items.map(\.collaboration.id))))
    }

    /// Each facet value counts what clicking it gives: the base filter plus that value, read as the link would.
    func checkFacets(_ catalog: Catalog, base: [String: String]) async throws -> Int {
        let result = try await catalog.register(try Self.filter(base))
        var checked = 0
        for facet in result.facets {
            for value in facet.values {
                var values = base
                values[facet.key] = value.code
                let total = try await catalog.register(try Self.filter(values), facets: false).page.total
                #expect(value.count == total, "\(facet.key)=\(value.code) with \(base)")
                #expect(value.count > 0)
                checked += 1
            }
            // Ordered by count, largest first.
            #expect(facet.values.map(\.count) == facet.values.map(\.count).sorted(by: >), "\(facet.key)")
        }
        return checked
    }

    @Test("every facet count is what applying that value gives", arguments: TestDatabase.backends)
    func facetCounts(backend: Database.Backend) async throws {
        let catalog = try DemoCatalogs.catalog(backend)
        #expect(try await checkFacets(catalog, base: [:]) > 40)
        #expect(try await checkFacets(catalog, base: ["gemeente": "GM0106"]) > 10)
        #expect(try await checkFacets(catalog, base: ["status": "actief", "q": "regio"]) > 3)
        // A facet ignores its own filter: with status=actief the status facet still offers the other statuses.
        let result = try await catalog.register(try Self.filter(["status": "actief"]))
        let statuses = result.facets.first { $0.key == "status" }?.values ?? []
        #expect(Set(statuses.map(\.code)).isSuperset(of: ["actief", "in_voorbereiding", "afgerond", "niet_haalbaar"]))
        #expect(statuses.first { $0.code == "actief" }?.count == 18)
        let forms = result.facets.first { $0.key == "vorm" }?.values ?? []
        #expect(forms.first { $0.code == "netwerk" } == nil)
        #expect(forms.first { $0.code == "programma" } != nil)
        #expect(forms.reduce(0) { $0 + $1.count } <= 21, "forms of actief collaborations only")
    }

    @Test("sorting: by name both ways, by start date with undated ones last", arguments: TestDatabase.backends)
    func sorting(backend: Database.Backend) async throws {
        let catalog = try DemoCatalogs.catalog(backend)
        func ids(_ sort: String, _ extra: [String: String] = [:]) async throws -> [String] {
            var values = extra
            values["sorteer"] = sort
            let filter = try Self.filter(values)
            let page = try await catalog.register(filter, facets: false).page.items.map(\.collaboration.id)
            #expect(try await catalog.registerIDs(filter) == page, "export order is list order")
            return page
        }
        let byName = try await ids("naam")
        #expect(byName.count == 41)
        #expect(try await ids("-naam") == byName.reversed())
        #expect(try await ids("naam", ["vorm": "pilot"]) == ["drentse-pilot-jeugd", "pilot-meldingen-openbare-ruimte"])
        #expect(try await ids("-naam", ["vorm": "pilot"]) == ["pilot-meldingen-openbare-ruimte", "drentse-pilot-jeugd"])

        let dated = [
            "vvbd", "culturele-allianties-2009-2012", "klimaatcontracten-2010-2011", "drentse-alliantie", "transitie-jeugdzorg",
            "portefeuilleoverleggen-en-wisselende-coalities", "pilot-meldingen-openbare-ruimte", "werkagenda-zorg-zilveren-kruis-2016",
            "implementatie-omgevingswet", "interbestuurlijk-programma",
        ]
        let byStart = try await ids("startdatum")
        #expect(Array(byStart.prefix(dated.count)) == dated)
        #expect(Set(byStart.dropFirst(dated.count)) == Set(byName).subtracting(dated))
        #expect(Array(byStart.dropFirst(dated.count)) == byName.filter { !dated.contains($0) }, "undated by name")
        let byStartDescending = try await ids("-startdatum")
        // 2011 twice: the tie is broken by name in both directions.
        let descending = ["interbestuurlijk-programma", "implementatie-omgevingswet", "werkagenda-zorg-zilveren-kruis-2016",
                          "pilot-meldingen-openbare-ruimte", "portefeuilleoverleggen-en-wisselende-coalities", "drentse-alliantie",
                          "transitie-jeugdzorg", "klimaatcontracten-2010-2011", "culturele-allianties-2009-2012", "vvbd"]
        #expect(Array(byStartDescending.prefix(dated.count)) == descending)
        #expect(Array(byStartDescending.dropFirst(dated.count)) == byName.filter { !dated.contains($0) })
    }

    @Test("paging: totals on every page, no record twice, an empty page beyond the end", arguments: TestDatabase.backends)
    func paging(backend: Database.Backend) async throws {
        let catalog = try DemoCatalogs.catalog(backend)
        var seen: [String] = []
        for number in 1...5 {
            let page = try await catalog.register(try Self.filter(["page": "\(number)", "pageSize": "10"]), facets: false).page
            #expect(page.total == 41)
            #expect(page.pageCount == 5)
            #expect(page.items.count == (number == 5 ? 1 : 10))
            #expect(page.hasNext == (number < 5))
            seen += page.items.map(\.collaboration.id)
        }
        #expect(seen == (try await catalog.registerIDs(RegisterFilter())))
        #expect(Set(seen).count == 41)
        let beyond = try await catalog.register(try Self.filter(["page": "9", "pageSize": "10"]))
        #expect(beyond.page.items.isEmpty && beyond.page.total == 41)
        // Facets do not depend on the page.
        let first = try await catalog.register(try Self.filter(["page": "1", "pageSize": "10"]))
        #expect(beyond.facets == first.facets)
        let filtered = try await catalog.register(try Self.filter(["gemeente": "gemeente-assen", "pageSize": "4", "page": "3"]), facets: false)
        #expect(filtered.page.total == 9 && filtered.page.items.count == 1)
    }

    @Test("intern and vertrouwelijk collaborations are invisible to the public, in the list and in every facet count",
          arguments: TestDatabase.backends)
    func visibility(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let public1 = Catalog(database: database, viewer: .anonymous)
            let beforeList = try await public1.register(Self.all)
            let beforeAssen = try await public1.register(try Self.filter(["gemeente": "GM0106"]))

            let beheerder = try await CollaborationEditorTests.editor(database, "b@test.example", role: .beheerder)
            let editor = CollaborationEditor(database: database)
            func hidden(_ id: String, _ level: Confidentiality, access: [Group]) async throws {
                let draft = CollaborationDraft(
                    name: "Verborgen \(id)", form: .netwerk, status: .actief, provinceRoles: [.opdrachtgever],
                    domains: ["verborgen domein", "cultuur"],
                    participants: [.init(organisationID: "gemeente-assen", role: .trekker)],
                    confidentiality: level, access: access)
                _ = try await editor.create(draft, id: id, by: beheerder)
            }
            try await hidden("intern-overleg", .intern, access: [])
            try await hidden("geheim-overleg", .vertrouwelijk, access: [Group(kind: .organisatie, id: "gemeente-emmen")])

            let afterList = try await public1.register(Self.all)
            #expect(afterList.page.total == 41)
            #expect(afterList.page.items.map(\.collaboration.id) == beforeList.page.items.map(\.collaboration.id))
            #expect(afterList.facets == beforeList.facets)
            #expect(!afterList.facets.flatMap(\.values).contains { $0.code == "verborgen domein" || $0.code == "netwerk" || $0.code == "opdrachtgever" })
            let afterAssen = try await public1.register(try Self.filter(["gemeente": "GM0106"]))
            #expect(afterAssen.page.total == 9 && afterAssen.facets == beforeAssen.facets)
            #expect(try await Self.ids(public1, ["domein": "verborgen domein"]).isEmpty)
            #expect(try await Self.ids(public1, ["q": "Verborgen"]).isEmpty)
            #expect(try await public1.registerIDs(RegisterFilter(archived: .alle)).count == 41)
            #expect(try await public1.collaboration(id: "intern-overleg") == nil)

            // A signed-in reader sees intern; vertrouwelijk only as a member of a named group.
            let reader = Catalog(database: database, viewer: try await CollaborationEditorTests.editor(database, "l@test.example", role: .lezer))
            #expect(try await Self.ids(reader, ["domein": "verborgen domein"]) == ["intern-overleg"])
            let facet = try await reader.register(Self.all).facets.first { $0.key == "domein" }?.values.first { $0.code == "verborgen domein" }
            #expect(facet?.count == 1)
            let member = Catalog(database: database, viewer: try await CollaborationEditorTests.editor(
                database, "m@test.example", role: .lezer, groups: [Group(kind: .organisatie, id: "gemeente-emmen")]))
            #expect(try await Self.ids(member, ["domein": "verborgen domein"]) == ["intern-overleg", "geheim-overleg"])
            let vorm = try await member.register(Self.all).facets.first { $0.key == "vorm" }?.values.first { $0.code == "netwerk" }
            #expect(vorm?.count == 2)
            #expect(try await member.register(Self.all).page.total == 43)
            let admin = Catalog(database: database, viewer: beheerder)
            #expect(try await Self.ids(admin, ["gemeente": "gemeente-assen"]).count == 11)
        }
    }

    @Test("gewijzigd sorts by the last change", arguments: TestDatabase.backends)
    func sortByChange(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            try await database.sql.raw("UPDATE collaborations SET updated_at = '2000-01-01T00:00:00Z' WHERE id = 'res'").run()
            try await database.sql.raw("UPDATE collaborations SET updated_at = '2999-01-01T00:00:00Z' WHERE id = 'vvbd'").run()
            let catalog = Catalog(database: database, viewer: .anonymous)
            let ascending = try await catalog.registerIDs(try Self.filter(["sorteer": "gewijzigd"]))
            #expect(ascending.first == "res" && ascending.last == "vvbd")
            let descending = try await catalog.registerIDs(try Self.filter(["sorteer": "-gewijzigd"]))
            #expect(descending.first == "vvbd" && descending.last == "res")
        }
    }
}
