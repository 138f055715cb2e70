import Foundation

/// The API contract: `openapi.yaml` in this target is the source of truth; the
/// OpenAPI generator turns it into the `APIProtocol`, types and server glue at build time.
package enum APIContract {
    /// The bundled `openapi.yaml`, as text.
    package static func yaml() throws -> String {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}
