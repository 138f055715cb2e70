import TafelStore
import SQLKit

/// One value of a generated row. Text is bound as a parameter; whole numbers and NULL are
/// written into the statement (they cannot carry SQL), which keeps the number of binds low
/// and avoids a typed NULL that PostgreSQL would refuse for an INTEGER column.
enum Cell: Sendable {
    case text(String)
    case int(Int)
    case null

    init(_ text: String?) { self = text.map(Cell.text) ?? .null }
    init(_ number: Int?) { self = number.map(Cell.int) ?? .null }
}

/// A table the bulk writer fills: its columns (in the order rows give them), whether it
/// carries `created_at`/`updated_at`, and the tables of the same load its rows refer to.
struct BulkTable: Sendable {
    let name: String
    let columns: [String]
    var timestamped = true
    /// Written first whenever this table is written, so that foreign keys always find their row.
    var parents: [String] = []
}

/// Writes generated rows with multi-row `INSERT … VALUES (…), (…)` statements of bound
/// parameters, as large as the database allows, inside the caller's transaction.
/// One statement runs while the next one is generated: statements still run one after the
/// other, in the order they were queued (parents before children). Lives for one load only.
final class BulkWriter {
    let db: any SQLDatabase
    /// Binds per statement: SQLite allows 32,766, PostgreSQL 65,535.
    let maximumBinds: Int
    /// `created_at` and `updated_at` of every row: fixed, so that the data set is the same on every load.
    let timestamp: String

    private var tables: [String: BulkTable] = [:]
    private var pending: [String: [Cell]] = [:]
    private var pendingBinds: [String: Int] = [:]
    private(set) var written: [String: Int] = [:]
    /// The statement now running, if any.
    private var running: Task<Void, any Error>?

    init(db: any SQLDatabase, backend: Database.Backend, timestamp: String) {
        self.db = db
        self.maximumBinds = backend == .sqlite ? 30_000 : 60_000
        self.timestamp = timestamp
    }

    /// Queues one row (its cells in `table.columns` order); writes the table's queued rows
    /// once the next row might not fit in one statement.
    func append(_ table: BulkTable, _ row: [Cell]) async throws {
        precondition(row.count == table.columns.count, "\(table.name): \(row.count) cells for \(table.columns.count) columns")
        if tables[table.name] == nil { tables[table.name] = table }
        pending[table.name, default: []].append(contentsOf: row)
        pendingBinds[table.name, default: 0] += row.count
        if pendingBinds[table.name, default: 0] + table.columns.count > maximumBinds {
            try await flush(table.name)
        }
    }

    /// Writes the queued rows of `name`, after those of the tables it refers to.
    func flush(_ name: String) async throws {
        guard let table = tables[name] else { return }
        for parent in table.parents { try await flush(parent) }
        guard let cells = pending[name], !cells.isEmpty else { return }
        pending[name] = []
        pendingBinds[name] = 0
        let statement = BulkInsert(table: table, cells: cells, timestamp: timestamp)
        try await running?.value
        let db = self.db
        running = Task { try await db.execute(sql: statement) { _ in } }
        written[name, default: 0] += cells.count / table.columns.count
    }

    /// Writes everything still queued, parents first, and waits until it is written.
    func flushAll() async throws {
        for name in tables.keys.sorted() { try await flush(name) }
        try await drain()
    }

    /// Waits for the running statement: before the transaction ends, also when it fails.
    func drain() async throws {
        let last = running
        running = nil
        try await last?.value
    }
}

/// `INSERT INTO table (columns…, created_at, updated_at) VALUES (…), (…), …`
struct BulkInsert: SQLExpression {
    let table: BulkTable
    let cells: [Cell]
    let timestamp: String

    func serialize(to serializer: inout SQLSerializer) {
        var columns = table.columns
        if table.timestamped { columns += ["created_at", "updated_at"] }
        serializer.write("INSERT INTO ")
        SQLIdentifier(table.name).serialize(to: &serializer)
        serializer.write(" (")
        SQLList(columns.map { SQLIdentifier($0) }).serialize(to: &serializer)
        serializer.write(") VALUES ")
        // The timestamp is our own constant (digits, dashes, colons, T and Z), safe as a literal.
        let meta = table.timestamped ? ", '\(timestamp)', '\(timestamp)')" : ")"
        let width = table.columns.count
        for start in stride(from: 0, to: cells.count, by: width) {
            serializer.write(start == 0 ? "(" : ", (")
            for offset in 0..<width {
                if offset > 0 { serializer.write(", ") }
                switch cells[start + offset] {
                case .text(let text): serializer.write(bind: text)
                case .int(let number): serializer.write(String(number))
                case .null: serializer.write("NULL")
                }
            }
            serializer.write(meta)
        }
    }
}
