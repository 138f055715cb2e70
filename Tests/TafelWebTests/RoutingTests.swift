import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SQLKit
import TafelCore
import TafelStore
import TafelTestSupport
@testable import TafelWeb
import Testing

/// The route type: every route, printed, is an address the application answers; every
/// typed query reads back as the value it was printed from.
@Suite("Routering")
struct RoutingTests {
    /// One address of each route: printed, requested as the account that may use it.
    struct Visit: Sendable {
        let route: SiteRoute
        let method: HTTPRequest.Method
        let account: SecuredApp.Account
        var api = false
    }

    static func sample(_ routeCase: SiteRoute.Case, ids: [RecordKind: String], tokenID: String) -> Visit {
        let collaboration = ids[.collaboration]!
        return switch routeCase {
        case .home: Visit(route: .home, method: .get, account: .anonymous)
        case .accessibility: Visit(route: .accessibility, method: .get, account: .anonymous)
        case .list: Visit(route: .list(.body, Catalog.ListQuery(search: try! SearchText.parse("overleg"), kind: "bestuurlijk_overleg")),
                          method: .get, account: .anonymous)
        case .record: Visit(route: .record(.person, ids[.person]!), method: .get, account: .anonymous)
        case .history: Visit(route: .history(.meeting, ids[.meeting]!), method: .get, account: .anonymous)
        case .register: Visit(route: .register(RegisterFilter(status: .actief, sort: .naamAflopend)), method: .get, account: .anonymous)
        case .registerCSV: Visit(route: .registerCSV(RegisterFilter(form: .convenant)), method: .get, account: .anonymous)
        case .registerJSON: Visit(route: .registerJSON(RegisterFilter(municipality: "GM0106")), method: .get, account: .anonymous)
        case .registerOverview: Visit(route: .registerOverview, method: .get, account: .anonymous)
        case .wgrRegister: Visit(route: .wgrRegister(municipality: "gemeente-assen"), method: .get, account: .anonymous)
        case .organisationCollaborations: Visit(route: .organisationCollaborations("gemeente-assen"), method: .get, account: .anonymous)
        case .meetingMonth: Visit(route: .meetingMonth(month: "2020-11", kind: "online_gesprek"), method: .get, account: .anonymous)
        case .meetingsCalendar: Visit(route: .meetingsCalendar, method: .get, account: .anonymous)
        case .bodyCalendar: Visit(route: .bodyCalendar("provinciale-staten-drenthe"), method: .get, account: .anonymous)
        case .personCalendar: Visit(route: .personCalendar("karel-loohuis"), method: .get, account: .anonymous)
        case .structure: Visit(route: .structure(organisation: "vdg"), method: .get, account: .anonymous)
        case .structureCheck: Visit(route: .structureCheck(date: "2020-11-13", body: "vdg-bestuur"), method: .get, account: .anonymous)
        case .meetingExport: Visit(route: .meetingExport(ids[.meeting]!, .ods), method: .get, account: .anonymous)
        case .bodyMeetingsExport: Visit(route: .bodyMeetingsExport("provinciale-staten-drenthe", .popolo), method: .get, account: .anonymous)
        case .asset: Visit(route: .asset(.printStylesheet), method: .get, account: .anonymous)
        case .newCollaboration: Visit(route: .newCollaboration, method: .get, account: .redacteur)
        case .editCollaboration: Visit(route: .editCollaboration(collaboration), method: .get, account: .redacteur)
        case .archiveCollaboration: Visit(route: .archiveCollaboration(collaboration), method: .post, account: .redacteur)
        case .restoreCollaboration: Visit(route: .restoreCollaboration(collaboration), method: .post, account: .redacteur)
        case .importCollaborations: Visit(route: .importCollaborations, method: .get, account: .redacteur)
        case .newDocument: Visit(route: .newDocument, method: .get, account: .redacteur)
        case .editDocument: Visit(route: .editDocument(ids[.document]!), method: .get, account: .beheerder)
        case .documentFile: Visit(route: .documentFile(ids[.document]!), method: .get, account: .anonymous)
        case .documentDiWoo: Visit(route: .documentDiWoo(ids[.document]!), method: .get, account: .anonymous)
        case .wooSitemap: Visit(route: .wooSitemap("sitemapindex-diwoo-infocat008.xml"), method: .get, account: .anonymous)
        case .robots: Visit(route: .robots, method: .get, account: .anonymous)
        case .passage: Visit(route: .passage(ids[.document]!, anchor: "passage-0123456789ab"), method: .get, account: .anonymous)
        case .newBody: Visit(route: .newBody, method: .get, account: .redacteur)
        case .editBody: Visit(route: .editBody("vdg-bestuur"), method: .get, account: .beheerder)
        case .editOrganisationMembers: Visit(route: .editOrganisationMembers("vdg"), method: .get, account: .beheerder)
        case .newProgramme: Visit(route: .newProgramme, method: .get, account: .redacteur)
        case .editProgramme: Visit(route: .editProgramme("vdg-programma-gezondheid-en-welzijn"), method: .get, account: .beheerder)
        case .newMeeting: Visit(route: .newMeeting, method: .get, account: .redacteur)
        case .editMeeting: Visit(route: .editMeeting(ids[.meeting]!), method: .get, account: .beheerder)
        case .commitments: Visit(route: .commitments(CommitmentFilter(status: .voldaan)), method: .get, account: .anonymous)
        case .commitmentsODS: Visit(route: .commitmentsODS(CommitmentFilter(status: .open)), method: .get, account: .anonymous)
        case .commitmentsCSV: Visit(route: .commitmentsCSV(CommitmentFilter(overdue: true)), method: .get, account: .anonymous)
        case .commitmentDeadlines: Visit(route: .commitmentDeadlines, method: .get, account: .anonymous)
        case .agendaRequests: Visit(route: .agendaRequests(AgendaRequestFilter(openQuestions: true)), method: .get, account: .anonymous)
        case .agendaRequestsODS: Visit(route: .agendaRequestsODS(AgendaRequestFilter(status: .ingediend)), method: .get, account: .anonymous)
        case .agendaRequestsCSV: Visit(route: .agendaRequestsCSV(AgendaRequestFilter(fraction: "pvda-statenfractie-drenthe")),
                                       method: .get, account: .anonymous)
        case .apiAgendaRequests: Visit(route: .apiAgendaRequests(AgendaRequestFilter(body: "statencommissie-cultuur-en-economie")),
                                       method: .get, account: .anonymous, api: true)
        case .newAgendaRequest: Visit(route: .newAgendaRequest, method: .get, account: .redacteur)
        case .policyProducts: Visit(route: .policyProducts(PolicyProductFilter(consequence: .afbouwen)), method: .get, account: .anonymous)
        case .newPolicyProduct: Visit(route: .newPolicyProduct, method: .get, account: .redacteur)
        case .editPolicyProduct: Visit(route: .editPolicyProduct("beleidsproduct-mijn-jeugd"), method: .get, account: .beheerder)
        case .apiPolicyProducts: Visit(route: .apiPolicyProducts(PolicyProductFilter(role: .stimuleren)), method: .get, account: .anonymous,
                                       api: true)
        case .jointDecisions: Visit(route: .jointDecisions(JointDecisionFilter(organisation: "gemeente-assen", status: .vastgesteld)), method: .get,
                                    account: .anonymous)
        case .newJointDecision: Visit(route: .newJointDecision, method: .get, account: .redacteur)
        case .editJointDecision: Visit(route: .editJointDecision("besluit-instemming-ibp-2018"), method: .get, account: .beheerder)
        case .apiJointDecisions: Visit(route: .apiJointDecisions(JointDecisionFilter(status: .vastgesteld)), method: .get, account: .anonymous,
                                       api: true)
        case .representation: Visit(route: .representation, method: .get, account: .anonymous)
        case .insight: Visit(route: .insight(province: "provincie-drenthe", date: "2020-11-13", measure: "congruentie"), method: .get, account: .anonymous)
        case .insightMunicipality: Visit(route: .insightMunicipality("gemeente-assen", date: "2020-11-13"), method: .get, account: .anonymous)
        case .insightCSV: Visit(route: .insightCSV(province: "provincie-drenthe"), method: .get, account: .anonymous)
        case .insightNetwork: Visit(route: .insightNetwork(province: "provincie-drenthe", date: "2020-11-13"), method: .get, account: .anonymous)
        case .insightNetworkCSV: Visit(route: .insightNetworkCSV(province: "provincie-drenthe"), method: .get, account: .anonymous)
        case .insightTasksCSV: Visit(route: .insightTasksCSV(date: "2021-06-01"), method: .get, account: .anonymous)
        case .insightTasks: Visit(route: .insightTasks(province: "provincie-drenthe", date: "2021-06-01"), method: .get, account: .anonymous)
        case .stances: Visit(route: .stances(StanceFilter(addressee: .rijk, onLobbyAgenda: false)), method: .get, account: .anonymous)
        case .newStance: Visit(route: .newStance, method: .get, account: .redacteur)
        case .editStance: Visit(route: .editStance("standpunt-2020-lange-adem-in-regeerakkoord"), method: .get, account: .beheerder)
        case .apiStances: Visit(route: .apiStances(StanceFilter(status: .ingebracht)), method: .get, account: .anonymous, api: true)
        case .search: Visit(route: .search(SiteSearch(search: try! SearchText.parse("samenwerking"), collection: .collaboration)), method: .get,
                            account: .anonymous)
        case .apiInsightMunicipality: Visit(route: .apiInsightMunicipality("gemeente-assen"), method: .get, account: .anonymous, api: true)
        case .apiSearch: Visit(route: .apiSearch(SiteSearch(search: try! SearchText.parse("\"sociaal domein\""), year: 2010)), method: .get,
                               account: .anonymous, api: true)
        case .newCollaborationFromDecision: Visit(route: .newCollaborationFromDecision("besluit-werkagenda-zorg-2016"), method: .get,
                                                  account: .redacteur)
        case .editAgendaRequest: Visit(route: .editAgendaRequest("agenderingsverzoek-2012-pvda-samenwerking-sociaal-domein"), method: .get,
                                       account: .beheerder)
        case .apiCommitments: Visit(route: .apiCommitments(CommitmentFilter(overdue: true)), method: .get, account: .anonymous)
        case .newCommitment: Visit(route: .newCommitment, method: .get, account: .redacteur)
        case .editCommitment: Visit(route: .editCommitment("toezegging-2009-12-16-uitwerking-sociaal-domein"), method: .get, account: .beheerder)
        case .deleteRecord: Visit(route: .deleteRecord(.programme, "vdg-programma-gezondheid-en-welzijn"), method: .get, account: .beheerder)
        case .meetingPreparation: Visit(route: .meetingPreparation(ids[.meeting]!), method: .get, account: .beheerder)
        case .carryOverAction: Visit(route: .carryOverAction(ids[.meeting]!), method: .post, account: .beheerder)
        case .documentRecognition: Visit(route: .documentRecognition(ids[.document]!), method: .get, account: .beheerder)
        case .acceptFinding: Visit(route: .acceptFinding(ids[.document]!), method: .post, account: .beheerder)
        case .signIn: Visit(route: .signIn(back: "/gremia"), method: .get, account: .anonymous)
        case .signOut: Visit(route: .signOut, method: .post, account: .lidLezer)
        case .account: Visit(route: .account, method: .get, account: .lezer)
        case .accountTokens: Visit(route: .accountTokens, method: .post, account: .lezer)
        case .revokeToken: Visit(route: .revokeToken(tokenID), method: .post, account: .beheerder)
        case .health: Visit(route: .health, method: .get, account: .anonymous)
        case .readiness: Visit(route: .readiness, method: .get, account: .anonymous)
        case .metrics: Visit(route: .metrics, method: .get, account: .anonymous)
        case .apiContract: Visit(route: .apiContract, method: .get, account: .anonymous, api: true)
        case .apiList: Visit(route: .apiList(.organisation, Catalog.ListQuery(page: PageRequest(page: 2, size: 5), kind: "gemeente")),
                             method: .get, account: .anonymous, api: true)
        case .apiRegister: Visit(route: .apiRegister(RegisterFilter(status: .actief, page: PageRequest(size: 3))),
                                 method: .get, account: .anonymous, api: true)
        case .apiRecord: Visit(route: .apiRecord(.task, ids[.task]!), method: .get, account: .anonymous, api: true)
        }
    }

