import SQLKit
import TafelCore

/// The register as files: every collaboration the filter matches, with all its rows,
/// read in one query per table rather than one per record. A row that names a record
/// the viewer may not see (a participant, task, body, related collaboration or access
/// group) is left out, exactly as on the pages.
extension Catalog {
    public func registerExport(_ filter: RegisterFilter) async throws -> [(id: String, input: CollaborationInput)] {
        let scope: SQLQueryString = "SELECT t.id FROM collaborations t" + whereClause(registerConditions(filter))
        struct Main: Decodable {
            let id: String, name: String, shortName: String?, purpose: String?, description: String?, form: String?
            let wgrForm: String?, status: String?, statusReason: String?, startDate: String?, endDate: String?
            let legalBasis: String?, seat: String?, transferredPowers: String?, councilReporting: String?, confidentiality: String
        }
        let mains = try await db.raw("SELECT t.* FROM collaborations t" + whereClause(registerConditions(filter))
            + " ORDER BY \(unsafeRaw: registerOrder(filter.sort))").all(decoding: Main.self, with: rowDecoder)
        struct Pair: Decodable { let collaborationId: String, value: String }
        func lists(_ table: String, _ column: String) async throws -> [String: [String]] {
            let rows = try await db.raw("SELECT c.collaboration_id, c.\(unsafeRaw: column) AS value FROM \(unsafeRaw: table) c WHERE c.collaboration_id IN ("
                + scope + ") AND " + shownChildRows(table) + " ORDER BY c.collaboration_id, c.\(unsafeRaw: column)").all(decoding: Pair.self, with: rowDecoder)
            return Dictionary(grouping: rows, by: \.collaborationId).mapValues { $0.map(\.value) }
        }
        struct ParticipantRow: Decodable { let collaborationId: String, organisationId: String, role: String, startDate: String?, endDate: String? }
        struct AmountRow: Decodable {
            let collaborationId: String, description: String, kind: String, amountCents: Int64, organisationId: String?, period: String?
        }
        struct RelationRow: Decodable { let collaborationId: String, relatedId: String, relation: String }
        struct AccessRow: Decodable { let subjectId: String, organisationId: String?, bodyId: String? }
        let participants = Dictionary(grouping: try await db.raw("""
            SELECT collaboration_id, organisation_id, role, start_date, end_date FROM collaboration_participants c WHERE collaboration_id IN (
            """ + scope + ") AND " + shownChildRows("collaboration_participants") + " ORDER BY collaboration_id, organisation_id, role").all(decoding: ParticipantRow.self, with: rowDecoder), by: \.collaborationId)
        let amounts = Dictionary(grouping: try await db.raw("""
            SELECT collaboration_id, description, kind, amount_cents, CASE WHEN
            """ + " " + visibleTarget(of: "c.organisation_id", .organisation) + " " + """
            THEN organisation_id END AS organisation_id, period FROM collaboration_amounts c WHERE collaboration_id IN (
            """ + scope + ") ORDER BY collaboration_id, position").all(decoding: AmountRow.self, with: rowDecoder), by: \.collaborationId)
        let relations = Dictionary(grouping: try await db.raw("""
            SELECT collaboration_id, related_id, relation FROM collaboration_relations c WHERE collaboration_id IN (
            """ + scope + ") AND " + shownChildRows("collaboration_relations") + " ORDER BY collaboration_id, related_id, relation").all(decoding: RelationRow.self, with: rowDecoder), by: \.collaborationId)
        let access = Dictionary(grouping: try await db.raw("""
            SELECT subject_id, organisation_id, body_id FROM record_access c WHERE subject_kind = 'collaboration' AND subject_id IN (
            """ + scope + ") AND (c.organisation_id IS NULL OR " + visibleTarget(of: "c.organisation_id", .organisation)
            + ") AND (c.body_id IS NULL OR " + visibleTarget(of: "c.body_id", .body) + ")").all(decoding: AccessRow.self, with: rowDecoder), by: \.subjectId)
        let roles = try await lists("collaboration_province_roles", "role")
        let domains = try await lists("collaboration_domains", "domain")
        let tasks = try await lists("collaboration_tasks", "task_id")
        let bodies = try await lists("collaboration_bodies", "body_id")
        let involvement = try await lists("collaboration_council_involvements", "level")
        return mains.map { m in
            let input = CollaborationInput(
                naam: m.name, korteNaam: m.shortName, doel: m.purpose, omschrijving: m.description, vorm: m.form,
                wgrVorm: m.wgrForm, status: m.status, redenBeeindiging: m.statusReason, startdatum: m.startDate,
                einddatum: m.endDate, rolProvincie: roles[m.id] ?? [], domeinen: domains[m.id] ?? [], opgaven: tasks[m.id] ?? [],
                gremia: bodies[m.id] ?? [],
                deelnemers: (participants[m.id] ?? []).map { .init(organisatie: $0.organisationId, rol: $0.role, vanaf: $0.startDate, tot: $0.endDate) },
                bedragen: (amounts[m.id] ?? []).map {
                    .init(omschrijving: $0.description, soort: $0.kind, bedrag: Money(cents: $0.amountCents).plainEuros,
                          organisatie: $0.organisationId, periode: $0.period)
                },
                betrokkenheidRaden: involvement[m.id] ?? [], verantwoording: m.councilReporting, juridischeGrondslag: m.legalBasis,
                vestigingsplaats: m.seat, overgedragenBevoegdheden: m.transferredPowers,
                gerelateerd: (relations[m.id] ?? []).map { .init(samenwerking: $0.relatedId, relatie: $0.relation) },
                vertrouwelijkheid: m.confidentiality,
                toegang: (access[m.id] ?? []).map { Group(organisationID: $0.organisationId, bodyID: $0.bodyId).code }.sorted())
            return (m.id, input)
        }
    }

}
