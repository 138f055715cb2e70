import Foundation
import TafelCore
import Testing

@Suite("Meetings: the draft, the nested agenda and double bookings")
struct MeetingDraftTests {
    static let today = PartialDate(iso: "2026-12-02")!

    static let input = MeetingInput(
        naam: "Bestuurlijk overleg Gezondheid en Welzijn", soort: "bestuurlijk_overleg", status: "gepland",
        gremium: "vdg-bo-gezondheid-welzijn", organisatoren: ["vdg"], datum: "2027-02-10", aanvang: "9:30", einde: "11:00",
        locatie: "Provinciehuis Assen", onlineLink: "https://vergader.example/bo-gw",
        deelnemers: [.init(persoon: "heimstra", rol: "voorzitter"), .init(organisatie: "gemeente-assen", rol: "deelnemer")],
        agendapunten: [
            .init(titel: "Opening"),
            .init(titel: "Jeugdzorg", presentator: "out", duur: "30", documenten: ["jeugd-notitie"]),
            .init(onderdeelVan: "2", titel: "Regionale inkoop", hamerstuk: "on"),
            .init(titel: "Rondvraag"),
        ],
        uitkomsten: [
            .init(soort: "actiepunt", tekst: "Notitie inkoop opstellen", agendapunt: "3", eigenaar: "out", deadline: "2027-03"),
            .init(soort: "besluit", tekst: "Werkplan vastgesteld", agendapunt: "2", resultaat: "aangenomen"),
        ])

    @Test("a whole meeting reads as typed: keys given in order, times normalised, an action item open by default")
    func wholeMeeting() throws {
        let draft = try MeetingDraft(Self.input, today: Self.today)
        #expect(draft.kind == .bestuurlijkOverleg && draft.status == .gepland)
        #expect(draft.start?.text == "09:30" && draft.end?.text == "11:00")
        #expect(draft.agenda.map(\.key) == [1, 2, 3, 4])
        #expect(draft.agenda[2].parentKey == 2 && draft.agenda[2].isHamerstuk)
        #expect(draft.agendaNumbers == [1: "1", 2: "2", 3: "2.1", 4: "3"])
        #expect(draft.outcomes[0].actionStatus == .open && draft.outcomes[0].ownerID == "out")
        #expect(draft.outcomes[1].result == .aangenomen && draft.outcomes[1].actionStatus == nil)
        // As input again, and back: the same draft.
        #expect(try MeetingDraft(draft.input, today: Self.today) == draft)
    }

