import Foundation
import Hummingbird
import Logging
import Prometheus
import TafelStore

/// `/healthz` (the process answers), `/readyz` (the database can serve: it answers within
/// two seconds and no write has held it too long) and `/metrics` (Prometheus), which is
/// served only to callers with the bearer token `TAFEL_METRICS_TOKEN` (and not at all
/// without one): per-route counts and sign-in outcomes are not for the public.
struct OperationsRoutes {
    let database: Database
    let registry: PrometheusCollectorRegistry
    let metricsToken: String?

    func addRoutes(to router: Router<AppContext>) {
        router.get(.health) { _, _ in
            Self.text(.ok, "ok\n")
        }
        router.get(.readiness) { _, context in
            guard let problem = await database.readinessProblem() else { return Self.text(.ok, "ok\n") }
            context.logger.warning("database kan niet bedienen", metadata: ["reden": "\(problem)"])
            var response = Self.text(.serviceUnavailable, "niet gereed: \(problem)\n")
            response.headers[.retryAfter] = String(DatabaseBusy.retryAfterSeconds)
            return response
        }
        // Without a token configured there is no /metrics at all: 404, whatever the request carries.
        guard let metricsToken else {
            router.get(.metrics) { _, _ -> Response in throw HTTPError(.notFound) }
            return
        }
        router.get(.metrics) { request, _ in
            guard let sent = request.headers[.authorization], sent.lowercased().hasPrefix("bearer "),
                  Secret.constantTimeEquals(String(sent.dropFirst(7)).trimmingCharacters(in: .whitespaces), metricsToken)
            else {
                var response = Self.text(.unauthorized, "/metrics vraagt de header ‘Authorization: Bearer <TAFEL_METRICS_TOKEN>’.\n")
                response.headers[.wwwAuthenticate] = "Bearer realm=\"Tafel metrics\""
                return response
            }
            var buffer: [UInt8] = []
            registry.emit(into: &buffer)
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .cacheControl: "no-store"],
                            body: .init(byteBuffer: ByteBuffer(bytes: buffer)))
        }
    }

    /// Never cached: each answer is about this moment.
    private static func text(_ status: HTTPResponse.Status, _ body: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                 body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}
