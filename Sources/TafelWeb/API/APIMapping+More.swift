import Foundation
import TafelAPI
import TafelCore
import TafelStore

extension APIMapping {
    // MARK: Collaborations

    static func summary(_ c: Collaboration) -> Schemas.SamenwerkingSamenvatting {
        Schemas.SamenwerkingSamenvatting(
            id: c.id, _links: links(.collaboration, c.id), naam: c.name, korteNaam: c.shortName, doel: c.purpose,
            omschrijving: c.description, vorm: c.form.flatMap(code), wgrVorm: c.wgrForm.flatMap(code),
            status: c.status.flatMap(code), redenBeeindiging: c.statusReason, startdatum: c.start?.iso, einddatum: c.end?.iso,
            rolProvincie: c.provinceRoles.compactMap(code), domeinen: c.domains, gearchiveerd: c.archivedAt != nil,
            aangemaakt: c.meta.createdAt, gewijzigd: c.meta.updatedAt, versie: c.meta.version)
    }

    static func detail(_ d: CollaborationDetail) -> Schemas.Samenwerking {
        let c = d.collaboration
        return Schemas.Samenwerking(
            id: c.id, _links: links(.collaboration, c.id), naam: c.name, korteNaam: c.shortName, doel: c.purpose,
            omschrijving: c.description, vorm: c.form.flatMap(code), wgrVorm: c.wgrForm.flatMap(code),
            status: c.status.flatMap(code), redenBeeindiging: c.statusReason, startdatum: c.start?.iso, einddatum: c.end?.iso,
            rolProvincie: c.provinceRoles.compactMap(code), domeinen: c.domains,
            betrokkenheidRaden: c.councilInvolvement.compactMap { .init(rawValue: $0.rawValue) },
            verantwoording: c.councilReporting, juridischeGrondslag: c.legalBasis, vestigingsplaats: c.seat,
            overgedragenBevoegdheden: c.transferredPowers, gearchiveerd: c.archivedAt != nil,
            hefboom: Leverage.ratio(d.amounts.map(\.amount)),
            aangemaakt: c.meta.createdAt, gewijzigd: c.meta.updatedAt, versie: c.meta.version,
            deelnemers: d.participants.map(participant),
            opgaven: d.tasks.map(ref), opgavenagendas: d.agendas.map(ref), gremia: d.bodies.map(ref),
            bedragen: d.amounts.map {
                Schemas.Bedrag(omschrijving: $0.amount.description, soort: code($0.amount.kind),
                               bedragCent: $0.amount.amount.cents, valuta: $0.amount.amount.currency,
                               organisatie: ref($0.organisation), periode: $0.amount.period)
            },
            gerelateerd: d.related.compactMap { related in
                code(related.relation).map { Schemas.GerelateerdeSamenwerking(samenwerking: ref(related.collaboration), relatie: $0) }
            },
            documenten: d.documents.map(ref), bronnen: d.sources.map(source))
    }

    static func participant(_ p: ParticipationLine) -> Schemas.SamenwerkingDeelnemer {
        Schemas.SamenwerkingDeelnemer(organisatie: ref(p.organisation), rol: code(p.role), vanaf: p.start?.iso, tot: p.end?.iso)
    }

    // MARK: Meetings

    static func summary(_ m: Meeting) -> Schemas.BijeenkomstSamenvatting {
        Schemas.BijeenkomstSamenvatting(
            id: m.id, _links: links(.meeting, m.id), naam: m.name, soort: code(m.kind), status: code(m.status),
            datum: m.date?.iso, aanvang: m.startTime, locatie: m.location,
            gremium: m.bodyID.map { ref(Reference(kind: .body, id: $0, name: $0)) }, omschrijving: m.description,
            aangemaakt: m.meta.createdAt, gewijzigd: m.meta.updatedAt, versie: m.meta.version)
    }

