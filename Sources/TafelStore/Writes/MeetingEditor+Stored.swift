import SQLKit
import TafelCore

extension MeetingEditor {
    /// The whole meeting as stored, and the part of it the viewer may see and edit.
    /// `locking`: inside a write, hold the row until the transaction ends.
    static func current(id: String, for viewer: Viewer, locking: Bool = false, in db: any SQLDatabase) async throws -> Stored? {
        guard let full = try await full(id: id, for: viewer, locking: locking, in: db) else { return nil }
        let visible = try await ReferenceCheck.visibleIDs(full.draft.input.references, by: viewer, in: db)
        return Stored(draft: full.draft.shown(to: visible), version: full.version, full: full.draft)
    }

    private static func full(id: String, for viewer: Viewer, locking: Bool,
                             in db: any SQLDatabase) async throws -> (draft: MeetingDraft, version: Int)? {
        struct MeetingFields: Decodable {
            let name: String, kind: String, status: String, bodyId: String?, date: String?, startTime: String?
            let endTime: String?, actualStartTime: String?, actualEndTime: String?, location: String?, onlineUrl: String?
            let description: String?, minutesDocumentId: String?, confidentiality: String, version: Int
        }
        guard let row = try await db.raw("""
            SELECT name, kind, status, body_id, date, start_time, end_time, actual_start_time, actual_end_time, location,
                   online_url, description, minutes_document_id, confidentiality, version
            FROM meetings t WHERE t.id = \(bind: id) AND
            """ + " " + Catalog.visibility(of: "t", .meeting, for: viewer) + (locking ? VersionedUpdate.lock("t", in: db) : ""))
            .first(decoding: MeetingFields.self, with: rowDecoder)
        else { return nil }
        let table = "meetings"
        struct ParticipantRow: Decodable {
            let personId: String?, organisationId: String?, onBehalfOfId: String?, role: String, presence: String?
        }
        struct ItemRow: Decodable {
            let number: Int, parentNumber: Int?, title: String, description: String?, presenterId: String?
            let durationMinutes: Int?, hamerstuk: Int, carriedFromMeetingId: String?, carriedFromPosition: Int?
        }
        struct ItemDocumentRow: Decodable { let itemNumber: Int, documentId: String }
        struct OutcomeRow: Decodable {
            let kind: String, text: String, agendaItemNumber: Int?, byPersonId: String?, result: String?
            let ownerId: String?, dueDate: String?, actionStatus: String?
        }
        let organisers = try await db.raw("SELECT organisation_id FROM meeting_organisers WHERE meeting_id = \(bind: id) ORDER BY organisation_id")
            .all(decodingColumn: "organisation_id", as: String.self)
        let participants = try await db.raw("""
            SELECT person_id, organisation_id, on_behalf_of_id, role, presence FROM meeting_attendances
            WHERE meeting_id = \(bind: id) ORDER BY position
            """).all(decoding: ParticipantRow.self, with: rowDecoder)
        let items = try await db.raw("""
            SELECT number, parent_number, title, description, presenter_id, duration_minutes, hamerstuk,
                   carried_from_meeting_id, carried_from_position
            FROM agenda_items WHERE meeting_id = \(bind: id) ORDER BY position, number
            """).all(decoding: ItemRow.self, with: rowDecoder)
        let itemDocuments = try await db.raw("""
            SELECT item_number, document_id FROM agenda_item_documents WHERE meeting_id = \(bind: id) ORDER BY item_number, position
            """).all(decoding: ItemDocumentRow.self, with: rowDecoder)
        let outcomes = try await db.raw("""
            SELECT kind, text, agenda_item_number, by_person_id, result, owner_id, due_date, action_status
            FROM meeting_outcomes WHERE meeting_id = \(bind: id) ORDER BY position
            """).all(decoding: OutcomeRow.self, with: rowDecoder)
        let draft = MeetingDraft(
            name: row.name, kind: try vocabulary(row.kind, table, id), status: try vocabulary(row.status, table, id),
            bodyID: row.bodyId, organiserIDs: organisers, date: partialDate(row.date),
            start: row.startTime.flatMap(TimeOfDay.init), end: row.endTime.flatMap(TimeOfDay.init),
            actualStart: row.actualStartTime.flatMap(TimeOfDay.init), actualEnd: row.actualEndTime.flatMap(TimeOfDay.init),
            location: row.location, onlineURL: row.onlineUrl, description: row.description,
            minutesDocumentID: row.minutesDocumentId,
            participants: try participants.map {
                .init(personID: $0.personId, organisationID: $0.organisationId, onBehalfOfID: $0.onBehalfOfId,
                      role: try vocabulary($0.role, table, id), presence: $0.presence.flatMap(Presence.init(rawValue:)))
            },
            agenda: items.map { item in
                .init(key: item.number, parentKey: item.parentNumber, title: item.title, description: item.description,
                      presenterID: item.presenterId, durationMinutes: item.durationMinutes, isHamerstuk: item.hamerstuk != 0,
                      documentIDs: itemDocuments.filter { $0.itemNumber == item.number }.map(\.documentId),
                      carriedFrom: item.carriedFromMeetingId.flatMap { meeting in
                          item.carriedFromPosition.map { .init(meetingID: meeting, position: $0) }
                      })
            },
            outcomes: try outcomes.map {
                .init(kind: try vocabulary($0.kind, table, id), text: $0.text, agendaKey: $0.agendaItemNumber,
                      byPersonID: $0.byPersonId, result: $0.result.flatMap(DecisionResult.init(rawValue:)), ownerID: $0.ownerId,
                      due: partialDate($0.dueDate), actionStatus: $0.actionStatus.flatMap(ActionStatus.init(rawValue:)))
            },
            confidentiality: Confidentiality(rawValue: row.confidentiality) ?? .vertrouwelijk,
            access: try await RecordAccessRows.read(.meeting, id: id, in: db))
        return (draft, row.version)
    }
}

