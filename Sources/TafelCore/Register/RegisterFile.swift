import Foundation

/// The register's exchange formats, CSV and JSON, with the API's field names. Export
/// writes what import reads: a file exported and imported again changes nothing.
public enum RegisterFile {
    /// One collaboration in a file: its line (CSV) or position (JSON), its id, and only the
    /// fields the file gives; a field it leaves out keeps its stored value.
    public struct Entry: Sendable {
        public var location: String
        public var id: String?
        public var fields: Set<String>
        public var input: CollaborationInput
    }

    public static let columns = [
        "id", "naam", "korteNaam", "doel", "omschrijving", "vorm", "wgrVorm", "status", "redenBeeindiging", "startdatum",
        "einddatum", "rolProvincie", "domeinen", "opgaven", "gremia", "deelnemers", "bedragen", "betrokkenheidRaden",
        "verantwoording", "juridischeGrondslag", "vestigingsplaats", "overgedragenBevoegdheden", "gerelateerd",
        "vertrouwelijkheid", "toegang",
    ]

    // MARK: - CSV

    public static func csv(_ records: [(id: String, input: CollaborationInput)]) -> String {
        var out = CSV.line(columns) + "\r\n"
        for record in records {
            out += CSV.line(columns.map { CSV.formulaNeutralised($0 == "id" ? record.id : record.input.cell($0)) }) + "\r\n"
        }
        return out
    }

    public static func entries(csv text: String) throws(ValidationFailure) -> [Entry] {
        let records: [CSV.Record]
        do { records = try CSV.parse(text) } catch {
            throw ValidationFailure(field: "regel \(error.line)", message: "regel \(error.line): \(error.message)")
        }
        guard let header = records.first else {
            throw ValidationFailure(field: "bestand", code: "leeg", message: "bestand: het bestand is leeg; verwacht een kopregel met kolomnamen.")
        }
        var check = FieldChecker()
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        for name in names where !columns.contains(name) {
            check.problem("kopregel", "kopregel: kolom ‘\(name)’ bestaat niet; bekende kolommen: \(columns.joined(separator: ", ")).")
        }
        if !names.contains("id") { check.problem("kopregel", "kopregel: kolom ‘id’ ontbreekt; een import werkt per id.", code: "verplicht") }
        for name in Set(names) where names.filter({ $0 == name }).count > 1 {
            check.problem("kopregel", "kopregel: kolom ‘\(name)’ staat er meer dan eens in.", code: "dubbel")
        }
        try check.finish()
        var entries: [Entry] = []
        for record in records.dropFirst() {
            guard record.fields.count == names.count else {
                check.problem("regel \(record.line)", "regel \(record.line): \(record.fields.count) velden, terwijl de kopregel \(names.count) kolommen heeft.")
                continue
            }
            var input = CollaborationInput()
            var id: String?
            for (name, cell) in zip(names, record.fields) {
                let value = CSV.formulaRestored(cell)
                if name == "id" { id = value.trimmingCharacters(in: .whitespaces) } else { input.setCell(name, value) }
            }
            entries.append(Entry(location: "regel \(record.line)", id: id?.isEmpty == false ? id : nil,
                                 fields: Set(names).subtracting(["id"]), input: input))
        }
        try check.finish()
        return entries
    }

    // MARK: - JSON

    public static func json(_ records: [(id: String, input: CollaborationInput)]) throws -> Data {
        struct Record: Encodable {
            let id: String
            let input: CollaborationInput
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: AnyKey.self)
                try container.encode(id, forKey: AnyKey("id"))
                try input.encodeFields(into: &container)
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(["samenwerkingen": records.map { Record(id: $0.id, input: $0.input) }])
    }

    public static func entries(json data: Data) throws(ValidationFailure) -> [Entry] {
        let root: Any
        do { root = try JSONSerialization.jsonObject(with: data) } catch {
            throw ValidationFailure(field: "bestand", message: "bestand: geen geldige JSON (\(error.localizedDescription)).")
        }
        let list: [Any]
        if let array = root as? [Any] { list = array } else if let object = root as? [String: Any], let array = object["samenwerkingen"] as? [Any] {
            list = array
        } else {
            throw ValidationFailure(field: "bestand", message: "bestand: verwacht een lijst van samenwerkingen, of een object met de lijst ‘samenwerkingen’.")
        }
        var check = FieldChecker()
        var entries: [Entry] = []
        for (index, item) in list.enumerated() {
            let location = "samenwerkingen[\(index)]"
            guard let object = item as? [String: Any] else {
                check.problem(location, "\(location): verwacht een object.")
                continue
            }
            var input = CollaborationInput()
            var fields = Set<String>()
            var id: String?
            for (key, value) in object {
                if key == "id" { id = value as? String; continue }
                if ["versie", "gearchiveerd"].contains(key) { continue }
                guard columns.contains(key) else {
                    check.problem("\(location).\(key)", "\(location).\(key): veld ‘\(key)’ bestaat niet.")
                    continue
                }
                if let problem = input.setJSON(key, value) {
                    check.problem("\(location).\(key)", "\(location).\(key): \(problem)")
                } else {
                    fields.insert(key)
                }
            }
            entries.append(Entry(location: location, id: id?.isEmpty == false ? id : nil, fields: fields, input: input))
        }
        try check.finish()
        return entries
    }
}

struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension RegisterFile {
    /// Entries from an uploaded or given file: JSON when it looks like JSON, else CSV.
    public static func entries(_ data: Data, filename: String) throws(ValidationFailure) -> [Entry] {
        let first = data.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }
        if filename.lowercased().hasSuffix(".json") || first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            return try entries(json: data)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ValidationFailure(field: "bestand", message: "bestand: het CSV-bestand is geen UTF-8-tekst; sla het op als ‘CSV UTF-8’.")
        }
        return try entries(csv: text)
    }
}
