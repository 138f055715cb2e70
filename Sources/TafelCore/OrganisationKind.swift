/// The kind of an organisation (Popolo `classification`).
public enum OrganisationKind: String, Vocabulary {
    case provincie, gemeente, waterschap, rijksoverheid, vereniging, samenwerkingsverband
    case maatschappelijkeOrganisatie = "maatschappelijke_organisatie"
    case bedrijf, kennisinstelling, fractie

    public var label: String {
        switch self {
        case .provincie: "Provincie"
        case .gemeente: "Gemeente"
        case .waterschap: "Waterschap"
        case .rijksoverheid: "Rijksoverheid"
        case .vereniging: "Vereniging"
        case .samenwerkingsverband: "Samenwerkingsverband"
        case .maatschappelijkeOrganisatie: "Maatschappelijke organisatie"
        case .bedrijf: "Bedrijf"
        case .kennisinstelling: "Kennisinstelling"
        case .fractie: "Fractie"
        }
    }

    /// Plural label for headings of grouped lists.
    public var pluralLabel: String {
        switch self {
        case .provincie: "Provincies"
        case .gemeente: "Gemeenten"
        case .waterschap: "Waterschappen"
        case .rijksoverheid: "Rijksoverheid"
        case .vereniging: "Verenigingen"
        case .samenwerkingsverband: "Samenwerkingsverbanden"
        case .maatschappelijkeOrganisatie: "Maatschappelijke organisaties"
        case .bedrijf: "Bedrijven"
        case .kennisinstelling: "Kennisinstellingen"
        case .fractie: "Fracties"
        }
    }
}
