import Foundation
import TafelCore
import Testing

@Suite("CSV")
struct CSVTests {
    static func parse(_ text: String) throws -> [CSV.Record] {
        do { return try CSV.parse(text) } catch { throw error }
    }

    static func parseError(_ text: String) -> CSV.ParseError? {
        do {
            _ = try CSV.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test("plain records with LF or CRLF, each with the line it starts on")
    func plain() throws {
        for text in ["id,naam\n1,Assen\n2,Emmen\n", "id,naam\r\n1,Assen\r\n2,Emmen", "id,naam\r1,Assen\r2,Emmen\r"] {
            let records = try Self.parse(text)
            #expect(records.map(\.fields) == [["id", "naam"], ["1", "Assen"], ["2", "Emmen"]])
            #expect(records.map(\.line) == [1, 2, 3])
        }
        let blank = try Self.parse("a,b\n\n1,2\n\n")
        #expect(blank.map(\.fields) == [["a", "b"], ["1", "2"]])
        #expect(blank.map(\.line) == [1, 3], "a blank line is skipped but counted")
        #expect(try Self.parse("a,,c\n").first?.fields == ["a", "", "c"])
        #expect(try Self.parse("").isEmpty)
    }

    @Test("quoted fields: delimiters and doubled quotes inside")
    func quotes() throws {
        let records = try Self.parse(#"id,naam,doel"# + "\n" + #"1,"Drenthe, Assen","Hij zei ""ja"" en ""nee""""# + "\n" + #"2,"",x"#)
        #expect(records[1].fields == ["1", "Drenthe, Assen", #"Hij zei "ja" en "nee""#])
        #expect(records[2].fields == ["2", "", "x"])
    }

    @Test("line breaks inside quotes are kept, and later records keep their true line numbers")
    func newlinesInQuotes() throws {
        let text = "id,omschrijving\r\n1,\"eerste\r\ntweede\r\nderde\"\r\n2,\"a\nb\"\n3,kort\n"
        let records = try Self.parse(text)
        #expect(records.map(\.line) == [1, 2, 5, 7])
        #expect(records[1].fields == ["1", "eerste\ntweede\nderde"])
        #expect(records[2].fields == ["2", "a\nb"])
        #expect(records[3].fields == ["3", "kort"])
    }

    @Test("a semicolon-separated file (as Dutch spreadsheets save it) is read as such")
    func semicolons() throws {
        let records = try Self.parse("id;naam;doel\n1;Assen, de stad;\"met ; erin\"\n")
        #expect(records.map(\.fields) == [["id", "naam", "doel"], ["1", "Assen, de stad", "met ; erin"]])
        // A header with commas keeps commas as the delimiter, even when a later line has semicolons.
        #expect(try Self.parse("id,naam\n1,a;b\n")[1].fields == ["1", "a;b"])
    }

    @Test("a byte order mark is not part of the first column name")
    func byteOrderMark() throws {
        let records = try Self.parse("\u{FEFF}id;naam\n1;Assen\n")
        #expect(records.first?.fields == ["id", "naam"])
        #expect(records.last?.fields == ["1", "Assen"])
    }

    @Test("an unterminated quote and a stray quote are named with their line")
    func errors() {
        let open = Self.parseError("id,naam\n1,Assen\n2,\"Emmen\n3,Meppel\n")
        #expect(open?.line == 3)
        #expect(open?.message.contains("niet afgesloten") == true)
        let stray = Self.parseError("id,naam\n1,Assen\n2,Em\"men\n")
        #expect(stray?.line == 3)
        let later = Self.parseError("id,naam\n1,\"twee\nregels\"\n2,Em\"men\n")
        #expect(later?.line == 4, "a line break inside quotes counts")
    }

    @Test("writing quotes only where needed, and what is written reads back the same")
    func writing() throws {
        #expect(CSV.line(["a", "b c", "1.234,50", "x;y", #"zei "ja""#, "twee\nregels"])
            == #"a,b c,"1.234,50","x;y","zei ""ja""","twee"# + "\n" + #"regels""#)
        let fields = ["gewoon", "met, komma", "met ; puntkomma", #"met "quote""#, "regel\nregel", "windows\r\nregel", "", "  spaties "]
        let text = CSV.line(["a", "b", "c", "d", "e", "f", "g", "h"]) + "\r\n" + CSV.line(fields) + "\r\n"
        let records = try Self.parse(text)
        #expect(records.count == 2)
        #expect(records.last?.fields == fields.map { $0.replacingOccurrences(of: "\r\n", with: "\n") })
    }

    @Test("lists in one cell: items split at ; with \\; and \\\\ as escapes")
    func lists() {
        let items = ["energie", "wonen; werken", #"a\b"#, "c"]
        let cell = CSV.joinList(items)
        #expect(cell == #"energie; wonen\; werken; a\\b; c"#)
        #expect(CSV.splitList(cell) == items)
        #expect(CSV.splitList(" a ;; b ;") == ["a", "b"])
        #expect(CSV.splitList("").isEmpty)
    }
}

@Suite("Register file")
struct RegisterFileTests {
    static func failure(csv text: String) -> ValidationFailure? {
        do {
            _ = try RegisterFile.entries(csv: text)
            return nil
        } catch {
            return error
        }
    }

    static func failure(json text: String) -> ValidationFailure? {
        do {
            _ = try RegisterFile.entries(json: Data(text.utf8))
            return nil
        } catch {
            return error
        }
    }

    /// Records whose texts hold everything a file format can trip over.
    static let records: [(id: String, input: CollaborationInput)] = {
        var second = CollaborationDraft(name: "Samenwerking, met \"komma\" en ; puntkomma", status: .actief)
        second.description = "Regel één.\nRegel twee: met dubbele punt.\n\nNa een lege regel."
        second.domains = ["energie; warmte", #"back\slash"#, "wonen"]
        second.participants = [.init(organisationID: "gemeente-assen", role: .trekker, start: PartialDate(iso: "2012-03"))]
        second.amounts = [
            .init(description: "Bijdrage: eerste tranche; rest later", kind: .bijdrage, amount: Money(cents: 123_450),
                  organisationID: "gemeente-assen", period: "2012"),
            .init(description: "Budget", kind: .budget, amount: Money(cents: 600_000_000)),
        ]
        return [
            (id: "rud-drenthe", input: CollaborationDraftTests.full.input),
            (id: "tweede", input: second.input),
            (id: "derde", input: CollaborationDraft(name: "Alleen een naam").input),
        ]
    }()

    @Test("CSV export read back gives the same ids, fields and inputs")
    func csvRoundTrip() throws {
        let text = RegisterFile.csv(Self.records)
        #expect(text.hasPrefix(RegisterFile.columns.joined(separator: ",") + "\r\n"))
        let entries = try RegisterFile.entries(csv: text)
        #expect(entries.map(\.id) == Self.records.map(\.id))
        #expect(entries.map(\.input) == Self.records.map(\.input))
        #expect(entries.allSatisfy { $0.fields == Set(RegisterFile.columns).subtracting(["id"]) })
        // The first record's description spans two lines, the second's four.
        #expect(entries.map(\.location) == ["regel 2", "regel 4", "regel 8"])
        for (entry, record) in zip(entries, Self.records) {
            #expect(try CollaborationDraft(entry.input) == CollaborationDraft(record.input))
        }
    }

    @Test("JSON export read back gives the same ids, fields and inputs")
    func jsonRoundTrip() throws {
        let data = try RegisterFile.json(Self.records)
        let entries = try RegisterFile.entries(json: data)
        #expect(entries.map(\.id) == Self.records.map(\.id))
        #expect(entries.map(\.input) == Self.records.map(\.input))
        #expect(entries.allSatisfy { $0.fields == Set(RegisterFile.columns).subtracting(["id"]) })
        #expect(entries.map(\.location) == ["samenwerkingen[0]", "samenwerkingen[1]", "samenwerkingen[2]"])
        // Lists are lists and rows are objects, as the API writes them.
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let first = try #require((object["samenwerkingen"] as? [[String: Any]])?.first)
        #expect(first["domeinen"] as? [String] == ["milieu", "omgevingsrecht"])
        #expect((first["deelnemers"] as? [[String: Any]])?.first?["organisatie"] as? String == "provincie-drenthe")
        #expect(first["bedragen"].flatMap { ($0 as? [[String: Any]])?.first?["bedrag"] as? String } == "6000000")
    }

    @Test("a file naming only some columns gives only those fields")
    func partialColumns() throws {
        let entries = try RegisterFile.entries(csv: "id,korteNaam,domeinen\nrud-drenthe,RUD,milieu; water\n")
        #expect(entries.count == 1)
        #expect(entries[0].fields == ["korteNaam", "domeinen"])
        #expect(entries[0].input.korteNaam == "RUD")
        #expect(entries[0].input.domeinen == ["milieu", "water"])
        #expect(entries[0].input.naam == nil)
        // In a semicolon file a list cell needs quotes; unquoted it is two fields.
        #expect(Self.failure(csv: "id;korteNaam;domeinen\nrud-drenthe;RUD;milieu; water\n")?.problems.map(\.field) == ["regel 2"])
        let quoted = try RegisterFile.entries(csv: "id;korteNaam;domeinen\nrud-drenthe;RUD;\"milieu; water\"\n")
        #expect(quoted[0].input.domeinen == ["milieu", "water"])
        let json = try RegisterFile.entries(json: Data(#"[{"id": "rud-drenthe", "korteNaam": "RUD", "versie": 3}]"#.utf8))
        #expect(json[0].fields == ["korteNaam"] && json[0].id == "rud-drenthe")
        let wrapped = try RegisterFile.entries(json: Data(#"{"samenwerkingen": [{"id": "a", "naam": null}]}"#.utf8))
        #expect(wrapped[0].fields == ["naam"] && wrapped[0].input.naam == nil)
    }

    @Test("an uploaded file is read as JSON when named or shaped so, else as UTF-8 CSV")
    func detection() throws {
        func entries(_ text: String, _ filename: String) throws -> [RegisterFile.Entry] {
            do { return try RegisterFile.entries(Data(text.utf8), filename: filename) } catch { throw error }
        }
        #expect(try entries(#"[{"id": "a", "naam": "A"}]"#, "register.txt").first?.location == "samenwerkingen[0]")
        #expect(try entries("  \n{\"samenwerkingen\": [{\"id\": \"a\"}]}", "upload").first?.id == "a")
        #expect(try entries("\u{FEFF}[{\"id\": \"a\", \"naam\": \"A\"}]", "register.json").first?.input.naam == "A")
        #expect(try entries("\u{FEFF}id;naam\na;A\n", "register.csv").first?.location == "regel 2")
        #expect(try entries("id,naam\na,A\n", "REGISTER.CSV").first?.input.naam == "A")
        do {
            _ = try RegisterFile.entries(Data([0x69, 0x64, 0x0A, 0xFF, 0xFE, 0x0A]), filename: "register.csv")
            Issue.record("a file that is not UTF-8 is refused")
        } catch {
            #expect(error.problems.map(\.field) == ["bestand"])
        }
    }

    @Test("CSV errors name the header, the line and the column")
    func csvErrors() throws {
        let unknown = try #require(Self.failure(csv: "id,naam,kleur\nx,Y,rood\n"))
        #expect(unknown.problems.map(\.field) == ["kopregel"])
        #expect(unknown.problems[0].message.contains("‘kleur’"))

        let noID = try #require(Self.failure(csv: "naam,status\nY,actief\n"))
        #expect(noID.problems.map(\.field) == ["kopregel"])
        #expect(noID.problems[0].code == "verplicht" && noID.problems[0].message.contains("‘id’"))

        let twice = try #require(Self.failure(csv: "id,naam,naam\nx,Y,Z\n"))
        #expect(twice.problems.map(\.code) == ["dubbel"])

        let count = try #require(Self.failure(csv: "id,naam\nx,Y\ny,\"Z\nZ\",extra\nz\nw,W\n"))
        #expect(count.problems.map(\.field) == ["regel 3", "regel 5"])
        #expect(count.problems[0].message.contains("3 velden") && count.problems[0].message.contains("2 kolommen"))

        let quote = try #require(Self.failure(csv: "id,naam\nx,\"open\n"))
        #expect(quote.problems.map(\.field) == ["regel 2"])
        #expect(quote.problems[0].message.hasPrefix("regel 2:"))

        #expect(Self.failure(csv: "")?.problems.first?.code == "leeg")
        #expect(Self.failure(csv: "\u{FEFF}")?.problems.first?.field == "bestand")
    }

    @Test("JSON errors name the position and the field")
    func jsonErrors() throws {
        let text = """
            {"samenwerkingen": [
              {"id": "a", "domeinen": "energie", "kleur": "rood"},
              {"id": "b", "deelnemers": ["gemeente-assen"], "naam": ["twee", "namen"]},
              "los",
              {"id": "d", "bedragen": [{"omschrijving": "X", "bedrag": 12}], "rolProvincie": ["partner", 3]}
            ]}
            """
        let failure = try #require(Self.failure(json: text))
        #expect(Set(failure.problems.map(\.field)) == [
            "samenwerkingen[0].domeinen", "samenwerkingen[0].kleur", "samenwerkingen[1].deelnemers", "samenwerkingen[1].naam",
            "samenwerkingen[2]",
        ])
        #expect(failure.problems.allSatisfy { $0.message.hasPrefix($0.field + ":") })
        #expect(failure.problems.first { $0.field == "samenwerkingen[0].domeinen" }?.message.contains("lijst") == true)

        #expect(Self.failure(json: "{niet json")?.problems.map(\.field) == ["bestand"])
        #expect(Self.failure(json: #"{"andere": []}"#)?.problems.map(\.field) == ["bestand"])
        // A number where a text is expected is read as its digits.
        let numbers = try RegisterFile.entries(json: Data(#"[{"id": "a", "startdatum": 2012, "bedragen": [{"bedrag": 12}]}]"#.utf8))
        #expect(numbers[0].input.startdatum == "2012")
        #expect(numbers[0].input.bedragen.first?.bedrag == "12")
    }
}

@Suite("Register filter")
struct RegisterFilterTests {
    static func parse(_ values: [String: String]) throws -> RegisterFilter {
        do { return try RegisterFilter.parse { values[$0] } } catch { throw error }
    }

    static func fields(_ values: [String: String]) -> [String] {
        do {
            _ = try RegisterFilter.parse { values[$0] }
            return []
        } catch {
            return error.problems.map(\.field)
        }
    }

    @Test("no values: the default filter, not narrowed, without query items")
    func defaults() throws {
        let filter = try Self.parse([:])
        #expect(filter == RegisterFilter())
        #expect(filter.archived == .nee && filter.sort == .naam && filter.page == PageRequest())
        #expect(filter.queryItems.isEmpty)
        #expect(!filter.isNarrowed)
        #expect(try Self.parse(["q": "  ", "gemeente": "", "vorm": " "]) == RegisterFilter(), "blank values are absent")
    }

    @Test("each key is read into its filter")
    func eachKey() throws {
        let filter = try Self.parse([
            "gemeente": "gemeente-assen", "opgave": "vdg-klimaat", "vorm": "gemeenschappelijke_regeling", "status": "niet_haalbaar",
            "rolProvincie": "financier", "domein": " Jeugdzorg ", "vanaf": "2010", "tot": "2012-06", "q": "  zorg ",
            "gearchiveerd": "alle", "sorteer": "-startdatum", "page": "3", "pageSize": "50",
        ])
        #expect(filter.municipality == "gemeente-assen")
        #expect(filter.task == "vdg-klimaat")
        #expect(filter.form == .gemeenschappelijkeRegeling)
        #expect(filter.status == .nietHaalbaar)
        #expect(filter.provinceRole == .financier)
        #expect(filter.domain == "jeugdzorg")
        #expect(filter.from == PartialDate(iso: "2010") && filter.until == PartialDate(iso: "2012-06"))
        #expect(filter.search?.text == "zorg")
        #expect(filter.archived == .alle)
        #expect(filter.sort == .startdatumAflopend)
        #expect(filter.page == PageRequest(page: 3, size: 50))
        #expect(filter.isNarrowed)
        for sort in RegisterFilter.Sort.allCases {
            #expect(try Self.parse(["sorteer": sort.rawValue]).sort == sort)
        }
        for archived in RegisterFilter.Archived.allCases {
            #expect(try Self.parse(["gearchiveerd": archived.rawValue]).archived == archived)
        }
    }

    @Test("each invalid value is named, all at once")
    func invalid() {
        // A name is read (the web layer turns it into the municipality's id); markup or digits are not a name.
        #expect(Self.fields(["gemeente": "Gemeente Assen"]).isEmpty && Self.fields(["gemeente": "'s-Hertogenbosch"]).isEmpty)
        #expect(Self.fields(["gemeente": "Gemeente <Assen>"]) == ["gemeente"])
        #expect(Self.fields(["gemeente": "GM01"]) == ["gemeente"])
        #expect(Self.fields(["opgave": "VDG klimaat"]) == ["opgave"])
        #expect(Self.fields(["vorm": "stichting"]) == ["vorm"])
        #expect(Self.fields(["status": "bezig"]) == ["status"])
        #expect(Self.fields(["rolProvincie": "koning"]) == ["rolProvincie"])
        #expect(Self.fields(["vanaf": "2012-13"]) == ["vanaf"])
        #expect(Self.fields(["tot": "gisteren"]) == ["tot"])
        #expect(Self.fields(["vanaf": "2012-06", "tot": "2012-05"]) == ["tot"])
        #expect(Self.fields(["sorteer": "prijs"]) == ["sorteer"])
        #expect(Self.fields(["gearchiveerd": "misschien"]) == ["gearchiveerd"])
        #expect(Self.fields(["page": "0"]) == ["page"])
        #expect(Self.fields(["pageSize": "1000"]) == ["pageSize"])
        #expect(Self.fields(["q": String(repeating: "x", count: SearchText.maximumLength + 1)]) == ["q"])
        #expect(Set(Self.fields([
            "gemeente": "?", "vorm": "x", "status": "y", "rolProvincie": "z", "vanaf": "2012", "tot": "2011", "sorteer": "a",
            "gearchiveerd": "b", "page": "-1",
        ])) == ["gemeente", "vorm", "status", "rolProvincie", "tot", "sorteer", "gearchiveerd", "page"])
    }

    @Test("vanaf and tot compare at the precision typed: tot 2012 includes June 2012")
    func period() throws {
        let filter = try Self.parse(["vanaf": "2012-06", "tot": "2012"])
        #expect(filter.from?.iso == "2012-06" && filter.until?.iso == "2012")
        #expect(try Self.parse(["vanaf": "2012-06-15", "tot": "2012-06"]).until?.iso == "2012-06")
        #expect(PartialDate(iso: "2012")?.upperBound == "2012-99-99")
        #expect(PartialDate(iso: "2012-06")?.upperBound == "2012-06-99")
        #expect(PartialDate(iso: "2012-06-15")?.upperBound == "2012-06-15")
    }

    @Test("CBS codes: GM and four digits, in any case, or the four digits alone")
    func cbsCodes() throws {
        #expect(CBSCode.normalised("GM0106") == "GM0106")
        #expect(CBSCode.normalised("gm0106") == "GM0106")
        #expect(CBSCode.normalised("0106") == "GM0106")
        for text in ["GM106", "GM01066", "PV22", "gemeente-assen", "GMabcd", "", "GM"] {
            #expect(CBSCode.normalised(text) == nil, "\(text)")
        }
        #expect(try Self.parse(["gemeente": "gm0106"]).municipality == "gm0106")
        #expect(try Self.parse(["gemeente": "GM0106"]).municipality == "GM0106")
    }

    @Test("queryItems leave defaults out and parse back to the same filter")
    func queryItems() throws {
        let values = [
            "gemeente": "GM0106", "opgave": "vdg-klimaat", "vorm": "convenant", "status": "actief", "rolProvincie": "partner",
            "domein": "wonen", "vanaf": "2010-01", "tot": "2020", "q": "zorg en welzijn", "gearchiveerd": "ja", "sorteer": "-naam",
        ]
        let filter = try Self.parse(values)
        let items = filter.queryItems
        #expect(items.map(\.0) == RegisterFilter.keys, "in the order links write them")
        #expect(Dictionary(uniqueKeysWithValues: items) == values)
        #expect(try Self.parse(Dictionary(uniqueKeysWithValues: items)) == filter)
        #expect(try Self.parse(["page": "4"]).queryItems.isEmpty, "paging is not part of the filter's links")
        let sorted = try Self.parse(["sorteer": "gewijzigd"])
        #expect(sorted.queryItems.map(\.0) == ["sorteer"])
        #expect(!sorted.isNarrowed)
        #expect(try Self.parse(["gearchiveerd": "nee"]).queryItems.isEmpty)
    }
}
