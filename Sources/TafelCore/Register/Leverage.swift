import Foundation

/// The leverage of a collaboration's money: what the investment it drew in is per euro
/// of provincial contribution (€ 6 mln → € 24 mln is 1 : 4).
public enum Leverage {
    public static func ratio(_ amounts: [CollaborationAmount]) -> Double? {
        let contribution = amounts.filter { $0.kind == .provincialeBijdrage }.reduce(Int64(0)) { $0 + $1.amount.cents }
        let investment = amounts.filter { $0.kind == .uitgelokteInvestering }.reduce(Int64(0)) { $0 + $1.amount.cents }
        guard contribution > 0, investment > 0 else { return nil }
        return Double(investment) / Double(contribution)
    }

    /// "€ 6 mln provinciale bijdrage → € 24 mln uitgelokte investering (1 : 4)".
    public static func text(_ amounts: [CollaborationAmount]) -> String? {
        guard let ratio = ratio(amounts) else { return nil }
        let contribution = Money(cents: amounts.filter { $0.kind == .provincialeBijdrage }.reduce(0) { $0 + $1.amount.cents })
        let investment = Money(cents: amounts.filter { $0.kind == .uitgelokteInvestering }.reduce(0) { $0 + $1.amount.cents })
        let rounded = (ratio * 10).rounded() / 10
        let factor = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded).replacingOccurrences(of: ".", with: ",")
        return "\(contribution.dutch(compact: true)) provinciale bijdrage → \(investment.dutch(compact: true)) uitgelokte investering (1 : \(factor))"
    }
}
