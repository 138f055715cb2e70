import Logging
import SQLKit
import TafelCore
import TafelStore

/// A deterministic synthetic data set for the whole country (`tafel demo --schaal landelijk`):
/// the 12 provinces, 342 made-up municipalities, 21 water boards, 2,000 other organisations,
/// 20,000 persons, 5,000 collaborations, 50,000 meetings and 100,000 documents with Dutch text.
/// Every record says it is synthetic, and `dataset_facts` says so for the whole set.
///
/// The same scale and seed give the same rows, byte for byte, on every machine.
public struct NationalDataSet: Sendable {
    public static let defaultSeed: UInt64 = 20_261_123
    public static let description = "Synthetische landelijke gegevensset, gegenereerd door tafel demo --schaal landelijk; geen echte gegevens."

    /// Multiplies every count (1 is the full set; tests use 0.01). At least one of each.
    public let scale: Double
    public let seed: UInt64

    public init(scale: Double = 1.0, seed: UInt64 = defaultSeed) {
        precondition(scale > 0 && scale <= 10, "scale must be in (0, 10]")
        self.scale = scale
        self.seed = seed
    }

    /// The keys of `counts`, in the order to show them.
    public static let countOrder = [
        "provincies", "gemeenten", "waterschappen", "overige organisaties", "personen", "samenwerkingen",
        "bijeenkomsten", "documenten",
    ]

    /// The number of records of each main kind, by Dutch name ("gemeenten", "documenten" …).
    public var counts: [String: Int] { NationalPlan(scale: scale).counts }

    /// One table's rows after a load, with its Dutch name.
    public struct TableCount: Sendable, Hashable {
        public let table: String
        public let label: String
        public let rows: Int
    }

    /// Written after each part of the load (organisations, persons, … documents).
    public struct Progress: Sendable {
        public let part: String
        public let tables: [TableCount]
        public let elapsed: Duration
    }

    public struct Report: Sendable {
        /// Every table written, in the order of writing.
        public let tables: [TableCount]
        public let elapsed: Duration

        public var totalRows: Int { tables.reduce(0) { $0 + $1.rows } }
        public func rows(_ table: String) -> Int { tables.first { $0.table == table }?.rows ?? 0 }
    }

    /// Generates the set and writes it in one transaction: all of it or nothing. Refuses a
    /// database that holds records unless `replacingExisting`, which first removes them
    /// (accounts stay) in the same transaction.
    @discardableResult
    public func load(into database: Database, replacingExisting: Bool = false, logger: Logger,
                     progress: (@Sendable (Progress) -> Void)? = nil) async throws -> Report {
        let clock = ContinuousClock()
        let started = clock.now
        let plan = NationalPlan(scale: scale)
        let seed = self.seed
        let scale = self.scale
        let tables = try await database.transaction { db -> [TableCount] in
            if !replacingExisting, !(try await Database.holdsNoRecords(db)) {
                throw DatabaseError.notEmpty(location: database.location)
            }
            if replacingExisting { try await DemoLoader.clear(db) }
            let previousCache = try await Self.widenCache(db, backend: database.backend)
            let writer = BulkWriter(db: db, backend: database.backend, timestamp: NationalGenerator.timestamp)
            let generator = NationalGenerator(plan: plan, seed: seed, writer: writer)
            var order: [String] = []
            var reported: [String: Int] = [:]
            func counted(_ names: [String]) -> [TableCount] {
                names.map { TableCount(table: $0, label: NationalTables.labels[$0] ?? $0, rows: writer.written[$0] ?? 0) }
            }
            let report: (String) async throws -> Void = { part in
                let changed = NationalTables.order.filter { (writer.written[$0] ?? 0) != (reported[$0] ?? 0) }
                for name in changed {
                    reported[name] = writer.written[name] ?? 0
                    if !order.contains(name) { order.append(name) }
                }
                progress?(Progress(part: part, tables: counted(changed), elapsed: clock.now - started))
            }
            do {
                try await generator.run(report: report)
                for (key, value) in Self.facts(scale: scale, seed: seed) {
                    try await writer.append(NationalTables.datasetFacts, [.text(key), .text(value)])
                }
                try await writer.flushAll()
                try await SearchIndex.rebuild(in: db)
            } catch {
                // No statement may still run on the connection when the transaction rolls back.
                try? await writer.drain()
                try? await Self.restoreCache(db, previousCache)
                throw error
            }
            try await Self.restoreCache(db, previousCache)
            try await report("kenmerken")
            return counted(order)
        }
        let report = Report(tables: tables, elapsed: clock.now - started)
        logger.info("landelijke synthetische gegevens geladen", metadata: [
            "rijen": "\(report.totalRows)", "duur": "\(report.elapsed)", "zaad": "\(seed)", "schaal": "\(scale)",
        ])
        return report
    }

    /// SQLite's default page cache (2 MB) is far smaller than the indexes being filled, which
    /// then go back and forth to the file: this connection gets 256 MB for the load.
    /// Returns the setting to restore (nil for PostgreSQL, which has its own shared buffers).
    static func widenCache(_ db: any SQLDatabase, backend: Database.Backend) async throws -> Int? {
        guard backend == .sqlite else { return nil }
        let previous = try await db.raw("PRAGMA cache_size").first(decodingColumn: "cache_size", as: Int.self)
        try await db.raw("PRAGMA cache_size = -262144").run()
        return previous
    }

    static func restoreCache(_ db: any SQLDatabase, _ previous: Int?) async throws {
        guard let previous else { return }
        try await db.raw("PRAGMA cache_size = \(unsafeRaw: String(previous))").run()
    }

    /// What `dataset_facts` says about the set, in a fixed order.
    static func facts(scale: Double, seed: UInt64) -> [(String, String)] {
        [
            ("schaal", "landelijk"),
            ("synthetisch", "ja"),
            ("omschrijving", description),
            ("zaad", String(seed)),
            ("schaalfactor", String(scale)),
            ("peildatum", NationalGenerator.referenceDay.iso),
        ]
    }
}
