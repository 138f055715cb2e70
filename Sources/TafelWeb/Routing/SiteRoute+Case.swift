/// The routes by name, without their values: the routing test takes one sample of each,
/// and the exhaustive switch below makes a new route impossible to forget there.
extension SiteRoute {
    enum Case: String, CaseIterable, Sendable {
        case home, accessibility, list, record, history, register, registerCSV, registerJSON, registerOverview, commitments, commitmentDeadlines, commitmentsODS, commitmentsCSV, apiCommitments
        case agendaRequests, agendaRequestsODS, agendaRequestsCSV, apiAgendaRequests, newAgendaRequest, editAgendaRequest
        case policyProducts, newPolicyProduct, editPolicyProduct, apiPolicyProducts
        case jointDecisions, newJointDecision, editJointDecision, apiJointDecisions, newCollaborationFromDecision
        case stances, newStance, editStance, apiStances, representation, insight, insightMunicipality, insightCSV, insightNetwork, insightTasks, insightNetworkCSV, insightTasksCSV, search, apiSearch, apiInsightMunicipality
        case wgrRegister, organisationCollaborations, structure, structureCheck, meetingExport, bodyMeetingsExport, meetingsCalendar, meetingMonth, bodyCalendar, personCalendar, asset, newCollaboration, editCollaboration, archiveCollaboration
        case restoreCollaboration, importCollaborations, newDocument, editDocument, documentFile, passage, documentDiWoo, wooSitemap, robots, newBody, editBody, editOrganisationMembers, newProgramme, editProgramme, newMeeting, editMeeting, deleteRecord, newCommitment, editCommitment, meetingPreparation
        case carryOverAction, documentRecognition, acceptFinding, signIn, signOut, account
        case accountTokens, revokeToken, health, readiness, metrics, apiContract, apiList, apiRegister, apiRecord
    }

    var routeCase: Case {
        switch self {
        case .home: .home
        case .accessibility: .accessibility
        case .list: .list
        case .record: .record
        case .history: .history
        case .register: .register
        case .registerCSV: .registerCSV
        case .registerJSON: .registerJSON
        case .registerOverview: .registerOverview
        case .commitments: .commitments
        case .commitmentDeadlines: .commitmentDeadlines
        case .commitmentsODS: .commitmentsODS
        case .commitmentsCSV: .commitmentsCSV
        case .apiCommitments: .apiCommitments
        case .agendaRequests: .agendaRequests
        case .agendaRequestsODS: .agendaRequestsODS
        case .agendaRequestsCSV: .agendaRequestsCSV
        case .apiAgendaRequests: .apiAgendaRequests
        case .newAgendaRequest: .newAgendaRequest
        case .editAgendaRequest: .editAgendaRequest
        case .policyProducts: .policyProducts
        case .newPolicyProduct: .newPolicyProduct
        case .editPolicyProduct: .editPolicyProduct
        case .apiPolicyProducts: .apiPolicyProducts
        case .jointDecisions: .jointDecisions
        case .newJointDecision: .newJointDecision
        case .editJointDecision: .editJointDecision
        case .apiJointDecisions: .apiJointDecisions
        case .newCollaborationFromDecision: .newCollaborationFromDecision
        case .stances: .stances
        case .newStance: .newStance
        case .editStance: .editStance
        case .apiStances: .apiStances
        case .representation: .representation
        case .insight: .insight
        case .insightMunicipality: .insightMunicipality
        case .insightCSV: .insightCSV
        case .insightNetwork: .insightNetwork
        case .insightTasks: .insightTasks
        case .insightNetworkCSV: .insightNetworkCSV
        case .insightTasksCSV: .insightTasksCSV
        case .search: .search
        case .apiSearch: .apiSearch
        case .apiInsightMunicipality: .apiInsightMunicipality
        case .wgrRegister: .wgrRegister
        case .organisationCollaborations: .organisationCollaborations
        case .structure: .structure
        case .meetingsCalendar: .meetingsCalendar
        case .meetingMonth: .meetingMonth
        case .bodyCalendar: .bodyCalendar
        case .personCalendar: .personCalendar
        case .structureCheck: .structureCheck
        case .meetingExport: .meetingExport
        case .bodyMeetingsExport: .bodyMeetingsExport
        case .asset: .asset
        case .newCollaboration: .newCollaboration
        case .editCollaboration: .editCollaboration
        case .archiveCollaboration: .archiveCollaboration
        case .restoreCollaboration: .restoreCollaboration
        case .importCollaborations: .importCollaborations
        case .newDocument: .newDocument
        case .editDocument: .editDocument
        case .documentFile: .documentFile
        case .passage: .passage
        case .documentDiWoo: .documentDiWoo
        case .wooSitemap: .wooSitemap
        case .robots: .robots
        case .newBody: .newBody
        case .editBody: .editBody
        case .editOrganisationMembers: .editOrganisationMembers
        case .newProgramme: .newProgramme
        case .editProgramme: .editProgramme
        case .newMeeting: .newMeeting
        case .editMeeting: .editMeeting
        case .deleteRecord: .deleteRecord
        case .newCommitment: .newCommitment
        case .editCommitment: .editCommitment
        case .meetingPreparation: .meetingPreparation
        case .carryOverAction: .carryOverAction
        case .documentRecognition: .documentRecognition
        case .acceptFinding: .acceptFinding
        case .signIn: .signIn
        case .signOut: .signOut
        case .account: .account
        case .accountTokens: .accountTokens
        case .revokeToken: .revokeToken
        case .health: .health
        case .readiness: .readiness
        case .metrics: .metrics
        case .apiContract: .apiContract
        case .apiList: .apiList
        case .apiRegister: .apiRegister
        case .apiRecord: .apiRecord
        }
    }
}