    @Test("every route, printed, is answered (not 404) on both databases", arguments: TestDatabase.backends)
    func everyRouteAnswers(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            var ids: [RecordKind: String] = [:]
            for (kind, table) in [(RecordKind.person, "persons"), (.meeting, "meetings"), (.collaboration, "collaborations"),
                                  (.document, "documents"), (.task, "tasks")] {
                ids[kind] = try await app.database.sql.raw("SELECT id FROM \(ident: table) WHERE confidentiality = 'openbaar' ORDER BY id LIMIT 1")
                    .first(decodingColumn: "id", as: String.self)
            }
            // The sample document gets an original, for its download route.
            let document = try #require(ids[.document])
            let editor = DocumentEditor(database: app.database)
            let beheerder = Viewer(user: try #require(try await Accounts(database: app.database).user(email: "beheerder@test.example")))
            let stored = try #require(try await editor.current(id: document, for: beheerder))
            let original = Upload(filename: "origineel.txt", data: Data(stored.draft.fullText.utf8))
            try await editor.update(id: document, stored.draft, file: ReadFile(upload: original, format: .text, text: stored.draft.fullText),
                                    expectedVersion: stored.version, by: beheerder)
            let tokens = APITokens(database: app.database)
            let adminToken = try #require(app.credentials[.beheerder]?.token)
            let admin = try #require(try await tokens.user(for: adminToken))
            let tokenID = try await tokens.create(userID: admin.id, name: "in te trekken").token.id
            for routeCase in SiteRoute.Case.allCases {
                let visit = Self.sample(routeCase, ids: ids, tokenID: tokenID)
                #expect(visit.route.routeCase == routeCase)
                var headers = app.headers(visit.account, api: visit.api, form: visit.method == .post)
                if visit.route == .metrics { headers[.authorization] = "Bearer \(DemoApp.metricsToken)" }
                let body = visit.method == .post ? app.form(visit.account, [("versie", "1"), ("naam", "routetest")]) : nil
                // A browser never sends the fragment (`#passage-…`).
                let uri = String(visit.route.href.prefix { $0 != "#" })
                let response = try await client.execute(uri: uri, method: visit.method, headers: headers, body: body)
                #expect(response.status != .notFound, "\(routeCase): \(visit.method) \(visit.route.href)")
                #expect(response.status.code < 500, "\(routeCase): \(visit.method) \(visit.route.href) answered \(response.status)")
                if visit.method == .get {
                    #expect(response.status == .ok, "\(routeCase): GET \(visit.route.href) answered \(response.status)")
                }
            }
        }
    }

