import SQLKit
import TafelCore

struct JointDecisionRow: Decodable, MetaRow {
    let id: String, title: String, proposal: String?, description: String?, offeredByBodyId: String?, ownerId: String?, organ: String?
    let offeredOn: String?, respondBy: String?, taskId: String?, meetingId: String?, documentId: String?, collaborationId: String?
    let createdAt: String, updatedAt: String, version: Int, confidentiality: String
    let bodyName: String?

    func domain(responses: [JointDecisionResponse]) throws -> JointDecision {
        JointDecision(id: id, title: title, proposal: proposal, description: description,
                      organ: try organ.map { try vocabulary($0, "joint_decisions", id) }, offeredOn: partialDate(offeredOn),
                      respondBy: partialDate(respondBy), responses: responses, meta: meta)
    }

    var offeredBy: Reference? { bodyName.map { Reference(kind: .body, id: offeredByBodyId ?? "", name: $0) } }
}

extension Catalog {
    /// The joint decisions: narrowed by `filter`, newest offer first, each with the decisions of
    /// the organisations the viewer may see.
    public func jointDecisions(_ filter: JointDecisionFilter) async throws -> Page<JointDecisionListItem> {
        let result = try await page(JointDecisionRow.self, select: jointDecisionSelect, from: "joint_decisions", kind: .jointDecision,
                                    conditions: jointDecisionConditions(filter),
                                    orderBy: "t.offered_on IS NULL, t.offered_on DESC, t.title, t.id", page: filter.page)
        let responses = try await jointDecisionResponses(result.rows.map(\.id))
        return Page(items: try result.rows.map { row in
            JointDecisionListItem(decision: try row.domain(responses: responses[row.id] ?? []), offeredBy: row.offeredBy)
        }, total: result.total, request: filter.page)
    }

    public func jointDecision(id: String) async throws -> JointDecisionDetail? {
        guard let row = try await db.raw(jointDecisionSelect + " FROM joint_decisions t WHERE t.id = \(bind: id) AND " + visible("t", .jointDecision))
            .first(decoding: JointDecisionRow.self, with: rowDecoder)
        else { return nil }
        async let responses = jointDecisionResponses([id])
        async let owner = oneVisible(.organisation, row.ownerId)
        async let task = oneVisible(.task, row.taskId)
        async let meeting = oneVisible(.meeting, row.meetingId)
        async let document = oneVisible(.document, row.documentId)
        async let collaboration = oneVisible(.collaboration, row.collaborationId)
        async let sources = sources(of: .jointDecision, id: id)
        async let access = accessList(of: .jointDecision, id: id)
        return JointDecisionDetail(
            decision: try row.domain(responses: try await responses[id] ?? []), offeredBy: row.offeredBy, owner: try await owner,
            task: try await task, meeting: try await meeting, document: try await document, collaboration: try await collaboration,
            sources: try await sources, access: try await access)
    }

    /// The decisions whose adopters form a collaboration: for its page.
    public func jointDecisions(forming collaborationID: String) async throws -> [Reference] {
        try await references(.jointDecision, "SELECT t.id, t.title AS name FROM joint_decisions t WHERE t.collaboration_id = \(bind: collaborationID) AND "
                             + visible("t", .jointDecision) + " ORDER BY t.offered_on IS NULL, t.offered_on, t.title, t.id")
    }

    /// The bodies that offered a decision the viewer may see, for the list's filter.
    public func jointDecisionBodyChoices() async throws -> [Choice] {
        try await database.computedOncePerDataVersion("besluitgremia " + viewer.visibilityKey) {
            try await choices("SELECT t.id, t.name, t.kind AS code FROM bodies t WHERE EXISTS (SELECT 1 FROM joint_decisions d WHERE d.offered_by_body_id = t.id AND "
                              + visible("d", .jointDecision) + ") AND " + visible("t", .body) + " ORDER BY t.name, t.id")
        }
    }

    /// The organisations a decision the viewer may see was offered to, for the list's filter.
    public func jointDecisionOrganisationChoices() async throws -> [Choice] {
        try await database.computedOncePerDataVersion("besluitorganisaties " + viewer.visibilityKey) {
            try await choices("""
                SELECT t.id, t.name, t.kind AS code FROM organisations t WHERE EXISTS (SELECT 1 FROM joint_decision_responses r
                JOIN joint_decisions d ON d.id = r.decision_id WHERE r.organisation_id = t.id AND
                """ + " " + visible("d", .jointDecision) + ") AND " + visible("t", .organisation) + " ORDER BY t.name, t.id")
        }
    }

    /// The decisions of the organisations the viewer may see, per decision, in their order.
    private func jointDecisionResponses(_ ids: [String]) async throws -> [String: [JointDecisionResponse]] {
        guard !ids.isEmpty else { return [:] }
        struct Row: Decodable {
            let decisionId: String, organisationId: String, organisationName: String, cbsCode: String?, status: String
            let decidedOn: String?, decisionUrl: String?, documentId: String?, documentTitle: String?, note: String?
        }
        let inList: SQLQueryString = "(" + ids.map { "\(bind: $0)" as SQLQueryString }.joined(separator: ", ") + ")"
        let rows = try await db.raw("""
            SELECT r.decision_id, r.organisation_id, o.name AS organisation_name, o.cbs_code, r.status, r.decided_on, r.decision_url,
                r.document_id, d.title AS document_title, r.note
            FROM joint_decision_responses r JOIN organisations o ON o.id = r.organisation_id
            LEFT JOIN documents d ON d.id = r.document_id AND
            """ + " " + visible("d", .document) + " WHERE r.decision_id IN " + inList + " AND " + visible("o", .organisation)
                                    + " ORDER BY r.decision_id, r.position").all(decoding: Row.self, with: rowDecoder)
        var result: [String: [JointDecisionResponse]] = [:]
        for row in rows {
            result[row.decisionId, default: []].append(JointDecisionResponse(
                organisation: Reference(kind: .organisation, id: row.organisationId, name: row.organisationName), cbsCode: row.cbsCode,
                status: try vocabulary(row.status, "joint_decision_responses", row.decisionId), decidedOn: partialDate(row.decidedOn),
                decisionURL: row.decisionUrl,
                document: row.documentTitle.map { Reference(kind: .document, id: row.documentId ?? "", name: $0) }, note: row.note))
        }
        return result
    }

    private var jointDecisionSelect: SQLQueryString {
        "SELECT t.*, (SELECT b.name FROM bodies b WHERE b.id = t.offered_by_body_id AND " + visible("b", .body) + ") AS body_name"
    }

    private func jointDecisionConditions(_ filter: JointDecisionFilter) -> [SQLQueryString] {
        var conditions: [SQLQueryString] = []
        if let body = filter.body {
            conditions.append("t.offered_by_body_id = \(bind: body) AND EXISTS (SELECT 1 FROM bodies b WHERE b.id = t.offered_by_body_id AND "
                              + visible("b", .body) + ")")
        }
        // A response counts only when the viewer may see its organisation, as on the page.
        var response: [SQLQueryString] = []
        if let organisation = filter.organisation { response.append("r.organisation_id = \(bind: organisation)") }
        if let status = filter.status { response.append("r.status = \(bind: status.rawValue)") }
        if !response.isEmpty {
            conditions.append("EXISTS (SELECT 1 FROM joint_decision_responses r JOIN organisations o ON o.id = r.organisation_id WHERE r.decision_id = t.id AND "
                              + (response + [visible("o", .organisation)]).joined(separator: " AND ") + ")")
        }
        if let search = filter.search {
            conditions.append(matches(search, .jointDecision))
        }
        return conditions
    }
}
