/// An agenda request as typed, before any checking: every value as text, in the API's field
/// names; its questions nested, each with its answers.
public struct AgendaRequestInput: Sendable, Hashable, Codable {
    public struct Question: Sendable, Hashable, Codable {
        public var aan: String?
        public var nummer: String?
        public var tekst: String?
        public var antwoorden: [Answer]

        public init(aan: String? = nil, nummer: String? = nil, tekst: String? = nil, antwoorden: [Answer] = []) {
            self.aan = aan; self.nummer = nummer; self.tekst = tekst; self.antwoorden = antwoorden
        }

        public var isEmpty: Bool {
            [aan, nummer, tekst].allSatisfy { ($0 ?? "").trimmed.isEmpty } && antwoorden.allSatisfy(\.isEmpty)
        }

        /// `aan:nummer:tekst`, the notation of history.
        public var line: String {
            [aan, nummer, tekst.map(MeetingInput.oneLine)].map { $0 ?? "" }.joined(separator: ":")
        }
    }

    public struct Answer: Sendable, Hashable, Codable {
        public var tekst: String?
        public var op: String?
        public var doorPersoon: String?
        public var doorGremium: String?
        public var doorOrganisatie: String?
        public var document: String?
        public var bijeenkomst: String?

        public init(tekst: String? = nil, op: String? = nil, doorPersoon: String? = nil, doorGremium: String? = nil,
                    doorOrganisatie: String? = nil, document: String? = nil, bijeenkomst: String? = nil) {
            self.tekst = tekst; self.op = op; self.doorPersoon = doorPersoon; self.doorGremium = doorGremium
            self.doorOrganisatie = doorOrganisatie; self.document = document; self.bijeenkomst = bijeenkomst
        }

        public var isEmpty: Bool {
            [tekst, op, doorPersoon, doorGremium, doorOrganisatie, document, bijeenkomst].allSatisfy { ($0 ?? "").trimmed.isEmpty }
        }

        /// `vraag:doorPersoon:doorGremium:doorOrganisatie:op:document:bijeenkomst:tekst` in history, after the question's position.
        func line(question: Int) -> String {
            [String(question), doorPersoon, doorGremium, doorOrganisatie, op, document, bijeenkomst, tekst.map(MeetingInput.oneLine)]
                .map { $0 ?? "" }.joined(separator: ":")
        }
    }

    public var titel: String?
    public var fractie: String?
    public var gremium: String?
    /// The document whose treatment the fraction asks for.
    public var onderwerpDocument: String?
    /// The request itself, as a document.
    public var document: String?
    /// The meeting that treats it.
    public var bijeenkomst: String?
    public var ingediendOp: String?
    public var status: String?
    public var motivatie: String?
    public var visieFractie: String?
    public var omschrijving: String?
    public var vragen: [Question]
    public var vertrouwelijkheid: String?
    public var toegang: [String]

    public init(titel: String? = nil, fractie: String? = nil, gremium: String? = nil, onderwerpDocument: String? = nil,
                document: String? = nil, bijeenkomst: String? = nil, ingediendOp: String? = nil, status: String? = nil,
                motivatie: String? = nil, visieFractie: String? = nil, omschrijving: String? = nil, vragen: [Question] = [],
                vertrouwelijkheid: String? = nil, toegang: [String] = []) {
        self.titel = titel; self.fractie = fractie; self.gremium = gremium; self.onderwerpDocument = onderwerpDocument
        self.document = document; self.bijeenkomst = bijeenkomst; self.ingediendOp = ingediendOp; self.status = status
        self.motivatie = motivatie; self.visieFractie = visieFractie; self.omschrijving = omschrijving; self.vragen = vragen
        self.vertrouwelijkheid = vertrouwelijkheid; self.toegang = toegang
    }

    /// Every field in the API's names and order; the questions and the answers as one row each.
    public var values: [(String, String?)] {
        let answers = vragen.enumerated().flatMap { index, question in question.antwoorden.map { $0.line(question: index + 1) } }
        let fields: [(String, String?)] = [
            ("titel", titel), ("fractie", fractie), ("gremium", gremium), ("onderwerpDocument", onderwerpDocument),
            ("document", document), ("bijeenkomst", bijeenkomst), ("ingediendOp", ingediendOp), ("status", status),
            ("motivatie", motivatie), ("visieFractie", visieFractie), ("omschrijving", omschrijving),
            ("vragen", vragen.map(\.line).joined(separator: MeetingInput.rowSeparator)),
            ("antwoorden", answers.joined(separator: MeetingInput.rowSeparator)),
            ("vertrouwelijkheid", vertrouwelijkheid), ("toegang", toegang.joined(separator: "; ")),
        ]
        return fields.map { field, value in (field, value?.isEmpty == false ? value : nil) }
    }

    /// Every well-formed id the input names, with the field that names it.
    public var references: [NamedReference] {
        var collector = ReferenceCollector()
        collector.add(fractie, "fractie", .organisation)
        collector.add(gremium, "gremium", .body)
        collector.add(onderwerpDocument, "onderwerpDocument", .document)
        collector.add(document, "document", .document)
        collector.add(bijeenkomst, "bijeenkomst", .meeting)
        for (q, question) in vragen.enumerated() {
            for (a, answer) in question.antwoorden.enumerated() {
                let prefix = "vragen[\(q)].antwoorden[\(a)]"
                collector.add(answer.doorPersoon, "\(prefix).doorPersoon", .person)
                collector.add(answer.doorGremium, "\(prefix).doorGremium", .body)
                collector.add(answer.doorOrganisatie, "\(prefix).doorOrganisatie", .organisation)
                collector.add(answer.document, "\(prefix).document", .document)
                collector.add(answer.bijeenkomst, "\(prefix).bijeenkomst", .meeting)
            }
        }
        return collector.references
    }
}
