import SQLKit
import TafelCore
import TafelStore

/// Inserts the records of a validated demo data set, parents before children.
/// Lives for one transaction only, so it may keep state.
final class DemoWriter {
    let db: any SQLDatabase
    let now: String
    /// Sources refer to documents, which are written last: collected, then written.
    private var pendingSources: [[String: (any Encodable & Sendable)?]] = []

    init(db: any SQLDatabase, now: String) {
        self.db = db
        self.now = now
    }

    func write(_ set: DemoDataSet) async throws {
        for o in Self.parentsFirst(set.organisations, id: \.id, parent: \.bovenliggende) {
            try await insert("organisations", [
                "id": o.id, "name": o.naam, "short_name": o.korteNaam, "kind": o.soort, "cbs_code": o.cbsCode,
                "tooi_uri": o.tooiUri, "inhabitants": o.inwoners, "inhabitants_note": o.inwonersToelichting,
                "parent_id": o.bovenliggende, "description": o.omschrijving,
            ])
            try await sources(.organisation, o.id, o.bronnen)
        }
        for p in set.persons {
            try await insert("persons", [
                "id": p.id, "name": p.naam, "given_name": p.voornaam, "family_name_prefix": p.tussenvoegsel,
                "family_name": p.achternaam, "description": p.omschrijving,
            ])
            try await sources(.person, p.id, p.bronnen)
        }
        for b in Self.parentsFirst(set.bodies, id: \.id, parent: \.bovenliggende) {
            try await insert("bodies", [
                "id": b.id, "name": b.naam, "kind": b.soort, "organisation_id": b.organisatie, "parent_id": b.bovenliggende,
                "description": b.omschrijving, "meetings_per_year_min": b.vergaderingenPerJaarMin,
                "meetings_per_year_max": b.vergaderingenPerJaarMax,
            ])
            try await sources(.body, b.id, b.bronnen)
        }
        for b in set.bodies {
            for (index, constituency) in (b.achterban ?? []).enumerated() {
                try await insert("body_constituencies", ["body_id": b.id, "position": index + 1, "constituency_id": constituency])
            }
        }
        for p in set.posts {
            try await insert("posts", [
                "id": p.id, "label": p.label, "role": p.rol, "organisation_id": p.organisatie, "body_id": p.gremium,
            ])
            try await sources(.post, p.id, p.bronnen)
        }
        for m in set.memberships {
            try await insert("memberships", [
                "id": m.id, "person_id": m.persoon, "organisation_id": m.organisatie, "body_id": m.gremium,
                "post_id": m.post, "role": m.rol, "on_behalf_of_id": m.namens, "start_date": m.vanaf,
                "end_date": m.tot, "observed_on": m.waargenomenOp,
            ])
            try await sources(.membership, m.id, m.bronnen)
        }
        for m in set.organisationMemberships {
            try await insert("organisation_memberships", [
                "id": m.id, "member_id": m.lid, "organisation_id": m.organisatie, "role": m.rol,
                "start_date": m.vanaf, "end_date": m.tot, "observed_on": m.waargenomenOp,
            ])
            // A Popolo membership like a person's: its sources under the same kind.
            try await sources(.membership, m.id, m.bronnen)
        }
        for a in set.agendas {
            try await insert("task_agendas", [
                "id": a.id, "name": a.naam, "owner_id": a.eigenaar, "adopted_on": a.vastgesteld, "description": a.omschrijving,
            ])
            try await sources(.taskAgenda, a.id, a.bronnen)
            for t in a.opgaven {
                try await insert("tasks", [
                    "id": t.id, "agenda_id": a.id, "number": t.nummer, "name": t.naam, "cluster": t.cluster,
                    "description": t.omschrijving,
                ])
                for role in Set(t.rolProvincie ?? []) {
                    try await insert("task_province_roles", ["task_id": t.id, "role": role])
                }
                for consequence in Set(t.consequenties ?? []) {
                    try await insert("task_consequences", ["task_id": t.id, "consequence": consequence])
                }
                try await sources(.task, t.id, t.bronnen)
            }
        }
        try await writeCollaborations(set.collaborations)
        try await writeMeetings(set.meetings)
        try await writeProgrammes(set.programmes)
        for d in set.documents {
            try await insert("documents", [
                "id": d.id, "title": d.titel, "kind": d.soort, "date": d.datum, "reference": d.kenmerk,
                "handled_by": d.behandeldDoor, "author": d.auteur,
                "confidentiality": d.vertrouwelijkheid ?? Confidentiality.openbaar.rawValue,
                "summary": d.samenvatting, "full_text": set.documentTexts[d.id] ?? "",
                "woo_category": d.wooInformatiecategorie,
            ])
        }
        // An attachment names its letter, which may come later in the file.
        for d in set.documents {
            if let parent = d.bijlageBij {
                try await db.raw("UPDATE documents SET attached_to = \(bind: parent) WHERE id = \(bind: d.id)").run()
            }
        }
        // Meetings come before documents, so the documents an agenda item treats follow them.
        for m in set.meetings {
            for item in m.agendapunten ?? [] {
                for (position, document) in (item.documenten ?? []).enumerated() {
                    try await insert("agenda_item_documents", [
                        "meeting_id": m.id, "item_number": item.nummer, "position": position, "document_id": document,
                    ])
                }
            }
        }
        // Parties and sources may point at any document, so they follow all documents.
        let bodyIDs = Set(set.bodies.map(\.id))
        for d in set.documents {
            for (role, parties) in [(DocumentParty.sender, d.afzenders ?? []), (DocumentParty.addressee, d.geadresseerden ?? [])] {
                for (position, party) in parties.enumerated() {
                    let isBody = bodyIDs.contains(party)
                    try await insert("document_parties", [
                        "document_id": d.id, "role": role, "position": position,
                        "organisation_id": isBody ? nil : party, "body_id": isBody ? party : nil,
                    ])
                }
            }
            try await sources(.document, d.id, d.bronnen)
        }
        // A statement's passage names a document, so statements follow all documents.
        for o in set.organisations {
            var positions: [String: Int] = [:]
            for statement in o.koers ?? [] {
                let position = (positions[statement.soort] ?? 0) + 1
                positions[statement.soort] = position
                try await insert("organisation_statements", [
                    "organisation_id": o.id, "kind": statement.soort, "position": position, "title": statement.titel,
                    "text": statement.tekst, "adopted_on": statement.vastgesteld, "document_id": statement.bron?.document,
                    "passage": statement.bron?.passage ?? statement.bron?.referentie,
                ])
            }
        }
        // A commitment names the letter it was made in and the ones that kept it.
        for c in set.commitments {
            try await insert("commitments", [
                "id": c.id, "title": c.titel, "text": c.tekst, "made_on": c.gedaanOp, "meeting_id": c.bijeenkomst,
                "outcome_position": c.uitkomst, "document_id": c.document, "by_person_id": c.doorPersoon, "by_body_id": c.doorGremium,
                "to_body_id": c.aanGremium, "to_organisation_id": c.aanOrganisatie, "deadline_date": c.termijn?.datum,
                "deadline_event": c.termijn?.gebeurtenis, "fulfilled_on": c.voldaanOp, "decision": c.besluit,
                "decision_note": c.besluitToelichting, "description": c.omschrijving,
            ])
            for (position, document) in (c.voldaanMet ?? []).enumerated() {
                try await insert("commitment_fulfilments", ["commitment_id": c.id, "position": position + 1, "document_id": document])
            }
            try await sources(.commitment, c.id, c.bronnen)
        }
        for r in set.agendaRequests {
            // Checked by `validate()`, so the draft is there.
            let draft = try AgendaRequestDraft(r.input)
            try await insert("agenda_requests", [
                "id": r.id, "title": draft.title, "fraction_id": draft.fractionID, "body_id": draft.bodyID,
                "subject_document_id": draft.subjectDocumentID, "document_id": draft.documentID, "meeting_id": draft.meetingID,
                "submitted_on": draft.submittedOn?.iso, "status": draft.status.rawValue, "motivation": draft.motivation,
                "fraction_view": draft.view, "description": draft.description,
            ])
            for (q, question) in draft.questions.enumerated() {
                try await insert("agenda_request_questions", [
                    "request_id": r.id, "position": q + 1, "addressee": question.addressee.rawValue, "number": question.number,
                    "text": question.text,
                ])
                for (a, answer) in question.answers.enumerated() {
                    try await insert("question_answers", [
                        "request_id": r.id, "question_position": q + 1, "position": a + 1, "text": answer.text,
                        "answered_on": answer.answeredOn?.iso, "by_person_id": answer.byPersonID, "by_body_id": answer.byBodyID,
                        "by_organisation_id": answer.byOrganisationID, "document_id": answer.documentID, "meeting_id": answer.meetingID,
                    ])
                }
            }
            try await sources(.agendaRequest, r.id, r.bronnen)
        }
        for p in set.policyProducts {
            // Checked by `validate()`, so the draft is there.
            let draft = try PolicyProductDraft(p.input)
            try await insert("policy_products", [
                "id": p.id, "name": draft.name, "owner_id": draft.ownerID, "task_id": draft.taskID, "domain": draft.domain,
                "task_kind": draft.taskKind?.rawValue, "core_task": draft.isCoreTask.map { $0 ? 1 : 0 }, "description": draft.description,
                "decided_on": draft.decidedOn?.iso, "document_id": draft.documentID,
            ])
            for role in draft.roles { try await insert("policy_product_roles", ["product_id": p.id, "role": role.rawValue]) }
            for (index, c) in draft.consequences.enumerated() {
                try await insert("policy_product_consequences", [
                    "product_id": p.id, "position": index + 1, "subject": c.subject, "consequence": c.consequence.rawValue,
                    "role": c.role?.rawValue, "effective_from": c.from?.iso, "note": c.note,
                ])
            }
            for (index, collaboration) in draft.collaborationIDs.enumerated() {
                try await insert("policy_product_collaborations", ["product_id": p.id, "position": index + 1, "collaboration_id": collaboration])
            }
            try await sources(.policyProduct, p.id, p.bronnen)
        }
        for d in set.jointDecisions {
            // Checked by `validate()`, so the draft is there.
            let draft = try JointDecisionDraft(d.input)
            try await insert("joint_decisions", [
                "id": d.id, "title": draft.title, "proposal": draft.proposal, "description": draft.description,
                "offered_by_body_id": draft.offeredByBodyID, "owner_id": draft.ownerID, "organ": draft.organ?.rawValue,
                "offered_on": draft.offeredOn?.iso, "respond_by": draft.respondBy?.iso, "task_id": draft.taskID, "meeting_id": draft.meetingID,
                "document_id": draft.documentID, "collaboration_id": draft.collaborationID,
            ])
            for (index, r) in draft.responses.enumerated() {
                try await insert("joint_decision_responses", [
                    "decision_id": d.id, "position": index + 1, "organisation_id": r.organisationID, "status": r.status.rawValue,
                    "decided_on": r.decidedOn?.iso, "decision_url": r.decisionURL, "document_id": r.documentID, "note": r.note,
                ])
            }
            try await sources(.jointDecision, d.id, d.bronnen)
        }
        for p in set.stances {
            // Checked by `validate()`, so the draft is there.
            let draft = try StanceDraft(p.input)
            try await insert("stances", [
                "id": p.id, "title": draft.title, "text": draft.text, "description": draft.description, "addressee": draft.addressee.rawValue,
                "addressee_id": draft.addresseeID, "owner_id": draft.ownerID, "body_id": draft.bodyID, "carrier_id": draft.carrierID,
                "status": draft.status.rawValue, "taken_on": draft.takenOn?.iso, "on_lobby_agenda": draft.onLobbyAgenda ? 1 : 0,
                "meeting_id": draft.meetingID, "document_id": draft.documentID,
            ])
            for (index, organisation) in draft.supporterIDs.enumerated() {
                try await insert("stance_supporters", ["stance_id": p.id, "position": index + 1, "organisation_id": organisation])
            }
            for (index, task) in draft.taskIDs.enumerated() {
                try await insert("stance_tasks", ["stance_id": p.id, "position": index + 1, "task_id": task])
            }
            try await sources(.stance, p.id, p.bronnen)
        }
        try await flushSources()
    }

