import Foundation
import Hummingbird
import TafelCore
import TafelStore

/// The editor's pages for the register: add, edit, archive and restore a collaboration.
/// An invalid form comes back with every problem named and everything typed kept; a
/// stale edit gets a conflict page showing both versions.
struct CollaborationEditPages {
    let editor: CollaborationEditor
    let catalog: Catalogs
    let renderer: Renderer

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.newCollaboration, use: showNew)
        router.post(.register(), use: create)
        router.get(.editCollaboration(.routeID), use: showEdit)
        router.post(.editCollaboration(.routeID), use: update)
        router.post(.archiveCollaboration(.routeID)) { request, context in try await archive(true, request, context) }
        router.post(.restoreCollaboration(.routeID)) { request, context in try await archive(false, request, context) }
    }

    func showNew(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: "samenwerkingen toevoegen of wijzigen")
        var input = CollaborationInput(status: "verkenning", vertrouwelijkheid: "openbaar")
        if let id = request.queryValue("besluit") {
            guard let decision = try await catalog(context).jointDecision(id: id) else { throw RecordNotFound(kind: .jointDecision, id: id) }
            input = Self.input(from: decision)
        }
        return try await render(input, action: .register(), heading: "Samenwerking toevoegen", version: nil, context: context)
    }

    func create(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: "samenwerkingen toevoegen of wijzigen")
        var request = request
        let form = try await request.form(context: context)
        let input = CollaborationFormView.input(from: form)
        let heading = "Samenwerking toevoegen"
        if form["actie"] == "meer-regels" {
            return try await render(input, action: .register(), heading: heading, version: nil, context: context, moreRows: true)
        }
        do {
            let id = try await editor.create(input, by: context.viewer)
            return .redirect(to: SiteRoute.record(.collaboration, id).href, type: .normal)
        } catch let failure as ValidationFailure {
            return try await render(input, action: .register(), heading: heading, version: nil, context: context,
                                    problems: failure.problems, status: .badRequest)
        }
    }

    func showEdit(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: "samenwerkingen toevoegen of wijzigen")
        let id = try request.recordID(context, kind: .collaboration)
        guard let stored = try await editor.current(id: id, for: context.viewer) else { throw RecordNotFound(kind: .collaboration, id: id) }
        guard context.viewer.mayEdit(recordGroups: Set(stored.draft.access)) else {
            throw AccessDenied("U mag deze samenwerking niet wijzigen: ze valt buiten de organisaties en gremia waarvoor u redacteur bent.")
        }
        return try await render(stored.draft.input, action: SiteRoute.editCollaboration(id), heading: "Samenwerking bewerken",
                                version: stored.version, context: context)
    }

    func update(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: "samenwerkingen toevoegen of wijzigen")
        let id = try request.recordID(context, kind: .collaboration)
        var request = request
        let form = try await request.form(context: context)
        let input = CollaborationFormView.input(from: form)
        let version = form["versie"].flatMap { Int($0) }
        let action = SiteRoute.editCollaboration(id)
        let heading = "Samenwerking bewerken"
        if form["actie"] == "meer-regels" {
            return try await render(input, action: action, heading: heading, version: version, context: context, moreRows: true)
        }
        do {
            try await editor.update(id: id, input, expectedVersion: version, by: context.viewer)
            return .redirect(to: SiteRoute.record(.collaboration, id).href, type: .normal)
        } catch let failure as ValidationFailure {
            return try await render(input, action: action, heading: heading, version: version, context: context,
                                    problems: failure.problems, status: .badRequest)
        } catch is VersionRequired {
            return try await render(input, action: action, heading: heading,
                                    version: try await editor.current(id: id, for: context.viewer)?.version, context: context,
                                    problems: [.missingVersion], status: .badRequest)
        } catch let conflict as VersionConflict {
            guard let stored = try await editor.current(id: id, for: context.viewer) else { throw RecordNotFound(kind: .collaboration, id: id) }
            let rows = CollaborationFormView.differences(stored: stored.draft.input, typed: input)
            return try await render(input, action: action, heading: heading, version: conflict.current, context: context,
                                    conflict: .init(expectedVersion: conflict.expected, currentVersion: conflict.current, rows: rows),
                                    status: .conflict)
        }
    }

    func archive(_ archived: Bool, _ request: Request, _ context: AppContext) async throws -> Response {
        try context.requireEditor(to: "samenwerkingen toevoegen of wijzigen")
        let id = try request.recordID(context, kind: .collaboration)
        var request = request
        let form = try await request.form(context: context)
        try await editor.setArchived(archived, id: id, expectedVersion: form["versie"].flatMap { Int($0) }, by: context.viewer)
        return .redirect(to: SiteRoute.record(.collaboration, id).href, type: .normal)
    }

    private func render(_ input: CollaborationInput, action: SiteRoute, heading: String, version: Int?, context: AppContext,
                        problems: [FieldProblem] = [], conflict: FormConflict? = nil, moreRows: Bool = false,
                        status: HTTPResponse.Status = .ok) async throws -> Response {
        let catalog = catalog(context)
        return renderer.render(CollaborationFormView(
            input: input, action: action, heading: heading, version: version, csrf: context.session?.csrfToken ?? "",
            organisations: try await catalog.organisationChoices(), tasks: try await catalog.taskChoices(),
            problems: problems, conflict: conflict, moreRows: moreRows), status: status)
    }

    /// A new collaboration of the organisations that adopted a joint decision, each from the
    /// date it did, on the decision's task; as confidential as the decision, open to the same groups.
    static func input(from detail: JointDecisionDetail) -> CollaborationInput {
        let d = detail.decision
        var input = CollaborationInput(status: "verkenning", vertrouwelijkheid: d.meta.confidentiality.rawValue)
        input.toegang = detail.accessGroups.sorted().map(\.code)
        input.naam = d.title
        input.doel = d.proposal
        input.opgaven = detail.task.map { [$0.id] } ?? []
        input.deelnemers = d.responses.filter(\.status.isAdopted).map {
            CollaborationInput.Participant(organisatie: $0.organisation.id, rol: ParticipantRole.deelnemer.rawValue, vanaf: $0.decidedOn?.iso)
        }
        return input
    }
}
