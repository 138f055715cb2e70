import TafelCore
import TafelStore

/// Provinces, municipalities, water boards and the other organisations.
extension NationalGenerator {
    func generateOrganisations() async throws {
        var random = random("organisaties")
        let table = NationalTables.organisations
        let provinceCount = plan.provinces
        municipalities = Array(repeating: [], count: provinceCount)
        waterBoards = Array(repeating: [], count: provinceCount)
        partners = Array(repeating: [], count: provinceCount)

        // Municipalities are made first (in memory) so that a province can state its inhabitants.
        let perProvince = Provinces.spread(plan.municipalities, over: provinceCount)
        var codes = Array(5000...9999)
        random.shuffle(&codes)
        var municipalityRows: [(name: String, province: Int, inhabitants: Int, code: String)] = []
        for (province, count) in perProvince.enumerated() {
            // Drenthe's synthetic municipalities take its real CBS codes, so that the boundaries
            // Tafel ships place them on a map (under their synthetic names).
            let real = Provinces.all[province].boundaryCodes
            for number in 0..<count {
                let name = uniquePlaceName(&random)
                let code = number < real.count ? real[number] : "GM\(codes[municipalityRows.count % codes.count])"
                municipalityRows.append((name, province, Self.inhabitants(&random), code))
            }
        }

        for (number, province) in Provinces.all.prefix(provinceCount).enumerated() {
            let inhabitants = municipalityRows.filter { $0.province == number }.reduce(0) { $0 + $1.inhabitants }
            let municipalityCount = perProvince[number]
            let index = add(Organisation(id: uniqueID("provincie-\(province.name)"), name: "Provincie \(province.name)",
                                         shortName: province.name, kind: .provincie, province: number))
            provinceOrganisations.append(index)
            try await writer.append(table, [
                .text(organisations[index].id), .text(organisations[index].name), .text(province.name), .text("provincie"),
                .text(province.cbsCode), .int(inhabitants), .null,
                .text("Synthetisch: de provincie \(province.name) met \(municipalityCount) synthetische gemeenten en samen \(inhabitants) inwoners."),
            ])
        }
        for row in municipalityRows {
            let index = add(Organisation(id: uniqueID("gemeente-\(row.name)"), name: "Gemeente \(row.name)",
                                         shortName: row.name, kind: .gemeente, province: row.province))
            municipalities[row.province].append(index)
            let provinceName = Provinces.all[row.province].name
            try await writer.append(table, [
                .text(organisations[index].id), .text(organisations[index].name), .text(row.name), .text("gemeente"),
                .text(row.code), .int(row.inhabitants), .text(organisations[provinceOrganisations[row.province]].id),
                .text("Synthetisch: gemeente in de provincie \(provinceName) met \(row.inhabitants) inwoners."),
            ])
        }

        for number in 0..<plan.waterBoards {
            let name = uniqueWaterBoardName(&random)
            let home = number % provinceCount
            let index = add(Organisation(id: uniqueID(name), name: name, shortName: Self.shortWaterBoardName(name),
                                         kind: .waterschap, province: home))
            waterBoards[home].append(index)
            // Some water boards reach into a neighbouring province.
            if provinceCount > 1, random.chance(0.3) { waterBoards[(home + 1) % provinceCount].append(index) }
            try await writer.append(table, [
                .text(organisations[index].id), .text(name), .text(organisations[index].shortName), .text("waterschap"),
                .text("WS\(5000 + number)"), .null, .null,
                .text("Synthetisch: waterschap dat werkt in de provincie \(Provinces.all[home].name)."),
            ])
        }

        let kinds: [(OrganisationKind, Int)] = [
            (.maatschappelijkeOrganisatie, 30), (.bedrijf, 28), (.kennisinstelling, 8), (.vereniging, 13),
            (.samenwerkingsverband, 10), (.rijksoverheid, 4), (.fractie, 7),
        ]
        let provinceWeights = perProvince.enumerated().map { ($0.offset, max(1, $0.element)) }
        for _ in 0..<plan.otherOrganisations {
            let kind = random.weighted(kinds)
            let province = kind == .rijksoverheid ? nil : random.weighted(provinceWeights)
            var parent: Int?
            var name = ""
            for attempt in 0..<50 {
                (name, parent) = otherName(kind, province: province, &random)
                if attempt >= 40 { name += " \(attempt - 38)" }
                if claim(name) { break }
            }
            let index = add(Organisation(id: uniqueID(name), name: name, shortName: name, kind: kind, province: province))
            if let province { partners[province].append(index) } else { nationalOrganisations.append(index) }
            let whereabouts = province.map { "in de provincie \(Provinces.all[$0].name)" } ?? "landelijk"
            try await writer.append(table, [
                .text(organisations[index].id), .text(name), .null, .text(kind.rawValue), .null, .null,
                Cell(parent.map { organisations[$0].id }),
                .text("Synthetisch: \(kind.label.lowercased()), \(whereabouts) actief."),
            ])
        }
    }

