import SQLKit
import TafelCore
import TafelStore
import TafelTestSupport
import Testing

/// The commitments register as the store selects it: status and overdue judged in SQL as
/// `CommitmentStanding` judges them, on the demo data and both databases.
@Suite("Toezeggingen uit de database")
struct CommitmentCatalogTests {
    static let today = PartialDate(iso: "2026-12-03")!

    static func ids(_ catalog: Catalog, _ filter: CommitmentFilter, today: PartialDate = today) async throws -> Set<String> {
        var filter = filter
        filter.page = PageRequest(page: 1, size: 100)
        return Set(try await catalog.commitments(filter, today: today).items.map(\.commitment.id))
    }

    @Test("the seeds' commitments: two kept (one by 14 January 2010, before its deadline), two past their 2010 deadline, three without a date",
          arguments: TestDatabase.backends)
    func demo(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let catalog = Catalog(database: database, viewer: .anonymous)
            #expect(try await Self.ids(catalog, .init()).count == 7)
            #expect(try await Self.ids(catalog, .init(status: .voldaan))
                    == ["toezegging-2009-12-16-uitwerking-sociaal-domein", "toezegging-2012-03-07-voorbeelden-samenwerking"])
            #expect(try await Self.ids(catalog, .init(overdue: true))
                    == ["toezegging-2010-01-14-plan-afbouw-taken", "toezegging-2010-01-14-implementatievoorstellen"])
            // As of the letter's own day, nothing was overdue yet.
            #expect(try await Self.ids(catalog, .init(overdue: true), today: PartialDate(iso: "2010-01-14")!).isEmpty)
            #expect(try await Self.ids(catalog, .init(status: .open)).count == 5)
            #expect(try await Self.ids(catalog, .init(body: "statencommissie-cultuur-en-economie")) == ["toezegging-2012-03-07-voorbeelden-samenwerking"])
            #expect(try await Self.ids(catalog, .init(from: PartialDate(iso: "2010-01-14"), until: PartialDate(iso: "2010"))).count == 5)
            #expect(try await Self.ids(catalog, .init(search: try SearchText.parse("bezuinigingen"))) == ["toezegging-2010-01-14-informatie-bezuinigingen"])

            let detail = try #require(try await catalog.commitment(id: "toezegging-2009-12-16-uitwerking-sociaal-domein"))
            #expect(detail.byBody?.id == "gedeputeerde-staten-drenthe" && detail.toBody?.id == "provinciale-staten-drenthe")
            #expect(detail.meeting?.id == "statenvergadering-2009-12-16" && detail.fulfilments.map(\.id) == ["statenbrief-2010-sociaal-domein-pns"])
            #expect(detail.commitment.standing(on: Self.today).status == .voldaan && detail.sources.count == 2)
            #expect(try await catalog.commitments(where: .document, is: "statenbrief-2010-sociaal-domein-pns").count == 6)
            #expect(try await catalog.commitments(where: .meeting, is: "statencommissie-cultuur-en-economie-2012-03-07").count == 1)
        }
    }

    @Test("every status the SQL selects is the status the Swift rule computes, for kept late, lapsed and held over too",
          arguments: TestDatabase.backends)
    func sqlAgreesWithTheRule(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let sql = database.sql
            try await sql.raw("UPDATE commitments SET fulfilled_on = '2011-02' WHERE id = 'toezegging-2010-01-14-plan-afbouw-taken'").run()
            try await sql.raw("UPDATE commitments SET fulfilled_on = '2010-12' WHERE id = 'toezegging-2010-01-14-implementatievoorstellen'").run()
            try await sql.raw("UPDATE commitments SET decision = 'vervallen' WHERE id = 'toezegging-2010-01-14-ambtelijke-ondersteuning'").run()
            try await sql.raw("UPDATE commitments SET decision = 'aangehouden', deadline_date = '2010-02' WHERE id = 'toezegging-2010-01-14-informatie-bezuinigingen'").run()
            let catalog = Catalog(database: database, viewer: .anonymous)
            let all = try await catalog.commitments(CommitmentFilter(page: PageRequest(page: 1, size: 100)), today: Self.today).items
            for status in CommitmentStatus.allCases {
                let selected = try await Self.ids(catalog, .init(status: status))
                let computed = Set(all.filter { $0.commitment.standing(on: Self.today).status == status }.map(\.commitment.id))
                #expect(selected == computed, "\(status)")
            }
            #expect(try await Self.ids(catalog, .init(status: .teLaatVoldaan)) == ["toezegging-2010-01-14-plan-afbouw-taken"])
            #expect(try await Self.ids(catalog, .init(overdue: true)).isEmpty, "kept, lapsed or held over is never overdue")
        }
    }

    @Test("a confidential commitment is not listed, counted, named in a feed or offered as a filter to the public", arguments: TestDatabase.backends)
    func confidentiality(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            try await database.sql.raw("UPDATE commitments SET confidentiality = 'vertrouwelijk' WHERE id = 'toezegging-2012-03-07-voorbeelden-samenwerking'").run()
            let catalog = Catalog(database: database, viewer: .anonymous)
            #expect(try await catalog.commitments(.init()).total == 6)
            #expect(try await catalog.commitment(id: "toezegging-2012-03-07-voorbeelden-samenwerking") == nil)
            #expect(try await catalog.commitmentFilterChoices().bodies.map(\.id).contains("statencommissie-cultuur-en-economie") == false)
            #expect(try await catalog.commitments(where: .meeting, is: "statencommissie-cultuur-en-economie-2012-03-07").isEmpty)
            let admin = Catalog(database: database, viewer: Viewer(user: try await AccountStoreTests.user(database, "a@test.example", role: .beheerder)))
            #expect(try await admin.commitments(.init()).total == 7)
        }
    }
}
