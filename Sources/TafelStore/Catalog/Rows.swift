import Foundation
import SQLKit
import TafelCore

/// Database rows as stored (snake_case columns), turned into domain values here and nowhere else.
let rowDecoder = ColumnRowDecoder()

/// A stored value outside its vocabulary or format: the database was written by something else.
public struct CorruptRecord: Error, CustomStringConvertible {
    public let table: String
    public let id: String
    public let problem: String
    public var description: String { "Ongeldige gegevens in \(table) ‘\(id)’: \(problem)" }
}

func vocabulary<V: Vocabulary>(_ code: String, _ table: String, _ id: String) throws -> V {
    guard let value = V(rawValue: code) else {
        throw CorruptRecord(table: table, id: id, problem: "onbekende waarde ‘\(code)’")
    }
    return value
}

func partialDate(_ text: String?) -> PartialDate? { text.flatMap(PartialDate.init(iso:)) }

protocol MetaRow {
    var createdAt: String { get }
    var updatedAt: String { get }
    var version: Int { get }
    var confidentiality: String { get }
}

extension MetaRow {
    /// An unknown level reads as the strictest, never as public.
    var meta: RecordMeta {
        RecordMeta(createdAt: Timestamp.date(createdAt), updatedAt: Timestamp.date(updatedAt), version: version,
                   confidentiality: Confidentiality(rawValue: confidentiality) ?? .vertrouwelijk)
    }
}

struct OrganisationRow: Decodable, MetaRow {
    let id: String, name: String, shortName: String?, kind: String, cbsCode: String?, tooiUri: String?
    let inhabitants: Int?, inhabitantsNote: String?, parentId: String?, description: String?
    let createdAt: String, updatedAt: String, version: Int, confidentiality: String

    func domain() throws -> Organisation {
        Organisation(id: id, name: name, shortName: shortName, kind: try vocabulary(kind, "organisations", id),
                     cbsCode: cbsCode, tooiURI: tooiUri, inhabitants: inhabitants, inhabitantsNote: inhabitantsNote,
                     parentID: parentId, description: description, meta: meta)
    }
}

struct PersonRow: Decodable, MetaRow {
    let id: String, name: String, givenName: String?, familyNamePrefix: String?, familyName: String?
    let description: String?
    let createdAt: String, updatedAt: String, version: Int, confidentiality: String

    func domain() -> Person {
        Person(id: id, name: name, givenName: givenName, familyNamePrefix: familyNamePrefix,
               familyName: familyName, description: description, meta: meta)
    }
}

struct BodyRow: Decodable, MetaRow {
    let id: String, name: String, kind: String, organisationId: String?, parentId: String?, description: String?
    let meetingsPerYearMin: Int?, meetingsPerYearMax: Int?
    let createdAt: String, updatedAt: String, version: Int, confidentiality: String

    func domain() throws -> Body {
        Body(id: id, name: name, kind: try vocabulary(kind, "bodies", id), organisationID: organisationId,
             parentID: parentId, description: description, meetingsPerYearMin: meetingsPerYearMin,
             meetingsPerYearMax: meetingsPerYearMax, meta: meta)
    }
}

struct TaskAgendaRow: Decodable, MetaRow {
    let id: String, name: String, ownerId: String?, adoptedOn: String?, description: String?
    let createdAt: String, updatedAt: String, version: Int, confidentiality: String

    func domain() -> TaskAgenda {
        TaskAgenda(id: id, name: name, ownerID: ownerId, adopted: partialDate(adoptedOn),
                   description: description, meta: meta)
    }
}

struct TaskRow: Decodable, MetaRow {
    let id: String, agendaId: String, number: Int?, name: String, cluster: String?, description: String?
    let provinceRoles: String?, consequences: String?
    let createdAt: String, updatedAt: String, version: Int, confidentiality: String

