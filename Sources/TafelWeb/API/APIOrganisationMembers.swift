import TafelAPI
import TafelCore
import TafelStore

/// Replacing an organisation's member organisations through the API, with the rules of the
/// members form (docs/STRUCTUURREGELS.md): a token, the role and scope, `If-Match`.
extension APIImplementation {
    func updateOrganisatieLeden(_ input: Operations.UpdateOrganisatieLeden.Input) async throws -> Operations.UpdateOrganisatieLeden.Output {
        let viewer = RequestState.current.viewer
        guard viewer.isSignedIn else { throw SignInRequired() }
        guard case .json(let body) = input.body else { throw ValidationFailure(field: "body", message: "Het verzoek moet JSON bevatten.") }
        let expected = try Self.version(ifMatch: input.headers.ifMatch)
        let members = OrganisationMembersInput(leden: body.leden.map {
            .init(id: $0.id, lid: $0.lid, rol: $0.rol, vanaf: $0.vanaf, tot: $0.tot, waargenomenOp: $0.waargenomenOp)
        })
        try await OrganisationMembersEditor(database: database).update(organisation: input.path.id, members, expectedVersion: expected, by: viewer)
        guard let detail = try await catalog.organisation(id: input.path.id) else { throw RecordNotFound(kind: .organisation, id: input.path.id) }
        return .ok(.init(headers: .init(eTag: Self.eTag(detail.organisation.meta.version)), body: .json(APIMapping.detail(detail))))
    }
}
