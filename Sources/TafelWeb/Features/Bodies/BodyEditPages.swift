import Hummingbird
import TafelCore
import TafelStore

/// The editor's pages for bodies (gremia) and their members. An invalid form comes back with
/// every problem named and everything typed kept; a stale edit gets a conflict page.
struct BodyEditPages {
    let editor: BodyEditor
    let catalog: Catalogs
    let renderer: Renderer

    static let purpose = "gremia toevoegen of wijzigen"

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.newBody, use: showNew)
        router.post(.list(.body), use: create)
        router.get(.editBody(.routeID), use: showEdit)
        router.post(.editBody(.routeID), use: update)
    }

    func showNew(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        return try await render(BodyInput(soort: BodyKind.overleg.rawValue, onderdeelVan: request.queryValue("onderdeelVan"),
                                          vertrouwelijkheid: Confidentiality.openbaar.rawValue),
                                action: .list(.body), heading: "Gremium toevoegen", version: nil, context: context)
    }

    func create(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        var request = request
        let form = try await request.form(context: context)
        let input = BodyForm.input(from: form)
        let heading = "Gremium toevoegen"
        if form["actie"] == "meer-regels" {
            return try await render(input, action: .list(.body), heading: heading, version: nil, context: context, moreRows: true)
        }
        do {
            let id = try await editor.create(input, by: context.viewer)
            return .redirect(to: SiteRoute.record(.body, id).href, type: .normal)
        } catch let failure as ValidationFailure {
            return try await render(input, action: .list(.body), heading: heading, version: nil, context: context,
                                    problems: failure.problems, status: .badRequest)
        }
    }

    func showEdit(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        let id = try request.recordID(context, kind: .body)
        let stored = try await editable(id, context)
        return try await render(stored.draft.input, action: .editBody(id), heading: "Gremium bewerken", version: stored.version, context: context)
    }

    func update(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        let id = try request.recordID(context, kind: .body)
        var request = request
        let form = try await request.form(context: context)
        let input = BodyForm.input(from: form)
        let version = form["versie"].flatMap { Int($0) }
        let heading = "Gremium bewerken"
        if form["actie"] == "meer-regels" {
            _ = try await editable(id, context)
            return try await render(input, action: .editBody(id), heading: heading, version: version, context: context, moreRows: true)
        }
        return try await FormSubmission.update(
            version: version, done: SiteRoute.record(.body, id).href,
            save: { _ = try await editor.update(id: id, input, expectedVersion: version, by: context.viewer) },
            storedVersion: { try await editor.current(id: id, for: context.viewer)?.version },
            differences: { BodyForm.differences(stored: try await editable(id, context).draft, typed: input) },
            again: { again in
                try await render(input, action: .editBody(id), heading: heading, version: again.version, context: context,
                                 problems: again.problems, conflict: again.conflict, status: again.status)
            })
    }

    private func editable(_ id: String, _ context: AppContext) async throws -> BodyEditor.Stored {
        guard let stored = try await editor.current(id: id, for: context.viewer) else { throw RecordNotFound(kind: .body, id: id) }
        guard context.viewer.mayEdit(recordGroups: Set(stored.draft.access)) else {
            throw AccessDenied("U mag dit gremium niet wijzigen: het valt buiten de organisaties en gremia waarvoor u redacteur bent.")
        }
        return stored
    }

    private func render(_ input: BodyInput, action: SiteRoute, heading: String, version: Int?, context: AppContext,
                        problems: [FieldProblem] = [], conflict: FormConflict? = nil, moreRows: Bool = false,
                        status: HTTPResponse.Status = .ok) async throws -> Response {
        let catalog = catalog(context)
        async let organisations = catalog.organisationChoices()
        async let people = catalog.personChoices(body: nil, limit: 2000)
        async let bodies = catalog.bodyChoices()
        let choices = MeetingFormChoices(organisations: try await organisations, people: try await people, bodies: try await bodies)
        return renderer.render(BodyForm(input: input, action: action, heading: heading, version: version,
                                        csrf: context.session?.csrfToken ?? "", choices: choices, problems: problems,
                                        conflict: conflict, moreRows: moreRows), status: status)
    }
}