    private func writeProgrammes(_ programmes: [ProgrammeEntry]) async throws {
        for p in programmes {
            try await insert("programmes", [
                "id": p.id, "name": p.naam, "portfolio": p.portefeuille, "goal": p.doel, "status": p.status,
                "description": p.omschrijving, "owner_id": p.eigenaar, "body_id": p.bestuurlijkOverleg,
                "official_body_id": p.ambtelijkOverleg, "core_group_id": p.kerngroep, "chair_id": p.bestuurlijkVoorzitter,
                "official_chair_id": p.ambtelijkVoorzitter, "vng_committee_id": p.vngCommissie, "vng_member_id": p.vngCommissielid,
            ])
            var position = 0
            for theme in p.themas ?? [] {
                position += 1
                let parent = position
                try await insert("programme_themes", [
                    "programme_id": p.id, "position": position, "parent_position": nil, "name": theme.naam, "task_id": theme.opgave,
                ])
                for sub in theme.subthemas ?? [] {
                    position += 1
                    try await insert("programme_themes", [
                        "programme_id": p.id, "position": position, "parent_position": parent, "name": sub, "task_id": nil,
                    ])
                }
            }
            for (index, m) in (p.bijeenkomsten ?? []).enumerated() {
                try await insert("programme_meetings", [
                    "programme_id": p.id, "position": index + 1, "description": m.omschrijving, "kind": m.soort,
                    "per_year_min": m.perJaarMin, "per_year_max": m.perJaarMax, "body_id": m.gremium,
                ])
            }
            for (index, organisation) in (p.partners ?? []).enumerated() {
                try await insert("programme_partners", ["programme_id": p.id, "position": index + 1, "organisation_id": organisation])
            }
            for task in Set(p.opgaven ?? []) {
                try await insert("programme_tasks", ["programme_id": p.id, "task_id": task])
            }
            for collaboration in Set(p.samenwerkingen ?? []) {
                try await insert("programme_collaborations", ["programme_id": p.id, "collaboration_id": collaboration])
            }
            try await sources(.programme, p.id, p.bronnen)
        }
    }

