import SQLKit

/// Decodes a row into a `Decodable` by column name: a field `cbsCode` reads column
/// `cbs_code`. It asks the row for each field's column directly; SQLKit's `SQLRowDecoder`
/// with a custom key strategy spent more time mapping keys and checking columns than the
/// database spent finding the rows (a third of the home page, measured with perf).
struct ColumnRowDecoder: Sendable {
    func decode<Model: Decodable>(_ type: Model.Type, from row: any SQLRow) throws -> Model {
        try Model(from: ColumnDecoder(row: row))
    }
}

extension SQLQueryFetcher {
    func all<Model: Decodable>(decoding type: Model.Type, with decoder: ColumnRowDecoder) async throws -> [Model] {
        try await all().map { try decoder.decode(type, from: $0) }
    }

    func first<Model: Decodable>(decoding type: Model.Type, with decoder: ColumnRowDecoder) async throws -> Model? {
        try await first().map { try decoder.decode(type, from: $0) }
    }
}

private struct ColumnDecoder: Decoder {
    let row: any SQLRow
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Columns<Key>(row: row))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Any].self, .init(codingPath: [], debugDescription: "Een databaserij is geen lijst."))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(Any.self, .init(codingPath: [], debugDescription: "Een databaserij is geen enkele waarde."))
    }
}

private struct Columns<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let row: any SQLRow
    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] { row.allColumns.compactMap { Key(stringValue: $0) } }

    private func column(_ key: Key) -> String { SnakeCaseColumns.shared.column(for: key).stringValue }

    func contains(_ key: Key) -> Bool { row.contains(column: column(key)) }

    func decodeNil(forKey key: Key) throws -> Bool { try row.decodeNil(column: column(key)) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try row.decode(column: column(key), as: T.self)
    }

    /// A missing column or NULL is nil: one decode of the optional (which reads NULL as nil);
    /// whether the column exists is asked only when that fails.
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        let name = column(key)
        do {
            return try row.decode(column: name, as: T?.self)
        } catch where !row.contains(column: name) {
            return nil
        }
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        throw DecodingError.typeMismatch([String: Any].self, .init(codingPath: [key], debugDescription: "Geneste kolommen bestaan niet."))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Any].self, .init(codingPath: [key], debugDescription: "Geneste kolommen bestaan niet."))
    }

    func superDecoder() throws -> any Decoder { ColumnDecoder(row: row) }

    func superDecoder(forKey key: Key) throws -> any Decoder { ColumnDecoder(row: row) }
}
