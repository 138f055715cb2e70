import TafelCore
import TafelStore

/// Posts (seats such as a mayor's), persons, and their memberships of organisations and bodies.
extension NationalGenerator {
    func generatePersonsAndPosts() async throws {
        var random = random("personen")
        makePosts(&random)
        for post in posts {
            try await writer.append(NationalTables.posts, [
                .text(post.id), .text(post.label), .text(post.role), .text(organisations[post.organisation].id), .null,
            ])
        }

        // Where people work: weighted by kind, so that councils and provinces have many.
        let weights = organisations.indices.map { index -> (Int, Int) in
            switch organisations[index].kind {
            case .gemeente: (index, 25)
            case .provincie: (index, 60)
            case .waterschap: (index, 30)
            case .rijksoverheid: (index, 20)
            default: (index, 4)
            }
        }
        let cumulative = Cumulative(weights)
        staff = Array(repeating: [], count: organisations.count)
        for number in 0..<plan.persons {
            // The first persons hold the posts; the others work somewhere.
            let organisation = number < posts.count ? posts[number].organisation : cumulative.pick(&random)
            let given = random.pick(DutchNames.givenNames)
            let family = random.pick(DutchNames.familyNames)
            let name = "\(given) \(family)"
            let prefix: String?
            let surname: String
            if let space = family.lastIndex(of: " ") {
                prefix = String(family[..<space])
                surname = String(family[family.index(after: space)...])
            } else {
                prefix = nil
                surname = family
            }
            let id = uniqueID(name, maximumLength: 60)
            persons.append(Person(id: id, name: name, organisation: organisation))
            staff[organisation].append(number)
            let role = number < posts.count ? posts[number].label : "werkzaam bij \(organisations[organisation].name)"
            try await writer.append(NationalTables.persons, [
                .text(id), .text(name), .text(given), Cell(prefix), .text(surname),
                .text("Synthetisch: \(role)."),
            ])
        }
    }

    /// The posts of every government and the head of every other organisation.
    private func makePosts(_ random: inout SeededRandom) {
        func add(_ organisation: Int, _ label: String, _ role: String) {
            posts.append(Post(id: uniqueID("\(organisations[organisation].id)-\(label)", maximumLength: 100),
                              label: label, role: role, organisation: organisation))
        }
        func portfolio(_ random: inout SeededRandom) -> String {
            let pair = random.sample(PolicyDomains.all, 2)
            return pair.count == 2 ? "\(pair[0].title) en \(pair[1].title.lowercased())" : pair[0].title
        }
        for organisation in organisations.indices {
            let o = organisations[organisation]
            switch o.kind {
            case .provincie:
                add(organisation, "Commissaris van de Koning in \(o.shortName)", "commissaris")
                for _ in 0..<random.int(5...7) { add(organisation, "Gedeputeerde \(portfolio(&random)) \(o.shortName)", "gedeputeerde") }
                add(organisation, "Statengriffier \(o.shortName)", "griffier")
            case .gemeente:
                add(organisation, "Burgemeester van \(o.shortName)", "burgemeester")
                for _ in 0..<random.int(3...6) { add(organisation, "Wethouder \(portfolio(&random)) van \(o.shortName)", "wethouder") }
                add(organisation, "Gemeentesecretaris van \(o.shortName)", "gemeentesecretaris")
                add(organisation, "Griffier van \(o.shortName)", "griffier")
            case .waterschap:
                add(organisation, "Dijkgraaf van \(o.name)", "dijkgraaf")
                add(organisation, "Secretaris-directeur van \(o.name)", "secretaris-directeur")
            case .fractie:
                add(organisation, "Fractievoorzitter \(o.name)", "fractievoorzitter")
            case .vereniging, .samenwerkingsverband:
                add(organisation, "Voorzitter van \(o.name)", "voorzitter")
            default:
                add(organisation, "Directeur van \(o.name)", "directeur")
            }
        }
    }

