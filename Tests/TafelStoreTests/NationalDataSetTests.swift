import Foundation
import SQLKit
import Synchronization
import TafelCore
import TafelDemo
import TafelStore
import TafelTestSupport
import Testing

/// The synthetic national data set (`tafel demo --schaal landelijk`), at 1 % of its size,
/// on SQLite and (with TAFEL_TEST_DATABASE_URL) PostgreSQL.
@Suite("National synthetic data set")
struct NationalDataSetTests {
    static let scale = 0.01
    static let set = NationalDataSet(scale: scale)

    /// A fresh database with the 1 % set loaded.
    static func withLoaded<T: Sendable>(
        _ backend: Database.Backend, seed: UInt64 = NationalDataSet.defaultSeed,
        _ body: (Database, NationalDataSet.Report) async throws -> T
    ) async throws -> T {
        try await TestDatabase.with(backend) { database in
            let report = try await NationalDataSet(scale: scale, seed: seed).load(into: database, logger: TestDatabase.logger)
            return try await body(database, report)
        }
    }

    static func count(_ sql: String, in database: Database) async throws -> Int {
        try await database.sql.raw("\(unsafeRaw: sql)").first(decodingColumn: "total", as: Int.self) ?? -1
    }

    static func strings(_ sql: String, in database: Database) async throws -> [String] {
        try await database.sql.raw("\(unsafeRaw: sql)").all().map { try $0.decode(column: "value", as: String.self) }
    }

    /// Every row of `table`, each as one line of text, in primary key order: for comparing loads.
    static func dump(_ table: String, _ columns: [String], orderBy: String, in database: Database) async throws -> [String] {
        let fields = columns.map { "COALESCE(CAST(\($0) AS TEXT), '∅')" }.joined(separator: " || '|' || ")
        return try await strings("SELECT \(fields) AS value FROM \(table) ORDER BY \(orderBy)", in: database)
    }

    static func snapshot(_ database: Database) async throws -> [String] {
        try await dump("collaborations", [
            "id", "name", "short_name", "purpose", "description", "form", "wgr_form", "status", "status_reason",
            "start_date", "end_date", "legal_basis", "seat", "transferred_powers", "council_reporting", "confidentiality",
            "created_at", "updated_at", "version",
        ], orderBy: "id", in: database)
            + dump("collaboration_participants", ["collaboration_id", "organisation_id", "role", "start_date", "end_date"],
                   orderBy: "collaboration_id, organisation_id, role", in: database)
            + dump("organisations", ["id", "name", "kind", "cbs_code", "inhabitants", "parent_id", "description"],
                   orderBy: "id", in: database)
            + dump("meetings", ["id", "name", "kind", "status", "date", "start_time", "location", "body_id"],
                   orderBy: "id", in: database)
            + dump("documents", ["id", "title", "kind", "date", "reference", "confidentiality", "summary", "full_text"],
                   orderBy: "id", in: database)
    }

    // MARK: - Counts

