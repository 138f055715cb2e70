import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import TafelCore

/// A document's original as a download: its own media type, its name, its SHA-256 checksum as
/// ETag and as RFC 9530 `Repr-Digest`, so that a reader can check the copy is the original.
enum DocumentFileDownload {
    static let digestHeader = HTTPField.Name("Repr-Digest")!

    static func response(_ file: DocumentFile, _ data: Data, ifNoneMatch: String?) -> Response {
        let etag = "\"\(file.sha256)\""
        if ifNoneMatch == etag { return Response(status: .notModified, headers: [.eTag: etag]) }
        return Response(status: .ok, headers: [
            .contentType: file.format.mediaType,
            .contentDisposition: disposition(file.filename),
            .eTag: etag,
            digestHeader: "sha-256=:\(Data(hexBytes(file.sha256)).base64EncodedString()):",
        ], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// `attachment` with the name in ASCII and, for any other character, RFC 8187's UTF-8 form.
    static func disposition(_ filename: String) -> String {
        let ascii = String(filename.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" ? Character($0) : "_" })
        let encoded = filename.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ascii
        return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-_")

    private static func hexBytes(_ hex: String) -> [UInt8] {
        let digits = Array(hex.utf8)
        return stride(from: 0, to: digits.count - 1, by: 2).compactMap { i in
            UInt8(String(decoding: digits[i...i + 1], as: UTF8.self), radix: 16)
        }
    }
}
