import Foundation
import SQLKit
import TafelCore
import TafelStore
import TafelTestSupport
import Testing

@Suite("Meeting editor")
struct MeetingEditorTests {
    static func editor(_ database: Database, _ email: String = "m@test.example", role: Role = .redacteur,
                       groups: [Group] = []) async throws -> Viewer {
        Viewer(user: try await AccountStoreTests.user(database, email, role: role, groups: groups))
    }

    /// A meeting of the VDG bestuur naming demo people, organisations and documents.
    static func input(name: String = "Vergadering VDG-bestuur februari", date: String = "2027-02-10",
                      status: String = "gepland") -> MeetingInput {
        MeetingInput(
            naam: name, soort: "overleg", status: status, gremium: "vdg-bestuur", organisatoren: ["vdg"],
            datum: date, aanvang: "09:30", einde: "11:30", locatie: "Provinciehuis Assen",
            deelnemers: [.init(persoon: "heimstra", rol: "voorzitter", aanwezigheid: "aanwezig"),
                         .init(persoon: "out", namens: "gemeente-assen", rol: "deelnemer")],
            agendapunten: [
                .init(titel: "Opening en mededelingen"),
                .init(titel: "Strategische agenda", presentator: "out", duur: "45", documenten: ["strategische-agenda-vdg-2018-2022"]),
                .init(onderdeelVan: "2", titel: "Bijlage 1: overlegstructuur", hamerstuk: "ja"),
            ],
            uitkomsten: [
                .init(soort: "actiepunt", tekst: "Voorstel kerngroepen uitwerken", agendapunt: "3", eigenaar: "out", deadline: "2027-03-01"),
                .init(soort: "besluit", tekst: "Agenda vastgesteld", agendapunt: "2", resultaat: "aangenomen"),
            ])
    }

