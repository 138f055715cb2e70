import Foundation
import SQLKit
import TafelCore

/// Adding and changing documents: checks the editor's role and scope, the version the
/// edit was based on, and writes the change and its history entry in one transaction.
public struct DocumentEditor: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    /// Stores a new document, with its original when `file` is given, and returns its id.
    public func create(_ draft: DocumentDraft, file: ReadFile? = nil, by viewer: Viewer) async throws -> String {
        try authorise(draft, by: viewer)
        try await checkGroupsExist(draft.access)
        let draft = try draft.withText(of: file)
        let id = Slug.make(from: draft.title) + "-" + String(UUID().uuidString.lowercased().prefix(6))
        let now = Timestamp.now()
        try await database.transaction { db in
            try await db.raw("""
                INSERT INTO documents (id, title, kind, date, reference, handled_by, author, confidentiality, summary,
                                       full_text, origin, woo_category, created_at, updated_at, version)
                VALUES (\(bind: id), \(bind: draft.title), \(bind: draft.kind.rawValue), \(bind: draft.date?.iso),
                        \(bind: draft.reference), \(bind: draft.handledBy), \(bind: draft.author),
                        \(bind: draft.confidentiality.rawValue), \(bind: draft.summary), \(bind: draft.fullText),
                        \(bind: draft.origin), \(bind: draft.wooCategory?.rawValue), \(bind: now), \(bind: now), 1)
                """).run()
            try await RecordAccessRows.replace(.document, id: id, with: draft.access, in: db)
            if let file { try await DocumentFileRows.replace(id, with: file, in: db) }
            try await AuditLog.record(.aangemaakt, .document, id: id, version: 1,
                                      changes: AuditEntry.changes(from: [], to: draft.snapshot + [Self.fileField(file?.historyValue)]),
                                      by: viewer, in: db)
        }
        return id
    }

    /// Replaces a document's fields, provided it is still at `expectedVersion` (required:
    /// `VersionRequired` without it, after the access checks); returns the new version. A `file`
    /// replaces the original, `removingFile` removes it; otherwise the original stays.
    @discardableResult
    public func update(id: String, _ draft: DocumentDraft, file: ReadFile? = nil, removingFile: Bool = false,
                       expectedVersion: Int?, by viewer: Viewer) async throws -> Int {
        try authorise(draft, by: viewer)
        try await checkGroupsExist(draft.access)
        let draft = try draft.withText(of: file)
        return try await database.transaction { db in
            guard let stored = try await Self.current(id: id, for: viewer, locking: true, in: db) else {
                throw RecordNotVisible(kind: .document, id: id)
            }
            guard viewer.mayEdit(recordGroups: Set(stored.draft.access)) else {
                throw AccessDenied("U mag dit document niet wijzigen: het valt buiten de organisaties en gremia waarvoor u redacteur bent.")
            }
            guard let expectedVersion else { throw VersionRequired(kind: .document, id: id) }
            if expectedVersion != stored.version {
                throw VersionConflict(kind: .document, id: id, expected: expectedVersion, current: stored.version)
            }
            let storedFile = try await DocumentFileRows.stored(id, in: db)?.historyValue
            let newFile = file?.historyValue ?? (removingFile ? nil : storedFile)
            let changes = AuditEntry.changes(from: stored.draft.snapshot + [Self.fileField(storedFile)],
                                             to: draft.snapshot + [Self.fileField(newFile)])
            guard !changes.isEmpty else { return stored.version }
            let version = stored.version + 1
            try await VersionedUpdate.run("""
                UPDATE documents SET title = \(bind: draft.title), kind = \(bind: draft.kind.rawValue),
                    date = \(bind: draft.date?.iso), reference = \(bind: draft.reference), handled_by = \(bind: draft.handledBy),
                    author = \(bind: draft.author), confidentiality = \(bind: draft.confidentiality.rawValue),
                    summary = \(bind: draft.summary), full_text = \(bind: draft.fullText), origin = \(bind: draft.origin),
                    woo_category = \(bind: draft.wooCategory?.rawValue),
                    updated_at = \(bind: Timestamp.now()), version = \(bind: version)
                WHERE id = \(bind: id) AND version = \(bind: stored.version)
                """, table: "documents", kind: .document, id: id, expected: stored.version, in: db)
            try await RecordAccessRows.replace(.document, id: id, with: draft.access, in: db)
            if let file {
                try await DocumentFileRows.replace(id, with: file, in: db)
            } else if removingFile {
                try await DocumentFileRows.remove(id, in: db)
            }
            try await AuditLog.record(.gewijzigd, .document, id: id, version: version, changes: changes, by: viewer, in: db)
            return version
        }
    }

    /// The stored document as a draft with its version, if the viewer may see it: what an edit form starts from.
    public func current(id: String, for viewer: Viewer) async throws -> (draft: DocumentDraft, version: Int)? {
        try await Self.current(id: id, for: viewer, in: database.sql)
    }

    static func current(id: String, for viewer: Viewer, locking: Bool = false,
                        in db: any SQLDatabase) async throws -> (draft: DocumentDraft, version: Int)? {
        struct Row: Decodable {
            let title: String, kind: String, date: String?, reference: String?, handledBy: String?, author: String?
            let confidentiality: String, summary: String?, fullText: String, origin: String?, wooCategory: String?, version: Int
        }
        guard let row = try await db.raw("""
            SELECT title, kind, date, reference, handled_by, author, confidentiality, summary, full_text, origin, woo_category, version
            FROM documents t WHERE t.id = \(bind: id) AND
            """ + " " + Catalog.visibility(of: "t", .document, for: viewer) + (locking ? VersionedUpdate.lock("t", in: db) : ""))
            .first(decoding: Row.self, with: rowDecoder)
        else { return nil }
        let access = try await RecordAccessRows.read(.document, id: id, in: db)
        let draft = DocumentDraft(
            title: row.title, kind: DocumentKind(rawValue: row.kind) ?? .overig, date: partialDate(row.date),
            reference: row.reference, author: row.author, handledBy: row.handledBy, summary: row.summary,
            fullText: row.fullText, origin: row.origin,
            confidentiality: Confidentiality(rawValue: row.confidentiality) ?? .vertrouwelijk, access: access,
            wooCategory: row.wooCategory.flatMap(WooCategory.init(rawValue:)))
        return (draft, row.version)
    }

    /// The original in the history: its name and checksum.
    private static func fileField(_ value: String?) -> (String, String?) { ("bestand", value) }

    private func authorise(_ draft: DocumentDraft, by viewer: Viewer) throws {
        try EditPermission.check("documenten", confidentiality: draft.confidentiality, access: draft.access, by: viewer)
    }

    private func checkGroupsExist(_ groups: [Group]) async throws {
        let problems = try await RecordAccessRows.unknownGroupProblems(groups, in: database.sql)
        if !problems.isEmpty { throw ValidationFailure(problems) }
    }
}

/// The record does not exist or the viewer may not see it; the two are never told apart.
public struct RecordNotVisible: Error, Sendable {
    public let kind: RecordKind
    public let id: String
}
