import Foundation
import TafelCore
import Testing

@Suite("Agenderingsverzoeken: regels en export")
struct AgendaRequestDraftTests {
    static let valid = AgendaRequestInput(
        titel: "Samenwerking in het sociale domein", fractie: "pvda-statenfractie-drenthe", gremium: "statencommissie-cultuur-en-economie",
        ingediendOp: "2012-03",
        vragen: [
            .init(aan: "fracties", tekst: "Welk standpunt nemen de andere fracties in?"),
            .init(aan: "college", nummer: "1", tekst: "Waar is samenwerking gezocht?",
                  antwoorden: [.init(tekst: "Bij jeugdzorg.", op: "2012-04-03", doorGremium: "gedeputeerde-staten-drenthe")]),
            .init(),
        ])

    @Test("a valid request: empty rows left out, status ingediend by default, and back to the same input")
    func valid() throws {
        let draft = try AgendaRequestDraft(Self.valid)
        #expect(draft.questions.count == 2 && draft.status == .ingediend)
        #expect(draft.questions[1].answers.first?.answeredOn?.iso == "2012-04-03")
        let again = try AgendaRequestDraft(draft.input)
        #expect(again == draft)
        #expect(draft.snapshot.first { $0.0 == "antwoorden" }?.1 == "2::gedeputeerde-staten-drenthe::2012-04-03:::Bij jeugdzorg.")
    }

    @Test("every problem at once, each naming its field")
    func problems() {
        var input = Self.valid
        input.titel = " "
        input.fractie = nil
        input.status = "besproken"
        input.vragen = [
            .init(aan: "college", nummer: "1", tekst: "Eerste"),
            .init(aan: "college", nummer: "1", tekst: "Nog een eerste"),
            .init(aan: "pers", nummer: "nul", tekst: nil),
            .init(aan: "college", tekst: "Met een leeg antwoord", antwoorden: [
                .init(op: "2011-01", doorGremium: "gedeputeerde-staten-drenthe", doorOrganisatie: "gemeente-assen"),
            ]),
        ]
        let failure = #expect(throws: ValidationFailure.self) { try AgendaRequestDraft(input) }
        #expect(Set(failure?.problems.map(\.field) ?? []) == [
            "titel", "fractie", "status", "vragen[1].nummer", "vragen[2].aan", "vragen[2].nummer", "vragen[2].tekst",
            "vragen[3].antwoorden[0].op", "vragen[3].antwoorden[0].doorOrganisatie", "vragen[3].antwoorden[0].tekst",
        ])
        #expect(failure?.problems.first { $0.field == "vragen[3].antwoorden[0].op" }?.message.contains("vóór ingediendOp") == true)
    }

    @Test("a question is open until an answer is recorded; its heading says to whom")
    func questionStatus() {
        var question = AgendaQuestion(position: 2, addressee: .college, number: 3, text: "Welke overleggen?", answers: [])
        #expect(question.status == .open && question.heading == "Vraag 3 aan het college")
        question.answers = [QuestionAnswer(text: nil, answeredOn: nil, by: nil,
                                           document: Reference(kind: .document, id: "brief", name: "Brief"), meeting: nil)]
        #expect(question.status == .beantwoord)
        #expect(AgendaQuestion(position: 1, addressee: .fracties, number: nil, text: "?", answers: []).heading
                    == "Vraag aan de overige fracties")
    }

    @Test("questions and answers export as ODS vraag and antwoord, with Tafel's additions, and as CSV")
    func export() throws {
        let meta = RecordMeta(createdAt: Date(), updatedAt: Date(), version: 1)
        let request = AgendaRequest(id: "verzoek", title: "Sociaal domein", submittedOn: PartialDate(iso: "2012"), status: .ingediend,
                                    motivation: nil, view: nil, description: nil, meta: meta)
        let detail = AgendaRequestDetail(
            request: request, fraction: Reference(kind: .organisation, id: "pvda", name: "PvdA"), body: nil, subjectDocument: nil,
            document: nil, meeting: nil,
            questions: [
                AgendaQuestion(position: 1, addressee: .college, number: 1, text: "=Waarom?", answers: [
                    QuestionAnswer(text: "Daarom.", answeredOn: PartialDate(iso: "2012-05"),
                                   by: Reference(kind: .body, id: "gs", name: "Gedeputeerde Staten"), document: nil, meeting: nil),
                ]),
                AgendaQuestion(position: 2, addressee: .fracties, number: nil, text: "Standpunt?", answers: []),
            ],
            sources: [])
        let objects = QuestionExport.objects(detail)
        #expect(objects.map(\.identificatie) == ["verzoek/vraag-1", "verzoek/vraag-1/antwoord-1", "verzoek/vraag-2"])
        #expect(objects.map(\.informatieobjecttype) == ["vraag", "antwoord", "vraag"])
        #expect(objects[0].tafelStatus == "beantwoord" && objects[2].tafelStatus == "open" && objects[1].tafelAntwoordOp == "verzoek/vraag-1")
        #expect(objects[1].naam == "Antwoord op vraag 1 aan het college" && objects[1].tafelDoor == "Gedeputeerde Staten")
        let lines = QuestionExport.csv([detail]).components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("identificatie,informatieobjecttype,naam"))
        #expect(lines[1].contains("'=Waarom?"), "a cell a spreadsheet would read as a formula is neutralised")
        #expect(lines.count == 5)
    }
}
