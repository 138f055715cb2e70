import Foundation
import Hummingbird
import HTTPTypes
import NIOCore
import TafelCore

/// What an API request may carry, checked before anything reads it: a write only from an
/// editor who sent a valid token (401 or 403 before the body is read, so authentication and
/// authorisation come before any validation), a record id the contract allows, and a body
/// no larger than `apiBodyLimit` (413 before it is read when `Content-Length` says so, and
/// while it is read when it comes in chunks) that is JSON.
struct APIRequestLimitsMiddleware: RouterMiddleware {
    typealias Context = AppContext

    /// A JSON body for the API: a document's text of 2,000,000 characters fits even when
    /// every character is escaped as `\uXXXX`.
    static let apiBodyLimit = 16 * 1024 * 1024

    /// POST operations that change nothing.
    static let readingPosts: Set<String> = [SiteRoute.apiBase + "/herkenning"]

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        guard Self.carriesBody(request.method) else {
            try Self.checkRecordID(in: request.uri.path)
            return try await next(request, context)
        }
        // Every API write is an editor's: anyone else is refused before anything is read or checked.
        // Recognition only reads (its text is too long for a query string), so every reader may post it.
        if !(request.method == .post && Self.readingPosts.contains(request.uri.path)) {
            guard context.viewer.isSignedIn else { throw SignInRequired() }
            guard context.viewer.mayEditAnything else {
                throw AccessDenied("Alleen redacteuren en beheerders mogen via de API gegevens wijzigen.")
            }
        }
        try Self.checkRecordID(in: request.uri.path)
        var request = request
        try await request.collectBody(limit: Self.apiBodyLimit)
        if (request.headers[.contentType] ?? "").lowercased().hasPrefix("application/json") {
            try JSONBodyCheck.check(Data(try await request.body.collect(upTo: Self.apiBodyLimit).readableBytesView))
        }
        return try await next(request, context)
    }

    /// `/api/v1/<collectie>/<id>…`: an id that cannot be one (the contract's pattern) is 400, not 404.
    static func checkRecordID(in path: String) throws(ValidationFailure) {
        let base = SiteRoute.apiBase.split(separator: "/").count
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst(base + 1)
        guard segments.count >= 2, let collection = segments.first,
              RecordKind.allCases.contains(where: { $0.isPublished && $0.collection == collection })
        else { return }
        let raw = segments[segments.startIndex + 1]
        let id = String(raw).removingPercentEncoding ?? String(raw)
        guard !id.isEmpty, !Slug.isValid(id) else { return }  // an empty one is a trailing slash: 404
        throw ValidationFailure(field: "id", message: "id ‘\(id)’ is geen geldige id: kleine letters, cijfers en -, hoogstens \(Slug.maximumLength) tekens.")
    }

    static func carriesBody(_ method: HTTPRequest.Method) -> Bool {
        method == .post || method == .put || method == .patch || method == .delete
    }
}

extension Request {
    /// Reads the whole body into memory, refusing (`BodyTooLarge`) one over `limit` bytes:
    /// at once when its `Content-Length` says so, else as soon as that many bytes came in.
    mutating func collectBody(limit: Int) async throws {
        if let length = headers[.contentLength].flatMap(Int.init), length > limit { throw BodyTooLarge(limit: limit) }
        do {
            _ = try await collectBody(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw BodyTooLarge(limit: limit)
        }
    }
}
