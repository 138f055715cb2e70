import Hummingbird
import TafelCore
import TafelStore

/// The editor’s pages for positions (`DraftEditPages`).
extension DraftEditPages where Editor == StanceEditor, Form == StanceForm {
    static func stances(database: Database, catalog: Catalogs, renderer: Renderer) -> Self {
        Self(editor: StanceEditor(database: database), catalog: catalog, renderer: renderer,
             purpose: "standpunten toevoegen of wijzigen", newHeading: "Standpunt toevoegen", editHeading: "Standpunt bewerken",
             newRoute: .newStance, createRoute: .stances(), editRoute: { .editStance($0) },
             newInput: { request in
                 StanceInput(richting: request.queryValue("richting"), eigenaar: request.queryValue("eigenaar"),
                             gremium: request.queryValue("gremium"), status: StanceStatus.concept.rawValue,
                             opgaven: request.queryValue("opgave").map { [$0] } ?? [], bijeenkomst: request.queryValue("bijeenkomst"),
                             vertrouwelijkheid: Confidentiality.openbaar.rawValue)
             })
    }
}

extension StanceForm: DraftFormPage {
    static func choices(_ catalog: Catalog) async throws -> StanceFormChoices {
        async let organisations = catalog.organisationChoices()
        async let bodies = catalog.bodyChoices()
        async let persons = catalog.personChoices(body: nil)
        async let meetings = catalog.meetingChoices()
        async let tasks = catalog.taskChoices()
        async let documents = catalog.documentChoices()
        return StanceFormChoices(organisations: try await organisations, bodies: try await bodies, persons: try await persons,
                                 meetings: try await meetings, tasks: try await tasks, documents: try await documents)
    }
}
