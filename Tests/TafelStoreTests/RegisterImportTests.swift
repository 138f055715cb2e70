import Foundation
import SQLKit
import TafelCore
import TafelStore
import TafelTestSupport
import Testing

@Suite("Register import")
struct RegisterImportTests {
    static func entries(_ csv: String) throws -> [RegisterFile.Entry] {
        do { return try RegisterFile.entries(csv: csv) } catch { throw error }
    }

    /// Every record table, the access rows and the history: what an import may or may not touch.
    static func snapshot(_ database: Database) async throws -> [String: Int] {
        var counts = try await TestDatabase.counts(in: database)
        for table in ["audit_log", "record_access", "collaboration_council_involvements"] {
            counts[table] = try await TestDatabase.count(table, in: database)
        }
        return counts
    }

    static func failure(_ run: () async throws -> RegisterImport.Report) async throws -> RegisterImport.Failure {
        do {
            let report = try await run()
            Issue.record("expected the import to fail, got: \(report.summary)")
            throw CancellationError()
        } catch let failure as RegisterImport.Failure {
            return failure
        }
    }

    static let mixed = """
        id,naam,status,domeinen,deelnemers
        nieuw-warmteoverleg,Warmteoverleg Drenthe,verkenning,warmte; energie,gemeente-assen:trekker:2024:; provincie-drenthe:financier::
        rud-drenthe,Regionale Uitvoeringsdienst Drenthe (RUD),in_voorbereiding,,
        markerein,Werkgroep Markerein,verkenning,,
        """

