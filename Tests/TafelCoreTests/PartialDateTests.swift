import TafelCore
import Testing

@Suite("PartialDate")
struct PartialDateTests {
    @Test("accepts a year, a month and a day", arguments: [
        ("2012-03-07", 2012, 3, 7),
        ("2012-02-29", 2012, 2, 29),  // leap year
        ("2000-02-29", 2000, 2, 29),  // divisible by 400
        ("2011-06", 2011, 6, nil),
        ("2001", 2001, nil, nil),
        ("2012-12-31", 2012, 12, 31),
    ] as [(String, Int, Int?, Int?)])
    func valid(text: String, year: Int, month: Int?, day: Int?) throws {
        let date = try #require(PartialDate(iso: text))
        #expect(date.year == year)
        #expect(date.month == month)
        #expect(date.day == day)
        #expect(date.iso == text)
        #expect(date.description == text)
    }

    @Test("refuses impossible and malformed dates", arguments: [
        "2012-02-30", "2011-02-29", "1900-02-29", "2012-04-31", "2012-13", "2012-00", "2012-03-00",
        "12", "2012-3", "2012-03-7", "", "abcd", "2012-", "2012-03-07-01", "0999", "2012/03/07", " 2012",
    ])
    func invalid(text: String) {
        #expect(PartialDate(iso: text) == nil)
    }

    @Test("is written the Dutch way at its own precision")
    func dutch() throws {
        #expect(try #require(PartialDate(iso: "2012-03-07")).dutch == "7 maart 2012")
        #expect(try #require(PartialDate(iso: "2012-03")).dutch == "maart 2012")
        #expect(try #require(PartialDate(iso: "2001")).dutch == "2001")
        #expect(try #require(PartialDate(iso: "2020-11-13")).dutch == "13 november 2020")
        #expect(try #require(PartialDate(iso: "2010-01-01")).dutch == "1 januari 2010")
        #expect(try #require(PartialDate(iso: "2018-12")).dutch == "december 2018")
    }

    @Test("orders chronologically, a coarser date before the finer dates within it")
    func ordering() throws {
        let texts = ["2012-10-01", "2001", "2012-03-07", "2012", "2011-06", "2012-03", "2012-03-01", "2010-01-14"]
        let sorted = try texts.map { try #require(PartialDate(iso: $0)) }.sorted().map(\.iso)
        #expect(sorted == ["2001", "2010-01-14", "2011-06", "2012", "2012-03", "2012-03-01", "2012-03-07", "2012-10-01"])
        let early = try #require(PartialDate(iso: "2012-03-01"))
        let late = try #require(PartialDate(iso: "2012-10-01"))
        #expect(early < late)
        #expect(!(late < early))
        #expect(PartialDate(iso: "2012-03") == PartialDate(iso: "2012-03"))
        #expect(PartialDate(iso: "2012-03") != PartialDate(iso: "2012-03-01"))
    }

    @Test("periods are worded in Dutch")
    func periods() {
        let start = PartialDate(iso: "2012-03-01")
        let end = PartialDate(iso: "2012-10-01")
        #expect(PeriodText.dutch(start: start, end: end) == "1 maart 2012 – 1 oktober 2012")
        #expect(PeriodText.dutch(start: PartialDate(iso: "2001"), end: nil) == "sinds 2001")
        #expect(PeriodText.dutch(start: nil, end: PartialDate(iso: "2012-01")) == "tot januari 2012")
        #expect(PeriodText.dutch(start: nil, end: nil, observedOn: PartialDate(iso: "2020-11-13")) == "op 13 november 2020")
        #expect(PeriodText.dutch(start: nil, end: nil) == nil)
    }
}
