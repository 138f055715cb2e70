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

        public init(titel: String? = nil, soort: String? = nil, datum: String? = nil, kenmerk: String? = nil,
                    auteur: String? = nil, behandeldDoor: String? = nil, samenvatting: String? = nil,
                    tekst: String? = nil, bron: String? = nil, vertrouwelijkheid: String? = nil, toegang: [String] = []) {
            self.titel = titel; self.soort = soort; self.datum = datum; self.kenmerk = kenmerk; self.auteur = auteur
            self.behandeldDoor = behandeldDoor; self.samenvatting = samenvatting; self.tekst = tekst; self.bron = bron
            self.vertrouwelijkheid = vertrouwelijkheid; self.toegang = toegang
        }
    }

    public static let maximumTitleLength = 300
    public static let maximumLineLength = 500
    public static let maximumTextLength = 2_000_000

    public init(title: String, kind: DocumentKind, date: PartialDate?, reference: String?, author: String?,
                handledBy: String?, summary: String?, fullText: String, origin: String?,
                confidentiality: Confidentiality, access: [Group]) {
        self.title = title; self.kind = kind; self.date = date; self.reference = reference; self.author = author
        self.handledBy = handledBy; self.summary = summary; self.fullText = fullText; self.origin = origin
        self.confidentiality = confidentiality; self.access = access
    }

    /// Checks every field and reports every problem at once.
    public init(_ input: Input) throws(ValidationFailure) {
        var problems: [FieldProblem] = []
        func problem(_ field: String, _ message: String, code: String = "ongeldig") {
            problems.append(FieldProblem(field: field, code: code, message: message))
        }
        /// One line: surrounding space trimmed, line breaks inside (a pasted title) become spaces.
        func line(_ value: String?, _ field: String, limit: Int = DocumentDraft.maximumLineLength) -> String? {
            guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
            let text = String(trimmed.map { $0.isNewline ? " " : $0 })
            if text.count > limit { problem(field, "\(field) mag hoogstens \(limit) tekens lang zijn; ontvangen: \(text.count) tekens.") }
            return text
        }

        let title = line(input.titel, "titel", limit: Self.maximumTitleLength)
        if title == nil { problem("titel", "titel is verplicht.", code: "verplicht") }

        var kind = DocumentKind.overig
        if let code = line(input.soort, "soort") {
            if let value = DocumentKind(rawValue: code) { kind = value } else {
                problem("soort", "soort ‘\(code)’ bestaat niet; kies uit: \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
        } else {
            problem("soort", "soort is verplicht.", code: "verplicht")
        }

        var date: PartialDate?
        if let text = line(input.datum, "datum") {
            date = PartialDate(iso: text)
            if date == nil { problem("datum", "datum moet JJJJ, JJJJ-MM of JJJJ-MM-DD zijn, een bestaande datum; ontvangen: ‘\(text)’.") }
        }

        var confidentiality = Confidentiality.openbaar
        if let code = line(input.vertrouwelijkheid, "vertrouwelijkheid") {
            if let value = Confidentiality(rawValue: code) { confidentiality = value } else {
                problem("vertrouwelijkheid", "vertrouwelijkheid ‘\(code)’ bestaat niet; kies uit: openbaar, intern, vertrouwelijk.")
            }
        }

        var access: [Group] = []
        for code in input.toegang.map({ $0.trimmingCharacters(in: .whitespaces) }) where !code.isEmpty {
            if let group = Group(code: code) {
                if !access.contains(group) { access.append(group) }
            } else {
                problem("toegang", "toegang ‘\(code)’ moet de vorm organisatie:ID of gremium:ID hebben.")
            }
        }
        if confidentiality == .vertrouwelijk && access.isEmpty && !problems.contains(where: { $0.field == "toegang" }) {
            problem("toegang", "toegang moet ten minste één organisatie of gremium noemen als vertrouwelijkheid ‘vertrouwelijk’ is.", code: "verplicht")
        }

        let text = input.tekst?.replacingOccurrences(of: "\r\n", with: "\n") ?? ""
        if text.count > Self.maximumTextLength {
            problem("tekst", "tekst mag hoogstens \(Self.maximumTextLength) tekens lang zijn; ontvangen: \(text.count) tekens.")
        }
        let summary = input.samenvatting?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let summary, summary.count > 5_000 {
            problem("samenvatting", "samenvatting mag hoogstens 5000 tekens lang zijn; ontvangen: \(summary.count) tekens.")
        }

        let reference = line(input.kenmerk, "kenmerk")
        let author = line(input.auteur, "auteur")
        let handledBy = line(input.behandeldDoor, "behandeldDoor")
        let origin = line(input.bron, "bron")
        guard problems.isEmpty, let title else { throw ValidationFailure(problems) }
        self.init(title: title, kind: kind, date: date, reference: reference, author: author, handledBy: handledBy,
                  summary: summary?.isEmpty == false ? summary : nil, fullText: text, origin: origin,
                  confidentiality: confidentiality, access: access)
    }

    /// The draft as form input again: what an edit form starts from.
    public var input: Input {
        Input(titel: title, soort: kind.rawValue, datum: date?.iso, kenmerk: reference, auteur: author,
              behandeldDoor: handledBy, samenvatting: summary, tekst: fullText, bron: origin,
              vertrouwelijkheid: confidentiality.rawValue, toegang: access.sorted().map(\.code))
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
        ]
        return fields.map { field, value in (field, value?.isEmpty == false ? value : nil) }
    }
}
