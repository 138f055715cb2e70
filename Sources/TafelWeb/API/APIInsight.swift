import TafelAPI
import TafelCore
import TafelStore

/// `/api/v1/inzicht…` (the province, its network, tasks, commitments and meeting rhythm, one municipality): the numbers of the Inzicht pages as JSON, from the same snapshot, with
/// the same definitions and the same confidentiality (docs/INZICHT.md).
extension APIImplementation {
    typealias InsightSchemas = Components.Schemas

    func getInzicht(_ input: Operations.GetInzicht.Input) async throws -> Operations.GetInzicht.Output {
        let (scope, snapshot) = try await insightSnapshot(province: input.query.provincie, date: input.query.datum)
        let insights = snapshot.municipalities
        let byForm = snapshot.coverageByForm.map {
            InsightSchemas.InzichtVormDekking(vorm: $0.form?.rawValue, vormLabel: InsightPage.formLabel($0.form), dekking: Self.coverage($0.coverage))
        }
        return .ok(.init(body: .json(.init(
            provincie: APIMapping.ref(scope.province), peildatum: snapshot.date.iso, samenwerkingen: snapshot.running.count,
            congruentie: snapshot.congruence,
            gemeenten: insights.map(Self.measures), dekking: Self.coverage(DemocraticCoverage(snapshot.running)),
            dekkingPerVorm: byForm, definities: Self.municipalityDefinitions))))
    }

    func getInzichtVerantwoording(_ input: Operations.GetInzichtVerantwoording.Input) async throws -> Operations.GetInzichtVerantwoording.Output {
        let (scope, snapshot) = try await insightSnapshot(province: input.query.provincie, date: input.query.datum)
        return .ok(.init(body: .json(.init(
            provincie: APIMapping.ref(scope.province), peildatum: snapshot.date.iso, toezeggingen: snapshot.commitments.map(Self.keeping),
            vergaderritme: snapshot.rhythms.map(Self.rhythm), definities: Self.accountabilityDefinitions))))
    }

    func getInzichtNetwerk(_ input: Operations.GetInzichtNetwerk.Input) async throws -> Operations.GetInzichtNetwerk.Output {
        let (scope, snapshot) = try await insightSnapshot(province: input.query.provincie, date: input.query.datum)
        let names = Self.names(in: scope)
        return .ok(.init(body: .json(.init(
            provincie: APIMapping.ref(scope.province), peildatum: snapshot.date.iso,
            organisaties: (snapshot.municipalities.map(\.id) + [scope.province.id]).map(names),
            paren: snapshot.pairs.map { .init(organisatie: $0.first, met: $0.second, samenwerkingen: $0.collaborations) },
            definitie: CoParticipation.definition))))
    }

    func getInzichtOpgaven(_ input: Operations.GetInzichtOpgaven.Input) async throws -> Operations.GetInzichtOpgaven.Output {
        let (scope, snapshot) = try await insightSnapshot(province: input.query.provincie, date: input.query.datum)
        let names = Self.names(in: scope)
        let opgaven = snapshot.tasks.tasks.map { task -> InsightSchemas.InzichtOpgave in
            .init(
                opgave: Self.ref(task.task), nummer: task.task.number, cluster: task.task.cluster, agenda: task.task.agendaName,
                samenwerkingen: task.collaborations.map(Self.ref),
                gemeenten: snapshot.municipalities.compactMap { m in task.municipalities[m.id].map { .init(gemeente: names(m.id), via: $0) } },
                mediaanDeelnemers: task.medianSize, kleineProjecten: task.small, aandeelKleineProjecten: task.smallShare,
                geldInCenten: task.money, samenwerkingenMetBedrag: task.withMoney)
        }
        return .ok(.init(body: .json(.init(
            provincie: APIMapping.ref(scope.province), peildatum: snapshot.date.iso, samenwerkingen: snapshot.tasks.running,
            opgaven: opgaven, zonderOpgave: snapshot.tasks.withoutTask.map(Self.ref), definities: Self.taskDefinitions))))
    }

    func getInzichtGemeente(_ input: Operations.GetInzichtGemeente.Input) async throws -> Operations.GetInzichtGemeente.Output {
        let id = input.path.id
        let asked = try Self.insightAsked(province: nil, date: input.query.datum)
        guard let scope = try await catalog.insight(municipality: id) else { throw RecordNotFound(kind: .organisation, id: id) }
        let snapshot = scope.snapshot(on: asked.date)
        guard let insight = snapshot.municipalities.first(where: { $0.id == id }) else { throw RecordNotFound(kind: .organisation, id: id) }
        let names = Self.names(in: scope)
        let own = snapshot.collaborations(of: id)
        return .ok(.init(body: .json(.init(
            provincie: APIMapping.ref(scope.province), peildatum: snapshot.date.iso, maten: Self.measures(insight),
            gemiddelde: InsightMeasure.allCases.map { measure in
                .init(maat: measure.rawValue, waarde: measure.mean(snapshot.municipalities).map { measure == .democratisch ? $0 / 100 : $0 })
            },
            partners: snapshot.partners(of: id).map { .init(partner: names($0.id), samenwerkingen: $0.collaborations) },
            samenwerkingen: own.map { c in
                .init(samenwerking: Self.ref(c), vorm: c.form?.rawValue, partners: c.participants(on: snapshot.date).subtracting([id]).count,
                      zeggenschap: Self.say(c), betrokkenheid: c.councilInvolvement.map(\.rawValue).sorted())
            },
            opgaven: snapshot.tasks.tasks.compactMap { task in task.municipalities[id].map { .init(opgave: Self.ref(task.task), via: $0) } },
            definities: Self.municipalityDefinitions + Self.taskDefinitions))))
    }

