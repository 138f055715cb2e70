import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Synchronization
import TafelCore
import TafelStore

/// Keeps the public's answers for a few seconds: a GET by an anonymous visitor that
/// answered 200, without cookies set, is served again to the next visitor asking the same
/// URL (and `Accept`), until `lifetime` has passed or any process commits a write to the
/// database, whichever comes first: every hit first reads the database's data version
/// (`Database.dataVersion`, one row, raised by every commit of every process), so a
/// change — a record made vertrouwelijk by a CLI import or by a second server on the same
/// PostgreSQL among them — is never served stale. Once an answer has expired (and the
/// data is unchanged), one request renews it while the others are still given the expired
/// one (for at most another `lifetime`), so that a popular page does not make every
/// waiting visitor run the same queries at the same moment.
/// Signed-in visitors, requests with an `Authorization` header, conditional requests and
/// every other method pass straight through.
struct PublicResponseCache: RouterMiddleware {
    typealias Context = AppContext
    static let header = HTTPField.Name("X-Tafel-Cache")!

    let lifetime: Duration
    let database: Database
    let store = Store()

    /// Bodies kept in all (a register page is some 60 KB, an API page some 30 KB).
    static let maximumBytes = 64 << 20
    static let maximumBodySize = 1 << 20

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        // Any `Authorization` (an API token, the metrics token) makes an answer someone's own.
        guard lifetime > .zero, request.method == .get, !context.viewer.isSignedIn, request.headers[.authorization] == nil,
              request.headers[.ifNoneMatch] == nil, request.headers[.ifModifiedSince] == nil
        else { return try await next(request, context) }
        let key = Key(uri: request.uri.description, accept: request.headers[.accept] ?? "")
        // Without a data version to compare, nothing kept may be trusted: answer afresh.
        guard let generation = try? await database.dataVersion() else { return try await next(request, context) }
        let now = ContinuousClock.now
        if let hit = store.lookup(key, generation: generation, now: now, lifetime: lifetime) {
            var headers = hit.headers
            headers[Self.header] = "hit"
            return Response(status: hit.status, headers: headers, body: ResponseBody(byteBuffer: hit.body))
        }
        let response: Response
        do {
            response = try await next(request, context)
        } catch {
            store.remove(key)
            throw error
        }
        guard response.status == .ok, response.headers[.setCookie] == nil,
              response.headers[.cacheControl]?.contains("no-store") != true,
              let length = response.body.contentLength, length <= Self.maximumBodySize
        else {
            store.remove(key)
            return response
        }
        let body = try await Self.collect(response.body)
        store.insert(Entry(status: response.status, headers: response.headers, body: body,
                           generation: generation, expires: now + lifetime), for: key, now: now)
        var headers = response.headers
        headers[Self.header] = "miss"
        return Response(status: response.status, headers: headers, body: ResponseBody(byteBuffer: body))
    }

    struct Key: Hashable, Sendable {
        let uri: String
        let accept: String
    }

    struct Entry: Sendable {
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let body: ByteBuffer
        let generation: Int64
        let expires: ContinuousClock.Instant
        var renewing = false
    }

    /// The kept answers, within `maximumBytes` of bodies in all.
    final class Store: Sendable {
        private struct State {
            var entries: [Key: Entry] = [:]
            var bytes = 0

            mutating func set(_ key: Key, _ entry: Entry?) {
                bytes -= entries[key]?.body.readableBytes ?? 0
                bytes += entry?.body.readableBytes ?? 0
                entries[key] = entry
            }
        }

        private let state = Mutex(State())

        /// The answer to reuse, or nil when the caller is to make one (and then `insert` or `remove` it).
        func lookup(_ key: Key, generation: Int64, now: ContinuousClock.Instant, lifetime: Duration) -> Entry? {
            state.withLock { state in
                guard let entry = state.entries[key] else { return nil }
                guard entry.generation == generation, now < entry.expires + lifetime else {
                    state.set(key, nil)
                    return nil
                }
                if now < entry.expires || entry.renewing { return entry }
                state.entries[key]?.renewing = true
                return nil
            }
        }

        func remove(_ key: Key) {
            state.withLock { $0.set(key, nil) }
        }

        func insert(_ entry: Entry, for key: Key, now: ContinuousClock.Instant) {
            state.withLock { state in
                state.set(key, nil)
                if state.bytes + entry.body.readableBytes > PublicResponseCache.maximumBytes {
                    for (stale, kept) in state.entries where kept.generation != entry.generation || kept.expires <= now {
                        state.set(stale, nil)
                    }
                    // Still full of live answers: start again rather than track which is oldest.
                    if state.bytes + entry.body.readableBytes > PublicResponseCache.maximumBytes {
                        state.entries.removeAll(keepingCapacity: true)
                        state.bytes = 0
                    }
                }
                state.set(key, entry)
            }
        }

        var byteCount: Int { state.withLock { $0.bytes } }
    }

    /// The whole body in one buffer (pages and API answers are rendered in one piece anyway).
    private static func collect(_ body: ResponseBody) async throws -> ByteBuffer {
        let collected = Collected()
        try await body.write(Collector(collected: collected))
        return collected.buffer.withLock { $0 }
    }

    private final class Collected: Sendable {
        let buffer = Mutex(ByteBuffer())
    }

    private struct Collector: ResponseBodyWriter {
        let collected: Collected

        mutating func write(_ part: ByteBuffer) async throws {
            collected.buffer.withLock { buffer in
                var part = part
                buffer.writeBuffer(&part)
            }
        }

        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}
