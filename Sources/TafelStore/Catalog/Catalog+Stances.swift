import SQLKit
import TafelCore

struct StanceRow: Decodable, MetaRow {
    let id: String, title: String, text: String?, description: String?, addressee: String, addresseeId: String?, ownerId: String?
    let bodyId: String?, carrierId: String?, status: String, takenOn: String?, onLobbyAgenda: Int, meetingId: String?, documentId: String?
    let createdAt: String, updatedAt: String, version: Int, confidentiality: String
    let ownerName: String?, addresseeName: String?, supporterCount: Int

    func domain() throws -> Stance {
        Stance(id: id, title: title, text: text, description: description, addressee: try vocabulary(addressee, "stances", id),
               status: try vocabulary(status, "stances", id), takenOn: partialDate(takenOn), onLobbyAgenda: onLobbyAgenda != 0, meta: meta)
    }

    var owner: Reference? { ownerName.map { Reference(kind: .organisation, id: ownerId ?? "", name: $0) } }
    var addresseeReference: Reference? { addresseeName.map { Reference(kind: .organisation, id: addresseeId ?? "", name: $0) } }
}

extension Catalog {
    /// The positions: narrowed by `filter`, the latest taken first, each with its holder and
    /// the number of supporting organisations the viewer may see.
    public func stances(_ filter: StanceFilter) async throws -> Page<StanceListItem> {
        let result = try await page(StanceRow.self, select: stanceSelect, from: "stances", kind: .stance, conditions: stanceConditions(filter),
                                    orderBy: "t.taken_on IS NULL, t.taken_on DESC, t.title, t.id", page: filter.page)
        return Page(items: try result.rows.map { row in
            StanceListItem(stance: try row.domain(), owner: row.owner, addressee: row.addresseeReference, supporters: row.supporterCount)
        }, total: result.total, request: filter.page)
    }

    public func stance(id: String) async throws -> StanceDetail? {
        guard let row = try await db.raw(stanceSelect + " FROM stances t WHERE t.id = \(bind: id) AND " + visible("t", .stance))
            .first(decoding: StanceRow.self, with: rowDecoder)
        else { return nil }
        async let body = oneVisible(.body, row.bodyId)
        async let carrier = oneVisible(.person, row.carrierId)
        async let meeting = oneVisible(.meeting, row.meetingId)
        async let document = oneVisible(.document, row.documentId)
        async let supporters = references(.organisation, """
            SELECT o.id, o.name FROM stance_supporters s JOIN organisations o ON o.id = s.organisation_id WHERE s.stance_id = \(bind: id) AND
            """ + " " + visible("o", .organisation) + " ORDER BY s.position")
        async let tasks = references(.task, """
            SELECT o.id, o.name FROM stance_tasks s JOIN tasks o ON o.id = s.task_id WHERE s.stance_id = \(bind: id) AND
            """ + " " + visible("o", .task) + " ORDER BY s.position")
        async let sources = sources(of: .stance, id: id)
        async let access = accessList(of: .stance, id: id)
        return StanceDetail(
            stance: try row.domain(), addressee: row.addresseeReference, owner: row.owner, body: try await body, carrier: try await carrier,
            meeting: try await meeting, document: try await document, supporters: try await supporters, tasks: try await tasks,
            sources: try await sources, access: try await access)
    }

    /// The positions a task concerns: for its page.
    public func stances(concerning taskID: String) async throws -> [Reference] {
        try await references(.stance, "SELECT t.id, t.title AS name FROM stances t WHERE EXISTS (SELECT 1 FROM stance_tasks s WHERE s.stance_id = t.id AND s.task_id = \(bind: taskID)) AND "
                             + visible("t", .stance) + " ORDER BY t.title, t.id")
    }

    /// The organisations that hold a position the viewer may see, for the list's filter.
    public func stanceOwnerChoices() async throws -> [Choice] {
        try await database.computedOncePerDataVersion("standpunteigenaren " + viewer.visibilityKey) {
            try await choices("SELECT t.id, t.name, t.kind AS code FROM organisations t WHERE EXISTS (SELECT 1 FROM stances s WHERE s.owner_id = t.id AND "
                              + visible("s", .stance) + ") AND " + visible("t", .organisation) + " ORDER BY t.name, t.id")
        }
    }

    private var stanceSelect: SQLQueryString {
        "SELECT t.*, (SELECT v.name FROM organisations v WHERE v.id = t.owner_id AND " + visible("v", .organisation) + ") AS owner_name, "
            + "(SELECT v.name FROM organisations v WHERE v.id = t.addressee_id AND " + visible("v", .organisation) + ") AS addressee_name, "
            + "(SELECT count(*) FROM stance_supporters s JOIN organisations v ON v.id = s.organisation_id WHERE s.stance_id = t.id AND "
            + visible("v", .organisation) + ") AS supporter_count"
    }

    private func stanceConditions(_ filter: StanceFilter) -> [SQLQueryString] {
        var conditions: [SQLQueryString] = []
        if let addressee = filter.addressee { conditions.append("t.addressee = \(bind: addressee.rawValue)") }
        if let status = filter.status { conditions.append("t.status = \(bind: status.rawValue)") }
        if let owner = filter.owner { conditions.append("t.owner_id = \(bind: owner) AND " + visibleTarget(of: "t.owner_id", .organisation)) }
        if let onAgenda = filter.onLobbyAgenda { conditions.append("t.on_lobby_agenda = \(bind: onAgenda ? 1 : 0)") }
        if let supporter = filter.supporter {
            conditions.append("EXISTS (SELECT 1 FROM stance_supporters s JOIN organisations v ON v.id = s.organisation_id WHERE s.stance_id = t.id AND s.organisation_id = \(bind: supporter) AND "
                              + visible("v", .organisation) + ")")
        }
        if let search = filter.search { conditions.append(matches(search, .stance)) }
        return conditions
    }
}