    /// Every person's membership of their organisation (holding its post, or in a role there,
    /// often as a member of its council or Staten), and seats in collaboration bodies.
    func generateMemberships() async throws {
        var random = random("lidmaatschappen")
        let table = NationalTables.memberships
        var number = 0
        func write(_ person: Int, organisation: Int?, body: Int?, post: Int?, role: String, onBehalfOf: Int?,
                   _ random: inout SeededRandom) async throws {
            number += 1
            let start = CalendarDay.random(from: CalendarDay(2008, 1, 1), to: Self.referenceDay.adding(days: -60), &random)
            let end: CalendarDay? = random.chance(0.12) ? CalendarDay.random(from: start.adding(days: 200), to: Self.referenceDay, &random) : nil
            try await writer.append(table, [
                .text("lidmaatschap-\(number)"), .text(persons[person].id), Cell(organisation.map { organisations[$0].id }),
                Cell(body.map { bodies[$0].id }), Cell(post.map { posts[$0].id }), .text(role),
                Cell(onBehalfOf.map { organisations[$0].id }),
                .text(Self.partialDate(start, &random)), Cell(end.map { $0.iso }),
            ])
            if let body { bodyMembers[body].append(person) }
        }

        // Bodies of an organisation, by kind, to seat its people in.
        var councilOf: [Int: Int] = [:]
        var executiveOf: [Int: Int] = [:]
        for (index, body) in bodies.enumerated() {
            guard let organisation = body.organisation else { continue }
            switch body.kind {
            case .raad, .provincialeStaten: councilOf[organisation] = index
            case .college, .gedeputeerdeStaten: executiveOf[organisation] = index
            case .bestuur where organisations[organisation].kind == .waterschap: councilOf[organisation] = index
            default: break
            }
        }

        for person in persons.indices {
            let organisation = persons[person].organisation
            if person < posts.count {
                let post = posts[person]
                let executive = ["commissaris", "gedeputeerde", "burgemeester", "wethouder", "dijkgraaf"].contains(post.role)
                try await write(person, organisation: organisation, body: executive ? executiveOf[organisation] : nil,
                                post: person, role: post.role, onBehalfOf: nil, &random)
                continue
            }
            let kind = organisations[organisation].kind
            switch kind {
            case .gemeente where random.chance(0.55):
                try await write(person, organisation: organisation, body: councilOf[organisation], post: nil,
                                role: "raadslid", onBehalfOf: nil, &random)
            case .provincie where random.chance(0.3):
                try await write(person, organisation: organisation, body: councilOf[organisation], post: nil,
                                role: "statenlid", onBehalfOf: nil, &random)
            case .waterschap where random.chance(0.4):
                try await write(person, organisation: organisation, body: councilOf[organisation], post: nil,
                                role: "lid algemeen bestuur", onBehalfOf: nil, &random)
            default:
                let roles: [String] = switch kind {
                case .gemeente, .provincie, .waterschap: ["beleidsadviseur", "projectleider", "programmamanager", "accountmanager", "jurist"]
                case .rijksoverheid: ["beleidsmedewerker", "programmadirecteur", "accountmanager regio"]
                case .fractie: ["fractielid", "fractieassistent"]
                case .kennisinstelling: ["lector", "onderzoeker", "docent"]
                default: ["medewerker", "projectleider", "bestuurslid", "adviseur"]
                }
                try await write(person, organisation: organisation, body: nil, post: nil, role: random.pick(roles),
                                onBehalfOf: nil, &random)
            }
        }

        // Seats in the bodies of collaborations, on behalf of a participant.
        for (index, body) in bodies.enumerated() {
            guard let collaboration = body.collaboration else { continue }
            let participants = collaborations[collaboration].participants.map(\.organisation).filter { !staff[$0].isEmpty }
            let seated = random.sample(participants, random.int(1...3))
            for (position, organisation) in seated.enumerated() {
                let person = random.pick(staff[organisation])
                let role = position == 0 ? "voorzitter" : random.pick(["lid", "lid", "lid", "secretaris", "vicevoorzitter"])
                try await write(person, organisation: nil, body: index, post: nil, role: role, onBehalfOf: organisation, &random)
            }
        }
    }
}

/// Picks indexes by weight in O(log n): for drawing from thousands of weighted items many times.
struct Cumulative {
    private let items: [Int]
    private let bounds: [Int]

    init(_ weighted: [(Int, Int)]) {
        var total = 0
        var items: [Int] = []
        var bounds: [Int] = []
        for (item, weight) in weighted where weight > 0 {
            total += weight
            items.append(item)
            bounds.append(total)
        }
        self.items = items
        self.bounds = bounds
    }

    func pick(_ random: inout SeededRandom) -> Int {
        let ticket = random.index(bounds.last ?? 1)
        var low = 0
        var high = bounds.count - 1
        while low < high {
            let middle = (low + high) / 2
            if bounds[middle] > ticket { high = middle } else { low = middle + 1 }
        }
        return items[low]
    }
}
