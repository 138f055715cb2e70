import Foundation
import HTTPTypes
import Hummingbird
import Logging
import OpenAPIHummingbird
import OpenAPIRuntime
import Prometheus
import TafelAPI
import TafelCore
import TafelStore

/// Builds Tafel's web application on an opened, migrated database. The CLI, the tests
/// and the benchmarks all call this. `onServerRunning` runs once the server listens.
public func buildApplication(
    config: AppConfig, database: Database, logger: Logger,
    metrics: PrometheusCollectorRegistry = PrometheusCollectorRegistry(),
    onServerRunning: @escaping @Sendable () async -> Void = {}
) async throws -> some ApplicationProtocol {
    let router = try await buildRouter(config: config, database: database, metrics: metrics)
    return Application(
        router: router,
        configuration: .init(address: .hostname(config.host, port: config.port), serverName: "Tafel"),
        onServerRunning: { _ in await onServerRunning() },
        logger: logger)
}

/// Two router groups with their own middleware: the pages (a session, CSRF, HTML errors)
/// and the API (bearer tokens, API headers and limits, problem+json). Each group answers
/// its own unknown addresses, so a request's half is settled by the router, not by a
/// middleware looking at its path. `/healthz`, `/readyz` and `/metrics` belong to neither.
func buildRouter(config: AppConfig, database: Database, metrics: PrometheusCollectorRegistry) async throws -> Router<AppContext> {
    let renderer = Renderer()
    let catalog = Catalogs(database: database)
    let accounts = Accounts(database: database)
    let sessions = Sessions(database: database)
    let tokens = APITokens(database: database)
    let cache = PublicResponseCache(lifetime: config.publicCacheLifetime, database: database)
    // HEAD wherever GET answers (uptime monitors and link checkers ask it): the GET handler, without its body.
    let router = Router(context: AppContext.self, options: .autoGenerateHeadEndpoints)

    router.add(middleware: LogRequestsMiddleware(.info))
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: SecurityHeadersMiddleware(servedOverTLS: config.servedOverTLS))
    // What neither group answers (a static file that is not there): an HTML page.
    router.add(middleware: ErrorMiddleware(surface: .pages(renderer)))
    // The stylesheets: FileMiddleware serves a file where the route below finds nothing.
    let assets = router.group(RouterPath(SiteRoute.assetBase)).add(middleware: PathRulesMiddleware())
    if let publicFolder = Bundle.module.url(forResource: "Public", withExtension: nil) {
        assets.add(middleware: FileMiddleware(publicFolder.path, urlBasePath: SiteRoute.assetBase))
    }
    assets.get(RouterPath(SiteRoute.restOfPath)) { _, _ -> Response in throw HTTPError(.notFound) }
    OperationsRoutes(database: database, registry: metrics, metricsToken: config.metricsToken).addRoutes(to: router)

    let pages = router.group()
        .add(middleware: PageAuthenticationMiddleware(sessions: sessions, tokens: tokens, notice: DatasetNotice(database: database)))
        .add(middleware: cache)
        .add(middleware: ErrorMiddleware(surface: .pages(renderer)))
        .add(middleware: PathRulesMiddleware())
        .add(middleware: CSRFMiddleware())
    HomePage(catalog: catalog, renderer: renderer).addRoutes(to: pages)
    AccessibilityPage(renderer: renderer).addRoutes(to: pages)
    OrganisationPages(catalog: catalog, renderer: renderer).addRoutes(to: pages)
    PersonPages(catalog: catalog, renderer: renderer).addRoutes(to: pages)
    BodyPages(catalog: catalog, renderer: renderer).addRoutes(to: pages)
    StructurePages(catalog: catalog, renderer: renderer, rules: try config.structureRules ?? StructureRuleSet.drenthe()).addRoutes(to: pages)
    CollaborationPages(catalog: catalog, renderer: renderer).addRoutes(to: pages)
    MeetingPages(catalog: catalog, renderer: renderer).addRoutes(to: pages)
    MeetingCalendarPages(catalog: catalog, publicURL: config.publicURL).addRoutes(to: pages)
    MeetingExportPages(catalog: catalog).addRoutes(to: pages)
    TaskPages(catalog: catalog, renderer: renderer).addRoutes(to: pages)
    ProgrammePages(catalog: catalog, renderer: renderer).addRoutes(to: pages)
    CommitmentPages(catalog: catalog, renderer: renderer, publicURL: config.publicURL).addRoutes(to: pages)
    AgendaRequestPages(catalog: catalog, renderer: renderer).addRoutes(to: pages)
    PolicyProductPages(catalog: catalog, renderer: renderer).addRoutes(to: pages)
    JointDecisionPages(catalog: catalog, renderer: renderer).addRoutes(to: pages)
    StancePages(catalog: catalog, renderer: renderer).addRoutes(to: pages)
    SearchPages(catalog: catalog, renderer: renderer).addRoutes(to: pages)
    WooPages(catalog: catalog, publicURL: config.publicURL, publisher: config.wooPublisher).addRoutes(to: pages)
    RepresentationPage.addRoutes(to: pages, catalog: catalog, renderer: renderer)
    InsightPages(catalog: catalog, renderer: renderer).addRoutes(to: pages)
    DocumentEditPages(editor: DocumentEditor(database: database), catalog: catalog, extractor: TextExtractor(),
                      renderer: renderer).addRoutes(to: pages)
    CollaborationEditPages(editor: CollaborationEditor(database: database), catalog: catalog, renderer: renderer).addRoutes(to: pages)
    MeetingEditPages(editor: MeetingEditor(database: database), catalog: catalog, renderer: renderer).addRoutes(to: pages)
    BodyEditPages(editor: BodyEditor(database: database), catalog: catalog, renderer: renderer).addRoutes(to: pages)
    OrganisationMembersPages(editor: OrganisationMembersEditor(database: database), catalog: catalog, renderer: renderer).addRoutes(to: pages)
    ProgrammeEditPages(editor: ProgrammeEditor(database: database), catalog: catalog, renderer: renderer).addRoutes(to: pages)
    CommitmentEditPages(editor: CommitmentEditor(database: database), catalog: catalog, renderer: renderer).addRoutes(to: pages)
    AgendaRequestEditPages(editor: AgendaRequestEditor(database: database), catalog: catalog, renderer: renderer).addRoutes(to: pages)
    DraftEditPages.policyProducts(database: database, catalog: catalog, renderer: renderer).addRoutes(to: pages)
    DraftEditPages.jointDecisions(database: database, catalog: catalog, renderer: renderer).addRoutes(to: pages)
    DraftEditPages.stances(database: database, catalog: catalog, renderer: renderer).addRoutes(to: pages)
    DeletionPages(remover: RecordRemover(database: database), catalog: catalog, renderer: renderer).addRoutes(to: pages)
    RegisterImportPages(importer: RegisterImport(database: database), renderer: renderer).addRoutes(to: pages)
    RegisterViewPages(catalog: catalog, renderer: renderer).addRoutes(to: pages)
    DocumentPages(catalog: catalog, renderer: renderer).addRoutes(to: pages)
    DocumentRecognitionPages(catalog: catalog, citations: SourceCitations(database: database),
                             commitments: CommitmentEditor(database: database), renderer: renderer).addRoutes(to: pages)
    HistoryPages(catalog: catalog, database: database, renderer: renderer).addRoutes(to: pages)
    SignInPages(accounts: accounts, sessions: sessions, tokens: tokens, throttle: SignInThrottle(database: database),
                renderer: renderer, servedOverTLS: config.servedOverTLS).addRoutes(to: pages)
    NotFound.addRoutes(to: pages, under: SiteRoute.home.path)

    let api = router.group()
        .add(middleware: APIHeadersMiddleware())
        .add(middleware: APIAuthenticationMiddleware(tokens: tokens))
        .add(middleware: cache)
        .add(middleware: ErrorMiddleware(surface: .api))
        .add(middleware: PathRulesMiddleware())
        .add(middleware: APIRequestLimitsMiddleware())
        .add(middleware: APIAcceptMiddleware())
    try OpenAPIDocument.load().addRoutes(to: api)
    try APIImplementation(catalogs: catalog, database: database).registerHandlers(
        on: api, serverURL: URL(string: SiteRoute.apiBase)!,
        configuration: Configuration(jsonEncodingOptions: [.sortedKeys, .withoutEscapingSlashes]))
    NotFound.addRoutes(to: api, under: SiteRoute.apiRoot)
    return router
}

/// A group's answer for an address it does not have, given with the group's own middleware
/// (so an unknown API address gets problem+json, an unknown page the HTML page).
enum NotFound {
    static func addRoutes(to group: RouterGroup<AppContext>, under base: String) {
        let pattern = RouterPath(base == "/" ? "/" + SiteRoute.restOfPath : base + "/" + SiteRoute.restOfPath)
        for method in [HTTPRequest.Method.get, .post, .put, .patch, .delete] {
            group.on(pattern, method: method) { _, _ -> Response in throw HTTPError(.notFound) }
        }
    }
}
