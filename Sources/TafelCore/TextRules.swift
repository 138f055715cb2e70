/// Characters no text in Tafel may hold: control characters (NUL among them, which some
/// layers cut a string at) and the bidirectional overrides and isolates that make a name
/// display differently from what it says ("Trojan Source"). Tabs and line breaks are
/// allowed where a field takes them.
public enum TextRules {
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The first forbidden character of `text`, as `U+0000`, with its position (from 1).
    public static func firstForbidden(in text: String) -> (code: String, position: Int)? {
        for (index, scalar) in text.unicodeScalars.enumerated() where isForbidden(scalar) {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return ("U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex, index + 1)
        }
        return nil
    }
}
