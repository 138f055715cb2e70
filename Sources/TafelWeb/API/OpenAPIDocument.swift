import Foundation
import Hummingbird
import TafelAPI
import Yams

/// The contract, `openapi.yaml`, served as JSON at `/api/v1/openapi.json`: converted once,
/// keeping every quoted or non-numeric scalar a string (so dates and versions stay text).
struct OpenAPIDocument: Sendable {
    let json: ByteBuffer

    static func load() throws -> OpenAPIDocument {
        guard let node = try Yams.compose(yaml: try APIContract.yaml()) else {
            throw HTTPError(.internalServerError, message: "openapi.yaml is leeg.")
        }
        let data = try JSONSerialization.data(withJSONObject: plain(node), options: [.sortedKeys, .withoutEscapingSlashes])
        return OpenAPIDocument(json: ByteBuffer(bytes: data))
    }

    private static func plain(_ node: Node) -> Any {
        switch node {
        case .mapping(let mapping):
            var object: [String: Any] = [:]
            for (key, value) in mapping { object[key.string ?? ""] = plain(value) }
            return object
        case .sequence(let sequence):
            return sequence.map(plain)
        case .scalar(let scalar):
            return scalar.style == .plain ? plainScalar(scalar.string) : scalar.string
        }
    }

    /// YAML 1.2 core schema for plain scalars: null, booleans, integers, floats; all else text.
    private static func plainScalar(_ text: String) -> Any {
        switch text {
        case "", "~", "null", "Null", "NULL": return NSNull()
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default:
            if let integer = Int(text) { return integer }
            if text.contains("."), text.allSatisfy({ "0123456789.eE+-".contains($0) }), let number = Double(text) {
                return number
            }
            return text
        }
    }

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.apiContract) { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: json))
        }
    }
}
