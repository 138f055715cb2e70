import TafelCore
import TafelStore
/// The shape of the demo data files (see docs/DATA.md): Dutch camelCase keys, the
/// same names the API uses. Decoded as written; checked by `DemoDataSet.validate()`.
struct SourceEntry: Decodable, Sendable {
    let document: String?
    let passage: String?
    let referentie: String?
}

struct DocumentEntry: Decodable, Sendable {
    let id: String, titel: String, soort: String, datum: String?, kenmerk: String?, behandeldDoor: String?
    let auteur: String?, afzenders: [String]?, geadresseerden: [String]?, vertrouwelijkheid: String?
    /// The seed file with the text; nil for a document the seeds cite but do not include ("tekst niet beschikbaar").
    let tekstbestand: String?, samenvatting: String?, bronnen: [SourceEntry]?
    /// The document this one was sent with as an attachment ("bijgevoegd").
    let bijlageBij: String?
    let wooInformatiecategorie: String?
    /// Where a seed file holds more than one document: the document's text starts at `tekstVanaf`
    /// and ends before `tekstTot` (seed 000 is an agenda request followed by the letter it concerns).
    let tekstVanaf: String?, tekstTot: String?
}

struct OrganisationEntry: Decodable, Sendable {
    /// One statement of the organisation's course: missie, visie, hoofdfunctie or strategiepunt.
    struct Statement: Decodable, Sendable {
        let soort: String, titel: String?, tekst: String, vastgesteld: String?, bron: SourceEntry?
    }
    let id: String, naam: String, korteNaam: String?, soort: String, cbsCode: String?, tooiUri: String?
    let inwoners: Int?, inwonersToelichting: String?, bovenliggende: String?, omschrijving: String?
    let bronnen: [SourceEntry]?
    let koers: [Statement]?
}

struct PersonEntry: Decodable, Sendable {
    let id: String, naam: String, voornaam: String?, tussenvoegsel: String?, achternaam: String?
    let omschrijving: String?, bronnen: [SourceEntry]?
}

struct PostEntry: Decodable, Sendable {
    let id: String, label: String, rol: String?, organisatie: String?, gremium: String?, bronnen: [SourceEntry]?
}

struct MembershipEntry: Decodable, Sendable {
    let id: String, persoon: String, organisatie: String?, gremium: String?, post: String?, rol: String?
    let namens: String?, vanaf: String?, tot: String?, waargenomenOp: String?, bronnen: [SourceEntry]?
}

/// An organisation's membership of another (a municipality of the VDG).
struct OrganisationMembershipEntry: Decodable, Sendable {
    let id: String, lid: String, organisatie: String, rol: String?
    let vanaf: String?, tot: String?, waargenomenOp: String?, bronnen: [SourceEntry]?
}

struct BodyEntry: Decodable, Sendable {
    let id: String, naam: String, soort: String, organisatie: String?, bovenliggende: String?
    let omschrijving: String?, vergaderingenPerJaarMin: Int?, vergaderingenPerJaarMax: Int?
    /// The bodies that act as its constituency (achterban).
    let achterban: [String]?
    let bronnen: [SourceEntry]?
}

struct TaskAgendaEntry: Decodable, Sendable {
    let id: String, naam: String, eigenaar: String?, vastgesteld: String?, omschrijving: String?
    let bronnen: [SourceEntry]?, opgaven: [TaskEntry]
}

struct TaskEntry: Decodable, Sendable {
    let id: String, nummer: Int?, naam: String, cluster: String?, omschrijving: String?
    let rolProvincie: [String]?, consequenties: [String]?, bronnen: [SourceEntry]?
}

struct CollaborationEntry: Decodable, Sendable {
    struct Participant: Decodable, Sendable { let organisatie: String, rol: String, vanaf: String?, tot: String? }
    struct Amount: Decodable, Sendable {
        let omschrijving: String, soort: String, bedragCent: Int64, valuta: String?, organisatie: String?, periode: String?
    }
    struct Related: Decodable, Sendable { let samenwerking: String, relatie: String }