extension MeetingDraft {
    /// The draft without what names a record outside `visible`: participants naming one are
    /// left out; a hidden body, minutes, presenter, document or person of an outcome is left empty.
    func shown(to visible: [NamedReference.Kind: Set<String>]) -> MeetingDraft {
        func seen(_ id: String?, _ kind: NamedReference.Kind) -> Bool { id.map { visible[kind]?.contains($0) == true } ?? true }
        func kept(_ id: String?, _ kind: NamedReference.Kind) -> String? { seen(id, kind) ? id : nil }
        var copy = self
        copy.bodyID = kept(bodyID, .body)
        copy.minutesDocumentID = kept(minutesDocumentID, .document)
        copy.organiserIDs = organiserIDs.filter { seen($0, .organisation) }
        copy.participants = participants.filter {
            seen($0.personID, .person) && seen($0.organisationID, .organisation) && seen($0.onBehalfOfID, .organisation)
        }
        copy.agenda = agenda.map { item in
            var item = item
            item.presenterID = kept(item.presenterID, .person)
            item.documentIDs = item.documentIDs.filter { seen($0, .document) }
            return item
        }
        copy.outcomes = outcomes.map { outcome in
            var outcome = outcome
            outcome.byPersonID = kept(outcome.byPersonID, .person)
            outcome.ownerID = kept(outcome.ownerID, .person)
            return outcome
        }
        return copy
    }

    /// This draft (what the editor saves) with the parts of `stored` they could not see put back:
    /// hidden participants and organisers at the end, and a hidden body, minutes, presenter, document
    /// or person where the editor's draft has none for the same item (by key) or outcome (by position).
    func keepingHidden(of stored: MeetingEditor.Stored) -> MeetingDraft {
        let full = stored.full, shown = stored.draft
        var copy = self
        if copy.bodyID == nil, shown.bodyID == nil { copy.bodyID = full.bodyID }
        if copy.minutesDocumentID == nil, shown.minutesDocumentID == nil { copy.minutesDocumentID = full.minutesDocumentID }
        copy.organiserIDs += full.organiserIDs.filter { !shown.organiserIDs.contains($0) && !copy.organiserIDs.contains($0) }
        copy.participants += full.participants.filter { !shown.participants.contains($0) }
        let hiddenItems = Dictionary(full.agenda.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let shownItems = Dictionary(shown.agenda.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        copy.agenda = copy.agenda.map { item in
            guard let stored = hiddenItems[item.key], let seen = shownItems[item.key] else { return item }
            var item = item
            if item.presenterID == nil, seen.presenterID == nil { item.presenterID = stored.presenterID }
            item.documentIDs += stored.documentIDs.filter { !seen.documentIDs.contains($0) && !item.documentIDs.contains($0) }
            return item
        }
        copy.outcomes = copy.outcomes.enumerated().map { index, outcome in
            guard index < full.outcomes.count, index < shown.outcomes.count else { return outcome }
            var outcome = outcome
            if outcome.byPersonID == nil, shown.outcomes[index].byPersonID == nil { outcome.byPersonID = full.outcomes[index].byPersonID }
            if outcome.ownerID == nil, shown.outcomes[index].ownerID == nil, outcome.kind == .actiepunt {
                outcome.ownerID = full.outcomes[index].ownerID
            }
            return outcome
        }
        return copy
    }
}
