import SQLKit
import TafelCore
import TafelStore
import TafelTestSupport
import Testing

@Suite("Standpunten in de database")
struct StanceStoreTests {
    @Test("seed 002's positions towards the Rijk with their sources; filters; the task's page", arguments: TestDatabase.backends)
    func demo(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let catalog = Catalog(database: database, viewer: .anonymous)
            let all = try await catalog.stances(.init())
            #expect(Set(all.items.map(\.stance.id)) == ["standpunt-2020-een-ministerie-verantwoordelijk-bzk-regierol", "standpunt-2020-lange-adem-in-regeerakkoord"])
            let regie = try #require(try await catalog.stance(id: "standpunt-2020-een-ministerie-verantwoordelijk-bzk-regierol"))
            #expect(regie.stance.addressee == .rijk && regie.addressee?.id == "ministerie-bzk" && regie.carrier?.id == "van-oosterhout")
            #expect(regie.meeting?.id == "bzk-drenthe-2020-11-13" && regie.stance.status == .ingebracht && regie.sources.count == 1)
            #expect(try await catalog.stances(StanceFilter(onLobbyAgenda: true)).total == 0, "the seeds name no lobby agenda items")
            #expect(try await catalog.stances(StanceFilter(search: try SearchText.parse("regeerakkoord"))).total == 1)
            #expect(try await catalog.task(id: "ibp-openbaar-bestuur")?.stances.count == 2)
        }
    }

    @Test("added, changed with its version, a hidden supporter stays and is not named in history, removed", arguments: TestDatabase.backends)
    func roundTrip(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let admin = try await MeetingEditorTests.editor(database, "b@test.example", role: .beheerder)
            let editor = StanceEditor(database: database)
            let input = StanceInput(titel: "Structurele middelen voor de RES", richting: "rijk", eigenaar: "vdg", status: "ingenomen",
                                    ingenomenOp: "2026-03-12", lobbyagenda: "ja", steunendeOrganisaties: ["gemeente-assen", "gemeente-emmen"])
            let id = try await editor.create(input, by: admin)
            #expect(id == "standpunt-structurele-middelen-voor-de-res")
            try await database.sql.raw("UPDATE organisations SET confidentiality = 'vertrouwelijk' WHERE id = 'gemeente-emmen'").run()
            let viewer = try await MeetingEditorTests.editor(database)
            let catalog = Catalog(database: database, viewer: viewer)
            #expect(try await catalog.stances(StanceFilter(supporter: "gemeente-emmen")).total == 0)
            #expect(try await catalog.stances(StanceFilter(onLobbyAgenda: true)).items.first?.supporters == 1)
            let shown = try #require(try await editor.current(id: id, for: viewer))
            #expect(shown.draft.supporterIDs == ["gemeente-assen"])
            var changed = shown.draft.input
            changed.status = "ingebracht"
            changed.steunendeOrganisaties.append("gemeente-meppel")
            try await editor.update(id: id, changed, expectedVersion: 1, by: viewer)
            let full = try #require(try await editor.current(id: id, for: admin))
            #expect(full.draft.supporterIDs == ["gemeente-assen", "gemeente-meppel", "gemeente-emmen"] && full.draft.status == .ingebracht)
            await #expect(throws: VersionConflict.self) { try await editor.update(id: id, changed, expectedVersion: 1, by: viewer) }
            var unknown = input
            unknown.trekker = "niemand-bekend"
            unknown.steunendeOrganisaties = ["gemeente-assen"]
            let failure = await #expect(throws: ValidationFailure.self) { try await editor.create(unknown, by: viewer) }
            #expect(failure?.problems.map(\.field) == ["trekker"])
            let history = try await AuditLog.history(of: .stance, id: id, in: database, for: viewer)
            #expect(history.map(\.action) == [.gewijzigd, .aangemaakt])
            let named = history.flatMap(\.changes).filter { $0.field == "steunendeOrganisaties" }.compactMap(\.after)
            #expect(named.contains { $0.contains(HistoryReferences.hiddenLabel) } && named.allSatisfy { !$0.contains("gemeente-emmen") })
            #expect(try await RecordRemover(database: database).refusal(.stance, id: id, by: viewer) != nil, "it holds a hidden supporter")
            try await RecordRemover(database: database).delete(.stance, id: id, expectedVersion: 2, by: admin)
            #expect(try await Catalog(database: database, viewer: admin).stance(id: id) == nil)
            #expect(try await TestDatabase.count("stance_supporters", in: database) == 0)
        }
    }
}