    let id: String, naam: String, korteNaam: String?, doel: String?, omschrijving: String?
    let vorm: String?, wgrVorm: String?, status: String?, redenStatus: String?
    let startdatum: String?, einddatum: String?, rolProvincie: [String]?, domeinen: [String]?
    let opgaven: [String]?, opgavenagendas: [String]?, gremia: [String]?, deelnemers: [Participant]?, bedragen: [Amount]?
    let gerelateerd: [Related]?, bronnen: [SourceEntry]?
}

struct MeetingEntry: Decodable, Sendable {
    struct Participant: Decodable, Sendable { let persoon: String?, organisatie: String?, namens: String?, rol: String }
    struct Item: Decodable, Sendable { let nummer: Int, titel: String, omschrijving: String?, documenten: [String]? }
    struct Result: Decodable, Sendable { let soort: String, tekst: String, agendapunt: Int?, door: String? }

    let id: String, naam: String, soort: String, status: String, datum: String?, aanvang: String?
    let locatie: String?, gremium: String?, organisatoren: [String]?, omschrijving: String?
    let bronnen: [SourceEntry]?, deelnemers: [Participant]?, agendapunten: [Item]?, uitkomsten: [Result]?
}

struct ProgrammeEntry: Decodable, Sendable {
    struct Theme: Decodable, Sendable { let naam: String, opgave: String?, subthemas: [String]? }
    struct MeetingPlan: Decodable, Sendable {
        let omschrijving: String, soort: String?, perJaarMin: Int?, perJaarMax: Int?, gremium: String?
    }
    let id: String, naam: String, portefeuille: String, doel: String?, status: String, omschrijving: String?
    let eigenaar: String?, bestuurlijkOverleg: String?, ambtelijkOverleg: String?, kerngroep: String?
    let bestuurlijkVoorzitter: String?, ambtelijkVoorzitter: String?, vngCommissie: String?, vngCommissielid: String?
    let themas: [Theme]?, bijeenkomsten: [MeetingPlan]?, partners: [String]?, opgaven: [String]?, samenwerkingen: [String]?
    let bronnen: [SourceEntry]?
}

struct CommitmentEntry: Decodable, Sendable {
    struct Deadline: Decodable, Sendable { let datum: String?, gebeurtenis: String? }
    let id: String, titel: String, tekst: String, gedaanOp: String?, bijeenkomst: String?, uitkomst: Int?, document: String?
    let doorPersoon: String?, doorGremium: String?, aanGremium: String?, aanOrganisatie: String?, termijn: Deadline?
    let voldaanOp: String?, voldaanMet: [String]?, besluit: String?, besluitToelichting: String?, omschrijving: String?
    let bronnen: [SourceEntry]?
}

/// A fraction's agenda request with its questions and answers (see docs/AGENDERINGSVERZOEKEN.md).
struct AgendaRequestEntry: Decodable, Sendable {
    struct Question: Decodable, Sendable {
        let aan: String, nummer: Int?, tekst: String, antwoorden: [Answer]?
    }
    struct Answer: Decodable, Sendable {
        let tekst: String?, op: String?, doorPersoon: String?, doorGremium: String?, doorOrganisatie: String?
        let document: String?, bijeenkomst: String?
    }
    let id: String, titel: String, fractie: String, gremium: String, onderwerpDocument: String?, document: String?
    let bijeenkomst: String?, ingediendOp: String?, status: String?, motivatie: String?, visieFractie: String?
    let omschrijving: String?, vragen: [Question]?, bronnen: [SourceEntry]?

    var input: AgendaRequestInput {
        AgendaRequestInput(
            titel: titel, fractie: fractie, gremium: gremium, onderwerpDocument: onderwerpDocument, document: document,
            bijeenkomst: bijeenkomst, ingediendOp: ingediendOp, status: status, motivatie: motivatie, visieFractie: visieFractie,
            omschrijving: omschrijving,
            vragen: (vragen ?? []).map { q in
                .init(aan: q.aan, nummer: q.nummer.map(String.init), tekst: q.tekst, antwoorden: (q.antwoorden ?? []).map { a in
                    .init(tekst: a.tekst, op: a.op, doorPersoon: a.doorPersoon, doorGremium: a.doorGremium, doorOrganisatie: a.doorOrganisatie,
                          document: a.document, bijeenkomst: a.bijeenkomst)
                })
            })
    }
}

