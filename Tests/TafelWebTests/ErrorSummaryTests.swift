import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TafelCore
import TafelStore
import TafelTestSupport
@testable import TafelWeb
import Testing

/// After a failed save the error summary takes the focus and each of its problems links to
/// the message at its field (issue 14 part 6).
@Suite("Foutenoverzicht van formulieren")
struct ErrorSummaryTests {
    @Test("a list item's problem stands at the field it was typed in")
    func anchors() {
        #expect(HTML.fieldAnchor("naam") == "naam")
        #expect(HTML.fieldAnchor("samenwerkingen[1]") == "samenwerkingen")
        #expect(HTML.fieldAnchor("vragen[0].antwoorden[0].op") == "vragen[0].antwoorden[0].op")
    }

    @Test("the summary of a refused form is focused at once and every link leads to a message on the page",
          arguments: [
            ("/agenderingsverzoeken", [("titel", ""), ("vragen[0].tekst", "Vraag"), ("vragen[0].antwoorden[0].op", "2012-13"), ("actie", "opslaan")]),
            ("/documenten", [("titel", ""), ("soort", "brief"), ("datum", "2012-13-01")]),
            ("/toezeggingen", [("titel", ""), ("termijn", "morgen")]),
          ])
    func summary(path: String, fields: [(String, String)]) async throws {
        try await SecuredApp.with(.sqlite) { app, client in
            let response = try await client.execute(uri: path, method: .post, headers: app.headers(.redacteur, form: true),
                                                    body: app.form(.redacteur, fields))
            #expect(response.status == .badRequest)
            let page = response.text
            #expect(page.contains(#"role="alert" aria-labelledby="fouten-kop" tabindex="-1" autofocus>"#))
            let targets = page.matches(of: /<li><a href="#(fout-[^"]+)">/).map { String($0.output.1) }
            #expect(!targets.isEmpty, "\(path): no problem links to its field")
            for target in targets {
                let unescaped = target.replacingOccurrences(of: "&quot;", with: "\"")
                #expect(page.contains("id=\"\(unescaped)\""), "\(path): the summary links to #\(target), which is not on the page")
            }
        }
    }
}
