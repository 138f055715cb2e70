/// The organisations that are members of one organisation (the municipalities of an
/// association), as typed, before any checking. Rows are named `leden[2].lid`.
public struct OrganisationMembersInput: Sendable, Hashable, Codable {
    public struct Row: Sendable, Hashable, Codable {
        /// The membership's id: kept when a row is edited, so that its sources stay with it.
        public var id: String?
        public var lid: String?
        public var rol: String?
        public var vanaf: String?
        public var tot: String?
        public var waargenomenOp: String?

        public init(id: String? = nil, lid: String? = nil, rol: String? = nil, vanaf: String? = nil, tot: String? = nil,
                    waargenomenOp: String? = nil) {
            self.id = id; self.lid = lid; self.rol = rol; self.vanaf = vanaf; self.tot = tot; self.waargenomenOp = waargenomenOp
        }

        public var isEmpty: Bool { [lid, rol, vanaf, tot, waargenomenOp].allSatisfy { ($0 ?? "").trimmed.isEmpty } }
        /// `lid:vanaf:tot:waargenomenOp:rol`, the notation of history.
        public var line: String { [lid, vanaf, tot, waargenomenOp, rol].map { $0 ?? "" }.joined(separator: ":") }
    }

    public var leden: [Row]

    public init(leden: [Row] = []) { self.leden = leden }

    public var references: [NamedReference] {
        var collector = ReferenceCollector()
        for (index, row) in leden.enumerated() { collector.add(row.lid, "leden[\(index)].lid", .organisation) }
        return collector.references
    }
}

/// An organisation's member organisations, checked row by row.
public struct OrganisationMembersDraft: Sendable, Hashable {
    public struct Member: Sendable, Hashable {
        public var id: String?
        public var memberID: String
        public var role: String
        public var start: PartialDate?
        public var end: PartialDate?
        public var observedOn: PartialDate?

        public init(id: String? = nil, memberID: String, role: String = "lid", start: PartialDate? = nil, end: PartialDate? = nil,
                    observedOn: PartialDate? = nil) {
            self.id = id; self.memberID = memberID; self.role = role; self.start = start; self.end = end; self.observedOn = observedOn
        }
    }

    public var members: [Member]

    public init(members: [Member]) { self.members = members }

    public static let maximumRows = 2_000

    /// `organisationID`: the organisation whose members these are (it cannot be its own member).
    public init(_ input: OrganisationMembersInput, of organisationID: String) throws(ValidationFailure) {
        var check = FieldChecker()
        var members: [Member] = []
        var ids: Set<String> = []
        for (index, row) in input.leden.enumerated() where !row.isEmpty {
            let field = "leden[\(index)]"
            let id = check.id(row.id, "\(field).id")
            if let id, !ids.insert(id).inserted {
                check.problem("\(field).id", "\(field).id ‘\(id)’ komt twee keer voor.", code: "dubbel")
            }
            let member = check.id(row.lid, "\(field).lid", required: true)
            if member == organisationID {
                check.problem("\(field).lid", "\(field).lid: een organisatie kan geen lid van zichzelf zijn.")
            }
            let role = check.line(row.rol, "\(field).rol", limit: 100)?.lowercased() ?? "lid"
            let start = check.date(row.vanaf, "\(field).vanaf")
            let end = check.date(row.tot, "\(field).tot")
            if let start, let end, end.upperBound < start.iso {
                check.problem("\(field).tot", "\(field).tot (\(end.iso)) ligt vóór \(field).vanaf (\(start.iso)).")
            }
            let observed = check.date(row.waargenomenOp, "\(field).waargenomenOp")
            guard let member, member != organisationID else { continue }
            if members.contains(where: { $0.memberID == member && $0.start == start }) {
                check.problem("\(field).lid", "\(field): ‘\(member)’ staat al in de lijst, met dezelfde begindatum.", code: "dubbel")
                continue
            }
            members.append(Member(id: id, memberID: member, role: role, start: start, end: end, observedOn: observed))
        }
        if input.leden.count > Self.maximumRows {
            check.problem("leden", "leden mag hoogstens \(Self.maximumRows) regels hebben; ontvangen: \(input.leden.count).")
        }
        try check.finish()
        self.init(members: members)
    }

    public var input: OrganisationMembersInput {
        OrganisationMembersInput(leden: members.map {
            .init(id: $0.id, lid: $0.memberID, rol: $0.role, vanaf: $0.start?.iso, tot: $0.end?.iso, waargenomenOp: $0.observedOn?.iso)
        })
    }

    /// As the history records it, without the ids, which are Tafel's.
    public var snapshot: [(String, String?)] {
        let line = input.leden.map { var row = $0; row.id = nil; return row.line }.joined(separator: MeetingInput.rowSeparator)
        return [("leden", line.isEmpty ? nil : line)]
    }
}
