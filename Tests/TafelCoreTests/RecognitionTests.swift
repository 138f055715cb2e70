import TafelCore
import Testing

@Suite("Herkenning")
struct RecognitionTests {
    static let gazetteer = Gazetteer(
        entries: [
            .init(kind: .organisatie, id: "vdg", name: "Vereniging van Drentse Gemeenten", shortName: "VDG"),
            .init(kind: .organisatie, id: "provincie-drenthe", name: "Provincie Drenthe", shortName: "Drenthe"),
            .init(kind: .organisatie, id: "gemeente-assen", name: "Gemeente Assen", shortName: "Assen"),
            .init(kind: .organisatie, id: "rijksoverheid", name: "Rijksoverheid", shortName: "Rijk"),
            .init(kind: .gremium, id: "gedeputeerde-staten-drenthe", name: "Gedeputeerde Staten van Drenthe"),
            .init(kind: .gremium, id: "provinciale-staten-drenthe", name: "Provinciale Staten van Drenthe"),
            .init(kind: .gremium, id: "vdg-bestuur", name: "Bestuur VDG"),
            .init(kind: .gremium, id: "statencommissie-cultuur-en-economie", name: "Statencommissie Cultuur en Economie"),
            .init(kind: .samenwerking, id: "regio-groningen-assen", name: "Regio Groningen-Assen"),
            .init(kind: .samenwerking, id: "ibp", name: "Interbestuurlijk Programma (IBP)", shortName: "IBP"),
        ],
        people: [
            .init(id: "karel-loohuis", name: "Karel Loohuis", givenName: "Karel", infix: nil, familyName: "Loohuis"),
            .init(id: "jumelet", name: "Jumelet", givenName: nil, infix: nil, familyName: "Jumelet"),
            .init(id: "j-bos", name: "J. Bos", givenName: nil, infix: nil, familyName: "Bos"),
            .init(id: "wim-deetman", name: "Wim Deetman", givenName: "Wim", infix: nil, familyName: "Deetman"),
        ],
        meetings: [
            .init(id: "statenvergadering-2009-12-16", name: "Statenvergadering 16 december 2009", date: "2009-12-16",
                  bodyID: "provinciale-staten-drenthe"),
            .init(id: "commissie-2012-03-07", name: "Vergadering Statencommissie Cultuur en Economie 7 maart 2012", date: "2012-03-07",
                  bodyID: "statencommissie-cultuur-en-economie"),
            .init(id: "vng-jaarcongres-2018", name: "VNG Jaarcongres 2018", date: "2018", bodyID: nil),
        ])

    static func find(_ text: String) -> [Finding] { Recognizer(gazetteer: gazetteer).findings(in: text) }

    static func only(_ kind: FindingKind, _ text: String) -> [Finding] { find(text).filter { $0.kind == kind } }

