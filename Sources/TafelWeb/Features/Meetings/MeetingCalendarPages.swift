import Foundation
import Hummingbird
import TafelCore
import TafelStore

/// iCalendar feeds (RFC 5545): every public meeting, a body's, a person's. A feed is read as
/// the public sees it, also when a signed-in user fetches it: a calendar app passes its
/// address around, and no address may carry what the public may not see.
struct MeetingCalendarPages {
    let catalog: Catalogs
    let publicURL: String?

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.meetingsCalendar, use: all)
        router.get(.bodyCalendar(.routeID), use: body)
        router.get(.personCalendar(.routeID), use: person)
    }

    private var publicCatalog: Catalog { Catalog(database: catalog.database, viewer: .anonymous) }

    func all(_ request: Request, context: AppContext) async throws -> Response {
        feed("Bijeenkomsten", try await publicCatalog.calendarMeetings())
    }

    func body(_ request: Request, context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: .body)
        guard let detail = try await publicCatalog.body(id: id) else { throw RecordNotFound(kind: .body, id: id) }
        return feed("Bijeenkomsten van \(detail.body.name)", try await publicCatalog.calendarMeetings(body: id))
    }

    func person(_ request: Request, context: AppContext) async throws -> Response {
        let id = try request.recordID(context, kind: .person)
        guard let detail = try await publicCatalog.person(id: id) else { throw RecordNotFound(kind: .person, id: id) }
        return feed("Bijeenkomsten met \(detail.person.name)", try await publicCatalog.calendarMeetings(person: id))
    }

    private func feed(_ name: String, _ meetings: [Meeting]) -> Response {
        let base = publicURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        let events = meetings.compactMap { meeting -> ICalendar.Event? in
            guard let date = meeting.date else { return nil }
            return ICalendar.Event(
                uid: "bijeenkomst-\(meeting.id)@tafel", summary: meeting.name, date: date, startTime: meeting.startTime,
                location: meeting.location, description: [meeting.kind.label, meeting.description].compactMap { $0 }.joined(separator: "\n\n"),
                url: base.map { $0 + SiteRoute.record(.meeting, meeting.id).href }, status: meeting.status,
                changedAt: meeting.meta.updatedAt, sequence: max(0, meeting.meta.version - 1), endTime: meeting.endTime)
        }
        return Response(status: .ok, headers: [.contentType: "text/calendar; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: ICalendar.feed(name: name, events: events))))
    }
}
