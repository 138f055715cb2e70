import SQLKit
import TafelCore

extension Catalog {
    var collaborationSelect: SQLQueryString {
        """
        SELECT t.*,
          (SELECT \(unsafeRaw: aggregate("role", separator: ",")) FROM collaboration_province_roles r WHERE r.collaboration_id = t.id) AS province_roles,
          (SELECT \(unsafeRaw: aggregate("domain", separator: "|")) FROM collaboration_domains d WHERE d.collaboration_id = t.id) AS domains,
          (SELECT \(unsafeRaw: aggregate("level", separator: ",")) FROM collaboration_council_involvements ci WHERE ci.collaboration_id = t.id) AS council_involvements
        """
    }

    public func collaborations(_ query: ListQuery) async throws -> Page<Collaboration> {
        var conditions: [SQLQueryString] = []
        if let search = query.search {
            conditions.append(matches(search, .collaboration))
        }
        let result = try await page(CollaborationRow.self, select: collaborationSelect, from: "collaborations", kind: .collaboration,
                                    conditions: conditions, orderBy: "t.name, t.id", page: query.page)
        return Page(items: try result.rows.map { try $0.domain() }, total: result.total, request: query.page)
    }

    public func collaboration(id: String) async throws -> CollaborationDetail? {
        guard let row = try await db.raw(collaborationSelect + " FROM collaborations t WHERE t.id = \(bind: id) AND " + visible("t", .collaboration))
            .first(decoding: CollaborationRow.self, with: rowDecoder)
        else { return nil }
        struct AmountRow: Decodable {
            let description: String, kind: String, amountCents: Int64, currency: String
            let organisationId: String?, organisationName: String?, period: String?
        }
        let amounts = try await db.raw("""
            SELECT a.description, a.kind, a.amount_cents, a.currency, a.organisation_id, o.name AS organisation_name, a.period
            FROM collaboration_amounts a LEFT JOIN organisations o ON o.id = a.organisation_id
            WHERE a.collaboration_id = \(bind: id)
            """ + " AND " + visibleOrAbsent("o", .organisation, via: "a.organisation_id") + " ORDER BY a.position").all(decoding: AmountRow.self, with: rowDecoder).map { amount in
                AmountLine(
                    amount: CollaborationAmount(
                        collaborationID: id, description: amount.description,
                        kind: try vocabulary(amount.kind, "collaboration_amounts", id),
                        amount: Money(cents: amount.amountCents, currency: amount.currency),
                        organisationID: amount.organisationId, period: amount.period),
                    organisation: amount.organisationId.map { Reference(kind: .organisation, id: $0, name: amount.organisationName ?? $0) })
            }
        struct RelatedRow: Decodable { let id: String, name: String, relation: String }
        let related = try await db.raw("""
            SELECT c.id, c.name, r.relation FROM collaboration_relations r JOIN collaborations c ON c.id = r.related_id
            WHERE r.collaboration_id = \(bind: id)
            """ + " AND " + visible("c", .collaboration) + " ORDER BY c.name").all(decoding: RelatedRow.self, with: rowDecoder).map { related in
                RelatedCollaboration(collaboration: Reference(kind: .collaboration, id: related.id, name: related.name),
                                     relation: try vocabulary(related.relation, "collaboration_relations", id))
            }
        var detail = CollaborationDetail(
            collaboration: try row.domain(),
            participants: try await participationLines(where: "collaboration_id", equals: id),
            tasks: try await references(.task, """
                SELECT t.id, t.name FROM tasks t JOIN collaboration_tasks ct ON ct.task_id = t.id
                WHERE ct.collaboration_id = \(bind: id)
                """ + " AND " + visible("t", .task) + " ORDER BY t.agenda_id, t.number, t.name"),
            agendas: try await references(.taskAgenda, """
                SELECT a.id, a.name FROM task_agendas a JOIN collaboration_task_agendas ca ON ca.agenda_id = a.id
                WHERE ca.collaboration_id = \(bind: id)
                """ + " AND " + visible("a", .taskAgenda) + " ORDER BY a.name"),
            bodies: try await references(.body, """
                SELECT b.id, b.name FROM bodies b JOIN collaboration_bodies cb ON cb.body_id = b.id
                WHERE cb.collaboration_id = \(bind: id)
                """ + " AND " + visible("b", .body) + " ORDER BY b.name"),
            amounts: amounts, related: related,
            documents: try await sourceDocuments(of: .collaboration, id: id),
            sources: try await sources(of: .collaboration, id: id))
        detail.access = try await accessList(of: .collaboration, id: id)
        detail.programmes = try await programmes(where: .collaboration, is: id)
        detail.policyProducts = try await policyProducts(where: .collaboration, is: id)
        detail.jointDecisions = try await jointDecisions(forming: id)
        return detail
    }
}
