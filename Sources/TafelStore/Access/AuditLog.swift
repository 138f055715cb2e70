import Foundation
import SQLKit
import TafelCore

/// Every change to a record, written in the transaction that makes it, and read back
/// as the record's history.
public enum AuditLog {
    /// Writes one entry using `db`, which must be the transaction of the change itself, and brings
    /// the record's search entry in line with the change.
    static func record(_ action: AuditEntry.Action, _ kind: RecordKind, id: String, version: Int,
                       changes: [AuditEntry.Change], by viewer: Viewer, in db: any SQLDatabase) async throws {
        let json = try JSONEncoder.sorted.encode(changes.map(StoredChange.init))
        try await db.raw("""
            INSERT INTO audit_log (id, at, actor_id, actor_name, action, subject_kind, subject_id, version, changes)
            VALUES (\(bind: UUID().uuidString.lowercased()), \(bind: Timestamp.now()), \(bind: viewer.userID),
                    \(bind: viewer.name ?? "systeem"), \(bind: action.rawValue), \(bind: kind.rawValue), \(bind: id),
                    \(bind: version), \(bind: String(decoding: json, as: UTF8.self)))
            """).run()
        try await SearchIndex.refresh(kind, id: id, in: db)
    }

    /// The history of one record, newest first, as `viewer` may read it: every record a
    /// change names that the viewer may not see is shown as "vertrouwelijk record". The
    /// caller checks that the viewer may see the record itself.
    /// The history of a removed record with the name it last had, for an administrator only
    /// (what it held may have been confidential, and its access rows went with it); nil for
    /// anyone else, and for a record that was not removed.
    public static func removedHistory(of kind: RecordKind, id: String, in database: Database,
                                      for viewer: Viewer) async throws -> (name: String, entries: [AuditEntry])? {
        guard viewer.isAdministrator else { return nil }
        let entries = try await history(of: kind, id: id, in: database, for: viewer)
        guard let last = entries.first, last.action == .verwijderd else { return nil }
        return (last.changes.first { $0.field == "naam" || $0.field == "titel" }?.before ?? id, entries)
    }

    public static func history(of kind: RecordKind, id: String, in database: Database, for viewer: Viewer) async throws -> [AuditEntry] {
        struct Row: Decodable {
            let id: String, at: String, actorId: String?, actorName: String, action: String, version: Int, changes: String
        }
        let entries = try await database.sql.raw("""
            SELECT id, at, actor_id, actor_name, action, version, changes FROM audit_log
            WHERE subject_kind = \(bind: kind.rawValue) AND subject_id = \(bind: id)
            ORDER BY version DESC, at DESC
            """).all(decoding: Row.self, with: rowDecoder).map { row in
                let stored = (try? JSONDecoder().decode([StoredChange].self, from: Data(row.changes.utf8))) ?? []
                return AuditEntry(id: row.id, at: Timestamp.date(row.at), actorID: row.actorId, actorName: row.actorName,
                                  action: AuditEntry.Action(rawValue: row.action) ?? .gewijzigd, subject: kind,
                                  subjectID: id, version: row.version,
                                  changes: stored.map { AuditEntry.Change(field: $0.field, before: $0.before, after: $0.after) })
            }
        let visible = try await visibleReferences(in: entries, of: kind, for: viewer, in: database.sql)
        return entries.map { entry in
            AuditEntry(id: entry.id, at: entry.at, actorID: entry.actorID, actorName: entry.actorName, action: entry.action,
                       subject: kind, subjectID: id, version: entry.version, changes: entry.changes.map { change in
                           func shown(_ value: String?) -> String? {
                               HistoryReferences.redacted(value, field: change.field, of: kind) { !visible.contains($0) }
                           }
                           return AuditEntry.Change(field: change.field, before: shown(change.before), after: shown(change.after))
                       })
        }
    }

    /// The records the entries name that the viewer may see, one query per kind.
    private static func visibleReferences(in entries: [AuditEntry], of kind: RecordKind, for viewer: Viewer,
                                          in db: any SQLDatabase) async throws -> Set<HistoryReferences.Reference> {
        let named = Set(entries.flatMap { entry in
            entry.changes.flatMap { change in
                HistoryReferences.references(in: change.before, field: change.field, of: kind)
                    + HistoryReferences.references(in: change.after, field: change.field, of: kind)
            }
        })
        var visible: Set<HistoryReferences.Reference> = []
        for (referenced, references) in Dictionary(grouping: named, by: \.kind) {
            guard let storage = referenced.storage else { continue }
            let ids = references.map(\.id).sorted().map { "\(bind: $0)" as SQLQueryString }.joined(separator: ", ")
            let found = try await db.raw("SELECT t.id FROM \(unsafeRaw: storage.table) t WHERE t.id IN (" + ids + ") AND "
                                         + Catalog.visibility(of: "t", referenced, for: viewer))
                .all(decodingColumn: "id", as: String.self)
            visible.formUnion(found.map { HistoryReferences.Reference(kind: referenced, id: $0) })
        }
        return visible
    }

    private struct StoredChange: Codable {
        let field: String, before: String?, after: String?
        init(_ change: AuditEntry.Change) { field = change.field; before = change.before; after = change.after }
    }
}

extension JSONEncoder {
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
