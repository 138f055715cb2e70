/// A policy product as typed, before any checking: every value as text, in the API's field names.
public struct PolicyProductInput: Sendable, Hashable, Codable {
    public struct Consequence: Sendable, Hashable, Codable {
        public var onderwerp: String?
        public var consequentie: String?
        public var rol: String?
        public var vanaf: String?
        public var toelichting: String?

        public init(onderwerp: String? = nil, consequentie: String? = nil, rol: String? = nil, vanaf: String? = nil, toelichting: String? = nil) {
            self.onderwerp = onderwerp; self.consequentie = consequentie; self.rol = rol; self.vanaf = vanaf; self.toelichting = toelichting
        }

        public var isEmpty: Bool { [onderwerp, consequentie, rol, vanaf, toelichting].allSatisfy { ($0 ?? "").trimmed.isEmpty } }

        /// `consequentie:rol:vanaf:onderwerp — toelichting`, the notation of history.
        var line: String {
            let text = [onderwerp, toelichting].compactMap { $0?.trimmed.nilIfBlank }.joined(separator: " — ")
            return [consequentie, rol, vanaf, MeetingInput.oneLine(text)].map { $0 ?? "" }.joined(separator: ":")
        }
    }

    public var naam: String?
    public var eigenaar: String?
    public var opgave: String?
    public var domein: String?
    public var soortTaak: String?
    /// `ja`, `nee`, or empty when the source does not say.
    public var kerntaak: String?
    public var rollen: [String]
    public var omschrijving: String?
    public var vastgesteldOp: String?
    public var document: String?
    public var consequenties: [Consequence]
    public var samenwerkingen: [String]
    public var vertrouwelijkheid: String?
    public var toegang: [String]

    public init(naam: String? = nil, eigenaar: String? = nil, opgave: String? = nil, domein: String? = nil, soortTaak: String? = nil,
                kerntaak: String? = nil, rollen: [String] = [], omschrijving: String? = nil, vastgesteldOp: String? = nil,
                document: String? = nil, consequenties: [Consequence] = [], samenwerkingen: [String] = [],
                vertrouwelijkheid: String? = nil, toegang: [String] = []) {
        self.naam = naam; self.eigenaar = eigenaar; self.opgave = opgave; self.domein = domein; self.soortTaak = soortTaak
        self.kerntaak = kerntaak; self.rollen = rollen; self.omschrijving = omschrijving; self.vastgesteldOp = vastgesteldOp
        self.document = document; self.consequenties = consequenties; self.samenwerkingen = samenwerkingen
        self.vertrouwelijkheid = vertrouwelijkheid; self.toegang = toegang
    }

    /// Every field in the API's names and order; the consequences one row each.
    public var values: [(String, String?)] {
        let fields: [(String, String?)] = [
            ("naam", naam), ("eigenaar", eigenaar), ("opgave", opgave), ("domein", domein), ("soortTaak", soortTaak),
            ("kerntaak", kerntaak), ("rollen", rollen.joined(separator: "; ")), ("omschrijving", omschrijving),
            ("vastgesteldOp", vastgesteldOp), ("document", document),
            ("consequenties", consequenties.map(\.line).joined(separator: MeetingInput.rowSeparator)),
            ("samenwerkingen", samenwerkingen.joined(separator: "; ")), ("vertrouwelijkheid", vertrouwelijkheid),
            ("toegang", toegang.joined(separator: "; ")),
        ]
        return fields.map { field, value in (field, value?.isEmpty == false ? value : nil) }
    }

    /// Every well-formed id the input names, with the field that names it.
    public var references: [NamedReference] {
        var collector = ReferenceCollector()
        collector.add(eigenaar, "eigenaar", .organisation)
        collector.add(opgave, "opgave", .task)
        collector.add(document, "document", .document)
        for (index, id) in samenwerkingen.enumerated() { collector.add(id, "samenwerkingen[\(index)]", .collaboration) }
        return collector.references
    }
}
