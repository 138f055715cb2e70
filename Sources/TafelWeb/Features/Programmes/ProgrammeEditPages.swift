import Hummingbird
import TafelCore
import TafelStore

/// The editor's pages for portfolio programmes. An invalid form comes back with every problem
/// named and everything typed kept; a stale edit gets a conflict page.
struct ProgrammeEditPages {
    let editor: ProgrammeEditor
    let catalog: Catalogs
    let renderer: Renderer

    static let purpose = "programma's toevoegen of wijzigen"

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.newProgramme, use: showNew)
        router.post(.list(.programme), use: create)
        router.get(.editProgramme(.routeID), use: showEdit)
        router.post(.editProgramme(.routeID), use: update)
    }

    func showNew(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        return try await render(ProgrammeInput(status: ProgrammeStatus.concept.rawValue, bestuurlijkOverleg: request.queryValue("gremium"),
                                               vertrouwelijkheid: Confidentiality.openbaar.rawValue),
                                action: .list(.programme), heading: "Programma toevoegen", version: nil, context: context)
    }

    func create(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        var request = request
        let form = try await request.form(context: context)
        let input = ProgrammeForm.input(from: form)
        let heading = "Programma toevoegen"
        if form["actie"] == "meer-regels" {
            return try await render(input, action: .list(.programme), heading: heading, version: nil, context: context, moreRows: true)
        }
        do {
            let id = try await editor.create(input, by: context.viewer)
            return .redirect(to: SiteRoute.record(.programme, id).href, type: .normal)
        } catch let failure as ValidationFailure {
            return try await render(input, action: .list(.programme), heading: heading, version: nil, context: context,
                                    problems: failure.problems, status: .badRequest)
        }
    }

    func showEdit(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        let id = try request.recordID(context, kind: .programme)
        let stored = try await editable(id, context)
        return try await render(stored.draft.input, action: .editProgramme(id), heading: "Programma bewerken", version: stored.version,
                                context: context)
    }

    func update(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        let id = try request.recordID(context, kind: .programme)
        var request = request
        let form = try await request.form(context: context)
        let input = ProgrammeForm.input(from: form)
        let version = form["versie"].flatMap { Int($0) }
        let heading = "Programma bewerken"
        if form["actie"] == "meer-regels" {
            _ = try await editable(id, context)
            return try await render(input, action: .editProgramme(id), heading: heading, version: version, context: context, moreRows: true)
        }
        return try await FormSubmission.update(
            version: version, done: SiteRoute.record(.programme, id).href,
            save: { _ = try await editor.update(id: id, input, expectedVersion: version, by: context.viewer) },
            storedVersion: { try await editor.current(id: id, for: context.viewer)?.version },
            differences: { ProgrammeForm.differences(stored: try await editable(id, context).draft, typed: input) },
            again: { again in
                try await render(input, action: .editProgramme(id), heading: heading, version: again.version, context: context,
                                 problems: again.problems, conflict: again.conflict, status: again.status)
            })
    }

    private func editable(_ id: String, _ context: AppContext) async throws -> ProgrammeEditor.Stored {
        guard let stored = try await editor.current(id: id, for: context.viewer) else { throw RecordNotFound(kind: .programme, id: id) }
        guard context.viewer.mayEdit(recordGroups: Set(stored.draft.access)) else {
            throw AccessDenied("U mag dit programma niet wijzigen: het valt buiten de organisaties en gremia waarvoor u redacteur bent.")
        }
        return stored
    }

    private func render(_ input: ProgrammeInput, action: SiteRoute, heading: String, version: Int?, context: AppContext,
                        problems: [FieldProblem] = [], conflict: FormConflict? = nil, moreRows: Bool = false,
                        status: HTTPResponse.Status = .ok) async throws -> Response {
        let catalog = catalog(context)
        async let organisations = catalog.organisationChoices()
        async let people = catalog.personChoices(body: nil, limit: 2000)
        async let bodies = catalog.bodyChoices()
        async let tasks = catalog.taskChoices()
        async let collaborations = catalog.collaborationChoices()
        let choices = ProgrammeForm.Choices(organisations: try await organisations, people: try await people, bodies: try await bodies,
                                            tasks: try await tasks, collaborations: try await collaborations)
        return renderer.render(ProgrammeForm(input: input, action: action, heading: heading, version: version,
                                             csrf: context.session?.csrfToken ?? "", choices: choices, problems: problems,
                                             conflict: conflict, moreRows: moreRows), status: status)
    }
}
