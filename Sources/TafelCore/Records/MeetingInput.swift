/// A meeting as typed, before any checking: every value as text, so that a form can show
/// it again. Names are the API's field names; rows are named `agendapunten[2].titel`.
public struct MeetingInput: Sendable, Hashable, Codable {
    public struct Participant: Sendable, Hashable, Codable {
        public var persoon: String?
        public var organisatie: String?
        public var namens: String?
        public var rol: String?
        public var aanwezigheid: String?

        public init(persoon: String? = nil, organisatie: String? = nil, namens: String? = nil, rol: String? = nil,
                    aanwezigheid: String? = nil) {
            self.persoon = persoon; self.organisatie = organisatie; self.namens = namens; self.rol = rol
            self.aanwezigheid = aanwezigheid
        }

        public var isEmpty: Bool { [persoon, organisatie, namens, rol, aanwezigheid].allSatisfy { ($0 ?? "").trimmed.isEmpty } }

        /// `persoon:organisatie:namens:rol:aanwezigheid`, the notation of history.
        public var line: String { [persoon, organisatie, namens, rol, aanwezigheid].map { $0 ?? "" }.joined(separator: ":") }
    }

    public struct AgendaItem: Sendable, Hashable, Codable {
        /// The item's own number within the meeting, which never changes when items move;
        /// outcomes name their item by it. Given by Tafel when left empty.
        public var sleutel: String?
        /// The `sleutel` of the item this one is part of.
        public var onderdeelVan: String?
        public var titel: String?
        public var omschrijving: String?
        public var presentator: String?
        /// Minutes.
        public var duur: String?
        /// `ja` for an item taken without discussion.
        public var hamerstuk: String?
        public var documenten: [String]
        /// `bijeenkomst-id#positie` of the action item this item carries over.
        public var overgenomenVan: String?

        public init(sleutel: String? = nil, onderdeelVan: String? = nil, titel: String? = nil, omschrijving: String? = nil,
                    presentator: String? = nil, duur: String? = nil, hamerstuk: String? = nil, documenten: [String] = [],
                    overgenomenVan: String? = nil) {
            self.sleutel = sleutel; self.onderdeelVan = onderdeelVan; self.titel = titel; self.omschrijving = omschrijving
            self.presentator = presentator; self.duur = duur; self.hamerstuk = hamerstuk; self.documenten = documenten
            self.overgenomenVan = overgenomenVan
        }

        /// Empty when nothing a person types is filled in (the key alone is Tafel's).
        public var isEmpty: Bool {
            [onderdeelVan, titel, omschrijving, presentator, duur, hamerstuk, overgenomenVan].allSatisfy { ($0 ?? "").trimmed.isEmpty }
                && documenten.allSatisfy { $0.trimmed.isEmpty }
        }

        /// `sleutel:onderdeelVan:presentator:duur:hamerstuk:documenten:overgenomenVan:titel — omschrijving`,
        /// the notation of history; the text last, as it may hold a colon.
        public var line: String {
            let text = [titel, omschrijving].compactMap { $0?.trimmed.nilIfBlank }.joined(separator: " — ")
            return [sleutel, onderdeelVan, presentator, duur, hamerstuk, documenten.joined(separator: ","), overgenomenVan,
                    MeetingInput.oneLine(text)].map { $0 ?? "" }.joined(separator: ":")
        }
    }

    public struct Outcome: Sendable, Hashable, Codable {
        public var soort: String?
        public var tekst: String?
        /// The `sleutel` of the agenda item.
        public var agendapunt: String?
        public var door: String?
        /// For a besluit.
        public var resultaat: String?
        /// For an actiepunt: who, by when, and where it stands.
        public var eigenaar: String?
        public var deadline: String?
        public var actiestatus: String?

        public init(soort: String? = nil, tekst: String? = nil, agendapunt: String? = nil, door: String? = nil,
                    resultaat: String? = nil, eigenaar: String? = nil, deadline: String? = nil, actiestatus: String? = nil) {
            self.soort = soort; self.tekst = tekst; self.agendapunt = agendapunt; self.door = door; self.resultaat = resultaat
            self.eigenaar = eigenaar; self.deadline = deadline; self.actiestatus = actiestatus
        }

        public var isEmpty: Bool {
            [soort, tekst, agendapunt, door, resultaat, eigenaar, deadline, actiestatus].allSatisfy { ($0 ?? "").trimmed.isEmpty }
        }

        /// `soort:agendapunt:door:resultaat:eigenaar:deadline:actiestatus:tekst`, the notation of history.
        public var line: String {
            [soort, agendapunt, door, resultaat, eigenaar, deadline, actiestatus, tekst.map(MeetingInput.oneLine)]
                .map { $0 ?? "" }.joined(separator: ":")
        }
    }

