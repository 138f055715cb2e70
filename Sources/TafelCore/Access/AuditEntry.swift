import Foundation

/// One change to one record, as the history shows it.
public struct AuditEntry: Sendable, Hashable {
    public enum Action: String, Sendable, Hashable {
        case aangemaakt, gewijzigd, gearchiveerd, hersteld, verwijderd

        public var label: String {
            switch self {
            case .aangemaakt: "Aangemaakt"
            case .gewijzigd: "Gewijzigd"
            case .gearchiveerd: "Gearchiveerd"
            case .hersteld: "Uit het archief gehaald"
            case .verwijderd: "Verwijderd"
            }
        }
    }

    /// A field's value before and after, in the API's field names; nil is empty.
    public struct Change: Sendable, Hashable {
        public let field: String
        public let before: String?
        public let after: String?

        public init(field: String, before: String?, after: String?) {
            self.field = field; self.before = before; self.after = after
        }
    }

    public let id: String
    public let at: Date
    public let actorID: String?
    public let actorName: String
    public let action: Action
    public let subject: RecordKind
    public let subjectID: String
    public let version: Int
    public let changes: [Change]

    public init(id: String, at: Date, actorID: String?, actorName: String, action: Action, subject: RecordKind,
                subjectID: String, version: Int, changes: [Change]) {
        self.id = id; self.at = at; self.actorID = actorID; self.actorName = actorName; self.action = action
        self.subject = subject; self.subjectID = subjectID; self.version = version; self.changes = changes
    }

    /// The changed fields between two snapshots (field name → value), in field order of `after`.
    public static func changes(from before: [(String, String?)], to after: [(String, String?)]) -> [Change] {
        let old = Dictionary(before, uniquingKeysWith: { first, _ in first })
        return after.compactMap { field, value in
            let previous = old[field] ?? nil
            return previous == value ? nil : Change(field: field, before: previous, after: value)
        }
    }
}
