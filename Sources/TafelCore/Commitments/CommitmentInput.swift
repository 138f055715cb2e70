/// A commitment as typed, before any checking: every value as text, in the API's field names.
public struct CommitmentInput: Sendable, Hashable, Codable {
    public var titel: String?
    public var tekst: String?
    public var gedaanOp: String?
    public var bijeenkomst: String?
    /// The position of the meeting's outcome that records the commitment, as the meeting's `positie` gives it.
    public var uitkomst: String?
    public var document: String?
    public var doorPersoon: String?
    public var doorGremium: String?
    public var aanGremium: String?
    public var aanOrganisatie: String?
    public var termijnDatum: String?
    public var termijnGebeurtenis: String?
    public var voldaanOp: String?
    public var voldaanMet: [String]
    public var besluit: String?
    public var besluitToelichting: String?
    public var omschrijving: String?
    public var vertrouwelijkheid: String?
    public var toegang: [String]

    public init(titel: String? = nil, tekst: String? = nil, gedaanOp: String? = nil, bijeenkomst: String? = nil, uitkomst: String? = nil,
                document: String? = nil, doorPersoon: String? = nil, doorGremium: String? = nil, aanGremium: String? = nil,
                aanOrganisatie: String? = nil, termijnDatum: String? = nil, termijnGebeurtenis: String? = nil, voldaanOp: String? = nil,
                voldaanMet: [String] = [], besluit: String? = nil, besluitToelichting: String? = nil, omschrijving: String? = nil,
                vertrouwelijkheid: String? = nil, toegang: [String] = []) {
        self.titel = titel; self.tekst = tekst; self.gedaanOp = gedaanOp; self.bijeenkomst = bijeenkomst; self.uitkomst = uitkomst
        self.document = document; self.doorPersoon = doorPersoon; self.doorGremium = doorGremium; self.aanGremium = aanGremium
        self.aanOrganisatie = aanOrganisatie; self.termijnDatum = termijnDatum; self.termijnGebeurtenis = termijnGebeurtenis
        self.voldaanOp = voldaanOp; self.voldaanMet = voldaanMet; self.besluit = besluit; self.besluitToelichting = besluitToelichting
        self.omschrijving = omschrijving; self.vertrouwelijkheid = vertrouwelijkheid; self.toegang = toegang
    }

    /// Every field in the API's names and order, lists as one line each; empty is nil.
    public var values: [(String, String?)] {
        let fields: [(String, String?)] = [
            ("titel", titel), ("tekst", tekst), ("gedaanOp", gedaanOp), ("bijeenkomst", bijeenkomst), ("uitkomst", uitkomst),
            ("document", document), ("doorPersoon", doorPersoon), ("doorGremium", doorGremium), ("aanGremium", aanGremium),
            ("aanOrganisatie", aanOrganisatie), ("termijnDatum", termijnDatum), ("termijnGebeurtenis", termijnGebeurtenis),
            ("voldaanOp", voldaanOp), ("voldaanMet", voldaanMet.joined(separator: "; ")), ("besluit", besluit),
            ("besluitToelichting", besluitToelichting), ("omschrijving", omschrijving), ("vertrouwelijkheid", vertrouwelijkheid),
            ("toegang", toegang.joined(separator: "; ")),
        ]
        return fields.map { field, value in (field, value?.isEmpty == false ? value : nil) }
    }

    /// Every well-formed id the input names, with the field that names it.
    public var references: [NamedReference] {
        var collector = ReferenceCollector()
        collector.add(bijeenkomst, "bijeenkomst", .meeting)
        collector.add(document, "document", .document)
        collector.add(doorPersoon, "doorPersoon", .person)
        collector.add(doorGremium, "doorGremium", .body)
        collector.add(aanGremium, "aanGremium", .body)
        collector.add(aanOrganisatie, "aanOrganisatie", .organisation)
        for (index, id) in voldaanMet.enumerated() { collector.add(id, "voldaanMet[\(index)]", .document) }
        return collector.references
    }
}
