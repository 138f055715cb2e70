import Hummingbird
import Logging
import Prometheus
import TafelStore

/// `/healthz` (the process answers), `/readyz` (the database answers), `/metrics` (Prometheus).
struct OperationsRoutes {
    let database: Database
    let registry: PrometheusCollectorRegistry

    func addRoutes(to router: Router<AppContext>) {
        router.get("/healthz") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
        }
        router.get("/readyz") { _, context in
            do {
                try await database.ping()
                return Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"],
                                body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
            } catch {
                context.logger.warning("database niet bereikbaar", metadata: ["fout": "\(error)"])
                return Response(status: .serviceUnavailable, headers: [.contentType: "text/plain; charset=utf-8"],
                                body: .init(byteBuffer: ByteBuffer(string: "database niet bereikbaar\n")))
            }
        }
        router.get("/metrics") { _, _ in
            var buffer: [UInt8] = []
            registry.emit(into: &buffer)
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(bytes: buffer)))
        }
    }
}
