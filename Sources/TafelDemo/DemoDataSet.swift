import Foundation
import TafelCore
import TafelStore

/// The demo data set: Drenthe as the seeds describe it, read from the JSON files in
/// `DemoData/` (or another folder with the same files) and checked before anything is written.
public struct DemoDataSet: Sendable {
    let documents: [DocumentEntry]
    let documentTexts: [String: String]
    let organisations: [OrganisationEntry]
    let persons: [PersonEntry]
    let posts: [PostEntry]
    let memberships: [MembershipEntry]
    let organisationMemberships: [OrganisationMembershipEntry]
    let bodies: [BodyEntry]
    let agendas: [TaskAgendaEntry]
    let collaborations: [CollaborationEntry]
    let meetings: [MeetingEntry]
    let programmes: [ProgrammeEntry]
    let commitments: [CommitmentEntry]
    let agendaRequests: [AgendaRequestEntry]
    let policyProducts: [PolicyProductEntry]
    let jointDecisions: [JointDecisionEntry]
    let stances: [StanceEntry]

    /// The data set shipped with Tafel.
    public static func bundled() throws(DemoDataError) -> DemoDataSet {
        guard let folder = Bundle.module.url(forResource: "DemoData", withExtension: nil) else {
            throw DemoDataError(["De map DemoData ontbreekt in de installatie van Tafel."])
        }
        return try load(from: folder)
    }

    public static func load(from folder: URL) throws(DemoDataError) -> DemoDataSet {
        var problems: [String] = []
        func read<T: Decodable>(_ file: String, as type: [T].Type) -> [T] {
            let url = folder.appendingPathComponent(file)
            do {
                return try JSONDecoder().decode(type, from: Data(contentsOf: url))
            } catch let DecodingError.keyNotFound(key, context) {
                problems.append("\(file): het veld ‘\(key.stringValue)’ ontbreekt (\(Self.path(context))).")
            } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
                problems.append("\(file): verkeerd soort waarde bij \(Self.path(context)).")
            } catch let DecodingError.dataCorrupted(context) {
                problems.append("\(file): geen geldige JSON (\(context.debugDescription)).")
            } catch {
                problems.append("\(file): kan niet worden gelezen (\(error.localizedDescription)).")
            }
            return []
        }
        let documents = read("documenten.json", as: [DocumentEntry].self)
        var texts: [String: String] = [:]
        for document in documents {
            guard let file = document.tekstbestand else { texts[document.id] = ""; continue }
            let url = folder.appendingPathComponent("documenten").appendingPathComponent(file)
            if let text = try? String(contentsOf: url, encoding: .utf8) {
                switch Self.part(of: text, from: document.tekstVanaf, until: document.tekstTot) {
                case .some(let part): texts[document.id] = part
                case nil: problems.append("documenten.json: ‘\(document.id)’: tekstVanaf of tekstTot staat niet in ‘\(file)’.")
                }
            } else {
                problems.append("documenten.json: het tekstbestand ‘\(file)’ van ‘\(document.id)’ ontbreekt of is geen UTF-8.")
            }
        }
        let set = DemoDataSet(
            documents: documents, documentTexts: texts,
            organisations: read("organisaties.json", as: [OrganisationEntry].self),
            persons: read("personen.json", as: [PersonEntry].self),
            posts: read("posten.json", as: [PostEntry].self),
            memberships: read("lidmaatschappen.json", as: [MembershipEntry].self),
            organisationMemberships: read("organisatielidmaatschappen.json", as: [OrganisationMembershipEntry].self),
            bodies: read("gremia.json", as: [BodyEntry].self),
            agendas: read("opgaven.json", as: [TaskAgendaEntry].self),
            collaborations: read("samenwerkingen.json", as: [CollaborationEntry].self),
            meetings: read("bijeenkomsten.json", as: [MeetingEntry].self),
            programmes: read("programmas.json", as: [ProgrammeEntry].self),
            commitments: read("toezeggingen.json", as: [CommitmentEntry].self),
            agendaRequests: read("agenderingsverzoeken.json", as: [AgendaRequestEntry].self),
            policyProducts: read("beleidsproducten.json", as: [PolicyProductEntry].self),
            jointDecisions: read("gezamenlijke-besluiten.json", as: [JointDecisionEntry].self),
            stances: read("standpunten.json", as: [StanceEntry].self))
        guard problems.isEmpty else { throw DemoDataError(problems) }
        try set.validate()
        return set
    }

    /// The text from the first `start` on, up to the first `end` after it; nil when either is not found.
    static func part(of text: String, from start: String?, until end: String?) -> String? {
        var part = Substring(text)
        if let start {
            guard let found = part.range(of: start) else { return nil }
            part = part[found.lowerBound...]
        }
        if let end {
            guard let found = part.range(of: end) else { return nil }
            part = part[..<found.lowerBound]
        }
        return String(part)
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        return path.isEmpty ? "bovenaan" : path
    }

    var tasks: [(agenda: TaskAgendaEntry, task: TaskEntry)] {
        agendas.flatMap { agenda in agenda.opgaven.map { (agenda, $0) } }
    }

    /// How many records of each kind the set holds.
    public var counts: [String: Int] {
        [
            "organisaties": organisations.count, "personen": persons.count, "posten": posts.count,
            "lidmaatschappen": memberships.count, "organisatielidmaatschappen": organisationMemberships.count, "gremia": bodies.count, "opgavenagendas": agendas.count,
            "opgaven": tasks.count, "samenwerkingen": collaborations.count, "bijeenkomsten": meetings.count,
            "documenten": documents.count, "programmas": programmes.count,
            "toezeggingen": commitments.count, "agenderingsverzoeken": agendaRequests.count,
            "beleidsproducten": policyProducts.count, "gezamenlijke-besluiten": jointDecisions.count, "standpunten": stances.count,
        ]
    }
}

/// Everything wrong with a demo data set, each line naming the file, record and field.
public struct DemoDataError: Error, Sendable, CustomStringConvertible {
    public let problems: [String]
    public init(_ problems: [String]) { self.problems = problems }
    public var description: String {
        "De demogegevens zijn ongeldig (\(problems.count) probleem/problemen):\n" + problems.map { "- " + $0 }.joined(separator: "\n")
    }
}
