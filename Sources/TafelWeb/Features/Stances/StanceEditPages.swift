import Hummingbird
import TafelCore
import TafelStore

/// The editor’s pages for positions. An invalid form comes back with every problem named and
/// everything typed kept; a stale edit gets a conflict page.
struct StanceEditPages {
    let editor: StanceEditor
    let catalog: Catalogs
    let renderer: Renderer

    static let purpose = "standpunten toevoegen of wijzigen"
    static let newHeading = "Standpunt toevoegen"
    static let editHeading = "Standpunt bewerken"

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.newStance, use: showNew)
        router.post(.stances(), use: create)
        router.get(.editStance(.routeID), use: showEdit)
        router.post(.editStance(.routeID), use: update)
    }

    func showNew(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        let input = StanceInput(richting: request.queryValue("richting"), eigenaar: request.queryValue("eigenaar"),
                                gremium: request.queryValue("gremium"), status: StanceStatus.concept.rawValue,
                                opgaven: request.queryValue("opgave").map { [$0] } ?? [], bijeenkomst: request.queryValue("bijeenkomst"),
                                vertrouwelijkheid: Confidentiality.openbaar.rawValue)
        return try await render(input, action: .stances(), heading: Self.newHeading, version: nil, context: context)
    }

    func create(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        var request = request
        let form = try await request.form(context: context)
        let input = StanceForm.input(from: form)
        do {
            let id = try await editor.create(input, by: context.viewer)
            return .redirect(to: SiteRoute.record(.stance, id).href, type: .normal)
        } catch let failure as ValidationFailure {
            return try await render(input, action: .stances(), heading: Self.newHeading, version: nil, context: context,
                                    problems: failure.problems, status: .badRequest)
        }
    }

    func showEdit(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        let id = try request.recordID(context, kind: .stance)
        let stored = try await editable(id, context)
        return try await render(stored.draft.input, action: .editStance(id), heading: Self.editHeading, version: stored.version, context: context)
    }

    func update(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        let id = try request.recordID(context, kind: .stance)
        var request = request
        let form = try await request.form(context: context)
        let input = StanceForm.input(from: form)
        let version = form["versie"].flatMap { Int($0) }
        let action = SiteRoute.editStance(id)
        return try await FormSubmission.update(
            version: version, done: SiteRoute.record(.stance, id).href,
            save: { _ = try await editor.update(id: id, input, expectedVersion: version, by: context.viewer) },
            storedVersion: { try await editor.current(id: id, for: context.viewer)?.version },
            differences: { FormConflict.rows(stored: try await editable(id, context).draft.snapshot, typed: input.values, labels: StanceForm.fieldLabels) },
            again: { again in
                try await render(input, action: action, heading: Self.editHeading, version: again.version, context: context,
                                 problems: again.problems, conflict: again.conflict, status: again.status)
            })
    }

    private func editable(_ id: String, _ context: AppContext) async throws -> StanceEditor.Stored {
        guard let stored = try await editor.current(id: id, for: context.viewer) else { throw RecordNotFound(kind: .stance, id: id) }
        guard context.viewer.mayEdit(recordGroups: Set(stored.draft.access)) else { throw AccessDenied(StanceEditor.notYours) }
        return stored
    }

    private func render(_ input: StanceInput, action: SiteRoute, heading: String, version: Int?, context: AppContext,
                        problems: [FieldProblem] = [], conflict: FormConflict? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let catalog = catalog(context)
        async let organisations = catalog.organisationChoices()
        async let bodies = catalog.bodyChoices()
        async let persons = catalog.personChoices(body: nil)
        async let meetings = catalog.meetingChoices()
        async let tasks = catalog.taskChoices()
        async let documents = catalog.documentChoices()
        let choices = StanceFormChoices(organisations: try await organisations, bodies: try await bodies, persons: try await persons,
                                        meetings: try await meetings, tasks: try await tasks, documents: try await documents)
        return renderer.render(StanceForm(input: input, action: action, heading: heading, version: version, csrf: context.session?.csrfToken ?? "",
                                          choices: choices, problems: problems, conflict: conflict), status: status)
    }
}
