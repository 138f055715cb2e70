import Foundation
import Synchronization
import TafelStore

/// The banner over every page when the loaded data set is synthetic (`tafel demo --schaal
/// landelijk`). Read from `dataset_facts` at most every 30 seconds, so that a reload of the
/// data shows without a restart and a page costs no extra query.
final class DatasetNotice: Sendable {
    private struct Cached { var text: String?; var readAt: Date }
    private let database: Database
    private let cached = Mutex(Cached(text: nil, readAt: .distantPast))
    static let lifetime: TimeInterval = 30

    init(database: Database) {
        self.database = database
    }

    /// The banner text, or nil for real data.
    func current() async -> String? {
        let now = Date()
        if let fresh = cached.withLock({ now.timeIntervalSince($0.readAt) < Self.lifetime ? Optional($0.text) : nil }) {
            return fresh
        }
        let facts = (try? await DatasetFacts.read(from: database)) ?? [:]
        let text = DatasetFacts.isSynthetic(facts)
            ? "Synthetische gegevens: deze omgeving toont een gegenereerde landelijke gegevensset om mee te testen en te meten. Niets hiervan is echt."
            : nil
        cached.withLock { $0 = Cached(text: text, readAt: now) }
        return text
    }
}