    @Test("an organisation in its variants, linked to its record; a place is not the municipality")
    func organisations() {
        for text in ["de Vereniging van Drentse Gemeenten", "de Vereniging Drentse Gemeenten", "de VDG", "het VDG-bestuur", "Vereniging van Drent-\nse Gemeenten"] {
            let found = Self.find(text).filter { $0.record?.id == "vdg" || $0.record?.id == "vdg-bestuur" }
            #expect(found.count == 1, "\(text): \(Self.find(text))")
        }
        #expect(Self.only(.gremium, "het VDG-bestuur").first?.text == "VDG-bestuur")
        #expect(Self.only(.organisatie, "de vdg").isEmpty, "an acronym only in capitals")
        #expect(Self.only(.organisatie, "Assen, 14 januari 2010").isEmpty, "a place name alone is not the municipality")
        #expect(Self.only(.organisatie, "de gemeente Assen").first.map { ($0.text, $0.record?.id) } ?? ("", nil) == ("gemeente Assen", "gemeente-assen"))
        #expect(Self.only(.organisatie, "Het Rijk heeft de gemeenten vooraan gezet").first?.record?.id == "rijksoverheid")
        #expect(Self.only(.gremium, "gedeputeerde staten van Drenthe, GS en PS").compactMap(\.record?.id)
                == ["gedeputeerde-staten-drenthe", "gedeputeerde-staten-drenthe", "provinciale-staten-drenthe"])
        #expect(Self.only(.samenwerking, "in de Regio Groningen-\nAssen tussen").first?.record?.id == "regio-groningen-assen")
    }

    @Test("people with their titles and initials, known ones linked; a body is not a person")
    func people() {
        let bos = Self.only(.persoon, "Behandeld door de heer J. Bos (0592) 36 56 32")
        #expect(bos.map(\.text) == ["de heer J. Bos"] && bos.first?.record?.id == "j-bos")
        #expect(Self.only(.persoon, "burgemeester Loohuis opende").first.map { ($0.text, $0.record?.id) } ?? ("", nil) == ("burgemeester Loohuis", "karel-loohuis"))
        #expect(Self.only(.persoon, "volgens gedeputeerde Jumelet").first?.record?.id == "jumelet")
        let unknown = Self.only(.persoon, "mevrouw drs. A. de Vries sprak")
        #expect(unknown.map(\.text) == ["mevrouw drs. A. de Vries"] && unknown.first?.record == nil && (unknown.first?.confidence ?? 1) < 0.8)
        #expect(Self.only(.persoon, "heeft Wim Deetman aanbevelingen gedaan; het rapport van Deetman").map(\.text) == ["Wim Deetman", "Deetman"])
        #expect(Self.only(.persoon, "Gedeputeerde Staten besluiten").isEmpty)
        #expect(Self.only(.persoon, "de burgemeester van Assen").isEmpty, "a place after 'van' is not a family name")
    }

    @Test("Dutch dates, also without a space or with a scan's I for 1; a deadline with its word")
    func dates() {
        let dates = Self.find("Assen, 14 januari 2010. Op 7 maart2012 en bij brief van I februari 2012; in februari 2009; 03-02-2010.")
            .filter { $0.kind == .datum }
        #expect(dates.map(\.value) == ["2010-01-14", "2012-03-07", "2012-02-01", "2009-02", "2010-02-03"])
        #expect(dates[1].text == "7 maart2012")
        let deadline = Self.find("heeft toegezegd u uiterlijk 15 januari 2010 een uitwerking toe te doen komen")
        #expect(deadline.filter { $0.kind == .termijn }.map(\.text) == ["uiterlijk 15 januari 2010"])
        #expect(deadline.filter { $0.kind == .termijn }.first?.value == "2010-01-15")
        #expect(deadline.filter { $0.kind == .datum }.isEmpty, "the deadline's date is not a date of its own")
        #expect(Self.only(.termijn, "vóór 1 juli 2021").first?.value == "2021-07-01")
        #expect(Self.find("31 februari 2010 en 2010 en 12 maart").filter { $0.kind == .datum }.isEmpty)
    }

    @Test("amounts in cents, with their qualifier")
    func amounts() {
        let amounts = Self.only(.bedrag, "circa € 6 miljoen, € 125.000, 1,2 miljoen euro, EUR 2.500,50 en € 6,- maar niet 2010 of 12 procent")
        #expect(amounts.map(\.text) == ["circa € 6 miljoen", "€ 125.000", "1,2 miljoen euro", "EUR 2.500,50", "€ 6,-"])
        #expect(amounts.map(\.amountCents) == [600_000_000, 12_500_000, 120_000_000, 250_050, 600])
    }

    @Test("reference numbers as written, without the sentence's punctuation")
    func references() {
        let found = Self.only(.kenmerk, "Ons kenmerk 2/5.11/2010000732 \nUw kenmerk: Z.21-0042. Het statenstuk nummer 2009-366, bijgevoegd (statenstuk 2009-366).")
        #expect(found.map(\.value) == ["2/5.11/2010000732", "Z.21-0042", "2009-366", "2009-366"])
        #expect(found.first?.text == "Ons kenmerk 2/5.11/2010000732")
        #expect(Self.only(.kenmerk, "het kenmerk van goed bestuur").isEmpty, "a reference number has a digit")
    }

    @Test("meetings by kind and day or by name and year, linked to the meeting of that day")
    func meetings() {
        let december = Self.only(.bijeenkomst, "In de discussie over de PNS in de statenvergadering van 16 december 2009 hebt u")
        #expect(december.map(\.text) == ["statenvergadering van 16 december 2009"])
        #expect(december.first?.record?.id == "statenvergadering-2009-12-16")
        let march = Self.find("Tijdens de vergadering van de Statencommissie Cultuur en Economie op 7 maart2012 hebben wij")
        #expect(march.filter { $0.kind == .bijeenkomst }.first?.record?.id == "commissie-2012-03-07")
        #expect(march.filter { $0.kind == .bijeenkomst }.first?.text == "vergadering van de Statencommissie Cultuur en Economie op 7 maart2012")
        #expect(march.contains { $0.kind == .datum && $0.text == "7 maart2012" }, "the meeting's day is a date too")
        #expect(march.contains { $0.kind == .gremium && $0.record?.id == "statencommissie-cultuur-en-economie" })
        #expect(Self.only(.bijeenkomst, "Het VNG Jaarcongres 2018 is de start").first?.record?.id == "vng-jaarcongres-2018")
        #expect(Self.only(.bijeenkomst, "een vergadering van 3 april 2030").first?.record == nil)
    }

    @Test("commitment phrases: made, kept, named")
    func commitments() {
        let found = Self.only(.toezegging, """
            ons college heeft toegezegd u te informeren. Door middel van deze brief komen wij terug op deze toezegging. \
            Hierna wordt de toezegging van het college gestand gedaan. Wij zeggen u toe dat. Een toezegging is een belofte.
            """)
        #expect(found.map(\.text) == ["heeft toegezegd", "komen wij terug op deze toezegging", "toezegging van het college gestand gedaan",
                                      "zeggen u toe", "toezegging"])
        #expect(found.map(\.value) == ["gedaan", "nagekomen", "nagekomen", "gedaan", "genoemd"])
    }

    @Test("spans are code points of the text as given, across line breaks, accents and hyphens")
    func spans() {
        let text = "Geachte leden,\r\nDe Vereniging van Drent-\n  se Gemeenten (café ‘t Hoekje) en de VDG op 7 maart2012."
        let scalars = Array(text.unicodeScalars)
        for finding in Self.find(text) {
            #expect(String(String.UnicodeScalarView(scalars[finding.start..<finding.end])) == finding.text)
        }
        #expect(Self.find(text).map(\.kind) == [.organisatie, .organisatie, .datum])
        #expect(Self.find("").isEmpty && Self.find("   \n ").isEmpty && Self.find("€").isEmpty && Self.find("kenmerk").isEmpty)
    }

    @Test("any text, however odd, gives findings whose spans are exact: no crash on fragments, signs and marks")
    func anyText() {
        let pieces = ["14", "1", "I", "l", " ", "\n", "-", "-\n", ".", ",", ":", "(", ")", "'", "’", "€", "EUR", "euro", "miljoen", "januari",
                      "febr", "maart2012", "2010", "kenmerk", "Ons", "uiterlijk", "vóór", "de", "heer", "J", "Bos", "burgemeester",
                      "VDG", "Vereniging", "van", "Drentse", "Gemeenten", "statenvergadering", "op", "toezegging", "gestand", "komen",
                      "terug", "toegezegd", "heeft", "zeggen", "toe", "ALV", "2019", "e\u{301}", "🙂", "\u{AD}", "*", "b", "Assen",
                      "gemeenten", "Regio", "Groningen", "d.d.", "jl.", "ca.", "zo'n", "6,-", "125.000", "\r\n"]
        var generator = SystemRandomNumberGenerator()
        let recognizer = Recognizer(gazetteer: Self.gazetteer)
        for _ in 0..<3000 {
            let count = Int.random(in: 0...24, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }
                .joined(separator: Bool.random(using: &generator) ? " " : "")
            let scalars = Array(text.unicodeScalars)
            for finding in recognizer.findings(in: text) {
                #expect(finding.start >= 0 && finding.start < finding.end && finding.end <= scalars.count, "\(text.debugDescription)")
                guard finding.start >= 0, finding.end <= scalars.count, finding.start < finding.end else { continue }
                #expect(String(String.UnicodeScalarView(scalars[finding.start..<finding.end])) == finding.text, "\(text.debugDescription)")
                #expect(!finding.sentence(in: text).isEmpty)
            }
        }
    }
}