    private func add(_ organisation: Organisation) -> Int {
        organisations.append(organisation)
        return organisations.count - 1
    }

    /// Inhabitants of a municipality: mostly 10,000 to 60,000, a few large cities.
    static func inhabitants(_ random: inout SeededRandom) -> Int {
        let bands: [(ClosedRange<Int>, Int)] = [
            (5_000...10_000, 12), (10_001...20_000, 23), (20_001...35_000, 25), (35_001...60_000, 20),
            (60_001...100_000, 11), (100_001...200_000, 6), (200_001...400_000, 2), (400_001...900_000, 1),
        ]
        return random.int(random.weighted(bands))
    }

    /// A Dutch-sounding place name not used before: "Eesveen", "Nieuw-Bruinhorst", "Holwold aan de Vecht".
    func uniquePlaceName(_ random: inout SeededRandom) -> String {
        while true {
            let core = random.pick(DutchNames.placeStems) + random.pick(DutchNames.placeSuffixes)
            let name: String
            switch random.index(20) {
            case 0..<14: name = core
            case 14..<18: name = random.pick(DutchNames.placePrefixes) + "-" + core
            default: name = core + " " + random.pick(DutchNames.rivers)
            }
            if claim(name) { return name }
        }
    }

    func uniqueWaterBoardName(_ random: inout SeededRandom) -> String {
        while true {
            let core = random.pick(DutchNames.waterStems) + random.pick(DutchNames.waterSuffixes)
            let name = random.weighted([("Waterschap \(core)", 8), ("Hoogheemraadschap \(core)", 1), ("Wetterskip \(core)", 1)])
            if claim(name) { return name }
        }
    }

    static func shortWaterBoardName(_ name: String) -> String {
        for prefix in ["Waterschap ", "Hoogheemraadschap ", "Wetterskip "] where name.hasPrefix(prefix) {
            return String(name.dropFirst(prefix.count))
        }
        return name
    }

    /// A name for another organisation, and its parent (a fractie's council or Staten).
    private func otherName(_ kind: OrganisationKind, province: Int?, _ random: inout SeededRandom) -> (String, Int?) {
        let place: String = {
            guard let province else { return "" }
            if !municipalities[province].isEmpty, random.chance(0.7) {
                return organisations[random.pick(municipalities[province])].shortName
            }
            return Provinces.all[province].part(random.pick(DutchNames.compass))
        }()
        let domain = random.pick(PolicyDomains.all)
        switch kind {
        case .maatschappelijkeOrganisatie:
            return (random.weighted([
                ("Stichting \(random.pick(DutchNames.foundationThemes)) \(place)", 6),
                ("Woningcorporatie \(random.pick(DutchNames.placeStems))wonen \(place)", 2),
                ("Zorggroep \(place)", 1), ("Natuur- en Milieufederatie \(place)", 1),
            ]), nil)
        case .bedrijf:
            let owner = Self.familyName(random.pick(DutchNames.familyNames))
            return (random.weighted([
                ("\(owner) \(random.pick(DutchNames.companyTrades)) \(random.pick(DutchNames.companyForms))", 5),
                ("\(place) \(random.pick(DutchNames.companyTrades)) \(random.pick(DutchNames.companyForms))", 3),
                ("Energiecoöperatie \(place)", 1),
            ]), nil)
        case .kennisinstelling:
            return ("\(random.pick(DutchNames.knowledgeInstitutions)) \(domain.title) \(place)", nil)
        case .vereniging:
            return ("\(random.pick(DutchNames.associations)) \(place)", nil)
        case .samenwerkingsverband:
            return ("\(random.pick(DutchNames.collaborationOrganisations)) \(domain.title) \(place)", nil)
        case .rijksoverheid:
            let part = random.pick(["Noord", "Oost", "Zuid", "West", "Midden"])
            return ("\(random.pick(DutchNames.nationalBodies)) \(domain.title), regio \(part)", nil)
        case .fractie:
            let party = random.pick(DutchNames.parties)
            guard let province else { return ("Fractie \(party)", nil) }
            if !municipalities[province].isEmpty, random.chance(0.6) {
                let council = random.pick(municipalities[province])
                return ("Raadsfractie \(party) \(organisations[council].shortName)", council)
            }
            return ("Statenfractie \(party) \(Provinces.all[province].name)", provinceOrganisations[province])
        default:
            return ("Organisatie \(place)", nil)
        }
    }

    /// "van der Meer" → "Meer" (the part a company is named after needs its tussenvoegsel capitalised).
    static func familyName(_ full: String) -> String {
        guard let first = full.first, first.isLowercase else { return full }
        return first.uppercased() + full.dropFirst()
    }
}
