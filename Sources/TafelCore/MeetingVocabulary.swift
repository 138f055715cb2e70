/// The kind of a meeting (ODS `vergaderingstype`, widened to the meetings of collaboration).
public enum MeetingKind: String, Vocabulary {
    case overleg
    case bestuurlijkOverleg = "bestuurlijk_overleg"
    case ambtelijkOverleg = "ambtelijk_overleg"
    case kenniscafe, themabijeenkomst, congres, statenvergadering, commissievergadering
    case statenontmoeting
    case algemeneLedenvergadering = "algemene_ledenvergadering"
    case onlineGesprek = "online_gesprek"
    case werkbezoek

    public var label: String {
        switch self {
        case .overleg: "Overleg"
        case .bestuurlijkOverleg: "Bestuurlijk overleg"
        case .ambtelijkOverleg: "Ambtelijk overleg"
        case .kenniscafe: "Kenniscafé"
        case .themabijeenkomst: "Themabijeenkomst"
        case .congres: "Congres"
        case .statenvergadering: "Statenvergadering"
        case .commissievergadering: "Commissievergadering"
        case .statenontmoeting: "Statenontmoeting"
        case .algemeneLedenvergadering: "Algemene ledenvergadering"
        case .onlineGesprek: "Online gesprek"
        case .werkbezoek: "Werkbezoek"
        }
    }
}

/// Whether a meeting is still to come, took place, or was called off (ODS `status`).
public enum MeetingStatus: String, Vocabulary {
    case gepland, gehouden, geannuleerd

    public var label: String {
        switch self {
        case .gepland: "Gepland"
        case .gehouden: "Gehouden"
        case .geannuleerd: "Geannuleerd"
        }
    }
}

/// The role of someone taking part in a meeting.
public enum AttendanceRole: String, Vocabulary {
    case voorzitter, spreker, reflectant, deelnemer, notulist, toehoorder, genodigde

    public var label: String {
        switch self {
        case .voorzitter: "Voorzitter"
        case .spreker: "Spreker"
        case .reflectant: "Reflectant"
        case .deelnemer: "Deelnemer"
        case .notulist: "Notulist"
        case .toehoorder: "Toehoorder"
        case .genodigde: "Genodigde"
        }
    }
}

/// What a meeting produced.
public enum OutcomeKind: String, Vocabulary {
    case aanbeveling, afspraak, besluit, conclusie, toezegging, actiepunt

    public var label: String {
        switch self {
        case .aanbeveling: "Aanbeveling"
        case .afspraak: "Afspraak"
        case .besluit: "Besluit"
        case .conclusie: "Conclusie"
        case .toezegging: "Toezegging"
        case .actiepunt: "Actiepunt"
        }
    }
}

/// Whether someone on a meeting's list was there.
public enum Presence: String, Vocabulary {
    case aanwezig, afgemeld, afwezig

    public var label: String {
        switch self {
        case .aanwezig: "Aanwezig"
        case .afgemeld: "Afgemeld"
        case .afwezig: "Afwezig (zonder afmelding)"
        }
    }
}

/// Where an action item stands.
public enum ActionStatus: String, Vocabulary {
    case open, afgerond, vervallen

    public var label: String {
        switch self {
        case .open: "Open"
        case .afgerond: "Afgerond"
        case .vervallen: "Vervallen"
        }
    }
}

/// How a decision on an agenda item went (ODS `Besluit.resultaat`).
public enum DecisionResult: String, Vocabulary {
    case aangenomen
    case geamendeerdAangenomen = "geamendeerd_aangenomen"
    case verworpen, aangehouden, ingetrokken

    public var label: String {
        switch self {
        case .aangenomen: "Aangenomen"
        case .geamendeerdAangenomen: "Geamendeerd aangenomen"
        case .verworpen: "Verworpen"
        case .aangehouden: "Aangehouden"
        case .ingetrokken: "Ingetrokken"
        }
    }
}
