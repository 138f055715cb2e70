/// The legal or organisational form of a collaboration.
public enum CollaborationForm: String, Vocabulary {
    case gemeenschappelijkeRegeling = "gemeenschappelijke_regeling"
    case convenant, alliantie, bestuursovereenkomst, intentieovereenkomst, regiodeal
    case subsidierelatie, pilot, project, programma, commissie, fonds, netwerk

    public var label: String {
        switch self {
        case .gemeenschappelijkeRegeling: "Gemeenschappelijke regeling"
        case .convenant: "Convenant"
        case .alliantie: "Alliantie"
        case .bestuursovereenkomst: "Bestuursovereenkomst"
        case .intentieovereenkomst: "Intentieovereenkomst"
        case .regiodeal: "Regiodeal"
        case .subsidierelatie: "Subsidierelatie"
        case .pilot: "Pilot"
        case .project: "Project"
        case .programma: "Programma"
        case .commissie: "Commissie"
        case .fonds: "Fonds"
        case .netwerk: "Netwerk of platform"
        }
    }
}

/// The form of a gemeenschappelijke regeling under the Wet gemeenschappelijke regelingen.
public enum WgrForm: String, Vocabulary {
    case openbaarLichaam = "openbaar_lichaam"
    case bedrijfsvoeringsorganisatie
    case gemeenschappelijkOrgaan = "gemeenschappelijk_orgaan"
    case centrumgemeenteconstructie
    case regelingZonderMeer = "regeling_zonder_meer"

    public var label: String {
        switch self {
        case .openbaarLichaam: "Openbaar lichaam"
        case .bedrijfsvoeringsorganisatie: "Bedrijfsvoeringsorganisatie"
        case .gemeenschappelijkOrgaan: "Gemeenschappelijk orgaan"
        case .centrumgemeenteconstructie: "Centrumgemeenteconstructie"
        case .regelingZonderMeer: "Regeling zonder meer"
        }
    }
}

/// Where a collaboration stands.
public enum CollaborationStatus: String, Vocabulary {
    case verkenning
    case inVoorbereiding = "in_voorbereiding"
    case actief, afgerond, gestopt
    case nietHaalbaar = "niet_haalbaar"

    public var label: String {
        switch self {
        case .verkenning: "Verkenning"
        case .inVoorbereiding: "In voorbereiding"
        case .actief: "Actief"
        case .afgerond: "Afgerond"
        case .gestopt: "Gestopt"
        case .nietHaalbaar: "Niet haalbaar"
        }
    }

    /// A stopped or infeasible collaboration must say why.
    public var requiresReason: Bool { self == .gestopt || self == .nietHaalbaar }
}

/// The role of a participating organisation in a collaboration.
public enum ParticipantRole: String, Vocabulary {
    case trekker, deelnemer, financier, opdrachtgever, uitvoerder, adviseur, toehoorder

    public var label: String {
        switch self {
        case .trekker: "Trekker / penvoerder"
        case .deelnemer: "Deelnemer"
        case .financier: "Financier"
        case .opdrachtgever: "Opdrachtgever"
        case .uitvoerder: "Uitvoerder"
        case .adviseur: "Adviseur"
        case .toehoorder: "Toehoorder"
        }
    }
}

/// The role the province plays in a collaboration.
public enum ProvinceRole: String, Vocabulary {
    case initiator, regisseur, financier, facilitator, partner, opdrachtgever, agenderend

    public var label: String {
        switch self {
        case .initiator: "Initiator"
        case .regisseur: "Regisseur"
        case .financier: "Financier"
        case .facilitator: "Facilitator"
        case .partner: "Partner"
        case .opdrachtgever: "Opdrachtgever"
        case .agenderend: "Agenderend"
        }
    }
}

/// What kind of money an amount of a collaboration is.
public enum AmountKind: String, Vocabulary {
    case budget
    case provincialeBijdrage = "provinciale_bijdrage"
    case bijdrage
    case uitgelokteInvestering = "uitgelokte_investering"

    public var label: String {
        switch self {
        case .budget: "Budget"
        case .provincialeBijdrage: "Provinciale bijdrage"
        case .bijdrage: "Bijdrage"
        case .uitgelokteInvestering: "Uitgelokte investering"
        }
    }
}

/// How two collaborations relate.
public enum CollaborationRelation: String, Vocabulary {
    case opvolgerVan = "opvolger_van"
    case onderdeelVan = "onderdeel_van"
    case verwantAan = "verwant_aan"

    public var label: String {
        switch self {
        case .opvolgerVan: "Opvolger van"
        case .onderdeelVan: "Onderdeel van"
        case .verwantAan: "Verwant aan"
        }
    }
}

/// How far councils and Provinciale Staten are involved in a collaboration.
public enum CouncilInvolvement: String, Vocabulary {
    case informatie, consultatie, zienswijze, besluit

    public var label: String {
        switch self {
        case .informatie: "Informatie"
        case .consultatie: "Consultatie"
        case .zienswijze: "Zienswijze"
        case .besluit: "Besluit"
        }
    }
}
