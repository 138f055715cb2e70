/// The information categories of the Wet open overheid (article 3.3) under which Tafel publishes
/// documents actively, with their TOOI concepts (`scw_woo_informatiecategorieen`) and the number
/// the Woo-index's sitemap index files carry (`sitemapindex-diwoo-infocatNNN.xml`).
public enum WooCategory: String, Vocabulary {
    case organisatieEnWerkwijze = "organisatie_en_werkwijze"
    case ingekomenStukken = "ingekomen_stukken"
    case vergaderstukkenDecentraleOverheden = "vergaderstukken_decentrale_overheden"
    case agendasEnBesluitenlijstenBestuurscolleges = "agendas_en_besluitenlijsten_bestuurscolleges"
    case adviezen
    case convenanten
    case jaarplannenEnJaarverslagen = "jaarplannen_en_jaarverslagen"
    case onderzoeksrapporten

    /// The label of the TOOI value list.
    public var label: String {
        switch self {
        case .organisatieEnWerkwijze: "organisatie en werkwijze"
        case .ingekomenStukken: "bij vertegenwoordigende organen ingekomen stukken"
        case .vergaderstukkenDecentraleOverheden: "vergaderstukken decentrale overheden"
        case .agendasEnBesluitenlijstenBestuurscolleges: "agenda's en besluitenlijsten bestuurscolleges"
        case .adviezen: "adviezen"
        case .convenanten: "convenanten"
        case .jaarplannenEnJaarverslagen: "jaarplannen en jaarverslagen"
        case .onderzoeksrapporten: "onderzoeksrapporten"
        }
    }

    /// Where the Woo names it: "artikel 3.3, tweede lid, onder c".
    public var article: String {
        switch self {
        case .organisatieEnWerkwijze: "artikel 3.3, eerste lid, onder d"
        case .ingekomenStukken: "artikel 3.3, tweede lid, onder a"
        case .vergaderstukkenDecentraleOverheden: "artikel 3.3, tweede lid, onder c"
        case .agendasEnBesluitenlijstenBestuurscolleges: "artikel 3.3, tweede lid, onder d"
        case .adviezen: "artikel 3.3, tweede lid, onder e"
        case .convenanten: "artikel 3.3, tweede lid, onder f"
        case .jaarplannenEnJaarverslagen: "artikel 3.3, tweede lid, onder g"
        case .onderzoeksrapporten: "artikel 3.3, tweede lid, onder j"
        }
    }

    public var tooiURI: String { "https://identifier.overheid.nl/tooi/def/thes/kern/" + tooiID }

    var tooiID: String {
        switch self {
        case .organisatieEnWerkwijze: "c_40a05794"
        case .ingekomenStukken: "c_8c840238"
        case .vergaderstukkenDecentraleOverheden: "c_db4862c3"
        case .agendasEnBesluitenlijstenBestuurscolleges: "c_3a248e3a"
        case .adviezen: "c_99a836c7"
        case .convenanten: "c_8fc2335c"
        case .jaarplannenEnJaarverslagen: "c_c6cd1213"
        case .onderzoeksrapporten: "c_fdaee95e"
        }
    }

    /// The category's place among the seventeen of article 3.3, as the sitemap index names it:
    /// 1a–1e are 1–5, 2a–2l are 6–17.
    public var sitemapNumber: Int {
        switch self {
        case .organisatieEnWerkwijze: 4
        case .ingekomenStukken: 6
        case .vergaderstukkenDecentraleOverheden: 8
        case .agendasEnBesluitenlijstenBestuurscolleges: 9
        case .adviezen: 10
        case .convenanten: 11
        case .jaarplannenEnJaarverslagen: 12
        case .onderzoeksrapporten: 15
        }
    }

    /// "008": the number as the file names write it.
    public var sitemapCode: String {
        let number = String(sitemapNumber)
        return String(repeating: "0", count: 3 - number.count) + number
    }

    public init?(sitemapCode: String) {
        guard let category = Self.allCases.first(where: { $0.sitemapCode == sitemapCode }) else { return nil }
        self = category
    }
}

/// What was done with a document, as DiWoo's `documenthandeling` records it (TOOI `scw_documenthandelingen`).
public enum WooDocumentAction: String, Vocabulary {
    case vaststelling, ontvangst, ondertekening

    public var label: String { rawValue }

    public var tooiURI: String {
        let id = switch self {
        case .vaststelling: "c_641ecd76"
        case .ontvangst: "c_dfcee535"
        case .ondertekening: "c_e1ec050e"
        }
        return "https://identifier.overheid.nl/tooi/def/thes/kern/" + id
    }
}

extension DocumentKind {
    /// The Woo category a document of this kind falls under unless the editor chose another;
    /// nil for `overig`, which is published only when an editor names a category.
    public var defaultWooCategory: WooCategory? {
        switch self {
        case .statenbrief, .agenderingsverzoek, .notulen, .agenda, .verslag: .vergaderstukkenDecentraleOverheden
        case .besluitenlijst: .agendasEnBesluitenlijstenBestuurscolleges
        case .brief: .ingekomenStukken
        case .convenant: .convenanten
        case .strategischeAgenda: .jaarplannenEnJaarverslagen
        case .rapport: .onderzoeksrapporten
        case .overig: nil
        }
    }

    /// What was done with a document of this kind on its date: a letter was signed by its sender,
    /// a request came in, a plan, agenda, report or decision list was adopted.
    public var wooAction: WooDocumentAction {
        switch self {
        case .statenbrief, .brief, .convenant: .ondertekening
        case .agenderingsverzoek: .ontvangst
        case .strategischeAgenda, .agenda, .besluitenlijst, .notulen, .verslag, .rapport, .overig: .vaststelling
        }
    }
}
