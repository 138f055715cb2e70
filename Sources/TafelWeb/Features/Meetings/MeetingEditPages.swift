import Hummingbird
import TafelCore
import TafelStore

/// The editor's pages for meetings: add and change a meeting with its participants,
/// agenda and outcomes; prepare the next meeting of a body and carry its open action
/// items onto the agenda. An invalid form comes back with every problem named and
/// everything typed kept; a stale edit gets a conflict page showing both versions.
struct MeetingEditPages {
    let editor: MeetingEditor
    let catalog: Catalogs
    let renderer: Renderer

    static let purpose = "bijeenkomsten toevoegen of wijzigen"

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.newMeeting, use: showNew)
        router.post(.list(.meeting), use: create)
        router.get(.editMeeting(.routeID), use: showEdit)
        router.post(.editMeeting(.routeID), use: update)
        router.get(.meetingPreparation(.routeID), use: preparation)
        router.post(.carryOverAction(.routeID), use: carryOver)
    }

    func showNew(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        let input = MeetingInput(soort: request.queryValue("soort") ?? MeetingKind.overleg.rawValue, status: MeetingStatus.gepland.rawValue,
                                 gremium: request.queryValue("gremium"), vertrouwelijkheid: Confidentiality.openbaar.rawValue)
        return try await render(input, action: .list(.meeting), heading: "Bijeenkomst toevoegen", version: nil, context: context)
    }

    func create(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        var request = request
        let form = try await request.form(context: context)
        var input = MeetingForm.input(from: form)
        let heading = "Bijeenkomst toevoegen"
        if let rework = Self.rework(form["actie"], &input) {
            return try await render(input, action: .list(.meeting), heading: heading, version: nil, context: context, moreRows: rework)
        }
        do {
            let id = try await editor.create(input, by: context.viewer)
            return .redirect(to: SiteRoute.record(.meeting, id).href, type: .normal)
        } catch let failure as ValidationFailure {
            return try await render(input, action: .list(.meeting), heading: heading, version: nil, context: context,
                                    problems: failure.problems, status: .badRequest)
        }
    }

    func showEdit(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        let id = try request.recordID(context, kind: .meeting)
        let stored = try await editable(id, context)
        return try await render(stored.draft.input, action: .editMeeting(id), heading: "Bijeenkomst bewerken",
                                version: stored.version, context: context)
    }

    func update(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        let id = try request.recordID(context, kind: .meeting)
        var request = request
        let form = try await request.form(context: context)
        var input = MeetingForm.input(from: form)
        let version = form["versie"].flatMap { Int($0) }
        let heading = "Bijeenkomst bewerken"
        if let rework = Self.rework(form["actie"], &input) {
            _ = try await editable(id, context)
            return try await render(input, action: .editMeeting(id), heading: heading, version: version, context: context, moreRows: rework)
        }
        return try await FormSubmission.update(
            version: version, done: SiteRoute.record(.meeting, id).href,
            save: { _ = try await editor.update(id: id, input, expectedVersion: version, by: context.viewer) },
            storedVersion: { try await editor.current(id: id, for: context.viewer)?.version },
            differences: { MeetingForm.differences(stored: try await editable(id, context).draft.input, typed: input) },
            again: { again in
                try await render(input, action: .editMeeting(id), heading: heading, version: again.version, context: context,
                                 problems: again.problems, conflict: again.conflict, status: again.status)
            })
    }

    /// The page an editor prepares a meeting from: its agenda, the open action items of the
    /// body's earlier meetings (each with a button to put it on the agenda), and who is double-booked.
    func preparation(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        let id = try request.recordID(context, kind: .meeting)
        let stored = try await editable(id, context)
        let catalog = catalog(context)
        guard let detail = try await catalog.meeting(id: id) else { throw RecordNotFound(kind: .meeting, id: id) }
        let actions = try await catalog.openActions(before: detail.meeting)
        return renderer.render(MeetingPreparationPage(detail: detail, actions: actions, version: stored.version,
                                                      csrf: context.session?.csrfToken ?? "",
                                                      notice: request.queryValue("overgenomen").map { _ in "Het actiepunt staat op de agenda." }))
    }

    func carryOver(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        let id = try request.recordID(context, kind: .meeting)
        var request = request
        let form = try await request.form(context: context)
        guard let raw = form["actiepunt"], let action = MeetingDraft.ActionReference(code: raw) else {
            throw ValidationFailure(field: "actiepunt", code: "verplicht",
                                    message: "actiepunt ontbreekt of heeft niet de vorm bijeenkomst-id#nummer.")
        }
        try await editor.carryOver(action, into: id, expectedVersion: form["versie"].flatMap { Int($0) }, by: context.viewer)
        return .redirect(to: SiteRoute.meetingPreparation(id).href + "?overgenomen=1#agenda", type: .normal)
    }

    /// Handles the buttons that rework the form without saving: more empty rows (returns true),
    /// moving an agenda item (returns false); nil for saving.
    static func rework(_ action: String?, _ input: inout MeetingInput) -> Bool? {
        guard let action else { return nil }
        if action == "meer-regels" { return true }
        for (prefix, up) in [("omhoog-", true), ("omlaag-", false)] where action.hasPrefix(prefix) {
            guard let key = Int(action.dropFirst(prefix.count)) else { return false }
            input = MeetingForm.moving(input, key: key, up: up)
            return false
        }
        return nil
    }

    private func editable(_ id: String, _ context: AppContext) async throws -> MeetingEditor.Stored {
        guard let stored = try await editor.current(id: id, for: context.viewer) else { throw RecordNotFound(kind: .meeting, id: id) }
        guard context.viewer.mayEdit(recordGroups: Set(stored.draft.access)) else {
            throw AccessDenied("U mag deze bijeenkomst niet wijzigen: ze valt buiten de organisaties en gremia waarvoor u redacteur bent.")
        }
        return stored
    }

    private func render(_ input: MeetingInput, action: SiteRoute, heading: String, version: Int?, context: AppContext,
                        problems: [FieldProblem] = [], conflict: FormConflict? = nil, moreRows: Bool = false,
                        status: HTTPResponse.Status = .ok) async throws -> Response {
        let catalog = catalog(context)
        async let organisations = catalog.organisationChoices()
        async let people = catalog.personChoices(body: input.gremium.flatMap { Slug.isValid($0) ? $0 : nil })
        async let bodies = catalog.bodyChoices()
        let choices = MeetingFormChoices(organisations: try await organisations, people: try await people, bodies: try await bodies)
        return renderer.render(MeetingForm(
            input: input, action: action, heading: heading, version: version, csrf: context.session?.csrfToken ?? "",
            choices: choices, problems: problems, conflict: conflict, moreRows: moreRows), status: status)
    }
}
