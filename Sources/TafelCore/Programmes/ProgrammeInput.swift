/// A portfolio programme as typed, before any checking: every value as text. Names are the
/// API's field names; rows are named `themas[2].naam`, `bijeenkomsten[0].perJaarMin`.
public struct ProgrammeInput: Sendable, Hashable, Codable {
    public struct Theme: Sendable, Hashable, Codable {
        public var naam: String?
        /// The number (1-based row) of the theme this one is a sub-theme of.
        public var onderdeelVan: String?
        public var opgave: String?

        public init(naam: String? = nil, onderdeelVan: String? = nil, opgave: String? = nil) {
            self.naam = naam; self.onderdeelVan = onderdeelVan; self.opgave = opgave
        }

        public var isEmpty: Bool { [naam, onderdeelVan, opgave].allSatisfy { ($0 ?? "").trimmed.isEmpty } }
        /// `onderdeelVan:opgave:naam`, the notation of history; the name last, as it is free text.
        public var line: String { [onderdeelVan, opgave, naam].map { $0 ?? "" }.joined(separator: ":") }
    }

    public struct MeetingPlan: Sendable, Hashable, Codable {
        public var omschrijving: String?
        public var soort: String?
        public var perJaarMin: String?
        public var perJaarMax: String?
        public var gremium: String?

        public init(omschrijving: String? = nil, soort: String? = nil, perJaarMin: String? = nil, perJaarMax: String? = nil,
                    gremium: String? = nil) {
            self.omschrijving = omschrijving; self.soort = soort; self.perJaarMin = perJaarMin; self.perJaarMax = perJaarMax
            self.gremium = gremium
        }

        public var isEmpty: Bool { [omschrijving, soort, perJaarMin, perJaarMax, gremium].allSatisfy { ($0 ?? "").trimmed.isEmpty } }
        public var line: String { [soort, perJaarMin, perJaarMax, gremium, omschrijving].map { $0 ?? "" }.joined(separator: ":") }
    }

    public var naam: String?
    public var portefeuille: String?
    public var doel: String?
    public var status: String?
    public var omschrijving: String?
    public var eigenaar: String?
    public var bestuurlijkOverleg: String?
    public var bestuurlijkVoorzitter: String?
    public var ambtelijkOverleg: String?
    public var ambtelijkVoorzitter: String?
    public var kerngroep: String?
    public var vngCommissie: String?
    public var vngCommissielid: String?
    public var themas: [Theme]
    public var bijeenkomsten: [MeetingPlan]
    public var partners: [String]
    public var opgaven: [String]
    public var samenwerkingen: [String]
    public var vertrouwelijkheid: String?
    public var toegang: [String]

    public init(naam: String? = nil, portefeuille: String? = nil, doel: String? = nil, status: String? = nil, omschrijving: String? = nil,
                eigenaar: String? = nil, bestuurlijkOverleg: String? = nil, bestuurlijkVoorzitter: String? = nil,
                ambtelijkOverleg: String? = nil, ambtelijkVoorzitter: String? = nil, kerngroep: String? = nil,
                vngCommissie: String? = nil, vngCommissielid: String? = nil, themas: [Theme] = [], bijeenkomsten: [MeetingPlan] = [],
                partners: [String] = [], opgaven: [String] = [], samenwerkingen: [String] = [], vertrouwelijkheid: String? = nil,
                toegang: [String] = []) {
        self.naam = naam; self.portefeuille = portefeuille; self.doel = doel; self.status = status; self.omschrijving = omschrijving
        self.eigenaar = eigenaar; self.bestuurlijkOverleg = bestuurlijkOverleg; self.bestuurlijkVoorzitter = bestuurlijkVoorzitter
        self.ambtelijkOverleg = ambtelijkOverleg; self.ambtelijkVoorzitter = ambtelijkVoorzitter; self.kerngroep = kerngroep
        self.vngCommissie = vngCommissie; self.vngCommissielid = vngCommissielid; self.themas = themas
        self.bijeenkomsten = bijeenkomsten; self.partners = partners; self.opgaven = opgaven; self.samenwerkingen = samenwerkingen
        self.vertrouwelijkheid = vertrouwelijkheid; self.toegang = toegang
    }

    /// The single references: field name, value and the kind of record it names.
    public var links: [(field: String, value: String?, kind: NamedReference.Kind)] {
        [("eigenaar", eigenaar, .organisation), ("bestuurlijkOverleg", bestuurlijkOverleg, .body),
         ("bestuurlijkVoorzitter", bestuurlijkVoorzitter, .person), ("ambtelijkOverleg", ambtelijkOverleg, .body),
         ("ambtelijkVoorzitter", ambtelijkVoorzitter, .person), ("kerngroep", kerngroep, .body),
         ("vngCommissie", vngCommissie, .body), ("vngCommissielid", vngCommissielid, .person)]
    }

    /// Every field in the API's names and order, lists as one line each; empty is nil.
    public var values: [(String, String?)] {
        let fields: [(String, String?)] = [("naam", naam), ("portefeuille", portefeuille), ("doel", doel), ("status", status),
                                           ("omschrijving", omschrijving)]
            + links.map { ($0.field, $0.value) }
            + [("themas", themas.map(\.line).joined(separator: MeetingInput.rowSeparator)),
               ("bijeenkomsten", bijeenkomsten.map(\.line).joined(separator: MeetingInput.rowSeparator)),
               ("partners", partners.joined(separator: "; ")), ("opgaven", opgaven.joined(separator: "; ")),
               ("samenwerkingen", samenwerkingen.joined(separator: "; ")),
               ("vertrouwelijkheid", vertrouwelijkheid), ("toegang", toegang.joined(separator: "; "))]
        return fields.map { field, value in (field, value?.isEmpty == false ? value : nil) }
    }

    /// Every well-formed id the input names, with the field that names it.
    public var references: [NamedReference] {
        var collector = ReferenceCollector()
        for link in links { collector.add(link.value, link.field, link.kind) }
        for (index, row) in themas.enumerated() { collector.add(row.opgave, "themas[\(index)].opgave", .task) }
        for (index, row) in bijeenkomsten.enumerated() { collector.add(row.gremium, "bijeenkomsten[\(index)].gremium", .body) }
        for value in partners { collector.add(value, "partners", .organisation) }
        for value in opgaven { collector.add(value, "opgaven", .task) }
        for value in samenwerkingen { collector.add(value, "samenwerkingen", .collaboration) }
        return collector.references
    }
}
