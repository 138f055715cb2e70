import TafelCore
import TafelStore

extension DemoDataSet {
    /// Checks ids, references, vocabularies, dates and that every quoted passage stands in its document.
    func validate() throws(DemoDataError) {
        var problems: [String] = []
        let collapsedTexts = documentTexts.mapValues(Self.collapse)

        func unique(_ file: String, _ ids: [String]) -> Set<String> {
            var seen = Set<String>()
            for id in ids {
                if !Slug.isValid(id) { problems.append("\(file): id ‘\(id)’ is geen geldige slug (kleine letters, cijfers en -).") }
                if !seen.insert(id).inserted { problems.append("\(file): id ‘\(id)’ komt meer dan eens voor.") }
            }
            return seen
        }
        let documentIDs = unique("documenten.json", documents.map(\.id))
        let organisationIDs = unique("organisaties.json", organisations.map(\.id))
        let personIDs = unique("personen.json", persons.map(\.id))
        let postIDs = unique("posten.json", posts.map(\.id))
        _ = unique("lidmaatschappen.json", memberships.map(\.id) + organisationMemberships.map(\.id))
        let bodyIDs = unique("gremia.json", bodies.map(\.id))
        let agendaIDs = unique("opgaven.json (agenda's)", agendas.map(\.id))
        let taskIDs = unique("opgaven.json", tasks.map(\.task.id))
        let collaborationIDs = unique("samenwerkingen.json", collaborations.map(\.id))
        let meetingIDs = unique("bijeenkomsten.json", meetings.map(\.id))
        _ = unique("toezeggingen.json", commitments.map(\.id))
        _ = unique("agenderingsverzoeken.json", agendaRequests.map(\.id))
        _ = unique("beleidsproducten.json", policyProducts.map(\.id))
        _ = unique("gezamenlijke-besluiten.json", jointDecisions.map(\.id))
        _ = unique("standpunten.json", stances.map(\.id))
        _ = unique("programmas.json", programmes.map(\.id))

        func check(_ file: String, _ id: String, _ field: String, _ value: String?, in ids: Set<String>, kind: String) {
            guard let value else { return }
            if !ids.contains(value) {
                problems.append("\(file) ‘\(id)’: \(field) verwijst naar onbekende \(kind) ‘\(value)’.")
            }
        }
        func code<V: Vocabulary>(_ file: String, _ id: String, _ field: String, _ value: String?, _ type: V.Type) {
            guard let value else { return }
            if V(rawValue: value) == nil {
                problems.append("\(file) ‘\(id)’: \(field) ‘\(value)’ is geen toegestane waarde (\(V.codes.joined(separator: ", "))).")
            }
        }
        func date(_ file: String, _ id: String, _ field: String, _ value: String?) {
            guard let value else { return }
            if PartialDate(iso: value) == nil {
                problems.append("\(file) ‘\(id)’: \(field) ‘\(value)’ is geen datum (JJJJ, JJJJ-MM of JJJJ-MM-DD).")
            }
        }
        func sources(_ file: String, _ id: String, _ entries: [SourceEntry]?) {
            for entry in entries ?? [] {
                if let reference = entry.referentie, entry.document == nil {
                    if reference.isEmpty { problems.append("\(file) ‘\(id)’: een bron heeft een lege referentie.") }
                    continue
                }
                guard let document = entry.document, let passage = entry.passage, !passage.isEmpty else {
                    problems.append("\(file) ‘\(id)’: een bron heeft een document én een passage nodig, of een referentie.")
                    continue
                }
                guard let text = collapsedTexts[document] else {
                    problems.append("\(file) ‘\(id)’: bron verwijst naar onbekend document ‘\(document)’.")
                    continue
                }
                if !text.contains(Self.collapse(passage)) {
                    problems.append("\(file) ‘\(id)’: de passage ‘\(passage.prefix(80))’ staat niet in document ‘\(document)’.")
                }
            }
        }
        let partyIDs = organisationIDs.union(bodyIDs)

        for d in documents {
            let f = "documenten.json"
            code(f, d.id, "soort", d.soort, DocumentKind.self)
            code(f, d.id, "vertrouwelijkheid", d.vertrouwelijkheid, Confidentiality.self)
            code(f, d.id, "wooInformatiecategorie", d.wooInformatiecategorie, WooCategory.self)
            if let parent = d.bijlageBij, parent == d.id || !documents.contains(where: { $0.id == parent }) {
                problems.append("\(f) ‘\(d.id)’: bijlageBij ‘\(parent)’ is geen ander document in documenten.json.")
            }
            date(f, d.id, "datum", d.datum)
            for party in (d.afzenders ?? []) + (d.geadresseerden ?? []) {
                check(f, d.id, "afzenders/geadresseerden", party, in: partyIDs, kind: "organisatie of gremium")
            }
            sources(f, d.id, d.bronnen)
        }
        for o in organisations {
            let f = "organisaties.json"
            code(f, o.id, "soort", o.soort, OrganisationKind.self)
            check(f, o.id, "bovenliggende", o.bovenliggende, in: organisationIDs, kind: "organisatie")
            sources(f, o.id, o.bronnen)
            for statement in o.koers ?? [] {
                code(f, o.id, "koers.soort", statement.soort, OrganisationStatementKind.self)
                date(f, o.id, "koers.vastgesteld", statement.vastgesteld)
                if statement.tekst.allSatisfy(\.isWhitespace) { problems.append("\(f) ‘\(o.id)’: koers.tekst is leeg.") }
                sources(f, o.id, statement.bron.map { [$0] })
            }
        }
        for p in persons { sources("personen.json", p.id, p.bronnen) }
        for p in posts {
            let f = "posten.json"
            check(f, p.id, "organisatie", p.organisatie, in: organisationIDs, kind: "organisatie")
            check(f, p.id, "gremium", p.gremium, in: bodyIDs, kind: "gremium")
            sources(f, p.id, p.bronnen)
        }
        for m in memberships {
            let f = "lidmaatschappen.json"
            check(f, m.id, "persoon", m.persoon, in: personIDs, kind: "persoon")
            check(f, m.id, "organisatie", m.organisatie, in: organisationIDs, kind: "organisatie")
            check(f, m.id, "gremium", m.gremium, in: bodyIDs, kind: "gremium")
            check(f, m.id, "post", m.post, in: postIDs, kind: "post")
            check(f, m.id, "namens", m.namens, in: organisationIDs, kind: "organisatie")
            if m.organisatie == nil && m.gremium == nil {
                problems.append("\(f) ‘\(m.id)’: een lidmaatschap heeft een organisatie of een gremium nodig.")
            }
            date(f, m.id, "vanaf", m.vanaf); date(f, m.id, "tot", m.tot); date(f, m.id, "waargenomenOp", m.waargenomenOp)
            sources(f, m.id, m.bronnen)
        }
        for m in organisationMemberships {
            let f = "organisatielidmaatschappen.json"
            check(f, m.id, "lid", m.lid, in: organisationIDs, kind: "organisatie")
            check(f, m.id, "organisatie", m.organisatie, in: organisationIDs, kind: "organisatie")
            if m.lid == m.organisatie {
                problems.append("\(f) ‘\(m.id)’: een organisatie kan geen lid van zichzelf zijn.")
            }
            date(f, m.id, "vanaf", m.vanaf); date(f, m.id, "tot", m.tot); date(f, m.id, "waargenomenOp", m.waargenomenOp)
            sources(f, m.id, m.bronnen)
        }
        for b in bodies {
            let f = "gremia.json"
            code(f, b.id, "soort", b.soort, BodyKind.self)
            check(f, b.id, "organisatie", b.organisatie, in: organisationIDs, kind: "organisatie")
            check(f, b.id, "bovenliggende", b.bovenliggende, in: bodyIDs, kind: "gremium")
            for id in b.achterban ?? [] { check(f, b.id, "achterban", id, in: bodyIDs, kind: "gremium") }
            sources(f, b.id, b.bronnen)
        }
        for a in agendas {
            let f = "opgaven.json"
            check(f, a.id, "eigenaar", a.eigenaar, in: organisationIDs, kind: "organisatie")
            date(f, a.id, "vastgesteld", a.vastgesteld)
            sources(f, a.id, a.bronnen)
            for t in a.opgaven {
                for c in t.consequenties ?? [] { code(f, t.id, "consequenties", c, PolicyConsequence.self) }
                for r in t.rolProvincie ?? [] { code(f, t.id, "rolProvincie", r, ProvinceRole.self) }
                sources(f, t.id, t.bronnen)
            }
        }
        for c in collaborations {
            let f = "samenwerkingen.json"
            code(f, c.id, "vorm", c.vorm, CollaborationForm.self)
            code(f, c.id, "wgrVorm", c.wgrVorm, WgrForm.self)
            code(f, c.id, "status", c.status, CollaborationStatus.self)
            for role in c.rolProvincie ?? [] { code(f, c.id, "rolProvincie", role, ProvinceRole.self) }
            date(f, c.id, "startdatum", c.startdatum); date(f, c.id, "einddatum", c.einddatum)
            for task in c.opgaven ?? [] { check(f, c.id, "opgaven", task, in: taskIDs, kind: "opgave") }
            for agenda in c.opgavenagendas ?? [] { check(f, c.id, "opgavenagendas", agenda, in: agendaIDs, kind: "opgavenagenda") }
            for body in c.gremia ?? [] { check(f, c.id, "gremia", body, in: bodyIDs, kind: "gremium") }
            for p in c.deelnemers ?? [] {
                check(f, c.id, "deelnemers.organisatie", p.organisatie, in: organisationIDs, kind: "organisatie")
                code(f, c.id, "deelnemers.rol", p.rol, ParticipantRole.self)
                date(f, c.id, "deelnemers.vanaf", p.vanaf); date(f, c.id, "deelnemers.tot", p.tot)
            }
            for a in c.bedragen ?? [] {
                code(f, c.id, "bedragen.soort", a.soort, AmountKind.self)
                check(f, c.id, "bedragen.organisatie", a.organisatie, in: organisationIDs, kind: "organisatie")
            }
            for r in c.gerelateerd ?? [] {
                check(f, c.id, "gerelateerd.samenwerking", r.samenwerking, in: collaborationIDs, kind: "samenwerking")
                code(f, c.id, "gerelateerd.relatie", r.relatie, CollaborationRelation.self)
            }
            sources(f, c.id, c.bronnen)
        }
        for m in meetings {
            let f = "bijeenkomsten.json"
            code(f, m.id, "soort", m.soort, MeetingKind.self)
            code(f, m.id, "status", m.status, MeetingStatus.self)
            date(f, m.id, "datum", m.datum)
            check(f, m.id, "gremium", m.gremium, in: bodyIDs, kind: "gremium")
            for o in m.organisatoren ?? [] { check(f, m.id, "organisatoren", o, in: organisationIDs, kind: "organisatie") }
            for p in m.deelnemers ?? [] {
                check(f, m.id, "deelnemers.persoon", p.persoon, in: personIDs, kind: "persoon")
                check(f, m.id, "deelnemers.organisatie", p.organisatie, in: organisationIDs, kind: "organisatie")
                check(f, m.id, "deelnemers.namens", p.namens, in: organisationIDs, kind: "organisatie")
                code(f, m.id, "deelnemers.rol", p.rol, AttendanceRole.self)
            }
            let numbers = Set((m.agendapunten ?? []).map(\.nummer))
            for item in m.agendapunten ?? [] {
                for document in item.documenten ?? [] {
                    check(f, m.id, "agendapunten.documenten", document, in: documentIDs, kind: "document")
                }
            }
            for u in m.uitkomsten ?? [] {
                code(f, m.id, "uitkomsten.soort", u.soort, OutcomeKind.self)
                check(f, m.id, "uitkomsten.door", u.door, in: personIDs, kind: "persoon")
                if let item = u.agendapunt, !numbers.contains(item) {
                    problems.append("\(f) ‘\(m.id)’: uitkomst verwijst naar onbekend agendapunt \(item).")
                }
            }
            sources(f, m.id, m.bronnen)
        }
        for p in programmes {
            let f = "programmas.json"
            code(f, p.id, "status", p.status, ProgrammeStatus.self)
            check(f, p.id, "eigenaar", p.eigenaar, in: organisationIDs, kind: "organisatie")
            for (field, body) in [("bestuurlijkOverleg", p.bestuurlijkOverleg), ("ambtelijkOverleg", p.ambtelijkOverleg),
                                  ("kerngroep", p.kerngroep), ("vngCommissie", p.vngCommissie)] {
                check(f, p.id, field, body, in: bodyIDs, kind: "gremium")
            }
            for (field, person) in [("bestuurlijkVoorzitter", p.bestuurlijkVoorzitter), ("ambtelijkVoorzitter", p.ambtelijkVoorzitter),
                                    ("vngCommissielid", p.vngCommissielid)] {
                check(f, p.id, field, person, in: personIDs, kind: "persoon")
            }
            for t in p.themas ?? [] { check(f, p.id, "themas.opgave", t.opgave, in: taskIDs, kind: "opgave") }
            for m in p.bijeenkomsten ?? [] {
                code(f, p.id, "bijeenkomsten.soort", m.soort, MeetingKind.self)
                check(f, p.id, "bijeenkomsten.gremium", m.gremium, in: bodyIDs, kind: "gremium")
                if let min = m.perJaarMin, let max = m.perJaarMax, max < min {
                    problems.append("\(f) ‘\(p.id)’: bijeenkomsten.perJaarMax (\(max)) ligt onder perJaarMin (\(min)).")
                }
            }
            for o in p.partners ?? [] { check(f, p.id, "partners", o, in: organisationIDs, kind: "organisatie") }
            for t in p.opgaven ?? [] { check(f, p.id, "opgaven", t, in: taskIDs, kind: "opgave") }
            for c in p.samenwerkingen ?? [] { check(f, p.id, "samenwerkingen", c, in: collaborationIDs, kind: "samenwerking") }
            sources(f, p.id, p.bronnen)
        }
        for c in commitments {
            let f = "toezeggingen.json"
            check(f, c.id, "bijeenkomst", c.bijeenkomst, in: meetingIDs, kind: "bijeenkomst")
            check(f, c.id, "document", c.document, in: documentIDs, kind: "document")
            check(f, c.id, "doorPersoon", c.doorPersoon, in: personIDs, kind: "persoon")
            for (field, body) in [("doorGremium", c.doorGremium), ("aanGremium", c.aanGremium)] {
                check(f, c.id, field, body, in: bodyIDs, kind: "gremium")
            }
            check(f, c.id, "aanOrganisatie", c.aanOrganisatie, in: organisationIDs, kind: "organisatie")
            for d in c.voldaanMet ?? [] { check(f, c.id, "voldaanMet", d, in: documentIDs, kind: "document") }
            code(f, c.id, "besluit", c.besluit, CommitmentDecision.self)
            for (field, value) in [("gedaanOp", c.gedaanOp), ("termijn.datum", c.termijn?.datum), ("voldaanOp", c.voldaanOp)] {
                date(f, c.id, field, value)
            }
            if c.doorPersoon == nil && c.doorGremium == nil { problems.append("\(f) ‘\(c.id)’: doorPersoon of doorGremium is verplicht.") }
            if c.uitkomst != nil && c.bijeenkomst == nil { problems.append("\(f) ‘\(c.id)’: uitkomst vraagt een bijeenkomst.") }
            sources(f, c.id, c.bronnen)
        }
        func ids(of kind: NamedReference.Kind) -> Set<String> {
            switch kind {
            case .organisation: organisationIDs
            case .body: bodyIDs
            case .document: documentIDs
            case .meeting: meetingIDs
            case .person: personIDs
            case .task: taskIDs
            case .collaboration: collaborationIDs
            }
        }
        for p in policyProducts {
            let f = "beleidsproducten.json"
            do { _ = try PolicyProductDraft(p.input) } catch {
                problems += error.problems.map { "\(f) ‘\(p.id)’: \($0.message)" }
            }
            for reference in p.input.references { check(f, p.id, reference.field, reference.id, in: ids(of: reference.kind), kind: "record") }
            sources(f, p.id, p.bronnen)
        }
        for d in jointDecisions {
            let f = "gezamenlijke-besluiten.json"
            do { _ = try JointDecisionDraft(d.input) } catch {
                problems += error.problems.map { "\(f) ‘\(d.id)’: \($0.message)" }
            }
            for reference in d.input.references { check(f, d.id, reference.field, reference.id, in: ids(of: reference.kind), kind: "record") }
            sources(f, d.id, d.bronnen)
        }
        for p in stances {
            let f = "standpunten.json"
            do { _ = try StanceDraft(p.input) } catch {
                problems += error.problems.map { "\(f) ‘\(p.id)’: \($0.message)" }
            }
            for reference in p.input.references { check(f, p.id, reference.field, reference.id, in: ids(of: reference.kind), kind: "record") }
            sources(f, p.id, p.bronnen)
        }
        for r in agendaRequests {
            let f = "agenderingsverzoeken.json"
            do { _ = try AgendaRequestDraft(r.input) } catch {
                problems += error.problems.map { "\(f) ‘\(r.id)’: \($0.message)" }
            }
            for reference in r.input.references {
                check(f, r.id, reference.field, reference.id, in: ids(of: reference.kind), kind: "record")
            }
            sources(f, r.id, r.bronnen)
        }
        guard problems.isEmpty else { throw DemoDataError(problems) }
    }

    /// Whitespace runs collapsed to one space, so a quote may span the source's line breaks.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
