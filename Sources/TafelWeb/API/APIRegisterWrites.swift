import Foundation
import TafelAPI
import TafelCore
import TafelStore

/// The register's write operations: create, replace and archive a collaboration, and
/// its participants as a nested resource. Every PUT and DELETE must name the version it
/// is based on in `If-Match` (428 without); adding a participant checks it when given.
extension APIImplementation {
    private var editor: CollaborationEditor { CollaborationEditor(database: database) }

    func createSamenwerking(_ input: Operations.CreateSamenwerking.Input) async throws -> Operations.CreateSamenwerking.Output {
        let viewer = try signedIn()
        guard case .json(let body) = input.body else { throw ValidationFailure(field: "body", message: "Het verzoek moet JSON bevatten.") }
        let id = try await editor.create(Self.input(body), id: body.id, by: viewer)
        let detail = try await storedCollaboration(id)
        return .created(.init(headers: .init(location: SiteRoute.apiRecord(.collaboration, id).href,
                                             eTag: Self.eTag(detail.collaboration.meta.version)),
                              body: .json(APIMapping.detail(detail))))
    }

    func updateSamenwerking(_ input: Operations.UpdateSamenwerking.Input) async throws -> Operations.UpdateSamenwerking.Output {
        let viewer = try signedIn()
        guard case .json(let body) = input.body else { throw ValidationFailure(field: "body", message: "Het verzoek moet JSON bevatten.") }
        let expected = try Self.version(ifMatch: input.headers.ifMatch)
        try await editor.update(id: input.path.id, Self.input(body), expectedVersion: expected, by: viewer)
        let detail = try await storedCollaboration(input.path.id)
        return .ok(.init(headers: .init(eTag: Self.eTag(detail.collaboration.meta.version)), body: .json(APIMapping.detail(detail))))
    }

    func archiveSamenwerking(_ input: Operations.ArchiveSamenwerking.Input) async throws -> Operations.ArchiveSamenwerking.Output {
        let viewer = try signedIn()
        let expected = try Self.version(ifMatch: input.headers.ifMatch)
        try await editor.setArchived(true, id: input.path.id, expectedVersion: expected, by: viewer)
        return .noContent(.init())
    }

    func listSamenwerkingDeelnemers(_ input: Operations.ListSamenwerkingDeelnemers.Input) async throws -> Operations.ListSamenwerkingDeelnemers.Output {
        let detail = try await storedCollaboration(input.path.id)
        return .ok(.init(headers: .init(eTag: Self.eTag(detail.collaboration.meta.version)),
                         body: .json(.init(resultaten: detail.participants.map(APIMapping.participant)))))
    }

    func addSamenwerkingDeelnemer(_ input: Operations.AddSamenwerkingDeelnemer.Input) async throws -> Operations.AddSamenwerkingDeelnemer.Output {
        let viewer = try signedIn()
        guard case .json(let body) = input.body else { throw ValidationFailure(field: "body", message: "Het verzoek moet JSON bevatten.") }
        let expected = try input.headers.ifMatch.map(Self.version(ifMatch:))
        try await changeParticipants(of: input.path.id, expectedVersion: expected, by: viewer) { participants in
            participants.append(.init(organisatie: body.organisatie, rol: body.rol, vanaf: body.vanaf, tot: body.tot))
        }
        let detail = try await storedCollaboration(input.path.id)
        return .created(.init(headers: .init(eTag: Self.eTag(detail.collaboration.meta.version)),
                              body: .json(.init(resultaten: detail.participants.map(APIMapping.participant)))))
    }

    func removeSamenwerkingDeelnemer(_ input: Operations.RemoveSamenwerkingDeelnemer.Input) async throws -> Operations.RemoveSamenwerkingDeelnemer.Output {
        let viewer = try signedIn()
        let expected = try Self.version(ifMatch: input.headers.ifMatch)
        let organisation = input.path.organisatie
        let role = input.query.rol
        try await changeParticipants(of: input.path.id, expectedVersion: expected, versionRequired: true, by: viewer) { participants in
            let before = participants.count
            participants.removeAll { $0.organisatie == organisation && (role == nil || $0.rol == role) }
            if participants.count == before {
                throw RecordNotFound(kind: .organisation, id: organisation)
            }
        }
        return .noContent(.init())
    }

    /// Reads the stored collaboration, changes its participants, and writes it back at the version read.
    /// `versionRequired` (a DELETE): without `If-Match` the editor refuses it, after its access checks.
    private func changeParticipants(of id: String, expectedVersion: Int?, versionRequired: Bool = false, by viewer: Viewer,
                                    _ change: (inout [CollaborationInput.Participant]) throws -> Void) async throws {
        guard let stored = try await editor.current(id: id, for: viewer) else { throw RecordNotFound(kind: .collaboration, id: id) }
        if let expectedVersion, expectedVersion != stored.version {
            throw VersionConflict(kind: .collaboration, id: id, expected: expectedVersion, current: stored.version)
        }
        var input = stored.draft.input
        try change(&input.deelnemers)
        try await editor.update(id: id, input, expectedVersion: versionRequired ? expectedVersion : stored.version, by: viewer)
    }

    func signedIn() throws -> Viewer {
        let viewer = RequestState.current.viewer
        guard viewer.isSignedIn else { throw SignInRequired() }
        return viewer
    }

    private func storedCollaboration(_ id: String) async throws -> CollaborationDetail {
        guard let detail = try await catalog.collaboration(id: id) else { throw RecordNotFound(kind: .collaboration, id: id) }
        return detail
    }

    static func input(_ body: Components.Schemas.SamenwerkingInvoer) -> CollaborationInput {
        CollaborationInput(
            naam: body.naam, korteNaam: body.korteNaam, doel: body.doel, omschrijving: body.omschrijving, vorm: body.vorm,
            wgrVorm: body.wgrVorm, status: body.status, redenBeeindiging: body.redenBeeindiging, startdatum: body.startdatum,
            einddatum: body.einddatum, rolProvincie: body.rolProvincie ?? [], domeinen: body.domeinen ?? [],
            opgaven: body.opgaven ?? [], gremia: body.gremia ?? [],
            deelnemers: (body.deelnemers ?? []).map { .init(organisatie: $0.organisatie, rol: $0.rol, vanaf: $0.vanaf, tot: $0.tot) },
            bedragen: (body.bedragen ?? []).map {
                .init(omschrijving: $0.omschrijving, soort: $0.soort, bedrag: Money(cents: $0.bedragCent).plainEuros,
                      organisatie: $0.organisatie, periode: $0.periode)
            },
            betrokkenheidRaden: body.betrokkenheidRaden ?? [], verantwoording: body.verantwoording,
            juridischeGrondslag: body.juridischeGrondslag, vestigingsplaats: body.vestigingsplaats,
            overgedragenBevoegdheden: body.overgedragenBevoegdheden,
            gerelateerd: (body.gerelateerd ?? []).map { .init(samenwerking: $0.samenwerking, relatie: $0.relatie) },
            vertrouwelijkheid: body.vertrouwelijkheid, toegang: (body.toegang ?? []).map { "\($0.soort):\($0.id)" })
    }
}
