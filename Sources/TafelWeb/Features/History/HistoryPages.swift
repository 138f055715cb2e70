import Foundation
import Hummingbird
import TafelCore
import TafelStore

/// "Geschiedenis": every change to one record, for whoever may see the record.
struct HistoryPages {
    let catalog: Catalogs
    let database: Database
    let renderer: Renderer

    func addRoutes(to router: RouterGroup<AppContext>) {
        for kind in RecordKind.allCases where kind.isPublished {
            router.get(.history(kind, .routeID)) { request, context in
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
        let recordHref: SiteRoute
        let entries: [Entry]
        let hasEntries: Bool
    }

    func show(_ kind: RecordKind, _ request: Request, context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: kind)
        let name: String
        let history: [AuditEntry]
        if let visible = try await catalog(context).visibleName(of: kind, id: id) {
            (name, history) = (visible, try await AuditLog.history(of: kind, id: id, in: database, for: context.viewer))
        } else if let removed = try await AuditLog.removedHistory(of: kind, id: id, in: database, for: context.viewer) {
            (name, history) = removed
        } else {
            throw RecordNotFound(kind: kind, id: id)
        }
        let entries = history.map { entry in
            Model.Entry(when: Format.dateTime(entry.at), who: entry.actorName, action: entry.action.label, version: entry.version,
                        changes: entry.changes.map { .init(field: $0.field, before: Self.shorten($0.before), after: Self.shorten($0.after)) },
                        hasChanges: !entry.changes.isEmpty)
        }
        let recordHref = SiteRoute.page(of: kind, id) ?? SiteRoute.collection(kind)
        return renderer.render(Model(
            shell: Shell(title: "Geschiedenis van \(name)", section: kind, breadcrumbs: [
                Crumb(label: kind.collection.capitalized, href: SiteRoute.collection(kind)), Crumb(label: name, href: recordHref),
            ]),
            heading: "Geschiedenis van \(name)", recordHref: recordHref, entries: entries, hasEntries: !entries.isEmpty))
    }

    /// Long values (a document's full text) are cut for the overview; the API gives them whole.
    static func shorten(_ value: String?) -> String {
        guard let value, !value.isEmpty else { return "(leeg)" }
        return value.count > 300 ? String(value.prefix(300)) + " …" : value
    }
}
