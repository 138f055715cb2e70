import Foundation

/// Dutch formatting: numbers (67.708) and moments (22 november 2026 om 14:05, Amsterdam time).
enum Format {
    static func dateTime(_ date: Date) -> String {
        var style = Date.FormatStyle(date: .long, time: .shortened, locale: Locale(identifier: "nl_NL"))
        style.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .gmt
        return date.formatted(style)
    }

    static func number(_ value: Int) -> String {
        value.formatted(.number.grouping(.automatic).locale(Locale(identifier: "nl_NL")))
    }

    /// 16777216 → "16 MiB", 4096 → "4 KiB".
    static func bytes(_ count: Int) -> String {
        if count >= 1 << 20, count % (1 << 20) == 0 { return "\(count >> 20) MiB" }
        if count >= 1 << 10, count % (1 << 10) == 0 { return "\(count >> 10) KiB" }
        return "\(number(count)) bytes"
    }
}
