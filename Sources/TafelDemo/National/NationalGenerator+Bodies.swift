import TafelCore
import TafelStore

/// Bodies: the councils and executives of governments, and the governance of each collaboration.
extension NationalGenerator {
    func generateBodies() async throws {
        var random = random("gremia")
        let table = NationalTables.bodies
        func add(_ name: String, _ kind: BodyKind, organisation: Int? = nil, collaboration: Int? = nil, parent: Int? = nil,
                 perYear: ClosedRange<Int>? = nil, description: String) async throws {
            let owner = collaboration.map { collaborations[$0].id } ?? organisation.map { organisations[$0].id } ?? ""
            let id = uniqueID("\(owner)-\(kind.rawValue)", maximumLength: 100)
            bodies.append(Body(id: id, name: name, kind: kind, organisation: organisation, collaboration: collaboration, parent: parent))
            bodyMembers.append([])
            if let collaboration { collaborations[collaboration].bodies.append(bodies.count - 1) }
            try await writer.append(table, [
                .text(id), .text(name), .text(kind.rawValue), Cell(organisation.map { organisations[$0].id }),
                Cell(parent.map { bodies[$0].id }), .text("Synthetisch: \(description)"),
                Cell(perYear?.lowerBound), Cell(perYear?.upperBound),
            ])
        }

        for (index, o) in organisations.enumerated() {
            switch o.kind {
            case .provincie:
                try await add("Provinciale Staten van \(o.shortName)", .provincialeStaten, organisation: index, perYear: 10...12,
                              description: "de volksvertegenwoordiging van de provincie \(o.shortName).")
                provincialStates[index] = bodies.count - 1
                let states = bodies.count - 1
                try await add("Gedeputeerde Staten van \(o.shortName)", .gedeputeerdeStaten, organisation: index, perYear: 40...46,
                              description: "het dagelijks bestuur van de provincie \(o.shortName).")
                for committee in ["Ruimte, Water en Natuur", "Economie, Mobiliteit en Bestuur"] {
                    try await add("Statencommissie \(committee) \(o.shortName)", .statencommissie, organisation: index,
                                  parent: states, perYear: 8...10,
                                  description: "commissie van Provinciale Staten van \(o.shortName) voor \(committee.lowercased()).")
                }
            case .gemeente:
                try await add("Gemeenteraad van \(o.shortName)", .raad, organisation: index, perYear: 10...12,
                              description: "de gemeenteraad van \(o.shortName).")
                try await add("College van burgemeester en wethouders van \(o.shortName)", .college, organisation: index,
                              perYear: 40...46, description: "het college van \(o.shortName).")
            case .waterschap:
                try await add("Algemeen bestuur \(o.name)", .bestuur, organisation: index, perYear: 6...8,
                              description: "het algemeen bestuur van \(o.name).")
                try await add("Dagelijks bestuur \(o.name)", .dagelijksBestuur, organisation: index, parent: bodies.count - 1,
                              perYear: 20...24, description: "het dagelijks bestuur van \(o.name).")
            default:
                break
            }
        }

        for index in collaborations.indices {
            let c = collaborations[index]
            let label = c.shortName ?? c.name
            let about = "gremium van de samenwerking \(c.name)."
            switch c.form {
            case .gemeenschappelijkeRegeling:
                try await add("Algemeen bestuur \(label)", .bestuur, collaboration: index, perYear: 4...6, description: about)
                let general = bodies.count - 1
                if random.chance(0.7) {
                    try await add("Dagelijks bestuur \(label)", .dagelijksBestuur, collaboration: index, parent: general,
                                  perYear: 8...12, description: about)
                }
                if random.chance(0.3) {
                    try await add("Ambtelijk overleg \(label)", .ambtelijkOverleg, collaboration: index, description: about)
                }
            case .programma, .regiodeal, .alliantie, .bestuursovereenkomst:
                try await add("Stuurgroep \(label)", .stuurgroep, collaboration: index, perYear: 4...8, description: about)
                let steering = bodies.count - 1
                if random.chance(0.6) {
                    let kind: BodyKind = random.pick([.projectgroep, .werkgroep, .regiegroep, .kerngroep])
                    try await add("\(kind.label) \(label)", kind, collaboration: index, parent: steering, description: about)
                }
            case .project, .pilot:
                try await add("Projectgroep \(label)", .projectgroep, collaboration: index, perYear: 6...10, description: about)
                if random.chance(0.4) {
                    try await add("Stuurgroep \(label)", .stuurgroep, collaboration: index, perYear: 2...4, description: about)
                }
            case .netwerk:
                let kind: BodyKind = random.pick([.overleg, .kring, .bestuurlijkOverleg])
                try await add("\(kind.label) \(label)", kind, collaboration: index, description: about)
            case .commissie:
                try await add("Commissie \(label)", .commissie, collaboration: index, perYear: 4...6, description: about)
            case .fonds:
                try await add("Bestuur \(label)", .bestuur, collaboration: index, perYear: 2...4, description: about)
                try await add("Adviescommissie \(label)", .commissie, collaboration: index, parent: bodies.count - 1, description: about)
            case .convenant, .intentieovereenkomst, .subsidierelatie:
                try await add("Bestuurlijk overleg \(label)", .bestuurlijkOverleg, collaboration: index, perYear: 2...4, description: about)
                if random.chance(0.5) {
                    try await add("Ambtelijk overleg \(label)", .ambtelijkOverleg, collaboration: index, description: about)
                }
            }
        }
    }
}
