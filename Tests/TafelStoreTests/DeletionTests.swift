import Foundation
import SQLKit
import TafelCore
import TafelStore
import TafelTestSupport
import Testing

@Suite("Removing bodies, meetings and programmes")
struct DeletionTests {
    static func count(_ database: Database, _ table: String, _ column: String, _ id: String) async throws -> Int {
        try await database.sql.raw("SELECT COUNT(*) AS n FROM \(ident: table) WHERE \(ident: column) = \(bind: id)")
            .first(decodingColumn: "n", as: Int.self) ?? -1
    }

    @Test("a meeting goes with its participants, agenda and outcomes and leaves a history entry; one whose action item another agenda carries stays",
          arguments: TestDatabase.backends)
    func meeting(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let viewer = try await MeetingEditorTests.editor(database)
            let editor = MeetingEditor(database: database)
            let first = try await editor.create(MeetingEditorTests.input(name: "VDG-bestuur januari", date: "2026-01-12", status: "gehouden"), by: viewer)
            var next = MeetingEditorTests.input(name: "VDG-bestuur maart", date: "2027-03-09")
            next.uitkomsten = []
            let second = try await editor.create(next, by: viewer)
            let catalog = Catalog(database: database, viewer: viewer)
            let meeting = try #require(try await catalog.meeting(id: second)).meeting
            let action = try #require(try await catalog.openActions(before: meeting).first)
            try await editor.carryOver(action.reference, into: second, expectedVersion: 1, by: viewer)

            let refusal = try #require(try await RecordRemover(database: database).refusal(.meeting, id: first, by: viewer))
            #expect(refusal.reason.hasPrefix("1 agendapunt van een andere bijeenkomst dat een actiepunt hieruit overneemt verwijst er nog naar"))
            let refused = await #expect(throws: DeletionRefused.self) { try await RecordRemover(database: database).delete(.meeting, id: first, expectedVersion: 1, by: viewer) }
            #expect(refused?.reason == refusal.reason)

            #expect(try await RecordRemover(database: database).refusal(.meeting, id: second, by: viewer) == nil)
            await #expect(throws: VersionRequired.self) { try await RecordRemover(database: database).delete(.meeting, id: second, expectedVersion: nil, by: viewer) }
            let stale = await #expect(throws: VersionConflict.self) { try await RecordRemover(database: database).delete(.meeting, id: second, expectedVersion: 1, by: viewer) }
            #expect(stale?.current == 2)
            try await RecordRemover(database: database).delete(.meeting, id: second, expectedVersion: 2, by: viewer)
            #expect(try await catalog.meeting(id: second) == nil)
            for table in ["agenda_items", "meeting_attendances", "meeting_outcomes", "meeting_organisers", "agenda_item_documents"] {
                #expect(try await Self.count(database, table, "meeting_id", second) == 0, "\(table)")
            }
            let history = try await AuditLog.history(of: .meeting, id: second, in: database, for: viewer)
            #expect(history.first?.action == .verwijderd && history.first?.version == 3)
            #expect(history.first?.changes.contains { $0.field == "naam" && $0.before == "VDG-bestuur maart" && $0.after == nil } == true)
            #expect(try await RecordRemover(database: database).refusal(.meeting, id: first, by: viewer) == nil, "nothing carries its action item any more")
        }
    }

    @Test("a reader may not remove, and learns that first; an editor out of scope is refused; a meeting with a participant the editor may not see stays",
          arguments: TestDatabase.backends)
    func permissions(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let admin = try await MeetingEditorTests.editor(database, "b@test.example", role: .beheerder)
            let editor = MeetingEditor(database: database)
            var named = MeetingEditorTests.input()
            named.toegang = ["organisatie:gemeente-assen"]
            let id = try await editor.create(named, by: admin)
            let reader = try await MeetingEditorTests.editor(database, "r@test.example", role: .lezer)
            await #expect(throws: AccessDenied.self) { try await RecordRemover(database: database).delete(.meeting, id: id, expectedVersion: nil, by: reader) }
            await #expect(throws: SignInRequired.self) { try await RecordRemover(database: database).delete(.meeting, id: id, expectedVersion: 1, by: .anonymous) }
            let emmen = try await MeetingEditorTests.editor(database, "emmen@test.example", groups: [Group(kind: .organisatie, id: "gemeente-emmen")])
            await #expect(throws: AccessDenied.self) { try await RecordRemover(database: database).delete(.meeting, id: id, expectedVersion: 1, by: emmen) }

            try await database.sql.raw("UPDATE persons SET confidentiality = 'vertrouwelijk' WHERE id = 'out'").run()
            let assen = try await MeetingEditorTests.editor(database, "assen@test.example", groups: [Group(kind: .organisatie, id: "gemeente-assen")])
            let hidden = try #require(try await RecordRemover(database: database).refusal(.meeting, id: id, by: assen))
            #expect(hidden.reason.contains("die u niet mag zien"))
            await #expect(throws: DeletionRefused.self) { try await RecordRemover(database: database).delete(.meeting, id: id, expectedVersion: 1, by: assen) }
            #expect(try await editor.current(id: id, for: admin) != nil, "nothing was removed")
            try await RecordRemover(database: database).delete(.meeting, id: id, expectedVersion: 1, by: admin)
            #expect(try await editor.current(id: id, for: admin) == nil)
        }
    }

    @Test("a body that others name stays, with what names it counted; a new one goes with its members and their sources",
          arguments: TestDatabase.backends)
    func body(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let viewer = try await BodyEditorTests.editor(database)
            let editor = BodyEditor(database: database)
            let refusal = try #require(try await RecordRemover(database: database).refusal(.body, id: "vdg-bo-gezondheid-welzijn", by: viewer))
            #expect(refusal.reason.contains("1 ondergeschikt gremium") || refusal.reason.contains("ondergeschikte gremia"))
            #expect(refusal.reason.contains("programma"))
            await #expect(throws: DeletionRefused.self) { try await RecordRemover(database: database).delete(.body, id: "vdg-bo-gezondheid-welzijn", expectedVersion: 1, by: viewer) }

            let id = try await editor.create(BodyInput(naam: "Werkgroep Proef", soort: "werkgroep", organisatie: "vdg",
                                                       leden: [.init(persoon: "out", rol: "voorzitter")]), by: viewer)
            let member = try #require(try await editor.current(id: id, for: viewer)?.draft.members.first?.id)
            try await database.sql.raw("""
                INSERT INTO sources (subject_kind, subject_id, position, passage, created_at, updated_at)
                VALUES ('membership', \(bind: member), 0, 'proef', '2026-12-03', '2026-12-03'), ('body', \(bind: id), 0, 'proef', '2026-12-03', '2026-12-03')
                """).run()
            #expect(try await RecordRemover(database: database).refusal(.body, id: id, by: viewer) == nil)
            try await RecordRemover(database: database).delete(.body, id: id, expectedVersion: 1, by: viewer)
            #expect(try await editor.current(id: id, for: viewer) == nil)
            #expect(try await Self.count(database, "memberships", "body_id", id) == 0)
            #expect(try await Self.count(database, "sources", "subject_id", id) == 0)
            let history = try await AuditLog.history(of: .body, id: id, in: database, for: viewer)
            #expect(history.map(\.action) == [.verwijderd, .aangemaakt])
        }
    }

    @Test("a programme goes with its themes, plans and links; one with a link the editor may not see stays", arguments: TestDatabase.backends)
    func programme(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let id = "vdg-programma-gezondheid-en-welzijn"
            let editor = ProgrammeEditor(database: database)
            try await database.sql.raw("UPDATE organisations SET confidentiality = 'vertrouwelijk' WHERE id = 'cmo-stamm'").run()
            let editorWithoutThePartner = try await BodyEditorTests.editor(database)
            #expect(try await editor.current(id: id, for: editorWithoutThePartner)?.draft.partnerIDs.contains("cmo-stamm") == false)
            let hidden = try #require(try await RecordRemover(database: database).refusal(.programme, id: id, by: editorWithoutThePartner))
            #expect(hidden.reason.contains("koppelingen"))
            let admin = try await BodyEditorTests.editor(database, role: .beheerder)
            let version = try #require(try await editor.current(id: id, for: admin)?.version)
            #expect(try await RecordRemover(database: database).refusal(.programme, id: id, by: admin) == nil)
            try await RecordRemover(database: database).delete(.programme, id: id, expectedVersion: version, by: admin)
            for table in ["programme_themes", "programme_meetings", "programme_partners", "programme_tasks", "programme_collaborations"] {
                #expect(try await Self.count(database, table, "programme_id", id) == 0, "\(table)")
            }
            #expect(try await Catalog(database: database, viewer: admin).programme(id: id) == nil)
        }
    }
}