    @Test("at scale 1 the counts are the requirement's")
    func fullCounts() {
        #expect(NationalDataSet().counts == [
            "provincies": 12, "gemeenten": 342, "waterschappen": 21, "overige organisaties": 2_000, "personen": 20_000,
            "samenwerkingen": 5_000, "bijeenkomsten": 50_000, "documenten": 100_000,
        ])
        #expect(Set(NationalDataSet.countOrder) == Set(NationalDataSet().counts.keys))
    }

    @Test("the loaded records match counts, and the report matches the tables", arguments: TestDatabase.backends)
    func loadedCounts(backend: Database.Backend) async throws {
        try await Self.withLoaded(backend) { database, report in
            let counts = Self.set.counts
            #expect(counts["gemeenten"] == 3)
            #expect(counts["documenten"] == 1_000)
            let byKind = "SELECT COUNT(*) AS total FROM organisations WHERE kind"
            let provinces = try await Self.count("\(byKind) = 'provincie'", in: database)
            #expect(provinces == counts["provincies"])
            #expect(try await Self.count("\(byKind) = 'gemeente'", in: database) == counts["gemeenten"])
            #expect(try await Self.count("\(byKind) = 'waterschap'", in: database) == counts["waterschappen"])
            #expect(try await Self.count("\(byKind) NOT IN ('provincie', 'gemeente', 'waterschap')", in: database)
                    == counts["overige organisaties"])
            for (table, key) in [("persons", "personen"), ("collaborations", "samenwerkingen"), ("meetings", "bijeenkomsten"),
                                 ("documents", "documenten")] {
                #expect(try await TestDatabase.count(table, in: database) == counts[key], "\(table)")
            }
            #expect(report.tables.count >= 25)
            for table in report.tables {
                #expect(try await TestDatabase.count(table.table, in: database) == table.rows, "\(table.table)")
                #expect(!table.label.isEmpty)
            }
            // Memberships link every person; bodies, tasks and sources exist.
            #expect(try await Self.count("SELECT COUNT(*) AS total FROM persons p WHERE NOT EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = p.id)", in: database) == 0)
            for table in ["memberships", "bodies", "tasks", "task_agendas", "collaboration_bodies", "meeting_attendances",
                          "agenda_items", "document_parties", "sources"] {
                #expect(try await TestDatabase.count(table, in: database) > 0, "\(table)")
            }
        }
    }

    // MARK: - Determinism

    @Test("the same seed gives the same rows, also when loaded again over itself", arguments: TestDatabase.backends)
    func sameSeed(backend: Database.Backend) async throws {
        let first = try await Self.withLoaded(backend) { database, _ in try await Self.snapshot(database) }
        let second = try await Self.withLoaded(backend) { database, _ in
            try await NationalDataSet(scale: Self.scale).load(into: database, replacingExisting: true, logger: TestDatabase.logger)
            return try await Self.snapshot(database)
        }
        #expect(first.count > 1_000)
        #expect(first == second)
    }

    @Test("SQLite and PostgreSQL receive the same rows", .enabled(if: TestDatabase.backends.contains(.postgres)))
    func sameOnBothBackends() async throws {
        let sqlite = try await Self.withLoaded(.sqlite) { database, _ in try await Self.snapshot(database) }
        let postgres = try await Self.withLoaded(.postgres) { database, _ in try await Self.snapshot(database) }
        #expect(sqlite == postgres)
    }

    @Test("another seed gives other data", arguments: TestDatabase.backends)
    func otherSeed(backend: Database.Backend) async throws {
        let first = try await Self.withLoaded(backend) { database, _ in try await Self.snapshot(database) }
        let other = try await Self.withLoaded(backend, seed: 7) { database, _ in try await Self.snapshot(database) }
        #expect(first.count > 0 && other.count > 0)
        #expect(first != other)
        // Other names, not only other dates.
        #expect(Set(first.filter { $0.contains("Gemeente ") }) != Set(other.filter { $0.contains("Gemeente ") }))
    }

    // MARK: - Validity

    @Test("every collaboration has 2 to 25 participants and exactly one trekker", arguments: TestDatabase.backends)
    func participants(backend: Database.Backend) async throws {
        try await Self.withLoaded(backend) { database, _ in
            let perCollaboration = "(SELECT COUNT(*) FROM collaboration_participants p WHERE p.collaboration_id = c.id)"
            let tooFew = try await Self.count("SELECT COUNT(*) AS total FROM collaborations c WHERE \(perCollaboration) < 2", in: database)
            #expect(tooFew == 0)
            #expect(try await Self.count("SELECT COUNT(*) AS total FROM collaborations c WHERE \(perCollaboration) > 25", in: database) == 0)
            #expect(try await Self.count("""
                SELECT COUNT(*) AS total FROM collaborations c
                WHERE (SELECT COUNT(*) FROM collaboration_participants p WHERE p.collaboration_id = c.id AND p.role = 'trekker') <> 1
                """, in: database) == 0)
        }
    }

    @Test("every code is a valid vocabulary code", arguments: TestDatabase.backends)
    func vocabularies(backend: Database.Backend) async throws {
        try await Self.withLoaded(backend) { database, _ in
            let checks: [(String, String, [String])] = [
                ("organisations", "kind", OrganisationKind.codes),
                ("bodies", "kind", BodyKind.codes),
                ("collaborations", "form", CollaborationForm.codes),
                ("collaborations", "wgr_form", WgrForm.codes),
                ("collaborations", "status", CollaborationStatus.codes),
                ("collaboration_participants", "role", ParticipantRole.codes),
                ("collaboration_province_roles", "role", ProvinceRole.codes),
                ("collaboration_amounts", "kind", AmountKind.codes),
                ("collaboration_relations", "relation", CollaborationRelation.codes),
                ("collaboration_council_involvements", "level", CouncilInvolvement.codes),
                ("task_province_roles", "role", ProvinceRole.codes),
                ("task_consequences", "consequence", PolicyConsequence.codes),
                ("meetings", "kind", MeetingKind.codes),
                ("meetings", "status", MeetingStatus.codes),
                ("meeting_attendances", "role", AttendanceRole.codes),
                ("meeting_outcomes", "kind", OutcomeKind.codes),
                ("documents", "kind", DocumentKind.codes),
                ("commitments", "decision", CommitmentDecision.codes),
                ("record_access", "subject_kind", RecordKind.allCases.map(\.rawValue)),
                ("sources", "subject_kind", RecordKind.allCases.map(\.rawValue)),
            ] + ["organisations", "persons", "bodies", "task_agendas", "tasks", "collaborations", "meetings", "documents", "commitments"]
                .map { ($0, "confidentiality", Confidentiality.codes) }
            for (table, column, codes) in checks {
                let found = try await Self.strings("SELECT DISTINCT \(column) AS value FROM \(table) WHERE \(column) IS NOT NULL", in: database)
                let invalid = Set(found).subtracting(codes)
                #expect(invalid.isEmpty, "\(table).\(column): \(invalid.sorted())")
            }
            // Ids are slugs; CBS codes are GM + 4 digits and unique.
            for table in ["organisations", "persons", "bodies", "collaborations", "meetings", "documents", "posts", "tasks"] {
                let ids = try await Self.strings("SELECT id AS value FROM \(table)", in: database)
                #expect(ids.allSatisfy(Slug.isValid), "\(table): \(ids.filter { !Slug.isValid($0) }.prefix(3))")
            }
            let codes = try await Self.strings("SELECT cbs_code AS value FROM organisations WHERE kind = 'gemeente'", in: database)
            #expect(codes.allSatisfy { $0.count == 6 && $0.hasPrefix("GM") && $0.dropFirst(2).allSatisfy(\.isNumber) })
            #expect(Set(codes).count == codes.count)
        }
    }

    @Test("gestopt and niet_haalbaar say why; wgr_form only (and always) for a gemeenschappelijke regeling",
          arguments: TestDatabase.backends)
    func collaborationRules(backend: Database.Backend) async throws {
        try await Self.withLoaded(backend) { database, _ in
            #expect(try await Self.count("""
                SELECT COUNT(*) AS total FROM collaborations
                WHERE status IN ('gestopt', 'niet_haalbaar') AND (status_reason IS NULL OR status_reason = '')
                """, in: database) == 0)
            #expect(try await Self.count("""
                SELECT COUNT(*) AS total FROM collaborations WHERE wgr_form IS NOT NULL AND form <> 'gemeenschappelijke_regeling'
                """, in: database) == 0)
            #expect(try await Self.count("""
                SELECT COUNT(*) AS total FROM collaborations WHERE wgr_form IS NULL AND form = 'gemeenschappelijke_regeling'
                """, in: database) == 0)
            #expect(try await Self.count("""
                SELECT COUNT(*) AS total FROM collaborations WHERE seat IS NOT NULL AND form <> 'gemeenschappelijke_regeling'
                """, in: database) == 0)
            // An end never lies before the start (ISO text compares as dates).
            #expect(try await Self.count("""
                SELECT COUNT(*) AS total FROM collaborations WHERE end_date IS NOT NULL AND start_date IS NOT NULL AND end_date < start_date
                """, in: database) == 0)
            let years = try await Self.strings("SELECT start_date AS value FROM collaborations WHERE start_date IS NOT NULL", in: database)
            #expect(years.allSatisfy { (2005...2026).contains(Int($0.prefix(4)) ?? 0) })
            let meetingYears = try await Self.strings("SELECT date AS value FROM meetings", in: database)
            #expect(meetingYears.allSatisfy { (2010...2026).contains(Int($0.prefix(4)) ?? 0) })
        }
    }

    @Test("the set says it is synthetic: dataset_facts, descriptions, summaries and texts", arguments: TestDatabase.backends)
    func synthetic(backend: Database.Backend) async throws {
        try await Self.withLoaded(backend) { database, _ in
            let facts = try await DatasetFacts.read(from: database)
            #expect(DatasetFacts.isSynthetic(facts))
            #expect(facts["schaal"] == "landelijk")
            #expect(facts["zaad"] == String(NationalDataSet.defaultSeed))
            #expect(facts["omschrijving"] == "Synthetische landelijke gegevensset, gegenereerd door tafel demo --schaal landelijk; geen echte gegevens.")
            for (table, column) in [("organisations", "description"), ("persons", "description"), ("bodies", "description"),
                                    ("task_agendas", "description"), ("tasks", "description"), ("collaborations", "description"),
                                    ("meetings", "description"), ("documents", "summary")] {
                #expect(try await Self.count("SELECT COUNT(*) AS total FROM \(table) WHERE \(column) IS NULL OR \(column) NOT LIKE 'Synthetisch: %'", in: database) == 0,
                        "\(table).\(column)")
            }
            let texts = try await Self.strings("SELECT full_text AS value FROM documents", in: database)
            #expect(texts.allSatisfy { $0.hasPrefix("[Synthetisch document") })
            let words = texts.map { $0.split(separator: "\n", maxSplits: 1)[1].split(whereSeparator: \.isWhitespace).count }
            #expect(words.min() ?? 0 >= 80)
            #expect(words.max() ?? 0 <= 320)
        }
    }

    @Test("about 1 % is vertrouwelijk, each with a record_access row naming an organisation", arguments: TestDatabase.backends)
    func confidentiality(backend: Database.Backend) async throws {
        try await Self.withLoaded(backend) { database, _ in
            for (table, kind) in [("documents", "document"), ("meetings", "meeting"), ("collaborations", "collaboration")] {
                #expect(try await Self.count("""
                    SELECT COUNT(*) AS total FROM \(table) t WHERE t.confidentiality = 'vertrouwelijk' AND NOT EXISTS (
                        SELECT 1 FROM record_access ra WHERE ra.subject_kind = '\(kind)' AND ra.subject_id = t.id AND ra.organisation_id IS NOT NULL)
                    """, in: database) == 0, "\(table)")
            }
            let open = try await Self.count("SELECT COUNT(*) AS total FROM documents WHERE confidentiality = 'openbaar'", in: database)
            #expect((900...980).contains(open))
            #expect(try await Self.count("SELECT COUNT(*) AS total FROM documents WHERE confidentiality = 'intern'", in: database) > 0)
        }
    }

    @Test("sources quote their document", arguments: TestDatabase.backends)
    func sources(backend: Database.Backend) async throws {
        try await Self.withLoaded(backend) { database, _ in
            let rows = try await database.sql.raw("""
                SELECT s.passage, d.full_text FROM sources s JOIN documents d ON d.id = s.document_id
                """).all()
            #expect(!rows.isEmpty)
            for row in rows {
                let passage = try row.decode(column: "passage", as: String.self)
                #expect(try row.decode(column: "full_text", as: String.self).contains(passage))
            }
            #expect(try await Self.count("SELECT COUNT(*) AS total FROM sources WHERE subject_kind = 'collaboration'", in: database) > 0)
        }
    }

    // MARK: - Loading

    @Test("a database with data is refused unless replacing; replacing leaves only the national set",
          arguments: TestDatabase.backends)
    func refusesNonEmpty(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let before = try await TestDatabase.counts(in: database)
            let error = await #expect(throws: DatabaseError.self) {
                try await Self.set.load(into: database, logger: TestDatabase.logger)
            }
            guard case .notEmpty? = error else {
                Issue.record("expected notEmpty, got \(String(describing: error))")
                return
            }
            #expect(try await TestDatabase.counts(in: database) == before)
            #expect(try await DatasetFacts.read(from: database).isEmpty)

            try await Self.set.load(into: database, replacingExisting: true, logger: TestDatabase.logger)
            #expect(try await Self.count("SELECT COUNT(*) AS total FROM organisations WHERE id = 'gemeente-assen'", in: database) == 0)
            #expect(try await TestDatabase.count("organisations", in: database) == Self.set.counts.filter {
                ["provincies", "gemeenten", "waterschappen", "overige organisaties"].contains($0.key)
            }.values.reduce(0, +))
            // And back: the Drenthe demo replaces the national set, facts included.
            try await DemoLoader(database: database, logger: TestDatabase.logger).load(try DemoDataSet.bundled(), replacingExisting: true)
            #expect(try await TestDatabase.counts(in: database) == before)
            #expect(try await DatasetFacts.read(from: database).isEmpty)
        }
    }

    @Test("progress is reported per part, with every table once or more")
    func progress() async throws {
        let seen = Mutex<[String]>([])
        try await TestDatabase.with(.sqlite) { database in
            let report = try await Self.set.load(into: database, logger: TestDatabase.logger) { progress in
                seen.withLock { $0.append(contentsOf: progress.tables.map(\.table)) }
            }
            #expect(Set(seen.withLock { $0 }) == Set(report.tables.map(\.table)))
        }
        #expect(seen.withLock { $0.first } == "organisations")
    }
}