    static func detail(_ d: MeetingDetail) -> Schemas.Bijeenkomst {
        let m = d.meeting
        return Schemas.Bijeenkomst(
            id: m.id, _links: links(.meeting, m.id), naam: m.name, soort: code(m.kind), status: code(m.status),
            datum: m.date?.iso, aanvang: m.startTime, einde: m.endTime, werkelijkeAanvang: m.actualStartTime,
            werkelijkEinde: m.actualEndTime, locatie: m.location, onlineLink: m.onlineURL, gremium: ref(d.body),
            verslag: ref(d.minutes), omschrijving: m.description,
            aangemaakt: m.meta.createdAt, gewijzigd: m.meta.updatedAt, versie: m.meta.version,
            vertrouwelijkheid: code(m.meta.confidentiality), toegang: d.access.map(ref),
            organisatoren: d.organisers.map(ref),
            deelnemers: d.attendances.map {
                Schemas.BijeenkomstDeelnemer(persoon: ref($0.person), organisatie: ref($0.organisation),
                                             namens: ref($0.onBehalfOf), rol: code($0.role), aanwezigheid: $0.presence.flatMap(code))
            },
            agendapunten: d.agenda.map {
                Schemas.Agendapunt(nummer: $0.number, nummering: $0.label, onderdeelVan: $0.parentNumber, titel: $0.title,
                                   omschrijving: $0.description, presentator: ref($0.presenter), duur: $0.durationMinutes,
                                   hamerstuk: $0.isHamerstuk, documenten: $0.documents.map(ref), overgenomenVan: $0.carriedFrom?.code)
            },
            uitkomsten: d.outcomes.map {
                Schemas.Uitkomst(soort: code($0.outcome.kind), tekst: $0.outcome.text, agendapunt: $0.outcome.agendaItemNumber,
                                 door: ref($0.by), positie: $0.position, resultaat: $0.outcome.result.flatMap(code),
                                 eigenaar: ref($0.owner), deadline: $0.outcome.due?.iso, actiestatus: $0.outcome.actionStatus.flatMap(code))
            },
            documenten: d.documents.map(ref), bronnen: d.sources.map(source))
    }

    // MARK: Tasks

    static func agendaRef(_ id: String, name: String?) -> Schemas.Referentie {
        ref(Reference(kind: .taskAgenda, id: id, name: name ?? id))
    }

    static func summary(_ t: Task, agendaNames: [String: String]) -> Schemas.OpgaveSamenvatting {
        Schemas.OpgaveSamenvatting(
            id: t.id, _links: links(.task, t.id), naam: t.name, nummer: t.number, cluster: t.cluster,
            omschrijving: t.description, rolProvincie: t.provinceRoles.compactMap(code), consequenties: t.consequences.compactMap(code),
            agenda: agendaRef(t.agendaID, name: agendaNames[t.agendaID]), aangemaakt: t.meta.createdAt,
            gewijzigd: t.meta.updatedAt, versie: t.meta.version)
    }

    static func detail(_ d: TaskDetail) -> Schemas.Opgave {
        let t = d.task
        return Schemas.Opgave(
            id: t.id, _links: links(.task, t.id), naam: t.name, nummer: t.number, cluster: t.cluster,
            omschrijving: t.description, rolProvincie: t.provinceRoles.compactMap(code), consequenties: t.consequences.compactMap(code),
            agenda: agendaRef(d.agenda.id, name: d.agenda.name), aangemaakt: t.meta.createdAt,
            gewijzigd: t.meta.updatedAt, versie: t.meta.version,
            samenwerkingen: d.collaborations.map(ref), programmas: d.programmes.map(ref), bronnen: d.sources.map(source))
    }

    // MARK: Documents

    static func summary(_ d: Document) -> Schemas.DocumentSamenvatting {
        Schemas.DocumentSamenvatting(
            id: d.id, _links: links(.document, d.id), titel: d.title, soort: code(d.kind), datum: d.date?.iso,
            kenmerk: d.reference, behandeldDoor: d.handledBy, auteur: d.author, vertrouwelijkheid: code(d.confidentiality),
            samenvatting: d.summary, aangemaakt: d.meta.createdAt, gewijzigd: d.meta.updatedAt, versie: d.meta.version)
    }

    static func detail(_ detail: DocumentDetail) -> Schemas.Document {
        let d = detail.document
        return Schemas.Document(
            id: d.id, _links: links(.document, d.id), titel: d.title, soort: code(d.kind), datum: d.date?.iso,
            kenmerk: d.reference, behandeldDoor: d.handledBy, auteur: d.author, vertrouwelijkheid: code(d.confidentiality),
            samenvatting: d.summary, bron: d.origin, toegang: detail.access.map(ref),
            aangemaakt: d.meta.createdAt, gewijzigd: d.meta.updatedAt, versie: d.meta.version,
            afzenders: detail.senders.map(ref), geadresseerden: detail.addressees.map(ref), tekst: detail.fullText,
            wooInformatiecategorie: d.wooCategory.flatMap { code($0) }, wooInformatiecategorieGekozen: d.chosenWooCategory != nil,
            bijlageBij: detail.attachedTo.map(ref), bijlagen: detail.attachments.map(ref), bronnen: detail.sources.map(source),
            tekstBeschikbaar: detail.isTextHeld, behandeldIn: detail.meetings.map(ref),
            feiten: detail.facts.map { Schemas.Feit(onderwerp: ref($0.subject), passage: $0.passage ?? "") })
    }
}
