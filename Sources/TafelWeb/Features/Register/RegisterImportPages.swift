import Foundation
import Hummingbird
import TafelCore
import TafelStore

/// The upload page for editors: a CSV or JSON register file, checked first (a dry run
/// by default), then imported all or nothing, with every problem named by line and field.
struct RegisterImportPages {
    let importer: RegisterImport
    let renderer: Renderer

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.importCollaborations, use: show)
        router.post(.importCollaborations, use: upload)
    }

    func show(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: "samenwerkingen importeren")
        return renderer.render(ImportPage(csrf: context.session?.csrfToken ?? "", dryRun: true))
    }

    func upload(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: "samenwerkingen importeren")
        var request = request
        let form = try await request.form(context: context)
        let dryRun = form["proef"] != nil
        let csrf = context.session?.csrfToken ?? ""
        guard let file = context.upload?.files.first(where: { $0.name == "bestand" }), !file.data.isEmpty else {
            return renderer.render(ImportPage(csrf: csrf, dryRun: dryRun,
                problems: ["bestand: kies een CSV- of JSON-bestand om te importeren."]), status: .badRequest)
        }
        do {
            let entries = try RegisterFile.entries(file.data, filename: file.filename)
            let report = try await importer.run(entries, dryRun: dryRun, by: context.viewer)
            return renderer.render(ImportPage(csrf: csrf, dryRun: dryRun, filename: file.filename, report: report))
        } catch let failure as ValidationFailure {
            return renderer.render(ImportPage(csrf: csrf, dryRun: dryRun, filename: file.filename,
                                                                problems: failure.problems.map(\.message)), status: .badRequest)
        } catch let failure as RegisterImport.Failure {
            return renderer.render(ImportPage(csrf: csrf, dryRun: dryRun, filename: file.filename,
                                                                problems: failure.problems.map(\.message)), status: .badRequest)
        }
    }

}

struct ImportPage: Sendable {
    let shell = Shell(title: "Samenwerkingen importeren", section: .collaboration,
                      breadcrumbs: [Crumb(label: "Samenwerkingen", href: SiteRoute.collection(.collaboration))])
    let csrf: String
    let dryRun: Bool
    let filename: String?
    let summary: String?
    let created: String?
    let changed: String?
    let problems: [String]
    let hasProblems: Bool
    let mayImportNow: Bool

    init(csrf: String, dryRun: Bool, filename: String? = nil, report: RegisterImport.Report? = nil, problems: [String] = []) {
        self.csrf = csrf
        self.dryRun = dryRun
        self.filename = filename
        self.summary = report?.summary
        self.created = report.flatMap { $0.created.isEmpty ? nil : $0.created.joined(separator: ", ") }
        self.changed = report.flatMap { $0.changed.isEmpty ? nil : $0.changed.joined(separator: ", ") }
        self.problems = problems
        self.hasProblems = !problems.isEmpty
        self.mayImportNow = report?.dryRun == true
    }
}
