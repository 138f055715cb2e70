import Foundation
import TafelCore

/// Names what is wrong with a JSON body that does not parse, and where: the generated
/// decoder only says "not valid JSON". The position is a line and column of the body.
enum JSONBodyCheck {
    static func check(_ body: Data) throws(ValidationFailure) {
        guard !body.isEmpty else { return }
        do {
            _ = try JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])
        } catch {
            let reason = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
            throw ValidationFailure(field: "body", code: "ongeldig", message: "body is geen geldige JSON: " + explain(reason, in: body))
        }
    }

    private static func explain(_ reason: String, in body: Data) -> String {
        if reason.contains("Unexpected end of file") {
            return "de tekst houdt op midden in een waarde (\(position(ofOffset: body.count, in: body)))."
        }
        if let range = reason.range(of: #"character (\d+)"#, options: .regularExpression),
           let offset = Int(reason[range].dropFirst("character ".count)) {
            return "onverwacht teken (\(position(ofOffset: offset, in: body)))."
        }
        if let range = reason.range(of: #"Number (\S+) is not representable"#, options: .regularExpression) {
            let number = reason[range].dropFirst("Number ".count).prefix { !$0.isWhitespace }
            let offset = body.firstRange(of: Data(number.utf8)).map { body.distance(from: body.startIndex, to: $0.lowerBound) } ?? 0
            return "het getal \(number) is te groot (\(position(ofOffset: offset, in: body)))."
        }
        return "de tekst kan niet als JSON worden gelezen."
    }

    /// `regel 2, kolom 7` for a byte offset (from 0) into `body`.
    static func position(ofOffset offset: Int, in body: Data) -> String {
        var line = 1
        var column = 1
        for byte in body.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {  // count characters, not UTF-8 continuation bytes
                column += 1
            }
        }
        return "regel \(line), kolom \(column)"
    }
}
