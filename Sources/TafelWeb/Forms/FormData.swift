import Foundation
import Hummingbird
import HTTPTypes
import NIOCore

/// An `application/x-www-form-urlencoded` body: every field, with repeated fields kept in order.
struct FormData: Sendable {
    private(set) var fields: [(name: String, value: String)] = []

    /// The largest form Tafel accepts: a document's text of 2,000,000 characters fits, even
    /// when every character is accented (two bytes, six once percent-encoded).
    static let maximumSize = 16 * 1024 * 1024

    init(fields: [(name: String, value: String)]) {
        self.fields = fields
    }

    init(_ body: String) {
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            fields.append((name, value))
        }
    }

    subscript(_ name: String) -> String? { fields.first { $0.name == name }?.value }

    func all(_ name: String) -> [String] { fields.filter { $0.name == name }.map(\.value) }

    /// The rows of a repeated group, as the prefixes of their fields (`deelnemers[0]`, `deelnemers[2]`),
    /// in the order of their numbers; numbers from `limit` on are ignored.
    func rows(_ prefix: String, limit: Int) -> [String] {
        let opening = prefix + "["
        let indexes = Set(fields.compactMap { field -> Int? in
            guard field.name.hasPrefix(opening) else { return nil }
            // After the prefix: a nested prefix (`vragen[0].antwoorden`) holds a "]" of its own.
            let rest = field.name.dropFirst(opening.count)
            guard let close = rest.firstIndex(of: "]") else { return nil }
            return Int(rest[..<close])
        }).filter { $0 < limit }.sorted()
        return indexes.map { "\(prefix)[\($0)]" }
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}

extension Request {
    /// Reads the body as a form (the CSRF middleware has usually read it already).
    mutating func form(context: AppContext) async throws -> FormData {
        if let form = context.form { return form }
        if let boundary = headers[.contentType].flatMap(MultipartForm.boundary) {
            return FormData(fields: try await multipart(boundary: boundary).fields)
        }
        try await collectBody(limit: FormData.maximumSize)
        return FormData(String(buffer: try await body.collect(upTo: FormData.maximumSize)))
    }

    /// Reads the body as `multipart/form-data` (an upload), fields and files.
    mutating func multipart(context: AppContext) async throws -> MultipartForm? {
        if let upload = context.upload { return upload }
        guard let boundary = headers[.contentType].flatMap(MultipartForm.boundary) else { return nil }
        return try await multipart(boundary: boundary)
    }

    private mutating func multipart(boundary: String) async throws -> MultipartForm {
        try await collectBody(limit: MultipartForm.maximumSize)
        let buffer = try await body.collect(upTo: MultipartForm.maximumSize)
        return MultipartForm(Data(buffer.readableBytesView), boundary: boundary)
    }
}
