import SQLKit

/// Inserts one row with `created_at`/`updated_at` set to `now`. A missing value is written
/// as a plain NULL: a bound nil carries a type (text, on PostgreSQL), which PostgreSQL
/// refuses for a column of another type (an INTEGER).
package func insertRow(_ table: String, _ values: [String: (any Encodable & Sendable)?], now: String, in db: any SQLDatabase) async throws {
    let columns = values.keys.sorted()
    var expressions: [any SQLExpression] = columns.map { column in
        if let value = values[column] ?? nil { SQLBind(value) } else { SQLLiteral.null }
    }
    expressions += [SQLBind(now), SQLBind(now)]
    try await db.raw("""
        INSERT INTO \(ident: table) (\(idents: columns + ["created_at", "updated_at"], joinedBy: ", "))
        VALUES (\(SQLList(expressions)))
        """).run()
}
