/// What collaboration means for one municipality on a date: its load (collaborations, seats in
/// bodies, meetings), absolute and per 10,000 inhabitants, the congruence of its scales and
/// the democratic coverage of its collaborations. Computed from `InsightData`, never stored.
/// The collaborations running on a date with who takes part then, and the seats held then, by
/// organisation: computed once, so that a province of fifty municipalities costs one pass.
struct InsightIndex {
    struct Running {
        let collaboration: InsightData.Collaboration
        let participants: Set<String>
    }

    let running: [Running]
    let byOrganisation: [String: [Int]]
    let seats: [String: [InsightData.Seat]]
    let meetings: [String: [PartialDate]]
    let bodyOwners: [String: String]

    init(_ data: InsightData, on date: PartialDate) {
        running = data.collaborations.compactMap { $0.runs(on: date) ? Running(collaboration: $0, participants: $0.participants(on: date)) : nil }
        var byOrganisation: [String: [Int]] = [:]
        for (index, entry) in running.enumerated() {
            for organisation in entry.participants { byOrganisation[organisation, default: []].append(index) }
        }
        self.byOrganisation = byOrganisation
        seats = Dictionary(grouping: data.seats.filter { date.isWithin(start: $0.start, end: $0.end) }, by: \.organisationID)
        meetings = Dictionary(grouping: data.meetings, by: \.bodyID).mapValues { $0.map(\.date) }
        bodyOwners = data.bodyOwners
    }

    func running(of organisation: String) -> [Running] {
        (byOrganisation[organisation] ?? []).map { running[$0] }
    }
}

public struct MunicipalityInsight: Sendable, Hashable, Identifiable {
    public let municipality: InsightData.Municipality
    public let collaborations: Int
    /// Seats that persons hold on its behalf in bodies of other organisations.
    public let seats: Int
    /// Meetings in the twelve months up to the date of the bodies in which it holds a seat.
    public let meetings: Int
    public let congruence: ScaleCongruence.Result
    public let coverage: DemocraticCoverage

    public var id: String { municipality.id }

    public static let collaborationsDefinition = "Samenwerkingen die op de peildatum lopen (de periode omvat de datum; zonder bekende einddatum telt een status afgerond, gestopt of niet haalbaar als beëindigd; een samenwerking in verkenning of voorbereiding telt mee) en waarin de gemeente dan deelneemt."
    public static let seatsDefinition = "Zetels die personen namens de gemeente op de peildatum innemen in gremia van andere organisaties (gremia van de gemeente zelf tellen niet)."
    public static let meetingsDefinition = "Bijeenkomsten in de twaalf maanden tot en met de peildatum van de gremia waarin de gemeente op de peildatum een zetel heeft."
    public static let perInhabitantsDefinition = "Per 10.000 inwoners: het aantal gedeeld door het aantal inwoners volgens de bron, maal 10.000; niet berekend als het aantal inwoners niet bekend is."

    public init(_ municipality: InsightData.Municipality, in data: InsightData, on date: PartialDate) {
        self.init(municipality, on: date, index: InsightIndex(data, on: date))
    }

    init(_ municipality: InsightData.Municipality, on date: PartialDate, index: InsightIndex) {
        self.municipality = municipality
        let own = index.running(of: municipality.id)
        collaborations = own.count
        let held = (index.seats[municipality.id] ?? []).filter { index.bodyOwners[$0.bodyID] != municipality.id }
        seats = held.count
        let from = PartialDate.yearBefore(date).iso, to = date.iso
        meetings = Set(held.map(\.bodyID)).reduce(0) { total, body in
            total + (index.meetings[body] ?? []).filter { $0.iso > from && $0.iso <= to }.count
        }
        congruence = ScaleCongruence.of(partnerSets: own.map { $0.participants.subtracting([municipality.id]) })
        coverage = DemocraticCoverage(own.map(\.collaboration))
    }

    /// `count` per 10,000 inhabitants, nil when the number of inhabitants is not known.
    public func perTenThousand(_ count: Int) -> Double? {
        guard let inhabitants = municipality.inhabitants, inhabitants > 0 else { return nil }
        return Double(count) * 10_000 / Double(inhabitants)
    }

    /// Every municipality of `data`, in alphabetical order.
    public static func all(in data: InsightData, on date: PartialDate) -> [MunicipalityInsight] {
        let index = InsightIndex(data, on: date)
        return data.municipalities.sorted { $0.name < $1.name }.map { MunicipalityInsight($0, on: date, index: index) }
    }
}

extension PartialDate {
    /// The same day a year earlier (29 February: 28 February), at the date's own precision.
    static func yearBefore(_ date: PartialDate) -> PartialDate {
        let year = zeroPadded(date.year - 1, width: 4)
        guard let month = date.month else { return PartialDate(iso: year) ?? date }
        let day = date.day.map { date.month == 2 && $0 == 29 ? 28 : $0 }
        let iso = year + "-" + zeroPadded(month, width: 2) + (day.map { "-" + zeroPadded($0, width: 2) } ?? "")
        return PartialDate(iso: iso) ?? date
    }
}