    private func writeCollaborations(_ collaborations: [CollaborationEntry]) async throws {
        for c in collaborations {
            try await insert("collaborations", [
                "id": c.id, "name": c.naam, "short_name": c.korteNaam, "purpose": c.doel, "description": c.omschrijving,
                "form": c.vorm, "wgr_form": c.wgrVorm, "status": c.status, "status_reason": c.redenStatus,
                "start_date": c.startdatum, "end_date": c.einddatum,
            ])
            for role in Set(c.rolProvincie ?? []) {
                try await insert("collaboration_province_roles", ["collaboration_id": c.id, "role": role])
            }
            for domain in Set(c.domeinen ?? []) {
                try await insert("collaboration_domains", ["collaboration_id": c.id, "domain": domain])
            }
            for task in Set(c.opgaven ?? []) {
                try await insert("collaboration_tasks", ["collaboration_id": c.id, "task_id": task])
            }
            for agenda in Set(c.opgavenagendas ?? []) {
                try await insert("collaboration_task_agendas", ["collaboration_id": c.id, "agenda_id": agenda])
            }
            for body in Set(c.gremia ?? []) {
                try await insert("collaboration_bodies", ["collaboration_id": c.id, "body_id": body])
            }
            for p in c.deelnemers ?? [] {
                try await insert("collaboration_participants", [
                    "collaboration_id": c.id, "organisation_id": p.organisatie, "role": p.rol,
                    "start_date": p.vanaf, "end_date": p.tot,
                ])
            }
            for (position, a) in (c.bedragen ?? []).enumerated() {
                try await insert("collaboration_amounts", [
                    "collaboration_id": c.id, "position": position, "description": a.omschrijving, "kind": a.soort,
                    "amount_cents": a.bedragCent, "currency": a.valuta ?? "EUR", "organisation_id": a.organisatie,
                    "period": a.periode,
                ])
            }
            try await sources(.collaboration, c.id, c.bronnen)
        }
        for c in collaborations {
            for r in c.gerelateerd ?? [] {
                try await insert("collaboration_relations", [
                    "collaboration_id": c.id, "related_id": r.samenwerking, "relation": r.relatie,
                ])
            }
        }
    }

