import SQLKit
import TafelCore

/// The options of the register's filter and form fields, limited to what the viewer may see.
extension Catalog {
    public struct Choice: Sendable, Hashable {
        public let id: String
        public let name: String
        public let code: String?

        public init(id: String, name: String, code: String?) {
            self.id = id; self.name = name; self.code = code
        }
    }

    /// The register filter's two option lists.
    public struct RegisterChoices: Sendable {
        public let municipalities: [Choice]
        public let tasks: [Choice]
    }

    /// The register filter's municipalities and tasks, once per data version and visibility
    /// (one read of the data version for both).
    public func registerChoices() async throws -> RegisterChoices {
        try await database.computedOncePerDataVersion("registerkeuzes " + viewer.visibilityKey) {
            async let municipalities = municipalityChoicesNow()
            async let tasks = taskChoicesNow()
            return RegisterChoices(municipalities: try await municipalities, tasks: try await tasks)
        }
    }

    /// Municipalities, by name, with their CBS code (once per data version and visibility).
    public func municipalityChoices() async throws -> [Choice] {
        try await registerChoices().municipalities
    }

    private func municipalityChoicesNow() async throws -> [Choice] {
        try await choices("SELECT t.id, t.name, t.cbs_code AS code FROM organisations t WHERE t.kind = 'gemeente' AND "
            + visible("t", .organisation) + " ORDER BY t.name")
    }

    /// Every organisation (for participant fields), by name.
    public func organisationChoices() async throws -> [Choice] {
        try await choices("SELECT t.id, t.name, t.cbs_code AS code FROM organisations t WHERE " + visible("t", .organisation) + " ORDER BY t.name, t.id")
    }

    /// Tasks (opgaven), by agenda and number (once per data version and visibility).
    public func taskChoices() async throws -> [Choice] {
        try await registerChoices().tasks
    }

    private func taskChoicesNow() async throws -> [Choice] {
        try await choices("SELECT t.id, t.name, t.agenda_id AS code FROM tasks t WHERE " + visible("t", .task)
            + " ORDER BY t.agenda_id, t.number, t.name")
    }

    func choices(_ query: SQLQueryString) async throws -> [Choice] {
        // By column, not Decodable: the register page reads some 500 of these per request.
        try await db.raw(query).all().map { row in
            Choice(id: try row.decode(column: "id", as: String.self), name: try row.decode(column: "name", as: String.self),
                   code: try row.decode(column: "code", as: String?.self))
        }
    }
}

extension Catalog {
    /// The bodies (for a meeting's `gremium`), by name.
    public func bodyChoices() async throws -> [Choice] {
        try await choices("SELECT t.id, t.name, t.kind AS code FROM bodies t WHERE " + visible("t", .body) + " ORDER BY t.name, t.id")
    }

    /// The newest meetings (for a commitment's), at most `limit`.
    public func meetingChoices(limit: Int = 2000) async throws -> [Choice] {
        try await choices("SELECT t.id, t.name, t.date AS code FROM meetings t WHERE " + visible("t", .meeting)
            + " ORDER BY t.date DESC, t.name, t.id LIMIT \(literal: limit)")
    }

    /// The newest documents (for a commitment's letters), at most `limit`.
    public func documentChoices(limit: Int = 2000) async throws -> [Choice] {
        try await choices("SELECT t.id, t.title AS name, t.date AS code FROM documents t WHERE " + visible("t", .document)
            + " ORDER BY t.date DESC, t.title, t.id LIMIT \(literal: limit)")
    }

    /// The collaborations (for a programme's), by name.
    public func collaborationChoices() async throws -> [Choice] {
        try await choices("SELECT t.id, t.name, t.status AS code FROM collaborations t WHERE " + visible("t", .collaboration)
            + " ORDER BY t.name, t.id")
    }

    /// The people a meeting of `body` is likely to name: its members, and whoever took part in
    /// its meetings; everyone when there is no body. At most `limit`, by name.
    public func personChoices(body: String?, limit: Int = 500) async throws -> [Choice] {
        let scope: SQLQueryString = body.map { body in
            " AND (t.id IN (SELECT person_id FROM memberships WHERE body_id = \(bind: body)) OR t.id IN (SELECT a.person_id FROM meeting_attendances a JOIN meetings m ON m.id = a.meeting_id WHERE m.body_id = \(bind: body)))"
        } ?? ""
        return try await choices("SELECT t.id, t.name, NULL AS code FROM persons t WHERE " + visible("t", .person) + scope
            + " ORDER BY t.name, t.id LIMIT \(literal: limit)")
    }
}
