import Foundation
import Hummingbird
@testable import TafelStore
import TafelCore
@testable import TafelWeb
import Testing

/// Every page type rendered from a fixed model and compared with its snapshot in
/// `Snapshots/`, so that any change to a page's markup shows as a diff in review.
/// `TAFEL_SNAPSHOTS=opnemen swift test --filter PageSnapshotTests` writes the snapshots anew.
@Suite("Paginasnapshots")
struct PageSnapshotTests {
    static let day = Date(timeIntervalSince1970: 1_764_633_600)  // 2 december 2025, 00:00 UTC
    static let meta = RecordMeta(createdAt: day, updatedAt: day, version: 3, confidentiality: .intern)
    static let editor = AccountBar(signedIn: true, name: "Jet Redacteur", role: "Redacteur", csrf: "csrf-<token>", signIn: .signIn())
    static let choices = [Catalog.Choice(id: "gemeente-assen", name: "Assen", code: "GM0106"),
                          Catalog.Choice(id: "gemeente-emmen", name: "Emmen", code: "GM0114")]

    static func collaboration(_ id: String, _ name: String, status: CollaborationStatus) -> Collaboration {
        Collaboration(id: id, name: name, shortName: nil, purpose: "Samen <sterker>", description: nil, form: .convenant,
                      wgrForm: nil, status: status, statusReason: nil, start: PartialDate(iso: "2019"), end: nil,
                      provinceRoles: [.regisseur], domains: ["energie"], meta: meta)
    }

