import SQLKit
import TafelCore

/// The one door for removing a body, a meeting or a programme, by kind (the web's confirmation
/// page and its POST use it): each kind's editor does the work and its checks.
public struct RecordRemover: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    /// The kinds that can be removed.
    public static let kinds: [RecordKind] = [.body, .meeting, .programme, .commitment, .agendaRequest, .policyProduct, .jointDecision, .stance]

    /// The stored version, when the viewer may see the record.
    public func version(of kind: RecordKind, id: String, for viewer: Viewer) async throws -> Int? {
        switch kind {
        case .body: try await BodyEditor(database: database).current(id: id, for: viewer)?.version
        case .meeting: try await MeetingEditor(database: database).current(id: id, for: viewer)?.version
        case .programme: try await ProgrammeEditor(database: database).current(id: id, for: viewer)?.version
        case .commitment: try await CommitmentEditor(database: database).current(id: id, for: viewer)?.version
        case .agendaRequest: try await AgendaRequestEditor(database: database).current(id: id, for: viewer)?.version
        case .policyProduct: try await PolicyProductEditor(database: database).current(id: id, for: viewer)?.version
        case .jointDecision: try await JointDecisionEditor(database: database).current(id: id, for: viewer)?.version
        case .stance: try await StanceEditor(database: database).current(id: id, for: viewer)?.version
        default: nil
        }
    }

    /// Why the viewer may not remove it (nil: they may), for the confirmation page.
    public func refusal(_ kind: RecordKind, id: String, by viewer: Viewer) async throws -> DeletionRefused? {
        let (target, find) = try Self.plan(kind, id: id, for: viewer)
        return try await RecordDeletion.refusal(target, id: id, by: viewer, in: database) { db in try await find(db, false) }
    }

    /// Removes it with what it owns, provided it is still at `expectedVersion` (required:
    /// `VersionRequired` without it, after the access checks) and nothing refuses it.
    public func delete(_ kind: RecordKind, id: String, expectedVersion: Int?, by viewer: Viewer) async throws {
        let (target, find) = try Self.plan(kind, id: id, for: viewer)
        try await RecordDeletion.remove(target, id: id, expected: expectedVersion, by: viewer, in: database) { db in try await find(db, true) }
    }

    private typealias Find = @Sendable (any SQLDatabase, _ locking: Bool) async throws -> RecordDeletion.Found?

    private static func plan(_ kind: RecordKind, id: String, for viewer: Viewer) throws -> (RecordDeletion.Target, Find) {
        switch kind {
        case .body: (BodyEditor.deletion(id), { db, locking in try await BodyEditor.deletionFound(id: id, for: viewer, locking: locking, in: db) })
        case .meeting: (MeetingEditor.deletion(id), { db, locking in try await MeetingEditor.deletionFound(id: id, for: viewer, locking: locking, in: db) })
        case .programme:
            (ProgrammeEditor.deletion, { db, locking in try await ProgrammeEditor.deletionFound(id: id, for: viewer, locking: locking, in: db) })
        case .commitment:
            (CommitmentEditor.deletion, { db, locking in try await CommitmentEditor.deletionFound(id: id, for: viewer, locking: locking, in: db) })
        case .agendaRequest:
            (AgendaRequestEditor.deletion, { db, locking in try await AgendaRequestEditor.deletionFound(id: id, for: viewer, locking: locking, in: db) })
        case .policyProduct:
            (PolicyProductEditor.deletion, { db, locking in try await PolicyProductEditor.deletionFound(id: id, for: viewer, locking: locking, in: db) })
        case .jointDecision:
            (JointDecisionEditor.deletion, { db, locking in try await JointDecisionEditor.deletionFound(id: id, for: viewer, locking: locking, in: db) })
        case .stance:
            (StanceEditor.deletion, { db, locking in try await StanceEditor.deletionFound(id: id, for: viewer, locking: locking, in: db) })
        default: throw RecordNotVisible(kind: kind, id: id)
        }
    }
}
