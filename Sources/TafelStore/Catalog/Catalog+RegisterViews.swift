import SQLKit
import TafelCore

/// The register's views the seeds ask for: collaborations with municipalities by domain
/// (the 2012 letter, now a query), one organisation's collaborations with its roles, and
/// the register of gemeenschappelijke regelingen (art. 27 Wgr).
extension Catalog {
    public struct RegisterLine: Sendable {
        public let collaboration: Collaboration
        /// The participants' names (or, in a per-organisation view, the organisation's roles).
        public let names: [String]
        public let municipalityCount: Int
    }

    /// Current collaborations in which at least one municipality takes part, under each of their domains.
    public func overviewByDomain() async throws -> [(domain: String, lines: [RegisterLine])] {
        let lines = try await lines(where: [
            "t.archived_at IS NULL",
            "EXISTS (SELECT 1 FROM collaboration_participants cp JOIN organisations o ON o.id = cp.organisation_id WHERE cp.collaboration_id = t.id AND o.kind = 'gemeente')",
        ])
        var groups: [String: [RegisterLine]] = [:]
        for line in lines {
            for domain in line.collaboration.domains.isEmpty ? ["overig"] : line.collaboration.domains {
                groups[domain, default: []].append(line)
            }
        }
        return groups.keys.sorted { ($0 == "overig" ? "~" : $0) < ($1 == "overig" ? "~" : $1) }.map { ($0, groups[$0] ?? []) }
    }

    /// The collaborations one organisation takes part in; `names` holds its roles there.
    public func collaborations(of organisationID: String) async throws -> [RegisterLine] {
        struct Row: Decodable { let collaborationId: String, role: String, startDate: String?, endDate: String? }
        let roles = try await db.raw("""
            SELECT collaboration_id, role, start_date, end_date FROM collaboration_participants WHERE organisation_id = \(bind: organisationID)
            """).all(decoding: Row.self, with: rowDecoder)
        let byCollaboration = Dictionary(grouping: roles, by: \.collaborationId)
        return try await lines(where: [
            "t.archived_at IS NULL",
            "t.id IN (SELECT cp.collaboration_id FROM collaboration_participants cp WHERE cp.organisation_id = \(bind: organisationID))",
        ], withNames: false).map { line in
            let own = (byCollaboration[line.collaboration.id] ?? []).map { row in
                let role = ParticipantRole(rawValue: row.role)?.label ?? row.role
                let period = PeriodText.dutch(start: partialDate(row.startDate), end: partialDate(row.endDate))
                return period.map { "\(role) (\($0))" } ?? role
            }
            return RegisterLine(collaboration: line.collaboration, names: own, municipalityCount: line.municipalityCount)
        }
    }

    /// Gemeenschappelijke regelingen, with their participants; optionally those of one municipality.
    public func wgrRegister(municipality: String?) async throws -> [RegisterLine] {
        var conditions: [SQLQueryString] = ["t.archived_at IS NULL", "t.form = 'gemeenschappelijke_regeling'"]
        if let municipality { conditions.append(participates(municipality)) }
        return try await lines(where: conditions)
    }

    private func lines(where conditions: [SQLQueryString], withNames: Bool = true) async throws -> [RegisterLine] {
        struct Row: Decodable {
            let collaboration: CollaborationRow, municipalityCount: Int
            enum CodingKeys: String, CodingKey { case municipalityCount }
            init(from decoder: any Decoder) throws {
                collaboration = try CollaborationRow(from: decoder)
                municipalityCount = try decoder.container(keyedBy: CodingKeys.self).decode(Int.self, forKey: .municipalityCount)
            }
        }
        let filter = whereClause([visible("t", .collaboration)] + conditions)
        let rows = try await db.raw(collaborationSelect + """
            , (SELECT COUNT(*) FROM collaboration_participants cp JOIN organisations o ON o.id = cp.organisation_id
               WHERE cp.collaboration_id = t.id AND o.kind = 'gemeente') AS municipality_count
            FROM collaborations t
            """ + filter + " ORDER BY t.name, t.id").all(decoding: Row.self, with: rowDecoder)
        var names: [String: [String]] = [:]
        if withNames, !rows.isEmpty {
            struct NameRow: Decodable { let collaborationId: String, name: String }
            let nameRows = try await db.raw("""
                SELECT DISTINCT cp.collaboration_id, o.name FROM collaboration_participants cp JOIN organisations o ON o.id = cp.organisation_id
                WHERE cp.collaboration_id IN (SELECT t.id FROM collaborations t
                """ + filter + ") AND " + visible("o", .organisation) + " ORDER BY o.name").all(decoding: NameRow.self, with: rowDecoder)
            names = Dictionary(grouping: nameRows, by: \.collaborationId).mapValues { $0.map(\.name) }
        }
        return try rows.map { row in
            RegisterLine(collaboration: try row.collaboration.domain(), names: names[row.collaboration.id] ?? [],
                         municipalityCount: row.municipalityCount)
        }
    }
}