    private func writeMeetings(_ meetings: [MeetingEntry]) async throws {
        for m in meetings {
            try await insert("meetings", [
                "id": m.id, "name": m.naam, "kind": m.soort, "status": m.status, "date": m.datum,
                "start_time": m.aanvang, "location": m.locatie, "body_id": m.gremium, "description": m.omschrijving,
            ])
            for organiser in Set(m.organisatoren ?? []) {
                try await insert("meeting_organisers", ["meeting_id": m.id, "organisation_id": organiser])
            }
            for (position, p) in (m.deelnemers ?? []).enumerated() {
                try await insert("meeting_attendances", [
                    "meeting_id": m.id, "position": position, "person_id": p.persoon, "organisation_id": p.organisatie,
                    "on_behalf_of_id": p.namens, "role": p.rol,
                ])
            }
            for item in m.agendapunten ?? [] {
                try await insert("agenda_items", [
                    "meeting_id": m.id, "number": item.nummer, "position": item.nummer, "title": item.titel,
                    "description": item.omschrijving,
                ])
            }
            for (position, u) in (m.uitkomsten ?? []).enumerated() {
                try await insert("meeting_outcomes", [
                    "meeting_id": m.id, "position": position, "kind": u.soort, "text": u.tekst,
                    "agenda_item_number": u.agendapunt, "by_person_id": u.door,
                ])
            }
            try await sources(.meeting, m.id, m.bronnen)
        }
    }

