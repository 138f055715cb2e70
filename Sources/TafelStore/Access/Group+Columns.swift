import SQLKit
import TafelCore

/// A group is stored as an (organisation_id, body_id) pair with exactly one set, in
/// `user_groups` and `record_access` alike.
extension Group {
    init(organisationID: String?, bodyID: String?) {
        self = bodyID.map { Group(kind: .gremium, id: $0) } ?? Group(kind: .organisatie, id: organisationID ?? "")
    }

    var organisationID: String? { kind == .organisatie ? id : nil }
    var bodyID: String? { kind == .gremium ? id : nil }

    /// The groups among `groups` that name no existing organisation or body.
    static func unknown(_ groups: [Group], in db: any SQLDatabase) async throws -> [Group] {
        var unknown: [Group] = []
        for group in groups {
            let table = group.kind == .organisatie ? "organisations" : "bodies"
            if try await db.raw("SELECT id FROM \(unsafeRaw: table) WHERE id = \(bind: group.id)").first() == nil {
                unknown.append(group)
            }
        }
        return unknown
    }
}
