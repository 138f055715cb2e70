import SQLKit
import TafelCore

struct PolicyProductRow: Decodable, MetaRow {
    let id: String, name: String, ownerId: String?, taskId: String?, domain: String?, taskKind: String?, coreTask: Int?
    let description: String?, decidedOn: String?, documentId: String?
    let createdAt: String, updatedAt: String, version: Int, confidentiality: String
    let ownerName: String?

    func domain(roles: [PolicyRole], consequences: [PolicyProductConsequence]) throws -> PolicyProduct {
        PolicyProduct(id: id, name: name, domain: domain, taskKind: try taskKind.map { try vocabulary($0, "policy_products", id) },
                      isCoreTask: coreTask.map { $0 != 0 }, roles: roles, description: description, decidedOn: partialDate(decidedOn),
                      consequences: consequences, meta: meta)
    }

    var owner: Reference? { ownerName.map { Reference(kind: .organisation, id: ownerId ?? "", name: $0) } }
}

extension Catalog {
    /// The policy products: narrowed by `filter`, by owner and name, each with its roles and consequences.
    public func policyProducts(_ filter: PolicyProductFilter) async throws -> Page<PolicyProductListItem> {
        let result = try await page(PolicyProductRow.self, select: policyProductSelect, from: "policy_products", kind: .policyProduct,
                                    conditions: policyProductConditions(filter), orderBy: "t.domain, t.name, t.id", page: filter.page)
        let parts = try await policyProductParts(result.rows.map(\.id))
        return Page(items: try result.rows.map { row in
            PolicyProductListItem(product: try row.domain(roles: parts.roles[row.id] ?? [], consequences: parts.consequences[row.id] ?? []),
                                  owner: row.owner)
        }, total: result.total, request: filter.page)
    }

    public func policyProduct(id: String) async throws -> PolicyProductDetail? {
        guard let row = try await db.raw(policyProductSelect + " FROM policy_products t WHERE t.id = \(bind: id) AND " + visible("t", .policyProduct))
            .first(decoding: PolicyProductRow.self, with: rowDecoder)
        else { return nil }
        async let parts = policyProductParts([id])
        async let task = oneVisible(.task, row.taskId)
        async let document = oneVisible(.document, row.documentId)
        async let collaborations = references(.collaboration, """
            SELECT c.id, c.name FROM policy_product_collaborations p JOIN collaborations c ON c.id = p.collaboration_id
            WHERE p.product_id = \(bind: id) AND
            """ + " " + visible("c", .collaboration) + " ORDER BY p.position")
        async let sources = sources(of: .policyProduct, id: id)
        async let access = accessList(of: .policyProduct, id: id)
        let found = try await parts
        return PolicyProductDetail(
            product: try row.domain(roles: found.roles[id] ?? [], consequences: found.consequences[id] ?? []), owner: row.owner,
            task: try await task, document: try await document, collaborations: try await collaborations, sources: try await sources,
            access: try await access)
    }

    /// The products of a task or an organisation, or linked to a collaboration: for those records' pages.
    public func policyProducts(where link: PolicyProductLink, is id: String) async throws -> [Reference] {
        let condition: SQLQueryString = switch link {
        case .task: "t.task_id = \(bind: id)"
        case .collaboration: "EXISTS (SELECT 1 FROM policy_product_collaborations p WHERE p.product_id = t.id AND p.collaboration_id = \(bind: id))"
        }
        return try await references(.policyProduct, "SELECT t.id, t.name FROM policy_products t WHERE " + condition + " AND "
                                    + visible("t", .policyProduct) + " ORDER BY t.name, t.id")
    }

    public enum PolicyProductLink: Sendable { case task, collaboration }

    /// The owners of the products the viewer may see, for the list's filter.
    public func policyProductOwnerChoices() async throws -> [Choice] {
        try await database.computedOncePerDataVersion("beleidsproducteigenaren " + viewer.visibilityKey) {
            try await choices("SELECT t.id, t.name, t.kind AS code FROM organisations t WHERE EXISTS (SELECT 1 FROM policy_products p WHERE p.owner_id = t.id AND "
                              + visible("p", .policyProduct) + ") AND " + visible("t", .organisation) + " ORDER BY t.name, t.id")
        }
    }

    private func policyProductParts(_ ids: [String]) async throws -> (roles: [String: [PolicyRole]], consequences: [String: [PolicyProductConsequence]]) {
        guard !ids.isEmpty else { return ([:], [:]) }
        struct RoleRow: Decodable { let productId: String, role: String }
        struct ConsequenceRow: Decodable {
            let productId: String, subject: String, consequence: String, role: String?, effectiveFrom: String?, note: String?
        }
        let inList: SQLQueryString = "(" + ids.map { "\(bind: $0)" as SQLQueryString }.joined(separator: ", ") + ")"
        async let roleRows = db.raw("SELECT product_id, role FROM policy_product_roles WHERE product_id IN " + inList)
            .all(decoding: RoleRow.self, with: rowDecoder)
        async let consequenceRows = db.raw("SELECT product_id, subject, consequence, role, effective_from, note FROM policy_product_consequences "
                                           + "WHERE product_id IN " + inList + " ORDER BY product_id, position")
            .all(decoding: ConsequenceRow.self, with: rowDecoder)
        var roles: [String: [PolicyRole]] = [:]
        for row in try await roleRows { roles[row.productId, default: []].append(try vocabulary(row.role, "policy_product_roles", row.productId)) }
        for (id, list) in roles { roles[id] = PolicyRole.allCases.filter(list.contains) }
        var consequences: [String: [PolicyProductConsequence]] = [:]
        for row in try await consequenceRows {
            consequences[row.productId, default: []].append(PolicyProductConsequence(
                subject: row.subject, consequence: try vocabulary(row.consequence, "policy_product_consequences", row.productId),
                role: try row.role.map { try vocabulary($0, "policy_product_consequences", row.productId) }, from: partialDate(row.effectiveFrom),
                note: row.note))
        }
        return (roles, consequences)
    }

    private var policyProductSelect: SQLQueryString {
        "SELECT t.*, (SELECT v.name FROM organisations v WHERE v.id = t.owner_id AND " + visible("v", .organisation) + ") AS owner_name"
    }

    private func policyProductConditions(_ filter: PolicyProductFilter) -> [SQLQueryString] {
        var conditions: [SQLQueryString] = []
        if let owner = filter.owner { conditions.append("t.owner_id = \(bind: owner) AND " + visibleTarget(of: "t.owner_id", .organisation)) }
        if let kind = filter.taskKind { conditions.append("t.task_kind = \(bind: kind.rawValue)") }
        if let consequence = filter.consequence {
            conditions.append("EXISTS (SELECT 1 FROM policy_product_consequences c WHERE c.product_id = t.id AND c.consequence = \(bind: consequence.rawValue))")
        }
        if let role = filter.role {
            conditions.append("(EXISTS (SELECT 1 FROM policy_product_roles r WHERE r.product_id = t.id AND r.role = \(bind: role.rawValue))"
                              + " OR EXISTS (SELECT 1 FROM policy_product_consequences c WHERE c.product_id = t.id AND c.role = \(bind: role.rawValue)))")
        }
        if let search = filter.search {
            conditions.append(matches(search, .policyProduct))
        }
        return conditions
    }
}
