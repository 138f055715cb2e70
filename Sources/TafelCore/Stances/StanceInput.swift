/// A position as typed, before any checking: every value as text, in the API's field names.
public struct StanceInput: Sendable, Hashable, Codable {
    public var titel: String?
    public var tekst: String?
    public var omschrijving: String?
    public var richting: String?
    public var adressaat: String?
    public var eigenaar: String?
    public var gremium: String?
    public var trekker: String?
    public var status: String?
    public var ingenomenOp: String?
    /// `ja` or `nee` (empty: `nee`).
    public var lobbyagenda: String?
    public var steunendeOrganisaties: [String]
    public var opgaven: [String]
    public var bijeenkomst: String?
    public var document: String?
    public var vertrouwelijkheid: String?
    public var toegang: [String]

    public init(titel: String? = nil, tekst: String? = nil, omschrijving: String? = nil, richting: String? = nil, adressaat: String? = nil,
                eigenaar: String? = nil, gremium: String? = nil, trekker: String? = nil, status: String? = nil, ingenomenOp: String? = nil,
                lobbyagenda: String? = nil, steunendeOrganisaties: [String] = [], opgaven: [String] = [], bijeenkomst: String? = nil,
                document: String? = nil, vertrouwelijkheid: String? = nil, toegang: [String] = []) {
        self.titel = titel; self.tekst = tekst; self.omschrijving = omschrijving; self.richting = richting; self.adressaat = adressaat
        self.eigenaar = eigenaar; self.gremium = gremium; self.trekker = trekker; self.status = status; self.ingenomenOp = ingenomenOp
        self.lobbyagenda = lobbyagenda; self.steunendeOrganisaties = steunendeOrganisaties; self.opgaven = opgaven
        self.bijeenkomst = bijeenkomst; self.document = document; self.vertrouwelijkheid = vertrouwelijkheid; self.toegang = toegang
    }

    /// Every field in the API's names and order.
    public var values: [(String, String?)] {
        let fields: [(String, String?)] = [
            ("titel", titel), ("tekst", tekst), ("omschrijving", omschrijving), ("richting", richting), ("adressaat", adressaat),
            ("eigenaar", eigenaar), ("gremium", gremium), ("trekker", trekker), ("status", status), ("ingenomenOp", ingenomenOp),
            ("lobbyagenda", lobbyagenda), ("steunendeOrganisaties", steunendeOrganisaties.joined(separator: "; ")),
            ("opgaven", opgaven.joined(separator: "; ")), ("bijeenkomst", bijeenkomst), ("document", document),
            ("vertrouwelijkheid", vertrouwelijkheid), ("toegang", toegang.joined(separator: "; ")),
        ]
        return fields.map { field, value in (field, value?.isEmpty == false ? value : nil) }
    }

    /// Every well-formed id the input names, with the field that names it.
    public var references: [NamedReference] {
        var collector = ReferenceCollector()
        collector.add(adressaat, "adressaat", .organisation)
        collector.add(eigenaar, "eigenaar", .organisation)
        collector.add(gremium, "gremium", .body)
        collector.add(trekker, "trekker", .person)
        collector.add(bijeenkomst, "bijeenkomst", .meeting)
        collector.add(document, "document", .document)
        for (index, id) in steunendeOrganisaties.enumerated() { collector.add(id, "steunendeOrganisaties[\(index)]", .organisation) }
        for (index, id) in opgaven.enumerated() { collector.add(id, "opgaven[\(index)]", .task) }
        return collector.references
    }
}