    public var naam: String?
    public var soort: String?
    public var status: String?
    public var gremium: String?
    public var organisatoren: [String]
    public var datum: String?
    public var aanvang: String?
    public var einde: String?
    public var werkelijkeAanvang: String?
    public var werkelijkEinde: String?
    public var locatie: String?
    public var onlineLink: String?
    public var omschrijving: String?
    /// The id of the document that holds the minutes (verslag, notulen).
    public var verslag: String?
    public var deelnemers: [Participant]
    public var agendapunten: [AgendaItem]
    public var uitkomsten: [Outcome]
    public var vertrouwelijkheid: String?
    public var toegang: [String]

    public init(naam: String? = nil, soort: String? = nil, status: String? = nil, gremium: String? = nil,
                organisatoren: [String] = [], datum: String? = nil, aanvang: String? = nil, einde: String? = nil,
                werkelijkeAanvang: String? = nil, werkelijkEinde: String? = nil, locatie: String? = nil,
                onlineLink: String? = nil, omschrijving: String? = nil, verslag: String? = nil,
                deelnemers: [Participant] = [], agendapunten: [AgendaItem] = [], uitkomsten: [Outcome] = [],
                vertrouwelijkheid: String? = nil, toegang: [String] = []) {
        self.naam = naam; self.soort = soort; self.status = status; self.gremium = gremium
        self.organisatoren = organisatoren; self.datum = datum; self.aanvang = aanvang; self.einde = einde
        self.werkelijkeAanvang = werkelijkeAanvang; self.werkelijkEinde = werkelijkEinde; self.locatie = locatie
        self.onlineLink = onlineLink; self.omschrijving = omschrijving; self.verslag = verslag
        self.deelnemers = deelnemers; self.agendapunten = agendapunten; self.uitkomsten = uitkomsten
        self.vertrouwelijkheid = vertrouwelijkheid; self.toegang = toegang
    }

    /// Every field in the API's names and order, lists as one line each; empty is nil.
    public var values: [(String, String?)] {
        let fields: [(String, String?)] = [
            ("naam", naam), ("soort", soort), ("status", status), ("gremium", gremium),
            ("organisatoren", organisatoren.joined(separator: "; ")), ("datum", datum), ("aanvang", aanvang),
            ("einde", einde), ("werkelijkeAanvang", werkelijkeAanvang), ("werkelijkEinde", werkelijkEinde),
            ("locatie", locatie), ("onlineLink", onlineLink), ("omschrijving", omschrijving), ("verslag", verslag),
            ("deelnemers", deelnemers.map(\.line).joined(separator: "; ")),
            ("agendapunten", agendapunten.map(\.line).joined(separator: Self.rowSeparator)),
            ("uitkomsten", uitkomsten.map(\.line).joined(separator: Self.rowSeparator)),
            ("vertrouwelijkheid", vertrouwelijkheid), ("toegang", toegang.joined(separator: "; ")),
        ]
        return fields.map { field, value in (field, value?.isEmpty == false ? value : nil) }
    }
}

extension MeetingInput {
    /// Between the agenda items and the outcomes in history: their texts may hold "; ".
    public static let rowSeparator = "\n"

    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}

extension String {
    var nilIfBlank: String? { trimmed.isEmpty ? nil : self }
}

extension MeetingInput {
    /// Every well-formed id the input names, with the field that names it.
    public var references: [NamedReference] {
        var collector = ReferenceCollector()
        func add(_ value: String?, _ field: String, _ kind: NamedReference.Kind) { collector.add(value, field, kind) }
        add(gremium, "gremium", .body)
        for value in organisatoren { add(value, "organisatoren", .organisation) }
        add(verslag, "verslag", .document)
        for (index, row) in deelnemers.enumerated() {
            add(row.persoon, "deelnemers[\(index)].persoon", .person)
            add(row.organisatie, "deelnemers[\(index)].organisatie", .organisation)
            add(row.namens, "deelnemers[\(index)].namens", .organisation)
        }
        for (index, row) in agendapunten.enumerated() {
            add(row.presentator, "agendapunten[\(index)].presentator", .person)
            for document in row.documenten { add(document, "agendapunten[\(index)].documenten", .document) }
        }
        for (index, row) in uitkomsten.enumerated() {
            add(row.door, "uitkomsten[\(index)].door", .person)
            add(row.eigenaar, "uitkomsten[\(index)].eigenaar", .person)
        }
        return collector.references
    }
}
