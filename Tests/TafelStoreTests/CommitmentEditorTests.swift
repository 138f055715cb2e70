import SQLKit
import TafelCore
import TafelStore
import TafelTestSupport
import Testing

@Suite("Commitment editor")
struct CommitmentEditorTests {
    static func input() -> CommitmentInput {
        CommitmentInput(titel: "Notitie over regionale samenwerking", tekst: "De gedeputeerde zegt een notitie toe vóór de zomer.",
                        gedaanOp: "2012-03-07", bijeenkomst: "statencommissie-cultuur-en-economie-2012-03-07",
                        doorPersoon: "heimstra", doorGremium: "gedeputeerde-staten-drenthe", aanGremium: "statencommissie-cultuur-en-economie",
                        termijnDatum: "2012-06")
    }

    @Test("a commitment is added and kept: the letter's date becomes the fulfilment date, on time; history records both",
          arguments: TestDatabase.backends)
    func roundTrip(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let viewer = try await MeetingEditorTests.editor(database)
            let editor = CommitmentEditor(database: database)
            let id = try await editor.create(Self.input(), by: viewer)
            #expect(id == "toezegging-notitie-over-regionale-samenwerking")
            let catalog = Catalog(database: database, viewer: viewer)
            let today = PartialDate(iso: "2012-07-01")!
            #expect(try #require(try await catalog.commitment(id: id)).commitment.standing(on: today).isOverdue)
            var kept = Self.input()
            kept.voldaanMet = ["statenbrief-2012-02-01-drentse-alliantie"]
            // That letter is of 1 February 2012: before the promise was made.
            let early = await #expect(throws: ValidationFailure.self) { try await editor.update(id: id, kept, expectedVersion: 1, by: viewer) }
            #expect(early?.problems.map(\.field) == ["voldaanMet"])
            kept.voldaanMet = ["statenbrief-2012-voorbeelden-samenwerking-gemeenten"]
            try await editor.update(id: id, kept, expectedVersion: 1, by: viewer)
            let detail = try #require(try await catalog.commitment(id: id))
            #expect(detail.commitment.fulfilledOn?.iso == "2012" && detail.fulfilments.map(\.id) == ["statenbrief-2012-voorbeelden-samenwerking-gemeenten"])
            #expect(detail.commitment.standing(on: today).status == .voldaan, "kept in 2012, not surely after June 2012")
            let history = try await AuditLog.history(of: .commitment, id: id, in: database, for: viewer)
            #expect(history.map(\.action) == [.gewijzigd, .aangemaakt])
            #expect(history.first?.changes.contains { $0.field == "voldaanOp" && $0.after == "2012" } == true)
            let stale = await #expect(throws: VersionConflict.self) { try await editor.update(id: id, Self.input(), expectedVersion: 1, by: viewer) }
            #expect(stale?.current == 2)
            await #expect(throws: VersionRequired.self) { try await editor.update(id: id, Self.input(), expectedVersion: nil, by: viewer) }
        }
    }

    @Test("every problem is named by its field, unknown records and a missing outcome included; a reader learns first that they may not",
          arguments: TestDatabase.backends)
    func refusals(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let viewer = try await MeetingEditorTests.editor(database)
            let editor = CommitmentEditor(database: database)
            let bad = CommitmentInput(titel: " ", tekst: "", gedaanOp: "2012-13", bijeenkomst: "bestaat-niet", uitkomst: "3",
                                      aanGremium: "provinciale-staten-drenthe", aanOrganisatie: "gemeente-assen", voldaanOp: "2012",
                                      voldaanMet: ["ook-niet"], besluit: "vervallen")
            let failure = await #expect(throws: ValidationFailure.self) { try await editor.create(bad, by: viewer) }
            #expect(Set(failure?.problems.map(\.field) ?? []) == [
                "titel", "tekst", "gedaanOp", "doorPersoon", "aanOrganisatie", "besluitToelichting", "besluit", "bijeenkomst", "voldaanMet[0]",
            ])
            var outcome = Self.input()
            outcome.uitkomst = "99"
            let missing = await #expect(throws: ValidationFailure.self) { try await editor.create(outcome, by: viewer) }
            #expect(missing?.problems.map(\.field) == ["uitkomst"])
            let reader = try await MeetingEditorTests.editor(database, "r@test.example", role: .lezer)
            await #expect(throws: AccessDenied.self) { try await editor.create(bad, by: reader) }
            #expect(try await Catalog(database: database, viewer: viewer).commitments(.init()).total == 7, "nothing was written")
        }
    }

    @Test("a link the editor may not see stays when they save, and the commitment cannot be removed by them", arguments: TestDatabase.backends)
    func hiddenKept(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let admin = try await MeetingEditorTests.editor(database, "b@test.example", role: .beheerder)
            let editor = CommitmentEditor(database: database)
            let id = try await editor.create(Self.input(), by: admin)
            try await database.sql.raw("UPDATE persons SET confidentiality = 'vertrouwelijk' WHERE id = 'heimstra'").run()
            let viewer = try await MeetingEditorTests.editor(database)
            let shown = try #require(try await editor.current(id: id, for: viewer))
            #expect(shown.draft.byPersonID == nil && shown.draft.byBodyID == "gedeputeerde-staten-drenthe")
            var input = shown.draft.input
            input.termijnGebeurtenis = "vóór de zomer"
            try await editor.update(id: id, input, expectedVersion: shown.version, by: viewer)
            #expect(try await editor.current(id: id, for: admin)?.draft.byPersonID == "heimstra")
            // The history names the confidential person to whom may see them only.
            let shownHistory = try await AuditLog.history(of: .commitment, id: id, in: database, for: viewer)
            let named = shownHistory.flatMap(\.changes).filter { $0.field == "doorPersoon" }.compactMap(\.after)
            #expect(named == [HistoryReferences.hiddenLabel])
            let adminHistory = try await AuditLog.history(of: .commitment, id: id, in: database, for: admin)
            #expect(adminHistory.flatMap(\.changes).contains { $0.field == "doorPersoon" && $0.after == "heimstra" })
            #expect(try await RecordRemover(database: database).refusal(.commitment, id: id, by: viewer) != nil)
            try await RecordRemover(database: database).delete(.commitment, id: id, expectedVersion: 2, by: admin)
            #expect(try await editor.current(id: id, for: admin) == nil)
        }
    }

    @Test("simultaneous edits from one version: exactly one wins and the history holds each version once", arguments: TestDatabase.backends)
    func simultaneousEdits(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let viewer = try await MeetingEditorTests.editor(database)
            let editor = CommitmentEditor(database: database)
            let id = try await editor.create(Self.input(), by: viewer)
            let outcomes = await withTaskGroup(of: Result<Int, any Error>.self) { group in
                for n in 0..<3 {
                    group.addTask {
                        var input = Self.input()
                        input.termijnGebeurtenis = "schrijver \(n)"
                        do { return .success(try await ConcurrencyTests.retryingWhenBusy {
                            try await editor.update(id: id, input, expectedVersion: 1, by: viewer)
                        }) } catch { return .failure(error) }
                    }
                }
                return await group.reduce(into: [Result<Int, any Error>]()) { $0.append($1) }
            }
            let winners = outcomes.filter { if case .success = $0 { true } else { false } }
            #expect(winners.count == 1)
            for case .failure(let error) in outcomes { #expect(error is VersionConflict, "\(error)") }
            let versions = try await AuditLog.history(of: .commitment, id: id, in: database, for: viewer).map(\.version)
            #expect(versions == [2, 1])
        }
    }
}
