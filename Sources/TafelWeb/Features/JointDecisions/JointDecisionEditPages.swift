import Hummingbird
import TafelCore
import TafelStore

/// The editor’s pages for joint decisions. An invalid form comes back with every problem named
/// and everything typed kept; "Meer lege regels" comes back with more empty rows, unsaved; a
/// stale edit gets a conflict page.
struct JointDecisionEditPages {
    let editor: JointDecisionEditor
    let catalog: Catalogs
    let renderer: Renderer

    static let purpose = "gezamenlijke besluiten toevoegen of wijzigen"
    static let newHeading = "Gezamenlijk besluit toevoegen"
    static let editHeading = "Gezamenlijk besluit bewerken"

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.newJointDecision, use: showNew)
        router.post(.jointDecisions(), use: create)
        router.get(.editJointDecision(.routeID), use: showEdit)
        router.post(.editJointDecision(.routeID), use: update)
    }

    func showNew(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        let input = JointDecisionInput(aangebodenDoor: request.queryValue("gremium"), eigenaar: request.queryValue("eigenaar"),
                                       bijeenkomst: request.queryValue("bijeenkomst"), vertrouwelijkheid: Confidentiality.openbaar.rawValue)
        return try await render(input, action: .jointDecisions(), heading: Self.newHeading, version: nil, context: context)
    }

    func create(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        var request = request
        let form = try await request.form(context: context)
        let input = JointDecisionForm.input(from: form)
        if form["actie"] == "meer-regels" {
            return try await render(input, action: .jointDecisions(), heading: Self.newHeading, version: nil, context: context, moreRows: true)
        }
        do {
            let id = try await editor.create(input, by: context.viewer)
            return .redirect(to: SiteRoute.record(.jointDecision, id).href, type: .normal)
        } catch let failure as ValidationFailure {
            return try await render(input, action: .jointDecisions(), heading: Self.newHeading, version: nil, context: context,
                                    problems: failure.problems, status: .badRequest)
        }
    }

    func showEdit(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        let id = try request.recordID(context, kind: .jointDecision)
        let stored = try await editable(id, context)
        return try await render(stored.draft.input, action: .editJointDecision(id), heading: Self.editHeading, version: stored.version,
                                context: context)
    }

    func update(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        let id = try request.recordID(context, kind: .jointDecision)
        var request = request
        let form = try await request.form(context: context)
        let input = JointDecisionForm.input(from: form)
        let version = form["versie"].flatMap { Int($0) }
        let action = SiteRoute.editJointDecision(id)
        if form["actie"] == "meer-regels" {
            _ = try await editable(id, context)
            return try await render(input, action: action, heading: Self.editHeading, version: version, context: context, moreRows: true)
        }
        return try await FormSubmission.update(
            version: version, done: SiteRoute.record(.jointDecision, id).href,
            save: { _ = try await editor.update(id: id, input, expectedVersion: version, by: context.viewer) },
            storedVersion: { try await editor.current(id: id, for: context.viewer)?.version },
            differences: { FormConflict.rows(stored: try await editable(id, context).draft.snapshot, typed: input.values, labels: JointDecisionForm.fieldLabels) },
            again: { again in
                try await render(input, action: action, heading: Self.editHeading, version: again.version, context: context,
                                 problems: again.problems, conflict: again.conflict, status: again.status)
            })
    }

    private func editable(_ id: String, _ context: AppContext) async throws -> JointDecisionEditor.Stored {
        guard let stored = try await editor.current(id: id, for: context.viewer) else { throw RecordNotFound(kind: .jointDecision, id: id) }
        guard context.viewer.mayEdit(recordGroups: Set(stored.draft.access)) else {
            throw AccessDenied(JointDecisionEditor.notYours)
        }
        return stored
    }

    private func render(_ input: JointDecisionInput, action: SiteRoute, heading: String, version: Int?, context: AppContext,
                        problems: [FieldProblem] = [], conflict: FormConflict? = nil, moreRows: Bool = false,
                        status: HTTPResponse.Status = .ok) async throws -> Response {
        let catalog = catalog(context)
        async let bodies = catalog.bodyChoices()
        async let organisations = catalog.organisationChoices()
        async let meetings = catalog.meetingChoices()
        async let tasks = catalog.taskChoices()
        async let documents = catalog.documentChoices()
        async let collaborations = catalog.collaborationChoices()
        let choices = JointDecisionFormChoices(bodies: try await bodies, organisations: try await organisations, meetings: try await meetings,
                                               tasks: try await tasks, documents: try await documents, collaborations: try await collaborations)
        return renderer.render(JointDecisionForm(input: input, action: action, heading: heading, version: version,
                                                 csrf: context.session?.csrfToken ?? "", choices: choices, problems: problems,
                                                 conflict: conflict, moreRows: moreRows), status: status)
    }
}
