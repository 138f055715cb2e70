import TafelAPI
import TafelCore
import TafelStore

/// `DELETE` of a body, a meeting or a programme: signed in, the version in `If-Match`
/// (428 without it), and 409 when other records still name it (docs/BIJEENKOMSTEN.md, "Removing").
extension APIImplementation {
    func deleteGremium(_ input: Operations.DeleteGremium.Input) async throws -> Operations.DeleteGremium.Output {
        try await remove(.body, input.path.id, ifMatch: input.headers.ifMatch)
        return .noContent(.init())
    }

    func deleteBijeenkomst(_ input: Operations.DeleteBijeenkomst.Input) async throws -> Operations.DeleteBijeenkomst.Output {
        try await remove(.meeting, input.path.id, ifMatch: input.headers.ifMatch)
        return .noContent(.init())
    }

    func deleteProgramma(_ input: Operations.DeleteProgramma.Input) async throws -> Operations.DeleteProgramma.Output {
        try await remove(.programme, input.path.id, ifMatch: input.headers.ifMatch)
        return .noContent(.init())
    }

    private func remove(_ kind: RecordKind, _ id: String, ifMatch: String) async throws {
        let viewer = try signedIn()
        try await RecordRemover(database: database).delete(kind, id: id, expectedVersion: try Self.version(ifMatch: ifMatch), by: viewer)
    }
}
