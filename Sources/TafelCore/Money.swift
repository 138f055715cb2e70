import Foundation

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

extension Money {
    /// Parses euros as people type them: `6000000`, `6.000.000`, `1234,50`, `1.234,50`, `€ 12,5`
    /// or `1234.50` (a single point followed by one or two digits is a decimal point).
    public init?(euros text: String) {
        var digits = text.replacingOccurrences(of: "€", with: "").replacingOccurrences(of: " ", with: "")
            .replacingOccurrences(of: "\u{00A0}", with: "")
        let negative = digits.hasPrefix("-")
        if negative { digits.removeFirst() }
        var whole = digits
        var fraction = ""
        if let comma = digits.lastIndex(of: ",") {
            whole = String(digits[..<comma]).replacingOccurrences(of: ".", with: "")
            fraction = String(digits[digits.index(after: comma)...])
        } else if let point = digits.lastIndex(of: "."), digits.filter({ $0 == "." }).count == 1,
                  (1...2).contains(digits.distance(from: point, to: digits.endIndex) - 1) {
            whole = String(digits[..<point])
            fraction = String(digits[digits.index(after: point)...])
        } else {
            whole = digits.replacingOccurrences(of: ".", with: "")
        }
        guard !whole.isEmpty, whole.count <= 15, whole.allSatisfy(\.isASCIIDigit), fraction.count <= 2,
              fraction.allSatisfy(\.isASCIIDigit), let euros = Int64(whole)
        else { return nil }
        let cents = euros * 100 + (Int64(fraction.padding(toLength: 2, withPad: "0", startingAt: 0)) ?? 0)
        self.init(cents: negative ? -cents : cents)
    }

    /// `6000000` or `1234.50`: the amount as a plain number of euros, for forms and files.
    public var plainEuros: String {
        let sign = cents < 0 ? "-" : ""
        let absolute = cents.magnitude
        return absolute % 100 == 0 ? "\(sign)\(absolute / 100)" : "\(sign)\(absolute / 100).\(zeroPadded(Int(absolute % 100), width: 2))"
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
