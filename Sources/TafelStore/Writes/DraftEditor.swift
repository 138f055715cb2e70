import SQLKit
import TafelCore

/// A record as its editor reads it back: what the viewer may see and edit, the version, and
/// everything (the links the viewer may not see too), which a save puts back.
package struct EditableRecord<Draft: Sendable & Hashable>: Sendable {
    /// What the viewer may see and edit.
    package var draft: Draft
    package var version: Int
    /// Everything, the hidden links too: for the store's own use (a save puts it back).
    var full: Draft

    package init(draft: Draft, version: Int, full: Draft) {
        self.draft = draft; self.version = version; self.full = full
    }

    /// Whether something is left out of `draft` because the viewer may not see it.
    package var hidesParts: Bool { draft != full }
}

/// The steps every editor of a record kept as a checked draft shares. Adding: the role, the
/// draft's own rules, the records it names (as far as the editor may see them) and the groups of
/// its access, the editor's scope, a fresh id, the rows and the history entry, in one
/// transaction. Changing: the same checks, then the stored record as the editor may see it, the
/// version it was based on (`VersionedUpdate.edit`), and the typed draft written with what the
/// editor could not see put back. A kind says only what is its own.
package protocol DraftEditor: Sendable {
    associatedtype Input: Sendable
    associatedtype Draft: Sendable & Hashable

    var database: Database { get }

    static var kind: RecordKind { get }
    static var table: String { get }
    /// "beleidsproducten": what the role and scope messages name.
    static var plural: String { get }
    static var notYours: String { get }

    static func draft(_ input: Input) throws(ValidationFailure) -> Draft
    static func references(_ input: Input) -> [NamedReference]
    static func access(of draft: Draft) -> (confidentiality: Confidentiality, groups: [Group])
    static func snapshot(of draft: Draft) -> [(String, String?)]
    /// The draft as input again (what an edit form starts from), and an input's fields in the API's names.
    static func input(of draft: Draft) -> Input
    static func values(of input: Input) -> [(String, String?)]
    /// The id to make unique ("besluit-…") and the new row's columns besides `id`.
    static func newRow(_ draft: Draft) -> (id: String, columns: [String: (any Encodable & Sendable)?])
    /// Writes everything of the draft into the row `id` and its child rows. Only for the steps
    /// below: they check the role, the scope and the version and record the history first.
    static func write(id: String, _ draft: Draft, now: String, in db: any SQLDatabase) async throws
    static func current(id: String, for viewer: Viewer, locking: Bool, in db: any SQLDatabase) async throws -> EditableRecord<Draft>?
    /// The typed draft with the parts of `stored` the editor could not see put back.
    static func keepingHidden(_ typed: Draft, of stored: EditableRecord<Draft>) -> Draft
}

extension DraftEditor {
    package func create(_ input: Input, by viewer: Viewer) async throws -> String {
        try EditPermission.checkRole(Self.plural, of: viewer)
        return try await database.transaction { db in
            let draft = try await Self.checked(input, by: viewer, in: db)
            let access = Self.access(of: draft)
            try EditPermission.check(Self.plural, confidentiality: access.confidentiality, access: access.groups, by: viewer)
            let row = Self.newRow(draft)
            let id = try await FreshID.make(row.id, in: Self.table, db)
            let now = Timestamp.now()
            try await insertRow(Self.table, row.columns.merging(["id": id, "confidentiality": access.confidentiality.rawValue]) { $1 },
                                now: now, in: db)
            try await Self.write(id: id, draft, now: now, in: db)
            try await AuditLog.record(.aangemaakt, Self.kind, id: id, version: 1,
                                      changes: AuditEntry.changes(from: [], to: Self.snapshot(of: draft)), by: viewer, in: db)
            return id
        }
    }

    /// Replaces the record, provided it is still at `expectedVersion` (required:
    /// `VersionRequired` without it, after the access checks); returns the new version.
    @discardableResult
    package func update(id: String, _ input: Input, expectedVersion: Int?, by viewer: Viewer) async throws -> Int {
        try EditPermission.checkRole(Self.plural, of: viewer)
        return try await database.transaction { db in
            let typed = try await Self.checked(input, by: viewer, in: db)
            let access = Self.access(of: typed)
            try EditPermission.check(Self.plural, confidentiality: access.confidentiality, access: access.groups, by: viewer)
            guard let stored = try await Self.current(id: id, for: viewer, locking: true, in: db) else {
                throw RecordNotVisible(kind: Self.kind, id: id)
            }
            return try await VersionedUpdate.edit(
                Self.kind, table: Self.table, id: id, expected: expectedVersion,
                found: .init(access: Self.access(of: stored.draft).groups, version: stored.version, snapshot: Self.snapshot(of: stored.draft)),
                typed: Self.snapshot(of: typed), notYours: Self.notYours, by: viewer, in: db) { now in
                try await Self.write(id: id, Self.keepingHidden(typed, of: stored), now: now, in: db)
            }
        }
    }

    package func current(id: String, for viewer: Viewer) async throws -> EditableRecord<Draft>? {
        try await Self.current(id: id, for: viewer, locking: false, in: database.sql)
    }

    /// Every problem of the input at once: its own rules, the records it names, its groups.
    static func checked(_ input: Input, by viewer: Viewer, in db: any SQLDatabase) async throws -> Draft {
        var problems: [FieldProblem] = []
        var draft: Draft?
        do { draft = try Self.draft(input) } catch { problems = error.problems }
        problems += try await ReferenceCheck.problems(Self.references(input), by: viewer, in: db)
        if let draft { problems += try await RecordAccessRows.unknownGroupProblems(Self.access(of: draft).groups, in: db) }
        guard let draft, problems.isEmpty else { throw ValidationFailure(problems) }
        return draft
    }

    /// The stored record as its removal needs it (`RecordRemover`); `hiddenParts` names what the
    /// editor may not see, which makes it theirs not to remove.
    static func deletionFound(id: String, for viewer: Viewer, locking: Bool, hiddenParts: String,
                              in db: any SQLDatabase) async throws -> RecordDeletion.Found? {
        guard let stored = try await current(id: id, for: viewer, locking: locking, in: db) else { return nil }
        return RecordDeletion.Found(access: Self.access(of: stored.draft).groups, version: stored.version,
                                    hiddenParts: stored.hidesParts ? hiddenParts : nil, snapshot: Self.snapshot(of: stored.draft))
    }
}
