import Hummingbird
import TafelCore
import TafelStore

/// The editor's pages for agenda requests. An invalid form comes back with every problem named
/// and everything typed kept; "Meer lege regels" comes back with more empty rows, unsaved; a
/// stale edit gets a conflict page.
struct AgendaRequestEditPages {
    let editor: AgendaRequestEditor
    let catalog: Catalogs
    let renderer: Renderer

    static let purpose = "agenderingsverzoeken toevoegen of wijzigen"
    static let newHeading = "Agenderingsverzoek toevoegen"
    static let editHeading = "Agenderingsverzoek bewerken"

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.newAgendaRequest, use: showNew)
        router.post(.agendaRequests(), use: create)
        router.get(.editAgendaRequest(.routeID), use: showEdit)
        router.post(.editAgendaRequest(.routeID), use: update)
    }

    func showNew(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        let input = AgendaRequestInput(fractie: request.queryValue("fractie"), gremium: request.queryValue("gremium"),
                                       onderwerpDocument: request.queryValue("document"), status: AgendaRequestStatus.ingediend.rawValue,
                                       vertrouwelijkheid: Confidentiality.openbaar.rawValue)
        return try await render(input, action: .agendaRequests(), heading: Self.newHeading, version: nil, context: context)
    }

    func create(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        var request = request
        let form = try await request.form(context: context)
        let input = AgendaRequestForm.input(from: form)
        if form["actie"] == "meer-regels" {
            return try await render(input, action: .agendaRequests(), heading: Self.newHeading, version: nil, context: context, moreRows: true)
        }
        do {
            let id = try await editor.create(input, by: context.viewer)
            return .redirect(to: SiteRoute.record(.agendaRequest, id).href, type: .normal)
        } catch let failure as ValidationFailure {
            return try await render(input, action: .agendaRequests(), heading: Self.newHeading, version: nil, context: context,
                                    problems: failure.problems, status: .badRequest)
        }
    }

    func showEdit(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        let id = try request.recordID(context, kind: .agendaRequest)
        let stored = try await editable(id, context)
        return try await render(stored.draft.input, action: .editAgendaRequest(id), heading: Self.editHeading, version: stored.version,
                                context: context)
    }

    func update(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        let id = try request.recordID(context, kind: .agendaRequest)
        var request = request
        let form = try await request.form(context: context)
        let input = AgendaRequestForm.input(from: form)
        let version = form["versie"].flatMap { Int($0) }
        let action = SiteRoute.editAgendaRequest(id)
        if form["actie"] == "meer-regels" {
            _ = try await editable(id, context)
            return try await render(input, action: action, heading: Self.editHeading, version: version, context: context, moreRows: true)
        }
        return try await FormSubmission.update(
            version: version, done: SiteRoute.record(.agendaRequest, id).href,
            save: { _ = try await editor.update(id: id, input, expectedVersion: version, by: context.viewer) },
            storedVersion: { try await editor.current(id: id, for: context.viewer)?.version },
            differences: { FormConflict.rows(stored: try await editable(id, context).draft.snapshot, typed: input.values, labels: AgendaRequestForm.fieldLabels) },
            again: { again in
                try await render(input, action: action, heading: Self.editHeading, version: again.version, context: context,
                                 problems: again.problems, conflict: again.conflict, status: again.status)
            })
    }

    private func editable(_ id: String, _ context: AppContext) async throws -> AgendaRequestEditor.Stored {
        guard let stored = try await editor.current(id: id, for: context.viewer) else { throw RecordNotFound(kind: .agendaRequest, id: id) }
        guard context.viewer.mayEdit(recordGroups: Set(stored.draft.access)), !stored.hidesFractionOrBody else {
            throw AccessDenied(AgendaRequestEditor.notYours)
        }
        return stored
    }

    private func render(_ input: AgendaRequestInput, action: SiteRoute, heading: String, version: Int?, context: AppContext,
                        problems: [FieldProblem] = [], conflict: FormConflict? = nil, moreRows: Bool = false,
                        status: HTTPResponse.Status = .ok) async throws -> Response {
        let catalog = catalog(context)
        async let people = catalog.personChoices(body: nil, limit: 2000)
        async let bodies = catalog.bodyChoices()
        async let organisations = catalog.organisationChoices()
        async let meetings = catalog.meetingChoices()
        async let documents = catalog.documentChoices()
        let choices = AgendaRequestFormChoices(people: try await people, bodies: try await bodies, organisations: try await organisations,
                                               meetings: try await meetings, documents: try await documents)
        return renderer.render(AgendaRequestForm(input: input, action: action, heading: heading, version: version,
                                                 csrf: context.session?.csrfToken ?? "", choices: choices, problems: problems,
                                                 conflict: conflict, moreRows: moreRows), status: status)
    }
}
