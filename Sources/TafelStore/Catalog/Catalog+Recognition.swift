import SQLKit
import TafelCore

extension Catalog {
    /// What recognition may name: the organisations, bodies, people, collaborations and meetings the
    /// viewer may see, so a finding never reveals a record the reader may not see.
    public func recognitionGazetteer() async throws -> Gazetteer {
        struct Named: Decodable { let id: String, name: String, shortName: String? }
        struct PersonRow: Decodable { let id: String, name: String, givenName: String?, familyNamePrefix: String?, familyName: String? }
        struct MeetingRow: Decodable { let id: String, name: String, date: String?, bodyId: String? }
        func named(_ table: String, _ kind: RecordKind, shortName: Bool) async throws -> [Named] {
            try await db.raw("SELECT t.id, t.name" + (shortName ? ", t.short_name" : ", NULL AS short_name") + " FROM \(unsafeRaw: table) t WHERE "
                             + visible("t", kind)).all(decoding: Named.self, with: rowDecoder)
        }
        let organisations = try await named("organisations", .organisation, shortName: true)
        let bodies = try await named("bodies", .body, shortName: false)
        let collaborations = try await named("collaborations", .collaboration, shortName: true)
        let people = try await db.raw("SELECT t.id, t.name, t.given_name, t.family_name_prefix, t.family_name FROM persons t WHERE "
                                      + visible("t", .person)).all(decoding: PersonRow.self, with: rowDecoder)
        let meetings = try await db.raw("SELECT t.id, t.name, t.date, t.body_id FROM meetings t WHERE " + visible("t", .meeting))
            .all(decoding: MeetingRow.self, with: rowDecoder)
        return Gazetteer(
            entries: organisations.map { .init(kind: .organisatie, id: $0.id, name: $0.name, shortName: $0.shortName) }
                + bodies.map { .init(kind: .gremium, id: $0.id, name: $0.name) }
                + collaborations.map { .init(kind: .samenwerking, id: $0.id, name: $0.name, shortName: $0.shortName) },
            people: people.map { .init(id: $0.id, name: $0.name, givenName: $0.givenName, infix: $0.familyNamePrefix, familyName: $0.familyName) },
            meetings: meetings.map { .init(id: $0.id, name: $0.name, date: $0.date, bodyID: $0.bodyId) })
    }
}
