/// Where a quoted passage stands in its document's text, and the anchor that leads to it: the
/// same passage gets the same anchor on every page that cites it, so a fact's source is one
/// click from the place in the document it rests on.
public enum PassageAnchor {
    /// "passage-" and twelve hex digits of FNV-1a over the passage's words (whitespace is not
    /// part of a quote: a line break in the document and a space in the quote are the same).
    public static func id(for passage: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in words(passage).utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return "passage-" + String((String(repeating: "0", count: max(0, 16 - hex.count)) + hex).prefix(12))
    }

    /// The text's words joined by single spaces.
    static func words(_ text: String) -> String {
        text.split(whereSeparator: { $0.isASCII && $0.isWhitespace }).joined(separator: " ")
    }

    /// The first place of each passage in `text`, as UTF-8 offsets, whitespace matched loosely;
    /// passages that are not in the text are left out.
    public static func locate(_ passages: [String], in text: String) -> [String: Range<Int>] {
        // The text's bytes with every run of whitespace as one space, and where each came from.
        var bytes: [UInt8] = [], origin: [Int] = []
        bytes.reserveCapacity(text.utf8.count)
        origin.reserveCapacity(text.utf8.count)
        var inSpace = false
        for (offset, byte) in text.utf8.enumerated() {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                if !inSpace, !bytes.isEmpty { bytes.append(0x20); origin.append(offset) }
                inSpace = true
            } else {
                bytes.append(byte); origin.append(offset)
                inSpace = false
            }
        }
        var found: [String: Range<Int>] = [:]
        for passage in passages where found[passage] == nil {
            let needle = Array(words(passage).utf8)
            guard !needle.isEmpty, let range = bytes.firstRange(of: needle) else { continue }
            found[passage] = origin[range.lowerBound]..<(origin[range.upperBound - 1] + 1)
        }
        return found
    }
}
