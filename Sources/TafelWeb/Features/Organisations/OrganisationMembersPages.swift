import Hummingbird
import TafelCore
import TafelStore

/// `/organisaties/{id}/leden/bewerken`: an editor keeps the organisations that are members of
/// an organisation. An invalid form comes back with every problem named and everything typed
/// kept; a stale edit gets a conflict page.
struct OrganisationMembersPages {
    let editor: OrganisationMembersEditor
    let catalog: Catalogs
    let renderer: Renderer

    static let purpose = "leden van organisaties wijzigen"

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.editOrganisationMembers(.routeID), use: show)
        router.post(.editOrganisationMembers(.routeID), use: update)
    }

    func show(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        let id = try request.recordID(context, kind: .organisation)
        let stored = try await editable(id, context)
        return try await render(id, stored, stored.draft.input, version: stored.version, context: context)
    }

    func update(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        let id = try request.recordID(context, kind: .organisation)
        var request = request
        let form = try await request.form(context: context)
        let input = OrganisationMembersForm.input(from: form)
        let version = form["versie"].flatMap { Int($0) }
        let stored = try await editable(id, context)
        if form["actie"] == "meer-regels" {
            return try await render(id, stored, input, version: version, context: context, moreRows: true)
        }
        return try await FormSubmission.run({
            try await editor.update(organisation: id, input, expectedVersion: version, by: context.viewer)
            return .redirect(to: SiteRoute.record(.organisation, id).href + "#leden", type: .normal)
        }, again: { refusal in
            switch refusal {
            case .problems(let problems):
                return try await render(id, stored, input, version: version, context: context, problems: problems, status: .badRequest)
            case .missingVersion:
                return try await render(id, stored, input, version: stored.version, context: context, problems: [.missingVersion],
                                        status: .badRequest)
            case .conflict(let conflict):
                let now = try await editable(id, context)
                return try await render(id, now, input, version: conflict.current, context: context,
                                        conflict: .init(expectedVersion: conflict.expected, currentVersion: conflict.current,
                                                        rows: OrganisationMembersForm.differences(stored: now.draft, typed: input)),
                                        status: .conflict)
            }
        })
    }

    private func editable(_ id: String, _ context: AppContext) async throws -> OrganisationMembersEditor.Stored {
        guard let stored = try await editor.current(id: id, for: context.viewer) else { throw RecordNotFound(kind: .organisation, id: id) }
        guard context.viewer.mayEdit(recordGroups: Set(stored.access)) else {
            throw AccessDenied("U mag de leden van deze organisatie niet wijzigen: zij valt buiten de organisaties en gremia waarvoor u redacteur bent.")
        }
        return stored
    }

    private func render(_ id: String, _ stored: OrganisationMembersEditor.Stored, _ input: OrganisationMembersInput, version: Int?,
                        context: AppContext, problems: [FieldProblem] = [], conflict: FormConflict? = nil, moreRows: Bool = false,
                        status: HTTPResponse.Status = .ok) async throws -> Response {
        let organisations = try await catalog(context).organisationChoices()
        return renderer.render(OrganisationMembersForm(
            organisation: Reference(kind: .organisation, id: id, name: stored.name), input: input, version: version,
            csrf: context.session?.csrfToken ?? "", organisations: organisations, problems: problems, conflict: conflict,
            moreRows: moreRows), status: status)
    }
}
