import Foundation

/// Each field of a collaboration by its name: as one CSV cell, as a JSON value, and
/// copied from another input. The one place that lists how every field is written.
extension CollaborationInput {
    public func cell(_ name: String) -> String {
        switch name {
        case "naam": naam ?? ""
        case "korteNaam": korteNaam ?? ""
        case "doel": doel ?? ""
        case "omschrijving": omschrijving ?? ""
        case "vorm": vorm ?? ""
        case "wgrVorm": wgrVorm ?? ""
        case "status": status ?? ""
        case "redenBeeindiging": redenBeeindiging ?? ""
        case "startdatum": startdatum ?? ""
        case "einddatum": einddatum ?? ""
        case "rolProvincie": CSV.joinList(rolProvincie)
        case "domeinen": CSV.joinList(domeinen)
        case "opgaven": CSV.joinList(opgaven)
        case "gremia": CSV.joinList(gremia)
        case "deelnemers": CSV.joinList(deelnemers.map(\.line))
        case "bedragen": CSV.joinList(bedragen.map(\.line))
        case "betrokkenheidRaden": CSV.joinList(betrokkenheidRaden)
        case "verantwoording": verantwoording ?? ""
        case "juridischeGrondslag": juridischeGrondslag ?? ""
        case "vestigingsplaats": vestigingsplaats ?? ""
        case "overgedragenBevoegdheden": overgedragenBevoegdheden ?? ""
        case "gerelateerd": CSV.joinList(gerelateerd.map { "\($0.relatie ?? ""):\($0.samenwerking ?? "")" })
        case "vertrouwelijkheid": vertrouwelijkheid ?? ""
        case "toegang": CSV.joinList(toegang)
        default: ""
        }
    }

    public mutating func setCell(_ name: String, _ value: String) {
        let text: String? = value.isEmpty ? nil : value
        let list = CSV.splitList(value)
        func parts(_ item: String, _ count: Int) -> [String?] {
            let pieces = item.split(separator: ":", maxSplits: count - 1, omittingEmptySubsequences: false).map {
                let piece = $0.trimmingCharacters(in: .whitespaces)
                return piece.isEmpty ? nil : piece
            }
            return pieces + Array(repeating: nil, count: max(0, count - pieces.count))
        }
        switch name {
        case "naam": naam = text
        case "korteNaam": korteNaam = text
        case "doel": doel = text
        case "omschrijving": omschrijving = text
        case "vorm": vorm = text
        case "wgrVorm": wgrVorm = text
        case "status": status = text
        case "redenBeeindiging": redenBeeindiging = text
        case "startdatum": startdatum = text
        case "einddatum": einddatum = text
        case "rolProvincie": rolProvincie = list
        case "domeinen": domeinen = list
        case "opgaven": opgaven = list
        case "gremia": gremia = list
        case "deelnemers":
            deelnemers = list.map { let p = parts($0, 4); return Participant(organisatie: p[0], rol: p[1], vanaf: p[2], tot: p[3]) }
        case "bedragen":
            bedragen = list.map { let p = parts($0, 5); return Amount(omschrijving: p[4], soort: p[0], bedrag: p[1], organisatie: p[2], periode: p[3]) }
        case "betrokkenheidRaden": betrokkenheidRaden = list
        case "verantwoording": verantwoording = text
        case "juridischeGrondslag": juridischeGrondslag = text
        case "vestigingsplaats": vestigingsplaats = text
        case "overgedragenBevoegdheden": overgedragenBevoegdheden = text
        case "gerelateerd":
            gerelateerd = list.map { let p = parts($0, 2); return Relation(samenwerking: p[1], relatie: p[0]) }
        case "vertrouwelijkheid": vertrouwelijkheid = text
        case "toegang": toegang = list
        default: break
        }
    }

