import Foundation
import TafelAPI
import TafelCore
import TafelStore

typealias Schemas = Components.Schemas

/// Domain values → the generated API types. The vocabularies share their codes with the
/// contract's enums, so a code that does not map is a contract bug and shows up in tests.
enum APIMapping {
    static func code<T: RawRepresentable>(_ value: some Vocabulary) -> T? where T.RawValue == String {
        T(rawValue: value.rawValue)
    }

    static func ref(_ reference: Reference) -> Schemas.Referentie {
        Schemas.Referentie(id: reference.id, naam: reference.name, href: SiteRoute.api(of: reference).href)
    }

    static func ref(_ reference: Reference?) -> Schemas.Referentie? { reference.map(ref) }

    static func links(_ kind: RecordKind, _ id: String) -> Schemas.Recordlinks {
        Schemas.Recordlinks(_self: .init(href: SiteRoute.apiRecord(kind, id).href))
    }

    static func source(_ source: Source) -> Schemas.Bron {
        Schemas.Bron(document: ref(source.document), passage: source.passage, referentie: source.externalReference)
    }

    /// `_links` for one page of a list; `route` is the list's address on a page, its filters kept.
    static func pageLinks<T>(_ page: Page<T>, _ route: (Int) -> SiteRoute) -> Schemas.Paginalinks {
        func link(_ number: Int) -> Schemas.Link { Schemas.Link(href: route(number).href) }
        return Schemas.Paginalinks(
            _self: link(page.request.page), first: link(1),
            prev: page.hasPrevious ? link(page.request.page - 1) : nil,
            next: page.hasNext ? link(page.request.page + 1) : nil,
            last: link(page.pageCount))
    }

    static func pageLinks<T>(_ kind: RecordKind, _ query: Catalog.ListQuery, _ page: Page<T>) -> Schemas.Paginalinks {
        pageLinks(page) { .apiList(kind, query.onPage($0)) }
    }

    static func pageLinks<T>(_ filter: RegisterFilter, _ page: Page<T>) -> Schemas.Paginalinks {
        pageLinks(page) { .apiRegister(filter.onPage($0)) }
    }

    // MARK: Organisations

    static func summary(_ o: Organisation) -> Schemas.OrganisatieSamenvatting {
        Schemas.OrganisatieSamenvatting(
            id: o.id, _links: links(.organisation, o.id), naam: o.name, korteNaam: o.shortName, soort: code(o.kind),
            cbsCode: o.cbsCode, tooiUri: o.tooiURI, inwoners: o.inhabitants, inwonersToelichting: o.inhabitantsNote,
            bovenliggende: o.parentID.map { ref(Reference(kind: .organisation, id: $0, name: $0)) },
            omschrijving: o.description, aangemaakt: o.meta.createdAt, gewijzigd: o.meta.updatedAt, versie: o.meta.version)
    }

    static func detail(_ d: OrganisationDetail) -> Schemas.Organisatie {
        let o = d.organisation
        return Schemas.Organisatie(
            id: o.id, _links: links(.organisation, o.id), naam: o.name, korteNaam: o.shortName, soort: code(o.kind),
            cbsCode: o.cbsCode, tooiUri: o.tooiURI, inwoners: o.inhabitants, inwonersToelichting: o.inhabitantsNote,
            bovenliggende: ref(d.parent), omschrijving: o.description, aangemaakt: o.meta.createdAt,
            gewijzigd: o.meta.updatedAt, versie: o.meta.version,
            onderliggende: d.children.map(ref),
            lidmaatschappen: d.memberships.map {
                Schemas.OrganisatieLidmaatschap(persoon: ref($0.person), rol: $0.role, post: $0.post, gremium: ref($0.body),
                                                namens: ref($0.onBehalfOf), vanaf: $0.start?.iso, tot: $0.end?.iso,
                                                waargenomenOp: $0.observedOn?.iso)
            },
            gremia: d.bodies.map(ref),
            samenwerkingen: d.collaborations.map {
                Schemas.OrganisatieSamenwerking(samenwerking: ref($0.collaboration), rol: code($0.role))
            },
            documenten: d.documents.map(ref),
            leden: d.memberOrganisations.map(organisationMember), lidVan: d.memberOf.map(organisationMember),
            koers: d.course.map {
                Schemas.Koersuitspraak(soort: code($0.kind) ?? .missie, positie: $0.position, titel: $0.title, tekst: $0.text,
                                       vastgesteld: $0.adopted?.iso, bron: $0.source.map(source))
            },
            bronnen: d.sources.map(source))
    }

