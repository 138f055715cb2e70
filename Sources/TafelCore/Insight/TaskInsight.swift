/// Coherence or fragmentation per task (opgave): how many collaborations serve it on a date,
/// how large they are and how much money they carry, how many are small projects, and which
/// municipalities take part in it through which collaborations.
public struct TaskInsight: Sendable, Hashable, Identifiable {
    public let task: InsightData.Task
    /// The collaborations running on the date that serve the task, by name.
    public let collaborations: [InsightData.Collaboration]
    /// For each, the number of organisations taking part on the date.
    public let sizes: [Int]
    /// Each municipality of the province taking part, with the collaborations (ids) through which.
    public let municipalities: [String: [String]]

    public var id: String { task.id }

    /// At most this many participants makes a collaboration a small project.
    public static let smallSize = 3

    public static let collaborationsDefinition = "Samenwerkingen die op de peildatum lopen en die volgens hun gegevens in Tafel deze opgave dienen; een samenwerking die meer opgaven dient, telt bij elk."
    public static let municipalitiesDefinition = "Gemeenten van de provincie die op de peildatum deelnemen aan ten minste één van die samenwerkingen."
    public static let sizeDefinition = "De mediaan van het aantal deelnemende organisaties op de peildatum."
    public static let smallDefinition = "Een klein project is een samenwerking met hoogstens drie deelnemers op de peildatum; het aandeel is hun aantal gedeeld door het aantal samenwerkingen van de opgave."
    public static let moneyDefinition = "Per samenwerking het budget als de bron dat noemt, anders de som van de bijdragen (van de provincie en van anderen); een uitgelokte investering telt niet. Opgeteld over de samenwerkingen waarvan een bedrag bekend is; hoeveel dat er zijn, staat erbij."
    public static let withoutTaskDefinition = "Lopende samenwerkingen waarbij in Tafel geen opgave is vastgelegd."

    public init(task: InsightData.Task, collaborations: [InsightData.Collaboration], sizes: [Int], municipalities: [String: [String]]) {
        self.task = task; self.collaborations = collaborations; self.sizes = sizes; self.municipalities = municipalities
    }

    public var count: Int { collaborations.count }

    public var medianSize: Double? {
        guard !sizes.isEmpty else { return nil }
        let sorted = sizes.sorted(), middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }

    public var small: Int { sizes.filter { $0 <= Self.smallSize }.count }

    /// 0…1; nil without collaborations.
    public var smallShare: Double? { sizes.isEmpty ? nil : Double(small) / Double(sizes.count) }

    /// The summed money in euro cents, nil when no amount is known.
    public var money: Int64? {
        let known = collaborations.compactMap(\.money)
        return known.isEmpty ? nil : known.reduce(0, +)
    }

    public var withMoney: Int { collaborations.filter { $0.money != nil }.count }
}

/// The tasks of a province on a date, with how many of its running collaborations serve none.
public struct TaskOverview: Sendable, Hashable {
    public let tasks: [TaskInsight]
    public let running: Int
    public let withoutTask: [InsightData.Collaboration]

    public init(_ data: InsightData, on date: PartialDate) {
        self.init(data, index: InsightIndex(data, on: date))
    }

    init(_ data: InsightData, index: InsightIndex) {
        let municipalityIDs = Set(data.municipalities.map(\.id))
        var serving: [String: [InsightIndex.Running]] = [:]
        var withoutTask: [InsightData.Collaboration] = []
        for entry in index.running {
            if entry.collaboration.taskIDs.isEmpty { withoutTask.append(entry.collaboration) }
            for task in Set(entry.collaboration.taskIDs) { serving[task, default: []].append(entry) }
        }
        tasks = data.tasks.map { task in
            let entries = serving[task.id] ?? []
            var municipalities: [String: [String]] = [:]
            for entry in entries {
                for organisation in entry.participants where municipalityIDs.contains(organisation) {
                    municipalities[organisation, default: []].append(entry.collaboration.id)
                }
            }
            return TaskInsight(task: task, collaborations: entries.map(\.collaboration), sizes: entries.map(\.participants.count),
                               municipalities: municipalities)
        }
        running = index.running.count
        self.withoutTask = withoutTask
    }
}
