import Foundation

/// RFC 4180 CSV: quoted fields with doubled quotes and line breaks inside, CRLF or LF.
/// Reading accepts a comma or a semicolon (as Dutch spreadsheet programs write) and a BOM.
public enum CSV {
    /// One record with the line number (from 1) it starts on.
    public struct Record: Sendable, Hashable {
        public var line: Int
        public var fields: [String]
    }

    public struct ParseError: Error, Sendable, Hashable {
        public var line: Int
        public var message: String
    }

    public static func parse(_ text: String) throws(ParseError) -> [Record] {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        let firstLine = body.prefix { $0 != "\n" && $0 != "\r\n" }
        let delimiter: Character = firstLine.contains(";") && !firstLine.contains(",") ? ";" : ","
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var fieldStarted = false
        var line = 1
        var recordLine = 1
        var iterator = body.makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let following = next() {
                        if following == "\"" { field.append("\"") } else { quoted = false; pending = following }
                    } else { quoted = false }
                } else {
                    if c == "\n" || c == "\r\n" { line += 1; field.append("\n") } else { field.append(c) }
                }
                continue
            }
            switch c {
            case "\"" where !fieldStarted:
                quoted = true; fieldStarted = true
            case delimiter:
                fields.append(field); field = ""; fieldStarted = false
            case "\n", "\r\n", "\r":
                fields.append(field); field = ""; fieldStarted = false
                if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
                fields = []
                line += 1
                recordLine = line
            default:
                if c == "\"" { throw ParseError(line: line, message: "een aanhalingsteken midden in een veld moet het hele veld omsluiten (\"…\") en binnen het veld verdubbeld worden.") }
                field.append(c); fieldStarted = true
            }
        }
        if quoted { throw ParseError(line: recordLine, message: "een veld tussen aanhalingstekens wordt niet afgesloten.") }
        if fieldStarted || !fields.isEmpty {
            fields.append(field)
            records.append(Record(line: recordLine, fields: fields))
        }
        return records
    }

    /// One CSV line (without its line break), quoting where needed; `separator` ";" for the
    /// files Dutch spreadsheet programs open as columns.
    public static func line(_ fields: [String], separator: String = ",") -> String {
        fields.map { field in
            // `isNewline`, not `== "\n"`: a CRLF inside a field is one Character, equal to neither "\n" nor "\r".
            guard field.contains(where: { $0 == "," && separator == "," || $0 == "\"" || $0.isNewline || $0 == ";" }) else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: separator)
    }

    /// The characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

    /// A cell that a spreadsheet would run as a formula gets a leading apostrophe, which
    /// spreadsheets show as text; `formulaRestored` takes it off again on import.
    public static func formulaNeutralised(_ cell: String) -> String {
        guard let first = cell.first, formulaStarts.contains(first) else { return cell }
        return "'" + cell
    }

    /// The cell as it was before `formulaNeutralised`.
    public static func formulaRestored(_ cell: String) -> String {
        guard cell.hasPrefix("'"), let second = cell.dropFirst().first, formulaStarts.contains(second) else { return cell }
        return String(cell.dropFirst())
    }

    /// A list inside one cell: items separated by `; `, a literal `;` or `\` escaped with `\`.
    public static func joinList(_ items: [String]) -> String {
        items.map { $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;") }
            .joined(separator: "; ")
    }

    public static func splitList(_ cell: String) -> [String] {
        var items: [String] = []
        var current = ""
        var escaped = false
        for c in cell {
            if escaped { current.append(c); escaped = false; continue }
            if c == "\\" { escaped = true; continue }
            if c == ";" { items.append(current); current = ""; continue }
            current.append(c)
        }
        items.append(current)
        return items.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
