import SQLKit
import TafelCore
import TafelStore
import TafelTestSupport
import Testing

@Suite("Achterban en vertegenwoordiging")
struct ConstituencyStoreTests {
    @Test("the VNG bestuur and committees with the VDG overleg that is their achterban; Bert Wienen represents Drenthe", arguments: TestDatabase.backends)
    func demo(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let catalog = Catalog(database: database, viewer: .anonymous)
            let care = try #require(try await catalog.body(id: "vng-commissie-zorg-jeugd-en-onderwijs"))
            #expect(care.constituencies.map(\.id) == ["vdg-bo-gezondheid-welzijn"])
            let board = try #require(try await catalog.body(id: "vdg-bestuur"))
            #expect(board.constituencyOf.count == 7 && board.constituencyOf.contains { $0.id == "vng-bestuur" })
            let today = try #require(PartialDate(iso: "2026-12-04"))
            let representations = try await catalog.representations(on: today)
            #expect(representations.count == 8)
            let represented = try #require(representations.first { $0.body.id == "vng-commissie-zorg-jeugd-en-onderwijs" })
            #expect(represented.members.map(\.person.id) == ["bert-wienen"] && represented.organisation?.id == "vng")
        }
    }

    @Test("an editor sets a body's achterban; one they may not see stays; a body is not its own achterban", arguments: TestDatabase.backends)
    func editing(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let admin = try await MeetingEditorTests.editor(database, "b@test.example", role: .beheerder)
            let editor = BodyEditor(database: database)
            let id = "vng-commissie-informatiesamenleving"
            var input = try #require(try await editor.current(id: id, for: admin)).draft.input
            input.achterban = ["vdg-bestuur", "vdg-bo-ruimte-en-wonen"]
            try await editor.update(id: id, input, expectedVersion: 1, by: admin)
            try await database.sql.raw("UPDATE bodies SET confidentiality = 'vertrouwelijk' WHERE id = 'vdg-bo-ruimte-en-wonen'").run()
            let viewer = try await MeetingEditorTests.editor(database)
            let shown = try #require(try await editor.current(id: id, for: viewer))
            #expect(shown.draft.constituencyIDs == ["vdg-bestuur"])
            var changed = shown.draft.input
            changed.omschrijving = "Gewijzigd."
            try await editor.update(id: id, changed, expectedVersion: 2, by: viewer)
            #expect(try await editor.current(id: id, for: admin)?.draft.constituencyIDs == ["vdg-bestuur", "vdg-bo-ruimte-en-wonen"])
            var own = changed
            own.achterban = [id]
            let failure = await #expect(throws: ValidationFailure.self) { try await editor.update(id: id, own, expectedVersion: 3, by: admin) }
            #expect(failure?.problems.map(\.field) == ["achterban[0]"])
            let refusal = try await RecordRemover(database: database).refusal(.body, id: "vdg-bestuur", by: admin)
            #expect(refusal?.reason.contains("achterban") == true)
        }
    }
}