    @Test("a meeting is stored with its participants, nested agenda and outcomes, read back as typed, and its history written",
          arguments: TestDatabase.backends)
    func roundTrip(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let viewer = try await Self.editor(database)
            let editor = MeetingEditor(database: database)
            let id = try await editor.create(Self.input(), by: viewer)
            let stored = try #require(try await editor.current(id: id, for: viewer))
            #expect(stored.version == 1)
            #expect(stored.draft == (try MeetingDraft(Self.input())))
            let detail = try #require(try await Catalog(database: database, viewer: .anonymous).meeting(id: id))
            #expect(detail.agenda.map(\.label) == ["1", "2", "2.1"])
            #expect(detail.agenda[2].isHamerstuk && detail.agenda[2].depth == 1)
            #expect(detail.agenda[1].presenter?.id == "out" && detail.agenda[1].documents.map(\.id) == ["strategische-agenda-vdg-2018-2022"])
            #expect(detail.outcomes.map(\.outcome.kind) == [.actiepunt, .besluit])
            #expect(detail.outcomes[0].owner?.id == "out" && detail.outcomes[0].outcome.actionStatus == .open)
            #expect(detail.attendances.map(\.presence) == [.aanwezig, nil])
            #expect(detail.meeting.endTime == "11:30" && detail.body?.id == "vdg-bestuur")
            let history = try await AuditLog.history(of: .meeting, id: id, in: database, for: viewer)
            #expect(history.map(\.action) == [.aangemaakt])
            #expect(history[0].changes.contains { $0.field == "agendapunten" && $0.after?.contains("Strategische agenda") == true })
        }
    }

    @Test("an edit needs the version it started from; a stale one is a conflict and writes nothing", arguments: TestDatabase.backends)
    func versions(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let viewer = try await Self.editor(database)
            let editor = MeetingEditor(database: database)
            let id = try await editor.create(Self.input(), by: viewer)
            var changed = Self.input()
            changed.locatie = "Gemeentehuis Emmen"
            await #expect(throws: VersionRequired.self) { try await editor.update(id: id, changed, expectedVersion: nil, by: viewer) }
            #expect(try await editor.update(id: id, changed, expectedVersion: 1, by: viewer) == 2)
            changed.locatie = "Online"
            let conflict = await #expect(throws: VersionConflict.self) {
                try await editor.update(id: id, changed, expectedVersion: 1, by: viewer)
            }
            #expect(conflict?.current == 2)
            #expect(try await editor.current(id: id, for: viewer)?.draft.location == "Gemeentehuis Emmen")
            // Saving what is stored changes nothing and keeps the version.
            #expect(try await editor.update(id: id, try #require(try await editor.current(id: id, for: viewer)).draft.input,
                                            expectedVersion: 2, by: viewer) == 2)
        }
    }

    @Test("unknown people, organisations, bodies and documents are named by their fields, with the draft's own problems",
          arguments: TestDatabase.backends)
    func unknownReferences(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let viewer = try await Self.editor(database)
            var input = Self.input()
            input.naam = ""
            input.gremium = "geen-gremium"
            input.verslag = "geen-verslag"
            input.deelnemers.append(.init(persoon: "niemand-bekend", rol: "deelnemer"))
            input.agendapunten[1].documenten = ["geen-document"]
            input.uitkomsten[0].eigenaar = "ook-niemand"
            let before = try await TestDatabase.counts(in: database)
            let failure = await #expect(throws: ValidationFailure.self) {
                try await MeetingEditor(database: database).create(input, by: viewer)
            }
            #expect(Set(failure?.problems.map(\.field) ?? []) == [
                "naam", "gremium", "verslag", "deelnemers[2].persoon", "agendapunten[1].documenten", "uitkomsten[0].eigenaar",
            ])
            #expect(try await TestDatabase.counts(in: database) == before)
        }
    }

    @Test("a reader may not add a meeting, and learns that before anything about the input", arguments: TestDatabase.backends)
    func roles(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let reader = try await Self.editor(database, "l@test.example", role: .lezer)
            var input = Self.input()
            input.naam = ""
            await #expect(throws: AccessDenied.self) { try await MeetingEditor(database: database).create(input, by: reader) }
            await #expect(throws: SignInRequired.self) { try await MeetingEditor(database: database).create(input, by: .anonymous) }
            // An editor for Assen may not store a confidential meeting for Emmen only.
            let assen = try await Self.editor(database, "assen@test.example", groups: [Group(kind: .organisatie, id: "gemeente-assen")])
            var emmen = Self.input()
            emmen.vertrouwelijkheid = "vertrouwelijk"
            emmen.toegang = ["organisatie:gemeente-emmen"]
            await #expect(throws: AccessDenied.self) { try await MeetingEditor(database: database).create(emmen, by: assen) }
        }
    }

    @Test("an open action item is carried onto the body's next meeting once, and leaves the list when it is done",
          arguments: TestDatabase.backends)
    func carryOver(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let viewer = try await Self.editor(database)
            let editor = MeetingEditor(database: database)
            let first = try await editor.create(Self.input(name: "VDG-bestuur januari", date: "2026-01-12", status: "gehouden"), by: viewer)
            var next = Self.input(name: "VDG-bestuur maart", date: "2027-03-09")
            next.uitkomsten = []
            let second = try await editor.create(next, by: viewer)
            let catalog = Catalog(database: database, viewer: viewer)
            let meeting = try #require(try await catalog.meeting(id: second)).meeting
            let open = try await catalog.openActions(before: meeting)
            #expect(open.map(\.text) == ["Voorstel kerngroepen uitwerken"])
            let action = try #require(open.first)
            #expect(action.reference == .init(meetingID: first, position: 0) && action.owner?.id == "out")
            #expect(action.isOverdue(today: PartialDate(iso: "2027-03-02")!))

            let version = try await editor.carryOver(action.reference, into: second, expectedVersion: 1, by: viewer)
            #expect(version == 2)
            #expect(try await editor.carryOver(action.reference, into: second, expectedVersion: 2, by: viewer) == 2, "only once")
            let agenda = try #require(try await catalog.meeting(id: second)).agenda
            let carried = try #require(agenda.last)
            #expect(carried.carriedFrom == action.reference && carried.title == "Actiepunt: Voorstel kerngroepen uitwerken")
            #expect(carried.description?.contains("eigenaar: ") == true && carried.label == "3")

            // Done: the first meeting's action item is closed, and no longer open for the next.
            var done = Self.input(name: "VDG-bestuur januari", date: "2026-01-12", status: "gehouden")
            done.uitkomsten[0].actiestatus = "afgerond"
            try await editor.update(id: first, done, expectedVersion: 1, by: viewer)
            #expect(try await catalog.openActions(before: meeting).isEmpty)
            #expect(try await editor.carryOver(action.reference, into: second, expectedVersion: 1, by: viewer) == 2,
                    "already on the agenda: nothing to do, whatever the version")
            var later = Self.input(name: "VDG-bestuur mei", date: "2027-05-11")
            later.uitkomsten = []
            let third = try await editor.create(later, by: viewer)
            let closed = await #expect(throws: ValidationFailure.self) {
                try await editor.carryOver(action.reference, into: third, expectedVersion: 1, by: viewer)
            }
            #expect(closed?.problems.first?.field == "actiepunt")
        }
    }

    @Test("a participant the editor may not see stays on the list when they save", arguments: TestDatabase.backends)
    func hiddenParticipantKept(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let admin = try await Self.editor(database, "b@test.example", role: .beheerder)
            try await database.sql.raw("UPDATE persons SET confidentiality = 'vertrouwelijk' WHERE id = 'out'").run()
            let editor = MeetingEditor(database: database)
            var named = Self.input()
            named.toegang = ["organisatie:gemeente-assen"]
            let id = try await editor.create(named, by: admin)
            let assen = try await Self.editor(database, "assen@test.example", groups: [Group(kind: .organisatie, id: "gemeente-assen")])
            let shown = try #require(try await editor.current(id: id, for: assen))
            #expect(shown.draft.participants.map(\.personID) == ["heimstra"])
            #expect(shown.draft.agenda[1].presenterID == nil && shown.draft.outcomes[0].ownerID == nil)
            var input = shown.draft.input
            input.locatie = "Gemeentehuis Assen"
            input.uitkomsten[0].eigenaar = "heimstra"
            try await editor.update(id: id, input, expectedVersion: shown.version, by: assen)
            let full = try #require(try await editor.current(id: id, for: admin))
            #expect(full.draft.participants.map(\.personID) == ["heimstra", "out"])
            #expect(full.draft.agenda[1].presenterID == "out", "the hidden presenter is kept")
            #expect(full.draft.outcomes[0].ownerID == "heimstra", "what the editor typed wins")
            #expect(full.draft.location == "Gemeentehuis Assen")
        }
    }

    @Test("a participant on two meetings at the same time is a double booking; one who sent apologies is not",
          arguments: TestDatabase.backends)
    func doubleBooking(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let viewer = try await Self.editor(database)
            let editor = MeetingEditor(database: database)
            let id = try await editor.create(Self.input(), by: viewer)
            var other = Self.input(name: "Werkbezoek Emmen")
            other.aanvang = "11:00"
            other.einde = "12:00"
            other.deelnemers = [.init(persoon: "heimstra", rol: "deelnemer"), .init(persoon: "out", rol: "deelnemer", aanwezigheid: "afgemeld")]
            other.uitkomsten = []
            _ = try await editor.create(other, by: viewer)
            let detail = try #require(try await Catalog(database: database, viewer: viewer).meeting(id: id))
            #expect(detail.doubleBookings.map(\.person.id) == ["heimstra"])
            #expect(detail.doubleBookings.first?.overlap == .certain)
        }
    }
}
