import TafelCore
import TafelStore
import TafelTestSupport
import Testing

/// The structure of bodies as the store gives it to the rules, on the demo data and both databases.
@Suite("Overlegstructuur uit de database", .demoLoaded)
struct StructureCatalogTests {
    @Test("the VDG's bodies, seats with their roles and the municipalities come from the demo data", arguments: TestDatabase.backends)
    func structure(backend: Database.Backend) async throws {
        let structure = try await DemoCatalogs.catalog(backend).structure()
        let date = PartialDate(iso: "2018-11-02")!
        #expect(structure.body("vdg-bestuur")?.kind == .bestuur)
        #expect(structure.children(of: "vdg-bo-gezondheid-welzijn").map(\.id).sorted() == ["vdg-ao-gezondheid-welzijn", "vdg-kerngroep-gezondheid-welzijn"])
        #expect(structure.members(of: "vdg-kerngroep-gezondheid-welzijn", on: date).map(\.personName).sorted()
            == ["Afien Valkenburg", "Henk Wind", "Rita Overdiep"])
        // The role comes from the membership, else from its post.
        #expect(structure.members(of: "vdg-ao-gezondheid-welzijn", on: date, inRoles: ["ambtelijk voorzitter"]).map(\.personName) == ["Toke Slaman"])
        #expect(structure.municipalities(in: "provincie-drenthe").count == 12)
        #expect(structure.memberMunicipalities(of: "vdg", on: date).count == 12)
        let chair = try #require(structure.members(of: "vdg-bo-gezondheid-welzijn", on: date).first)
        #expect(structure.municipalities(of: chair, on: date) == ["gemeente-hoogeveen"])
    }

    @Test("the twelve municipalities are members of the VDG, seen from both sides", arguments: TestDatabase.backends)
    func organisationMemberships(backend: Database.Backend) async throws {
        let catalog = try DemoCatalogs.catalog(backend)
        let vdg = try #require(try await catalog.organisation(id: "vdg"))
        #expect(vdg.memberOrganisations.count == 12)
        #expect(vdg.memberOrganisations.first?.member.name == "Gemeente Aa en Hunze")
        #expect(vdg.memberOrganisations.allSatisfy { $0.role == "lid" && $0.observedOn == PartialDate(iso: "2018-11-02") })
        let assen = try #require(try await catalog.organisation(id: "gemeente-assen"))
        #expect(assen.memberOf.map(\.organisation.id) == ["vdg"])
        #expect(vdg.memberOf.isEmpty)
    }

    @Test("on the demo data the check reports what seed 003's own structure lacks", arguments: TestDatabase.backends)
    func checkOnDemo(backend: Database.Backend) async throws {
        let structure = try await DemoCatalogs.catalog(backend).structure()
        let check = StructureCheck(ruleSet: try StructureRuleSet.drenthe(), structure: structure, date: PartialDate(iso: "2018-11-02")!)
        let coreGroup = try #require(check.violations.first { $0.ruleID == "bo-kerngroep" && $0.bodyID == "vdg-bo-gezondheid-welzijn" })
        #expect(coreGroup.facts.contains("De ambtelijk voorzitter (Toke Slaman) zit niet in de kerngroep."))
        #expect(check.violations.contains { $0.ruleID == "ambtelijk-voorzitter-zelfde-gemeente" })
        #expect(check.violations.contains { $0.ruleID == "bestuur-elke-gemeente" })
        // A rule whose bodies all follow it reports nothing.
        #expect(!check.violations.contains { $0.ruleID == "bestuur-kringen" })
        #expect(check.checked["bo-kerngroep"] == 2)
    }
}
