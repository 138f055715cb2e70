/// Everything Inzicht computes for one province on one date, in one pass over its data: the
/// measures per municipality, the tasks, the running collaborations and the network among the
/// municipalities and the province. Pure; whoever keeps one may reuse it while the data holds.
public struct InsightSnapshot: Sendable {
    public let date: PartialDate
    public let provinceID: String
    /// In alphabetical order.
    public let municipalities: [MunicipalityInsight]
    public let tasks: TaskOverview
    /// The collaborations running on the date, by name.
    public let running: [InsightData.Collaboration]
    /// The pairs among the municipalities and the province that share a running collaboration, the most shared first.
    public let pairs: [CoParticipation.Pair]
    /// Per portefeuillehouder, the most commitments first.
    public let commitments: [CommitmentKeeping]
    /// The bodies with a meeting rule, those outside it first.
    public let rhythms: [MeetingRhythm]
    /// The province's congruence of scales: the mean of its municipalities' indexes; nil when none has one.
    public let congruence: Double?
    /// The democratic coverage of the running collaborations of each form, in the vocabulary's order;
    /// `form` nil for those whose form the sources do not name. Forms without one are left out.
    public let coverageByForm: [(form: CollaborationForm?, coverage: DemocraticCoverage)]
    let index: InsightIndex

    public init(_ data: InsightData, province provinceID: String, on date: PartialDate) {
        let index = InsightIndex(data, on: date)
        self.index = index
        self.date = date
        self.provinceID = provinceID
        municipalities = data.municipalities.sorted { $0.name < $1.name }.map { MunicipalityInsight($0, on: date, index: index) }
        tasks = TaskOverview(data, index: index)
        running = index.running.map(\.collaboration)
        pairs = CoParticipation.pairs(index, among: Set(data.municipalities.map(\.id) + [provinceID]))
        commitments = CommitmentKeeping.all(in: data, on: date)
        rhythms = MeetingRhythm.all(in: data, on: date)
        let indexes = municipalities.compactMap(\.congruence.index)
        congruence = indexes.isEmpty ? nil : indexes.reduce(0, +) / Double(indexes.count)
        let running = self.running
        coverageByForm = (CollaborationForm.allCases.map(Optional.some) + [nil]).compactMap { form in
            let these = running.filter { $0.form == form }
            return these.isEmpty ? nil : (form, DemocraticCoverage(these))
        }
    }

    /// The partners of `organisation` on the date, with how many collaborations each shares with it, the most first.
    public func partners(of organisation: String) -> [(id: String, collaborations: Int)] {
        CoParticipation.partners(of: organisation, index)
    }

    /// The running collaborations in which `organisation` takes part on the date, by name.
    public func collaborations(of organisation: String) -> [InsightData.Collaboration] {
        index.running(of: organisation).map(\.collaboration)
    }
}
