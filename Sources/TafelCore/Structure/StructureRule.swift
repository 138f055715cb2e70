/// One rule of a structure of bodies, as data: its Dutch text and source passage, the check
/// it runs with its numbers, and the bodies it applies to. A rule set (`StructureRuleSet`) is
/// a JSON file another province or association can adapt; the checks are Tafel's code.
public struct StructureRule: Sendable, Hashable, Codable, Identifiable {
    /// What a rule checks; each is a pure function over a `Structure` at a date (`StructureRule+Checks`).
    public enum Check: String, Sendable, Hashable, Codable, CaseIterable {
        /// Every municipality has a seat (on its behalf or through a function there): the member
        /// municipalities of `ledenVan` where it has any on the date, else those of `provincie`.
        case elkeGemeenteVertegenwoordigd = "elke-gemeente-vertegenwoordigd"
        /// At most `aantal` members come from each of the bodies `uit` (a kring "mag een lid afvaardigen").
        case hoogstensLedenUit = "hoogstens-leden-uit"
        /// Each of `rollen` is held by someone.
        case rollenBezet = "rollen-bezet"
        /// At least one member holds the function `functie` in an organisation (a gemeentesecretaris).
        case lidMetFunctie = "lid-met-functie"
        /// The chair (a seat in one of `rollen`) is a member of body `van`, or of the parent body when `van` is absent.
        case voorzitterLidVan = "voorzitter-lid-van"
        /// The body meets `minimum` to `maximum` times in the calendar year (the body's own numbers when absent).
        case vergaderritme
        /// Someone who sits in body `uit` (Gedeputeerde Staten) takes part.
        case uitgenodigdUit = "uitgenodigd-uit"
        /// The body's kerngroep (a child body) holds `aantal` officials from its ambtelijk overleg
        /// (a child body), among them that overleg's chair (`ambtelijkeRollen`), plus the body's chair (`rollen`).
        case kerngroep
        /// The chair of the body's ambtelijk overleg (`ambtelijkeRollen`) comes from the municipality of the body's chair (`rollen`).
        case ambtelijkVoorzitterZelfdeGemeente = "ambtelijk-voorzitter-zelfde-gemeente"
        /// Every meeting held by the date has a notulist and a report (a document of kind verslag).
        case verslagEnNotulist = "verslag-en-notulist"
    }

    public struct Source: Sendable, Hashable, Codable {
        public let document: String
        public let passage: String

        public init(document: String, passage: String) {
            self.document = document; self.passage = passage
        }
    }

    public let id: String
    /// The rule in the words of its source.
    public let tekst: String
    public let bron: Source?
    public let controle: Check
    /// The bodies it applies to: these ids, and every body of one of `soorten` of `organisatie`, less `behalve`.
    public let gremia: [String]?
    public let soorten: [BodyKind]?
    public let organisatie: String?
    /// Bodies that describe a kind of body rather than being one (the VDG's "Bestuurlijke overleggen").
    public let behalve: [String]?
    public let rollen: [String]?
    public let ambtelijkeRollen: [String]?
    public let aantal: Int?
    public let minimum: Int?
    public let maximum: Int?
    public let uit: [String]?
    public let van: String?
    public let functie: String?
    public let provincie: String?
    public let ledenVan: String?
    /// For `kerngroep`: the body's VNG committee member (named by its programme) sits in it too.
    public let vngCommissielid: Bool?

    public init(id: String, tekst: String, bron: Source? = nil, controle: Check, gremia: [String]? = nil, soorten: [BodyKind]? = nil,
                organisatie: String? = nil, behalve: [String]? = nil, rollen: [String]? = nil, ambtelijkeRollen: [String]? = nil,
                aantal: Int? = nil, minimum: Int? = nil, maximum: Int? = nil, uit: [String]? = nil, van: String? = nil,
                functie: String? = nil, provincie: String? = nil, ledenVan: String? = nil, vngCommissielid: Bool? = nil) {
        self.id = id; self.tekst = tekst; self.bron = bron; self.controle = controle; self.gremia = gremia; self.soorten = soorten
        self.organisatie = organisatie; self.behalve = behalve; self.rollen = rollen; self.ambtelijkeRollen = ambtelijkeRollen
        self.aantal = aantal; self.minimum = minimum; self.maximum = maximum; self.uit = uit; self.van = van
        self.functie = functie; self.provincie = provincie; self.ledenVan = ledenVan; self.vngCommissielid = vngCommissielid
    }

    /// The bodies of `structure` this rule applies to, by name.
    public func bodies(in structure: Structure) -> [Structure.BodyFacts] {
        let named = Set(gremia ?? [])
        let kinds = Set(soorten ?? [])
        let excluded = Set(behalve ?? [])
        return structure.bodies.filter { body in
            guard !excluded.contains(body.id) else { return false }
            if named.contains(body.id) { return true }
            guard kinds.contains(body.kind) else { return false }
            return organisatie == nil || body.organisationID == organisatie
        }.sorted { $0.name < $1.name }
    }

    /// The chair roles, lower case (`voorzitter` when the rule names none).
    var chairRoles: [String] { (rollen ?? ["voorzitter"]).map { $0.lowercased() } }
    var officialChairRoles: [String] { (ambtelijkeRollen ?? ["ambtelijk voorzitter", "voorzitter"]).map { $0.lowercased() } }
}

/// Where a body breaks a rule, with the facts that break it, in Dutch.
public struct StructureViolation: Sendable, Hashable, Codable {
    public let ruleID: String
    public let bodyID: String
    public let bodyName: String
    /// What is wrong, in one sentence.
    public let message: String
    /// The facts behind it (who sits there, what is missing), one per line.
    public let facts: [String]

    public init(ruleID: String, bodyID: String, bodyName: String, message: String, facts: [String] = []) {
        self.ruleID = ruleID; self.bodyID = bodyID; self.bodyName = bodyName; self.message = message; self.facts = facts
    }
}
