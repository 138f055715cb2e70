import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TafelCore
import TafelStore
import TafelTestSupport
@testable import TafelWeb
import Testing

/// The documents the seeds cite but do not include: records with what the seeds say of them,
/// a clear "tekst niet beschikbaar", and links both ways to what cites them.
@Suite("Genoemde documenten")
struct CitedDocumentWebTests {
    static let attachment = "statenstuk-2009-366-plan-van-aanpak-amen-is-geen-amsterdam"
    static let letter = "statenbrief-2010-sociaal-domein-pns"

    @Test("statenstuk 2009-366: no text, an attachment of the letter, its sources one click from their passage in the letter")
    func attachmentOfTheLetter() async throws {
        try await SecuredApp.with(.sqlite) { _, client in
            let page = try await client.execute(uri: "/documenten/\(Self.attachment)", method: .get, headers: [:], body: nil)
            #expect(page.status == .ok)
            #expect(page.text.contains("Tekst niet beschikbaar"))
            #expect(page.text.contains("Kenmerk") && page.text.contains("2009-366"))
            #expect(page.text.contains("Bijlage bij") && page.text.contains("href=\"/documenten/\(Self.letter)\""))
            let passage = "In het Plan van aanpak rapport Amen is geen Amsterdam (statenstuk 2009-366) is als uitgangspunt geformuleerd dat samen met gemeenten een zachte landing van de bestuurlijke veranderingen georganiseerd zal worden."
            #expect(page.text.contains("href=\"/documenten/\(Self.letter)#\(PassageAnchor.id(for: passage))\""),
                    "the source links to the passage in the letter")
            #expect(!page.text.contains("DiWoo-metadata"), "nothing to publish without the text")

            let letter = try await client.execute(uri: "/documenten/\(Self.letter)", method: .get, headers: [:], body: nil)
            #expect(letter.text.contains("id=\"bijlagen\""))
            #expect(letter.text.contains("href=\"/documenten/\(Self.attachment)\""), "the letter lists its attachment")
            #expect(letter.text.contains("id=\"\(PassageAnchor.id(for: passage))\""), "the passage is anchored in the letter's text")
            #expect(!letter.text.contains("Tekst niet beschikbaar"))

            let api = try await client.get("/api/v1/documenten/\(Self.attachment)").json()
            #expect(api.bool("tekstBeschikbaar") == false)
            #expect(api.object("bijlageBij")?.string("id") == Self.letter)
            #expect((api.objects("bronnen") ?? []).count == 4)
            let letterAPI = try await client.get("/api/v1/documenten/\(Self.letter)").json()
            #expect(letterAPI.bool("tekstBeschikbaar") == true)
            #expect(letterAPI.objects("bijlagen")?.compactMap { $0.string("id") } == [Self.attachment])
        }
    }

    @Test("the nota PNS is linked to the meetings whose agenda treats it, and the meetings to it")
    func treatedInMeetings() async throws {
        try await SecuredApp.with(.sqlite) { _, client in
            let nota = try await client.execute(uri: "/documenten/nota-pns-2009-visiedocument-drents-middenbestuur",
                                                method: .get, headers: [:], body: nil)
            #expect(nota.text.contains("Behandeld in"))
            for meeting in ["statenvergadering-2009-12-16", "statenvergadering-2010-02-03"] {
                #expect(nota.text.contains("href=\"/bijeenkomsten/\(meeting)\""), "\(meeting)")
                let page = try await client.execute(uri: "/bijeenkomsten/\(meeting)", method: .get, headers: [:], body: nil)
                #expect(page.text.contains("href=\"/documenten/nota-pns-2009-visiedocument-drents-middenbestuur\""), "\(meeting)")
            }
            let api = try await client.get("/api/v1/documenten/nota-pns-2009-visiedocument-drents-middenbestuur").json()
            #expect(api.objects("behandeldIn")?.compactMap { $0.string("id") }.sorted()
                    == ["statenvergadering-2009-12-16", "statenvergadering-2010-02-03"])
        }
    }

    @Test("every document without its text says so and rests on passages of documents Tafel holds")
    func everyCitedDocumentRestsOnPassages() async throws {
        try await SecuredApp.with(.sqlite) { _, client in
            let list = try await client.get("/api/v1/documenten?pageSize=100").json()
            let ids = (list.objects("resultaten") ?? []).compactMap { $0.string("id") }
            var cited = 0
            for id in ids {
                let document = try await client.get("/api/v1/documenten/\(id)").json()
                guard document.bool("tekstBeschikbaar") == false else { continue }
                cited += 1
                let sources = document.objects("bronnen") ?? []
                #expect(!sources.isEmpty, "\(id) has no source")
                for source in sources {
                    let holder = try #require(source.object("document")?.string("id"))
                    let held = try await client.get("/api/v1/documenten/\(holder)").json()
                    #expect(held.bool("tekstBeschikbaar") == true, "\(id) rests on \(holder), which Tafel holds")
                }
                let page = try await client.execute(uri: "/documenten/\(id)", method: .get, headers: [:], body: nil)
                #expect(page.text.contains("Tekst niet beschikbaar"), "\(id)")
            }
            #expect(cited >= 10)
        }
    }
}
