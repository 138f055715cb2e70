import SQLKit
import TafelCore

/// The register: the collaborations list with its filters, facet counts and sorting.
/// Every facet counts with all other filters applied, so each number is what a click gives.
extension Catalog {
    typealias RegisterDimension = Facet.Dimension

    public func register(_ filter: RegisterFilter, facets wanted: Bool = true) async throws -> RegisterResult {
        let conditions = registerConditions(filter)
        let filterSQL = whereClause(conditions)
        // The count and the four facets in one statement: one round trip to the database
        // instead of five (each costs two thread hops, more than its query on SQLite).
        let countSQL: SQLQueryString = "SELECT '' AS facet, NULL AS code, COUNT(*) AS total FROM collaborations t" + filterSQL
        let statement = wanted ? ([countSQL] + RegisterDimension.allCases.map { facetSQL($0, filter) }).joined(separator: " UNION ALL ") : countSQL
        struct Row: Decodable {
            let collaboration: CollaborationRow, participantCount: Int
            enum CodingKeys: String, CodingKey { case participantCount }
            init(from decoder: any Decoder) throws {
                collaboration = try CollaborationRow(from: decoder)
                participantCount = try decoder.container(keyedBy: CodingKeys.self).decode(Int.self, forKey: .participantCount)
            }
        }
        let select = collaborationSelect
            + ", (SELECT COUNT(*) FROM collaboration_participants cp WHERE cp.collaboration_id = t.id) AS participant_count"
        // The page's ids first, then the aggregates for those rows only: where the order is not
        // an index's (a signed-in viewer sees two levels), the aggregates would otherwise be
        // computed for every matching row before the sort.
        let order = registerOrder(filter.sort)
        // The counts and the page are independent: read on two connections at once.
        async let countRows = db.raw(statement).all()
        async let pageRows = db.raw(select + " FROM collaborations t WHERE t.id IN (SELECT t.id FROM collaborations t" + filterSQL
            + " ORDER BY \(unsafeRaw: order) LIMIT \(literal: filter.page.size) OFFSET \(literal: filter.page.offset)) ORDER BY \(unsafeRaw: order)")
            .all(decoding: Row.self, with: rowDecoder)
        let counts = try await countRows.map { row in
            (facet: try row.decode(column: "facet", as: String.self), code: try row.decode(column: "code", as: String?.self),
             total: try row.decode(column: "total", as: Int.self))
        }
        let total = counts.first { $0.facet.isEmpty }?.total ?? 0
        let entries = try await pageRows.map { RegisterEntry(collaboration: try $0.collaboration.domain(), participantCount: $0.participantCount) }
        let page = Page(items: entries, total: total, request: filter.page)
        guard wanted else { return RegisterResult(page: page, facets: []) }
        let facets = RegisterDimension.allCases.map { dimension in
            let values = counts.filter { $0.facet == dimension.key }.compactMap { row in row.code.map { Facet.Value(code: $0, count: row.total) } }
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.code < $1.code }
            return Facet(dimension: dimension, values: Array(values.prefix(Self.facetValueLimit)))
        }
        return RegisterResult(page: page, facets: facets)
    }

    /// The most values a facet shows (a domain facet could otherwise list hundreds).
    static let facetValueLimit = 50

    /// Every collaboration the filter matches, in its order, without paging: for exports.
    public func registerIDs(_ filter: RegisterFilter) async throws -> [String] {
        try await db.raw("SELECT t.id FROM collaborations t" + whereClause(registerConditions(filter))
            + " ORDER BY \(unsafeRaw: registerOrder(filter.sort))")
            .all(decodingColumn: "id", as: String.self)
    }

    /// One facet's counts: every value of `dimension` with all other filters applied.
    private func facetSQL(_ dimension: RegisterDimension, _ filter: RegisterFilter) -> SQLQueryString {
        var others = filter
        let head: SQLQueryString
        switch dimension {
        case .form:
            others.form = nil
            head = "SELECT 'vorm' AS facet, t.form AS code, COUNT(*) AS total FROM collaborations t"
        case .status:
            others.status = nil
            head = "SELECT 'status' AS facet, t.status AS code, COUNT(*) AS total FROM collaborations t"
        case .provinceRole:
            others.provinceRole = nil
            head = "SELECT 'rolProvincie' AS facet, f.role AS code, COUNT(*) AS total FROM collaboration_province_roles f JOIN collaborations t ON t.id = f.collaboration_id"
        case .domain:
            others.domain = nil
            head = "SELECT 'domein' AS facet, f.domain AS code, COUNT(*) AS total FROM collaboration_domains f JOIN collaborations t ON t.id = f.collaboration_id"
        }
        let column: SQLQueryString = switch dimension {
        case .form: "t.form"
        case .status: "t.status"
        case .provinceRole: "f.role"
        case .domain: "f.domain"
        }
        return head + whereClause(registerConditions(others)) + " GROUP BY " + column
    }

    func registerConditions(_ filter: RegisterFilter) -> [SQLQueryString] {
        var conditions: [SQLQueryString] = [visible("t", .collaboration)]
        switch filter.archived {
        case .nee: conditions.append("t.archived_at IS NULL")
        case .ja: conditions.append("t.archived_at IS NOT NULL")
        case .alle: break
        }
        if let municipality = filter.municipality { conditions.append(participates(municipality)) }
        if let task = filter.task {
            conditions.append("t.id IN (SELECT ct.collaboration_id FROM collaboration_tasks ct WHERE ct.task_id = \(bind: task))")
        }
        if let form = filter.form { conditions.append("t.form = \(bind: form.rawValue)") }
        if let status = filter.status { conditions.append("t.status = \(bind: status.rawValue)") }
        if let role = filter.provinceRole {
            conditions.append("t.id IN (SELECT pr.collaboration_id FROM collaboration_province_roles pr WHERE pr.role = \(bind: role.rawValue))")
        }
        if let domain = filter.domain {
            conditions.append("t.id IN (SELECT cd.collaboration_id FROM collaboration_domains cd WHERE cd.domain = \(bind: domain))")
        }
        // Partial dates compare as text; an end date counts up to the last day it can mean.
        if let from = filter.from {
            conditions.append("(t.end_date IS NULL OR substr(t.end_date || '-99-99', 1, 10) >= \(bind: from.iso))")
        }
        if let until = filter.until {
            conditions.append("(t.start_date IS NULL OR t.start_date <= \(bind: until.upperBound))")
        }
        if let search = filter.search {
            conditions.append(matches(search, .collaboration))
        }
        return conditions
    }

    /// True for collaborations in which the organisation (an id, or a municipality's CBS code) takes part.
    /// The semi-joins are `t.id IN (…)`, so that the planner can start from the few matching ids
    /// instead of probing the link table for every collaboration.
    func participates(_ municipality: String) -> SQLQueryString {
        let organisation: SQLQueryString = if let code = CBSCode.normalised(municipality) {
            "cp.organisation_id IN (SELECT o.id FROM organisations o WHERE o.cbs_code = \(bind: code))"
        } else {
            "cp.organisation_id = \(bind: municipality)"
        }
        return "t.id IN (SELECT cp.collaboration_id FROM collaboration_participants cp WHERE " + organisation + ")"
    }

    func registerOrder(_ sort: RegisterFilter.Sort) -> String {
        switch sort {
        case .naam: "t.name, t.id"
        case .naamAflopend: "t.name DESC, t.id DESC"
        case .startdatum: "coalesce(t.start_date, '9999'), t.name, t.id"
        case .startdatumAflopend: "coalesce(t.start_date, '0000') DESC, t.name, t.id"
        case .gewijzigd: "t.updated_at, t.id"
        case .gewijzigdAflopend: "t.updated_at DESC, t.id"
        }
    }
}