/// A province's policy product with its decided consequences (see docs/BELEIDSPRODUCTEN.md).
struct PolicyProductEntry: Decodable, Sendable {
    struct Consequence: Decodable, Sendable {
        let onderwerp: String, consequentie: String, rol: String?, vanaf: String?, toelichting: String?
    }
    let id: String, naam: String, eigenaar: String?, opgave: String?, domein: String?, soortTaak: String?, kerntaak: String?
    let rollen: [String]?, omschrijving: String?, vastgesteldOp: String?, document: String?, consequenties: [Consequence]?
    let samenwerkingen: [String]?, bronnen: [SourceEntry]?

    var input: PolicyProductInput {
        PolicyProductInput(
            naam: naam, eigenaar: eigenaar, opgave: opgave, domein: domein, soortTaak: soortTaak, kerntaak: kerntaak, rollen: rollen ?? [],
            omschrijving: omschrijving, vastgesteldOp: vastgesteldOp, document: document,
            consequenties: (consequenties ?? []).map {
                .init(onderwerp: $0.onderwerp, consequentie: $0.consequentie, rol: $0.rol, vanaf: $0.vanaf, toelichting: $0.toelichting)
            },
            samenwerkingen: samenwerkingen ?? [])
    }
}

/// A joint draft decision with each organisation's decision on it (see docs/GEZAMENLIJKE-BESLUITEN.md).
struct JointDecisionEntry: Decodable, Sendable {
    struct Response: Decodable, Sendable {
        let organisatie: String, status: String, datum: String?, url: String?, document: String?, toelichting: String?
    }
    let id: String, titel: String, voorstel: String?, omschrijving: String?, aangebodenDoor: String?, eigenaar: String?, orgaan: String?
    let aangebodenOp: String?, besluitenVoor: String?, opgave: String?, bijeenkomst: String?, document: String?, samenwerking: String?
    let besluiten: [Response]?, bronnen: [SourceEntry]?

    var input: JointDecisionInput {
        JointDecisionInput(
            titel: titel, voorstel: voorstel, omschrijving: omschrijving, aangebodenDoor: aangebodenDoor, eigenaar: eigenaar, orgaan: orgaan,
            aangebodenOp: aangebodenOp, besluitenVoor: besluitenVoor, opgave: opgave, bijeenkomst: bijeenkomst, document: document,
            samenwerking: samenwerking,
            besluiten: (besluiten ?? []).map {
                .init(organisatie: $0.organisatie, status: $0.status, datum: $0.datum, url: $0.url, document: $0.document, toelichting: $0.toelichting)
            })
    }
}

/// A position towards another government (see docs/STANDPUNTEN.md).
struct StanceEntry: Decodable, Sendable {
    let id: String, titel: String, tekst: String?, omschrijving: String?, richting: String, adressaat: String?, eigenaar: String?
    let gremium: String?, trekker: String?, status: String?, ingenomenOp: String?, lobbyagenda: String?, steunendeOrganisaties: [String]?
    let opgaven: [String]?, bijeenkomst: String?, document: String?, bronnen: [SourceEntry]?

    var input: StanceInput {
        StanceInput(titel: titel, tekst: tekst, omschrijving: omschrijving, richting: richting, adressaat: adressaat, eigenaar: eigenaar,
                    gremium: gremium, trekker: trekker, status: status, ingenomenOp: ingenomenOp, lobbyagenda: lobbyagenda,
                    steunendeOrganisaties: steunendeOrganisaties ?? [], opgaven: opgaven ?? [], bijeenkomst: bijeenkomst, document: document)
    }
}