    static let filters: [RegisterFilter] = [
        RegisterFilter(),
        RegisterFilter(municipality: "GM0106", task: "energietransitie", form: .convenant, status: .actief, provinceRole: .financier,
                       domain: "energie & klimaat", from: PartialDate(iso: "2012"), until: PartialDate(iso: "2026-03-01"),
                       search: try! SearchText.parse("a=b&c?d#e+f ’t"), archived: .alle, sort: .startdatumAflopend,
                       page: PageRequest(page: 3, size: 50)),
        RegisterFilter(municipality: "gemeente-assen", archived: .ja, sort: .gewijzigd, page: PageRequest(page: 2)),
    ]

    @Test("a register filter reads back as it was printed", arguments: filters)
    func registerFilterRoundTrip(filter: RegisterFilter) throws {
        for route in [SiteRoute.register(filter), .apiRegister(filter)] {
            let query = try #require(URLComponents(string: route.href)).queryItems ?? []
            let values = Dictionary(query.map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { first, _ in first })
            #expect(try RegisterFilter.parse { values[$0] } == filter, "\(route.href)")
        }
    }

    static let searches: [SiteSearch] = [
        SiteSearch(),
        SiteSearch(search: try! SearchText.parse("\"sociaal domein\" OR jeugd* -verslag & 100%"), collection: .document, sort: "statenbrief",
                   organisation: "gemeente-assen", year: 2010, page: PageRequest(page: 3, size: 50)),
    ]

