import TafelCore
import TafelStore

/// A task agenda per province, of about ten tasks each.
extension NationalGenerator {
    func generateTaskAgendas() async throws {
        var random = random("opgaven")
        tasks = Array(repeating: [], count: plan.provinces)
        for province in 0..<plan.provinces {
            let owner = organisations[provinceOrganisations[province]]
            let year = random.int(2019...2024)
            let name = "Opgavenagenda \(owner.shortName) \(year)–\(year + 4)"
            let agenda = uniqueID(name)
            agendas.append(agenda)
            try await writer.append(NationalTables.taskAgendas, [
                .text(agenda), .text(name), .text(owner.id), .text("\(year)-\(String(format2: random.int(1...12)))"),
                .text("Synthetisch: de opgaven waaraan de provincie \(owner.shortName) met haar partners werkt in de periode \(year)–\(year + 4)."),
            ])
            let domains = random.sample(Array(PolicyDomains.all.indices), random.int(9...11))
            for (position, domain) in domains.enumerated() {
                let taskName = random.pick(PolicyDomains.all[domain].tasks)
                let task = uniqueID("\(agenda)-\(position + 1)")
                tasks[province].append((task, domain))
                try await writer.append(NationalTables.tasks, [
                    .text(task), .text(agenda), .int(position + 1), .text(taskName), .text(Self.cluster(of: domain)),
                    .text("Synthetisch: opgave op het gebied van \(PolicyDomains.all[domain].code) in \(owner.shortName)."),
                ])
                for role in random.sample(ProvinceRole.allCases, random.int(1...2)) {
                    try await writer.append(NationalTables.taskProvinceRoles, [.text(task), .text(role.rawValue)])
                }
                for consequence in random.sample(PolicyConsequence.allCases, random.int(0...2)) {
                    try await writer.append(NationalTables.taskConsequences, [.text(task), .text(consequence.rawValue)])
                }
            }
        }
    }

    static func cluster(of domain: Int) -> String {
        switch PolicyDomains.all[domain].code {
        case "mobiliteit", "energie", "wonen", "natuur", "water", "landbouw", "omgevingsrecht", "klimaat": "Fysiek"
        case "zorg", "jeugd", "onderwijs", "cultuur", "sociaal domein", "arbeidsmarkt": "Sociaal"
        case "economie", "digitalisering": "Economie"
        default: "Bestuur"
        }
    }
}

extension String {
    /// A number of at least two digits: 3 → "03".
    init(format2 number: Int) {
        self = number < 10 ? "0\(number)" : String(number)
    }
}
