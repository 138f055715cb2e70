import TafelCore
import TafelStore

/// The meeting form's view model: the meeting, its participants, its agenda (nested, each
/// item with buttons to move it) and its outcomes, every field with what was typed and its
/// problem, empty rows to add more, and a conflict when the meeting changed meanwhile.
/// Works without JavaScript: moving an item or asking for more rows posts the form and
/// comes back with everything typed, unsaved.
struct MeetingForm: Sendable {
    typealias Field = FormField

    typealias RowGroup = FormRowGroup
    typealias Row = FormRow

    let shell: Shell
    let heading: String
    let action: SiteRoute
    let csrf: String
    let version: Int?
    let meetingFields: [Field]
    let heldFields: [Field]
    let groups: [RowGroup]
    let access: [Field]
    let organisations: [Catalog.Choice]
    let people: [Catalog.Choice]
    let bodies: [Catalog.Choice]
    let warnings: [String]
    let problems: [FieldProblem]
    let hasProblems: Bool
    let conflict: FormConflict?

    static let extraRows = 2

    init(input: MeetingInput, action: SiteRoute, heading: String, version: Int?, csrf: String,
         choices: MeetingFormChoices, problems: [FieldProblem] = [], conflict: FormConflict? = nil, moreRows: Bool = false,
         today: PartialDate = .today()) {
        let fields = FormFieldMaker(problems: problems)
        shell = Shell(title: heading, section: .meeting,
                      breadcrumbs: [Crumb(label: "Bijeenkomsten", href: SiteRoute.collection(.meeting))])
        self.heading = heading
        self.action = action
        self.csrf = csrf
        self.version = version
        organisations = choices.organisations
        people = choices.people
        bodies = choices.bodies
        let date = "JJJJ-MM-DD; alleen JJJJ-MM of JJJJ als de bron niet preciezer is."
        meetingFields = [
            fields.line("naam", "Naam", input.naam, required: true),
            fields.select("soort", "Soort", MeetingKind.self, input.soort, empty: "Kies een soort", required: true),
            fields.select("status", "Status", MeetingStatus.self, input.status, empty: "Kies een status", required: true),
            fields.line("gremium", "Gremium", input.gremium, hint: "Het gremium dat vergadert; typ de naam of de id en kies uit de lijst.",
                        list: "gremia"),
            fields.line("organisatoren", "Georganiseerd door", input.organisatoren.joined(separator: "; "),
                        hint: "De id’s van de organisaties, gescheiden door puntkomma’s.", list: "organisaties"),
            fields.line("datum", "Datum", input.datum, hint: date),
            fields.line("aanvang", "Aanvang", input.aanvang, hint: "UU:MM, bijvoorbeeld 09:30."),
            fields.line("einde", "Einde", input.einde, hint: "UU:MM."),
            fields.line("locatie", "Locatie", input.locatie),
            fields.line("onlineLink", "Online deelnemen", input.onlineLink, hint: "Het webadres van de vergaderkamer, beginnend met https://."),
            fields.text("omschrijving", "Omschrijving", input.omschrijving),
        ]
        heldFields = [
            fields.line("werkelijkeAanvang", "Werkelijke aanvang", input.werkelijkeAanvang, hint: "UU:MM; alleen bij een gehouden bijeenkomst."),
            fields.line("werkelijkEinde", "Werkelijk einde", input.werkelijkEinde, hint: "UU:MM."),
            fields.line("verslag", "Verslag of notulen", input.verslag,
                        hint: "De id van het document met het verslag: het laatste deel van het adres van het document."),
        ]
        let blank = moreRows ? Self.extraRows + 5 : Self.extraRows
        let participants = input.deelnemers + Array(repeating: .init(), count: blank)
        let agenda = Self.keyed(input.agendapunten + Array(repeating: .init(), count: blank))
        let outcomes = input.uitkomsten + Array(repeating: .init(), count: blank)
        let filled = agenda.filter { !$0.isEmpty }
        let nodes = filled.compactMap { item in Int(item.sleutel ?? "").map { AgendaOrder.Node(key: $0, parent: Int(item.onderdeelVan ?? "")) } }
        let numbers = AgendaOrder.numbers(nodes), depths = AgendaOrder.depths(nodes)
        let itemOptions = AgendaOrder.readingOrder(nodes).compactMap { node -> (value: String, label: String)? in
            guard let item = filled.first(where: { $0.sleutel == String(node.key) }) else { return nil }
            return (String(node.key), "\(numbers[node.key] ?? "") \(item.titel ?? "")")
        }
        groups = [
            RowGroup(legend: "Deelnemers", hint: "Wie er is uitgenodigd of was, met rol en aanwezigheid. Een persoon, of een organisatie die als geheel deelneemt; ‘namens’ is de organisatie die iemand vertegenwoordigt.",
                     rows: participants.enumerated().map { index, p in
                         let prefix = "deelnemers[\(index)]"
                         return Row(label: "Deelnemer \(index + 1)", hidden: [], fields: [
                             fields.line("\(prefix).persoon", "Persoon", p.persoon, list: "personen"),
                             fields.line("\(prefix).organisatie", "Of organisatie", p.organisatie, list: "organisaties"),
                             fields.line("\(prefix).namens", "Namens", p.namens, list: "organisaties"),
                             fields.select("\(prefix).rol", "Rol", AttendanceRole.self, p.rol, empty: "Kies een rol"),
                             fields.select("\(prefix).aanwezigheid", "Aanwezigheid", Presence.self, p.aanwezigheid, empty: "Nog niet bekend"),
                         ], depth: 0, moveKey: nil)
                     }),
            RowGroup(legend: "Agenda", hint: "De agendapunten in volgorde. Maak een punt onderdeel van een ander om het te nesten (2.1); met Omhoog en Omlaag verschuift u een punt met zijn onderdelen. Documenten: id’s, gescheiden door puntkomma’s; duur in minuten.",
                     rows: agenda.enumerated().map { index, item in
                         let prefix = "agendapunten[\(index)]"
                         let key = Int(item.sleutel ?? "")
                         let number = key.flatMap { numbers[$0] }
                         return Row(
                            label: number.map { "Agendapunt \($0)" } ?? "Nieuw agendapunt",
                            hidden: [("\(prefix).sleutel", item.sleutel ?? "")]
                                + (item.overgenomenVan.map { [("\(prefix).overgenomenVan", $0)] } ?? []),
                            fields: [
                                fields.line("\(prefix).titel", "Titel", item.titel),
                                fields.select("\(prefix).onderdeelVan", "Onderdeel van", item.onderdeelVan,
                                              options: itemOptions.filter { $0.value != item.sleutel }, empty: "Geen: een hoofdpunt"),
                                fields.line("\(prefix).presentator", "Presentator", item.presentator, list: "personen"),
                                fields.line("\(prefix).duur", "Duur (minuten)", item.duur),
                                fields.checks("\(prefix).hamerstuk", "Hamerstuk", options: [
                                    ListPage.Option(value: "ja", label: "Hamerstuk: zonder bespreking afgedaan", selected: item.hamerstuk == "ja"),
                                ]),
                                fields.line("\(prefix).documenten", "Documenten", item.documenten.joined(separator: "; ")),
                                fields.text("\(prefix).omschrijving", "Toelichting", item.omschrijving),
                            ],
                            depth: key.flatMap { depths[$0] } ?? 0, moveKey: item.isEmpty ? nil : key)
                     }),
            RowGroup(legend: "Uitkomsten", hint: "Wat de bijeenkomst opleverde, per agendapunt: besluiten met hun resultaat, afspraken, aanbevelingen, toezeggingen en actiepunten (met eigenaar, deadline en status).",
                     rows: outcomes.enumerated().map { index, o in
                         let prefix = "uitkomsten[\(index)]"
                         return Row(label: "Uitkomst \(index + 1)", hidden: [], fields: [
                             fields.select("\(prefix).soort", "Soort", OutcomeKind.self, o.soort, empty: "Kies een soort"),
                             fields.text("\(prefix).tekst", "Tekst", o.tekst),
                             fields.select("\(prefix).agendapunt", "Bij agendapunt", o.agendapunt, options: itemOptions, empty: "Geen bepaald punt"),
                             fields.line("\(prefix).door", "Door", o.door, list: "personen"),
                             fields.select("\(prefix).resultaat", "Resultaat (bij een besluit)", DecisionResult.self, o.resultaat, empty: "Niet van toepassing"),
                             fields.line("\(prefix).eigenaar", "Eigenaar (bij een actiepunt)", o.eigenaar, list: "personen"),
                             fields.line("\(prefix).deadline", "Deadline", o.deadline, hint: date),
                             fields.select("\(prefix).actiestatus", "Status van het actiepunt", ActionStatus.self, o.actiestatus, empty: "Open (standaard)"),
                         ], depth: 0, moveKey: nil)
                     }),
        ]
        access = [
            fields.select("vertrouwelijkheid", "Vertrouwelijkheid", Confidentiality.self, input.vertrouwelijkheid ?? "openbaar", empty: "Openbaar"),
            fields.line("toegang", "Toegang", input.toegang.joined(separator: "; "),
                        hint: "organisatie:ID of gremium:ID, gescheiden door puntkomma’s. Bij ‘vertrouwelijk’ zien alleen hun leden de bijeenkomst."),
        ]
        warnings = Self.warnings(input, today: today)
        self.problems = problems
        hasProblems = !problems.isEmpty
        self.conflict = conflict
    }

