import SQLKit
import TafelCore
import TafelStore
import TafelTestSupport
import Testing

@Suite("Beleidsproducten in de database")
struct PolicyProductStoreTests {
    @Test("seed 004's five products with their roles, consequences and alliances; filters", arguments: TestDatabase.backends)
    func demo(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let catalog = Catalog(database: database, viewer: .anonymous)
            let all = try await catalog.policyProducts(.init())
            #expect(Set(all.items.map(\.product.name)) == ["Mijn ontwikkeling", "Mijn beweging", "Mijn omgeving", "Mijn dag", "Mijn jeugd"])
            let movement = try #require(try await catalog.policyProduct(id: "beleidsproduct-mijn-beweging"))
            #expect(movement.product.taskKind == .autonomeTaak && movement.product.isCoreTask == false && movement.product.roles == [.stimuleren])
            #expect(movement.product.consequences.map(\.subject) == ["Breedtesport", "Topsport"])
            #expect(movement.product.consequences[1].role == .stimuleren && movement.product.consequences[0].from?.iso == "2013")
            #expect(movement.collaborations.map(\.id) == ["sociale-allianties"] && movement.task?.id == "pns-mijn-beweging")
            #expect(movement.document?.id == "statenbrief-2010-sociaal-domein-pns" && movement.sources.count == 4)
            let youth = try #require(try await catalog.policyProduct(id: "beleidsproduct-mijn-jeugd"))
            #expect(youth.product.taskKind == .wettelijkeTaak && youth.product.isCoreTask == nil)
            func ids(_ filter: PolicyProductFilter) async throws -> Set<String> {
                Set(try await catalog.policyProducts(filter).items.map(\.product.id))
            }
            #expect(try await ids(PolicyProductFilter(consequence: .voortzetten)) == ["beleidsproduct-mijn-beweging", "beleidsproduct-mijn-jeugd"])
            #expect(try await ids(PolicyProductFilter(role: .integreren)) == ["beleidsproduct-mijn-omgeving", "beleidsproduct-mijn-dag"])
            #expect(try await ids(PolicyProductFilter(taskKind: .wettelijkeTaak)) == ["beleidsproduct-mijn-jeugd"])
            #expect(try await ids(PolicyProductFilter(search: try SearchText.parse("topsport"))) == ["beleidsproduct-mijn-beweging"])
            let alliance = try #require(try await catalog.collaboration(id: "sociale-allianties"))
            #expect(alliance.policyProducts.count == 4)
        }
    }

    @Test("added, changed with its version, history kept, a hidden alliance stays, removed", arguments: TestDatabase.backends)
    func roundTrip(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let admin = try await MeetingEditorTests.editor(database, "b@test.example", role: .beheerder)
            let editor = PolicyProductEditor(database: database)
            let input = PolicyProductInput(naam: "Mijn cultuur", eigenaar: "provincie-drenthe", rollen: ["regisseren"],
                                           consequenties: [.init(onderwerp: "Musea", consequentie: "voortzetten")],
                                           samenwerkingen: ["culturele-allianties-2009-2012", "sociale-allianties"])
            let id = try await editor.create(input, by: admin)
            #expect(id == "beleidsproduct-mijn-cultuur")
            try await database.sql.raw("UPDATE collaborations SET confidentiality = 'vertrouwelijk' WHERE id = 'sociale-allianties'").run()
            let viewer = try await MeetingEditorTests.editor(database)
            let shown = try #require(try await editor.current(id: id, for: viewer))
            #expect(shown.draft.collaborationIDs == ["culturele-allianties-2009-2012"])
            var changed = shown.draft.input
            changed.consequenties.append(.init(onderwerp: "Archieven", consequentie: "overdragen", vanaf: "2013"))
            try await editor.update(id: id, changed, expectedVersion: 1, by: viewer)
            let full = try #require(try await editor.current(id: id, for: admin))
            #expect(full.draft.collaborationIDs == ["culturele-allianties-2009-2012", "sociale-allianties"])
            #expect(full.draft.consequences.map(\.subject) == ["Musea", "Archieven"])
            await #expect(throws: VersionConflict.self) { try await editor.update(id: id, changed, expectedVersion: 1, by: viewer) }
            var unknown = input
            unknown.opgave = "bestaat-niet"
            unknown.samenwerkingen = ["culturele-allianties-2009-2012"]
            let failure = await #expect(throws: ValidationFailure.self) { try await editor.create(unknown, by: viewer) }
            #expect(failure?.problems.map(\.field) == ["opgave"])
            let history = try await AuditLog.history(of: .policyProduct, id: id, in: database, for: viewer)
            #expect(history.map(\.action) == [.gewijzigd, .aangemaakt])
            let named = history.flatMap(\.changes).filter { $0.field == "samenwerkingen" }.compactMap(\.after)
            #expect(named.contains { $0.contains(HistoryReferences.hiddenLabel) } && named.allSatisfy { !$0.contains("sociale-allianties") },
                    "the hidden alliance is not named in the history")
            #expect(try await RecordRemover(database: database).refusal(.policyProduct, id: id, by: viewer) != nil, "it holds a hidden alliance")
            try await RecordRemover(database: database).delete(.policyProduct, id: id, expectedVersion: 2, by: admin)
            #expect(try await Catalog(database: database, viewer: admin).policyProduct(id: id) == nil)
        }
    }

    @Test("simultaneous edits from one version: exactly one wins and the history holds each version once", arguments: TestDatabase.backends)
    func simultaneousEdits(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let viewer = try await MeetingEditorTests.editor(database)
            let editor = PolicyProductEditor(database: database)
            let id = try await editor.create(PolicyProductInput(naam: "Mijn cultuur", eigenaar: "provincie-drenthe"), by: viewer)
            let outcomes = await withTaskGroup(of: Result<Int, any Error>.self) { group in
                for n in 0..<3 {
                    group.addTask {
                        var input = PolicyProductInput(naam: "Mijn cultuur", eigenaar: "provincie-drenthe")
                        input.domein = "schrijver \(n)"
                        do { return .success(try await ConcurrencyTests.retryingWhenBusy {
                            try await editor.update(id: id, input, expectedVersion: 1, by: viewer)
                        }) } catch { return .failure(error) }
                    }
                }
                return await group.reduce(into: [Result<Int, any Error>]()) { $0.append($1) }
            }
            #expect(outcomes.filter { if case .success = $0 { true } else { false } }.count == 1)
            for case .failure(let error) in outcomes { #expect(error is VersionConflict, "\(error)") }
            let versions = try await AuditLog.history(of: .policyProduct, id: id, in: database, for: viewer).map(\.version)
            #expect(versions == [2, 1])
        }
    }
}
