import SQLKit

/// Facts about the loaded data set (`dataset_facts`), such as whether it is synthetic: the
/// web UI shows a banner for a synthetic set.
public enum DatasetFacts {
    /// All facts, by key; empty for a data set that records none (such as the Drenthe demo).
    public static func read(from database: Database) async throws -> [String: String] {
        let rows = try await database.sql.raw("SELECT key, value FROM dataset_facts").all()
        var facts: [String: String] = [:]
        for row in rows {
            facts[try row.decode(column: "key", as: String.self)] = try row.decode(column: "value", as: String.self)
        }
        return facts
    }

    /// Whether the loaded data set says it is synthetic.
    public static func isSynthetic(_ facts: [String: String]) -> Bool {
        facts["synthetisch"] == "ja"
    }
}
