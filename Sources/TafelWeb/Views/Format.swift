import Foundation

/// Dutch number formatting: 67.708.
enum Format {
    static func number(_ value: Int) -> String {
        value.formatted(.number.grouping(.automatic).locale(Locale(identifier: "nl_NL")))
    }
}
