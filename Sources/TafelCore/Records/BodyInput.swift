/// A body (gremium) with its members as typed, before any checking: every value as text.
/// Names are the API's field names; member rows are named `leden[2].rol`.
public struct BodyInput: Sendable, Hashable, Codable {
    public struct Member: Sendable, Hashable, Codable {
        /// The membership's id: kept when a row is edited, so that its sources stay with it. Given by Tafel for a new row.
        public var id: String?
        public var persoon: String?
        public var rol: String?
        public var namens: String?
        public var vanaf: String?
        public var tot: String?
        /// The day a source saw this membership, when it gives no period.
        public var waargenomenOp: String?

        public init(id: String? = nil, persoon: String? = nil, rol: String? = nil, namens: String? = nil, vanaf: String? = nil,
                    tot: String? = nil, waargenomenOp: String? = nil) {
            self.id = id; self.persoon = persoon; self.rol = rol; self.namens = namens; self.vanaf = vanaf; self.tot = tot
            self.waargenomenOp = waargenomenOp
        }

        /// Empty when nothing a person types is filled in (the id alone is Tafel's).
        public var isEmpty: Bool { [persoon, rol, namens, vanaf, tot, waargenomenOp].allSatisfy { ($0 ?? "").trimmed.isEmpty } }

        /// `persoon:namens:vanaf:tot:waargenomenOp:rol`, the notation of history; the role last, as it is free text.
        public var line: String { [persoon, namens, vanaf, tot, waargenomenOp, rol].map { $0 ?? "" }.joined(separator: ":") }
    }

    public var naam: String?
    public var soort: String?
    public var organisatie: String?
    public var onderdeelVan: String?
    public var omschrijving: String?
    public var vergaderingenPerJaarMin: String?
    public var vergaderingenPerJaarMax: String?
    /// The bodies that act as this body's constituency (achterban): the VDG bestuur for the
    /// Drentse members of a VNG committee.
    public var achterban: [String]
    public var leden: [Member]
    public var vertrouwelijkheid: String?
    public var toegang: [String]

    public init(naam: String? = nil, soort: String? = nil, organisatie: String? = nil, onderdeelVan: String? = nil,
                omschrijving: String? = nil, vergaderingenPerJaarMin: String? = nil, vergaderingenPerJaarMax: String? = nil,
                leden: [Member] = [], vertrouwelijkheid: String? = nil, toegang: [String] = [], achterban: [String] = []) {
        self.naam = naam; self.soort = soort; self.organisatie = organisatie; self.onderdeelVan = onderdeelVan
        self.omschrijving = omschrijving; self.vergaderingenPerJaarMin = vergaderingenPerJaarMin
        self.vergaderingenPerJaarMax = vergaderingenPerJaarMax; self.leden = leden; self.achterban = achterban
        self.vertrouwelijkheid = vertrouwelijkheid; self.toegang = toegang
    }

    /// Every field in the API's names and order, lists as one line each; empty is nil.
    public var values: [(String, String?)] {
        let fields: [(String, String?)] = [
            ("naam", naam), ("soort", soort), ("organisatie", organisatie), ("onderdeelVan", onderdeelVan),
            ("omschrijving", omschrijving), ("vergaderingenPerJaarMin", vergaderingenPerJaarMin),
            ("vergaderingenPerJaarMax", vergaderingenPerJaarMax), ("achterban", achterban.joined(separator: "; ")),
            ("leden", leden.map(\.line).joined(separator: MeetingInput.rowSeparator)),
            ("vertrouwelijkheid", vertrouwelijkheid), ("toegang", toegang.joined(separator: "; ")),
        ]
        return fields.map { field, value in (field, value?.isEmpty == false ? value : nil) }
    }

    /// Every well-formed id the input names, with the field that names it.
    public var references: [NamedReference] {
        var collector = ReferenceCollector()
        func add(_ value: String?, _ field: String, _ kind: NamedReference.Kind) { collector.add(value, field, kind) }
        add(organisatie, "organisatie", .organisation)
        add(onderdeelVan, "onderdeelVan", .body)
        for (index, id) in achterban.enumerated() { add(id, "achterban[\(index)]", .body) }
        for (index, row) in leden.enumerated() {
            add(row.persoon, "leden[\(index)].persoon", .person)
            add(row.namens, "leden[\(index)].namens", .organisation)
        }
        return collector.references
    }
}
