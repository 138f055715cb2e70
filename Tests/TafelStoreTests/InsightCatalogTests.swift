import SQLKit
import TafelCore
import TafelStore
import TafelTestSupport
import Testing

/// Inzicht's numbers on the demo data agree with direct SQL counts, and a record the viewer may
/// not see never changes a number; both databases.
@Suite("Inzicht uit de database")
struct InsightCatalogTests {
    let day = PartialDate(iso: "2012-06-01")!

    @Test("the province's twelve municipalities; each one's collaborations on a date agree with SQL", arguments: TestDatabase.backends)
    func countsAgree(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let scope = try #require(try await Catalog(database: database, viewer: .anonymous).insight())
            #expect(scope.province.id == "provincie-drenthe")
            #expect(scope.data.municipalities.count == 12)
            let assen = try #require(MunicipalityInsight.all(in: scope.data, on: day).first { $0.id == "gemeente-assen" })
            // The same definition in SQL: running on the day by period, or without an end not ended by status.
            let counted = try await database.sql.raw("""
                SELECT COUNT(DISTINCT c.id) AS n FROM collaborations c JOIN collaboration_participants p ON p.collaboration_id = c.id
                WHERE p.organisation_id = 'gemeente-assen' AND c.archived_at IS NULL AND c.confidentiality = 'openbaar'
                  AND (c.start_date IS NULL OR c.start_date <= '2012-06-01')
                  AND (c.end_date IS NULL OR CASE length(c.end_date) WHEN 4 THEN c.end_date || '-12-31' WHEN 7 THEN c.end_date || '-31' ELSE c.end_date END >= '2012-06-01')
                  AND (c.end_date IS NOT NULL OR c.status IS NULL OR c.status NOT IN ('afgerond', 'gestopt', 'niet_haalbaar'))
                  AND (p.start_date IS NULL OR p.start_date <= '2012-06-01') AND (p.end_date IS NULL OR CASE length(p.end_date) WHEN 4 THEN p.end_date || '-12-31' WHEN 7 THEN p.end_date || '-31' ELSE p.end_date END >= '2012-06-01')
                """).first(decodingColumn: "n", as: Int.self)
            #expect(assen.collaborations == counted)
            #expect(assen.collaborations > 0)
            let inhabitants = try await database.sql.raw("SELECT inhabitants FROM organisations WHERE id = 'gemeente-assen'")
                .first(decodingColumn: "inhabitants", as: Int.self)
            #expect(assen.municipality.inhabitants == inhabitants)
            #expect(try await Catalog(database: database, viewer: .anonymous).insight(municipality: "gemeente-assen")?.province.id == "provincie-drenthe")
            #expect(try await Catalog(database: database, viewer: .anonymous).insight(municipality: "vdg") == nil, "no municipality")
            #expect(try await Catalog(database: database, viewer: .anonymous).insight(province: "provincie-onbekend") == nil)
        }
    }

    @Test("per task the collaborations running on a date agree with SQL; every task of a served agenda is listed", arguments: TestDatabase.backends)
    func tasksAgree(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let scope = try #require(try await Catalog(database: database, viewer: .anonymous).insight())
            let date = PartialDate(iso: "2021-06-01")!
            let overview = TaskOverview(scope.data, on: date)
            struct Line: Decodable { let taskId: String, n: Int }
            let counted = try await database.sql.raw("""
                SELECT ct.task_id, COUNT(DISTINCT c.id) AS n FROM collaborations c JOIN collaboration_tasks ct ON ct.collaboration_id = c.id
                WHERE c.archived_at IS NULL AND c.confidentiality = 'openbaar'
                  AND EXISTS (SELECT 1 FROM collaboration_participants p JOIN organisations o ON o.id = p.organisation_id
                              WHERE p.collaboration_id = c.id AND (o.id = 'provincie-drenthe' OR o.parent_id = 'provincie-drenthe'))
                  AND (c.start_date IS NULL OR c.start_date <= '2021-06-01')
                  AND (c.end_date IS NULL OR CASE length(c.end_date) WHEN 4 THEN c.end_date || '-12-31' WHEN 7 THEN c.end_date || '-31' ELSE c.end_date END >= '2021-06-01')
                  AND (c.end_date IS NOT NULL OR c.status IS NULL OR c.status NOT IN ('afgerond', 'gestopt', 'niet_haalbaar'))
                GROUP BY ct.task_id
                """).all(decoding: Line.self, with: SQLRowDecoder(keyDecodingStrategy: .convertFromSnakeCase))
            let expected = Dictionary(uniqueKeysWithValues: counted.map { ($0.taskId, $0.n) })
            #expect(!expected.isEmpty)
            for task in overview.tasks { #expect(task.count == expected[task.id] ?? 0, "\(task.id)") }
            let agendas = Set(overview.tasks.map(\.task.agendaID))
            let list = agendas.sorted().map { "'\($0)'" }.joined(separator: ", ")
            let listed = try await database.sql.raw("SELECT COUNT(*) AS n FROM tasks WHERE agenda_id IN (\(unsafeRaw: list))")
                .first(decodingColumn: "n", as: Int.self)
            #expect(overview.tasks.count == listed, "a task nobody serves is listed too")
        }
    }

    @Test("a confidential collaboration counts for who may see it, never in a public number", arguments: TestDatabase.backends)
    func confidentiality(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            func collaborations(_ viewer: Viewer) async throws -> Int {
                let scope = try #require(try await Catalog(database: database, viewer: viewer).insight())
                return MunicipalityInsight.all(in: scope.data, on: day).first { $0.id == "gemeente-assen" }?.collaborations ?? -1
            }
            func serving(_ viewer: Viewer) async throws -> Int {
                let scope = try #require(try await Catalog(database: database, viewer: viewer).insight())
                return TaskOverview(scope.data, on: day).tasks.first { $0.id == task }?.count ?? -1
            }
            let task = try #require(try await database.sql.raw("SELECT ct.task_id FROM collaboration_tasks ct ORDER BY ct.task_id")
                .first(decodingColumn: "task_id", as: String.self))
            let before = try await collaborations(.anonymous)
            let servingBefore = try await serving(.anonymous)
            // Through a transaction, as every writer does: it raises the data version, so nothing kept is reused.
            try await database.transaction { db in
                try await db.raw("""
                    INSERT INTO collaborations (id, name, status, start_date, created_at, updated_at, version, confidentiality)
                    VALUES ('geheime-proef', 'Geheime proef', 'actief', '2011', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 1, 'vertrouwelijk')
                    """).run()
                try await db.raw("""
                    INSERT INTO collaboration_participants (collaboration_id, organisation_id, role, created_at, updated_at, version)
                    VALUES ('geheime-proef', 'gemeente-assen', 'deelnemer', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 1)
                    """).run()
                try await db.raw("INSERT INTO collaboration_tasks (collaboration_id, task_id, created_at, updated_at, version) VALUES ('geheime-proef', \(bind: task), '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 1)").run()
            }
            #expect(try await collaborations(.anonymous) == before)
            #expect(try await serving(.anonymous) == servingBefore, "nor in a task's number")
            let admin = try await MeetingEditorTests.editor(database, "z@test.example", role: .beheerder)
            #expect(try await collaborations(admin) == before + 1)
            #expect(try await serving(admin) == servingBefore + 1)
        }
    }

    @Test("the province's commitments agree with SQL, a confidential one counts only for who may see it; an association's bodies have their rhythm",
          arguments: TestDatabase.backends)
    func accountability(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let date = PartialDate(iso: "2021-06-01")!
            func made(_ viewer: Viewer) async throws -> Int {
                let scope = try #require(try await Catalog(database: database, viewer: viewer).insight())
                return scope.snapshot(on: date).commitments.reduce(0) { $0 + $1.total }
            }
            let counted = try await database.sql.raw("""
                SELECT COUNT(*) AS n FROM commitments c JOIN bodies b ON b.id = c.by_body_id
                WHERE c.confidentiality = 'openbaar' AND (b.organisation_id = 'provincie-drenthe' OR b.organisation_id IN (SELECT id FROM organisations WHERE parent_id = 'provincie-drenthe'))
                  AND (c.made_on IS NULL OR c.made_on <= '2021-06-01')
                """).first(decodingColumn: "n", as: Int.self)
            let before = try await made(.anonymous)
            #expect(before == counted && before > 0)
            // Through a transaction, as every writer does: it raises the data version, so nothing kept is reused.
            try await database.transaction { db in
                try await db.raw("UPDATE commitments SET confidentiality = 'vertrouwelijk' WHERE id = (SELECT MIN(id) FROM commitments)").run()
            }
            #expect(try await made(.anonymous) == before - 1)
            let admin = try await MeetingEditorTests.editor(database, "t@test.example", role: .beheerder)
            #expect(try await made(admin) == before)

            let scope = try #require(try await Catalog(database: database, viewer: .anonymous).insight())
            let rhythms = scope.snapshot(on: date).rhythms
            #expect(rhythms.contains { $0.id == "vdg-bo-gezondheid-welzijn" && $0.body.minimum == 4 }, "the VDG's body, through the municipalities' membership")
        }
    }
}
