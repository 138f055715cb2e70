import Foundation
import SQLKit
import TafelCore

/// Imports collaborations from a register file: every entry is checked before anything
/// is written, then all are written in one transaction, or none. Entries are matched by
/// id, so importing the same file twice changes nothing the second time.
public struct RegisterImport: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public struct Report: Sendable, Hashable {
        public var created: [String] = []
        public var changed: [String] = []
        public var unchanged: [String] = []
        public var dryRun: Bool

        public var total: Int { created.count + changed.count + unchanged.count }

        /// One Dutch sentence: what happened, or with a dry run what would happen.
        public var summary: String {
            let verb = dryRun ? "Proefimport, niets opgeslagen: zou" : "Geïmporteerd:"
            return "\(verb) \(created.count) nieuw, \(changed.count) gewijzigd, \(unchanged.count) ongewijzigd (\(total) \(total == 1 ? "samenwerking" : "samenwerkingen"))."
        }
    }

    /// The whole file failed: every problem, each naming its line (or position) and field.
    public struct Failure: Error, Sendable {
        public var problems: [FieldProblem]
        public var summary: String { problems.map(\.message).joined(separator: "\n") }
    }

    /// Checks and, unless `dryRun`, writes `entries`. `progress(done, total)` is called as entries are checked.
    public func run(_ entries: [RegisterFile.Entry], dryRun: Bool, by viewer: Viewer,
                    progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) async throws -> Report {
        guard viewer.isSignedIn else { throw SignInRequired() }
        guard viewer.mayEditAnything else { throw AccessDenied("Alleen redacteuren en beheerders mogen samenwerkingen importeren.") }
        var problems = Problems()
        var seen: [String: String] = [:]
        for entry in entries {
            guard let id = entry.id else { problems.add(entry, "id", "id is verplicht: een import werkt per id."); continue }
            if !Slug.isValid(id) { problems.add(entry, "id", "‘\(id)’ is geen geldige id (kleine letters, cijfers en -)."); continue }
            if let earlier = seen[id] { problems.add(entry, "id", "id ‘\(id)’ staat ook op \(earlier).") }
            seen[id] = entry.location
        }
        try problems.finish()
        let fileIDs = Set(seen.keys)

        // Everything is checked outside the write transaction (a dry run never takes the
        // write lock); the write itself is one short transaction that first makes sure no
        // record the plan read has changed meanwhile.
        let db = database.sql
        var report = Report(dryRun: dryRun)
        var plan: [Step] = []
        for (index, entry) in entries.enumerated() {
            let id = entry.id ?? ""
            do {
                let stored = try await CollaborationEditor.current(id: id, for: viewer, in: db)
                if stored == nil, try await db.raw("SELECT id FROM collaborations WHERE id = \(bind: id)").first() != nil {
                    throw AccessDenied("id ‘\(id)’ is al in gebruik door een samenwerking die u niet mag zien.")
                }
                var input = stored?.draft.input ?? CollaborationInput()
                input.copy(entry.fields, from: entry.input)
                let draft = try await CollaborationEditor.checked(input, selfID: id, alsoExisting: fileIDs, by: viewer, in: db)
                try EditPermission.check("samenwerkingen", confidentiality: draft.confidentiality, access: draft.access, by: viewer)
                if let stored, !viewer.mayEdit(recordGroups: Set(stored.draft.access)) {
                    throw AccessDenied("u mag deze samenwerking niet wijzigen: ze valt buiten uw organisaties en gremia.")
                }
                plan.append(Step(id: id, draft: draft, stored: stored))
            } catch let failure as ValidationFailure {
                for problem in failure.problems { problems.add(entry, problem) }
            } catch let denied as AccessDenied {
                problems.add(entry, nil, denied.message)
            }
            progress(index + 1, entries.count)
        }
        try problems.finish()
        for step in plan {
            if step.stored == nil {
                report.created.append(step.id)
            } else if step.isUnchanged {
                report.unchanged.append(step.id)
            } else {
                report.changed.append(step.id)
            }
        }
        guard !dryRun, !(report.created.isEmpty && report.changed.isEmpty) else { return report }
        let written = plan
        try await database.transaction { db in
            try await Self.checkUnchangedSincePlanned(written, in: db)
            // New records first, without relations: a relation may point at a record later in the file.
            for step in written where step.stored == nil {
                try await CollaborationEditor.insert(id: step.id, step.draft.withoutRelations, audited: step.draft, by: viewer, in: db)
            }
            for step in written where !step.isUnchanged {
                guard let stored = step.stored else { continue }
                _ = try await CollaborationEditor.replace(id: step.id, stored: stored, with: step.draft, by: viewer, in: db)
            }
            for step in written where step.stored == nil {
                for relation in step.draft.related {
                    try await insertRow("collaboration_relations", [
                        "collaboration_id": step.id, "related_id": relation.collaborationID, "relation": relation.relation.rawValue,
                    ], now: Timestamp.now(), in: db)
                }
            }
        }
        return report
    }

    /// One entry of the file, checked: the draft to write and what is stored now.
    struct Step: Sendable {
        let id: String
        let draft: CollaborationDraft
        let stored: CollaborationEditor.Stored?

        var isUnchanged: Bool {
            guard let stored else { return false }
            return draft.normalised.snapshot.elementsEqual(stored.draft.normalised.snapshot, by: { $0 == $1 })
        }
    }

    /// Inside the write: every record the plan found is still at the version it read, and
    /// every id it found free is still free; otherwise nothing is written.
    static func checkUnchangedSincePlanned(_ plan: [Step], in db: any SQLDatabase) async throws {
        struct Row: Decodable { let id: String, version: Int }
        var current: [String: Int] = [:]
        for chunk in stride(from: 0, to: plan.count, by: 500).map({ plan[$0..<min($0 + 500, plan.count)] }) {
            let ids = chunk.map { "\(bind: $0.id)" as SQLQueryString }.joined(separator: ", ")
            for row in try await db.raw("SELECT id, version FROM collaborations WHERE id IN (" + ids + ")")
                .all(decoding: Row.self, with: rowDecoder) {
                current[row.id] = row.version
            }
        }
        let moved = plan.filter { current[$0.id] != $0.stored?.version }.map(\.id)
        guard moved.isEmpty else {
            throw Failure(problems: moved.prefix(20).map { id in
                FieldProblem(field: "id \(id)", code: "gewijzigd",
                             message: "id \(id): deze samenwerking is tijdens de import door iemand anders gewijzigd of aangemaakt; er is niets opgeslagen. Importeer het bestand opnieuw.")
            })
        }
    }

    /// Problems named by the entry's line or position, its id and the field.
    struct Problems {
        var list: [FieldProblem] = []

        /// A problem of the entry's draft: its message already names the field, its field gets the entry's location.
        mutating func add(_ entry: RegisterFile.Entry, _ problem: FieldProblem) {
            let name = entry.id.map { " (id \($0))" } ?? ""
            list.append(FieldProblem(field: "\(entry.location), \(problem.field)", code: problem.code,
                                     message: "\(entry.location)\(name): \(problem.message)"))
        }

        mutating func add(_ entry: RegisterFile.Entry, _ field: String?, _ message: String) {
            let name = entry.id.map { " (id \($0))" } ?? ""
            list.append(FieldProblem(field: [entry.location, field].compactMap { $0 }.joined(separator: ", "), code: "ongeldig",
                                     message: "\(entry.location)\(name)\(field.map { ", \($0)" } ?? ""): \(message)"))
        }

        func finish() throws {
            if !list.isEmpty { throw Failure(problems: Array(list.prefix(1_000))) }
        }
    }
}

extension CollaborationDraft {
    var withoutRelations: CollaborationDraft {
        var copy = self
        copy.related = []
        return copy
    }
}
