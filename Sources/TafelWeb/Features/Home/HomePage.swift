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
        let href: SiteRoute
    }

    struct Municipality: Sendable {
        let name: String
        let href: SiteRoute
        let cbsCode: String
        let inhabitants: String
    }

    struct Model: Sendable {
        let shell: Shell
        let provinceName: String
        let provinceHref: SiteRoute?
        let counts: [Count]
        let municipalities: [Municipality]
        let municipalityCount: Int
        let inhabitantsTotal: String
        let meetings: [Item]
        let documents: [Item]
    }

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.home, use: show)
    }

    func show(_ request: Request, context: AppContext) async throws -> Response {
        renderer.render(Model(try await catalog(context).overview()))
    }
}

extension HomePage.Model {
    /// The overview page, composed from the province's overview (no database, no request).
    init(_ overview: Overview) {
        let labels: [(RecordKind, String)] = [
            (.organisation, "organisaties"), (.person, "personen"), (.body, "gremia"), (.collaboration, "samenwerkingen"),
            (.meeting, "bijeenkomsten"), (.task, "opgaven"), (.document, "documenten"), (.commitment, "toezeggingen"),
            (.jointDecision, "gezamenlijke besluiten"), (.stance, "standpunten"),
        ]
        self.init(
            shell: Shell(title: Shell.homeTitle, section: nil),
            provinceName: overview.province?.name ?? "De provincie",
            provinceHref: overview.province.flatMap { SiteRoute.page(of: .organisation, $0.id) },
            counts: labels.map { HomePage.Count(label: $0.1, value: overview.counts[$0.0] ?? 0, href: SiteRoute.collection($0.0)) },
            municipalities: overview.municipalities.map {
                HomePage.Municipality(name: $0.displayName, href: .record(.organisation, $0.id),
                             cbsCode: $0.cbsCode ?? "", inhabitants: $0.inhabitants.map(Format.number) ?? "")
            },
            municipalityCount: overview.municipalities.count,
            inhabitantsTotal: Format.number(overview.municipalities.compactMap(\.inhabitants).reduce(0, +)),
            meetings: overview.recentMeetings.map {
                Item($0.name, href: SiteRoute.page(of: .meeting, $0.id), meta: [$0.date?.dutch, $0.kind.label].compactMap { $0 }.joined(separator: " · "))
            },
            documents: overview.recentDocuments.map {
                Item($0.title, href: SiteRoute.page(of: .document, $0.id), meta: [$0.date?.dutch, $0.kind.label].compactMap { $0 }.joined(separator: " · "))
            })
    }
}

/// The accessibility statement (Besluit digitale toegankelijkheid overheid).
struct AccessibilityPage {
    let renderer: Renderer

    struct Model: Sendable { let shell: Shell }

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.accessibility) { _, _ in
            renderer.render(Model(shell: Shell(title: "Toegankelijkheid", section: nil)))
        }
    }
}