    static let pages: [(String, any PageView)] = [
        ("detail", {
            var page = DetailPage(
                kind: .body, heading: "Bestuurlijk overleg \"Vitaal\" & Co", lead: "Overleg <van> de twaalf gemeenten.",
                facts: [Fact("Soort", "Bestuurlijk overleg"), Fact("Organisatie", Reference(kind: .organisation, id: "vdg", name: "VDG")),
                        Fact("TOOI", "https://identifier.overheid.nl/tooi/id/gemeente/gm0106", externalHref: "https://identifier.overheid.nl/tooi/id/gemeente/gm0106"),
                        Fact("Leeg", nil)],
                sections: [
                    Section("Leden", anchor: "leden", table: Table(caption: "Leden", columns: ["Persoon", "Rol"], rows: [
                        TableRow(head: Cell(Reference(kind: .person, id: "jan", name: "Jan")), cells: [Cell("voorzitter")]),
                    ])),
                    Section("Bijeenkomsten", anchor: "bijeenkomsten", items: [
                        Item(Reference(kind: .meeting, id: "m1", name: "Overleg 1"), meta: "13 november 2020"), Item("Zonder pagina"),
                    ]),
                    Section("Leeg", anchor: "leeg", items: []),
                ],
                text: "Volledige tekst.", sources: [], record: Reference(kind: .body, id: "bo-vitaal", name: ""),
                editHref: .editDocument("bo-vitaal"), meta: meta)
            page.notice = "Gearchiveerd."
            page.postAction = PostAction(label: "Archiveren", href: .archiveCollaboration("bo-vitaal"), csrf: "csrf", version: 3)
            page.figure = "<svg role=\"img\"><title>Tijdlijn</title></svg>"
            page.links = [Crumb(label: "Alle samenwerkingen", href: .organisationCollaborations("vdg"))]
            return page
        }()),
        ("lijst", ListPage(
            kind: .body, heading: "Gremia", intro: "De overlegstructuur.",
            query: Catalog.ListQuery(page: PageRequest(page: 2, size: 2), search: try! SearchText.parse("overleg & zo"), kind: "werkgroep"),
            page: Page(items: [1, 2], total: 5, request: PageRequest(page: 2, size: 2)),
            kindFilter: .init(BodyKind.self, label: "Soort", selected: "werkgroep"), nouns: ("gremium", "gremia"),
            table: Table(caption: "Gremia", columns: ["Naam", "Soort"], rows: [
                TableRow(head: Cell("Werkgroep A", href: .record(.body, "wg-a")), cells: [Cell("Werkgroep")]),
            ]),
            addLink: Crumb(label: "Document toevoegen", href: .newDocument),
            links: [Crumb(label: "Controle overlegstructuur", href: .structureCheck())])),
        ("kalender", MonthCalendarPage(
            month: MonthCalendarPage.Month(year: 2020, month: 11), body: nil, kind: "online_gesprek",
            meetings: [Catalog.MonthEntry(id: "m1", name: "Gesprek <BZK> & Drenthe", kind: .onlineGesprek, status: .gehouden,
                                          date: PartialDate(iso: "2020-11-13"), startTime: "10:00", location: nil),
                       Catalog.MonthEntry(id: "m2", name: "Ergens in november", kind: .overleg, status: .gepland,
                                          date: PartialDate(iso: "2020-11"), startTime: nil, location: "Assen")])),
        ("overlegstructuur", StructurePage(
            trees: BodyTree.trees(Structure(
                bodies: [.init(id: "bestuur", name: "Bestuur", kind: .bestuur, organisationID: "vdg", parentID: nil),
                         .init(id: "bo", name: "Bestuurlijk overleg <Zorg>", kind: .bestuurlijkOverleg, organisationID: "vdg", parentID: "bestuur",
                               meetingsPerYearMin: 2, meetingsPerYearMax: 4),
                         .init(id: "kg", name: "Kerngroep Zorg", kind: .kerngroep, organisationID: "vdg", parentID: "bo")],
                seats: [], organisations: [.init(id: "vdg", name: "VDG", kind: .vereniging, parentID: nil)], meetings: []),
                on: PartialDate(iso: "2020-11-13")!),
            date: PartialDate(iso: "2020-11-13")!, organisation: "vdg")),
        ("controle-overlegstructuur", StructureCheckPage(
            StructureCheck(
                ruleSet: StructureRuleSet(naam: "Regels <proef>", regels: [
                    StructureRule(id: "rollen", tekst: "Het bestuur heeft een voorzitter & een secretaris.",
                                  bron: .init(document: "agenda", passage: "Het bestuur bestaat uit een voorzitter en een secretaris;"),
                                  controle: .rollenBezet, gremia: ["bestuur"], rollen: ["voorzitter", "secretaris"]),
                    StructureRule(id: "ritme", tekst: "Het bestuur vergadert.", controle: .vergaderritme, gremia: ["bestuur"], minimum: 0),
                ]),
                structure: Structure(
                    bodies: [.init(id: "bestuur", name: "Bestuur \"A\"", kind: .bestuur, organisationID: nil, parentID: nil)],
                    seats: [.init(personID: "jan", personName: "Jan <J>", bodyID: "bestuur", role: "voorzitter")],
                    organisations: [], meetings: []),
                date: PartialDate(iso: "2020-11-13")!),
            asked: StructureCheckPage.Asked(typedDate: "2020-11-13", body: nil), documents: ["agenda": "Strategische agenda"])),
        ("register", RegisterPage(
            filter: RegisterFilter(municipality: "GM0106", status: .actief, page: PageRequest(page: 2, size: 1)),
            result: RegisterResult(
                page: Page(items: [RegisterEntry(collaboration: collaboration("regio-deal", "Regio Deal", status: .actief), participantCount: 4)],
                           total: 3, request: PageRequest(page: 2, size: 1)),
                facets: [Facet(dimension: .form, values: [.init(code: "convenant", count: 2)]),
                         Facet(dimension: .status, values: [.init(code: "actief", count: 3)])]),
            municipalities: choices, tasks: [Catalog.Choice(id: "energie", name: "Energie", code: nil)], mayEdit: true)),
        ("register-weergave", RegisterView(
            title: "Register gemeenschappelijke regelingen", intro: "De regelingen.", columns: ["Regeling", "Wgr-vorm", "Status", "Periode", "Zetel"],
            groups: [RegisterView.Group(heading: nil, rows: [RegisterView.Row(name: "GGD Drenthe", href: .record(.collaboration, "ggd"),
                                                                                 form: "Openbaar lichaam", status: "Actief", period: "sinds 2000", extra: ["Assen"])])],
            municipalities: [ListPage.Option(value: "", label: "Alle gemeenten", selected: true)], action: .wgrRegister())),
        ("geschiedenis", HistoryPages.Model(
            shell: Shell(title: "Geschiedenis van X", section: .collaboration), heading: "Geschiedenis van X", recordHref: .record(.collaboration, "x"),
            entries: [.init(when: "2 december 2025 om 01:00", who: "Jet", action: "Gewijzigd", version: 2,
                            changes: [.init(field: "naam", before: "Oud", after: "Nieuw <b>")], hasChanges: true)],
            hasEntries: true)),
        ("home", HomePage.Model(
            shell: Shell(title: Shell.homeTitle, section: nil), provinceName: "Drenthe", provinceHref: .record(.organisation, "provincie-drenthe"),
            counts: [.init(label: "gremia", value: 64, href: .list(.body))],
            municipalities: [.init(name: "Assen", href: .record(.organisation, "gemeente-assen"), cbsCode: "GM0106", inhabitants: "69.000")],
            municipalityCount: 1, inhabitantsTotal: "69.000",
            meetings: [Item("Overleg", href: .record(.meeting, "m1"), meta: "13 november 2020 · Overleg")], documents: [])),
        ("toegankelijkheid", AccessibilityPage.Model(shell: Shell(title: "Toegankelijkheid", section: nil))),
        ("account", SignInPages.AccountModel(
            name: "Jet", email: "jet@example.org", role: "Redacteur", groups: ["Organisatie gemeente-assen"], hasGroups: true,
            tokens: [.init(id: "t1", name: "koppeling", prefix: "tfl_ab…", created: "1 december 2025", lastUsed: "nog niet gebruikt",
                           revokeHref: .revokeToken("t1"))],
            hasTokens: true, newToken: "tfl_geheim", csrf: "csrf", tokenError: "naam is verplicht.")),
        ("inloggen", SignInPages.SignInModel(email: "jet@example.org", back: "/gremia", csrf: "csrf", message: "E-mailadres of wachtwoord onjuist.")),
        ("fout", ErrorPage(Failure(status: .badRequest, title: "Ongeldige invoer", detail: "Er ging iets mis.",
                                   invalidFields: [FieldProblem(field: "page", code: "ongeldig", message: "page moet een getal zijn.")],
                                   underlying: ValidationFailure(field: "page", message: "page")))),
        ("importeren", ImportPage(csrf: "csrf", dryRun: true, filename: "register.csv",
                                  report: RegisterImport.Report(created: ["a"], changed: ["b"], unchanged: [], dryRun: true))),
        ("document-formulier", DocumentForm(
            input: DocumentDraft.Input(titel: "Verslag", soort: "verslag", vertrouwelijkheid: "openbaar"), action: .editDocument("verslag"),
            heading: "Document bewerken", version: 2, csrf: "csrf",
            problems: [FieldProblem(field: "datum", code: "ongeldig", message: "datum is geen datum.")],
            conflict: FormConflict(expectedVersion: 1, currentVersion: 2, rows: [.init(label: "Titel", stored: "Oud", typed: "Verslag")]))),
        ("samenwerking-formulier", {
            var input = CollaborationInput(naam: "Regio Deal", status: "actief", vertrouwelijkheid: "openbaar")
            input.deelnemers = [.init(organisatie: "gemeente-assen", rol: "trekker")]
            return CollaborationFormView(input: input, action: .register(), heading: "Samenwerking toevoegen", version: nil, csrf: "csrf",
                                         organisations: choices, tasks: [], problems: [FieldProblem(field: "naam", code: "verplicht", message: "naam is verplicht.")])
        }()),
        ("inzicht", InsightPage(insightScope, asked: InsightAsked(date: "2020-06-01", measure: "congruentie", province: nil))),
        ("inzicht-gemeente", MunicipalityInsightPage(insightScope, municipality: "gemeente-assen",
                                                     asked: InsightAsked(date: "2020-06-01", measure: nil, province: nil))!),
        ("inzicht-netwerk", InsightNetworkPage(insightScope, asked: InsightAsked(date: "2020-06-01", measure: nil, province: nil))),
        ("inzicht-opgaven", InsightTasksPage(insightScope, asked: InsightAsked(date: "2020-06-01", measure: nil, province: nil))),
    ]

