import SQLKit
import TafelCore
import TafelStore
import TafelTestSupport
import Testing

@Suite("Gezamenlijke besluiten in de database")
struct JointDecisionStoreTests {
    static let input = JointDecisionInput(
        titel: "Regionale aanpak laaggeletterdheid", aangebodenDoor: "vdg-bo-gezondheid-welzijn", eigenaar: "vdg", orgaan: "college",
        aangebodenOp: "2026-09-01", besluitenVoor: "2026-12-01",
        besluiten: [.init(organisatie: "gemeente-assen", status: "vastgesteld", datum: "2026-10-06", url: "https://www.assen.nl/besluit"),
                    .init(organisatie: "gemeente-emmen", status: "geagendeerd"),
                    .init(organisatie: "gemeente-meppel", status: "ziet_af", datum: "2026-10-13")])

    @Test("the seeds' decisions with each organisation's decision, their collaborations and sources; filters", arguments: TestDatabase.backends)
    func demo(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let catalog = Catalog(database: database, viewer: .anonymous)
            let all = try await catalog.jointDecisions(.init())
            #expect(Set(all.items.map(\.decision.id)) == ["besluit-rud-drenthe-openbaar-lichaam", "besluit-werkagenda-zorg-2016", "besluit-instemming-ibp-2018"])
            let rud = try #require(try await catalog.jointDecision(id: "besluit-rud-drenthe-openbaar-lichaam"))
            #expect(rud.decision.responses.count == 13 && rud.decision.coalition.adopters.count == 13 && rud.collaboration?.id == "rud-drenthe")
            #expect(rud.decision.responses.first { $0.organisation.id == "gemeente-assen" }?.cbsCode == "GM0106")
            #expect(rud.sources.count == 1 && rud.document?.id == "statenbrief-2012-voorbeelden-samenwerking-gemeenten")
            let care = try #require(try await catalog.jointDecision(id: "besluit-werkagenda-zorg-2016"))
            #expect(care.decision.responses.contains { $0.organisation.id == "zilveren-kruis" && $0.decidedOn?.iso == "2016-10" })
            func ids(_ filter: JointDecisionFilter) async throws -> Set<String> {
                Set(try await catalog.jointDecisions(filter).items.map(\.decision.id))
            }
            #expect(try await ids(JointDecisionFilter(organisation: "zilveren-kruis")) == ["besluit-werkagenda-zorg-2016"])
            #expect(try await ids(JointDecisionFilter(status: .verworpen)).isEmpty)
            #expect(try await ids(JointDecisionFilter(search: try SearchText.parse("openbaar lichaam"))) == ["besluit-rud-drenthe-openbaar-lichaam"])
            #expect(try await catalog.collaboration(id: "rud-drenthe")?.jointDecisions.map(\.id) == ["besluit-rud-drenthe-openbaar-lichaam"])
            #expect(try await catalog.jointDecisionOrganisationChoices().contains { $0.id == "zilveren-kruis" })
        }
    }

    @Test("added, changed with its version, a hidden organisation's decision stays and is not named in history, removed",
          arguments: TestDatabase.backends)
    func roundTrip(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let admin = try await MeetingEditorTests.editor(database, "b@test.example", role: .beheerder)
            let editor = JointDecisionEditor(database: database)
            let id = try await editor.create(Self.input, by: admin)
            #expect(id == "besluit-regionale-aanpak-laaggeletterdheid")
            try await database.sql.raw("UPDATE organisations SET confidentiality = 'vertrouwelijk' WHERE id = 'gemeente-emmen'").run()
            let viewer = try await MeetingEditorTests.editor(database)
            let shown = try #require(try await editor.current(id: id, for: viewer))
            #expect(shown.draft.responses.map(\.organisationID) == ["gemeente-assen", "gemeente-meppel"])
            let listed = try await Catalog(database: database, viewer: viewer).jointDecisions(JointDecisionFilter(status: .geagendeerd))
            #expect(listed.total == 0, "a decision does not show up by the status of an organisation the reader may not see")
            var changed = shown.draft.input
            changed.besluiten[1] = .init(organisatie: "gemeente-meppel", status: "gewijzigd_vastgesteld", datum: "2026-11-03")
            try await editor.update(id: id, changed, expectedVersion: 1, by: viewer)
            let full = try #require(try await editor.current(id: id, for: admin))
            #expect(full.draft.responses.map(\.organisationID) == ["gemeente-assen", "gemeente-emmen", "gemeente-meppel"],
                    "the hidden decision stays where it stood")
            #expect(full.draft.responses[2].status == .gewijzigdVastgesteld && full.draft.responses[1].status == .geagendeerd)
            await #expect(throws: VersionConflict.self) { try await editor.update(id: id, changed, expectedVersion: 1, by: viewer) }
            var unknown = Self.input
            unknown.besluiten = [.init(organisatie: "gemeente-nergenshuizen", status: "vastgesteld")]
            let failure = await #expect(throws: ValidationFailure.self) { try await editor.create(unknown, by: viewer) }
            #expect(failure?.problems.map(\.field) == ["besluiten[0].organisatie"])
            let history = try await AuditLog.history(of: .jointDecision, id: id, in: database, for: viewer)
            #expect(history.map(\.action) == [.gewijzigd, .aangemaakt])
            let named = history.flatMap(\.changes).filter { $0.field == "besluiten" }.compactMap(\.after)
            #expect(named.contains { $0.contains("\n" + HistoryReferences.hiddenLabel + "\n") })
            #expect(named.allSatisfy { !$0.contains("gemeente-emmen") && !$0.contains("geagendeerd") },
                    "the hidden organisation's row is hidden as a whole, its status too")
            #expect(try await RecordRemover(database: database).refusal(.jointDecision, id: id, by: viewer) != nil, "it holds a hidden decision")
            try await RecordRemover(database: database).delete(.jointDecision, id: id, expectedVersion: 2, by: admin)
            #expect(try await Catalog(database: database, viewer: admin).jointDecision(id: id) == nil)
            #expect(try await TestDatabase.count("joint_decision_responses", in: database) == 39, "the demo’s 13 + 14 + 12 remain")
        }
    }

    @Test("a body that offered a decision cannot be removed while it is named there", arguments: TestDatabase.backends)
    func bodyInUse(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let admin = try await MeetingEditorTests.editor(database, "b@test.example", role: .beheerder)
            _ = try await JointDecisionEditor(database: database).create(Self.input, by: admin)
            let refusal = try await RecordRemover(database: database).refusal(.body, id: "vdg-bo-gezondheid-welzijn", by: admin)
            #expect(refusal?.reason.contains("gezamenlijk besluit") == true)
        }
    }

    @Test("simultaneous edits from one version: exactly one wins and the history holds each version once", arguments: TestDatabase.backends)
    func simultaneousEdits(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let viewer = try await MeetingEditorTests.editor(database)
            let editor = JointDecisionEditor(database: database)
            let id = try await editor.create(Self.input, by: viewer)
            let outcomes = await withTaskGroup(of: Result<Int, any Error>.self) { group in
                for n in 0..<3 {
                    group.addTask {
                        var input = Self.input
                        input.omschrijving = "schrijver \(n)"
                        do { return .success(try await ConcurrencyTests.retryingWhenBusy {
                            try await editor.update(id: id, input, expectedVersion: 1, by: viewer)
                        }) } catch { return .failure(error) }
                    }
                }
                return await group.reduce(into: [Result<Int, any Error>]()) { $0.append($1) }
            }
            #expect(outcomes.filter { if case .success = $0 { true } else { false } }.count == 1)
            for case .failure(let error) in outcomes { #expect(error is VersionConflict, "\(error)") }
            let versions = try await AuditLog.history(of: .jointDecision, id: id, in: database, for: viewer).map(\.version)
            #expect(versions == [2, 1])
        }
    }
}
