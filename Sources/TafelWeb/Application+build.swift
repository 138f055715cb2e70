import Foundation
import Hummingbird
import Logging
import OpenAPIHummingbird
import OpenAPIRuntime
import Prometheus
import TafelAPI
import TafelStore

/// Builds Tafel's web application on an opened, migrated database. The CLI, the tests
/// and the benchmarks all call this.
public func buildApplication(
    config: AppConfig, database: Database, logger: Logger,
    metrics: PrometheusCollectorRegistry = PrometheusCollectorRegistry()
) async throws -> some ApplicationProtocol {
    let router = try await buildRouter(config: config, database: database, metrics: metrics)
    return Application(
        router: router,
        configuration: .init(address: .hostname(config.host, port: config.port), serverName: "Tafel"),
        logger: logger)
}

func buildRouter(config: AppConfig, database: Database, metrics: PrometheusCollectorRegistry) async throws -> Router<AppContext> {
    let renderer = try await Renderer.load()
    let catalog = Catalogs(database: database)
    let accounts = Accounts(database: database)
    let sessions = Sessions(database: database)
    let tokens = APITokens(database: database)
    let router = Router(context: AppContext.self)

    router.add(middleware: LogRequestsMiddleware(.info))
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: SecurityHeadersMiddleware(servedOverTLS: config.servedOverTLS))
    router.add(middleware: APIHeadersMiddleware())
    router.add(middleware: AuthenticationMiddleware(sessions: sessions, tokens: tokens, notice: DatasetNotice(database: database)))
    router.add(middleware: PublicResponseCache(lifetime: config.publicCacheLifetime, database: database))
    router.add(middleware: ErrorMiddleware(renderer: renderer))
    router.add(middleware: RequestLimitsMiddleware())
    router.add(middleware: APIAcceptMiddleware())
    router.add(middleware: TrailingSlashMiddleware())
    router.add(middleware: CSRFMiddleware())
    if let publicFolder = Bundle.module.url(forResource: "Public", withExtension: nil) {
        router.add(middleware: FileMiddleware(publicFolder.path, urlBasePath: "/static"))
    }

    HomePage(catalog: catalog, renderer: renderer).addRoutes(to: router)
    AccessibilityPage(renderer: renderer).addRoutes(to: router)
    OrganisationPages(catalog: catalog, renderer: renderer).addRoutes(to: router)
    PersonPages(catalog: catalog, renderer: renderer).addRoutes(to: router)
    BodyPages(catalog: catalog, renderer: renderer).addRoutes(to: router)
    CollaborationPages(catalog: catalog, renderer: renderer).addRoutes(to: router)
    MeetingPages(catalog: catalog, renderer: renderer).addRoutes(to: router)
    TaskPages(catalog: catalog, renderer: renderer).addRoutes(to: router)
    DocumentEditPages(editor: DocumentEditor(database: database), renderer: renderer).addRoutes(to: router)
    CollaborationEditPages(editor: CollaborationEditor(database: database), catalog: catalog, renderer: renderer).addRoutes(to: router)
    RegisterImportPages(importer: RegisterImport(database: database), renderer: renderer).addRoutes(to: router)
    RegisterViewPages(catalog: catalog, renderer: renderer).addRoutes(to: router)
    DocumentPages(catalog: catalog, renderer: renderer).addRoutes(to: router)
    HistoryPages(catalog: catalog, database: database, renderer: renderer).addRoutes(to: router)
    SignInPages(accounts: accounts, sessions: sessions, tokens: tokens, throttle: SignInThrottle(database: database),
                renderer: renderer, servedOverTLS: config.servedOverTLS).addRoutes(to: router)
    OperationsRoutes(database: database, registry: metrics, metricsToken: config.metricsToken).addRoutes(to: router)

    try OpenAPIDocument.load().addRoutes(to: router)
    try APIImplementation(catalogs: catalog, database: database).registerHandlers(
        on: router, serverURL: URL(string: SitePath.apiBase)!,
        configuration: Configuration(jsonEncodingOptions: [.sortedKeys, .withoutEscapingSlashes]))
    return router
}
