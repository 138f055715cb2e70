import TafelAPI
import TafelCore

/// Portfolio programmes in the API's shapes (docs/PROGRAMMAS.md).
extension APIMapping {
    static func summary(_ p: Programme) -> Schemas.ProgrammaSamenvatting {
        Schemas.ProgrammaSamenvatting(
            id: p.id, _links: links(.programme, p.id), naam: p.name, portefeuille: p.portfolio, doel: p.goal,
            status: code(p.status) ?? .concept, omschrijving: p.description, aangemaakt: p.meta.createdAt,
            gewijzigd: p.meta.updatedAt, versie: p.meta.version)
    }

    static func detail(_ d: ProgrammeDetail) -> Schemas.Programma {
        let p = d.programme
        return Schemas.Programma(
            id: p.id, _links: links(.programme, p.id), naam: p.name, portefeuille: p.portfolio, doel: p.goal,
            status: code(p.status) ?? .concept, omschrijving: p.description, aangemaakt: p.meta.createdAt,
            gewijzigd: p.meta.updatedAt, versie: p.meta.version, vertrouwelijkheid: code(p.meta.confidentiality),
            toegang: d.access.map(ref), eigenaar: ref(d.owner), bestuurlijkOverleg: ref(d.body),
            bestuurlijkVoorzitter: ref(d.chair), ambtelijkOverleg: ref(d.officialBody), ambtelijkVoorzitter: ref(d.officialChair),
            kerngroep: ref(d.coreGroup), kerngroepLeden: d.coreGroupMembers.map(member), vngCommissie: ref(d.vngCommittee),
            vngCommissielid: ref(d.vngMember),
            themas: d.themes.map { Schemas.ProgrammaThema(nummer: $0.position, onderdeelVan: $0.parent, naam: $0.name, opgave: ref($0.task)) },
            bijeenkomsten: d.meetingPlans.map {
                Schemas.ProgrammaBijeenkomst(omschrijving: $0.description, soort: $0.kind.flatMap(code), perJaarMin: $0.perYearMin,
                                             perJaarMax: $0.perYearMax, gremium: ref($0.body))
            },
            partners: d.partners.map(ref), opgaven: d.tasks.map(ref), samenwerkingen: d.collaborations.map(ref),
            bronnen: d.sources.map(source))
    }
}