    /// Two municipalities of Drenthe (so that the map is drawn), one without its number of inhabitants.
    static let insightScope = Catalog.InsightScope(
        province: Reference(kind: .organisation, id: "provincie-drenthe", name: "Provincie Drenthe"),
        provinces: [Reference(kind: .organisation, id: "provincie-drenthe", name: "Provincie Drenthe")],
        data: InsightData(
            municipalities: [InsightData.Municipality(id: "gemeente-assen", name: "Gemeente Assen", cbsCode: "GM0106", inhabitants: 67_708),
                             InsightData.Municipality(id: "gemeente-emmen", name: "Gemeente Emmen", cbsCode: "GM0114", inhabitants: nil)],
            collaborations: [
                InsightData.Collaboration(id: "rud", name: "RUD <Drenthe>", form: .gemeenschappelijkeRegeling, participants: [
                    .init(organisationID: "gemeente-assen"), .init(organisationID: "gemeente-emmen"), .init(organisationID: "provincie-drenthe")],
                                          taskIDs: ["vdg-klimaat"], amounts: [.budget: 2_500_000_00]),
                InsightData.Collaboration(id: "pilot", name: "Pilot jeugd", form: .pilot, participants: [.init(organisationID: "gemeente-assen")],
                                          councilInvolvement: [.informatie], taskIDs: ["vdg-klimaat", "vdg-zorg"]),
            ],
            organisationNames: ["gemeente-assen": "Gemeente Assen", "gemeente-emmen": "Gemeente Emmen", "provincie-drenthe": "Provincie Drenthe"],
            tasks: [.init(id: "vdg-klimaat", name: "Samen aan de slag voor het klimaat", number: 2, agendaID: "vdg", agendaName: "Zes focusopgaven"),
                    .init(id: "vdg-zorg", name: "Goede en bereikbare zorg", number: 3, cluster: "Zorg", agendaID: "vdg", agendaName: "Zes focusopgaven"),
                    .init(id: "vdg-schulden", name: "Problematische schulden", number: 4, agendaID: "vdg", agendaName: "Zes focusopgaven")],
            commitments: [.init(id: "t1", byPersonID: "jansen", madeOn: PartialDate(iso: "2019"), deadline: .init(date: PartialDate(iso: "2019-12")),
                                fulfilledOn: PartialDate(iso: "2019-11-01")),
                          .init(id: "t2", byPersonID: "jansen", madeOn: PartialDate(iso: "2020-01"), deadline: .init(date: PartialDate(iso: "2020-03")))],
            commitmentMakers: ["jansen": "Gedeputeerde <Jansen>"],
            ruledBodies: [.init(id: "bo", name: "Bestuurlijk overleg", minimum: 4, maximum: 4)]))

