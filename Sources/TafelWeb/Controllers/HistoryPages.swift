import Foundation
import Hummingbird
import TafelCore
import TafelStore

/// "Geschiedenis": every change to one record, for whoever may see the record.
struct HistoryPages {
    let catalog: Catalogs
    let database: Database
    let renderer: Renderer

    func addRoutes(to router: Router<AppContext>) {
        for kind in RecordKind.allCases where kind.isPublished {
            router.get("/\(kind.collection)/:id/geschiedenis") { request, context in
                try await show(kind, request, context: context)
            }
        }
    }

    struct Model: Sendable {
        struct Entry: Sendable {
            struct Change: Sendable {
                let field: String
                let before: String
                let after: String
            }
            let when: String
            let who: String
            let action: String
            let version: Int
            let changes: [Change]
            let hasChanges: Bool
        }
        let shell: Shell
        let heading: String
        let recordHref: String
        let entries: [Entry]
        let hasEntries: Bool
    }

    func show(_ kind: RecordKind, _ request: Request, context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: kind)
        guard let name = try await name(of: kind, id: id, catalog: catalog(context)) else { throw RecordNotFound(kind: kind, id: id) }
        let entries = try await AuditLog.history(of: kind, id: id, in: database).map { entry in
            Model.Entry(when: Format.dateTime(entry.at), who: entry.actorName, action: entry.action.label, version: entry.version,
                        changes: entry.changes.map { .init(field: $0.field, before: Self.shorten($0.before), after: Self.shorten($0.after)) },
                        hasChanges: !entry.changes.isEmpty)
        }
        let recordHref = SitePath.record(kind, id) ?? SitePath.collection(kind)
        return try renderer.render("geschiedenis", Model(
            shell: Shell(title: "Geschiedenis van \(name)", section: kind, breadcrumbs: [
                Crumb(label: kind.collection.capitalized, href: SitePath.collection(kind)), Crumb(label: name, href: recordHref),
            ]),
            heading: "Geschiedenis van \(name)", recordHref: recordHref, entries: entries, hasEntries: !entries.isEmpty))
    }

    /// The record's name if the viewer may see it: the same check as its own page.
    private func name(of kind: RecordKind, id: String, catalog: Catalog) async throws -> String? {
        switch kind {
        case .organisation: try await catalog.organisation(id: id)?.organisation.name
        case .person: try await catalog.person(id: id)?.person.name
        case .body: try await catalog.body(id: id)?.body.name
        case .task: try await catalog.task(id: id)?.task.name
        case .collaboration: try await catalog.collaboration(id: id)?.collaboration.name
        case .meeting: try await catalog.meeting(id: id)?.meeting.name
        case .document: try await catalog.document(id: id)?.document.title
        case .post, .membership, .taskAgenda: nil
        }
    }

    /// Long values (a document's full text) are cut for the overview; the API gives them whole.
    static func shorten(_ value: String?) -> String {
        guard let value, !value.isEmpty else { return "(leeg)" }
        return value.count > 300 ? String(value.prefix(300)) + " …" : value
    }
}