    // MARK: - Writing rows

    private func sources(_ kind: RecordKind, _ id: String, _ entries: [SourceEntry]?) async throws {
        for (position, entry) in (entries ?? []).enumerated() {
            pendingSources.append([
                "subject_kind": kind.rawValue, "subject_id": id, "position": position,
                "document_id": entry.document, "passage": entry.passage, "external_reference": entry.referentie,
            ])
        }
    }

    private func flushSources() async throws {
        for row in pendingSources { try await insert("sources", row) }
        pendingSources.removeAll()
    }

    private func insert(_ table: String, _ values: [String: (any Encodable & Sendable)?]) async throws {
        try await insertRow(table, values, now: now, in: db)
    }

    /// Orders records so that each comes after its parent (self-references are checked per statement).
    static func parentsFirst<T>(_ items: [T], id: KeyPath<T, String>, parent: KeyPath<T, String?>) -> [T] {
        let known = Set(items.map { $0[keyPath: id] })
        var placed = Set<String>()
        var remaining = items
        var ordered: [T] = []
        while !remaining.isEmpty {
            let ready = remaining.filter { item in
                guard let parentID = item[keyPath: parent], known.contains(parentID) else { return true }
                return placed.contains(parentID)
            }
            guard !ready.isEmpty else { return ordered + remaining }  // a cycle: the database will refuse it
            ready.forEach { placed.insert($0[keyPath: id]) }
            ordered += ready
            remaining.removeAll { placed.contains($0[keyPath: id]) }
        }
        return ordered
    }
}