    // MARK: - pieces

    private func insightSnapshot(province: String?, date: String?) async throws -> (Catalog.InsightScope, InsightSnapshot) {
        let asked = try Self.insightAsked(province: province, date: date)
        guard let scope = try await catalog.insight(province: asked.province) else {
            throw RecordNotFound(kind: .organisation, id: asked.province ?? "provincie")
        }
        return (scope, scope.snapshot(on: asked.date))
    }

    private static func insightAsked(province: String?, date: String?) throws -> InsightAsked {
        let asked = InsightAsked(date: date, measure: nil, province: province)
        if let problem = asked.problems.first { throw ValidationFailure(field: problem.field, code: problem.code, message: problem.message) }
        return asked
    }

    /// Organisations of the province by the names the viewer may see.
    private static func names(in scope: Catalog.InsightScope) -> (String) -> InsightSchemas.Referentie {
        let names = scope.data.organisationNames
        return { id in APIMapping.ref(Reference(kind: .organisation, id: id, name: names[id] ?? (id == scope.province.id ? scope.province.name : id))) }
    }

    private static func ref(_ task: InsightData.Task) -> InsightSchemas.Referentie {
        APIMapping.ref(Reference(kind: .task, id: task.id, name: task.name))
    }

    private static func ref(_ collaboration: InsightData.Collaboration) -> InsightSchemas.Referentie {
        APIMapping.ref(Reference(kind: .collaboration, id: collaboration.id, name: collaboration.name))
    }

    private static func measures(_ i: MunicipalityInsight) -> InsightSchemas.InzichtGemeenteMaten {
        .init(gemeente: APIMapping.ref(Reference(kind: .organisation, id: i.id, name: i.municipality.name)), cbsCode: i.municipality.cbsCode,
              inwoners: i.municipality.inhabitants, samenwerkingen: i.collaborations,
              samenwerkingenPer10000Inwoners: i.perTenThousand(i.collaborations), zetels: i.seats, zetelsPer10000Inwoners: i.perTenThousand(i.seats),
              bijeenkomsten: i.meetings, congruentie: i.congruence.index, verschillendePartnersets: i.congruence.distinctPartnerSets,
              dekking: coverage(i.coverage), inzicht: SiteRoute.apiInsightMunicipality(i.id).href)
    }

    private static func keeping(_ k: CommitmentKeeping) -> InsightSchemas.InzichtToezeggingen {
        .init(portefeuillehouder: APIMapping.ref(Reference(kind: k.isPerson ? .person : .body, id: k.id, name: k.name)),
              opTijd: k.onTime, teLaat: k.late, open: k.open, openEnTeLaat: k.overdue, vervallenOfAangehouden: k.decided, aandeelOpTijd: k.onTimeShare)
    }

    private static func rhythm(_ r: MeetingRhythm) -> InsightSchemas.InzichtVergaderritme {
        .init(gremium: APIMapping.ref(Reference(kind: .body, id: r.body.id, name: r.body.name)), minimum: r.body.minimum, maximum: r.body.maximum,
              bijeenkomsten: r.meetings, oordeel: r.verdict == .less ? .minder : r.verdict == .more ? .meer : .binnen)
    }

    private static func coverage(_ c: DemocraticCoverage) -> InsightSchemas.InzichtDekking {
        .init(formeel: c.formalSay, formeelVolgensWgr: c.formalByLaw, alleenInformatie: c.informationOnly, nietBekend: c.unknown, aandeelFormeel: c.share)
    }

    private static func say(_ collaboration: InsightData.Collaboration) -> InsightSchemas.InzichtSamenwerking.ZeggenschapPayload {
        switch DemocraticCoverage.say(collaboration) {
        case .formal: .formeel
        case .formalByLaw: .formeelVolgensWgr
        case .information: .informatie
        case nil: .nietBekend
        }
    }

    private static let municipalityDefinitions: [InsightSchemas.InzichtDefinitie] = [
        .init(maat: "samenwerkingen", definitie: MunicipalityInsight.collaborationsDefinition),
        .init(maat: "per10000Inwoners", definitie: MunicipalityInsight.perInhabitantsDefinition),
        .init(maat: "zetels", definitie: MunicipalityInsight.seatsDefinition),
        .init(maat: "bijeenkomsten", definitie: MunicipalityInsight.meetingsDefinition),
        .init(maat: "congruentie", definitie: ScaleCongruence.definition),
        .init(maat: "netwerk", definitie: CoParticipation.definition),
        .init(maat: "formeleZeggenschap", definitie: DemocraticCoverage.definition),
    ]

    private static let accountabilityDefinitions: [InsightSchemas.InzichtDefinitie] = [
        .init(maat: "toezeggingen", definitie: CommitmentKeeping.definition),
        .init(maat: "vergaderritme", definitie: MeetingRhythm.definition),
    ]

    private static let taskDefinitions: [InsightSchemas.InzichtDefinitie] = [
        .init(maat: "opgaveSamenwerkingen", definitie: TaskInsight.collaborationsDefinition + " " + TaskInsight.withoutTaskDefinition),
        .init(maat: "opgaveGemeenten", definitie: TaskInsight.municipalitiesDefinition),
        .init(maat: "mediaanDeelnemers", definitie: TaskInsight.sizeDefinition),
        .init(maat: "kleineProjecten", definitie: TaskInsight.smallDefinition),
        .init(maat: "geld", definitie: TaskInsight.moneyDefinition),
    ]
}
