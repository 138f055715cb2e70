import SQLKit
import TafelCore

extension Catalog {
    private var taskSelect: SQLQueryString {
        """
        SELECT t.*,
          (SELECT \(unsafeRaw: aggregate("consequence", separator: ",")) FROM task_consequences tc WHERE tc.task_id = t.id) AS consequences,
          (SELECT \(unsafeRaw: aggregate("role", separator: ",")) FROM task_province_roles tr WHERE tr.task_id = t.id) AS province_roles
        """
    }

    public func tasks(_ query: ListQuery) async throws -> Page<Task> {
        var conditions: [SQLQueryString] = [
            "EXISTS (SELECT 1 FROM task_agendas a WHERE a.id = t.agenda_id AND " + visible("a", .taskAgenda) + ")"
        ]
        if let agenda = query.agenda { conditions.append("t.agenda_id = \(bind: agenda)") }
        if let search = query.search { conditions.append(matches(search, .task)) }
        let result = try await page(TaskRow.self, select: taskSelect, from: "tasks", kind: .task, conditions: conditions,
                                    orderBy: "t.agenda_id, t.number, t.name, t.id", page: query.page)
        return Page(items: try result.rows.map { try $0.domain() }, total: result.total, request: query.page)
    }

    public func taskAgendas() async throws -> [TaskAgenda] {
        try await db.raw("SELECT * FROM task_agendas t WHERE " + visible("t", .taskAgenda) + " ORDER BY t.adopted_on, t.name")
            .all(decoding: TaskAgendaRow.self, with: rowDecoder).map { $0.domain() }
    }

    public func task(id: String) async throws -> TaskDetail? {
        guard let row = try await db.raw(taskSelect + " FROM tasks t WHERE t.id = \(bind: id) AND " + visible("t", .task))
            .first(decoding: TaskRow.self, with: rowDecoder),
            let agenda = try await db.raw("SELECT * FROM task_agendas t WHERE t.id = \(bind: row.agendaId) AND " + visible("t", .taskAgenda))
                .first(decoding: TaskAgendaRow.self, with: rowDecoder)
        else { return nil }
        var detail = TaskDetail(
            task: try row.domain(), agenda: agenda.domain(),
            collaborations: try await references(.collaboration, """
                SELECT c.id, c.name FROM collaborations c JOIN collaboration_tasks ct ON ct.collaboration_id = c.id
                WHERE ct.task_id = \(bind: id)
                """ + " AND " + visible("c", .collaboration) + " ORDER BY c.name"),
            sources: try await sources(of: .task, id: id))
        detail.programmes = try await programmes(where: .task, is: id)
        detail.policyProducts = try await policyProducts(where: .task, is: id)
        detail.stances = try await stances(concerning: id)
        return detail
    }
}
