import TafelCore
import TafelStore

/// Generates the national data set into a bulk writer, one kind of record after the other.
/// Only what later tables refer to is kept in memory (ids, names, links); text-heavy rows
/// (meetings, documents) are written as they are made. Lives for one load only.
final class NationalGenerator {
    struct Organisation {
        let id: String
        let name: String
        let shortName: String
        let kind: OrganisationKind
        /// The province (its number in `Provinces.all`) the organisation works in; nil for a national one.
        let province: Int?
    }

    struct Person {
        let id: String
        let name: String
        /// The organisation the person works for or represents.
        var organisation: Int
    }

    struct Post {
        let id: String
        let label: String
        let role: String
        let organisation: Int
    }

    struct Body {
        let id: String
        let name: String
        let kind: BodyKind
        let organisation: Int?
        let collaboration: Int?
        let parent: Int?
    }

    struct Participant {
        let organisation: Int
        let role: ParticipantRole
    }

    struct Collaboration {
        let id: String
        let name: String
        let shortName: String?
        let region: String
        let province: Int
        let form: CollaborationForm
        let status: CollaborationStatus
        let domains: [Int]
        let participants: [Participant]
        let start: CalendarDay?
        let end: CalendarDay?
        let confidentiality: Confidentiality
        /// An earlier collaboration of the same name that this one succeeds.
        let predecessor: Int?
        var bodies: [Int] = []

        var lead: Int { participants[0].organisation }
    }

    struct Meeting {
        let id: String
        let body: Int
        let date: CalendarDay
        let held: Bool
        let confidentiality: Confidentiality
    }

    let plan: NationalPlan
    let seed: UInt64
    let writer: BulkWriter

    /// The day the data set describes: meetings after it are planned, nothing ends after it.
    static let referenceDay = CalendarDay(2026, 7, 1)
    /// `created_at` and `updated_at` of every generated row.
    static let timestamp = "2026-07-01T00:00:00Z"
    static let earliestDay = CalendarDay(2005, 1, 1)

    var organisations: [Organisation] = []
    /// The organisation of each province, by province number.
    var provinceOrganisations: [Int] = []
    var municipalities: [[Int]] = []
    var waterBoards: [[Int]] = []
    /// Other organisations (not national) by province.
    var partners: [[Int]] = []
    var nationalOrganisations: [Int] = []
    var posts: [Post] = []
    var persons: [Person] = []
    var staff: [[Int]] = []
    var bodies: [Body] = []
    var bodyMembers: [[Int]] = []
    /// The Provinciale Staten of each province organisation (the addressee of a statenbrief).
    var provincialStates: [Int: Int] = [:]
    var agendas: [String] = []
    var tasks: [[(id: String, domain: Int)]] = []
    var collaborations: [Collaboration] = []
    var meetings: [Meeting] = []
    var commitments = 0
    var jointDecisions = 0
    /// Meetings of collaboration bodies, which documents are about.
    var collaborationMeetings: [Int] = []
    /// The vertrouwelijk records and the organisation that may see each, written last.
    var restricted: [(kind: RecordKind, id: String, organisation: Int)] = []

    private var usedIDs = Set<String>()
    private var usedNames = Set<String>()

    init(plan: NationalPlan, seed: UInt64, writer: BulkWriter) {
        self.plan = plan
        self.seed = seed
        self.writer = writer
    }

    func random(_ stream: String) -> SeededRandom {
        SeededRandom(seed: seed, stream: stream)
    }

    /// A unique slug id from `text` (with "-2", "-3"… when taken).
    func uniqueID(_ text: String, maximumLength: Int = 70) -> String {
        let base = Slug.make(from: text, maximumLength: maximumLength)
        var candidate = base
        var number = 2
        while usedIDs.contains(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        usedIDs.insert(candidate)
        return candidate
    }

    /// "document-000042": for the many meetings and documents, short and in the order made.
    static func numberedID(_ prefix: String, _ number: Int) -> String {
        let digits = String(number)
        return prefix + "-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// Claims `name`; false when it was taken already.
    func claim(_ name: String) -> Bool {
        usedNames.insert(name).inserted
    }

    /// ~94 % openbaar, ~5 % intern, ~1 % vertrouwelijk.
    static func confidentiality(_ random: inout SeededRandom) -> Confidentiality {
        random.weighted([(.openbaar, 940), (.intern, 50), (.vertrouwelijk, 10)])
    }

    /// A start or end date at the precision a source might give: a year, a month or a day.
    static func partialDate(_ day: CalendarDay, _ random: inout SeededRandom) -> String {
        switch random.index(10) {
        case 0, 1: String(day.year)
        case 2, 3, 4: day.isoMonth
        default: day.iso
        }
    }

    /// The phases in order; `report` is called after each with the tables it wrote.
    func run(report: (String) async throws -> Void) async throws {
        try await generateOrganisations()
        try await writer.flushAll()
        try await report("organisaties")
        try await generatePersonsAndPosts()
        try await writer.flushAll()
        try await report("personen")
        try await generateTaskAgendas()
        try await writer.flushAll()
        try await report("opgaven")
        planCollaborations()
        try await generateBodies()
        try await writer.flushAll()
        try await report("gremia")
        try await generateMemberships()
        try await writer.flushAll()
        try await report("lidmaatschappen")
        try await writeCollaborations()
        try await writer.flushAll()
        try await report("samenwerkingen")
        try await generateMeetings()
        try await writer.flushAll()
        try await report("bijeenkomsten")
        try await generateJointDecisions()
        try await writer.flushAll()
        try await report("gezamenlijke besluiten")
        try await generateDocuments()
        try await writer.flushAll()
        try await report("documenten")
        for record in restricted {
            try await writer.append(NationalTables.recordAccess, [
                .text(record.kind.rawValue), .text(record.id), .text(organisations[record.organisation].id),
            ])
        }
        try await writer.flushAll()
        try await report("toegang")
    }
}
