import Synchronization

/// Results computed once per data version: answers that depend on nothing but the data and
/// who may see it (the register's option lists), kept until any process commits a change
/// (`Database.dataVersion`, checked on every use), so they are exact for the data as it is.
/// Never a query's result keyed by its filters: those are computed for each request.
final class PerDataVersion: Sendable {
    private struct Entry: Sendable {
        let version: Int64
        let value: any Sendable
    }

    private let entries = Mutex<[String: Entry]>([:])

    /// The value for `key` at the current data version, computed by `compute` when there is none.
    func value<Value: Sendable>(_ key: String, version: Int64, compute: () async throws -> Value) async throws -> Value {
        if let entry = entries.withLock({ $0[key] }), entry.version == version, let value = entry.value as? Value {
            return value
        }
        // Computed after the version was read, so the value is at least as new as that version.
        let value = try await compute()
        entries.withLock { entries in
            if entries.count > 256 { entries.removeAll() }
            entries[key] = Entry(version: version, value: value)
        }
        return value
    }
}