    @Test("every problem is named by its field, as the input numbered its rows")
    func problems() {
        var input = Self.input
        input.naam = " "
        input.soort = "borrel"
        input.status = "gehouden"
        input.datum = "2027-02-10"
        input.aanvang = "25:00"
        input.einde = "08:00"
        input.onlineLink = "vergader.example"
        input.deelnemers = [.init(rol: "voorzitter"), .init(persoon: "heimstra", rol: "baas"), .init(persoon: "heimstra", rol: "lid")]
        input.agendapunten = [
            .init(sleutel: "1", titel: "Opening"),
            .init(sleutel: "2", onderdeelVan: "2", titel: "Zichzelf"),
            .init(sleutel: "3", onderdeelVan: "9", titel: "Wees"),
            .init(sleutel: "4", titel: "", duur: "dertig", hamerstuk: "misschien"),
        ]
        input.uitkomsten = [
            .init(soort: "afspraak", tekst: "Afgesproken", agendapunt: "7", resultaat: "aangenomen"),
            .init(soort: "actiepunt", tekst: "Iets doen"),
            .init(soort: "aanbeveling", tekst: "Doen", eigenaar: "out"),
        ]
        #expect(throws: ValidationFailure.self) { try MeetingDraft(input, today: Self.today) }
        let fields: Set<String>
        do { _ = try MeetingDraft(input, today: Self.today); fields = [] } catch { fields = Set(error.problems.map(\.field)) }
        #expect(fields == [
            "naam", "soort", "status", "aanvang", "onlineLink", "deelnemers[0].persoon", "deelnemers[1].rol",
            "deelnemers[2].rol", "agendapunten[1].onderdeelVan", "agendapunten[2].onderdeelVan", "agendapunten[3].titel",
            "agendapunten[3].duur", "agendapunten[3].hamerstuk", "uitkomsten[0].agendapunt", "uitkomsten[0].resultaat",
            "uitkomsten[1].eigenaar", "uitkomsten[2].soort",
        ])
    }

    @Test("the end before the start, a double key, a duplicate person and an item in its own sub-item are refused")
    func orderProblems() {
        var input = Self.input
        input.einde = "09:00"
        input.deelnemers = [.init(persoon: "heimstra", rol: "voorzitter"), .init(persoon: "heimstra", rol: "deelnemer")]
        input.agendapunten = [
            .init(sleutel: "1", onderdeelVan: "2", titel: "A"), .init(sleutel: "2", onderdeelVan: "1", titel: "B"),
            .init(sleutel: "2", titel: "C"),
        ]
        input.uitkomsten = []
        do {
            _ = try MeetingDraft(input, today: Self.today)
            Issue.record("accepted")
        } catch {
            let byField = Dictionary(grouping: error.problems, by: \.field)
            #expect(byField["einde"]?.first?.message.contains("vóór aanvang") == true)
            #expect(byField["deelnemers[1].persoon"]?.first?.code == "dubbel")
            #expect(byField["agendapunten[2].sleutel"]?.first?.code == "dubbel")
            #expect(byField["agendapunten[0].onderdeelVan"]?.first?.message.contains("eigen onderdeel") == true)
        }
    }

    @Test("new agenda items get the next free key; keys never move when items do")
    func keys() throws {
        var input = Self.input
        input.agendapunten = [.init(sleutel: "7", titel: "Bestaand"), .init(titel: "Nieuw"), .init(sleutel: "3", titel: "Ouder")]
        input.uitkomsten = []
        let draft = try MeetingDraft(input, today: Self.today)
        #expect(draft.agenda.map(\.key) == [7, 8, 3])
        #expect(draft.agendaNumbers == [7: "1", 8: "2", 3: "3"])
    }

    @Test("reading order puts sub-items under their parent; numbers and depths follow")
    func readingOrder() {
        let nodes: [AgendaOrder.Node] = [.init(key: 5, parent: 1), .init(key: 1, parent: nil), .init(key: 2, parent: nil),
                                         .init(key: 6, parent: 5), .init(key: 7, parent: 1)]
        #expect(AgendaOrder.readingOrder(nodes).map(\.key) == [1, 5, 6, 7, 2])
        #expect(AgendaOrder.numbers(nodes) == [1: "1", 5: "1.1", 6: "1.1.1", 7: "1.2", 2: "2"])
        #expect(AgendaOrder.depths(nodes) == [1: 0, 5: 1, 6: 2, 7: 1, 2: 0])
    }

    @Test("moving an item takes its sub-items along and stays among its siblings")
    func moving() {
        let nodes: [AgendaOrder.Node] = [.init(key: 1, parent: nil), .init(key: 2, parent: nil), .init(key: 3, parent: 2),
                                         .init(key: 4, parent: 2), .init(key: 5, parent: nil)]
        #expect(AgendaOrder.moving(nodes, key: 2, up: true).map(\.key) == [2, 3, 4, 1, 5])
        #expect(AgendaOrder.moving(nodes, key: 2, up: false).map(\.key) == [1, 5, 2, 3, 4])
        #expect(AgendaOrder.moving(nodes, key: 4, up: true).map(\.key) == [1, 2, 4, 3, 5])
        #expect(AgendaOrder.moving(nodes, key: 3, up: true).map(\.key) == [1, 2, 3, 4, 5], "first among its siblings")
        #expect(AgendaOrder.moving(nodes, key: 5, up: false).map(\.key) == [1, 2, 3, 4, 5], "already last")
        #expect(AgendaOrder.cyclic([.init(key: 1, parent: 2), .init(key: 2, parent: 1), .init(key: 3, parent: 1)]) == [1, 2])
    }

    @Test("two meetings overlap when their times do; without a time only possibly; other days never")
    func doubleBooking() {
        func slot(_ date: String, _ start: String?, _ end: String? = nil) -> DoubleBooking.Slot {
            .init(date: PartialDate(iso: date), start: start.flatMap(TimeOfDay.init), end: end.flatMap(TimeOfDay.init))
        }
        #expect(DoubleBooking.overlap(slot("2020-11-13", "09:00", "11:00"), slot("2020-11-13", "10:30")) == .certain)
        #expect(DoubleBooking.overlap(slot("2020-11-13", "09:00", "10:00"), slot("2020-11-13", "10:00")) == nil)
        #expect(DoubleBooking.overlap(slot("2020-11-13", "09:00"), slot("2020-11-13", "09:59")) == .certain, "an hour when no end is known")
        #expect(DoubleBooking.overlap(slot("2020-11-13", "09:00"), slot("2020-11-13", nil)) == .possible)
        #expect(DoubleBooking.overlap(slot("2020-11-13", "09:00"), slot("2020-11-14", "09:00")) == nil)
        #expect(DoubleBooking.overlap(slot("2020-11", "09:00"), slot("2020-11", "09:00")) == nil, "a month is no day")
    }

    @Test("times are read as a clock reads them", arguments: [("9:30", "09:30"), ("09.30", "09:30"), ("23:59", "23:59"), ("0:00", "00:00")])
    func times(text: String, expected: String) {
        #expect(TimeOfDay(text)?.text == expected)
    }

    @Test("impossible times are refused", arguments: ["24:00", "9:60", "930", "9:3", "", "٩:٣٠", "-1:00"])
    func badTimes(text: String) {
        #expect(TimeOfDay(text) == nil)
    }

    @Test("a planned meeting on a past day is overdue; a held one or one without a day is not")
    func overdue() {
        let meta = RecordMeta(createdAt: .now, updatedAt: .now, version: 1, confidentiality: .openbaar)
        func meeting(_ status: MeetingStatus, _ date: String?) -> Meeting {
            Meeting(id: "m", name: "M", kind: .overleg, status: status, date: date.flatMap(PartialDate.init(iso:)), startTime: nil,
                    location: nil, bodyID: nil, description: nil, meta: meta)
        }
        #expect(meeting(.gepland, "2010-02-03").isOverdue(today: Self.today))
        #expect(meeting(.gepland, "2026-12").isOverdue(today: Self.today) == false, "the month is not over yet")
        #expect(meeting(.gehouden, "2010-02-03").isOverdue(today: Self.today) == false)
        #expect(meeting(.gepland, nil).isOverdue(today: Self.today) == false)
    }

    @Test("a meeting's history names people, organisations and documents that a reader may not see only as hidden")
    func historyRedaction() throws {
        let draft = try MeetingDraft(Self.input, today: Self.today)
        let values = Dictionary(draft.snapshot.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
        let participants = try #require(values["deelnemers"] ?? nil)
        let agenda = try #require(values["agendapunten"] ?? nil)
        let outcomes = try #require(values["uitkomsten"] ?? nil)
        #expect(Set(HistoryReferences.references(in: participants, field: "deelnemers", of: .meeting))
                == [.init(kind: .person, id: "heimstra"), .init(kind: .organisation, id: "gemeente-assen")])
        #expect(HistoryReferences.references(in: agenda, field: "agendapunten", of: .meeting).contains(.init(kind: .document, id: "jeugd-notitie")))
        let hidden = HistoryReferences.redacted(agenda, field: "agendapunten", of: .meeting) { $0.id == "out" || $0.id == "jeugd-notitie" }
        #expect(hidden?.contains("out") == false && hidden?.contains("jeugd-notitie") == false)
        #expect(hidden?.contains("Regionale inkoop") == true)
        let owners = HistoryReferences.redacted(outcomes, field: "uitkomsten", of: .meeting) { $0.id == "out" }
        #expect(owners?.contains(HistoryReferences.hiddenLabel) == true && owners?.contains(":out:") == false)
    }

    @Test("an ODS moment carries Amsterdam's offset of that day, winter and summer; without a day or a time there is none")
    func moments() {
        #expect(MeetingExport.moment(PartialDate(iso: "2020-11-13"), "09:30") == "2020-11-13T09:30:00+01:00")
        #expect(MeetingExport.moment(PartialDate(iso: "2018-09-03"), "14:00") == "2018-09-03T14:00:00+02:00")
        #expect(MeetingExport.moment(PartialDate(iso: "2018-09"), "14:00") == nil)
        #expect(MeetingExport.moment(PartialDate(iso: "2018-09-03"), nil) == nil)
        #expect(MeetingExport.vergaderingstype(.statenvergadering) == "statenvergadering")
        #expect(MeetingExport.vergaderingstype(.kenniscafe) == nil)
    }
}
