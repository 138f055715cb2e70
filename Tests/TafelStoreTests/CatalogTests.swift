import TafelCore
import TafelStore
import TafelTestSupport
import Testing

/// Facts from the seeds, read back through the catalog (the same queries the pages and
/// the API use), on SQLite and PostgreSQL.
@Suite("Catalog", .demoLoaded)
struct CatalogTests {
    static let municipalities: [String: (name: String, cbs: String)] = [
        "gemeente-aa-en-hunze": ("Gemeente Aa en Hunze", "GM1680"),
        "gemeente-assen": ("Gemeente Assen", "GM0106"),
        "gemeente-borger-odoorn": ("Gemeente Borger-Odoorn", "GM1681"),
        "gemeente-coevorden": ("Gemeente Coevorden", "GM0109"),
        "gemeente-de-wolden": ("Gemeente De Wolden", "GM1690"),
        "gemeente-emmen": ("Gemeente Emmen", "GM0114"),
        "gemeente-hoogeveen": ("Gemeente Hoogeveen", "GM0118"),
        "gemeente-meppel": ("Gemeente Meppel", "GM0119"),
        "gemeente-midden-drenthe": ("Gemeente Midden-Drenthe", "GM1731"),
        "gemeente-noordenveld": ("Gemeente Noordenveld", "GM1699"),
        "gemeente-tynaarlo": ("Gemeente Tynaarlo", "GM1730"),
        "gemeente-westerveld": ("Gemeente Westerveld", "GM1701"),
    ]

    // MARK: Organisations

    @Test("the twelve municipalities with their CBS codes and TOOI URIs", arguments: TestDatabase.backends)
    func municipalities(backend: Database.Backend) async throws {
        let catalog = try DemoCatalogs.catalog(backend)
        let page = try await catalog.organisations(.init(page: PageRequest(size: 100), kind: "gemeente"))
        #expect(page.total == 12)
        #expect(page.items.count == 12)
        #expect(Set(page.items.map(\.id)) == Set(Self.municipalities.keys))
        for o in page.items {
            let expected = try #require(Self.municipalities[o.id])
            #expect(o.name == expected.name)
            #expect(o.kind == .gemeente)
            #expect(o.cbsCode == expected.cbs)
            #expect(o.tooiURI == "https://identifier.overheid.nl/tooi/id/gemeente/\(expected.cbs.lowercased())")
            #expect(o.parentID == "provincie-drenthe")
            #expect(o.inhabitants ?? 0 > 0)
        }
        // Sorted by name.
        #expect(page.items.map(\.name) == page.items.map(\.name).sorted())
        #expect(page.items.first?.id == "gemeente-aa-en-hunze")
    }