    @Test("a search reads back as it was printed", arguments: searches)
    func searchRoundTrip(search: SiteSearch) throws {
        for route in [SiteRoute.search(search), .apiSearch(search)] {
            let items = try #require(URLComponents(string: route.href)).queryItems ?? []
            let values = Dictionary(items.map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { first, _ in first })
            #expect(try SiteSearch.parse { values[$0] } == search, "\(route.href)")
        }
    }

    static let listQueries: [Catalog.ListQuery] = [
        Catalog.ListQuery(),
        Catalog.ListQuery(page: PageRequest(page: 4, size: 7), search: try! SearchText.parse("Gebiedsgericht & ‘samen’ 100%"), kind: "gemeente"),
        Catalog.ListQuery(agenda: "ibp-drenthe"),
        Catalog.ListQuery(body: "vdg-bestuur", organisation: "vdg", from: PartialDate(iso: "2018-02"), until: PartialDate(iso: "2020-11-13")),
    ]

    @Test("a list query reads back as it was printed", arguments: listQueries)
    func listQueryRoundTrip(query: Catalog.ListQuery) throws {
        for route in [SiteRoute.list(.organisation, query), .apiList(.task, query)] {
            let items = try #require(URLComponents(string: route.href)).queryItems ?? []
            let values = Dictionary(items.map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { first, _ in first })
            #expect(try Catalog.ListQuery.parse({ values[$0] }, kinds: OrganisationKind.self, filters: [.agenda, .meetings]) == query, "\(route.href)")
        }
    }

