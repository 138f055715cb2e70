import Foundation
import Hummingbird
import NIOCore
import TafelCore
import TafelStore

/// The register's files as downloads, named with the day they were made.
enum RegisterDownload {
    static func csv(_ text: String) -> Response {
        response(ByteBuffer(string: text), type: "text/csv; charset=utf-8", ext: "csv")
    }

    static func json(_ data: Data) -> Response {
        response(ByteBuffer(bytes: data), type: "application/json", ext: "json")
    }

    private static func response(_ body: ByteBuffer, type: String, ext: String) -> Response {
        let day = String(Timestamp.now().prefix(10))
        return Response(status: .ok, headers: [
            .contentType: type,
            .contentDisposition: "attachment; filename=\"samenwerkingen-\(day).\(ext)\"",
        ], body: .init(byteBuffer: body))
    }
}
