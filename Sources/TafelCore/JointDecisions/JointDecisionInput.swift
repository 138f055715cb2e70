/// A joint decision as typed, before any checking: every value as text, in the API's field names.
public struct JointDecisionInput: Sendable, Hashable, Codable {
    /// One organisation's decision.
    public struct Response: Sendable, Hashable, Codable {
        public var organisatie: String?
        public var status: String?
        public var datum: String?
        public var url: String?
        public var document: String?
        public var toelichting: String?

        public init(organisatie: String? = nil, status: String? = nil, datum: String? = nil, url: String? = nil, document: String? = nil,
                    toelichting: String? = nil) {
            self.organisatie = organisatie; self.status = status; self.datum = datum; self.url = url; self.document = document
            self.toelichting = toelichting
        }

        public var isEmpty: Bool { [organisatie, status, datum, url, document, toelichting].allSatisfy { ($0 ?? "").trimmed.isEmpty } }

        /// `organisatie:status:datum:document:url — toelichting`, the notation of history.
        var line: String {
            let rest = [url, toelichting.map(MeetingInput.oneLine)].compactMap { $0?.trimmed.nilIfBlank }.joined(separator: " — ")
            return [organisatie, status, datum, document, rest].map { $0 ?? "" }.joined(separator: ":")
        }
    }

    public var titel: String?
    public var voorstel: String?
    public var omschrijving: String?
    public var aangebodenDoor: String?
    public var eigenaar: String?
    public var orgaan: String?
    public var aangebodenOp: String?
    public var besluitenVoor: String?
    public var opgave: String?
    public var bijeenkomst: String?
    public var document: String?
    public var samenwerking: String?
    public var besluiten: [Response]
    public var vertrouwelijkheid: String?
    public var toegang: [String]

    public init(titel: String? = nil, voorstel: String? = nil, omschrijving: String? = nil, aangebodenDoor: String? = nil, eigenaar: String? = nil,
                orgaan: String? = nil, aangebodenOp: String? = nil, besluitenVoor: String? = nil, opgave: String? = nil, bijeenkomst: String? = nil,
                document: String? = nil, samenwerking: String? = nil, besluiten: [Response] = [], vertrouwelijkheid: String? = nil,
                toegang: [String] = []) {
        self.titel = titel; self.voorstel = voorstel; self.omschrijving = omschrijving; self.aangebodenDoor = aangebodenDoor
        self.eigenaar = eigenaar; self.orgaan = orgaan; self.aangebodenOp = aangebodenOp; self.besluitenVoor = besluitenVoor
        self.opgave = opgave; self.bijeenkomst = bijeenkomst; self.document = document; self.samenwerking = samenwerking
        self.besluiten = besluiten; self.vertrouwelijkheid = vertrouwelijkheid; self.toegang = toegang
    }

    /// Every field in the API's names and order; the organisations' decisions one row each.
    public var values: [(String, String?)] {
        let fields: [(String, String?)] = [
            ("titel", titel), ("voorstel", voorstel), ("omschrijving", omschrijving), ("aangebodenDoor", aangebodenDoor),
            ("eigenaar", eigenaar), ("orgaan", orgaan), ("aangebodenOp", aangebodenOp), ("besluitenVoor", besluitenVoor),
            ("opgave", opgave), ("bijeenkomst", bijeenkomst), ("document", document), ("samenwerking", samenwerking),
            ("besluiten", besluiten.map(\.line).joined(separator: MeetingInput.rowSeparator)),
            ("vertrouwelijkheid", vertrouwelijkheid), ("toegang", toegang.joined(separator: "; ")),
        ]
        return fields.map { field, value in (field, value?.isEmpty == false ? value : nil) }
    }

    /// Every well-formed id the input names, with the field that names it.
    public var references: [NamedReference] {
        var collector = ReferenceCollector()
        collector.add(aangebodenDoor, "aangebodenDoor", .body)
        collector.add(eigenaar, "eigenaar", .organisation)
        collector.add(opgave, "opgave", .task)
        collector.add(bijeenkomst, "bijeenkomst", .meeting)
        collector.add(document, "document", .document)
        collector.add(samenwerking, "samenwerking", .collaboration)
        for (index, row) in besluiten.enumerated() {
            collector.add(row.organisatie, "besluiten[\(index)].organisatie", .organisation)
            collector.add(row.document, "besluiten[\(index)].document", .document)
        }
        return collector.references
    }
}
