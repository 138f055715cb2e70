import Foundation
import SQLKit
import TafelCore
import TafelStore
import TafelTestSupport
import Testing

@Suite("Body editor")
struct BodyEditorTests {
    static let kerngroep = "vdg-kerngroep-gezondheid-welzijn"

    static func editor(_ database: Database, role: Role = .redacteur, groups: [Group] = []) async throws -> Viewer {
        Viewer(user: try await AccountStoreTests.user(database, "g\(groups.count)\(role.rawValue)@test.example", role: role, groups: groups))
    }

    @Test("a body is added with its members, under its parent, and read back as typed", arguments: TestDatabase.backends)
    func create(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let viewer = try await Self.editor(database)
            let editor = BodyEditor(database: database)
            let input = BodyInput(naam: "Kerngroep Ruimte en Wonen", soort: "kerngroep", organisatie: "vdg", onderdeelVan: "vdg-bo-ruimte-en-wonen",
                                  vergaderingenPerJaarMin: "4", vergaderingenPerJaarMax: "6",
                                  leden: [.init(persoon: "out", rol: "Voorzitter", namens: "gemeente-assen", vanaf: "2019"),
                                          .init(persoon: "heimstra", rol: "lid")])
            let id = try await editor.create(input, by: viewer)
            #expect(id == "kerngroep-ruimte-en-wonen")
            let stored = try #require(try await editor.current(id: id, for: viewer))
            #expect(stored.draft.members.map(\.role).sorted() == ["lid", "voorzitter"], "roles are kept in lower case")
            #expect(stored.draft.parentID == "vdg-bo-ruimte-en-wonen" && stored.draft.meetingsPerYearMax == 6)
            let detail = try #require(try await Catalog(database: database, viewer: .anonymous).body(id: id))
            #expect(Set(detail.members.map(\.person.id)) == ["out", "heimstra"])
            let history = try await AuditLog.history(of: .body, id: id, in: database, for: viewer)
            #expect(history.first?.changes.contains { $0.field == "leden" } == true)
        }
    }

    @Test("editing keeps a member's id and sources; a removed member takes its sources along", arguments: TestDatabase.backends)
    func membersKeepTheirSources(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let viewer = try await Self.editor(database)
            let editor = BodyEditor(database: database)
            let stored = try #require(try await editor.current(id: Self.kerngroep, for: viewer))
            #expect(stored.draft.members.count == 3)
            var input = stored.draft.input
            let removed = try #require(input.leden.first { $0.persoon == "rita-overdiep" }?.id)
            input.leden.removeAll { $0.persoon == "rita-overdiep" }
            let kept = try #require(input.leden.first?.id)
            input.leden[0].rol = "ambtelijk voorzitter"
            input.leden.append(.init(persoon: "toke-slaman", rol: "lid", vanaf: "2019-06"))
            #expect(try await editor.update(id: Self.kerngroep, input, expectedVersion: stored.version, by: viewer) == stored.version + 1)
            func sources(_ id: String) async throws -> Int {
                try await database.sql.raw("SELECT COUNT(*) AS n FROM sources WHERE subject_kind = 'membership' AND subject_id = \(bind: id)")
                    .first(decodingColumn: "n", as: Int.self) ?? -1
            }
            #expect(try await sources(kept) == 1)
            #expect(try await sources(removed) == 0)
            let after = try #require(try await editor.current(id: Self.kerngroep, for: viewer))
            #expect(after.draft.members.count == 3)
            #expect(after.draft.members.first { $0.id == kept }?.role == "ambtelijk voorzitter")
            #expect(after.draft.members.contains { $0.personID == "toke-slaman" && $0.id != nil })
        }
    }

    @Test("a body cannot be part of itself or of its own sub-body; a foreign member id and unknown records are named",
          arguments: TestDatabase.backends)
    func refusals(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let viewer = try await Self.editor(database)
            let editor = BodyEditor(database: database)
            let bestuur = try #require(try await editor.current(id: "vdg-bo-gezondheid-welzijn", for: viewer))
            var input = bestuur.draft.input
            input.onderdeelVan = Self.kerngroep
            input.leden = [.init(persoon: "niemand-bekend", rol: "lid", namens: "gemeente-atlantis"), .init(persoon: "out", rol: "")]
            input.vergaderingenPerJaarMin = "5"
            input.vergaderingenPerJaarMax = "2"
            let failure = await #expect(throws: ValidationFailure.self) {
                try await editor.update(id: "vdg-bo-gezondheid-welzijn", input, expectedVersion: bestuur.version, by: viewer)
            }
            #expect(Set(failure?.problems.map(\.field) ?? []) == [
                "onderdeelVan", "leden[0].persoon", "leden[0].namens", "leden[1].rol", "vergaderingenPerJaarMax",
            ])
            var foreign = bestuur.draft.input
            foreign.leden.append(.init(id: "wind-vdg-kerngroep-gw", persoon: "henk-wind", rol: "lid"))
            let hijack = await #expect(throws: ValidationFailure.self) {
                try await editor.update(id: "vdg-bo-gezondheid-welzijn", foreign, expectedVersion: bestuur.version, by: viewer)
            }
            #expect(hijack?.problems.first?.code == "onbekend")
            await #expect(throws: VersionConflict.self) {
                try await editor.update(id: "vdg-bo-gezondheid-welzijn", bestuur.draft.input, expectedVersion: bestuur.version + 1, by: viewer)
            }
            let reader = try await Self.editor(database, role: .lezer)
            await #expect(throws: AccessDenied.self) { try await editor.create(BodyInput(naam: ""), by: reader) }
        }
    }

    @Test("a member the editor may not see stays when they save", arguments: TestDatabase.backends)
    func hiddenMemberKept(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            try await database.sql.raw("UPDATE persons SET confidentiality = 'vertrouwelijk' WHERE id = 'henk-wind'").run()
            try await database.sql.raw("INSERT INTO record_access (subject_kind, subject_id, organisation_id) VALUES ('body', \(bind: Self.kerngroep), 'gemeente-assen')").run()
            let assen = try await Self.editor(database, groups: [Group(kind: .organisatie, id: "gemeente-assen")])
            let editor = BodyEditor(database: database)
            let shown = try #require(try await editor.current(id: Self.kerngroep, for: assen))
            #expect(!shown.draft.members.contains { $0.personID == "henk-wind" })
            var input = shown.draft.input
            input.omschrijving = "Drie ambtenaren uit het ambtelijk overleg."
            try await editor.update(id: Self.kerngroep, input, expectedVersion: shown.version, by: assen)
            let admin = try await Self.editor(database, role: .beheerder)
            let full = try #require(try await editor.current(id: Self.kerngroep, for: admin))
            #expect(full.draft.members.contains { $0.personID == "henk-wind" })
            #expect(full.draft.description == "Drie ambtenaren uit het ambtelijk overleg.")
        }
    }
}
