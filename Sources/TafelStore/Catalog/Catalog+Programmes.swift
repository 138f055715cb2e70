import SQLKit
import TafelCore

struct ProgrammeRow: Decodable, MetaRow {
    let id: String, name: String, portfolio: String, goal: String?, status: String, description: String?
    let ownerId: String?, bodyId: String?, officialBodyId: String?, coreGroupId: String?
    let chairId: String?, officialChairId: String?, vngCommitteeId: String?, vngMemberId: String?
    let createdAt: String, updatedAt: String, version: Int, confidentiality: String

    func domain() throws -> Programme {
        Programme(id: id, name: name, portfolio: portfolio, goal: goal, status: try vocabulary(status, "programmes", id),
                  description: description, meta: meta)
    }
}

extension Catalog {
    /// Portfolio programmes, searched by name, portfolio and goal.
    public func programmes(_ query: ListQuery) async throws -> Page<Programme> {
        var conditions: [SQLQueryString] = []
        if let search = query.search { conditions.append(matches(search, .programme)) }
        let result = try await page(ProgrammeRow.self, select: "SELECT t.*", from: "programmes", kind: .programme,
                                    conditions: conditions, orderBy: "t.portfolio, t.name, t.id", page: query.page)
        return Page(items: try result.rows.map { try $0.domain() }, total: result.total, request: query.page)
    }

    public func programme(id: String) async throws -> ProgrammeDetail? {
        guard let row = try await db.raw("SELECT * FROM programmes t WHERE t.id = \(bind: id) AND " + visible("t", .programme))
            .first(decoding: ProgrammeRow.self, with: rowDecoder)
        else { return nil }
        let programme = try row.domain()
        async let owner = oneVisible(.organisation, row.ownerId)
        async let body = oneVisible(.body, row.bodyId)
        async let officialBody = oneVisible(.body, row.officialBodyId)
        async let coreGroup = oneVisible(.body, row.coreGroupId)
        async let chair = oneVisible(.person, row.chairId)
        async let officialChair = oneVisible(.person, row.officialChairId)
        async let committee = oneVisible(.body, row.vngCommitteeId)
        async let member = oneVisible(.person, row.vngMemberId)
        async let themes = programmeThemes(id)
        async let plans = programmeMeetingPlans(id)
        async let partners = references(.organisation, """
            SELECT o.id, o.name FROM programme_partners pp JOIN organisations o ON o.id = pp.organisation_id
            WHERE pp.programme_id = \(bind: id)
            """ + " AND " + visible("o", .organisation) + " ORDER BY pp.position")
        async let tasks = references(.task, """
            SELECT t.id, t.name FROM programme_tasks pt JOIN tasks t ON t.id = pt.task_id WHERE pt.programme_id = \(bind: id)
            """ + " AND " + visible("t", .task) + " ORDER BY t.number, t.name")
        async let collaborations = references(.collaboration, """
            SELECT c.id, c.name FROM programme_collaborations pc JOIN collaborations c ON c.id = pc.collaboration_id
            WHERE pc.programme_id = \(bind: id)
            """ + " AND " + visible("c", .collaboration) + " ORDER BY c.name")
        async let sources = sources(of: .programme, id: id)
        async let access = accessList(of: .programme, id: id)
        let coreGroupReference = try await coreGroup
        let coreGroupMembers = try await coreGroupReference.asyncMap { try await membershipLines(where: "body_id", equals: $0.id) } ?? []
        return ProgrammeDetail(
            programme: programme, owner: try await owner, body: try await body, officialBody: try await officialBody,
            coreGroup: coreGroupReference, chair: try await chair, officialChair: try await officialChair,
            vngCommittee: try await committee, vngMember: try await member, coreGroupMembers: coreGroupMembers,
            themes: try await themes, meetingPlans: try await plans, partners: try await partners, tasks: try await tasks,
            collaborations: try await collaborations, sources: try await sources, access: try await access)
    }

    /// The programmes that link to a body (in any of its roles), a task or a collaboration: for those records' pages.
    public func programmes(where link: ProgrammeLink, is id: String) async throws -> [Reference] {
        let condition: SQLQueryString = switch link {
        case .body: "(t.body_id = \(bind: id) OR t.official_body_id = \(bind: id) OR t.core_group_id = \(bind: id) OR t.vng_committee_id = \(bind: id))"
        case .task: "EXISTS (SELECT 1 FROM programme_tasks pt WHERE pt.programme_id = t.id AND pt.task_id = \(bind: id))"
        case .collaboration: "EXISTS (SELECT 1 FROM programme_collaborations pc WHERE pc.programme_id = t.id AND pc.collaboration_id = \(bind: id))"
        }
        return try await references(.programme, "SELECT t.id, t.name FROM programmes t WHERE " + condition + " AND "
                                    + visible("t", .programme) + " ORDER BY t.name")
    }

    public enum ProgrammeLink: Sendable { case body, task, collaboration }

    private func programmeThemes(_ id: String) async throws -> [ProgrammeTheme] {
        struct Row: Decodable { let position: Int, parentPosition: Int?, name: String, taskId: String?, taskName: String? }
        // A theme's task the viewer may not see is left out of the link, not the theme.
        return try await db.raw("""
            SELECT pt.position, pt.parent_position, pt.name, t.id AS task_id, t.name AS task_name
            FROM programme_themes pt LEFT JOIN tasks t ON t.id = pt.task_id AND
            """ + " " + visible("t", .task) + " WHERE pt.programme_id = \(bind: id) ORDER BY pt.position")
            .all(decoding: Row.self, with: rowDecoder)
            .map { row in
                ProgrammeTheme(position: row.position, parent: row.parentPosition, name: row.name,
                               task: row.taskId.map { Reference(kind: .task, id: $0, name: row.taskName ?? $0) })
            }
    }

    private func programmeMeetingPlans(_ id: String) async throws -> [ProgrammeMeetingPlan] {
        struct Row: Decodable {
            let description: String, kind: String?, perYearMin: Int?, perYearMax: Int?, bodyId: String?, bodyName: String?
        }
        let rows = try await db.raw("""
            SELECT pm.description, pm.kind, pm.per_year_min, pm.per_year_max, b.id AS body_id, b.name AS body_name
            FROM programme_meetings pm LEFT JOIN bodies b ON b.id = pm.body_id AND
            """ + " " + visible("b", .body) + " WHERE pm.programme_id = \(bind: id) ORDER BY pm.position")
            .all(decoding: Row.self, with: rowDecoder)
        return try rows.map { row in
            ProgrammeMeetingPlan(description: row.description, kind: try row.kind.map { try vocabulary($0, "programme_meetings", id) },
                                 perYearMin: row.perYearMin, perYearMax: row.perYearMax,
                                 body: row.bodyId.map { Reference(kind: .body, id: $0, name: row.bodyName ?? $0) })
        }
    }
}
