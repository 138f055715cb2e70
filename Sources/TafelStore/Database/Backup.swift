import Foundation
import Logging
import SQLKit
import TafelCore

/// Backups of a SQLite database, taken and restored while Tafel runs. A backup is one
/// consistent SQLite file (`VACUUM INTO`, which reads one snapshot and never blocks
/// writers); a plain copy of a database in WAL mode is not, as the latest changes live in
/// the `-wal` file beside it. PostgreSQL is backed up with its own tools (docs/OPERATIONS.md).
public enum Backup {
    public enum Problem: Error, Sendable, CustomStringConvertible {
        case postgres
        case exists(path: String)
        case missing(path: String)
        case notTafel(path: String, reason: String)
        case newer(path: String, found: Int, known: Int)
        case notEmpty

        public var description: String {
            switch self {
            case .postgres:
                return "Een PostgreSQL-database maakt u reservekopieën van met pg_dump (pg_dump --format=custom --file=BESTAND DATABASE-URL) en zet u terug met pg_restore --clean --if-exists --dbname=DATABASE-URL BESTAND; zie docs/OPERATIONS.md."
            case .exists(let path):
                return "Het bestand \(path) bestaat al; kies een nieuwe naam, een reservekopie overschrijft nooit iets."
            case .missing(let path):
                return "De reservekopie \(path) bestaat niet."
            case .notTafel(let path, let reason):
                return "\(path) is geen bruikbare reservekopie van Tafel: \(reason)."
            case .newer(let path, let found, let known):
                return "De reservekopie \(path) heeft schemaversie \(found), deze Tafel kent versies tot en met \(known). Gebruik een nieuwere Tafel."
            case .notEmpty:
                return "De database bevat al gegevens. Geef --overschrijven op om alles te vervangen door de inhoud van de reservekopie."
            }
        }
    }

    /// What a backup or restore held.
    public struct Summary: Sendable {
        public let schemaVersion: Int
        public let collaborations: Int
        public let organisations: Int
        public let documents: Int
        public let bytes: Int
    }

    /// Writes a consistent copy of `database` to `path` (a new file) and checks it.
    public static func write(_ database: Database, to path: String, logger: Logger) async throws -> Summary {
        guard database.backend == .sqlite else { throw Problem.postgres }
        let url = URL(fileURLWithPath: path)
        guard !FileManager.default.fileExists(atPath: url.path) else { throw Problem.exists(path: url.path) }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try await database.sql.raw("VACUUM INTO \(bind: url.path)").run()
        return try await inspect(url.path, logger: logger)
    }

    /// Replaces everything in `database` by the contents of the backup at `path`, in one
    /// transaction: readers see the old data or the new, never a mix. Sessions are not
    /// restored (everyone signs in again); the installation record and the data version of
    /// `database` stay its own. An older backup is first brought up to the current schema
    /// (in a scratch copy; the backup itself is never changed).
    public static func restore(from path: String, into database: Database, replacingExisting: Bool,
                               logger: Logger) async throws -> Summary {
        guard database.backend == .sqlite else { throw Problem.postgres }
        let source = URL(fileURLWithPath: path)
        guard FileManager.default.fileExists(atPath: source.path) else { throw Problem.missing(path: source.path) }
        if !replacingExisting, !(try await database.holdsNoRecords()) { throw Problem.notEmpty }

        // Checked and migrated in a scratch copy, so that the backup itself is never opened for writing.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tafel-herstel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let scratch = folder.appendingPathComponent("herstel.sqlite")
        try FileManager.default.copyItem(at: source, to: scratch)
        let summary = try await inspect(scratch.path, shownAs: source.path, logger: logger)
        let copy = try await Database.open(.sqlite(path: scratch.path), logger: logger)
        do {
            try await Migrator(database: copy, logger: logger).migrate()
            try await copy.close()
        } catch {
            try? await copy.close()
            throw error
        }

        try await database.transaction(attaching: scratch.path, as: "herstel") { db in
            try await db.raw("PRAGMA defer_foreign_keys = ON").run()
            let tables = try await db.raw("""
                SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
                """).all(decodingColumn: "name", as: String.self).filter { !keptAsTheyAre.contains($0) && !$0.hasPrefix("search_") }
            // Everything out first, then everything in: a parent deleted after its children were
            // refilled would take them along (ON DELETE CASCADE acts at once, deferred keys or not).
            for table in tables {
                try await db.raw("DELETE FROM main.\(ident: table)").run()
            }
            for table in tables where !notRestored.contains(table) {
                let columns = try await db.raw("SELECT name FROM pragma_table_info(\(bind: table), 'main')")
                    .all(decodingColumn: "name", as: String.self)
                let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
                let copy: String = "INSERT INTO main.\"\(table)\" (\(list)) SELECT \(list) FROM herstel.\"\(table)\""
                try await db.raw(SQLQueryString(copy)).run()
            }
            let broken = try await db.raw("PRAGMA main.foreign_key_check").all()
            if !broken.isEmpty {
                throw Problem.notTafel(path: source.path, reason: "\(broken.count) verwijzingen naar records die er niet in staan")
            }
            // The search index is built from what was restored, not copied (FTS5 keeps it in tables of its
            // own), and after this transaction: FTS5 confuses tables of one name in two attached schemas.
            // Until then it counts as stale, so that an interrupted restore leaves it to the next start.
            try await db.raw("DELETE FROM search_index_state").run()
        }
        try await SearchIndex.rebuild(database)
        return summary
    }

    /// Tables of the database itself, not of its contents.
    static let keptAsTheyAre: Set<String> = ["schema_migrations", "installation", "data_version"]
    /// Emptied by a restore, not filled from the backup.
    static let notRestored: Set<String> = ["sessions", "sign_in_attempts"]

    /// Checks that `path` is an intact SQLite file with Tafel's schema, and counts what it holds.
    static func inspect(_ path: String, shownAs name: String? = nil, logger: Logger) async throws -> Summary {
        let shown = name ?? path
        guard FileManager.default.fileExists(atPath: path) else { throw Problem.missing(path: shown) }
        let header = (try? FileHandle(forReadingFrom: URL(fileURLWithPath: path)).read(upToCount: 16)) ?? nil
        guard header == Data("SQLite format 3\u{0}".utf8) else {
            throw Problem.notTafel(path: shown, reason: "het is geen SQLite-bestand")
        }
        let database = try await Database.open(.sqlite(path: path), logger: logger)
        do {
            let problems = try await database.integrityProblems()
            guard problems.isEmpty else {
                throw Problem.notTafel(path: shown, reason: "het bestand is beschadigd (\(problems.prefix(3).joined(separator: "; ")))")
            }
            let version: Int
            do {
                version = try await Migrator(database: database, logger: logger).currentVersion()
            } catch {
                throw Problem.notTafel(path: shown, reason: "er staat geen Tafel-schema in")
            }
            let known = Migrations.all.map(\.version).max() ?? 0
            guard version <= known else { throw Problem.newer(path: shown, found: version, known: known) }
            func count(_ table: String) async throws -> Int {
                try await database.sql.raw("SELECT COUNT(*) AS total FROM \(ident: table)").first(decodingColumn: "total", as: Int.self) ?? 0
            }
            let summary = Summary(
                schemaVersion: version, collaborations: try await count("collaborations"),
                organisations: try await count("organisations"), documents: try await count("documents"),
                bytes: (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
            try await database.close()
            return summary
        } catch {
            try? await database.close()
            throw error
        }
    }
}