    @Test("a query value is encoded byte for byte as Foundation encodes it, and reads back",
          arguments: ["", "actief", "a b", "x&y=z+w?#q", "50%", "kenniscafé", "Zuidoost-Drenthe (ZOD)", "€ 1.000,–", "é\u{301}", "naam/aflopend",
                      "!$'()*,;:@~._-", "\"<>\\^`{|}[]", "tab\tnieuw\nregel", "日本"])
    func queryValueEncoding(value: String) throws {
        let foundation = value.addingPercentEncoding(
            withAllowedCharacters: CharacterSet.urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+?#")))
        #expect(QueryString.encode(value) == foundation)
        let printed = QueryString.print([("q", value), ("status", "actief")])
        let items = try #require(URLComponents(string: "/x" + printed)).queryItems ?? []
        #expect(items.first?.value == value)
    }

    @Test("a route with an id registers as the pattern the router reads")
    func registeredPatterns() {
        #expect(SiteRoute.record(.body, .routeID).path == "/gremia/:id")
        #expect(SiteRoute.history(.collaboration, .routeID).path == "/samenwerkingen/:id/geschiedenis")
        #expect(SiteRoute.page(of: Reference(kind: .taskAgenda, id: "ibp", name: ""))?.href == "/opgaven?agenda=ibp")
        #expect(SiteRoute.page(of: Reference(kind: .membership, id: "x", name: "")) == nil)
    }

    @Test("no view writes an address and no handler is registered with a path of its own")
    func noLiteralAddresses() throws {
        let web = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/TafelWeb").standardizedFileURL
        let files = try #require(FileManager.default.enumerator(at: web, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        #expect(files.count > 20, "the sources of TafelWeb are at \(web.path)")
        let forbidden = [#"href=\""#, #"href="/"#, #"action=\""#, #"action="/"#, #"RouterPath(""#,
                         #".get(""#, #".post(""#, #".put(""#, #".delete(""#]
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for pattern in forbidden {
                for line in text.split(separator: "\n") where line.contains(pattern) {
                    // An address is interpolated (`href=\"\(route)\"`), never spelt; `#…` anchors are in-page.
                    let rest = line.components(separatedBy: pattern).dropFirst()
                    let literal = rest.contains { !$0.hasPrefix("\\(") && !$0.hasPrefix("#") }
                    #expect(!literal, "\(file.lastPathComponent): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
    }
}
