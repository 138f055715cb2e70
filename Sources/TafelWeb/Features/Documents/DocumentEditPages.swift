import Hummingbird
import TafelCore
import TafelStore

/// The editor's forms for adding and changing a document. An invalid form comes back
/// with every problem named and everything typed kept; a stale edit gets a conflict page.
struct DocumentEditPages {
    let editor: DocumentEditor
    let catalog: Catalogs
    let extractor: TextExtractor
    let renderer: Renderer

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.newDocument, use: showNew)
        router.post(.list(.document), use: create)
        router.get(.editDocument(.routeID), use: showEdit)
        router.post(.editDocument(.routeID), use: update)
    }

    func showNew(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: "documenten toevoegen of wijzigen")
        return try render(DocumentForm(input: DocumentDraft.Input(vertrouwelijkheid: "openbaar"), action: .list(.document),
                                       heading: "Document toevoegen", version: nil, csrf: csrf(context)))
    }

    func create(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: "documenten toevoegen of wijzigen")
        var request = request
        let input = DocumentForm.input(from: try await request.form(context: context))
        do {
            let draft = try DocumentDraft(input)
            let file = try await readFile(request: &request, context: context)
            let id = try await editor.create(draft, file: file, by: context.viewer)
            return .redirect(to: SiteRoute.record(.document, id).href, type: .normal)
        } catch let failure as ValidationFailure {
            return try render(DocumentForm(input: input, action: .list(.document), heading: "Document toevoegen", version: nil,
                                           csrf: csrf(context), problems: failure.problems), status: .badRequest)
        }
    }

    func showEdit(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: "documenten toevoegen of wijzigen")
        let id = try request.recordID(context, kind: .document)
        guard let current = try await editor.current(id: id, for: context.viewer) else { throw RecordNotFound(kind: .document, id: id) }
        guard context.viewer.mayEdit(recordGroups: Set(current.draft.access)) else {
            throw AccessDenied("U mag dit document niet wijzigen: het valt buiten de organisaties en gremia waarvoor u redacteur bent.")
        }
        return try render(DocumentForm(input: current.draft.input, action: SiteRoute.editDocument(id),
                                       heading: "Document bewerken", version: current.version, csrf: csrf(context),
                                       storedFile: try await storedFile(id, context), documentID: id))
    }

    func update(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: "documenten toevoegen of wijzigen")
        let id = try request.recordID(context, kind: .document)
        var request = request
        let form = try await request.form(context: context)
        let input = DocumentForm.input(from: form)
        let version = form["versie"].flatMap { Int($0) }
        let removingFile = form["bestandVerwijderen"] == "ja"
        let stored = try await storedFile(id, context)
        func again(_ problems: [FieldProblem], conflict: FormConflict? = nil, status: HTTPResponse.Status) throws -> Response {
            try render(DocumentForm(input: input, action: SiteRoute.editDocument(id), heading: "Document bewerken",
                                    version: conflict?.currentVersion ?? version, csrf: csrf(context), problems: problems,
                                    conflict: conflict, storedFile: stored, documentID: id, removingFile: removingFile), status: status)
        }
        do {
            let draft = try DocumentDraft(input)
            let file = try await readFile(request: &request, context: context)
            try await editor.update(id: id, draft, file: file, removingFile: removingFile, expectedVersion: version, by: context.viewer)
            return .redirect(to: SiteRoute.record(.document, id).href, type: .normal)
        } catch let failure as ValidationFailure {
            return try again(failure.problems, status: .badRequest)
        } catch is VersionRequired {
            return try render(DocumentForm(input: input, action: SiteRoute.editDocument(id), heading: "Document bewerken",
                                           version: try await editor.current(id: id, for: context.viewer)?.version,
                                           csrf: csrf(context), problems: [.missingVersion], storedFile: stored, documentID: id,
                                           removingFile: removingFile), status: .badRequest)
        } catch let conflict as VersionConflict {
            // Show both: what is stored now, and what the editor typed (kept in the form).
            guard let current = try await editor.current(id: id, for: context.viewer) else { throw RecordNotFound(kind: .document, id: id) }
            let rows = DocumentForm.differences(stored: current.draft.input, typed: input)
            return try again([], conflict: .init(expectedVersion: conflict.expected, currentVersion: conflict.current, rows: rows),
                             status: .conflict)
        }
    }

    /// The uploaded original (`bestand`), read and its text extracted; nil when no file was chosen.
    /// A file Tafel cannot read is a problem of the form's `bestand` field.
    private func readFile(request: inout Request, context: AppContext) async throws -> ReadFile? {
        guard let upload = try await request.multipart(context: context)?.files.first(where: { $0.name == UploadProblem.field }),
              !(upload.filename.isEmpty && upload.data.isEmpty)
        else { return nil }
        let file = Upload(filename: upload.filename, data: upload.data)
        do {
            let (format, text) = try await extractor.extract(file)
            return ReadFile(upload: file, format: format, text: text)
        } catch {
            throw ValidationFailure([FieldProblem(field: UploadProblem.field, code: "bestand", message: error.message)])
        }
    }

    private func storedFile(_ id: String, _ context: AppContext) async throws -> DocumentFile? {
        try await catalog(context).document(id: id)?.file
    }

    private func csrf(_ context: AppContext) -> String { context.session?.csrfToken ?? "" }

    private func render(_ form: DocumentForm, status: HTTPResponse.Status = .ok) throws -> Response {
        renderer.render(form, status: status)
    }
}
