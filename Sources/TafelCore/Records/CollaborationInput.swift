import Foundation

/// A collaboration as typed, before any checking: every value as text, so that a form
/// can show it again and an import can report it. Names are the API's field names.
public struct CollaborationInput: Sendable, Hashable, Codable {
    public struct Participant: Sendable, Hashable, Codable {
        public var organisatie: String?
        public var rol: String?
        public var vanaf: String?
        public var tot: String?

        public init(organisatie: String? = nil, rol: String? = nil, vanaf: String? = nil, tot: String? = nil) {
            self.organisatie = organisatie; self.rol = rol; self.vanaf = vanaf; self.tot = tot
        }

        public var isEmpty: Bool { [organisatie, rol, vanaf, tot].allSatisfy { ($0 ?? "").trimmed.isEmpty } }
    }

    public struct Amount: Sendable, Hashable, Codable {
        public var omschrijving: String?
        public var soort: String?
        public var bedrag: String?
        public var organisatie: String?
        public var periode: String?

        public init(omschrijving: String? = nil, soort: String? = nil, bedrag: String? = nil, organisatie: String? = nil,
                    periode: String? = nil) {
            self.omschrijving = omschrijving; self.soort = soort; self.bedrag = bedrag
            self.organisatie = organisatie; self.periode = periode
        }

        public var isEmpty: Bool { [omschrijving, soort, bedrag, organisatie, periode].allSatisfy { ($0 ?? "").trimmed.isEmpty } }
    }

    public struct Relation: Sendable, Hashable, Codable {
        public var samenwerking: String?
        public var relatie: String?

        public init(samenwerking: String? = nil, relatie: String? = nil) {
            self.samenwerking = samenwerking; self.relatie = relatie
        }

        public var isEmpty: Bool { (samenwerking ?? "").trimmed.isEmpty && (relatie ?? "").trimmed.isEmpty }
    }

    public var naam: String?
    public var korteNaam: String?
    public var doel: String?
    public var omschrijving: String?
    public var vorm: String?
    public var wgrVorm: String?
    public var status: String?
    public var redenBeeindiging: String?
    public var startdatum: String?
    public var einddatum: String?
    public var rolProvincie: [String]
    public var domeinen: [String]
    public var opgaven: [String]
    public var gremia: [String]
    public var deelnemers: [Participant]
    public var bedragen: [Amount]
    public var betrokkenheidRaden: [String]
    public var verantwoording: String?
    public var juridischeGrondslag: String?
    public var vestigingsplaats: String?
    public var overgedragenBevoegdheden: String?
    public var gerelateerd: [Relation]
    public var vertrouwelijkheid: String?
    public var toegang: [String]

    public init(naam: String? = nil, korteNaam: String? = nil, doel: String? = nil, omschrijving: String? = nil,
                vorm: String? = nil, wgrVorm: String? = nil, status: String? = nil, redenBeeindiging: String? = nil,
                startdatum: String? = nil, einddatum: String? = nil, rolProvincie: [String] = [], domeinen: [String] = [],
                opgaven: [String] = [], gremia: [String] = [], deelnemers: [Participant] = [], bedragen: [Amount] = [],
                betrokkenheidRaden: [String] = [], verantwoording: String? = nil, juridischeGrondslag: String? = nil,
                vestigingsplaats: String? = nil, overgedragenBevoegdheden: String? = nil, gerelateerd: [Relation] = [],
                vertrouwelijkheid: String? = nil, toegang: [String] = []) {
        self.naam = naam; self.korteNaam = korteNaam; self.doel = doel; self.omschrijving = omschrijving
        self.vorm = vorm; self.wgrVorm = wgrVorm; self.status = status; self.redenBeeindiging = redenBeeindiging
        self.startdatum = startdatum; self.einddatum = einddatum; self.rolProvincie = rolProvincie
        self.domeinen = domeinen; self.opgaven = opgaven; self.gremia = gremia; self.deelnemers = deelnemers
        self.bedragen = bedragen; self.betrokkenheidRaden = betrokkenheidRaden; self.verantwoording = verantwoording
        self.juridischeGrondslag = juridischeGrondslag; self.vestigingsplaats = vestigingsplaats
        self.overgedragenBevoegdheden = overgedragenBevoegdheden; self.gerelateerd = gerelateerd
        self.vertrouwelijkheid = vertrouwelijkheid; self.toegang = toegang
    }

    /// Every field in the API's names and order, lists as one line each; empty is nil.
    public var values: [(String, String?)] {
        let fields: [(String, String?)] = [
            ("naam", naam), ("korteNaam", korteNaam), ("doel", doel), ("omschrijving", omschrijving), ("vorm", vorm),
            ("wgrVorm", wgrVorm), ("status", status), ("redenBeeindiging", redenBeeindiging), ("startdatum", startdatum),
            ("einddatum", einddatum), ("rolProvincie", rolProvincie.joined(separator: "; ")),
            ("domeinen", domeinen.joined(separator: "; ")), ("opgaven", opgaven.joined(separator: "; ")),
            ("gremia", gremia.joined(separator: "; ")),
            ("deelnemers", deelnemers.map(\.line).joined(separator: "; ")),
            ("bedragen", bedragen.map(\.line).joined(separator: "; ")),
            ("betrokkenheidRaden", betrokkenheidRaden.joined(separator: "; ")), ("verantwoording", verantwoording),
            ("juridischeGrondslag", juridischeGrondslag), ("vestigingsplaats", vestigingsplaats),
            ("overgedragenBevoegdheden", overgedragenBevoegdheden),
            ("gerelateerd", gerelateerd.map { "\($0.relatie ?? ""):\($0.samenwerking ?? "")" }.joined(separator: "; ")),
            ("vertrouwelijkheid", vertrouwelijkheid), ("toegang", toegang.joined(separator: "; ")),
        ]
        return fields.map { field, value in (field, value?.isEmpty == false ? value : nil) }
    }
}

extension CollaborationInput.Participant {
    /// `organisatie:rol:vanaf:tot`, the notation of history and CSV.
    public var line: String { [organisatie, rol, vanaf, tot].map { $0 ?? "" }.joined(separator: ":") }
}

extension CollaborationInput.Amount {
    /// `soort:bedrag:organisatie:periode:omschrijving`; the description last, as it may hold a colon.
    public var line: String { [soort, bedrag, organisatie, periode, omschrijving].map { $0 ?? "" }.joined(separator: ":") }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
