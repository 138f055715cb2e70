import SQLKit
@testable import TafelStore
import TafelCore
import TafelTestSupport
import Testing

@Suite("Zoekindex")
struct SearchIndexTests {
    private static func search(_ catalog: Catalog, _ text: String, collection: RecordKind? = nil) async throws -> SiteSearchResults {
        try await catalog.search(SiteSearch(search: try SearchText.parse(text), collection: collection))
    }

    private static func ids(_ catalog: Catalog, _ text: String, collection: RecordKind? = .document) async throws -> [String] {
        try await search(catalog, text, collection: collection).hits.items.map(\.id)
    }

    private static func document(_ title: String, _ text: String, level: Confidentiality = .openbaar, access: [Group] = []) throws -> DocumentDraft {
        try DocumentDraft(.init(titel: title, soort: "notulen", datum: "2026-11-01", tekst: text, vertrouwelijkheid: level.rawValue,
                                toegang: access.map(\.code)))
    }

    @Test("finds a document by its words in any form, phrases, OR, exclusion and beginnings, on both databases", arguments: TestDatabase.backends)
    func syntax(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let admin = try await MeetingEditorTests.editor(database, "z@test.example", role: .beheerder)
            let id = try await DocumentEditor(database: database).create(try Self.document(
                "Verslag zoekproef", "Na het ge-\nsprek in het Kenniscafé deed de gedeputeerde twee toezeggingen over de kli- maatcontracten, maart2012."), by: admin)
            let catalog = Catalog(database: database, viewer: .anonymous)
            for query in ["gesprek", "kenniscafe", "toezegging", "klimaatcontract", "\"twee toezeggingen\"", "maart 2012",
                          "zoekproef OR bestaatniet", "klimaatcontr*", "zoekproef -bestaatniet", "GEDEPUTEERDE toezeggingen"] {
                #expect(try await Self.ids(catalog, query).contains(id), "\(query) does not find the document")
            }
            for query in ["\"toezeggingen twee\"", "zoekproef -gesprek", "zoekproef bestaatniet"] {
                #expect(try await !Self.ids(catalog, query).contains(id), "\(query) finds the document")
            }
            // The list's q uses the same index.
            #expect(try await catalog.documents(.init(search: try SearchText.parse("kenniscafe toezegging"))).items.map(\.id) == [id])
        }
    }

    @Test("ranks a word in the title above the same word in the text, and marks it in the snippet", arguments: TestDatabase.backends)
    func ranking(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let admin = try await MeetingEditorTests.editor(database, "z@test.example", role: .beheerder)
            let editor = DocumentEditor(database: database)
            let inText = try await editor.create(try Self.document("Notulen overleg", "Ook de rangproefwoord kwam kort ter sprake."), by: admin)
            let inTitle = try await editor.create(try Self.document("Rangproefwoord", "Een tekst over iets anders."), by: admin)
            let results = try await Self.search(Catalog(database: database, viewer: .anonymous), "rangproefwoorden")
            #expect(results.hits.items.map(\.id) == [inTitle, inText])
            #expect(results.hits.items.last?.snippet.parts.filter(\.isMatch).map(\.text) == ["rangproefwoord"])
            #expect(results.hits.items.first?.titleSnippet.parts == [SearchSnippet.Part(text: "Rangproefwoord", isMatch: true)])
        }
    }

    @Test("an edit is found at once under its new words, not its old; a removed record is gone", arguments: TestDatabase.backends)
    func refresh(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let admin = try await MeetingEditorTests.editor(database, "z@test.example", role: .beheerder)
            let editor = DocumentEditor(database: database)
            let id = try await editor.create(try Self.document("Oudewoordproef", "Tekst."), by: admin)
            _ = try await editor.update(id: id, try Self.document("Nieuwewoordproef", "Tekst."), expectedVersion: 1, by: admin)
            let catalog = Catalog(database: database, viewer: .anonymous)
            #expect(try await Self.ids(catalog, "oudewoordproef").isEmpty)
            #expect(try await Self.ids(catalog, "nieuwewoordproef") == [id])
            let stance = try await StanceEditor(database: database).create(
                StanceInput(titel: "Verwijderproef standpunt", richting: "rijk", eigenaar: "vdg", status: "concept"), by: admin)
            #expect(try await Self.ids(catalog, "verwijderproef", collection: nil) == [stance])
            try await RecordRemover(database: database).delete(.stance, id: stance, expectedVersion: 1, by: admin)
            #expect(try await Self.search(catalog, "verwijderproef").hits.total == 0)
            if backend == .sqlite {
                #expect(try await database.integrityProblems() == [], "FTS5's own check after edits and a removal")
            }
            // Rebuilt from scratch, the index holds what the edits left.
            let before = try await database.sql.raw("SELECT COUNT(*) AS n FROM search_entries").first(decodingColumn: "n", as: Int.self)
            try await SearchIndex.rebuild(database)
            #expect(try await database.sql.raw("SELECT COUNT(*) AS n FROM search_entries").first(decodingColumn: "n", as: Int.self) == before)
            #expect(try await Self.ids(catalog, "nieuwewoordproef") == [id])
            if backend == .sqlite {
                // FTS5's own check: its index and its copy of the stems agree after edits, removals and a rebuild.
                try await DocumentEditor(database: database).update(id: id, try Self.document("Derdewoordproef", "Tekst."), expectedVersion: 2, by: admin)
                #expect(try await database.integrityProblems() == [])
            }
        }
    }

    @Test("the integrity check holds on a connection that read the index before another connection wrote to it")
    func integrityOnAStaleConnection() async throws {
        try await TestDatabase.withDemo(.sqlite) { database in
            let admin = try await MeetingEditorTests.editor(database, "z@test.example", role: .beheerder)
            try await database.sql.withSession { held in
                // This connection caches FTS5's structure when it reads the index...
                _ = try await held.raw("SELECT rowid FROM search_words WHERE search_words MATCH 'samenwerk' LIMIT 1").all()
                // ...and another connection of the pool (this one is held) changes the index.
                _ = try await DocumentEditor(database: database).create(try Self.document("Integriteitsproef", "Tekst."), by: admin)
                #expect(try await Database.integrityProblems(on: held) == [])
                let found = try await held.raw("SELECT rowid FROM search_words WHERE search_words MATCH 'integriteitsproef'").all()
                #expect(found.count == 1, "a read on the same connection sees the other's write")
            }
        }
    }

    @Test("a hidden record is not found, counted, quoted or named in a facet; its readers find it", arguments: TestDatabase.backends)
    func confidentiality(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let admin = try await MeetingEditorTests.editor(database, "z@test.example", role: .beheerder)
            let scope = Group(kind: .organisatie, id: "gemeente-assen")
            _ = try await DocumentEditor(database: database).create(try Self.document(
                "Geheimproef", "Vertrouwelijke tekst geheimproef.", level: .vertrouwelijk, access: [scope]), by: admin)
            _ = try await DocumentEditor(database: database).create(try Self.document("Internproef", "Interne tekst.", level: .intern), by: admin)
            for (viewer, found) in [(Viewer.anonymous, 0), (try await MeetingEditorTests.editor(database, "l@test.example", role: .lezer), 0),
                                    (try await MeetingEditorTests.editor(database, "a@test.example", role: .lezer, groups: [scope]), 1), (admin, 1)] {
                let results = try await Self.search(Catalog(database: database, viewer: viewer), "geheimproef")
                #expect(results.hits.total == found && results.hits.items.count == found && results.collections.map(\.count) == (found == 0 ? [] : [1]))
            }
            #expect(try await Self.search(Catalog(database: database, viewer: .anonymous), "internproef").hits.total == 0)
            #expect(try await Self.search(Catalog(database: database, viewer: try await MeetingEditorTests.editor(database, "l2@test.example", role: .lezer)),
                                          "internproef").hits.total == 1)
            // A hidden organisation is no facet value, even for the public records that concern it.
            let catalog = Catalog(database: database, viewer: .anonymous)
            #expect(try await Self.search(catalog, "samenwerking").organisations.contains { $0.value.id == "gemeente-emmen" })
            try await database.sql.raw("UPDATE organisations SET confidentiality = 'vertrouwelijk' WHERE id = 'gemeente-emmen'").run()
            try await SearchIndex.rebuild(database)
            let results = try await Self.search(catalog, "samenwerking")
            #expect(!results.organisations.contains { $0.value.id == "gemeente-emmen" })
            #expect(try await Self.search(catalog, "emmen", collection: .organisation).hits.items.allSatisfy { $0.id != "gemeente-emmen" })
        }
    }

    @Test("each facet counts what its values would find, with the other choices applied", arguments: TestDatabase.backends)
    func facets(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let catalog = Catalog(database: database, viewer: .anonymous)
            let all = try await Self.search(catalog, "samenwerking")
            #expect(all.hits.total > 10 && all.collections.reduce(0) { $0 + $1.count } == all.hits.total)
            let documents = try await catalog.search(SiteSearch(search: try SearchText.parse("samenwerking"), collection: .document))
            #expect(documents.hits.total == all.collections.first { $0.value == .document }?.count)
            #expect(documents.collections == all.collections, "the chosen collection's facet still offers the others")
            #expect(documents.hits.items.allSatisfy { $0.kind == .document })
            let year = try #require(documents.years.first)
            let inYear = try await catalog.search(SiteSearch(search: try SearchText.parse("samenwerking"), collection: .document, year: year.value))
            #expect(inYear.hits.total == year.count && inYear.hits.items.allSatisfy { $0.year == year.value })
            let organisation = try #require(all.organisations.first)
            let concerning = try await catalog.search(SiteSearch(search: try SearchText.parse("samenwerking"), organisation: organisation.value.id))
            #expect(concerning.hits.total == organisation.count)
        }
    }

    @Test("the query languages: FTS5 and tsquery quote every stem and keep the structure")
    func syntaxes() throws {
        let query = try SearchQuery.parse("\"sociaal domein\" jeugd OR zorg samenwerk* -verslag")
        #expect(query.fts5 == #"("sociaal domein" AND ("jeugd" OR "zorg") AND "samenwerk"*) NOT "verslag""#)
        #expect(query.tsquery == "('sociaal' <-> 'domein') & ('jeugd' | 'zorg') & 'samenwerk':* & !'verslag'")
    }
}
