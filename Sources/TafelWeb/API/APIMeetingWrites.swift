import Foundation
import TafelAPI
import TafelCore
import TafelStore

/// Adding and changing meetings through the API, with the rules of the meeting form
/// (docs/BIJEENKOMSTEN.md): a token, the role and scope, `If-Match` on a change.
extension APIImplementation {
    func createBijeenkomst(_ input: Operations.CreateBijeenkomst.Input) async throws -> Operations.CreateBijeenkomst.Output {
        let viewer = RequestState.current.viewer
        guard viewer.isSignedIn else { throw SignInRequired() }
        guard case .json(let body) = input.body else { throw ValidationFailure(field: "body", message: "Het verzoek moet JSON bevatten.") }
        let id = try await MeetingEditor(database: database).create(Self.input(body), by: viewer)
        let meeting = try await storedMeeting(id)
        return .created(.init(headers: .init(location: SiteRoute.apiRecord(.meeting, id).href, eTag: Self.eTag(meeting.meeting.meta.version)),
                              body: .json(APIMapping.detail(meeting))))
    }

    func updateBijeenkomst(_ input: Operations.UpdateBijeenkomst.Input) async throws -> Operations.UpdateBijeenkomst.Output {
        let viewer = RequestState.current.viewer
        guard viewer.isSignedIn else { throw SignInRequired() }
        guard case .json(let body) = input.body else { throw ValidationFailure(field: "body", message: "Het verzoek moet JSON bevatten.") }
        let expected = try Self.version(ifMatch: input.headers.ifMatch)
        try await MeetingEditor(database: database).update(id: input.path.id, Self.input(body), expectedVersion: expected, by: viewer)
        let meeting = try await storedMeeting(input.path.id)
        return .ok(.init(headers: .init(eTag: Self.eTag(meeting.meeting.meta.version)), body: .json(APIMapping.detail(meeting))))
    }

    private func storedMeeting(_ id: String) async throws -> MeetingDetail {
        guard let detail = try await catalog.meeting(id: id) else { throw RecordNotFound(kind: .meeting, id: id) }
        return detail
    }

    static func input(_ body: Components.Schemas.BijeenkomstInvoer) -> MeetingInput {
        MeetingInput(
            naam: body.naam, soort: body.soort, status: body.status, gremium: body.gremium, organisatoren: body.organisatoren ?? [],
            datum: body.datum, aanvang: body.aanvang, einde: body.einde, werkelijkeAanvang: body.werkelijkeAanvang,
            werkelijkEinde: body.werkelijkEinde, locatie: body.locatie, onlineLink: body.onlineLink, omschrijving: body.omschrijving,
            verslag: body.verslag,
            deelnemers: (body.deelnemers ?? []).map {
                .init(persoon: $0.persoon, organisatie: $0.organisatie, namens: $0.namens, rol: $0.rol, aanwezigheid: $0.aanwezigheid)
            },
            agendapunten: (body.agendapunten ?? []).map {
                .init(sleutel: $0.sleutel.map(String.init), onderdeelVan: $0.onderdeelVan.map(String.init), titel: $0.titel,
                      omschrijving: $0.omschrijving, presentator: $0.presentator, duur: $0.duur.map(String.init),
                      hamerstuk: $0.hamerstuk.map { $0 ? "ja" : "nee" }, documenten: $0.documenten ?? [],
                      overgenomenVan: $0.overgenomenVan)
            },
            uitkomsten: (body.uitkomsten ?? []).map {
                .init(soort: $0.soort, tekst: $0.tekst, agendapunt: $0.agendapunt.map(String.init), door: $0.door,
                      resultaat: $0.resultaat, eigenaar: $0.eigenaar, deadline: $0.deadline, actiestatus: $0.actiestatus)
            },
            vertrouwelijkheid: body.vertrouwelijkheid, toegang: (body.toegang ?? []).map { "\($0.soort):\($0.id)" })
    }
}