    @Test("a dry run reports what would be created, changed and left alone, and writes nothing", arguments: TestDatabase.backends)
    func dryRun(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let viewer = try await CollaborationEditorTests.editor(database)
            // Give markerein the fields the file names, so that it is unchanged by it.
            let editor = CollaborationEditor(database: database)
            let markerein = try #require(try await editor.current(id: "markerein", for: viewer))
            #expect(markerein.draft.name == "Werkgroep Markerein" && markerein.draft.status == nil)
            let rudBefore = try #require(try await editor.current(id: "rud-drenthe", for: viewer))
            let markereinInput = markerein.draft.input
            #expect(markereinInput.domeinen.isEmpty && markereinInput.deelnemers.count == 1)
            let file = try Self.entries(Self.mixed.replacingOccurrences(
                of: "markerein,Werkgroep Markerein,verkenning,,",
                with: "markerein,Werkgroep Markerein,,,\(markereinInput.deelnemers[0].line)"))

            let before = try await Self.snapshot(database)
            let seen = ProgressLog()
            let report = try await RegisterImport(database: database).run(file, dryRun: true, by: viewer) { done, total in
                seen.add(done, total)
            }
            #expect(report.dryRun)
            #expect(report.created == ["nieuw-warmteoverleg"])
            #expect(report.changed == ["rud-drenthe"])
            #expect(report.unchanged == ["markerein"])
            #expect(report.summary.contains("Proefimport") && report.summary.contains("1 nieuw, 1 gewijzigd, 1 ongewijzigd"))
            #expect(seen.calls == [[1, 3], [2, 3], [3, 3]])
            #expect(try await Self.snapshot(database) == before)
            #expect(try await editor.current(id: "nieuw-warmteoverleg", for: viewer) == nil)
            #expect(try await editor.current(id: "rud-drenthe", for: viewer)?.draft == rudBefore.draft)

            // The real run does what the dry run said.
            let real = try await RegisterImport(database: database).run(file, dryRun: false, by: viewer)
            #expect(real.created == report.created && real.changed == report.changed && real.unchanged == report.unchanged)
            #expect(!real.dryRun && real.summary.hasPrefix("Geïmporteerd:"))
            let created = try #require(try await editor.current(id: "nieuw-warmteoverleg", for: viewer))
            #expect(created.version == 1)
            #expect(created.draft.name == "Warmteoverleg Drenthe" && created.draft.domains == ["energie", "warmte"])
            #expect(created.draft.participants.normalisedSet == [
                "gemeente-assen:trekker:2024:", "provincie-drenthe:financier::",
            ])
            let rud = try #require(try await editor.current(id: "rud-drenthe", for: viewer))
            #expect(rud.draft.name == "Regionale Uitvoeringsdienst Drenthe (RUD)")
            #expect(rud.version == rudBefore.version + 1)
            // The file's empty cells for domeinen and deelnemers empty those lists.
            #expect(rud.draft.domains.isEmpty && rud.draft.participants.isEmpty)
            #expect(try await AuditLog.history(of: .collaboration, id: "nieuw-warmteoverleg", in: database, for: .systemAdministrator).map(\.action) == [.aangemaakt])
            #expect(try await AuditLog.history(of: .collaboration, id: "rud-drenthe", in: database, for: .systemAdministrator).map(\.action) == [.gewijzigd])
            #expect(try await AuditLog.history(of: .collaboration, id: "markerein", in: database, for: .systemAdministrator).isEmpty)
            #expect(try await TestDatabase.count("audit_log", in: database) == before["audit_log"]! + 2)
        }
    }

    @Test("importing the same file again changes nothing and writes no history", arguments: TestDatabase.backends)
    func idempotent(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let viewer = try await CollaborationEditorTests.editor(database)
            let importer = RegisterImport(database: database)
            // Rows in another order and amounts typed differently are the same record.
            let file = try Self.entries("""
                id;naam;status;rolProvincie;deelnemers;bedragen
                nieuw-een;Nieuw een;actief;"partner; financier";"gemeente-assen:deelnemer::; provincie-drenthe:trekker::";budget:6.000.000:::Budget
                nieuw-twee;Nieuw twee;gestopt;;;
                """)
            // nieuw-twee is gestopt without a reason: add one.
            var entries = file
            entries[1].input.redenBeeindiging = "Opgeheven."
            entries[1].fields.insert("redenBeeindiging")
            let first = try await importer.run(entries, dryRun: false, by: viewer)
            #expect(first.created == ["nieuw-een", "nieuw-twee"])
            let before = try await Self.snapshot(database)
            let versions = try await CollaborationEditor(database: database).current(id: "nieuw-een", for: viewer)?.version

            var again = entries
            again[0].input.rolProvincie.reverse()
            again[0].input.deelnemers.reverse()
            again[0].input.bedragen[0].bedrag = "6000000,00"
            for dryRun in [true, false] {
                let second = try await importer.run(again, dryRun: dryRun, by: viewer)
                #expect(second.unchanged == ["nieuw-een", "nieuw-twee"])
                #expect(second.created.isEmpty && second.changed.isEmpty)
            }
            #expect(try await Self.snapshot(database) == before)
            #expect(try await CollaborationEditor(database: database).current(id: "nieuw-een", for: viewer)?.version == versions)
        }
    }

    @Test("one bad line: nothing is written, and the error names the line and the field", arguments: TestDatabase.backends)
    func allOrNothing(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let viewer = try await CollaborationEditorTests.editor(database)
            let before = try await Self.snapshot(database)
            // Line 2's purpose spans two lines, so the bad record starts on line 5.
            let file = try Self.entries("""
                id,naam,status,doel,deelnemers
                goed-een,Goed een,actief,"Twee
                regels",gemeente-assen:deelnemer::
                rud-drenthe,RUD,actief,,
                fout,Fout,bezig,,gemeente-atlantis:deelnemer::
                goed-twee,Goed twee,actief,,
                """)
            #expect(file.map(\.location) == ["regel 2", "regel 4", "regel 5", "regel 6"])
            let importer = RegisterImport(database: database)
            for dryRun in [true, false] {
                let failure = try await Self.failure { try await importer.run(file, dryRun: dryRun, by: viewer) }
                #expect(failure.problems.map(\.field) == ["regel 5, status", "regel 5, deelnemers[0].organisatie"],
                        "the unknown organisation is reported with the invalid status, not after it is fixed")
                let problem = try #require(failure.problems.first)
                #expect(problem.message.hasPrefix("regel 5 (id fout)"))
                #expect(problem.message.contains("status") && problem.message.contains("‘bezig’"))
                #expect(failure.problems.last?.message.contains("‘gemeente-atlantis’ bestaat niet") == true)
            }
            #expect(try await Self.snapshot(database) == before)
            #expect(try await CollaborationEditor(database: database).current(id: "goed-een", for: viewer) == nil)

            // A reference to a record that does not exist is named the same way, by line and row.
            let unknown = try Self.entries("""
                id,naam,status,deelnemers
                goed-een,Goed een,actief,gemeente-assen:deelnemer::
                fout,Fout,actief,gemeente-assen:trekker::; gemeente-atlantis:deelnemer::
                """)
            let failure = try await Self.failure { try await importer.run(unknown, dryRun: false, by: viewer) }
            #expect(failure.problems.map(\.message) == [
                "regel 3 (id fout): deelnemers[1].organisatie: organisatie ‘gemeente-atlantis’ bestaat niet.",
            ])
            #expect(failure.problems.map(\.field) == ["regel 3, deelnemers[1].organisatie"])
            #expect(failure.problems.map(\.code) == ["onbekend"])
            #expect(try await Self.snapshot(database) == before)

            // Every bad line is named, not only the first; a repeated id names both lines.
            let several = try Self.entries("""
                id,naam,status
                ,Zonder id,actief
                Fout Id,Hoofdletters,actief
                dubbel,Een,actief
                dubbel,Twee,actief
                """)
            let problems = try await Self.failure { try await importer.run(several, dryRun: false, by: viewer) }.problems
            #expect(problems.map(\.field) == ["regel 2, id", "regel 3, id", "regel 5, id"])
            #expect(problems.last?.message.contains("regel 4") == true)
            #expect(try await Self.snapshot(database) == before)
        }
    }

    @Test("a file with some columns keeps the other stored fields", arguments: TestDatabase.backends)
    func partialColumns(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let viewer = try await CollaborationEditorTests.editor(database)
            let editor = CollaborationEditor(database: database)
            let before = try #require(try await editor.current(id: "rud-drenthe", for: viewer))
            #expect(before.draft.participants.count == 13 && before.draft.bodyIDs.count == 4)
            let report = try await RegisterImport(database: database).run(try Self.entries("""
                id,korteNaam,vestigingsplaats,rolProvincie
                rud-drenthe,RUD Drenthe,Assen,partner; regisseur
                """), dryRun: false, by: viewer)
            #expect(report.changed == ["rud-drenthe"])
            let after = try #require(try await editor.current(id: "rud-drenthe", for: viewer))
            var expected = before.draft
            expected.shortName = "RUD Drenthe"
            expected.seat = "Assen"
            expected.provinceRoles = [.partner, .regisseur]
            #expect(after.draft.normalised == expected.normalised)
            let history = try await AuditLog.history(of: .collaboration, id: "rud-drenthe", in: database, for: .systemAdministrator)
            #expect(history.first?.changes.map(\.field) == ["korteNaam", "rolProvincie", "vestigingsplaats"])

            // JSON likewise: a field left out is kept, a null one is emptied.
            let json = try RegisterFile.entries(json: Data(#"[{"id": "rud-drenthe", "vestigingsplaats": null, "versie": 1}]"#.utf8))
            _ = try await RegisterImport(database: database).run(json, dryRun: false, by: viewer)
            let cleared = try #require(try await editor.current(id: "rud-drenthe", for: viewer))
            #expect(cleared.draft.seat == nil && cleared.draft.shortName == "RUD Drenthe" && cleared.draft.participants.count == 13)
        }
    }

    @Test("relations may point at a record later in the same file", arguments: TestDatabase.backends)
    func forwardRelations(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let viewer = try await CollaborationEditorTests.editor(database)
            let file = try Self.entries("""
                id,naam,status,gerelateerd
                eerste,Eerste,actief,opvolger_van:tweede; verwant_aan:rud-drenthe
                rud-drenthe,Regionale Uitvoeringsdienst Drenthe,in_voorbereiding,onderdeel_van:tweede
                tweede,Tweede,afgerond,
                """)
            let dry = try await RegisterImport(database: database).run(file, dryRun: true, by: viewer)
            #expect(dry.created == ["eerste", "tweede"] && dry.changed == ["rud-drenthe"])
            let report = try await RegisterImport(database: database).run(file, dryRun: false, by: viewer)
            #expect(report.created == ["eerste", "tweede"] && report.changed == ["rud-drenthe"])

            let editor = CollaborationEditor(database: database)
            let eerste = try #require(try await editor.current(id: "eerste", for: viewer))
            #expect(Set(eerste.draft.related) == [
                .init(collaborationID: "tweede", relation: .opvolgerVan), .init(collaborationID: "rud-drenthe", relation: .verwantAan),
            ])
            #expect(try await editor.current(id: "rud-drenthe", for: viewer)?.draft.related
                == [.init(collaborationID: "tweede", relation: .onderdeelVan)])
            let detail = try #require(try await Catalog(database: database, viewer: .anonymous).collaboration(id: "eerste"))
            #expect(Set(detail.related.map(\.collaboration.id)) == ["tweede", "rud-drenthe"])
            // The history of a created record names its relations too.
            let created = try await AuditLog.history(of: .collaboration, id: "eerste", in: database, for: .systemAdministrator)
            #expect(created.map(\.action) == [.aangemaakt])
            let related = created.first?.changes.first { $0.field == "gerelateerd" }?.after
            #expect(related?.contains("opvolger_van:tweede") == true)

            // Importing the file again changes nothing.
            let again = try await RegisterImport(database: database).run(file, dryRun: false, by: viewer)
            #expect(again.unchanged == ["eerste", "rud-drenthe", "tweede"])

            // A relation to an id that is neither stored nor in the file is named.
            let dangling = try Self.entries("id,naam,status,gerelateerd\nderde,Derde,actief,verwant_aan:vierde\n")
            let failure = try await Self.failure { try await RegisterImport(database: database).run(dangling, dryRun: true, by: viewer) }
            #expect(failure.problems.map(\.message) == ["regel 2 (id derde): gerelateerd[0].samenwerking: samenwerking ‘vierde’ bestaat niet."])
        }
    }

    @Test("the whole register exported and imported again changes nothing", arguments: TestDatabase.backends)
    func exportImport(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let viewer = try await CollaborationEditorTests.editor(database)
            let editor = CollaborationEditor(database: database)
            // Something of every kind the demo does not have: an archived, a confidential and a rich record.
            let beheerder = try await CollaborationEditorTests.editor(database, "b@test.example", role: .beheerder)
            var secret = CollaborationEditorTests.draft
            secret.confidentiality = .vertrouwelijk
            secret.access = [CollaborationEditorTests.assen, Group(kind: .gremium, id: "rud-stuurgroep")]
            _ = try await editor.create(secret, id: "geheim", by: beheerder)
            _ = try await editor.create(CollaborationEditorTests.draft, id: "rijk", by: viewer)
            try await editor.setArchived(true, id: "rijk", expectedVersion: 1, by: viewer)

            let ids = try await Catalog(database: database, viewer: beheerder).registerIDs(RegisterFilter(archived: .alle))
            #expect(ids.count == 43)
            var records: [(id: String, input: CollaborationInput)] = []
            for id in ids {
                records.append((id, try #require(try await editor.current(id: id, for: beheerder)).draft.input))
            }
            let before = try await Self.snapshot(database)
            let importer = RegisterImport(database: database)

            let csv = try RegisterFile.entries(csv: RegisterFile.csv(records))
            let fromCSV = try await importer.run(csv, dryRun: false, by: beheerder)
            #expect(fromCSV.changed == [], "changed: \(fromCSV.changed)")
            #expect(fromCSV.created.isEmpty)
            #expect(fromCSV.unchanged.count == ids.count)

            let json = try RegisterFile.entries(json: try RegisterFile.json(records))
            let fromJSON = try await importer.run(json, dryRun: false, by: beheerder)
            #expect(fromJSON.changed == [], "changed: \(fromJSON.changed)")
            #expect(fromJSON.unchanged.count == ids.count)

            // The catalog's bulk export (what the download and the CLI use) writes the same records.
            let bulk = try await Catalog(database: database, viewer: beheerder).registerExport(RegisterFilter(archived: .alle))
            #expect(bulk.map(\.id).sorted() == ids.sorted())
            let stored = Dictionary(uniqueKeysWithValues: records.map { ($0.id, $0.input) })
            for record in bulk {
                let exported = try CollaborationDraft(record.input).normalised
                let current = try CollaborationDraft(try #require(stored[record.id])).normalised
                #expect(exported == current, "\(record.id)")
            }
            let fromBulk = try await importer.run(try RegisterFile.entries(csv: RegisterFile.csv(bulk)), dryRun: false, by: beheerder)
            #expect(fromBulk.changed == [], "changed: \(fromBulk.changed)")
            #expect(fromBulk.unchanged.count == ids.count)
            #expect(try await Self.snapshot(database) == before)

            // The public's export leaves out what the public may not see.
            let publicExport = try await Catalog(database: database, viewer: .anonymous).registerExport(RegisterFilter())
            #expect(publicExport.count == 41 && !publicExport.contains { $0.id == "geheim" || $0.id == "rijk" })
        }
    }

    @Test("who may import: not the public, not a lezer; a scoped redacteur only within scope", arguments: TestDatabase.backends)
    func permissions(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let file = try Self.entries("id,korteNaam\nrud-drenthe,RUD Drenthe\n")
            let importer = RegisterImport(database: database)
            let reader = try await CollaborationEditorTests.editor(database, "l@test.example", role: .lezer)
            let scoped = try await CollaborationEditorTests.editor(database, "s@test.example", groups: [CollaborationEditorTests.assen])
            let before = try await Self.snapshot(database)
            await #expect(throws: SignInRequired.self) { try await importer.run(file, dryRun: true, by: .anonymous) }
            await #expect(throws: AccessDenied.self) { try await importer.run(file, dryRun: true, by: reader) }
            let outOfScope = try await Self.failure { try await importer.run(file, dryRun: false, by: scoped) }
            #expect(outOfScope.problems.first?.field.hasPrefix("regel 2") == true)
            let inScope = try Self.entries("""
                id,naam,status,toegang
                van-assen,Van Assen,actief,organisatie:gemeente-assen
                """)
            #expect(try await Self.snapshot(database) == before)
            #expect(try await importer.run(inScope, dryRun: false, by: scoped).created == ["van-assen"])

            // A confidential record the importer cannot see is not overwritten through its id.
            let beheerder = try await CollaborationEditorTests.editor(database, "b@test.example", role: .beheerder)
            var secret = CollaborationEditorTests.draft
            secret.confidentiality = .vertrouwelijk
            secret.access = [Group(kind: .organisatie, id: "gemeente-emmen")]
            _ = try await CollaborationEditor(database: database).create(secret, id: "geheim", by: beheerder)
            let unscoped = try await CollaborationEditorTests.editor(database, "u@test.example")
            let overwrite = try Self.entries("id,naam,status\ngeheim,Overschreven,actief\n")
            let hidden = try await Self.failure { try await importer.run(overwrite, dryRun: false, by: unscoped) }
            #expect(hidden.problems.first?.message.contains("al in gebruik") == true)
            #expect(try await CollaborationEditor(database: database).current(id: "geheim", for: beheerder)?.draft.name
                == CollaborationEditorTests.draft.name)
        }
    }
}

/// Collects progress calls from the importer.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [[Int]] = []

    func add(_ done: Int, _ total: Int) {
        lock.lock()
        list.append([done, total])
        lock.unlock()
    }

    var calls: [[Int]] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }
}

extension [CollaborationDraft.Participant] {
    /// `organisatie:rol:vanaf:tot` of each row, as a set.
    var normalisedSet: Set<String> {
        Set(map { [$0.organisationID, $0.role.rawValue, $0.start?.iso ?? "", $0.end?.iso ?? ""].joined(separator: ":") })
    }
}
