import Foundation

/// A document as an editor submits it, checked field by field. The same rules serve
/// the form and the API; field names are the API's Dutch camelCase names.
public struct DocumentDraft: Sendable, Hashable {
    public var title: String
    public var kind: DocumentKind
    public var date: PartialDate?
    public var reference: String?
    public var author: String?
    public var handledBy: String?
    public var summary: String?
    public var fullText: String
    public var origin: String?
    public var confidentiality: Confidentiality
    public var access: [Group]
    /// The Woo information category, when the editor chose one other than the kind's.
    public var wooCategory: WooCategory?

    /// What was typed, before any checking: every value as text, so that a form can show it again.
    public struct Input: Sendable, Hashable {
        public var titel: String?
        public var soort: String?
        public var datum: String?
        public var kenmerk: String?
        public var auteur: String?
        public var behandeldDoor: String?
        public var samenvatting: String?
        public var tekst: String?
        public var bron: String?
        public var vertrouwelijkheid: String?
        public var toegang: [String]
        public var wooInformatiecategorie: String?

        public init(titel: String? = nil, soort: String? = nil, datum: String? = nil, kenmerk: String? = nil,
                    auteur: String? = nil, behandeldDoor: String? = nil, samenvatting: String? = nil,
                    tekst: String? = nil, bron: String? = nil, vertrouwelijkheid: String? = nil, toegang: [String] = [],
                    wooInformatiecategorie: String? = nil) {
            self.titel = titel; self.soort = soort; self.datum = datum; self.kenmerk = kenmerk; self.auteur = auteur
            self.behandeldDoor = behandeldDoor; self.samenvatting = samenvatting; self.tekst = tekst; self.bron = bron
            self.vertrouwelijkheid = vertrouwelijkheid; self.toegang = toegang
            self.wooInformatiecategorie = wooInformatiecategorie
        }
    }

    public static let maximumTitleLength = 300
    public static let maximumTextLength = 2_000_000

    public init(title: String, kind: DocumentKind, date: PartialDate?, reference: String?, author: String?,
                handledBy: String?, summary: String?, fullText: String, origin: String?,
                confidentiality: Confidentiality, access: [Group], wooCategory: WooCategory? = nil) {
        self.title = title; self.kind = kind; self.date = date; self.reference = reference; self.author = author
        self.handledBy = handledBy; self.summary = summary; self.fullText = fullText; self.origin = origin
        self.confidentiality = confidentiality; self.access = access; self.wooCategory = wooCategory
    }

    /// Checks every field and reports every problem at once.
    public init(_ input: Input) throws(ValidationFailure) {
        var check = FieldChecker()
        let title = check.line(input.titel, "titel", limit: Self.maximumTitleLength, required: true)
        let kind = check.code(input.soort, "soort", DocumentKind.self, required: true) ?? .overig
        let date = check.date(input.datum, "datum")
        let (confidentiality, access) = check.access(level: input.vertrouwelijkheid, groups: input.toegang)
        let text = input.tekst?.replacingOccurrences(of: "\r\n", with: "\n") ?? ""
        check.forbidCharacters(text, "tekst")
        if text.count > Self.maximumTextLength {
            check.problem("tekst", "tekst mag hoogstens \(Self.maximumTextLength) tekens lang zijn; ontvangen: \(text.count) tekens.")
        }
        let summary = check.text(input.samenvatting, "samenvatting", limit: 5_000)
        let reference = check.line(input.kenmerk, "kenmerk")
        let author = check.line(input.auteur, "auteur")
        let handledBy = check.line(input.behandeldDoor, "behandeldDoor")
        let origin = check.line(input.bron, "bron")
        let wooCategory = check.code(input.wooInformatiecategorie, "wooInformatiecategorie", WooCategory.self)
        try check.finish()
        self.init(title: title ?? "", kind: kind, date: date, reference: reference, author: author, handledBy: handledBy,
                  summary: summary, fullText: text, origin: origin, confidentiality: confidentiality, access: access,
                  wooCategory: wooCategory)
    }

    /// The draft as form input again: what an edit form starts from.
    public var input: Input {
        Input(titel: title, soort: kind.rawValue, datum: date?.iso, kenmerk: reference, auteur: author,
              behandeldDoor: handledBy, samenvatting: summary, tekst: fullText, bron: origin,
              vertrouwelijkheid: confidentiality.rawValue, toegang: access.sorted().map(\.code),
              wooInformatiecategorie: wooCategory?.rawValue)
    }

    /// The fields as the history records them, in the API's names and order.
    public var snapshot: [(String, String?)] { input.values }
}

extension DocumentDraft.Input {
    /// Every field in the API's names and order; empty is nil.
    public var values: [(String, String?)] {
        let fields: [(String, String?)] = [
            ("titel", titel), ("soort", soort), ("datum", datum), ("kenmerk", kenmerk), ("auteur", auteur),
            ("behandeldDoor", behandeldDoor), ("samenvatting", samenvatting), ("tekst", tekst), ("bron", bron),
            ("vertrouwelijkheid", vertrouwelijkheid), ("toegang", toegang.joined(separator: ", ")),
            ("wooInformatiecategorie", wooInformatiecategorie),
        ]
        return fields.map { field, value in (field, value?.isEmpty == false ? value : nil) }
    }
}
