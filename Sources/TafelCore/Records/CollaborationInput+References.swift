/// A record a collaboration names by id, with the field that names it.
public struct NamedReference: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case organisation, task, body, collaboration, person, document, meeting
    }

    /// As the form or file named it: `deelnemers[3].organisatie` counts every row sent, empty ones too.
    public var field: String
    public var kind: Kind
    public var id: String

    public init(field: String, kind: Kind, id: String) {
        self.field = field; self.kind = kind; self.id = id
    }
}

/// Collects the well-formed ids an input names, in order, each with its field.
public struct ReferenceCollector: Sendable {
    public private(set) var references: [NamedReference] = []

    public init() {}

    public mutating func add(_ value: String?, _ field: String, _ kind: NamedReference.Kind) {
        guard let id = value?.trimmed, Slug.isValid(id) else { return }
        references.append(NamedReference(field: field, kind: kind, id: id))
    }
}

extension CollaborationInput {
    /// Every well-formed id the input names, whatever else is wrong with it, so that an
    /// unknown organisation is reported together with the other problems (a malformed id
    /// is the draft's problem, not a reference).
    public var references: [NamedReference] {
        var collector = ReferenceCollector()
        func add(_ value: String?, _ field: String, _ kind: NamedReference.Kind) { collector.add(value, field, kind) }
        for value in opgaven { add(value, "opgaven", .task) }
        for value in gremia { add(value, "gremia", .body) }
        for (index, row) in deelnemers.enumerated() { add(row.organisatie, "deelnemers[\(index)].organisatie", .organisation) }
        for (index, row) in bedragen.enumerated() { add(row.organisatie, "bedragen[\(index)].organisatie", .organisation) }
        for (index, row) in gerelateerd.enumerated() { add(row.samenwerking, "gerelateerd[\(index)].samenwerking", .collaboration) }
        return collector.references
    }
}
