import Foundation

/// A `multipart/form-data` body (RFC 7578): its text fields and its uploaded files.
struct MultipartForm: Sendable {
    struct File: Sendable {
        let name: String
        let filename: String
        let data: Data
    }

    /// The largest upload Tafel accepts: a register file of tens of thousands of rows.
    static let maximumSize = 64 * 1024 * 1024

    private(set) var fields: [(name: String, value: String)] = []
    private(set) var files: [File] = []

    /// The boundary of a `multipart/form-data` content type, or nil for another type.
    static func boundary(contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1).map(String.init)
            if pair.count == 2, pair[0].lowercased() == "boundary" {
                return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        return nil
    }

    init(_ body: Data, boundary: String) {
        let delimiter = Data("--\(boundary)".utf8)
        let separator = Data("\r\n\r\n".utf8)
        var position = body.startIndex
        guard let first = body.range(of: delimiter, in: position..<body.endIndex) else { return }
        position = first.upperBound
        while let next = body.range(of: delimiter, in: position..<body.endIndex) {
            var part = body[position..<next.lowerBound]
            if part.starts(with: Data("\r\n".utf8)) { part = part.dropFirst(2) }
            if part.suffix(2) == Data("\r\n".utf8) { part = part.dropLast(2) }
            if let split = part.range(of: separator) {
                let headers = String(decoding: part[part.startIndex..<split.lowerBound], as: UTF8.self)
                let content = Data(part[split.upperBound...])
                if let name = Self.parameter("name", in: headers) {
                    if let filename = Self.parameter("filename", in: headers) {
                        files.append(File(name: name, filename: filename, data: content))
                    } else {
                        fields.append((name, String(decoding: content, as: UTF8.self)))
                    }
                }
            }
            position = next.upperBound
            if body[position...].starts(with: Data("--".utf8)) { break }
        }
    }

    private static func parameter(_ key: String, in headers: String) -> String? {
        for line in headers.split(whereSeparator: \.isNewline) where line.lowercased().hasPrefix("content-disposition") {
            for piece in line.split(separator: ";").dropFirst() {
                let pair = piece.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1).map(String.init)
                if pair.count == 2, pair[0].lowercased() == key {
                    return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                }
            }
        }
        return nil
    }
}
