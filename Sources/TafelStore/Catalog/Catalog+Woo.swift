import SQLKit
import TafelCore

/// A public document as the Woo-index receives it: the record, its original's format (if it
/// has one), and who drew it up and who publishes it, with their TOOI URIs where they have one.
public struct WooPublication: Sendable {
    public struct Organisation: Sendable, Hashable {
        public let name: String
        public let tooiURI: String?
    }

    public let document: Document
    public let category: WooCategory
    public let file: FileFormat?
    /// The first sender: an organisation, or the organisation a sending body belongs to.
    public let author: Organisation?
}

extension Catalog {
    /// The category a document is published under, in SQL: the editor's choice, else its kind's.
    private static let wooCategorySQL: SQLQueryString = {
        let cases = DocumentKind.allCases.compactMap { kind in
            kind.defaultWooCategory.map { "WHEN '\(kind.rawValue)' THEN '\($0.rawValue)'" }
        }.joined(separator: " ")
        return "coalesce(t.woo_category, CASE t.kind \(unsafeRaw: cases) END)"
    }()

    /// Only a document Tafel holds is published: one known only from what other documents say of it
    /// has no text or file for the Woo-index to take.
    private static let heldSQL: SQLQueryString = "(t.full_text <> '' OR EXISTS (SELECT 1 FROM document_files f WHERE f.document_id = t.id))"

    /// How many public documents each category holds (categories without any are left out).
    public func wooCounts() async throws -> [WooCategory: Int] {
        struct Row: Decodable { let category: String?, total: Int }
        let rows = try await db.raw("SELECT " + Self.wooCategorySQL + " AS category, COUNT(*) AS total FROM documents t WHERE "
                                    + Self.heldSQL + " AND " + visible("t", .document) + " GROUP BY 1").all(decoding: Row.self, with: rowDecoder)
        var counts: [WooCategory: Int] = [:]
        for row in rows { if let category = row.category.flatMap(WooCategory.init(rawValue:)) { counts[category] = row.total } }
        return counts
    }

    /// One page of the public documents of a category, in id order (a sitemap's stable order).
    public func wooPublications(_ category: WooCategory, offset: Int, limit: Int) async throws -> [WooPublication] {
        try await wooPublications(where: Self.wooCategorySQL + " = \(bind: category.rawValue)", offset: offset, limit: limit)
    }

    /// The publication of one document, if it is public and falls under a category.
    public func wooPublication(id: String) async throws -> WooPublication? {
        try await wooPublications(where: "t.id = \(bind: id)", offset: 0, limit: 1).first
    }

    private func wooPublications(where condition: SQLQueryString, offset: Int, limit: Int) async throws -> [WooPublication] {
        struct Extra: Decodable {
            let id: String, category: String?, fileFormat: String?, authorName: String?, authorTooi: String?
        }
        let documents = try await db.raw(Self.documentColumns + " FROM documents t WHERE " + condition + " AND "
                                         + Self.heldSQL + " AND " + visible("t", .document) + " ORDER BY t.id LIMIT \(bind: limit) OFFSET \(bind: offset)")
            .all(decoding: DocumentRow.self, with: rowDecoder)
        guard !documents.isEmpty else { return [] }
        let ids = documents.map(\.id)
        // The first sender, through its body to the organisation where a body sent it.
        let extras = try await db.raw("""
            SELECT t.id,
            """ + Self.wooCategorySQL + """
             AS category, f.format AS file_format, coalesce(o.name, bo.name, b.name) AS author_name,
                   coalesce(o.tooi_uri, bo.tooi_uri) AS author_tooi
            FROM documents t
            LEFT JOIN document_files f ON f.document_id = t.id
            LEFT JOIN document_parties dp ON dp.document_id = t.id AND dp.role = 'afzender'
                 AND dp.position = (SELECT MIN(position) FROM document_parties x WHERE x.document_id = t.id AND x.role = 'afzender')
            LEFT JOIN organisations o ON o.id = dp.organisation_id
            LEFT JOIN bodies b ON b.id = dp.body_id
            LEFT JOIN organisations bo ON bo.id = b.organisation_id
            WHERE t.id IN 
            """ + Self.list(ids))
            .all(decoding: Extra.self, with: rowDecoder)
        let byID = Dictionary(extras.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return try documents.compactMap { row in
            guard let extra = byID[row.id], let category = extra.category.flatMap(WooCategory.init(rawValue:)) else { return nil }
            return WooPublication(
                document: try row.domain(), category: category, file: extra.fileFormat.flatMap(FileFormat.init(rawValue:)),
                author: extra.authorName.map { WooPublication.Organisation(name: $0, tooiURI: extra.authorTooi) })
        }
    }

    /// The organisation that publishes through this Tafel: the one named, else the province
    /// (the organisation of kind `provincie` with a TOOI URI).
    public func wooPublisher(named id: String?) async throws -> WooPublication.Organisation? {
        struct Row: Decodable { let name: String, tooiUri: String? }
        let condition: SQLQueryString = id.map { "t.id = \(bind: $0)" } ?? "t.kind = 'provincie' AND t.tooi_uri IS NOT NULL"
        return try await db.raw("SELECT t.name, t.tooi_uri FROM organisations t WHERE " + condition + " ORDER BY t.id LIMIT 1")
            .first(decoding: Row.self, with: rowDecoder).map { WooPublication.Organisation(name: $0.name, tooiURI: $0.tooiUri) }
    }
}