    static func organisationMember(_ m: OrganisationMembershipLine) -> Schemas.OrganisatieLid {
        Schemas.OrganisatieLid(id: m.id, lid: ref(m.member), organisatie: ref(m.organisation), rol: m.role, vanaf: m.start?.iso,
                               tot: m.end?.iso, waargenomenOp: m.observedOn?.iso)
    }

    // MARK: Persons

    static func summary(_ p: Person) -> Schemas.PersoonSamenvatting {
        Schemas.PersoonSamenvatting(
            id: p.id, _links: links(.person, p.id), naam: p.name, voornaam: p.givenName, tussenvoegsel: p.familyNamePrefix,
            achternaam: p.familyName, omschrijving: p.description, aangemaakt: p.meta.createdAt,
            gewijzigd: p.meta.updatedAt, versie: p.meta.version)
    }

    static func detail(_ d: PersonDetail) -> Schemas.Persoon {
        let p = d.person
        return Schemas.Persoon(
            id: p.id, _links: links(.person, p.id), naam: p.name, voornaam: p.givenName, tussenvoegsel: p.familyNamePrefix,
            achternaam: p.familyName, omschrijving: p.description, aangemaakt: p.meta.createdAt,
            gewijzigd: p.meta.updatedAt, versie: p.meta.version,
            lidmaatschappen: d.memberships.map {
                Schemas.PersoonLidmaatschap(organisatie: ref($0.organisation), gremium: ref($0.body), post: $0.post,
                                            rol: $0.role, namens: ref($0.onBehalfOf), vanaf: $0.start?.iso,
                                            tot: $0.end?.iso, waargenomenOp: $0.observedOn?.iso)
            },
            bijeenkomsten: d.meetings.map { Schemas.PersoonBijeenkomst(bijeenkomst: ref($0.meeting), rol: code($0.role)) },
            bronnen: d.sources.map(source))
    }

    // MARK: Bodies

    static func summary(_ b: Body) -> Schemas.GremiumSamenvatting {
        Schemas.GremiumSamenvatting(
            id: b.id, _links: links(.body, b.id), naam: b.name, soort: code(b.kind),
            organisatie: b.organisationID.map { ref(Reference(kind: .organisation, id: $0, name: $0)) },
            bovenliggende: b.parentID.map { ref(Reference(kind: .body, id: $0, name: $0)) },
            omschrijving: b.description, vergaderingenPerJaarMin: b.meetingsPerYearMin,
            vergaderingenPerJaarMax: b.meetingsPerYearMax, aangemaakt: b.meta.createdAt, gewijzigd: b.meta.updatedAt,
            versie: b.meta.version)
    }

    /// A member as stored: `rol` can be sent back unchanged, the post is read-only `functie`.
    static func member(_ m: MembershipLine) -> Schemas.GremiumLid {
        Schemas.GremiumLid(id: m.id, persoon: ref(m.person), rol: m.role ?? "lid", functie: m.post, namens: ref(m.onBehalfOf),
                           vanaf: m.start?.iso, tot: m.end?.iso, waargenomenOp: m.observedOn?.iso)
    }

    static func detail(_ d: BodyDetail) -> Schemas.Gremium {
        let b = d.body
        return Schemas.Gremium(
            id: b.id, _links: links(.body, b.id), naam: b.name, soort: code(b.kind), organisatie: ref(d.organisation),
            bovenliggende: ref(d.parent), omschrijving: b.description, vergaderingenPerJaarMin: b.meetingsPerYearMin,
            vergaderingenPerJaarMax: b.meetingsPerYearMax, aangemaakt: b.meta.createdAt, gewijzigd: b.meta.updatedAt,
            versie: b.meta.version, vertrouwelijkheid: code(b.meta.confidentiality), toegang: d.access.map(ref),
            onderliggende: d.children.map(ref),
            leden: d.members.map(member),
            bijeenkomsten: d.meetings.map(ref), samenwerkingen: d.collaborations.map(ref), programmas: d.programmes.map(ref),
            achterban: d.constituencies.map(ref), achterbanVoor: d.constituencyOf.map(ref), bronnen: d.sources.map(source))
    }
}
