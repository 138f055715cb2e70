import Foundation

/// The running text of a DOCX (`word/document.xml`) or ODT (`content.xml`) body: paragraphs and
/// headings as lines, tabs and breaks kept, every other element's markup dropped. A small scanner
/// rather than an XML parser: the text is all that is read, and a damaged tag loses only itself.
enum OfficeText {
    static func docx(_ xml: String) -> String {
        text(of: xml, text: ["w:t"], paragraphs: ["w:p"], breaks: ["w:br", "w:cr"], tabs: ["w:tab"], spaces: [])
    }

    static func odt(_ xml: String) -> String {
        text(of: xml, text: ["text:p", "text:h", "text:span", "text:a"], paragraphs: ["text:p", "text:h"],
             breaks: ["text:line-break"], tabs: ["text:tab"], spaces: ["text:s"])
    }

    /// `text` names the elements whose character data is the document's text (DOCX keeps it in
    /// `w:t` only; ODT in the paragraphs themselves).
    private static func text(of xml: String, text: Set<String>, paragraphs: Set<String>, breaks: Set<String>,
                             tabs: Set<String>, spaces: Set<String>) -> String {
        var result = ""
        var open: [String] = []
        var rest = Substring(xml)
        while let start = rest.firstIndex(of: "<") {
            let data = rest[..<start]
            if let inner = open.last, text.contains(inner) { result += decodeEntities(data) }
            guard let end = rest[start...].firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: start)..<end]
            rest = rest[rest.index(after: end)...]
            if tag.hasPrefix("?") || tag.hasPrefix("!") { continue }
            let closing = tag.hasPrefix("/")
            let selfClosing = tag.hasSuffix("/")
            let name = String(tag.drop { $0 == "/" }.prefix { !$0.isWhitespace && $0 != "/" })
            if closing {
                if let index = open.lastIndex(of: name) { open.removeSubrange(index...) }
                if paragraphs.contains(name) { result += "\n" }
                continue
            }
            if breaks.contains(name) { result += "\n" }
            if tabs.contains(name), !open.contains("w:tabs") { result += "\t" }  // not a tab stop's definition
            if spaces.contains(name) {
                let count = attribute("text:c", in: tag).flatMap { Int($0) } ?? 1
                result += String(repeating: " ", count: min(max(count, 1), 1_000))
            }
            if selfClosing {
                if paragraphs.contains(name) { result += "\n" }
            } else {
                open.append(name)
            }
        }
        return result
    }

    private static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let range = tag.range(of: name + "=\"") else { return nil }
        let value = tag[range.upperBound...]
        return value.firstIndex(of: "\"").map { String(value[..<$0]) }
    }

    static func decodeEntities(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        var result = ""
        var rest = text
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semicolon) <= 10 else {
                result += "&"; rest = rest[rest.index(after: amp)...]; continue
            }
            let entity = rest[rest.index(after: amp)..<semicolon]
            switch entity {
            case "amp": result += "&"
            case "lt": result += "<"
            case "gt": result += ">"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                let number = entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16)
                    : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
                if let number, let scalar = Unicode.Scalar(number) { result.unicodeScalars.append(scalar) }
                else { result += "&\(entity);" }
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}