    @Test("Assen: GM0106, TOOI URI, inhabitants, its council member", arguments: TestDatabase.backends)
    func assen(backend: Database.Backend) async throws {
        let detail = try #require(try await DemoCatalogs.catalog(backend).organisation(id: "gemeente-assen"))
        let assen = detail.organisation
        #expect(assen.name == "Gemeente Assen")
        #expect(assen.displayName == "Assen")
        #expect(assen.cbsCode == "GM0106")
        #expect(assen.tooiURI == "https://identifier.overheid.nl/tooi/id/gemeente/gm0106")
        #expect(assen.inhabitants == 67708)
        #expect(assen.inhabitantsNote == "indicatief, ca. 2020")
        #expect(detail.parent?.id == "provincie-drenthe")
        #expect(detail.parent?.name == "Provincie Drenthe")
        #expect(Set(detail.bodies.map(\.id)).isSuperset(of: ["college-assen", "raad-assen"]))
        #expect(detail.memberships.contains { $0.person.id == "bert-wienen" && $0.role == "raadslid" })
        #expect(detail.collaborations.contains { $0.collaboration.id == "pilot-meldingen-openbare-ruimte" })
        // Three people took part in the 2020 meeting on behalf of Assen.
        #expect(detail.meetings.filter { $0.meeting.id == "bzk-drenthe-2020-11-13" }.compactMap(\.person?.id).sorted()
            == ["broekema", "dijkstra", "out"])
        #expect(detail.documents.contains { $0.id == "verslag-2020-11-13-bzk-drenthe" })
        #expect(detail.sources.contains { $0.externalReference?.contains("CBS") == true })
        #expect(detail.sources.contains { $0.passage == "Bert Wienen (raadslid Assen)" })
    }

    @Test("Emmen is GM0114; Drenthe is PV22 with the municipalities beneath it", arguments: TestDatabase.backends)
    func emmenAndDrenthe(backend: Database.Backend) async throws {
        let catalog = try DemoCatalogs.catalog(backend)
        let emmen = try #require(try await catalog.organisation(id: "gemeente-emmen")).organisation
        #expect(emmen.cbsCode == "GM0114")
        #expect(emmen.tooiURI == "https://identifier.overheid.nl/tooi/id/gemeente/gm0114")
        let drenthe = try #require(try await catalog.organisation(id: "provincie-drenthe"))
        #expect(drenthe.organisation.kind == .provincie)
        #expect(drenthe.organisation.cbsCode == "PV22")
        #expect(drenthe.organisation.tooiURI == "https://identifier.overheid.nl/tooi/id/provincie/pv22")
        #expect(drenthe.parent == nil)
        #expect(Set(drenthe.children.map(\.id)).isSuperset(of: Self.municipalities.keys))
        #expect(drenthe.memberships.contains { $0.person.id == "klijnsma" && $0.post == "Commissaris in Drenthe (CdK)" })
    }

    @Test("the overview: Drenthe, its twelve municipalities and the record counts", arguments: TestDatabase.backends)
    func overview(backend: Database.Backend) async throws {
        let overview = try await DemoCatalogs.catalog(backend).overview()
        #expect(overview.province?.id == "provincie-drenthe")
        #expect(overview.municipalities.count == 12)
        #expect(overview.municipalities.map(\.displayName).first == "Aa en Hunze")
        #expect(overview.counts == [
            .organisation: 43, .person: 31, .body: 64, .collaboration: 41, .meeting: 21, .task: 38, .document: 17, .commitment: 7, .jointDecision: 3, .stance: 2,
        ])
        #expect(overview.recentMeetings.first?.id == "bzk-drenthe-2020-11-13")
        #expect(overview.recentDocuments.first?.id == "verslag-2020-11-13-bzk-drenthe")
        #expect(overview.recentMeetings.count == 5)
    }

    @Test("the VDG and the VNG exist; the VDG is the VNG's provincial branch", arguments: TestDatabase.backends)
    func associations(backend: Database.Backend) async throws {
        let catalog = try DemoCatalogs.catalog(backend)
        let vdg = try #require(try await catalog.organisation(id: "vdg"))
        #expect(vdg.organisation.name == "Vereniging van Drentse Gemeenten")
        #expect(vdg.organisation.shortName == "VDG")
        #expect(vdg.organisation.kind == .vereniging)
        #expect(vdg.parent?.id == "vng")
        #expect(vdg.bodies.contains { $0.id == "vdg-bestuur" })
        let vng = try #require(try await catalog.organisation(id: "vng"))
        #expect(vng.organisation.name == "Vereniging Nederlandse Gemeenten")
        #expect(vng.organisation.kind == .vereniging)
        #expect(vng.children.contains { $0.id == "vdg" })
        let associations = try await catalog.organisations(.init(kind: "vereniging"))
        #expect(Set(associations.items.map(\.id)) == ["vdg", "vng"])
    }

    // MARK: People

    @Test("Karel Loohuis: bestuurlijk voorzitter Gezondheid en Welzijn, burgemeester of Hoogeveen",
          arguments: TestDatabase.backends)
    func loohuis(backend: Database.Backend) async throws {
        let detail = try #require(try await DemoCatalogs.catalog(backend).person(id: "karel-loohuis"))
        #expect(detail.person.name == "Karel Loohuis")
        #expect(detail.person.givenName == "Karel")
        #expect(detail.person.familyName == "Loohuis")
        let chair = try #require(detail.memberships.first { $0.body?.id == "vdg-bo-gezondheid-welzijn" })
        #expect(chair.role == "bestuurlijk voorzitter")
        #expect(chair.post == "Bestuurlijk voorzitter portefeuille Gezondheid en Welzijn (VDG)")
        #expect(chair.body?.name == "Portefeuillehoudersoverleg Gezondheid en Welzijn (VDG)")
        #expect(chair.observedOn == date("2018-11-02"))
        #expect(chair.periodText == "op 2 november 2018")
        let mayor = try #require(detail.memberships.first { $0.organisation?.id == "gemeente-hoogeveen" })
        #expect(mayor.post == "Burgemeester van Hoogeveen")
        #expect(mayor.observedOn == date("2020-11-13"))
        let meeting = try #require(detail.meetings.first)
        #expect(meeting.meeting.id == "bzk-drenthe-2020-11-13")
        #expect(meeting.role == .spreker)
        #expect(meeting.onBehalfOf?.id == "gemeente-hoogeveen")
    }

    @Test("Toke Slaman: ambtelijk voorzitter, of CMO Stamm", arguments: TestDatabase.backends)
    func slaman(backend: Database.Backend) async throws {
        let detail = try #require(try await DemoCatalogs.catalog(backend).person(id: "toke-slaman"))
        let membership = try #require(detail.memberships.first)
        #expect(detail.memberships.count == 1)
        #expect(membership.role == "ambtelijk voorzitter")
        #expect(membership.body?.id == "vdg-ao-gezondheid-welzijn")
        #expect(membership.onBehalfOf?.id == "cmo-stamm")
        #expect(membership.onBehalfOf?.name == "CMO Stamm")
        #expect(detail.sources.map(\.passage) == ["Ambtelijk voorzitter Toke Slaman (CMO Stamm)"])
        #expect(detail.sources.first?.document?.id == "strategische-agenda-vdg-2018-2022")
        // CMO Stamm's page shows her, on behalf of it.
        let stamm = try #require(try await DemoCatalogs.catalog(backend).organisation(id: "cmo-stamm"))
        #expect(stamm.memberships.contains { $0.person.id == "toke-slaman" })
    }

    @Test("Bert Wienen: raadslid in Assen and VNG committee member", arguments: TestDatabase.backends)
    func wienen(backend: Database.Backend) async throws {
        let detail = try #require(try await DemoCatalogs.catalog(backend).person(id: "bert-wienen"))
        let councillor = try #require(detail.memberships.first { $0.role == "raadslid" })
        #expect(councillor.organisation?.id == "gemeente-assen")
        #expect(councillor.body?.id == "raad-assen")
        #expect(councillor.post == "Raadslid van Assen")
        #expect(detail.memberships.contains { $0.body?.id == "vng-commissie-zorg-jeugd-en-onderwijs" })
        let council = try #require(try await DemoCatalogs.catalog(backend).body(id: "raad-assen"))
        #expect(council.body.kind == .raad)
        #expect(council.organisation?.id == "gemeente-assen")
        #expect(council.members.map(\.person.id) == ["bert-wienen"])
    }

    @Test("J. Bos is known by initial only; Klijnsma by surname only", arguments: TestDatabase.backends)
    func namesAsGiven(backend: Database.Backend) async throws {
        let catalog = try DemoCatalogs.catalog(backend)
        let bos = try #require(try await catalog.person(id: "j-bos")).person
        #expect(bos.name == "J. Bos")
        #expect(bos.givenName == nil)
        #expect(bos.familyName == "Bos")
        let klijnsma = try #require(try await catalog.person(id: "klijnsma")).person
        #expect(klijnsma.givenName == nil)
        #expect(klijnsma.familyName == "Klijnsma")
    }

    // MARK: Meetings

    @Test("the online meeting of 13 November 2020", arguments: TestDatabase.backends)
    func onlineMeeting(backend: Database.Backend) async throws {
        let detail = try #require(try await DemoCatalogs.catalog(backend).meeting(id: "bzk-drenthe-2020-11-13"))
        let meeting = detail.meeting
        #expect(meeting.name == "Online gesprek BZK en Provincie Drenthe")
        #expect(meeting.kind == .onlineGesprek)
        #expect(meeting.status == .gehouden)
        #expect(meeting.date == date("2020-11-13"))
        #expect(meeting.location == "online")
        #expect(detail.organisers.map(\.id) == ["ministerie-bzk"])

        let chair = detail.attendances.filter { $0.role == .voorzitter }
        #expect(chair.map(\.person?.id) == ["klijnsma"])
        #expect(chair.first?.onBehalfOf?.id == "provincie-drenthe")
        let speakers = Set(detail.attendances.filter { $0.role == .spreker }.compactMap(\.person?.id))
        #expect(speakers == ["van-oosterhout", "karel-loohuis", "chris-kuijpers"])
        #expect(detail.attendances.first { $0.person?.id == "van-oosterhout" }?.onBehalfOf?.id == "gemeente-emmen")
        #expect(detail.attendances.first { $0.person?.id == "caspar-van-den-berg" }?.role == .reflectant)
        #expect(detail.attendances.count == 23)

        // Participants per municipality: every one of the twelve, Meppel with one wethouder.
        var perMunicipality: [String: Int] = [:]
        for line in detail.attendances {
            if let id = line.onBehalfOf?.id, id.hasPrefix("gemeente-") { perMunicipality[id, default: 0] += 1 }
        }
        #expect(Set(perMunicipality.keys) == Set(Self.municipalities.keys))
        #expect(perMunicipality["gemeente-assen"] == 3)
        #expect(perMunicipality["gemeente-hoogeveen"] == 2)
        #expect(perMunicipality["gemeente-tynaarlo"] == 2)
        #expect(perMunicipality["gemeente-meppel"] == 1)
        #expect(detail.attendances.first { $0.onBehalfOf?.id == "gemeente-meppel" }?.person?.id == "van-der-haar")

        #expect(detail.agenda.map(\.number) == [1, 2])
        #expect(detail.agenda.first?.title == "Thema 1 Regionale en interbestuurlijke samenwerking")
        #expect(detail.agenda.last?.title == "Thema 2 Sociale agenda")

        let first = try #require(detail.outcomes.first)
        #expect(first.outcome.text == "Vertrouwen en loslaten.")
        #expect(first.outcome.kind == .aanbeveling)
        #expect(first.outcome.agendaItemNumber == 1)
        #expect(first.by?.id == "van-oosterhout")
        #expect(first.by?.name == "Van Oosterhout")
        #expect(detail.outcomes.count == 37)
        let recommendations = detail.outcomes.filter { $0.outcome.kind == .aanbeveling && $0.by?.id == "van-oosterhout" }
        #expect(recommendations.count == 7)
        #expect(recommendations.last?.outcome.text == "Maak één ministerie verantwoordelijk; oproep aan BZK: durf regierol te pakken.")
        #expect(detail.outcomes.contains { $0.outcome.text == "Slotreflectie BZK: Drents bestuur is trots, geen calimero!" })
        #expect(detail.documents.map(\.id) == ["verslag-2020-11-13-bzk-drenthe"])
    }

    @Test("the Statencommissie Cultuur en Economie met on 7 March 2012", arguments: TestDatabase.backends)
    func committeeMeeting(backend: Database.Backend) async throws {
        let catalog = try DemoCatalogs.catalog(backend)
        let detail = try #require(try await catalog.meeting(id: "statencommissie-cultuur-en-economie-2012-03-07"))
        #expect(detail.meeting.date == date("2012-03-07"))
        #expect(detail.meeting.date?.dutch == "7 maart 2012")
        #expect(detail.meeting.kind == .commissievergadering)
        #expect(detail.body?.id == "statencommissie-cultuur-en-economie")
        #expect(detail.body?.name == "Statencommissie Cultuur en Economie")
        #expect(detail.outcomes.map(\.outcome.kind) == [.toezegging])
        let committee = try #require(try await catalog.body(id: "statencommissie-cultuur-en-economie"))
        #expect(committee.body.kind == .statencommissie)
        #expect(committee.meetings.map(\.id) == ["statencommissie-cultuur-en-economie-2012-03-07"])
    }

    // MARK: Collaborations

    @Test("the Drentse Alliantie was not feasible, and says why", arguments: TestDatabase.backends)
    func drentseAlliantie(backend: Database.Backend) async throws {
        let detail = try #require(try await DemoCatalogs.catalog(backend).collaboration(id: "drentse-alliantie"))
        let c = detail.collaboration
        #expect(c.status == .nietHaalbaar)
        #expect(c.status?.requiresReason == true)
        let reason = try #require(c.statusReason)
        #expect(reason.contains("niet haalbaar"))
        #expect(reason.contains("bezuinigen"))
        #expect(c.form == .alliantie)
        #expect(c.start == date("2011"))
        #expect(c.end == date("2012-01"))
        #expect(c.periodText == "2011 – januari 2012")
        #expect(c.domains == ["cultuur", "gebiedsgericht werken", "sociaal domein"])
        #expect(Set(detail.participants.map(\.organisation.id)) == ["provincie-drenthe", "vdg"])
        #expect(Set(detail.related.map(\.collaboration.id)) == ["sociale-allianties", "culturele-allianties-2009-2012"])
        #expect(detail.related.allSatisfy { $0.relation == .verwantAan })
        #expect(detail.documents.contains { $0.id == "statenbrief-2012-02-01-drentse-alliantie" })
    }

    @Test("the RUD is a gemeenschappelijke regeling as an openbaar lichaam", arguments: TestDatabase.backends)
    func rud(backend: Database.Backend) async throws {
        let detail = try #require(try await DemoCatalogs.catalog(backend).collaboration(id: "rud-drenthe"))
        let c = detail.collaboration
        #expect(c.name == "Regionale Uitvoeringsdienst Drenthe")
        #expect(c.shortName == "RUD")
        #expect(c.form == .gemeenschappelijkeRegeling)
        #expect(c.wgrForm == .openbaarLichaam)
        #expect(c.form?.label == "Gemeenschappelijke regeling")
        #expect(c.wgrForm?.label == "Openbaar lichaam")
        #expect(c.status == .inVoorbereiding)
        #expect(c.provinceRoles == [.partner])
        #expect(Set(detail.bodies.map(\.id)) == ["rud-bestuurlijke-regiegroep", "rud-stuurgroep", "rud-projectgroep", "rud-werkgroepen"])
        #expect(Set(detail.documents.map(\.id)) == ["statenbrief-2010-sociaal-domein-pns", "statenbrief-2012-voorbeelden-samenwerking-gemeenten"])
        #expect(detail.sources.count == 4)
    }

    @Test("klimaatcontracten: € 6 mln provincial money drew € 24 mln of investment", arguments: TestDatabase.backends)
    func klimaatcontracten(backend: Database.Backend) async throws {
        let detail = try #require(try await DemoCatalogs.catalog(backend).collaboration(id: "klimaatcontracten-2010-2011"))
        #expect(detail.amounts.map(\.amount.amount.cents) == [600_000_000, 2_400_000_000])
        #expect(detail.amounts.map(\.amount.kind) == [.provincialeBijdrage, .uitgelokteInvestering])
        #expect(detail.amounts.map { $0.amount.amount.dutch(compact: true) } == ["€ 6 mln", "€ 24 mln"])
        #expect(detail.amounts.allSatisfy { $0.amount.amount.currency == "EUR" && $0.amount.period == "2010/2011" })
        #expect(detail.amounts.first?.organisation?.id == "provincie-drenthe")
        #expect(detail.amounts.last?.organisation == nil)
        #expect(detail.collaboration.status == .afgerond)
        #expect(detail.collaboration.provinceRoles == [.financier])
        #expect(detail.participants.count == 13)
        #expect(detail.participants.first { $0.organisation.id == "provincie-drenthe" }?.role == .financier)
        #expect(detail.agendas.map(\.id) == ["programma-klimaat-en-energie"])
    }

    @Test("pilot Meldingen Openbare Ruimte ran from 1 March to 1 October 2012", arguments: TestDatabase.backends)
    func pilotMeldingen(backend: Database.Backend) async throws {
        let c = try #require(try await DemoCatalogs.catalog(backend).collaboration(id: "pilot-meldingen-openbare-ruimte"))
        #expect(c.collaboration.form == .pilot)
        #expect(c.collaboration.start == date("2012-03-01"))
        #expect(c.collaboration.end == date("2012-10-01"))
        #expect(c.collaboration.periodText == "1 maart 2012 – 1 oktober 2012")
        #expect(c.participants.count == 13)
    }

    @Test("the VVBD exists since 2001", arguments: TestDatabase.backends)
    func vvbd(backend: Database.Backend) async throws {
        let c = try #require(try await DemoCatalogs.catalog(backend).collaboration(id: "vvbd"))
        #expect(c.collaboration.shortName == "VVBD")
        #expect(c.collaboration.start == date("2001"))
        #expect(c.collaboration.end == nil)
        #expect(c.collaboration.periodText == "sinds 2001")
        #expect(c.collaboration.form == .commissie)
        let advisers = Set(c.participants.filter { $0.role == .adviseur }.map(\.organisation.id))
        #expect(advisers == ["politie-justitie", "wn", "anwb", "fietsersbond", "tln", "kvk", "ov-bureau-groningen-drenthe"])
        #expect(Set(c.bodies.map(\.id)) == ["vvbd-commissie", "vvbd-ambtelijk-overleg"])
    }

    // MARK: Tasks

    @Test("IBP 2018: ten tasks in the clusters Fysiek, Sociaal and Overkoepelend", arguments: TestDatabase.backends)
    func ibp(backend: Database.Backend) async throws {
        let catalog = try DemoCatalogs.catalog(backend)
        let page = try await catalog.tasks(.init(agenda: "ibp-2018"))
        #expect(page.total == 10)
        #expect(page.items.compactMap(\.number) == Array(1...10))
        #expect(page.items.allSatisfy { $0.agendaID == "ibp-2018" })
        var clusters: [String: Int] = [:]
        for task in page.items { clusters[task.cluster ?? "", default: 0] += 1 }
        #expect(clusters == ["Fysiek": 4, "Sociaal": 3, "Overkoepelend": 3])
        #expect(page.items.first?.name == "Samen aan de slag voor het klimaat")
        let agenda = try #require(try await catalog.taskAgendas().first { $0.id == "ibp-2018" })
        #expect(agenda.name == "Interbestuurlijk Programma (IBP)")
        #expect(agenda.adopted == date("2018-02"))
        let detail = try #require(try await catalog.task(id: "ibp-sociaal-domein"))
        #expect(detail.agenda.id == "ibp-2018")
        #expect(detail.task.cluster == "Sociaal")
    }

    @Test("the VDG's six focus tasks", arguments: TestDatabase.backends)
    func vdgFocus(backend: Database.Backend) async throws {
        let page = try await DemoCatalogs.catalog(backend).tasks(.init(agenda: "vdg-focusopgaven-2018"))
        #expect(page.total == 6)
        #expect(page.items.map(\.name) == [
            "Leefbaarheid en Krimp", "Samen aan de slag voor het klimaat", "Goede en bereikbare zorg voor onze inwoners",
            "Problematische schulden voorkomen en oplossen", "Goed openbaar bestuur in een veranderende samenleving",
            "Implementatie omgevingswet",
        ])
    }

    @Test("PNS: the five tasks of programme 2, each with its policy product, its roles and consequences", arguments: TestDatabase.backends)
    func pnsProducts(backend: Database.Backend) async throws {
        let catalog = try DemoCatalogs.catalog(backend)
        let page = try await catalog.tasks(.init(agenda: "pns-sociaal-domein-2010"))
        #expect(page.items.map(\.name) == ["Mijn ontwikkeling", "Mijn beweging", "Mijn omgeving", "Mijn dag", "Mijn jeugd"])
        let products = try await catalog.policyProducts(.init(owner: "provincie-drenthe"))
        let consequences = Dictionary(uniqueKeysWithValues: products.items.map { ($0.product.id, Set($0.product.consequences.map(\.consequence))) })
        #expect(consequences["beleidsproduct-mijn-ontwikkeling"] == [.afbouwen, .overdragen, .uitvoeren])
        #expect(consequences["beleidsproduct-mijn-beweging"] == [.afbouwen, .voortzetten])
        #expect(consequences["beleidsproduct-mijn-omgeving"] == [.afbouwen, .opnemenInOmgevingsbeleid])
        #expect(consequences["beleidsproduct-mijn-dag"] == [.afbouwen, .overdragen])
        #expect(consequences["beleidsproduct-mijn-jeugd"] == [.voortzetten])
        let development = try #require(try await catalog.task(id: "pns-mijn-ontwikkeling"))
        #expect(development.sources.allSatisfy { $0.document?.id == "statenbrief-2010-sociaal-domein-pns" })
        #expect(!development.sources.isEmpty)
        #expect(try await catalog.policyProducts(where: .task, is: "pns-mijn-ontwikkeling").map(\.id) == ["beleidsproduct-mijn-ontwikkeling"])
    }

    // MARK: Documents

    @Test("seed 004: kenmerk, behandeld door J. Bos, 14 January 2010", arguments: TestDatabase.backends)
    func seed004(backend: Database.Backend) async throws {
        let detail = try #require(try await DemoCatalogs.catalog(backend).document(id: "statenbrief-2010-sociaal-domein-pns"))
        let d = detail.document
        #expect(d.reference == "2/5.11/2010000732")
        #expect(d.handledBy == "de heer J. Bos")
        #expect(d.date == date("2010-01-14"))
        #expect(d.date?.dutch == "14 januari 2010")
        #expect(d.kind == .statenbrief)
        #expect(d.confidentiality == .openbaar)
        #expect(detail.senders.map(\.id) == ["gedeputeerde-staten-drenthe"])
        #expect(detail.senders.first?.kind == .body)
        #expect(detail.addressees.map(\.id) == ["provinciale-staten-drenthe"])
        #expect(detail.fullText.contains("Geachte voorzitter/leden,"))
        #expect(detail.fullText.contains("2/5.11/2010000732"))
    }

    @Test("seed 003 is the VDG's strategic agenda of 2 November 2018", arguments: TestDatabase.backends)
    func seed003(backend: Database.Backend) async throws {
        let detail = try #require(try await DemoCatalogs.catalog(backend).document(id: "strategische-agenda-vdg-2018-2022"))
        #expect(detail.document.date == date("2018-11-02"))
        #expect(detail.document.kind == .strategischeAgenda)
        #expect(detail.document.author == "Vereniging van Drentse Gemeenten (VDG)")
        #expect(detail.senders.map(\.id) == ["vdg"])
        #expect(detail.senders.first?.kind == .organisation)
        #expect(detail.addressees.isEmpty)
    }

    @Test("every fact a document is the source of links back to it", arguments: TestDatabase.backends,
          ["statenbrief-2010-sociaal-domein-pns", "verslag-2020-11-13-bzk-drenthe", "statenbrief-2012-02-01-drentse-alliantie"])
    func factsLinkBack(backend: Database.Backend, documentID: String) async throws {
        let catalog = try DemoCatalogs.catalog(backend)
        let detail = try #require(try await catalog.document(id: documentID))
        #expect(!detail.facts.isEmpty)
        for fact in detail.facts {
            let passage = try #require(fact.passage, "\(fact.subject)")
            #expect(!fact.subject.name.isEmpty && fact.subject.name != fact.subject.id, "\(fact.subject) has a name")
            let sources: [Source]?
            switch fact.subject.kind {
            case .organisation: sources = try await catalog.organisation(id: fact.subject.id)?.sources
            case .person: sources = try await catalog.person(id: fact.subject.id)?.sources
            case .body: sources = try await catalog.body(id: fact.subject.id)?.sources
            case .task: sources = try await catalog.task(id: fact.subject.id)?.sources
            case .collaboration: sources = try await catalog.collaboration(id: fact.subject.id)?.sources
            case .meeting: sources = try await catalog.meeting(id: fact.subject.id)?.sources
            default: continue
            }
            let back = try #require(sources, "\(fact.subject) exists")
            #expect(back.contains { $0.document?.id == documentID && $0.passage == passage }, "\(fact.subject)")
        }
    }

    @Test("the 2020 report is the source of the meeting, Loohuis and Assen", arguments: TestDatabase.backends)
    func reportFacts(backend: Database.Backend) async throws {
        let detail = try #require(try await DemoCatalogs.catalog(backend).document(id: "verslag-2020-11-13-bzk-drenthe"))
        let subjects = Set(detail.facts.map { "\($0.subject.kind.rawValue):\($0.subject.id)" })
        #expect(subjects.isSuperset(of: ["meeting:bzk-drenthe-2020-11-13", "person:karel-loohuis", "organisation:gemeente-assen"]))
        #expect(detail.facts.contains { $0.passage == "Assen (b Out, w Broekema, gemsecr Dijkstra)" })
    }
}
