import Foundation
import TafelAPI
import TafelCore
import TafelStore

/// Adding and changing bodies and their memberships through the API, with the rules of the body
/// form (docs/STRUCTUURREGELS.md): a token, the role and scope, `If-Match` on a change.
extension APIImplementation {
    func createGremium(_ input: Operations.CreateGremium.Input) async throws -> Operations.CreateGremium.Output {
        let viewer = RequestState.current.viewer
        guard viewer.isSignedIn else { throw SignInRequired() }
        guard case .json(let body) = input.body else { throw ValidationFailure(field: "body", message: "Het verzoek moet JSON bevatten.") }
        let id = try await BodyEditor(database: database).create(Self.input(body), by: viewer)
        let detail = try await storedBody(id)
        return .created(.init(headers: .init(location: SiteRoute.apiRecord(.body, id).href, eTag: Self.eTag(detail.body.meta.version)),
                              body: .json(APIMapping.detail(detail))))
    }

    func updateGremium(_ input: Operations.UpdateGremium.Input) async throws -> Operations.UpdateGremium.Output {
        let viewer = RequestState.current.viewer
        guard viewer.isSignedIn else { throw SignInRequired() }
        guard case .json(let body) = input.body else { throw ValidationFailure(field: "body", message: "Het verzoek moet JSON bevatten.") }
        let expected = try Self.version(ifMatch: input.headers.ifMatch)
        _ = try await BodyEditor(database: database).update(id: input.path.id, Self.input(body), expectedVersion: expected, by: viewer)
        let detail = try await storedBody(input.path.id)
        return .ok(.init(headers: .init(eTag: Self.eTag(detail.body.meta.version)), body: .json(APIMapping.detail(detail))))
    }

    func storedBody(_ id: String) async throws -> BodyDetail {
        guard let detail = try await catalog.body(id: id) else { throw RecordNotFound(kind: .body, id: id) }
        return detail
    }

    static func input(_ body: Components.Schemas.GremiumInvoer) -> BodyInput {
        BodyInput(
            naam: body.naam, soort: body.soort, organisatie: body.organisatie, onderdeelVan: body.onderdeelVan,
            omschrijving: body.omschrijving, vergaderingenPerJaarMin: body.vergaderingenPerJaarMin.map(String.init),
            vergaderingenPerJaarMax: body.vergaderingenPerJaarMax.map(String.init),
            leden: (body.leden ?? []).map {
                .init(id: $0.id, persoon: $0.persoon, rol: $0.rol, namens: $0.namens, vanaf: $0.vanaf, tot: $0.tot,
                      waargenomenOp: $0.waargenomenOp)
            },
            vertrouwelijkheid: body.vertrouwelijkheid, toegang: (body.toegang ?? []).map { "\($0.soort):\($0.id)" },
            achterban: body.achterban ?? [])
    }
}
