import Foundation
import TafelAPI
import TafelCore
import TafelStore

/// The write operations (documents) and the per-record history of `openapi.yaml`.
extension APIImplementation {
    func createDocument(_ input: Operations.CreateDocument.Input) async throws -> Operations.CreateDocument.Output {
        let viewer = RequestState.current.viewer
        guard viewer.isSignedIn else { throw SignInRequired() }
        guard case .json(let body) = input.body else { throw ValidationFailure(field: "body", message: "Het verzoek moet JSON bevatten.") }
        let id = try await DocumentEditor(database: database).create(try DocumentDraft(Self.input(body)), by: viewer)
        let document = try await stored(id)
        return .created(.init(headers: .init(location: SiteRoute.apiRecord(.document, id).href,
                                             eTag: Self.eTag(document.document.meta.version)),
                              body: .json(APIMapping.detail(document))))
    }

    func updateDocument(_ input: Operations.UpdateDocument.Input) async throws -> Operations.UpdateDocument.Output {
        let viewer = RequestState.current.viewer
        guard viewer.isSignedIn else { throw SignInRequired() }
        guard case .json(let body) = input.body else { throw ValidationFailure(field: "body", message: "Het verzoek moet JSON bevatten.") }
        let expected = try Self.version(ifMatch: input.headers.ifMatch)
        let draft = try DocumentDraft(Self.input(body))
        try await DocumentEditor(database: database).update(id: input.path.id, draft, expectedVersion: expected, by: viewer)
        let document = try await stored(input.path.id)
        return .ok(.init(headers: .init(eTag: Self.eTag(document.document.meta.version)), body: .json(APIMapping.detail(document))))
    }

    func getOrganisatieHistorie(_ input: Operations.GetOrganisatieHistorie.Input) async throws -> Operations.GetOrganisatieHistorie.Output {
        .ok(.init(body: .json(try await history(.organisation, input.path.id))))
    }

    func getPersoonHistorie(_ input: Operations.GetPersoonHistorie.Input) async throws -> Operations.GetPersoonHistorie.Output {
        .ok(.init(body: .json(try await history(.person, input.path.id))))
    }

    func getGremiumHistorie(_ input: Operations.GetGremiumHistorie.Input) async throws -> Operations.GetGremiumHistorie.Output {
        .ok(.init(body: .json(try await history(.body, input.path.id))))
    }

    func getSamenwerkingHistorie(_ input: Operations.GetSamenwerkingHistorie.Input) async throws -> Operations.GetSamenwerkingHistorie.Output {
        .ok(.init(body: .json(try await history(.collaboration, input.path.id))))
    }

    func getBijeenkomstHistorie(_ input: Operations.GetBijeenkomstHistorie.Input) async throws -> Operations.GetBijeenkomstHistorie.Output {
        .ok(.init(body: .json(try await history(.meeting, input.path.id))))
    }

    func getOpgaveHistorie(_ input: Operations.GetOpgaveHistorie.Input) async throws -> Operations.GetOpgaveHistorie.Output {
        .ok(.init(body: .json(try await history(.task, input.path.id))))
    }

    func getDocumentHistorie(_ input: Operations.GetDocumentHistorie.Input) async throws -> Operations.GetDocumentHistorie.Output {
        .ok(.init(body: .json(try await history(.document, input.path.id))))
    }

    /// The history of a record the viewer may see; a 404 otherwise, exactly as for a record that does not exist.
    func history(_ kind: RecordKind, _ id: String) async throws -> Schemas.Historie {
        let viewer = RequestState.current.viewer
        let entries: [AuditEntry]
        if try await catalog.visibleName(of: kind, id: id) != nil {
            entries = try await AuditLog.history(of: kind, id: id, in: database, for: viewer)
        } else if let removed = try await AuditLog.removedHistory(of: kind, id: id, in: database, for: viewer) {
            entries = removed.entries
        } else {
            throw RecordNotFound(kind: kind, id: id)
        }
        return Schemas.Historie(resultaten: entries.map { entry in
            Schemas.HistorieRegel(
                moment: entry.at, door: entry.actorName,
                actie: Schemas.HistorieRegel.ActiePayload(rawValue: entry.action.rawValue) ?? .gewijzigd,
                versie: entry.version,
                wijzigingen: entry.changes.map { .init(veld: $0.field, voor: $0.before, na: $0.after) })
        })
    }

    private func stored(_ id: String) async throws -> DocumentDetail {
        guard let detail = try await catalog.document(id: id) else { throw RecordNotFound(kind: .document, id: id) }
        return detail
    }

    static func eTag(_ version: Int) -> String { "\"\(version)\"" }

    /// The version a write is based on, from `If-Match` as RFC 9110 (§13.1.1) reads it: a
    /// list of entity tags compared strongly, so a weak tag (`W/"3"`) never matches, nor does
    /// a well-formed tag that names no version (`"0"`, `"abc"`): both give 0, which no stored
    /// record has, hence 412. `*` names no version and is refused like a missing header (428);
    /// anything that is not an entity tag is 400.
    static func version(ifMatch: String) throws -> Int {
        let tags = ifMatch.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        if tags == ["*"] {
            throw Failure.preconditionRequired("If-Match: * noemt geen versie; stuur de ETag die GET gaf, bijvoorbeeld \"3\".",
                                               underlying: ValidationFailure(field: "If-Match", message: "*"))
        }
        var versions: [Int] = []
        for tag in tags {
            let weak = tag.hasPrefix("W/")
            let quoted = weak ? tag.dropFirst(2) : Substring(tag)
            guard quoted.count >= 2, quoted.hasPrefix("\""), quoted.hasSuffix("\""),
                  !quoted.dropFirst().dropLast().contains("\"")
            else {
                throw ValidationFailure(field: "If-Match", message: "If-Match moet een ETag zijn zoals GET die gaf, bijvoorbeeld \"3\"; ontvangen: ‘\(ifMatch)’.")
            }
            if !weak, let version = Int(quoted.dropFirst().dropLast()), version >= 1 { versions.append(version) }
        }
        return versions.first ?? 0
    }

    static func input(_ body: Components.Schemas.DocumentInvoer) -> DocumentDraft.Input {
        DocumentDraft.Input(
            titel: body.titel, soort: body.soort, datum: body.datum, kenmerk: body.kenmerk, auteur: body.auteur,
            behandeldDoor: body.behandeldDoor, samenvatting: body.samenvatting, tekst: body.tekst, bron: body.bron,
            vertrouwelijkheid: body.vertrouwelijkheid,
            toegang: (body.toegang ?? []).map { "\($0.soort):\($0.id)" },
            wooInformatiecategorie: body.wooInformatiecategorie)
    }
}