    @Test("every page type matches its snapshot", arguments: pages.map(\.0))
    func snapshot(name: String) throws {
        let page = try #require(Self.pages.first { $0.0 == name }?.1)
        let html = Layout.page(page, account: name == "account" ? Self.editor : .anonymous, datasetNotice: name == "home" ? "Synthetische gegevens." : nil).markup
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/\(name).html")
        if ProcessInfo.processInfo.environment["TAFEL_SNAPSHOTS"] == "opnemen" {
            try html.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let stored = try #require(try? String(contentsOf: file, encoding: .utf8),
                                  "Snapshots/\(name).html ontbreekt: maak hem met TAFEL_SNAPSHOTS=opnemen en bekijk hem")
        #expect(html == stored, "Snapshots/\(name).html verschilt: bekijk de wijziging en neem hem opnieuw op als die klopt")
    }

    @Test("a snapshot shows every value escaped, and no link is a literal")
    func escaping() throws {
        let page = try #require(Self.pages.first?.1)
        let html = Layout.page(page, account: .anonymous, datasetNotice: nil).markup
        #expect(html.contains("Bestuurlijk overleg &quot;Vitaal&quot; &amp; Co"))
        #expect(html.contains("Overleg &lt;van&gt; de twaalf gemeenten."))
        #expect(!html.contains("<van>"))
        #expect(html.contains("<svg role=\"img\"><title>Tijdlijn</title></svg>"), "Tafel's own figure is inserted as markup")
    }
}
