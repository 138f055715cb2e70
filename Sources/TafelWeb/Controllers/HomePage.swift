import Hummingbird
import TafelCore
import TafelStore

/// The overview of the province: counts, the municipalities, recent meetings and documents.
struct HomePage {
    let catalog: Catalogs
    let renderer: Renderer

    struct Count: Sendable {
        let label: String
        let value: Int
        let href: String
    }

    struct Municipality: Sendable {
        let name: String
        let href: String
        let cbsCode: String
        let inhabitants: String
    }

    struct Model: Sendable {
        let shell: Shell
        let provinceName: String
        let provinceHref: String?
        let counts: [Count]
        let municipalities: [Municipality]
        let municipalityCount: Int
        let inhabitantsTotal: String
        let meetings: [Item]
        let documents: [Item]
    }

    func addRoutes(to router: Router<AppContext>) {
        router.get("/", use: show)
    }

    func show(_ request: Request, context: AppContext) async throws -> Response {
        let overview = try await catalog(context).overview()
        let labels: [(RecordKind, String)] = [
            (.organisation, "organisaties"), (.person, "personen"), (.body, "gremia"), (.collaboration, "samenwerkingen"),
            (.meeting, "bijeenkomsten"), (.task, "opgaven"), (.document, "documenten"),
        ]
        let model = Model(
            shell: Shell(title: Shell.homeTitle, section: nil),
            provinceName: overview.province?.name ?? "De provincie",
            provinceHref: overview.province.flatMap { SitePath.record(.organisation, $0.id) },
            counts: labels.map { Count(label: $0.1, value: overview.counts[$0.0] ?? 0, href: SitePath.collection($0.0)) },
            municipalities: overview.municipalities.map {
                Municipality(name: $0.displayName, href: SitePath.record(.organisation, $0.id) ?? "",
                             cbsCode: $0.cbsCode ?? "", inhabitants: $0.inhabitants.map(Format.number) ?? "")
            },
            municipalityCount: overview.municipalities.count,
            inhabitantsTotal: Format.number(overview.municipalities.compactMap(\.inhabitants).reduce(0, +)),
            meetings: overview.recentMeetings.map {
                Item($0.name, href: SitePath.record(.meeting, $0.id), meta: [$0.date?.dutch, $0.kind.label].compactMap { $0 }.joined(separator: " · "))
            },
            documents: overview.recentDocuments.map {
                Item($0.title, href: SitePath.record(.document, $0.id), meta: [$0.date?.dutch, $0.kind.label].compactMap { $0 }.joined(separator: " · "))
            })
        return try renderer.render("home", model)
    }
}

/// The accessibility statement (Besluit digitale toegankelijkheid overheid).
struct AccessibilityPage {
    let renderer: Renderer

    struct Model: Sendable { let shell: Shell }

    func addRoutes(to router: Router<AppContext>) {
        router.get("/toegankelijkheid") { _, _ in
            try renderer.render("toegankelijkheid", Model(shell: Shell(title: "Toegankelijkheid", section: nil)))
        }
    }
}
