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
}
