import Foundation
import SQLKit
import TafelCore
import TafelStore
import TafelTestSupport
import Testing

@Suite("Collaboration editor")
struct CollaborationEditorTests {
    static let assen = Group(kind: .organisatie, id: "gemeente-assen")

    static func editor(_ database: Database, _ email: String = "r@test.example", role: Role = .redacteur,
                       groups: [Group] = []) async throws -> Viewer {
        Viewer(user: try await AccountStoreTests.user(database, email, role: role, groups: groups))
    }

    /// A collaboration naming demo records in every kind of reference.
    static let draft = CollaborationDraft(
        name: "Drentse warmtealliantie", shortName: "DWA", purpose: "Samen warmtenetten aanleggen.",
        description: "Een proef.\nMet twee regels.", form: .gemeenschappelijkeRegeling, wgrForm: .bedrijfsvoeringsorganisatie,
        status: .actief, start: PartialDate(iso: "2021-03"), end: PartialDate(iso: "2025"),
        provinceRoles: [.regisseur, .financier], domains: ["warmte", "energie"], taskIDs: ["vdg-klimaat"],
        bodyIDs: ["rud-stuurgroep"],
        participants: [
            .init(organisationID: "provincie-drenthe", role: .trekker, start: PartialDate(iso: "2021")),
            .init(organisationID: "gemeente-assen", role: .deelnemer, end: PartialDate(iso: "2024-06-30")),
            .init(organisationID: "gemeente-assen", role: .financier),
        ],
        amounts: [
            .init(description: "Startbudget", kind: .budget, amount: Money(cents: 250_000_050), organisationID: "provincie-drenthe",
                  period: "2021"),
            .init(description: "Uitgelokt", kind: .uitgelokteInvestering, amount: Money(cents: 1_000_000_000)),
        ],
        councilInvolvement: [.zienswijze, .informatie], councilReporting: "Jaarlijks.", legalBasis: "Wgr art. 8 lid 3",
        seat: "Assen", transferredPowers: "Geen.",
        related: [.init(collaborationID: "klimaatakkoord", relation: .onderdeelVan), .init(collaborationID: "res", relation: .verwantAan)],
        confidentiality: .openbaar, access: [])

    static func auditCount(_ database: Database) async throws -> Int {
        try await TestDatabase.count("audit_log", in: database)
    }

