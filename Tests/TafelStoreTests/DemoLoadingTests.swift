import Foundation
import SQLKit
import TafelCore
import TafelDemo
import TafelStore
import TafelTestSupport
import Testing

@Suite("Demo data set")
struct DemoLoadingTests {
    /// The data set's own names for its kinds of record, and the table each lands in.
    static let tableOf = [
        "organisaties": "organisations", "personen": "persons", "posten": "posts", "lidmaatschappen": "memberships",
        "organisatielidmaatschappen": "organisation_memberships", "gremia": "bodies", "opgavenagendas": "task_agendas", "opgaven": "tasks", "samenwerkingen": "collaborations",
        "bijeenkomsten": "meetings", "documenten": "documents", "programmas": "programmes", "toezeggingen": "commitments",
        "agenderingsverzoeken": "agenda_requests", "beleidsproducten": "policy_products", "gezamenlijke-besluiten": "joint_decisions", "standpunten": "stances",
    ]

    @Test("the bundled data set validates, with the expected number of records")
    func bundledValidates() throws {
        let set = try DemoDataSet.bundled()
        #expect(set.counts == [
            "organisaties": 43, "personen": 31, "posten": 32, "lidmaatschappen": 32, "organisatielidmaatschappen": 12, "gremia": 64,
            "opgavenagendas": 22, "opgaven": 38, "samenwerkingen": 41, "bijeenkomsten": 21, "documenten": 17, "programmas": 1,
            "toezeggingen": 7, "agenderingsverzoeken": 1, "beleidsproducten": 5, "gezamenlijke-besluiten": 3, "standpunten": 2,
        ])
    }

    @Test("the bundled data set loads into an empty database", arguments: TestDatabase.backends)
    func loads(backend: Database.Backend) async throws {
        try await TestDatabase.with(backend) { database in
            let loader = DemoLoader(database: database, logger: TestDatabase.logger)
            #expect(try await loader.isEmpty())
            let set = try DemoDataSet.bundled()
            try await loader.load(set)
            #expect(try await !loader.isEmpty())
            for (kind, expected) in set.counts {
                let table = try #require(Self.tableOf[kind])
                #expect(try await TestDatabase.count(table, in: database) == expected, "\(table)")
            }
            let counts = try await TestDatabase.counts(in: database)
            // Child rows, counted from the JSON files.
            // 12 of them for the VDG’s member municipalities, 10 for the programme, 8 for commitments, 5 for the agenda request, 21 for the policy products, 4 for the joint decisions, 3 for the positions, 3 for the achterban
            #expect(counts["sources"] == 698)
            #expect(counts["policy_product_consequences"] == 10 && counts["policy_product_roles"] == 7)
            #expect(counts["agenda_request_questions"] == 6 && counts["question_answers"] == 0)
            // The programme of Bijlage 2: 7 themes with 17 sub-themes, 3 kinds of meeting, 9 partners;
            // the VDG's course: mission, vision, 4 functions, 6 strategy points.
            #expect(counts["programme_themes"] == 24 && counts["programme_meetings"] == 3 && counts["programme_partners"] == 9)
            #expect(counts["programme_tasks"] == 7 && counts["programme_collaborations"] == 2)
            #expect(counts["organisation_statements"] == 12)
            // Two of the seven commitments were kept, each by one letter.
            #expect(counts["commitment_fulfilments"] == 2)
            #expect(counts["collaboration_participants"] == 162)
            #expect(counts["collaboration_amounts"] == 2)
            #expect(counts["meeting_attendances"] == 31)
            #expect(counts["meeting_outcomes"] == 47)
            #expect(counts["agenda_items"] == 13)
        }
    }

    @Test("loading twice without reset throws notEmpty and changes nothing", arguments: TestDatabase.backends)
    func loadTwice(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let before = try await TestDatabase.counts(in: database)
            let loader = DemoLoader(database: database, logger: TestDatabase.logger)
            let error = await #expect(throws: DatabaseError.self) { try await loader.load(try DemoDataSet.bundled()) }
            guard case .notEmpty? = error else {
                Issue.record("expected notEmpty, got \(String(describing: error))")
                return
            }
            #expect(error?.description.contains("--opnieuw") == true)
            #expect(try await TestDatabase.counts(in: database) == before)
        }
    }

    @Test("reset reloads: the same counts as the first load", arguments: TestDatabase.backends)
    func reset(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let before = try await TestDatabase.counts(in: database)
            let loader = DemoLoader(database: database, logger: TestDatabase.logger)
            try await loader.load(try DemoDataSet.bundled(), replacingExisting: true)
            #expect(try await TestDatabase.counts(in: database) == before)
            // And it is the same data, not merely as many rows.
            let assen = try await Catalog(database: database, viewer: .anonymous).organisation(id: "gemeente-assen")
            #expect(assen?.organisation.cbsCode == "GM0106")
        }
    }

    @Test("when a write fails mid-way nothing is written", arguments: TestDatabase.backends,
          ["sources", "meeting_outcomes", "collaboration_relations"])
    func allOrNothing(backend: Database.Backend, droppedTable: String) async throws {
        try await TestDatabase.with(backend) { database in
            try await database.sql.raw("DROP TABLE \(ident: droppedTable)").run()
            let loader = DemoLoader(database: database, logger: TestDatabase.logger)
            await #expect(throws: (any Error).self) { try await loader.load(try DemoDataSet.bundled()) }
            for (table, count) in try await TestDatabase.counts(in: database, skipping: [droppedTable]) {
                #expect(count == 0, "\(table) after a failed load")
            }
            #expect(try await loader.isEmpty())
        }
    }

    @Test("a broken data set is refused with problems naming file, record and field, and nothing is written",
          arguments: TestDatabase.backends)
    func brokenDataSet(backend: Database.Backend) async throws {
        let folder = try Self.brokenCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = #expect(throws: DemoDataError.self) { try DemoDataSet.load(from: folder) }
        let problems = error?.problems ?? []
        #expect(problems.count == 4, "\(problems)")
        #expect(problems.contains {
            $0.hasPrefix("personen.json ‘toke-slaman’: de passage ‘Ambtelijk voorzitter Tokke Slaman")
                && $0.contains("staat niet in document ‘strategische-agenda-vdg-2018-2022’")
        }, "\(problems)")
        #expect(problems.contains {
            $0.hasPrefix("lidmaatschappen.json ‘wienen-raadslid-assen’: organisatie verwijst naar onbekende organisatie ‘gemeente-atlantis’")
        }, "\(problems)")
        #expect(problems.contains {
            $0.hasPrefix("samenwerkingen.json ‘rud-drenthe’: status ‘bijna_klaar’ is geen toegestane waarde")
                && $0.contains("niet_haalbaar")
        }, "\(problems)")
        #expect(problems.contains {
            $0 == "documenten.json ‘statenstuk-2009-366-plan-van-aanpak-amen-is-geen-amsterdam’: bijlageBij ‘brief-die-niet-bestaat’ is geen ander document in documenten.json."
        }, "\(problems)")
        #expect(error?.description.contains("4 probleem/problemen") == true)

        // The unbroken copy loads; nothing of the broken one was written anywhere.
        try await TestDatabase.with(backend) { database in
            let loader = DemoLoader(database: database, logger: TestDatabase.logger)
            #expect(try await loader.isEmpty())
            for (table, count) in try await TestDatabase.counts(in: database) {
                #expect(count == 0, "\(table)")
            }
        }
    }

    @Test("a data set folder without its files is refused, naming each file")
    func missingFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tafel-leeg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = #expect(throws: DemoDataError.self) { try DemoDataSet.load(from: folder) }
        let problems = error?.problems ?? []
        for file in ["documenten.json", "organisaties.json", "personen.json", "samenwerkingen.json", "bijeenkomsten.json"] {
            #expect(problems.contains { $0.hasPrefix(file) }, "\(file)")
        }
    }

    // MARK: - A broken copy of the data set

    static var sourceFolder: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/TafelDemo/DemoData")
    }

    /// A temporary copy of `Sources/TafelDemo/DemoData` with one passage altered, two
    /// references broken and one vocabulary value wrong.
    static func brokenCopy() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tafel-demo-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: sourceFolder, to: folder)
        try edit(folder, "personen.json", id: "toke-slaman") { record in
            var sources = try #require(record["bronnen"] as? [[String: Any]])
            sources[0]["passage"] = "Ambtelijk voorzitter Tokke Slaman (CMO Stamm)"
            record["bronnen"] = sources
        }
        try edit(folder, "lidmaatschappen.json", id: "wienen-raadslid-assen") { record in
            record["organisatie"] = "gemeente-atlantis"
        }
        try edit(folder, "samenwerkingen.json", id: "rud-drenthe") { record in
            record["status"] = "bijna_klaar"
        }
        try edit(folder, "documenten.json", id: "statenstuk-2009-366-plan-van-aanpak-amen-is-geen-amsterdam") { record in
            record["bijlageBij"] = "brief-die-niet-bestaat"
        }
        return folder
    }

    static func edit(_ folder: URL, _ file: String, id: String, _ change: (inout [String: Any]) throws -> Void) throws {
        let url = folder.appendingPathComponent(file)
        var records = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String: Any]])
        let index = try #require(records.firstIndex { $0["id"] as? String == id }, "\(id) in \(file)")
        try change(&records[index])
        try JSONSerialization.data(withJSONObject: records).write(to: url)
    }
}
