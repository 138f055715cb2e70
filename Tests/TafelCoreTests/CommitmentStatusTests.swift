import TafelCore
import Testing

/// A commitment's status follows from its dates at a chosen day; only vervallen and aangehouden are decided.
@Suite("Toezeggingen: de status uit de datums")
struct CommitmentStatusTests {
    static func day(_ iso: String) -> PartialDate { PartialDate(iso: iso)! }

    @Test("open before its deadline, open and overdue after it, never overdue without a dated deadline")
    func open() {
        let deadline = CommitmentDeadline(date: Self.day("2010-01-15"))
        #expect(CommitmentStanding(deadline: deadline, fulfilledOn: nil, decision: nil, on: Self.day("2010-01-15")).isOverdue == false)
        let late = CommitmentStanding(deadline: deadline, fulfilledOn: nil, decision: nil, on: Self.day("2010-01-16"))
        #expect(late.status == .open && late.isOverdue && late.label == "Open (te laat)")
        // "In 2012" runs to the end of the year.
        #expect(!CommitmentStanding(deadline: .init(date: Self.day("2012")), fulfilledOn: nil, decision: nil, on: Self.day("2012-12-31")).isOverdue)
        #expect(CommitmentStanding(deadline: .init(date: Self.day("2012")), fulfilledOn: nil, decision: nil, on: Self.day("2013-01-01")).isOverdue)
        #expect(!CommitmentStanding(deadline: .init(event: "voor de behandeling van de begroting"), fulfilledOn: nil, decision: nil,
                                    on: Self.day("2030-01-01")).isOverdue)
    }

    @Test("fulfilled on time, on the last day, late, or when the month of fulfilment is the deadline's own")
    func fulfilled() {
        let deadline = CommitmentDeadline(date: Self.day("2010-01-15"))
        func status(_ fulfilled: String) -> CommitmentStatus {
            CommitmentStanding(deadline: deadline, fulfilledOn: Self.day(fulfilled), decision: nil, on: Self.day("2026-12-03")).status
        }
        #expect(status("2010-01-14") == .voldaan)  // seed 004: the letter of 14 January 2010, before "uiterlijk 15 januari 2010"
        #expect(status("2010-01-15") == .voldaan)
        #expect(status("2010-01-16") == .teLaatVoldaan)
        #expect(status("2010-01") == .voldaan, "a fulfilment known only by its month is not surely late")
        #expect(status("2010-02") == .teLaatVoldaan)
        #expect(CommitmentStanding(deadline: .init(), fulfilledOn: Self.day("2012-06"), decision: nil, on: Self.day("2026-12-03")).status == .voldaan)
    }

    @Test("an editor's decision stands above the dates")
    func decided() {
        let deadline = CommitmentDeadline(date: Self.day("2010-01-15"))
        let lapsed = CommitmentStanding(deadline: deadline, fulfilledOn: nil, decision: .vervallen, on: Self.day("2020-01-01"))
        #expect(lapsed.status == .vervallen && !lapsed.isOverdue)
        #expect(CommitmentStanding(deadline: deadline, fulfilledOn: Self.day("2010-01-01"), decision: .aangehouden, on: Self.day("2020-01-01")).status
                == .aangehouden)
    }
}

@Suite("Termijn en filter van toezeggingen")
struct CommitmentDeadlineTests {
    @Test("the last day a deadline allows: the day itself, a month's last day, 31 December")
    func lastDate() {
        #expect(CommitmentDeadline(date: PartialDate(iso: "2010-01-15")).lastDate?.iso == "2010-01-15")
        #expect(CommitmentDeadline(date: PartialDate(iso: "2012-02")).lastDate?.iso == "2012-02-29")
        #expect(CommitmentDeadline(date: PartialDate(iso: "2010")).lastDate?.iso == "2010-12-31")
        #expect(CommitmentDeadline(event: "voor de begroting").lastDate == nil)
        #expect(CommitmentDeadline(date: PartialDate(iso: "2010-01-15")).dutch == "uiterlijk 15 januari 2010")
        #expect(CommitmentDeadline(date: PartialDate(iso: "2010"), event: "in de loop van 2010").dutch == "in de loop van 2010 (2010)")
    }

    @Test("the register's filter reads back as printed and names every bad field")
    func filter() throws {
        let filter = CommitmentFilter(status: .teLaatVoldaan, overdue: true, person: "heimstra", body: "provinciale-staten-drenthe",
                                      from: PartialDate(iso: "2010"), until: PartialDate(iso: "2012-03"), search: try SearchText.parse("sociaal"))
        let values = Dictionary(filter.queryItems, uniquingKeysWith: { first, _ in first })
        #expect(try CommitmentFilter.parse { values[$0] } == filter)
        let bad: [String: String] = ["status": "klaar", "teLaat": "misschien", "gremium": "Staten", "vanaf": "2012", "tot": "2011"]
        let failure = #expect(throws: ValidationFailure.self) { try CommitmentFilter.parse { bad[$0] } }
        #expect(Set(failure?.problems.map(\.field) ?? []) == ["status", "teLaat", "gremium", "tot"])
    }
}
