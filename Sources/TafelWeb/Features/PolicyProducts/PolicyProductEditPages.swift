import Hummingbird
import TafelCore
import TafelStore

/// The editor’s pages for policy products (`DraftEditPages`).
extension DraftEditPages where Editor == PolicyProductEditor, Form == PolicyProductForm {
    static func policyProducts(database: Database, catalog: Catalogs, renderer: Renderer) -> Self {
        Self(editor: PolicyProductEditor(database: database), catalog: catalog, renderer: renderer,
             purpose: "beleidsproducten toevoegen of wijzigen", newHeading: "Beleidsproduct toevoegen", editHeading: "Beleidsproduct bewerken",
             newRoute: .newPolicyProduct, createRoute: .policyProducts(), editRoute: { .editPolicyProduct($0) },
             newInput: { request in
                 PolicyProductInput(eigenaar: request.queryValue("eigenaar"), opgave: request.queryValue("opgave"),
                                    vertrouwelijkheid: Confidentiality.openbaar.rawValue)
             })
    }
}

extension PolicyProductForm: DraftFormPage {
    static func choices(_ catalog: Catalog) async throws -> PolicyProductFormChoices {
        async let organisations = catalog.organisationChoices()
        async let tasks = catalog.taskChoices()
        async let documents = catalog.documentChoices()
        async let collaborations = catalog.collaborationChoices()
        return PolicyProductFormChoices(organisations: try await organisations, tasks: try await tasks, documents: try await documents,
                                        collaborations: try await collaborations)
    }
}
