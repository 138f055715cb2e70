import SQLKit
import TafelCore
import TafelStore
import TafelTestSupport
import Testing

@Suite("Agenderingsverzoeken in de database")
struct AgendaRequestStoreTests {
    static let demo = "agenderingsverzoek-2012-pvda-samenwerking-sociaal-domein"
    static let letter = "statenbrief-2012-voorbeelden-samenwerking-gemeenten"

    static func input() -> AgendaRequestInput {
        AgendaRequestInput(
            titel: "Regionale samenwerking in de zorg", fractie: "pvda-statenfractie-drenthe", gremium: "statencommissie-cultuur-en-economie",
            onderwerpDocument: letter, ingediendOp: "2012-04",
            vragen: [
                .init(aan: "college", nummer: "1", tekst: "Welke afspraken zijn er?",
                      antwoorden: [.init(tekst: "Zie de brief.", op: "2012-05-01", doorGremium: "gedeputeerde-staten-drenthe",
                                         document: letter, bijeenkomst: "statencommissie-cultuur-en-economie-2012-03-07")]),
                .init(aan: "college", nummer: "2", tekst: "Wanneer volgt de evaluatie?"),
            ])
    }

    @Test("seed 000 is a request with six open questions and a letter of GS alone; the letter's page names the request",
          arguments: TestDatabase.backends)
    func demo(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let catalog = Catalog(database: database, viewer: .anonymous)
            let detail = try #require(try await catalog.agendaRequest(id: Self.demo))
            #expect(detail.fraction?.id == "pvda-statenfractie-drenthe" && detail.body?.id == "statencommissie-cultuur-en-economie")
            #expect(detail.subjectDocument?.id == Self.letter && detail.document?.id == "agenderingsverzoek-2012-pvda-voorbeelden-samenwerking")
            #expect(detail.questions.map(\.addressee) == [.fracties, .college, .college, .college, .college, .college])
            #expect(detail.questions.compactMap(\.number) == [1, 2, 3, 4, 5] && detail.questions.allSatisfy { $0.status == .open })
            #expect(detail.sources.count == 5)
            let letter = try #require(try await catalog.document(id: Self.letter))
            #expect(letter.senders.map(\.id) == ["gedeputeerde-staten-drenthe"], "the PvdA is not a sender of GS's letter")
            #expect(letter.fullText.hasPrefix("Onderwerp: Voorbeelden van samenwerking") && !letter.fullText.contains("Motivatie voor agendering"))
            #expect(letter.agendaRequests.map(\.id) == [Self.demo])
            let request = try #require(try await catalog.document(id: "agenderingsverzoek-2012-pvda-voorbeelden-samenwerking"))
            #expect(request.senders.map(\.id) == ["pvda-statenfractie-drenthe"] && request.document.kind == .agenderingsverzoek)
            #expect(!request.fullText.contains("Onderwerp: Voorbeelden"))
            let page = try await catalog.agendaRequests(AgendaRequestFilter(openQuestions: true))
            #expect(page.items.map(\.request.id) == [Self.demo] && page.items.first?.openQuestions == 6)
        }
    }

    @Test("added with an answer: that question is answered, the other open; filters, history, conflicts and removal",
          arguments: TestDatabase.backends)
    func roundTrip(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let viewer = try await MeetingEditorTests.editor(database)
            let editor = AgendaRequestEditor(database: database)
            let id = try await editor.create(Self.input(), by: viewer)
            #expect(id == "agenderingsverzoek-regionale-samenwerking-in-de-zorg")
            let catalog = Catalog(database: database, viewer: viewer)
            let detail = try #require(try await catalog.agendaRequest(id: id))
            #expect(detail.questions.map(\.status) == [.beantwoord, .open])
            #expect(detail.questions[0].answers.first?.by?.id == "gedeputeerde-staten-drenthe")
            #expect(detail.questions[0].answers.first?.meeting?.id == "statencommissie-cultuur-en-economie-2012-03-07")
            let listed = try await catalog.agendaRequests(AgendaRequestFilter(fraction: "pvda-statenfractie-drenthe", from: PartialDate(iso: "2012-04")))
            #expect(listed.items.map(\.request.id) == [id] && listed.items[0].questions == 2 && listed.items[0].openQuestions == 1)
            #expect(try await catalog.agendaRequests(AgendaRequestFilter(search: try SearchText.parse("evaluatie"))).items.map(\.request.id) == [id])
            var answered = Self.input()
            answered.vragen[1].antwoorden = [.init(tekst: "In 2013.", op: "2012-06")]
            answered.status = "behandeld"
            try await editor.update(id: id, answered, expectedVersion: 1, by: viewer)
            #expect(try await catalog.agendaRequests(AgendaRequestFilter(openQuestions: true)).items.map(\.request.id) == [Self.demo])
            let history = try await AuditLog.history(of: .agendaRequest, id: id, in: database, for: viewer)
            #expect(history.map(\.action) == [.gewijzigd, .aangemaakt])
            #expect(Set(history[0].changes.map(\.field)) == ["status", "antwoorden"])
            await #expect(throws: VersionConflict.self) { try await editor.update(id: id, Self.input(), expectedVersion: 1, by: viewer) }
            await #expect(throws: VersionRequired.self) { try await editor.update(id: id, Self.input(), expectedVersion: nil, by: viewer) }
            // The meeting an answer names cannot be removed while it does.
            let meeting = "statencommissie-cultuur-en-economie-2012-03-07"
            let admin = try await MeetingEditorTests.editor(database, "b@test.example", role: .beheerder)
            let refusal = try await RecordRemover(database: database).refusal(.meeting, id: meeting, by: admin)
            #expect(refusal?.reason.contains("agenderingsverzoek") == true, "\(String(describing: refusal))")
            try await RecordRemover(database: database).delete(.agendaRequest, id: id, expectedVersion: 2, by: viewer)
            #expect(try await catalog.agendaRequest(id: id) == nil)
            for table in ["agenda_request_questions", "question_answers"] {
                let left = try await database.sql.raw("SELECT count(*) AS n FROM \(ident: table) WHERE request_id = \(bind: id)")
                    .first(decodingColumn: "n", as: Int.self)
                #expect(left == 0, "\(table)")
            }
        }
    }

    @Test("unknown records and a reader's attempt are refused before anything is written", arguments: TestDatabase.backends)
    func refusals(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let viewer = try await MeetingEditorTests.editor(database)
            let editor = AgendaRequestEditor(database: database)
            var bad = Self.input()
            bad.gremium = "bestaat-niet"
            bad.vragen[0].antwoorden[0].document = "ook-niet"
            let failure = await #expect(throws: ValidationFailure.self) { try await editor.create(bad, by: viewer) }
            #expect(Set(failure?.problems.map(\.field) ?? []) == ["gremium", "vragen[0].antwoorden[0].document"])
            let reader = try await MeetingEditorTests.editor(database, "r@test.example", role: .lezer)
            await #expect(throws: AccessDenied.self) { try await editor.create(bad, by: reader) }
            #expect(try await Catalog(database: database, viewer: viewer).agendaRequests(.init()).total == 1, "nothing was written")
        }
    }

    @Test("confidential: not listed, counted, offered or named to whom may not see it; a hidden answer letter stays on save",
          arguments: TestDatabase.backends)
    func confidentiality(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let admin = try await MeetingEditorTests.editor(database, "b@test.example", role: .beheerder)
            let editor = AgendaRequestEditor(database: database)
            var secret = Self.input()
            secret.titel = "Geheim verzoek"
            secret.fractie = "pvda-statenfractie-drenthe"
            secret.onderwerpDocument = "statenbrief-2012-02-01-drentse-alliantie"
            secret.vertrouwelijkheid = "vertrouwelijk"
            secret.toegang = ["gremium:gedeputeerde-staten-drenthe"]
            let hidden = try await editor.create(secret, by: admin)
            let public_ = Catalog(database: database, viewer: .anonymous)
            #expect(try await public_.agendaRequest(id: hidden) == nil)
            #expect(try await public_.agendaRequests(.init()).total == 1)
            #expect(try await public_.agendaRequests(AgendaRequestFilter(search: try SearchText.parse("geheim"))).total == 0)
            #expect(try await public_.document(id: "statenbrief-2012-02-01-drentse-alliantie")?.agendaRequests.isEmpty == true)
            #expect(try await public_.agendaRequestExport(.init()).map(\.request.id) == [Self.demo])

            // A public request whose answer stands in a letter the editor may not see.
            let open = try await editor.create(Self.input(), by: admin)
            try await database.sql.raw("UPDATE documents SET confidentiality = 'vertrouwelijk' WHERE id = \(bind: Self.letter)").run()
            let viewer = try await MeetingEditorTests.editor(database)
            // Its history names the now confidential letter to whom may see it only.
            let answers = try await AuditLog.history(of: .agendaRequest, id: open, in: database, for: viewer)
                .flatMap(\.changes).filter { $0.field == "antwoorden" }.compactMap(\.after)
            #expect(!answers.isEmpty && answers.allSatisfy { !$0.contains(Self.letter) && $0.contains(HistoryReferences.hiddenLabel) })
            let shown = try #require(try await editor.current(id: open, for: viewer))
            #expect(shown.draft.questions[0].answers[0].documentID == nil && shown.draft.subjectDocumentID == nil)
            let seen = try #require(try await Catalog(database: database, viewer: viewer).agendaRequest(id: open))
            #expect(seen.questions[0].answers[0].document == nil && seen.questions[0].answers[0].text == "Zie de brief.")
            var input = shown.draft.input
            input.status = "geagendeerd"
            try await editor.update(id: open, input, expectedVersion: shown.version, by: viewer)
            let full = try #require(try await editor.current(id: open, for: admin))
            #expect(full.draft.questions[0].answers[0].documentID == Self.letter && full.draft.subjectDocumentID == Self.letter)
            #expect(try await RecordRemover(database: database).refusal(.agendaRequest, id: open, by: viewer) != nil)
        }
    }

    @Test("simultaneous edits from one version: exactly one wins and the history holds each version once", arguments: TestDatabase.backends)
    func simultaneousEdits(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let viewer = try await MeetingEditorTests.editor(database)
            let editor = AgendaRequestEditor(database: database)
            let id = try await editor.create(Self.input(), by: viewer)
            let outcomes = await withTaskGroup(of: Result<Int, any Error>.self) { group in
                for n in 0..<3 {
                    group.addTask {
                        var input = Self.input()
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
            let versions = try await AuditLog.history(of: .agendaRequest, id: id, in: database, for: viewer).map(\.version)
            #expect(versions == [2, 1])
        }
    }
}
