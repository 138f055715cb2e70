import Foundation
import SQLKit

/// The id of a new record: `base` when `table` has no row with it yet, else `base` with a short
/// random suffix (checked inside the write's transaction, so that a race ends in `DuplicateKey`).
enum FreshID {
    static func make(_ base: String, in table: String, _ db: any SQLDatabase) async throws -> String {
        let taken = try await db.raw("SELECT id FROM \(ident: table) WHERE id = \(bind: base)").first() != nil
        return taken ? base + "-" + String(UUID().uuidString.lowercased().prefix(6)) : base
    }
}
