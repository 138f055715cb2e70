import Crypto
import Foundation
import TafelCore

/// A file as an editor sent it: its name and its bytes.
public struct Upload: Sendable {
    public let filename: String
    public let data: Data

    public init(filename: String, data: Data) {
        self.filename = Self.cleanName(filename)
        self.data = data
    }

    /// The name without any folder a browser may send, control characters or quotes; never empty.
    static func cleanName(_ name: String) -> String {
        let base = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(base.unicodeScalars.filter { $0.value >= 0x20 && $0 != "\"" && $0.value != 0x7F }.prefix(200))
            .trimmingCharacters(in: .whitespaces)
        return clean.isEmpty ? "bestand" : clean
    }

    /// The SHA-256 checksum of the bytes, in lower-case hexadecimal.
    public var sha256: String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}

/// Why an uploaded file is not taken, in words an editor can act on; `field` is the form's.
public enum UploadProblem: Error, Sendable, Equatable {
    case empty(String)
    case tooLarge(String, bytes: Int)
    case unsupported(String)
    case mismatch(String, actual: FileFormat)
    case damaged(String, format: FileFormat)
    case encrypted(String)
    case extractedTooLarge(String)
    case tooSlow(String)
    case unreadable(String)
    case toolMissing(format: FileFormat, tool: String, package: String)
    case noText(String)

    public static let field = "bestand"

    public var message: String {
        let again = " Kies het bestand opnieuw nadat u het hebt aangepast; wat u verder hebt ingevuld, blijft staan."
        switch self {
        case .empty(let name):
            return "bestand: ‘\(name)’ is leeg (0 bytes)." + again
        case .tooLarge(let name, let bytes):
            return "bestand: ‘\(name)’ is \(ByteSize.exact(bytes)) groot; Tafel neemt bestanden tot \(ByteSize.dutch(TextExtractor.maximumFileSize)) aan."
        case .unsupported(let name):
            return "bestand: ‘\(name)’ is geen PDF, DOCX, ODT of platte tekst; alleen die vier soorten neemt Tafel aan."
        case .mismatch(let name, let actual):
            return "bestand: ‘\(name)’ heeft de naam van een ander soort bestand dan de inhoud (\(actual.label)); geef het de juiste extensie."
        case .damaged(let name, let format):
            return "bestand: ‘\(name)’ is beschadigd of onvolledig: Tafel kan het niet lezen als \(format.label)." + again
        case .encrypted(let name):
            return "bestand: ‘\(name)’ is beveiligd met een wachtwoord; lever het zonder beveiliging aan."
        case .extractedTooLarge(let name):
            return "bestand: de tekst in ‘\(name)’ is groter dan \(ByteSize.dutch(TextExtractor.maximumExtractedBytes)); Tafel leest het niet."
        case .tooSlow(let name):
            return "bestand: het lezen van ‘\(name)’ duurde te lang en is afgebroken."
        case .unreadable(let name):
            return "bestand: ‘\(name)’ kon op de server niet tijdelijk worden opgeslagen om te lezen; probeer het later opnieuw."
        case .toolMissing(let format, let tool, let package):
            return "bestand: Tafel kan nu geen bestanden van de soort \(format.label) lezen: het programma \(tool) (Debian-pakket \(package)) ontbreekt op de server. Vraag de beheerder het te installeren, of plak de tekst in het veld Volledige tekst."
        case .noText(let name):
            return "bestand: ‘\(name)’ bevat geen tekst, waarschijnlijk een scan; Tafel leest geen scans. Typ of plak de tekst in het veld Volledige tekst en kies het bestand opnieuw: dan bewaart Tafel de scan als origineel."
        }
    }
}
