import TafelCore
import Testing

@Suite("Access rules")
struct AccessRulesTests {
    static let assen = Group(kind: .organisatie, id: "gemeente-assen")
    static let vdg = Group(kind: .gremium, id: "vdg-bestuur")

    static func viewer(_ role: Role?, _ groups: Set<Group> = []) -> Viewer {
        Viewer(userID: role == nil ? nil : "u", name: nil, role: role, groups: groups)
    }

    @Test("who reads which level", arguments: [
        (Role?.none, [Group](), [true, false, false]),
        (Role?.some(.lezer), [Group](), [true, true, false]),
        (Role?.some(.lezer), [assen], [true, true, true]),
        (Role?.some(.redacteur), [vdg], [true, true, false]),
        (Role?.some(.beheerder), [Group](), [true, true, true]),
    ])
    func reading(role: Role?, groups: [Group], expected: [Bool]) {
        let viewer = Self.viewer(role, Set(groups))
        let levels: [Confidentiality] = [.openbaar, .intern, .vertrouwelijk]
        #expect(levels.map { viewer.mayRead($0, recordGroups: [Self.assen]) } == expected)
    }

    @Test("who edits: a redacteur with memberships only what names one of them")
    func editing() {
        #expect(!Self.viewer(nil).mayEdit(recordGroups: []))
        #expect(!Self.viewer(.lezer).mayEdit(recordGroups: [Self.assen]))
        #expect(Self.viewer(.redacteur).mayEdit(recordGroups: []))
        #expect(Self.viewer(.redacteur, [Self.assen]).mayEdit(recordGroups: [Self.assen, Self.vdg]))
        #expect(!Self.viewer(.redacteur, [Self.assen]).mayEdit(recordGroups: [Self.vdg]))
        #expect(!Self.viewer(.redacteur, [Self.assen]).mayEdit(recordGroups: []))
        #expect(Self.viewer(.beheerder, [Self.vdg]).mayEdit(recordGroups: [Self.assen]))
    }

    @Test("groups are written organisatie:ID or gremium:ID")
    func groupCodes() {
        #expect(Group(code: "organisatie:gemeente-assen") == Self.assen)
        #expect(Group(code: "gremium:vdg-bestuur")?.code == "gremium:vdg-bestuur")
        for bad in ["gemeente-assen", "persoon:x", "organisatie:", ":x"] { #expect(Group(code: bad) == nil, "\(bad)") }
    }

    @Test("a document draft names every invalid field at once, in Dutch")
    func draftProblems() {
        let input = DocumentDraft.Input(titel: "  ", soort: "onzin", datum: "2026-02-30", vertrouwelijkheid: "geheim",
                                        toegang: ["persoon:x"])
        #expect(throws: ValidationFailure.self) { try DocumentDraft(input) }
        do {
            _ = try DocumentDraft(input)
        } catch {
            #expect(error.problems.map(\.field) == ["titel", "soort", "datum", "vertrouwelijkheid", "toegang"])
            #expect(error.problems.first { $0.field == "soort" }?.message.contains("kies uit: statenbrief") == true)
        }
    }

    @Test("vertrouwelijk needs at least one group in toegang")
    func confidentialNeedsAccess() throws {
        let input = DocumentDraft.Input(titel: "Geheim", soort: "notulen", vertrouwelijkheid: "vertrouwelijk")
        #expect(throws: ValidationFailure.self) { try DocumentDraft(input) }
        var named = input
        named.toegang = ["organisatie:gemeente-assen", "organisatie:gemeente-assen"]
        let draft = try DocumentDraft(named)
        #expect(draft.access == [Self.assen], "duplicates are taken once")
    }

    @Test("one-line fields are trimmed, line breaks become spaces; empty is absent")
    func normalising() throws {
        let draft = try DocumentDraft(.init(titel: " Verslag\nbestuurlijk overleg ", soort: "verslag", kenmerk: "",
                                            tekst: "regel 1\r\nregel 2"))
        #expect(draft.title == "Verslag bestuurlijk overleg")
        #expect(draft.reference == nil)
        #expect(draft.fullText == "regel 1\nregel 2")
        #expect(draft.confidentiality == .openbaar)
    }

    @Test("a history entry lists only the fields that changed")
    func changes() throws {
        let before = try DocumentDraft(.init(titel: "Oud", soort: "brief", tekst: "Tekst"))
        let after = try DocumentDraft(.init(titel: "Nieuw", soort: "brief", tekst: "Tekst", bron: "https://example.org"))
        let changes = AuditEntry.changes(from: before.snapshot, to: after.snapshot)
        #expect(changes == [
            AuditEntry.Change(field: "titel", before: "Oud", after: "Nieuw"),
            AuditEntry.Change(field: "bron", before: nil, after: "https://example.org"),
        ])
        #expect(AuditEntry.changes(from: after.snapshot, to: after.snapshot).isEmpty)
    }

    @Test("slugs made from titles", arguments: [
        ("Verslag bestuurlijk overleg", "verslag-bestuurlijk-overleg"),
        ("  Één café — à la carte!  ", "een-cafe-a-la-carte"),
        ("***", "document"),
    ])
    func slugs(title: String, slug: String) {
        #expect(Slug.make(from: title) == slug)
        #expect(Slug.isValid(Slug.make(from: title)))
    }
}
