import Hummingbird
import TafelCore
import TafelStore

/// The form page of a record kind kept through a `DraftEditor`: built from what was typed, its
/// problems and a conflict, with the suggestions its id fields offer.
protocol DraftFormPage: PageView, Sendable {
    associatedtype Input: Sendable
    associatedtype Choices: Sendable

    /// The Dutch label of each field, for the conflict page.
    static var fieldLabels: [String: String] { get }
    static func input(from form: FormData) -> Input
    static func choices(_ catalog: Catalog) async throws -> Choices

    init(input: Input, action: SiteRoute, heading: String, version: Int?, csrf: String, choices: Choices,
         problems: [FieldProblem], conflict: FormConflict?, moreRows: Bool)
}

/// An editor's pages for one record kind: the new form and its POST, the edit form and its
/// POST. An invalid form comes back with every problem named and everything typed kept; "Meer
/// lege regels" comes back with more empty rows, unsaved; a stale edit gets a conflict page.
/// What differs per kind is the editor, the form and the routes.
struct DraftEditPages<Editor: DraftEditor, Form: DraftFormPage>: Sendable where Form.Input == Editor.Input {
    let editor: Editor
    let catalog: Catalogs
    let renderer: Renderer
    /// "beleidsproducten toevoegen of wijzigen": what a visitor without the role is told they may not.
    let purpose: String
    let newHeading: String
    let editHeading: String
    let newRoute: SiteRoute
    /// Where the new form posts to: the collection.
    let createRoute: SiteRoute
    let editRoute: @Sendable (String) -> SiteRoute
    /// The new form's input, from the query of the link that opened it (`?gremium=…`).
    let newInput: @Sendable (Request) -> Editor.Input

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(newRoute, use: showNew)
        router.post(createRoute, use: create)
        router.get(editRoute(.routeID), use: showEdit)
        router.post(editRoute(.routeID), use: update)
    }

    func showNew(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: purpose)
        return try await render(newInput(request), action: createRoute, heading: newHeading, version: nil, context: context)
    }

    func create(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: purpose)
        var request = request
        let form = try await request.form(context: context)
        let input = Form.input(from: form)
        if form["actie"] == "meer-regels" {
            return try await render(input, action: createRoute, heading: newHeading, version: nil, context: context, moreRows: true)
        }
        do {
            let id = try await editor.create(input, by: context.viewer)
            return .redirect(to: SiteRoute.record(Editor.kind, id).href, type: .normal)
        } catch let failure as ValidationFailure {
            return try await render(input, action: createRoute, heading: newHeading, version: nil, context: context,
                                    problems: failure.problems, status: .badRequest)
        }
    }

    func showEdit(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: purpose)
        let id = try request.recordID(context, kind: Editor.kind)
        let stored = try await editable(id, context)
        return try await render(Editor.input(of: stored.draft), action: editRoute(id), heading: editHeading, version: stored.version,
                                context: context)
    }

    func update(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: purpose)
        let id = try request.recordID(context, kind: Editor.kind)
        var request = request
        let form = try await request.form(context: context)
        let input = Form.input(from: form)
        let version = form["versie"].flatMap { Int($0) }
        let action = editRoute(id)
        if form["actie"] == "meer-regels" {
            _ = try await editable(id, context)
            return try await render(input, action: action, heading: editHeading, version: version, context: context, moreRows: true)
        }
        return try await FormSubmission.update(
            version: version, done: SiteRoute.record(Editor.kind, id).href,
            save: { _ = try await editor.update(id: id, input, expectedVersion: version, by: context.viewer) },
            storedVersion: { try await editor.current(id: id, for: context.viewer)?.version },
            differences: {
                FormConflict.rows(stored: Editor.snapshot(of: try await editable(id, context).draft), typed: Editor.values(of: input),
                                  labels: Form.fieldLabels)
            },
            again: { again in
                try await render(input, action: action, heading: editHeading, version: again.version, context: context,
                                 problems: again.problems, conflict: again.conflict, status: again.status)
            })
    }

    private func editable(_ id: String, _ context: AppContext) async throws -> EditableRecord<Editor.Draft> {
        guard let stored = try await editor.current(id: id, for: context.viewer) else { throw RecordNotFound(kind: Editor.kind, id: id) }
        guard context.viewer.mayEdit(recordGroups: Set(Editor.access(of: stored.draft).groups)) else { throw AccessDenied(Editor.notYours) }
        return stored
    }

    private func render(_ input: Editor.Input, action: SiteRoute, heading: String, version: Int?, context: AppContext,
                        problems: [FieldProblem] = [], conflict: FormConflict? = nil, moreRows: Bool = false,
                        status: HTTPResponse.Status = .ok) async throws -> Response {
        let choices = try await Form.choices(catalog(context))
        return renderer.render(Form(input: input, action: action, heading: heading, version: version, csrf: context.session?.csrfToken ?? "",
                                    choices: choices, problems: problems, conflict: conflict, moreRows: moreRows), status: status)
    }
}
