import SQLKit

extension Database {
    /// Whether the database holds no records yet (no organisations, persons, documents or
    /// collaborations): accounts alone do not count.
    public func holdsNoRecords() async throws -> Bool {
        try await Self.holdsNoRecords(sql)
    }

    /// The same, on `db` (also inside a transaction).
    package static func holdsNoRecords(_ db: any SQLDatabase) async throws -> Bool {
        for table in ["organisations", "persons", "documents", "collaborations"] {
            let count = try await db.raw("SELECT COUNT(*) AS total FROM \(unsafeRaw: table)")
                .first(decodingColumn: "total", as: Int.self) ?? 0
            if count > 0 { return false }
        }
        return true
    }
}
