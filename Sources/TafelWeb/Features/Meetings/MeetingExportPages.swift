import Foundation
import Hummingbird
import NIOCore
import TafelCore
import TafelStore

/// A meeting, or all meetings of a body, in the open standards' shapes: Open Raads-, Staten-
/// en Bestuursinformatie (`ods`) and Popolo (`popolo`), read as the viewer may see them.
struct MeetingExportPages {
    let catalog: Catalogs

    /// The most meetings of one body in one export, newest first.
    static let bodyLimit = 500

    func addRoutes(to router: RouterGroup<AppContext>) {
        for format in SiteRoute.ExportFormat.allCases {
            router.get(.meetingExport(.routeID, format)) { request, context in try await meeting(format, request, context) }
            router.get(.bodyMeetingsExport(.routeID, format)) { request, context in try await body(format, request, context) }
        }
    }

    func meeting(_ format: SiteRoute.ExportFormat, _ request: Request, _ context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: .meeting)
        guard let detail = try await catalog(context).meeting(id: id) else { throw RecordNotFound(kind: .meeting, id: id) }
        return switch format {
        case .ods: try Self.json(MeetingExport.vergadering(detail))
        case .popolo: try Self.json(MeetingExport.event(detail))
        }
    }

    func body(_ format: SiteRoute.ExportFormat, _ request: Request, _ context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: .body)
        let catalog = catalog(context)
        guard try await catalog.body(id: id) != nil else { throw RecordNotFound(kind: .body, id: id) }
        var details: [MeetingDetail] = []
        for meeting in try await catalog.calendarMeetings(body: id, dated: false, limit: Self.bodyLimit) {
            if let detail = try await catalog.meeting(id: meeting.id) { details.append(detail) }
        }
        return switch format {
        case .ods: try Self.json(details.map(MeetingExport.vergadering))
        case .popolo: try Self.json(details.map(MeetingExport.event))
        }
    }

    static func json(_ value: some Encodable) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }
}
