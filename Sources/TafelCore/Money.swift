/// An amount of money in whole cents: never floating point.
public struct Money: Sendable, Hashable {
    public let cents: Int64
    public let currency: String

    public init(cents: Int64, currency: String = "EUR") {
        self.cents = cents
        self.currency = currency
    }

    /// Dutch notation: "€ 6.000.000" or "€ 1.234,50"; millions as "€ 6 mln" when `compact`.
    public func dutch(compact: Bool = false) -> String {
        let symbol = currency == "EUR" ? "€" : currency
        let sign = cents < 0 ? "-" : ""
        let absolute = cents.magnitude
        let euros = absolute / 100
        let rest = absolute % 100
        if compact, rest == 0, euros >= 1_000_000, euros % 100_000 == 0 {
            let millions = euros / 1_000_000
            let tenths = (euros % 1_000_000) / 100_000
            return "\(sign)\(symbol) \(millions)\(tenths == 0 ? "" : ",\(tenths)") mln"
        }
        let grouped = Self.group(euros)
        return rest == 0 ? "\(sign)\(symbol) \(grouped)" : "\(sign)\(symbol) \(grouped),\(zeroPadded(Int(rest), width: 2))"
    }

    static func group(_ value: UInt64) -> String {
        let digits = Array(String(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(".") }
            out.append(digit)
        }
        return out
    }
}
