import Foundation
import Hummingbird
import TafelCore
import TafelStore

/// The editor's pages for commitments. An invalid form comes back with every problem named
/// and everything typed kept; a stale edit gets a conflict page.
struct CommitmentEditPages {
    let editor: CommitmentEditor
    let catalog: Catalogs
    let renderer: Renderer

    static let purpose = "toezeggingen toevoegen of wijzigen"

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.newCommitment, use: showNew)
        router.post(.commitments(), use: create)
        router.get(.editCommitment(.routeID), use: showEdit)
        router.post(.editCommitment(.routeID), use: update)
    }

    func showNew(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        let input = CommitmentInput(bijeenkomst: request.queryValue("bijeenkomst"), uitkomst: request.queryValue("uitkomst"),
                                    document: request.queryValue("document"),
                                    vertrouwelijkheid: Confidentiality.openbaar.rawValue)
        return try await render(input, action: .commitments(), heading: "Toezegging toevoegen", version: nil, context: context)
    }

    func create(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        var request = request
        let input = CommitmentForm.input(from: try await request.form(context: context))
        do {
            let id = try await editor.create(input, by: context.viewer)
            return .redirect(to: SiteRoute.record(.commitment, id).href, type: .normal)
        } catch let failure as ValidationFailure {
            return try await render(input, action: .commitments(), heading: "Toezegging toevoegen", version: nil, context: context,
                                    problems: failure.problems, status: .badRequest)
        }
    }

    func showEdit(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        let id = try request.recordID(context, kind: .commitment)
        let stored = try await editable(id, context)
        return try await render(stored.draft.input, action: .editCommitment(id), heading: "Toezegging bewerken", version: stored.version,
                                context: context)
    }

    func update(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        let id = try request.recordID(context, kind: .commitment)
        var request = request
        let form = try await request.form(context: context)
        let input = CommitmentForm.input(from: form)
        let version = form["versie"].flatMap { Int($0) }
        let heading = "Toezegging bewerken"
        return try await FormSubmission.update(
            version: version, done: SiteRoute.record(.commitment, id).href,
            save: { _ = try await editor.update(id: id, input, expectedVersion: version, by: context.viewer) },
            storedVersion: { try await editor.current(id: id, for: context.viewer)?.version },
            differences: { FormConflict.rows(stored: try await editable(id, context).draft.snapshot, typed: input.values, labels: CommitmentForm.fieldLabels) },
            again: { again in
                try await render(input, action: .editCommitment(id), heading: heading, version: again.version, context: context,
                                 problems: again.problems, conflict: again.conflict, status: again.status)
            })
    }

    private func editable(_ id: String, _ context: AppContext) async throws -> CommitmentEditor.Stored {
        guard let stored = try await editor.current(id: id, for: context.viewer) else { throw RecordNotFound(kind: .commitment, id: id) }
        guard context.viewer.mayEdit(recordGroups: Set(stored.draft.access)) else {
            throw AccessDenied(CommitmentEditor.notYours)
        }
        return stored
    }

    private func render(_ input: CommitmentInput, action: SiteRoute, heading: String, version: Int?, context: AppContext,
                        problems: [FieldProblem] = [], conflict: FormConflict? = nil,
                        status: HTTPResponse.Status = .ok) async throws -> Response {
        let catalog = catalog(context)
        async let people = catalog.personChoices(body: nil, limit: 2000)
        async let bodies = catalog.bodyChoices()
        async let organisations = catalog.organisationChoices()
        async let meetings = catalog.meetingChoices()
        async let documents = catalog.documentChoices()
        var choices = CommitmentFormChoices(people: try await people, bodies: try await bodies, organisations: try await organisations,
                                            meetings: try await meetings, documents: try await documents)
        if let meeting = input.bijeenkomst?.trimmingCharacters(in: .whitespaces), Slug.isValid(meeting), let detail = try await catalog.meeting(id: meeting) {
            choices.outcomes = detail.outcomes.map { line in
                (String(line.position), "\(line.outcome.kind.label): \(line.outcome.text.prefix(120))")
            }
        }
        return renderer.render(CommitmentForm(input: input, action: action, heading: heading, version: version,
                                              csrf: context.session?.csrfToken ?? "", choices: choices, problems: problems,
                                              conflict: conflict), status: status)
    }
}