    @Test("create names every unknown organisation, opgave, gremium, related collaboration and group, and writes nothing",
          arguments: TestDatabase.backends)
    func unknownReferences(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let viewer = try await Self.editor(database)
            let before = try await TestDatabase.counts(in: database)
            let accessRows = try await TestDatabase.count("record_access", in: database)
            var draft = Self.draft
            draft.participants.append(.init(organisationID: "gemeente-atlantis", role: .deelnemer))
            draft.amounts[1].organisationID = "bank-van-niemand"
            draft.taskIDs = ["vdg-klimaat", "opgave-die-er-niet-is"]
            draft.bodyIDs = ["gremium-die-er-niet-is", "rud-stuurgroep"]
            draft.related.append(.init(collaborationID: "samenwerking-die-er-niet-is", relation: .verwantAan))
            draft.confidentiality = .intern
            draft.access = [Group(kind: .gremium, id: "geen-gremium"), Self.assen]
            let failure = await #expect(throws: ValidationFailure.self) {
                try await CollaborationEditor(database: database).create(draft, by: viewer)
            }
            let problems = try #require(failure?.problems)
            #expect(Set(problems.map(\.field)) == [
                "deelnemers[3].organisatie", "bedragen[1].organisatie", "opgaven", "gremia", "gerelateerd[2].samenwerking", "toegang",
            ])
            #expect(problems.allSatisfy { $0.code == "onbekend" })
            for name in ["gemeente-atlantis", "bank-van-niemand", "opgave-die-er-niet-is", "gremium-die-er-niet-is",
                         "samenwerking-die-er-niet-is", "geen-gremium"] {
                #expect(problems.contains { $0.message.contains("‘\(name)’") }, "\(name)")
            }
            #expect(!problems.contains { $0.message.contains("gemeente-assen") || $0.message.contains("vdg-klimaat") })
            #expect(try await TestDatabase.counts(in: database) == before)
            #expect(try await Self.auditCount(database) == 0)
            #expect(try await TestDatabase.count("record_access", in: database) == accessRows)
        }
    }

    @Test("unknown records are reported with the other problems, numbered as the input numbered its rows",
          arguments: TestDatabase.backends)
    func unknownReferencesWithOtherProblems(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let viewer = try await Self.editor(database)
            var input = Self.draft.input
            input.naam = "  "
            input.deelnemers = [
                .init(organisatie: "provincie-drenthe", rol: "trekker"),
                .init(),
                .init(organisatie: "gemeente-atlantis", rol: "deelnemer"),
                .init(organisatie: "Gemeente Nergens", rol: "deelnemer"),
            ]
            input.opgaven = ["opgave-die-er-niet-is", "opgave-die-er-niet-is"]
            let failure = await #expect(throws: ValidationFailure.self) {
                try await CollaborationEditor(database: database).create(input, by: viewer)
            }
            let problems = try #require(failure?.problems)
            #expect(problems.map(\.field).sorted() == ["deelnemers[2].organisatie", "deelnemers[3].organisatie", "naam", "opgaven"])
            #expect(problems.first { $0.field == "deelnemers[2].organisatie" }?.code == "onbekend")
            #expect(problems.first { $0.field == "deelnemers[3].organisatie" }?.code == "ongeldig")
            #expect(try await Self.auditCount(database) == 0)
        }
    }

    @Test("create then current gives the same collaboration back, and its history entry", arguments: TestDatabase.backends)
    func createAndRead(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let editor = CollaborationEditor(database: database)
            let viewer = try await Self.editor(database)
            let id = try await editor.create(Self.draft, by: viewer)
            #expect(id == "drentse-warmtealliantie", "made from the name")
            let stored = try #require(try await editor.current(id: id, for: viewer))
            #expect(stored.version == 1)
            #expect(stored.archivedAt == nil)
            #expect(stored.draft.normalised == Self.draft.normalised)
            #expect(stored.draft.amounts == Self.draft.amounts, "amounts keep their order")

            // The catalog shows it too, to the public.
            let detail = try #require(try await Catalog(database: database, viewer: .anonymous).collaboration(id: id))
            #expect(detail.collaboration.name == "Drentse warmtealliantie")
            #expect(detail.collaboration.seat == "Assen" && detail.collaboration.legalBasis == "Wgr art. 8 lid 3")
            #expect(Set(detail.participants.map { "\($0.organisation.id):\($0.role.rawValue)" })
                == ["provincie-drenthe:trekker", "gemeente-assen:deelnemer", "gemeente-assen:financier"])
            #expect(Set(detail.related.map(\.collaboration.id)) == ["klimaatakkoord", "res"])
            #expect(detail.amounts.map(\.amount.amount.cents) == [250_000_050, 1_000_000_000])

            let history = try await AuditLog.history(of: .collaboration, id: id, in: database, for: .systemAdministrator)
            #expect(history.map(\.action) == [.aangemaakt])
            #expect(history.first?.version == 1 && history.first?.actorID == viewer.userID)
            let changes = history.first?.changes ?? []
            #expect(changes.contains(AuditEntry.Change(field: "naam", before: nil, after: "Drentse warmtealliantie")))
            #expect(changes.contains { $0.field == "deelnemers" && $0.after?.contains("provincie-drenthe:trekker:2021:") == true })

            // A second one with the same name gets a fresh id; a requested id that is taken is refused.
            let second = try await editor.create(Self.draft, by: viewer)
            #expect(second != id && second.hasPrefix(id + "-"))
            let taken = await #expect(throws: ValidationFailure.self) { try await editor.create(Self.draft, id: "rud-drenthe", by: viewer) }
            #expect(taken?.problems.map(\.field) == ["id"])
            #expect(try await editor.create(Self.draft, id: "eigen-id", by: viewer) == "eigen-id")
        }
    }

    @Test("a stale version is refused and changes nothing; an unchanged save keeps the version", arguments: TestDatabase.backends)
    func versions(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let editor = CollaborationEditor(database: database)
            let viewer = try await Self.editor(database)
            let id = try await editor.create(Self.draft, by: viewer)
            var renamed = Self.draft
            renamed.name = "Drentse warmtecoalitie"
            #expect(try await editor.update(id: id, renamed, expectedVersion: 1, by: viewer) == 2)

            var stale = Self.draft
            stale.name = "Verouderd"
            stale.participants.removeAll()
            let conflict = await #expect(throws: VersionConflict.self) {
                try await editor.update(id: id, stale, expectedVersion: 1, by: viewer)
            }
            #expect(conflict?.expected == 1 && conflict?.current == 2 && conflict?.id == id)
            let stored = try #require(try await editor.current(id: id, for: viewer))
            #expect(stored.version == 2)
            #expect(stored.draft.name == "Drentse warmtecoalitie")
            #expect(stored.draft.participants.count == 3)
            #expect(try await AuditLog.history(of: .collaboration, id: id, in: database, for: .systemAdministrator).count == 2)

            // The same fields, rows in another order: nothing to save, no history entry.
            var reordered = renamed
            reordered.participants.reverse()
            reordered.domains.reverse()
            reordered.related.reverse()
            reordered.provinceRoles.reverse()
            #expect(try await editor.update(id: id, reordered, expectedVersion: 2, by: viewer) == 2)
            await #expect(throws: VersionRequired.self, "a change must name its version") {
                try await editor.update(id: id, reordered, expectedVersion: nil, by: viewer)
            }
            #expect(try await AuditLog.history(of: .collaboration, id: id, in: database, for: .systemAdministrator).count == 2)
            #expect(try await editor.current(id: id, for: viewer)?.version == 2)
        }
    }

    @Test("an update checks references too, and a failed one leaves neither change nor history", arguments: TestDatabase.backends)
    func failedUpdate(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let editor = CollaborationEditor(database: database)
            let viewer = try await Self.editor(database)
            let stored = try #require(try await editor.current(id: "rud-drenthe", for: viewer))
            var draft = stored.draft
            draft.name = "Nieuwe naam"
            draft.participants.append(.init(organisationID: "gemeente-atlantis", role: .deelnemer))
            draft.related = [.init(collaborationID: "rud-drenthe", relation: .verwantAan)]
            let failure = await #expect(throws: ValidationFailure.self) {
                try await editor.update(id: "rud-drenthe", draft, expectedVersion: stored.version, by: viewer)
            }
            #expect(Set(failure?.problems.map(\.field) ?? []) == ["deelnemers[13].organisatie", "gerelateerd[0].samenwerking"])
            #expect(failure?.problems.contains { $0.message.contains("zichzelf") } == true)
            let after = try #require(try await editor.current(id: "rud-drenthe", for: viewer))
            #expect(after.version == stored.version && after.draft == stored.draft)
            #expect(try await Self.auditCount(database) == 0)
            await #expect(throws: RecordNotVisible.self) {
                try await editor.update(id: "bestaat-niet", Self.draft, expectedVersion: nil, by: viewer)
            }
        }
    }

    @Test("history: aangemaakt, gewijzigd, gearchiveerd, hersteld, each with its version", arguments: TestDatabase.backends)
    func history(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let editor = CollaborationEditor(database: database)
            let viewer = try await Self.editor(database)
            let id = try await editor.create(Self.draft, by: viewer)
            var changed = Self.draft
            changed.status = .gestopt
            changed.statusReason = "Geen warmtebron."
            changed.amounts.removeLast()
            #expect(try await editor.update(id: id, changed, expectedVersion: 1, by: viewer) == 2)
            #expect(try await editor.setArchived(true, id: id, expectedVersion: 2, by: viewer) == 3)
            #expect(try await editor.setArchived(true, id: id, expectedVersion: 3, by: viewer) == 3, "archiving twice changes nothing")
            await #expect(throws: VersionConflict.self) { try await editor.setArchived(false, id: id, expectedVersion: 2, by: viewer) }
            #expect(try await editor.setArchived(false, id: id, expectedVersion: 3, by: viewer) == 4)

            let history = try await AuditLog.history(of: .collaboration, id: id, in: database, for: .systemAdministrator)
            #expect(history.map(\.action) == [.hersteld, .gearchiveerd, .gewijzigd, .aangemaakt])
            #expect(history.map(\.version) == [4, 3, 2, 1])
            #expect(history.allSatisfy { $0.actorID == viewer.userID })
            let edit = history[2].changes
            #expect(edit.map(\.field) == ["status", "redenBeeindiging", "bedragen"])
            #expect(edit.first == AuditEntry.Change(field: "status", before: "actief", after: "gestopt"))
            #expect(history[1].changes == [AuditEntry.Change(field: "gearchiveerd", before: "nee", after: "ja")])
            #expect(history[0].changes == [AuditEntry.Change(field: "gearchiveerd", before: "ja", after: "nee")])
            #expect(try await Self.auditCount(database) == 4)
        }
    }

    @Test("an archived collaboration leaves the register, stays findable with gearchiveerd, and keeps its page",
          arguments: TestDatabase.backends)
    func archiving(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let editor = CollaborationEditor(database: database)
            let viewer = try await Self.editor(database)
            let catalog = Catalog(database: database, viewer: .anonymous)
            let total = try await catalog.register(RegisterFilter()).page.total
            let version = try #require(try await editor.current(id: "rud-drenthe", for: viewer)).version
            try await editor.setArchived(true, id: "rud-drenthe", expectedVersion: version, by: viewer)

            let current = try await catalog.register(RegisterFilter(page: PageRequest(size: 100)))
            #expect(current.page.total == total - 1)
            #expect(!current.page.items.map(\.collaboration.id).contains("rud-drenthe"))
            #expect(try await !catalog.registerIDs(RegisterFilter()).contains("rud-drenthe"))
            // Facets count what the list shows: the archived one is not counted.
            let gr = current.facets.first { $0.key == "vorm" }?.values.first { $0.code == "gemeenschappelijke_regeling" }
            #expect(gr == nil, "rud-drenthe was the only gemeenschappelijke regeling")

            let archived = try await catalog.register(try RegisterFilter.parse { $0 == "gearchiveerd" ? "ja" : nil })
            #expect(archived.page.items.map(\.collaboration.id) == ["rud-drenthe"])
            #expect(archived.page.items.first?.collaboration.archivedAt != nil)
            #expect(archived.page.items.first?.participantCount == 13)
            #expect(try await catalog.register(RegisterFilter(archived: .alle)).page.total == total)

            let detail = try #require(try await catalog.collaboration(id: "rud-drenthe"))
            #expect(detail.collaboration.archivedAt != nil)
            #expect(detail.participants.count == 13)
            #expect(try await editor.current(id: "rud-drenthe", for: viewer)?.archivedAt != nil)

            await #expect(throws: VersionRequired.self) {
                try await editor.setArchived(false, id: "rud-drenthe", expectedVersion: nil, by: viewer)
            }
            try await editor.setArchived(false, id: "rud-drenthe", expectedVersion: version + 1, by: viewer)
            #expect(try await catalog.register(RegisterFilter()).page.total == total)
            #expect(try await catalog.collaboration(id: "rud-drenthe")?.collaboration.archivedAt == nil)
        }
    }

    @Test("the public and a lezer may not write", arguments: TestDatabase.backends)
    func readersRefused(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let editor = CollaborationEditor(database: database)
            let reader = try await Self.editor(database, "l@test.example", role: .lezer)
            let before = try await TestDatabase.counts(in: database)
            let draft = try #require(try await editor.current(id: "rud-drenthe", for: reader)).draft
            await #expect(throws: SignInRequired.self) { try await editor.create(Self.draft, by: .anonymous) }
            await #expect(throws: AccessDenied.self) { try await editor.create(Self.draft, by: reader) }
            await #expect(throws: SignInRequired.self) {
                try await editor.update(id: "rud-drenthe", draft, expectedVersion: nil, by: .anonymous)
            }
            await #expect(throws: AccessDenied.self) { try await editor.update(id: "rud-drenthe", draft, expectedVersion: nil, by: reader) }
            await #expect(throws: SignInRequired.self) {
                try await editor.setArchived(true, id: "rud-drenthe", expectedVersion: nil, by: .anonymous)
            }
            await #expect(throws: AccessDenied.self) { try await editor.setArchived(true, id: "rud-drenthe", expectedVersion: nil, by: reader) }
            #expect(try await TestDatabase.counts(in: database) == before)
            #expect(try await Self.auditCount(database) == 0)
            #expect(try await editor.current(id: "rud-drenthe", for: reader)?.archivedAt == nil)
        }
    }

    @Test("a scoped redacteur saves only collaborations that name their group", arguments: TestDatabase.backends)
    func scopedEditor(backend: Database.Backend) async throws {
        try await TestDatabase.withDemo(backend) { database in
            let editor = CollaborationEditor(database: database)
            let scoped = try await Self.editor(database, "s@test.example", groups: [Self.assen])
            let outsider = try await Self.editor(database, "o@test.example", groups: [Group(kind: .organisatie, id: "gemeente-emmen")])

            // Not naming Assen in toegang, even when Assen takes part, is out of scope.
            await #expect(throws: AccessDenied.self) { try await editor.create(Self.draft, by: scoped) }
            var own = Self.draft
            own.confidentiality = .vertrouwelijk
            own.access = [Self.assen]
            let id = try await editor.create(own, by: scoped)

            // Only Assen's members (and beheerders) see it.
            #expect(try await editor.current(id: id, for: scoped) != nil)
            #expect(try await Catalog(database: database, viewer: .anonymous).collaboration(id: id) == nil)
            let reader = try await Self.editor(database, "l@test.example", role: .lezer)
            #expect(try await Catalog(database: database, viewer: reader).collaboration(id: id) == nil)
            var theirs = own
            theirs.access = [Group(kind: .organisatie, id: "gemeente-emmen")]
            await #expect(throws: RecordNotVisible.self, "an editor outside the group cannot even find it") {
                try await editor.update(id: id, theirs, expectedVersion: nil, by: outsider)
            }

            // Moving it out of scope is refused; demo records that name no group are out of scope.
            var away = own
            away.access = [Group(kind: .organisatie, id: "gemeente-emmen")]
            await #expect(throws: AccessDenied.self) { try await editor.update(id: id, away, expectedVersion: 1, by: scoped) }
            let rud = try #require(try await editor.current(id: "rud-drenthe", for: scoped))
            var rudChanged = rud.draft
            rudChanged.shortName = "RUD Drenthe"
            rudChanged.access = [Self.assen]  // in scope as changed, but not as stored
            await #expect(throws: AccessDenied.self) {
                try await editor.update(id: "rud-drenthe", rudChanged, expectedVersion: rud.version, by: scoped)
            }
            await #expect(throws: AccessDenied.self) {
                try await editor.setArchived(true, id: "rud-drenthe", expectedVersion: rud.version, by: scoped)
            }
            #expect(try await editor.current(id: "rud-drenthe", for: scoped)?.draft == rud.draft)

            // Within scope it saves, also adding another group next to Assen.
            var both = own
            both.access = [Self.assen, Group(kind: .organisatie, id: "gemeente-emmen")]
            #expect(try await editor.update(id: id, both, expectedVersion: 1, by: scoped) == 2)
            #expect(try await editor.current(id: id, for: outsider) != nil)
            #expect(try await editor.setArchived(true, id: id, expectedVersion: 2, by: scoped) == 3)

            // vertrouwelijk for a group the editor is not in would lock the editor out: refused.
            let beheerder = try await Self.editor(database, "b@test.example", role: .beheerder)
            let unscoped = try await Self.editor(database, "u@test.example")
            var locked = Self.draft
            locked.confidentiality = .vertrouwelijk
            locked.access = [Group(kind: .organisatie, id: "gemeente-emmen")]
            let lockedOut = await #expect(throws: ValidationFailure.self) { try await editor.create(locked, by: unscoped) }
            #expect(lockedOut?.problems.map(\.field) == ["toegang"])
            #expect(try await editor.create(locked, id: "alleen-emmen", by: beheerder) == "alleen-emmen")
        }
    }
}