    func domain() throws -> Task {
        let codes = (consequences ?? "").split(separator: ",").map(String.init)
        let roles = (provinceRoles ?? "").split(separator: ",").map(String.init)
        return Task(id: id, agendaID: agendaId, number: number, name: name, cluster: cluster, description: description,
                    provinceRoles: try roles.map { try vocabulary($0, "task_province_roles", id) }.sorted { $0.rawValue < $1.rawValue },
                    consequences: try codes.map { try vocabulary($0, "task_consequences", id) }.sorted { $0.rawValue < $1.rawValue },
                    meta: meta)
    }
}

struct CollaborationRow: Decodable, MetaRow {
    let id: String, name: String, shortName: String?, purpose: String?, description: String?
    let form: String?, wgrForm: String?, status: String?, statusReason: String?
    let startDate: String?, endDate: String?, provinceRoles: String?, domains: String?
    let councilInvolvements: String?, councilReporting: String?, legalBasis: String?, seat: String?
    let transferredPowers: String?, archivedAt: String?
    let createdAt: String, updatedAt: String, version: Int, confidentiality: String

    func domain() throws -> Collaboration {
        let table = "collaborations"
        let roles = (provinceRoles ?? "").split(separator: ",").map(String.init)
        var collaboration = Collaboration(
            id: id, name: name, shortName: shortName, purpose: purpose, description: description,
            form: try form.map { try vocabulary($0, table, id) },
            wgrForm: try wgrForm.map { try vocabulary($0, table, id) },
            status: try status.map { try vocabulary($0, table, id) },
            statusReason: statusReason, start: partialDate(startDate), end: partialDate(endDate),
            provinceRoles: try roles.map { try vocabulary($0, table, id) }.sorted { $0.rawValue < $1.rawValue },
            domains: (domains ?? "").split(separator: "|").map(String.init).sorted(),
            meta: meta)
        collaboration.councilInvolvement = try (councilInvolvements ?? "").split(separator: ",")
            .map { try vocabulary(String($0), table, id) as CouncilInvolvement }.sorted { $0.rawValue < $1.rawValue }
        collaboration.councilReporting = councilReporting
        collaboration.legalBasis = legalBasis
        collaboration.seat = seat
        collaboration.transferredPowers = transferredPowers
        collaboration.archivedAt = archivedAt
        return collaboration
    }
}

struct MeetingRow: Decodable, MetaRow {
    let id: String, name: String, kind: String, status: String, date: String?, startTime: String?
    let location: String?, bodyId: String?, description: String?
    let endTime: String?, actualStartTime: String?, actualEndTime: String?, onlineUrl: String?, minutesDocumentId: String?
    let createdAt: String, updatedAt: String, version: Int, confidentiality: String

    func domain() throws -> Meeting {
        Meeting(id: id, name: name, kind: try vocabulary(kind, "meetings", id),
                status: try vocabulary(status, "meetings", id), date: partialDate(date), startTime: startTime,
                location: location, bodyID: bodyId, description: description, meta: meta, endTime: endTime,
                actualStartTime: actualStartTime, actualEndTime: actualEndTime, onlineURL: onlineUrl,
                minutesDocumentID: minutesDocumentId)
    }
}

struct DocumentRow: Decodable, MetaRow {
    let id: String, title: String, kind: String, date: String?, reference: String?, handledBy: String?
    let author: String?, summary: String?, origin: String?, wooCategory: String?
    /// Only selected for the detail page.
    let fullText: String?
    let createdAt: String, updatedAt: String, version: Int, confidentiality: String

    func domain() throws -> Document {
        Document(id: id, title: title, kind: try vocabulary(kind, "documents", id), date: partialDate(date),
                 reference: reference, handledBy: handledBy, author: author, summary: summary, origin: origin,
                 chosenWooCategory: try wooCategory.map { try vocabulary($0, "documents", id) }, meta: meta)
    }
}

/// `id` + `name` of a referenced record, as selected with an alias pair.
struct ReferenceRow: Decodable {
    let id: String
    let name: String
}