    /// Copies the named fields from `other` (an import that names only some fields).
    public mutating func copy(_ names: Set<String>, from other: CollaborationInput) {
        for name in names { setCell(name, other.cell(name)) }
        if names.contains("deelnemers") { deelnemers = other.deelnemers }
        if names.contains("bedragen") { bedragen = other.bedragen }
        if names.contains("gerelateerd") { gerelateerd = other.gerelateerd }
    }

    /// Sets a field from a JSON value; returns a Dutch problem for a value of the wrong type.
    mutating func setJSON(_ name: String, _ value: Any) -> String? {
        if value is NSNull { setCell(name, ""); return nil }
        func string(_ any: Any?) -> String? {
            switch any {
            case let text as String: return text
            case let number as NSNumber where !(any is Bool): return number.stringValue
            default: return nil
            }
        }
        func rows(_ keys: [String]) -> [[String: String?]]? {
            guard let array = value as? [Any] else { return nil }
            var result: [[String: String?]] = []
            for item in array {
                guard let object = item as? [String: Any] else { return nil }
                var row: [String: String?] = [:]
                for key in keys { row[key] = string(object[key]) }
                result.append(row)
            }
            return result
        }
        switch name {
        case "deelnemers":
            guard let rows = rows(["organisatie", "rol", "vanaf", "tot"]) else { return "verwacht een lijst van objecten {organisatie, rol, vanaf, tot}." }
            deelnemers = rows.map { Participant(organisatie: $0["organisatie"] ?? nil, rol: $0["rol"] ?? nil, vanaf: $0["vanaf"] ?? nil, tot: $0["tot"] ?? nil) }
        case "bedragen":
            guard let rows = rows(["omschrijving", "soort", "bedrag", "organisatie", "periode"]) else {
                return "verwacht een lijst van objecten {omschrijving, soort, bedrag, organisatie, periode}."
            }
            bedragen = rows.map {
                Amount(omschrijving: $0["omschrijving"] ?? nil, soort: $0["soort"] ?? nil, bedrag: $0["bedrag"] ?? nil,
                       organisatie: $0["organisatie"] ?? nil, periode: $0["periode"] ?? nil)
            }
        case "gerelateerd":
            guard let rows = rows(["samenwerking", "relatie"]) else { return "verwacht een lijst van objecten {samenwerking, relatie}." }
            gerelateerd = rows.map { Relation(samenwerking: $0["samenwerking"] ?? nil, relatie: $0["relatie"] ?? nil) }
        case "rolProvincie", "domeinen", "opgaven", "gremia", "betrokkenheidRaden", "toegang":
            guard let array = value as? [Any], let items = Optional(array.compactMap { string($0) }), items.count == array.count else {
                return "verwacht een lijst van teksten."
            }
            setCell(name, CSV.joinList(items))
        default:
            guard let text = string(value) else { return "verwacht een tekst." }
            setCell(name, text)
        }
        return nil
    }

    /// Every field into a JSON object, lists as lists and rows as objects.
    func encodeFields(into container: inout KeyedEncodingContainer<AnyKey>) throws {
        for name in RegisterFile.columns where name != "id" {
            let key = AnyKey(name)
            switch name {
            case "rolProvincie": try container.encode(rolProvincie, forKey: key)
            case "domeinen": try container.encode(domeinen, forKey: key)
            case "opgaven": try container.encode(opgaven, forKey: key)
            case "gremia": try container.encode(gremia, forKey: key)
            case "betrokkenheidRaden": try container.encode(betrokkenheidRaden, forKey: key)
            case "toegang": try container.encode(toegang, forKey: key)
            case "deelnemers": try container.encode(deelnemers, forKey: key)
            case "bedragen": try container.encode(bedragen, forKey: key)
            case "gerelateerd": try container.encode(gerelateerd, forKey: key)
            default:
                let value = cell(name)
                if value.isEmpty { try container.encodeNil(forKey: key) } else { try container.encode(value, forKey: key) }
            }
        }
    }
}
