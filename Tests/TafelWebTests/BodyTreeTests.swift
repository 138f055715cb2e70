import Foundation
import TafelCore
@testable import TafelWeb
import Testing

/// The tree of an organisation's bodies, and the chart drawn from it.
@Suite("Organogram")
struct BodyTreeTests {
    static let structure = Structure(
        bodies: [
            .init(id: "wg", name: "Werkgroep", kind: .werkgroep, organisationID: "o", parentID: "bo"),
            .init(id: "bo", name: "Bestuurlijk overleg", kind: .bestuurlijkOverleg, organisationID: "o", parentID: "b", meetingsPerYearMin: 2, meetingsPerYearMax: 4),
            .init(id: "b", name: "Bestuur", kind: .bestuur, organisationID: "o", parentID: nil),
            .init(id: "ao", name: "Ambtelijk overleg", kind: .ambtelijkOverleg, organisationID: "o", parentID: "bo"),
            .init(id: "los", name: "Los <gremium>", kind: .commissie, organisationID: "o", parentID: "elders"),
            .init(id: "x", name: "Ander", kind: .bestuur, organisationID: "p", parentID: nil),
        ],
        seats: [.init(personID: "a", personName: "A", bodyID: "bo", role: "voorzitter")],
        organisations: [.init(id: "o", name: "Organisatie", kind: .vereniging, parentID: nil)], meetings: [])

    @Test("parents before children, kinds in their order, a body under another organisation's starts its own root")
    func order() throws {
        let trees = BodyTree.trees(Self.structure, on: PartialDate(iso: "2020-01-01")!)
        #expect(trees.map(\.organisationID) == ["o", "p"])
        let rows = try #require(trees.first).rows
        #expect(rows.map(\.id) == ["b", "bo", "ao", "wg", "los"])
        #expect(rows.map(\.depth) == [0, 1, 2, 2, 0])
        #expect(rows[1].cadence == "2 tot 4 keer per jaar")
        #expect(rows[1].memberCount == 1)
        #expect(rows[1].parentName == "Bestuur")
    }

    @Test("the chart: a box per body, an elbow line per child, names escaped, a title")
    func chart() throws {
        let tree = try #require(BodyTree.trees(Self.structure, on: PartialDate(iso: "2020-01-01")!).first)
        let svg = OrganisationChart.svg(tree, titleID: "t").description
        #expect(svg.components(separatedBy: "<rect ").count - 1 == 5)
        #expect(svg.components(separatedBy: "class=\"chart__line\"").count - 1 == 3)
        #expect(svg.contains("Los &lt;gremium&gt;"))
        #expect(svg.contains("<title id=\"t\">Organogram van Organisatie: 5 gremia</title>"))
        #expect(OrganisationChart.shortened(String(repeating: "a", count: 50)).count == 41)
    }
}
