import TafelStore
/// How many records of each kind the national data set has at a given scale: the
/// requirement's numbers at scale 1, each multiplied by the scale (at least one).
struct NationalPlan: Sendable, Equatable {
    let provinces: Int
    let municipalities: Int
    let waterBoards: Int
    let otherOrganisations: Int
    let persons: Int
    let collaborations: Int
    let meetings: Int
    let documents: Int

    init(scale: Double) {
        func scaled(_ count: Int) -> Int { max(1, Int((Double(count) * scale).rounded())) }
        provinces = min(Provinces.all.count, scaled(Provinces.all.count))
        municipalities = scaled(342)
        waterBoards = scaled(21)
        otherOrganisations = scaled(2_000)
        persons = scaled(20_000)
        collaborations = scaled(5_000)
        meetings = scaled(50_000)
        documents = scaled(100_000)
    }

    /// The counts by their Dutch names, as `NationalDataSet.counts` gives them.
    var counts: [String: Int] {
        [
            "provincies": provinces, "gemeenten": municipalities, "waterschappen": waterBoards,
            "overige organisaties": otherOrganisations, "personen": persons, "samenwerkingen": collaborations,
            "bijeenkomsten": meetings, "documenten": documents,
        ]
    }
}

/// The twelve provinces, with the number of municipalities each had in 2023 (342 in all),
/// which sets how the synthetic municipalities are spread.
enum Provinces {
    struct Province: Sendable {
        let name: String
        let cbsCode: String
        let municipalities: Int
        /// The name with a compass point for a part of the province: "Noordoost-Gelderland", "Noord-Holland Noord".
        let part: @Sendable (String) -> String
        /// The CBS codes of the municipalities whose boundaries Tafel ships (Geo/gemeentegrenzen).
        var boundaryCodes: [String] = []
    }

    static let all: [Province] = [
        Province(name: "Groningen", cbsCode: "PV20", municipalities: 10, part: { "\($0)-Groningen" }),
        Province(name: "Fryslân", cbsCode: "PV21", municipalities: 18, part: { "\($0)-Fryslân" }),
        Province(name: "Drenthe", cbsCode: "PV22", municipalities: 12, part: { "\($0)-Drenthe" },
                 boundaryCodes: ["GM0106", "GM0109", "GM0114", "GM0118", "GM0119", "GM1680", "GM1681", "GM1690", "GM1699", "GM1701", "GM1730", "GM1731"]),
        Province(name: "Overijssel", cbsCode: "PV23", municipalities: 25, part: { "\($0)-Overijssel" }),
        Province(name: "Flevoland", cbsCode: "PV24", municipalities: 6, part: { "\($0)-Flevoland" }),
        Province(name: "Gelderland", cbsCode: "PV25", municipalities: 51, part: { "\($0)-Gelderland" }),
        Province(name: "Utrecht", cbsCode: "PV26", municipalities: 26, part: { "\($0)-Utrecht" }),
        Province(name: "Noord-Holland", cbsCode: "PV27", municipalities: 44, part: { "Noord-Holland \($0)" }),
        Province(name: "Zuid-Holland", cbsCode: "PV28", municipalities: 50, part: { "Zuid-Holland \($0)" }),
        Province(name: "Zeeland", cbsCode: "PV29", municipalities: 13, part: { "\($0)-Zeeland" }),
        Province(name: "Noord-Brabant", cbsCode: "PV30", municipalities: 56, part: { "\($0)-Brabant" }),
        Province(name: "Limburg", cbsCode: "PV31", municipalities: 31, part: { "\($0)-Limburg" }),
    ]

    /// Parts of the country for collaborations across provinces.
    static let landsdelen = ["Noord-Nederland", "Oost-Nederland", "Zuid-Nederland", "de Randstad", "de Zuidwestelijke Delta", "Midden-Nederland"]

    /// `total` spread over the first `count` provinces in proportion to their municipalities
    /// (largest remainder), each getting at least one while there are enough.
    static func spread(_ total: Int, over count: Int) -> [Int] {
        let weights = all.prefix(count).map(\.municipalities)
        let sum = weights.reduce(0, +)
        let floor = total >= count ? 1 : 0
        let rest = total - floor * count
        var shares = weights.map { floor + rest * $0 / sum }
        let remainders = weights.enumerated().map { ($0.offset, rest * $0.element % sum) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        var missing = total - shares.reduce(0, +)
        var index = 0
        while missing > 0 {
            shares[remainders[index % remainders.count].0] += 1
            missing -= 1
            index += 1
        }
        return shares
    }
}