    /// What is allowed but probably not meant: a planned meeting on a day that has passed.
    static func warnings(_ input: MeetingInput, today: PartialDate) -> [String] {
        guard input.status == MeetingStatus.gepland.rawValue, let date = input.datum.flatMap(PartialDate.init(iso:)),
              date.upperBound < today.iso
        else { return [] }
        return ["De datum (\(date.dutch)) is voorbij, maar de status is nog ‘gepland’. Is de bijeenkomst gehouden of geannuleerd?"]
    }

    /// Every agenda row with a key: the given ones kept, the others numbered on from the highest.
    static func keyed(_ rows: [MeetingInput.AgendaItem]) -> [MeetingInput.AgendaItem] {
        var next = (rows.compactMap { Int($0.sleutel ?? "") }.max() ?? 0) + 1
        return rows.map { row in
            guard Int(row.sleutel ?? "") == nil else { return row }
            var row = row
            row.sleutel = String(next)
            next += 1
            return row
        }
    }

    /// The input with one agenda item (and its sub-items) moved among its siblings; empty rows stay last.
    static func moving(_ input: MeetingInput, key: Int, up: Bool) -> MeetingInput {
        var copy = input
        let rows = keyed(input.agendapunten).filter { !$0.isEmpty }
        let nodes = rows.compactMap { row in Int(row.sleutel ?? "").map { AgendaOrder.Node(key: $0, parent: Int(row.onderdeelVan ?? "")) } }
        let byKey = Dictionary(rows.map { ($0.sleutel ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        copy.agendapunten = AgendaOrder.moving(nodes, key: key, up: up).compactMap { byKey[String($0.key)] }
        return copy
    }

    static let fieldLabels: [String: String] = [
        "naam": "Naam", "soort": "Soort", "status": "Status", "gremium": "Gremium", "organisatoren": "Georganiseerd door",
        "datum": "Datum", "aanvang": "Aanvang", "einde": "Einde", "werkelijkeAanvang": "Werkelijke aanvang",
        "werkelijkEinde": "Werkelijk einde", "locatie": "Locatie", "onlineLink": "Online deelnemen",
        "omschrijving": "Omschrijving", "verslag": "Verslag", "deelnemers": "Deelnemers", "agendapunten": "Agenda",
        "uitkomsten": "Uitkomsten", "vertrouwelijkheid": "Vertrouwelijkheid", "toegang": "Toegang",
    ]

    static func differences(stored: MeetingInput, typed: MeetingInput) -> [FormConflict.Row] {
        FormConflict.rows(stored: stored.values, typed: typed.values, labels: fieldLabels)
    }

    /// The form's fields as input; rows come from `agendapunten[N].veld` and friends.
    static func input(from form: FormData) -> MeetingInput {
        func list(_ name: String) -> [String] { form.all(name).flatMap { CSV.splitList($0) } }
        func rows<T>(_ prefix: String, _ make: (String) -> T) -> [T] {
            form.rows(prefix, limit: MeetingDraft.maximumRows * 2).map(make)
        }
        return MeetingInput(
            naam: form["naam"], soort: form["soort"], status: form["status"], gremium: form["gremium"],
            organisatoren: list("organisatoren"), datum: form["datum"], aanvang: form["aanvang"], einde: form["einde"],
            werkelijkeAanvang: form["werkelijkeAanvang"], werkelijkEinde: form["werkelijkEinde"], locatie: form["locatie"],
            onlineLink: form["onlineLink"], omschrijving: form["omschrijving"], verslag: form["verslag"],
            deelnemers: rows("deelnemers") {
                .init(persoon: form["\($0).persoon"], organisatie: form["\($0).organisatie"], namens: form["\($0).namens"],
                      rol: form["\($0).rol"], aanwezigheid: form["\($0).aanwezigheid"])
            }.filter { !$0.isEmpty },
            agendapunten: rows("agendapunten") {
                .init(sleutel: form["\($0).sleutel"], onderdeelVan: form["\($0).onderdeelVan"], titel: form["\($0).titel"],
                      omschrijving: form["\($0).omschrijving"], presentator: form["\($0).presentator"], duur: form["\($0).duur"],
                      hamerstuk: form["\($0).hamerstuk"], documenten: list("\($0).documenten"),
                      overgenomenVan: form["\($0).overgenomenVan"])
            }.filter { !$0.isEmpty },
            uitkomsten: rows("uitkomsten") {
                .init(soort: form["\($0).soort"], tekst: form["\($0).tekst"], agendapunt: form["\($0).agendapunt"],
                      door: form["\($0).door"], resultaat: form["\($0).resultaat"], eigenaar: form["\($0).eigenaar"],
                      deadline: form["\($0).deadline"], actiestatus: form["\($0).actiestatus"])
            }.filter { !$0.isEmpty },
            vertrouwelijkheid: form["vertrouwelijkheid"], toegang: list("toegang"))
    }
}

/// The suggestion lists of the meeting form.
struct MeetingFormChoices: Sendable {
    let organisations: [Catalog.Choice]
    let people: [Catalog.Choice]
    let bodies: [Catalog.Choice]
}
