import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import TafelCore
import TafelStore
import TafelTestSupport
@testable import TafelWeb
import Testing

@Suite("Access")
struct AccessTests {
    typealias Account = SecuredApp.Account

    // MARK: - Role × route matrix

    struct Route: Sendable, CustomTestStringConvertible {
        let name: String
        let expected: [Account: Int]
        let call: @Sendable (SecuredApp, Account, any TestClientProtocol) async throws -> TestResponse
        var testDescription: String { name }
    }

    static func expect(_ anonymous: Int, lezer: Int, lidLezer: Int? = nil, redacteur: Int, scoped: Int, beheerder: Int) -> [Account: Int] {
        [.anonymous: anonymous, .lezer: lezer, .lidLezer: lidLezer ?? lezer, .redacteur: redacteur,
         .scopedRedacteur: scoped, .beheerder: beheerder]
    }

    static let documentJSON = #"{"titel":"Via de API","soort":"brief","vertrouwelijkheid":"openbaar","toegang":[{"soort":"organisatie","id":"gemeente-assen"}]}"#
    static let documentJSONWithoutScope = #"{"titel":"Via de API zonder toegang","soort":"brief"}"#

    static let routes: [Route] = [
        Route(name: "GET /account", expected: expect(303, lezer: 200, redacteur: 200, scoped: 200, beheerder: 200)) { app, who, client in
            try await client.execute(uri: "/account", method: .get, headers: app.headers(who), body: nil)
        },
        Route(name: "GET /documenten/nieuw", expected: expect(303, lezer: 403, redacteur: 200, scoped: 200, beheerder: 200)) { app, who, client in
            try await client.execute(uri: "/documenten/nieuw", method: .get, headers: app.headers(who), body: nil)
        },
        Route(name: "POST /documenten", expected: expect(303, lezer: 403, redacteur: 303, scoped: 303, beheerder: 303)) { app, who, client in
            try await client.execute(uri: "/documenten", method: .post, headers: app.headers(who, form: true),
                                     body: app.form(who, [("titel", "Nieuw via formulier"), ("soort", "brief"),
                                                          ("vertrouwelijkheid", "openbaar"), ("toegang", "organisatie:gemeente-assen")]))
        },
        Route(name: "GET bewerken, own scope", expected: expect(303, lezer: 403, redacteur: 200, scoped: 200, beheerder: 200)) { app, who, client in
            try await client.execute(uri: "/documenten/\(app.ownDocumentID)/bewerken", method: .get, headers: app.headers(who), body: nil)
        },
        Route(name: "POST bewerken, own scope", expected: expect(303, lezer: 403, redacteur: 303, scoped: 303, beheerder: 303)) { app, who, client in
            try await client.execute(uri: "/documenten/\(app.ownDocumentID)/bewerken", method: .post, headers: app.headers(who, form: true),
                                     body: app.form(who, [("titel", "Gewijzigd door \(who.rawValue)"), ("soort", "notulen"),
                                                          ("toegang", "organisatie:gemeente-assen"),
                                                          ("versie", String(try await app.version(.document, app.ownDocumentID)))]))
        },
        Route(name: "POST bewerken, out of scope", expected: expect(303, lezer: 403, redacteur: 303, scoped: 403, beheerder: 303)) { app, who, client in
            try await client.execute(uri: "/documenten/\(app.otherDocumentID)/bewerken", method: .post, headers: app.headers(who, form: true),
                                     body: app.form(who, [("titel", "Gewijzigd door \(who.rawValue)"), ("soort", "brief"),
                                                          ("versie", String(try await app.version(.document, app.otherDocumentID)))]))
        },
        Route(name: "GET intern document", expected: expect(404, lezer: 200, redacteur: 200, scoped: 200, beheerder: 200)) { app, who, client in
            try await client.execute(uri: "/documenten/\(app.internalDocumentID)", method: .get, headers: app.headers(who), body: nil)
        },
        Route(name: "GET vertrouwelijk document", expected: expect(404, lezer: 404, lidLezer: 200, redacteur: 404, scoped: 200, beheerder: 200)) { app, who, client in
            try await client.execute(uri: "/documenten/\(app.confidentialDocumentID)", method: .get, headers: app.headers(who), body: nil)
        },
        Route(name: "GET geschiedenis vertrouwelijk", expected: expect(404, lezer: 404, lidLezer: 200, redacteur: 404, scoped: 200, beheerder: 200)) { app, who, client in
            try await client.execute(uri: "/documenten/\(app.confidentialDocumentID)/geschiedenis", method: .get, headers: app.headers(who), body: nil)
        },
        Route(name: "API POST documenten", expected: expect(401, lezer: 403, redacteur: 201, scoped: 201, beheerder: 201)) { app, who, client in
            try await client.execute(uri: "/api/v1/documenten", method: .post, headers: app.headers(who, api: true),
                                     body: ByteBuffer(string: documentJSON))
        },
        Route(name: "API POST documenten without own scope", expected: expect(401, lezer: 403, redacteur: 201, scoped: 403, beheerder: 201)) { app, who, client in
            try await client.execute(uri: "/api/v1/documenten", method: .post, headers: app.headers(who, api: true),
                                     body: ByteBuffer(string: documentJSONWithoutScope))
        },
        Route(name: "API PUT document out of scope", expected: expect(401, lezer: 403, redacteur: 200, scoped: 403, beheerder: 200)) { app, who, client in
            var headers = app.headers(who, api: true)
            headers[.ifMatch] = "\"\(try await app.version(.document, app.otherDocumentID))\""
            return try await client.execute(uri: "/api/v1/documenten/\(app.otherDocumentID)", method: .put, headers: headers,
                                            body: ByteBuffer(string: #"{"titel":"Via PUT","soort":"brief"}"#))
        },
        Route(name: "API historie intern", expected: expect(404, lezer: 200, redacteur: 200, scoped: 200, beheerder: 200)) { app, who, client in
            try await client.execute(uri: "/api/v1/documenten/\(app.internalDocumentID)/historie", method: .get, headers: app.headers(who, api: true), body: nil)
        },
    ]

    @Test("every route answers each role as it should", arguments: TestDatabase.backends, routes)
    func matrix(backend: Database.Backend, route: Route) async throws {
        try await SecuredApp.with(backend) { app, client in
            for account in Account.allCases {
                let response = try await route.call(app, account, client)
                #expect(response.status.code == route.expected[account], "\(account.rawValue): \(response.text.prefix(300))")
                if account == .anonymous, response.status == .seeOther, !route.name.hasPrefix("API") {
                    #expect(response.headers[.location]?.hasPrefix("/inloggen") == true)
                }
            }
        }
    }

    @Test("API writes: 201 with Location and ETag, If-Match guards against a stale write, history records both", arguments: TestDatabase.backends)
    func apiWrites(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let created = try await client.execute(uri: "/api/v1/documenten", method: .post, headers: app.headers(.redacteur, api: true),
                                                   body: ByteBuffer(string: Self.documentJSON))
            #expect(created.status == .created)
            let location = try #require(created.headers[.location])
            #expect(location.hasPrefix("/api/v1/documenten/via-de-api-"))
            #expect(created.headers[.eTag] == "\"1\"")
            var headers = app.headers(.redacteur, api: true)
            headers[.ifMatch] = "\"1\""
            let updated = try await client.execute(uri: location, method: .put, headers: headers,
                                                   body: ByteBuffer(string: #"{"titel":"Via de API, herzien","soort":"brief","toegang":[{"soort":"organisatie","id":"gemeente-assen"}]}"#))
            #expect(updated.status == .ok)
            #expect(updated.headers[.eTag] == "\"2\"")
            let stale = try await client.execute(uri: location, method: .put, headers: headers,
                                                 body: ByteBuffer(string: #"{"titel":"Overschrijven?","soort":"brief"}"#))
            #expect(stale.status == .preconditionFailed)
            #expect(stale.text.contains("Versieconflict"))
            let invalid = try await client.execute(uri: "/api/v1/documenten", method: .post, headers: app.headers(.redacteur, api: true),
                                                   body: ByteBuffer(string: #"{"titel":"","soort":"onzin","datum":"2026-13-01"}"#))
            #expect(invalid.status == .badRequest)
            for field in ["titel", "soort", "datum"] { #expect(invalid.text.contains("\"name\" : \"\(field)\"") || invalid.text.contains("\"name\":\"\(field)\""), "\(field)") }
            let history = try await client.execute(uri: location + "/historie", method: .get, headers: app.headers(.redacteur, api: true), body: nil)
            #expect(history.text.contains("Via de API, herzien") && history.text.contains("aangemaakt") && history.text.contains("gewijzigd"))
            let cookieOnly = try await client.execute(uri: "/api/v1/documenten", method: .post,
                                                      headers: [.cookie: app.credentials[.redacteur]!.cookie!, .contentType: "application/json"],
                                                      body: ByteBuffer(string: Self.documentJSON))
            #expect(cookieOnly.status == .unauthorized, "the API does not take the session cookie")
        }
    }

    @Test("editors find the way to add and edit a document; others do not see it", arguments: TestDatabase.backends)
    func editLinks(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            for (account, mayEdit) in [(Account.anonymous, false), (.lezer, false), (.redacteur, true), (.beheerder, true)] {
                let list = try await client.execute(uri: "/documenten", method: .get, headers: app.headers(account), body: nil)
                #expect(list.text.contains("href=\"/documenten/nieuw\"") == mayEdit, "\(account.rawValue)")
                let page = try await client.execute(uri: "/documenten/\(app.ownDocumentID)", method: .get, headers: app.headers(account), body: nil)
                #expect(page.text.contains("/documenten/\(app.ownDocumentID)/bewerken") == mayEdit, "\(account.rawValue)")
                #expect(page.text.contains("/documenten/\(app.ownDocumentID)/geschiedenis"))
            }
        }
    }

    // MARK: - Canary

    @Test("the public never sees an internal or confidential token, anywhere it can go", arguments: TestDatabase.backends)
    func canary(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let seen = try await Self.crawl(client, headers: [:])
            #expect(seen.pages > 100, "the crawl reached too little to mean anything: \(seen.pages)")
            for (path, body) in seen.bodies {
                #expect(!body.contains(app.internalToken), "intern token on \(path)")
                #expect(!body.contains(app.confidentialToken), "vertrouwelijk token on \(path)")
            }
            // Searching for the tokens finds nothing and counts nothing.
            for kind in RecordKind.allCases where kind.isPublished {
                for token in [app.internalToken, app.confidentialToken] {
                    let page = try await client.execute(uri: "/\(kind.collection)?q=\(token)", method: .get, headers: [:], body: nil)
                    #expect(page.text.contains(">0 "), "\(kind.collection) counts a hidden record")
                    let api = try await client.execute(uri: "/api/v1/\(kind.collection)?q=\(token)", method: .get, headers: [:], body: nil)
                    #expect(Self.total(api.text) == 0, "\(kind.collection) API counts a hidden record")
                }
            }
            // Nor does the search over everything: no hit, no count, no facet.
            for token in [app.internalToken, app.confidentialToken] {
                let page = try await client.execute(uri: SiteRoute.search(SiteSearch(search: try SearchText.parse(token))).href, method: .get, headers: [:], body: nil)
                #expect(page.status == .ok && page.text.contains(">0 resultaten<"), "/zoeken counts a hidden record")
                #expect(!page.text.contains("class=\"search-result\""), "/zoeken shows a hit of a hidden record")
                let api = try await client.execute(uri: SiteRoute.apiSearch(SiteSearch(search: try SearchText.parse(token))).href, method: .get, headers: [:], body: nil)
                #expect(Self.total(api.text) == 0 && !api.text.contains("\"aantal\""), "/api/v1/zoeken counts a hidden record")
            }
        }
    }

    @Test("a signed-in reader sees intern, and vertrouwelijk only through membership", arguments: TestDatabase.backends)
    func readers(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let plain = try await client.execute(uri: "/organisaties/gemeente-assen", method: .get, headers: app.headers(.lezer), body: nil)
            #expect(plain.text.contains(app.internalToken))
            #expect(!plain.text.contains(app.confidentialToken))
            let member = try await client.execute(uri: "/organisaties/gemeente-assen", method: .get, headers: app.headers(.lidLezer), body: nil)
            #expect(member.text.contains(app.confidentialToken))
            let api = try await client.execute(uri: "/api/v1/samenwerkingen?q=\(app.confidentialToken)", method: .get,
                                               headers: app.headers(.lidLezer, api: true), body: nil)
            #expect(Self.total(api.text) == 1)
            let search = try await client.execute(uri: SiteRoute.apiSearch(SiteSearch(search: try SearchText.parse(app.confidentialToken))).href,
                                                  method: .get, headers: app.headers(.lidLezer, api: true), body: nil)
            #expect((Self.total(search.text) ?? 0) > 0, "a member finds what it may see")
            let plainSearch = try await client.execute(uri: SiteRoute.apiSearch(SiteSearch(search: try SearchText.parse(app.confidentialToken))).href,
                                                       method: .get, headers: app.headers(.lezer, api: true), body: nil)
            #expect(Self.total(plainSearch.text) == 0)
        }
    }

    /// Follows every same-site link from the home page and the API collections.
    static func crawl(_ client: any TestClientProtocol, headers: HTTPFields) async throws -> (pages: Int, bodies: [String: String]) {
        var queue = ["/"] + RecordKind.allCases.filter(\.isPublished).flatMap {
            ["/\($0.collection)?pageSize=100", "/api/v1/\($0.collection)?pageSize=100"]
        }
        var seen = Set(queue)
        var bodies: [String: String] = [:]
        while let path = queue.popLast() {
            let response = try await client.execute(uri: path, method: .get, headers: headers, body: nil)
            let body = response.text
            bodies[path] = body
            for link in links(in: body) where !seen.contains(link) {
                seen.insert(link)
                queue.append(link)
            }
        }
        return (bodies.count, bodies)
    }

    static func links(in body: String) -> [String] {
        var found: [String] = []
        for pattern in [##"href="(/[^"#]*)""##, ##""href":"(/[^"]*)""##] {
            let regex = try! NSRegularExpression(pattern: pattern)
            for match in regex.matches(in: body, range: NSRange(body.startIndex..., in: body)) {
                guard let range = Range(match.range(at: 1), in: body) else { continue }
                let link = String(body[range]).replacingOccurrences(of: "&amp;", with: "&")
                if link.hasPrefix("/static") || link.hasPrefix("/inloggen") || link.contains("pageSize=1&") { continue }
                // A month links to the months around it without end: each calendar is visited, not every month of it.
                if link.hasPrefix(SiteRoute.meetingMonth().path), link.contains("maand=") { continue }
                found.append(link)
            }
        }
        return found
    }

    // MARK: - CSRF

    @Test("a signed-in form post without the session's CSRF token is refused and changes nothing", arguments: TestDatabase.backends)
    func csrf(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { app, client in
            let fields = [("titel", "CSRF-poging"), ("soort", "brief")]
            let missing = try await client.execute(uri: "/documenten", method: .post, headers: app.headers(.redacteur, form: true),
                                                   body: app.form(.redacteur, fields, csrf: false))
            #expect(missing.status == .forbidden)
            let wrong = try await client.execute(uri: "/documenten", method: .post, headers: app.headers(.redacteur, form: true),
                                                 body: app.form(.redacteur, fields + [("csrf", "vals")], csrf: false))
            #expect(wrong.status == .forbidden)
            let foreign = try await client.execute(uri: "/documenten", method: .post, headers: app.headers(.redacteur, form: true),
                                                   body: app.form(.beheerder, fields))
            #expect(foreign.status == .forbidden, "another session's token")
            let search = try await client.execute(uri: "/api/v1/documenten?q=CSRF-poging", method: .get, headers: app.headers(.beheerder, api: true), body: nil)
            #expect(Self.total(search.text) == 0)
            let signIn = try await client.execute(uri: "/inloggen", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                                  body: ByteBuffer(string: "email=lezer%40test.example&wachtwoord=x"))
            #expect(signIn.status == .forbidden, "sign-in without the pre-session cookie")
        }
    }

    // MARK: - Sign-in and throttling

    @Test("sign in and out through the form; cookie flags; no hint whether an address exists", arguments: TestDatabase.backends)
    func signInAndOut(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { _, client in
            let (cookie, csrf) = try await Self.signInForm(client)
            let ok = try await Self.signIn(client, cookie: cookie, csrf: csrf, email: "Lezer@test.example", password: SecuredApp.password)
            #expect(ok.status == .seeOther)
            let setCookie = try #require(ok.headers[.setCookie])
            #expect(setCookie.contains("tafel_sessie=") && setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Lax"))
            let session = String(setCookie.split(separator: ";")[0])
            let account = try await client.execute(uri: "/account", method: .get, headers: [.cookie: session], body: nil)
            #expect(account.status == .ok && account.text.contains("lezer@test.example"))

            let wrong = try await Self.signIn(client, cookie: cookie, csrf: csrf, email: "lezer@test.example", password: "fout fout fout")
            let unknown = try await Self.signIn(client, cookie: cookie, csrf: csrf, email: "niemand@test.example", password: "fout fout fout")
            #expect(wrong.status == .unauthorized && unknown.status == .unauthorized)
            #expect(wrong.text.contains("E-mailadres of wachtwoord onjuist.") && unknown.text.contains("E-mailadres of wachtwoord onjuist."))
            #expect(unknown.text.contains("value=\"niemand@test.example\""), "the typed address is kept")

            let csrfOfSession = try #require(Self.firstMatch(#"name="csrf" value="([^"]+)""#, in: account.text))
            let out = try await client.execute(uri: "/uitloggen", method: .post,
                                               headers: [.cookie: session, .contentType: "application/x-www-form-urlencoded"],
                                               body: ByteBuffer(string: "csrf=\(csrfOfSession)"))
            #expect(out.status == .seeOther)
            let after = try await client.execute(uri: "/account", method: .get, headers: [.cookie: session], body: nil)
            #expect(after.status == .seeOther, "the session ended")
        }
    }

    @Test("repeated failures lock the account for a while, even for the right password", arguments: TestDatabase.backends)
    func throttlePerAccount(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { _, client in
            let (cookie, csrf) = try await Self.signInForm(client)
            for _ in 0..<SignInThrottle.perAccount {
                let response = try await Self.signIn(client, cookie: cookie, csrf: csrf, email: "redacteur@test.example", password: "verkeerd wachtwoord")
                #expect(response.status == .unauthorized)
            }
            let locked = try await Self.signIn(client, cookie: cookie, csrf: csrf, email: "redacteur@test.example", password: SecuredApp.password)
            #expect(locked.status == .tooManyRequests)
            #expect(locked.text.contains("Te veel mislukte pogingen"))
            let other = try await Self.signIn(client, cookie: cookie, csrf: csrf, email: "lezer@test.example", password: SecuredApp.password)
            #expect(other.status == .seeOther, "another account from the same address is not yet locked")
        }
    }

    @Test("many failures from one address lock every account from it", arguments: TestDatabase.backends)
    func throttlePerAddress(backend: Database.Backend) async throws {
        try await SecuredApp.with(backend) { _, client in
            let (cookie, csrf) = try await Self.signInForm(client)
            for attempt in 0..<SignInThrottle.perAddress {
                _ = try await Self.signIn(client, cookie: cookie, csrf: csrf, email: "gok\(attempt)@test.example", password: "verkeerd wachtwoord")
            }
            let locked = try await Self.signIn(client, cookie: cookie, csrf: csrf, email: "beheerder@test.example", password: SecuredApp.password)
            #expect(locked.status == .tooManyRequests)
        }
    }

    static func signInForm(_ client: any TestClientProtocol) async throws -> (cookie: String, csrf: String) {
        let page = try await client.execute(uri: "/inloggen", method: .get, headers: [:], body: nil)
        let cookie = String(try #require(page.headers[.setCookie]).split(separator: ";")[0])
        let csrf = try #require(firstMatch(#"name="csrf" value="([^"]+)""#, in: page.text))
        return (cookie, csrf)
    }

    static func signIn(_ client: any TestClientProtocol, cookie: String, csrf: String, email: String, password: String) async throws -> TestResponse {
        try await client.execute(uri: "/inloggen", method: .post,
                                 headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"],
                                 body: ByteBuffer(string: "csrf=\(csrf)&email=\(SecuredApp.encode(email))&wachtwoord=\(SecuredApp.encode(password))"))
    }

    /// `totaal` of an API list answer.
    static func total(_ json: String) -> Int? {
        firstMatch(#""totaal"\s*:\s*(\d+)"#, in: json).flatMap { Int($0) }
    }

    static func firstMatch(_ pattern: String, in text: String) -> String? {
        let regex = try! NSRegularExpression(pattern: pattern)
        guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[range])
    }
}
