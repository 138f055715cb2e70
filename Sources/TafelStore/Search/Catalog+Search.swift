import SQLKit
import TafelCore

/// One search over every published kind of record, ranked (BM25 on SQLite, `ts_rank_cd` on
/// PostgreSQL, the title weighing four times the body), with the facets and a snippet for each
/// hit of the page. What the viewer may not see is never found, counted or quoted: every query
/// joins each entry with the same confidentiality rule as the lists, and facets name only
/// organisations the viewer may see.
extension Catalog {
    public func search(_ request: SiteSearch) async throws -> SiteSearchResults {
        guard let query = request.search?.query, !query.isEmpty else {
            return SiteSearchResults(hits: Page(items: [], total: 0, request: request.page), collections: [], sorts: [], years: [], organisations: [])
        }
        let shown = Self.visibility(of: "e", kindSQL: "e.kind", for: viewer)
        let byOrganisation: [SQLQueryString] = request.organisation.map {
            ["EXISTS (SELECT 1 FROM search_entry_organisations so WHERE so.entry = e.entry AND so.organisation_id = \(bind: $0))"]
        } ?? []
        var narrowing: [SQLQueryString] = []
        if let collection = request.collection { narrowing.append("e.kind = \(bind: collection.rawValue)") }
        if let sort = request.sort { narrowing.append("e.sort = \(bind: sort)") }
        if let year = request.year { narrowing.append("e.year = \(bind: year)") }

        // The page, every facet but the organisations from one grouped count (narrowed in Swift),
        // and the organisations: three queries side by side, on connections of their own. On
        // SQLite each is driven by the FTS5 table, so that only the entries found are read.
        let (matched, found) = fromMatches(query)
        let groupSQL: SQLQueryString = "SELECT e.kind, e.sort, e.year, COUNT(*) AS n FROM " + matched
            + whereClause([found, shown] + byOrganisation) + " GROUP BY e.kind, e.sort, e.year"
        let concernSQL: SQLQueryString = "SELECT so.organisation_id AS id, COUNT(*) AS n FROM " + matched
            + " JOIN search_entry_organisations so ON so.entry = e.entry" + whereClause([found, shown] + narrowing)
            + " GROUP BY so.organisation_id ORDER BY n DESC, so.organisation_id LIMIT \(literal: Self.organisationsCounted)"
        async let rankedHits = ranked(query, conditions: [shown] + byOrganisation + narrowing, page: request.page)
        async let groupRows = db.raw(groupSQL).all(decoding: Group.self, with: rowDecoder)
        async let concernRows = db.raw(concernSQL).all(decoding: Concern.self, with: rowDecoder)
        let groups = try await groupRows
        func keeps(_ group: Group, collection: Bool = true, sort: Bool = true, year: Bool = true) -> Bool {
            (!collection || request.collection.map { $0.rawValue == group.kind } ?? true)
                && (!sort || request.sort.map { $0 == group.sort } ?? true)
                && (!year || request.year.map { $0 == group.year } ?? true)
        }
        let total = groups.filter { keeps($0) }.reduce(0) { $0 + $1.n }
        let collections = Self.counted(groups.filter { keeps($0, collection: false) }.compactMap { g in RecordKind(rawValue: g.kind).map { ($0, g.n) } })
            .sorted { ($0.count, SiteSearch.collections.firstIndex(of: $1.value) ?? 0) > ($1.count, SiteSearch.collections.firstIndex(of: $0.value) ?? 0) }
        let sorts = Self.counted(groups.filter { keeps($0, sort: false) }.compactMap { g in
            g.sort.flatMap { code in RecordKind(rawValue: g.kind).map { (SiteSearchResults.SortValue(kind: $0, code: code), g.n) } }
        }).sorted { ($0.count, $1.value.code) > ($1.count, $0.value.code) }
        let years = Self.counted(groups.filter { keeps($0, year: false) }.compactMap { g in g.year.map { ($0, g.n) } })
            .sorted { $0.value > $1.value }

        // Named only where the viewer may see the organisation: the most frequent twenty of those.
        let concerns = try await concernRows
        let names = concerns.isEmpty ? [] : try await references(.organisation, "SELECT o.id, o.name FROM organisations o WHERE o.id IN "
                                                                  + Self.list(concerns.map(\.id)) + " AND " + visible("o", .organisation))
        let named = Dictionary(names.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let organisations = concerns.compactMap { concern in
            named[concern.id].map { SiteSearchResults.Count(value: $0, count: concern.n) }
        }.prefix(Self.organisationsShown).map { $0 }
        let hits = try await rankedHits
        return SiteSearchResults(hits: Page(items: hits, total: total, request: request.page), collections: collections,
                                 sorts: sorts, years: years, organisations: organisations)
    }

    private struct Group: Decodable { let kind: String, sort: String?, year: Int?, n: Int }
    private struct Concern: Decodable { let id: String, n: Int }

    private static let organisationsShown = 20
    /// Counted before the hidden ones are left out, so that twenty remain unless many are hidden.
    private static let organisationsCounted = 100

    /// The entries (`e`) a query finds: on SQLite joined from the FTS5 table (whose MATCH must
    /// then stand in the WHERE), on PostgreSQL the entries whose words match.
    private func fromMatches(_ query: SearchQuery) -> (from: SQLQueryString, match: SQLQueryString) {
        switch backend {
        case .sqlite: ("search_words JOIN search_entries e ON e.entry = search_words.rowid", "search_words MATCH \(bind: query.fts5)")
        case .postgres: ("search_entries e", indexMatches(query))
        }
    }

    /// How many of the query's clauses have a term in the record's title (a stem, a phrase's stems, a beginning).
    static func wordsInTitle(_ query: SearchQuery) -> SQLQueryString {
        let clauses = query.required.map { terms -> SQLQueryString in
            let needles = terms.flatMap { term -> [String] in
                switch term {
                case .word(let stem): [stem]
                case .phrase(let stems): [stems.joined(separator: "%")]
                case .prefix(let leading, let beginnings): beginnings.map { (leading + [$0]).joined(separator: "%") }
                }
            }
            let likes = needles.map { needle -> SQLQueryString in "lower(e.title) LIKE \(bind: "%" + needle + "%")" }
            return "(CASE WHEN " + likes.joined(separator: " OR ") + " THEN 1 ELSE 0 END)"
        }
        return clauses.isEmpty ? "0" : "(" + clauses.joined(separator: " + ") + ")"
    }

    private static func counted<Value: Hashable & Sendable>(_ pairs: [(Value, Int)]) -> [SiteSearchResults.Count<Value>] {
        var totals: [Value: Int] = [:]
        for (value, n) in pairs { totals[value, default: 0] += n }
        return totals.map { SiteSearchResults.Count(value: $0.key, count: $0.value) }
    }

    /// One page of hits, best first, each with its snippet (read for this page only).
    private func ranked(_ query: SearchQuery, conditions: [SQLQueryString], page: PageRequest) async throws -> [SiteSearchResults.Hit] {
        struct Row: Decodable { let kind: String, id: String, title: String, sort: String?, year: Int? }
        let (matched, found) = fromMatches(query)
        let rank: SQLQueryString = switch backend {
        case .sqlite: "bm25(search_words, 10.0, 1.0)"
        case .postgres: "ts_rank_cd('{0.1, 0.1, 0.1, 1.0}', e.words, CAST(\(bind: query.tsquery) AS tsquery), 1) DESC"
        }
        // BM25 saturates a word's weight, so a title weighs little more than a long text: first comes
        // the record with more of the query's words in its title, and of those that have them all the
        // shortest title (the closest name), then BM25.
        let inTitle = Self.wordsInTitle(query)
        let select: SQLQueryString = "SELECT e.kind, e.id, e.title, e.sort, e.year FROM " + matched + whereClause([found] + conditions)
            + " ORDER BY " + inTitle + " DESC, CASE WHEN " + inTitle + " = \(literal: query.required.count) THEN length(e.title) ELSE 0 END, "
            + rank + ", e.title, e.id"
        let rows = try await db.raw(select + " LIMIT \(literal: page.size) OFFSET \(literal: page.offset)")
            .all(decoding: Row.self, with: rowDecoder)
        var bodies: [String: String] = [:]
        for kind in Set(rows.map(\.kind)) {
            guard let recordKind = RecordKind(rawValue: kind), let source = SearchSource.of(recordKind) else { continue }
            for entry in try await source.entries(rows.filter { $0.kind == kind }.map(\.id), in: db) {
                bodies["\(kind) \(entry.id)"] = entry.body.joined(separator: "\n\n")
            }
        }
        return rows.compactMap { row in
            guard let kind = RecordKind(rawValue: row.kind) else { return nil }
            return SiteSearchResults.Hit(kind: kind, id: row.id, title: row.title, sort: row.sort, year: row.year,
                                         snippet: SearchSnippet.make(bodies["\(row.kind) \(row.id)"] ?? "", for: query),
                                         titleSnippet: SearchSnippet.make(row.title, for: query, words: 1_000))
        }
    }
}
