import TafelCore
import TafelStore
import TafelTestSupport
import Testing

/// The meetings of a month and of a feed, as the store selects them, on the demo data and both databases.
@Suite("Kalender uit de database", .demoLoaded)
struct MeetingCalendarCatalogTests {
    @Test("a month, narrowed by kind, body or organisation; a meeting known only by its month is in its month", arguments: TestDatabase.backends)
    func month(backend: Database.Backend) async throws {
        let catalog = try DemoCatalogs.catalog(backend)
        let february = try await catalog.meetings(inMonth: "2018-02").map(\.id)
        #expect(Set(february) == ["overhedenoverleg-2018-02-14", "vdg-tt-circuit-2018-02-14"])
        #expect(try await catalog.meetings(inMonth: "2018-02", organisation: "vdg").map(\.id) == ["vdg-tt-circuit-2018-02-14"])
        #expect(try await catalog.meetings(inMonth: "2018-02", kind: "themabijeenkomst").map(\.id) == ["vdg-tt-circuit-2018-02-14"])
        #expect(try await catalog.meetings(inMonth: "2018-02", body: "vdg-bestuur").isEmpty)
        // Dated "2012-01": in January, with no day.
        let january = try await catalog.meetings(inMonth: "2012-01")
        #expect(january.map(\.id) == ["bestuurlijk-overleg-vdg-gs-2012-01"] && january.first?.date?.day == nil)
        #expect(try await catalog.meetings(inMonth: "2020-11").map(\.id) == ["bzk-drenthe-2020-11-13"])
    }

    @Test("a feed holds meetings with a day only, newest first; a person's feed holds the meetings they took part in",
          arguments: TestDatabase.backends)
    func feeds(backend: Database.Backend) async throws {
        let catalog = try DemoCatalogs.catalog(backend)
        let all = try await catalog.calendarMeetings()
        #expect(!all.isEmpty && all.allSatisfy { $0.date?.day != nil })
        #expect(!all.contains { $0.id == "bestuurlijk-overleg-vdg-gs-2012-01" })
        let loohuis = try await catalog.calendarMeetings(person: "karel-loohuis").map(\.id)
        #expect(loohuis.contains("bzk-drenthe-2020-11-13"))
    }

    @Test("the meeting list narrows by body, organisation and period; a meeting known only by its month or year is in a period it overlaps",
          arguments: TestDatabase.backends)
    func listFilters(backend: Database.Backend) async throws {
        let catalog = try DemoCatalogs.catalog(backend)
        func ids(_ query: Catalog.ListQuery) async throws -> Set<String> {
            var query = query
            query.page = PageRequest(page: 1, size: 100)
            return Set(try await catalog.meetings(query).items.map(\.id))
        }
        #expect(try await ids(.init(body: "provinciale-staten-drenthe"))
            == ["statenvergadering-2009-02", "statenvergadering-2009-12-16", "statenvergadering-2010-02-03", "statenontmoeting-2011-10-12"])
        let vng = try await ids(.init(organisation: "vng"))
        #expect(vng.isSuperset(of: ["vng-alv-2018-ibp", "vng-jaarcongres-2018", "vng-alv-2019"]) && !vng.contains("vdg-congres-2017"))
        // The bestuurlijk overleg of January 2012 has no day: in from the 15th, and up to the 10th.
        #expect(try await ids(.init(from: PartialDate(iso: "2012-01-15"), until: PartialDate(iso: "2012-03-07")))
            == ["bestuurlijk-overleg-vdg-gs-2012-01", "statencommissie-cultuur-en-economie-2012-03-07"])
        #expect(try await ids(.init(from: PartialDate(iso: "2011-12"), until: PartialDate(iso: "2012-01-10"))) == ["bestuurlijk-overleg-vdg-gs-2012-01"])
        #expect(try await ids(.init(from: PartialDate(iso: "2012-02"), until: PartialDate(iso: "2012-02"))).isEmpty)
        // A year: the congress of 2017 overlaps "from March 2017", and ends before 2018.
        let from2017 = try await ids(.init(organisation: "vdg", from: PartialDate(iso: "2017-03"), until: PartialDate(iso: "2017")))
        #expect(from2017 == ["vdg-congres-2017", "vdg-themabijeenkomst-2017-sport-en-gezondheid", "vdg-themabijeenkomst-2017-omgevingswet",
                             "vdg-themabijeenkomst-2017-energietransitie"])
        let choices = try await catalog.meetingFilterChoices()
        #expect(choices.bodies.map(\.id).contains("provinciale-staten-drenthe") && !choices.bodies.map(\.id).contains("vdg-bureau"))
        #expect(choices.organisations.map(\.id).contains("vng"))
    }
}
