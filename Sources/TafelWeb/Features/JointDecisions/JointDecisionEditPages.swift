import Hummingbird
import TafelCore
import TafelStore

/// The editor’s pages for joint decisions (`DraftEditPages`).
extension DraftEditPages where Editor == JointDecisionEditor, Form == JointDecisionForm {
    static func jointDecisions(database: Database, catalog: Catalogs, renderer: Renderer) -> Self {
        Self(editor: JointDecisionEditor(database: database), catalog: catalog, renderer: renderer,
             purpose: "gezamenlijke besluiten toevoegen of wijzigen", newHeading: "Gezamenlijk besluit toevoegen",
             editHeading: "Gezamenlijk besluit bewerken", newRoute: .newJointDecision, createRoute: .jointDecisions(),
             editRoute: { .editJointDecision($0) },
             newInput: { request in
                 JointDecisionInput(aangebodenDoor: request.queryValue("gremium"), eigenaar: request.queryValue("eigenaar"),
                                    bijeenkomst: request.queryValue("bijeenkomst"), vertrouwelijkheid: Confidentiality.openbaar.rawValue)
             })
    }
}

extension JointDecisionForm: DraftFormPage {
    static func choices(_ catalog: Catalog) async throws -> JointDecisionFormChoices {
        async let bodies = catalog.bodyChoices()
        async let organisations = catalog.organisationChoices()
        async let meetings = catalog.meetingChoices()
        async let tasks = catalog.taskChoices()
        async let documents = catalog.documentChoices()
        async let collaborations = catalog.collaborationChoices()
        return JointDecisionFormChoices(bodies: try await bodies, organisations: try await organisations, meetings: try await meetings,
                                        tasks: try await tasks, documents: try await documents, collaborations: try await collaborations)
    }
}
