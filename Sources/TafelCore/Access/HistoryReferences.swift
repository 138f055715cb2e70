import Foundation

/// The history fields whose values name other records, and where in each value the names
/// are: a history entry must show a record the reader may not see as "vertrouwelijk
/// record", never by its id (ids are made from names).
public enum HistoryReferences {
    public static let hiddenLabel = "vertrouwelijk record"

    /// A record named in a history value.
    public struct Reference: Sendable, Hashable {
        public let kind: RecordKind
        public let id: String

        public init(kind: RecordKind, id: String) {
            self.kind = kind; self.id = id
        }
    }

    private struct Rule {
        /// Between the items of a list field.
        let separator: String
        /// Which `:`-separated part of an item is the id (the item has at most `parts` parts,
        /// the last may hold colons); nil: the item is a group code (`organisatie:ID`, `gremium:ID`).
        let part: Int?
        let parts: Int
        let kind: RecordKind?
    }

    private static func rule(_ field: String, of subject: RecordKind) -> Rule? {
        switch (subject, field) {
        case (.collaboration, "opgaven"): Rule(separator: "; ", part: 0, parts: 1, kind: .task)
        case (.collaboration, "gremia"): Rule(separator: "; ", part: 0, parts: 1, kind: .body)
        case (.collaboration, "deelnemers"): Rule(separator: "; ", part: 0, parts: 4, kind: .organisation)
        case (.collaboration, "bedragen"): Rule(separator: "; ", part: 2, parts: 5, kind: .organisation)
        case (.collaboration, "gerelateerd"): Rule(separator: "; ", part: 1, parts: 2, kind: .collaboration)
        case (.collaboration, "toegang"): Rule(separator: "; ", part: nil, parts: 2, kind: nil)
        case (.document, "toegang"): Rule(separator: ", ", part: nil, parts: 2, kind: nil)
        default: nil
        }
    }

    /// Every record `value` (of `field` in the history of a `subject`) names.
    public static func references(in value: String?, field: String, of subject: RecordKind) -> [Reference] {
        guard let value, let rule = rule(field, of: subject) else { return [] }
        return value.components(separatedBy: rule.separator).compactMap { reference(in: $0, rule) }
    }

    /// `value` with every record that `isHidden` names replaced by `hiddenLabel`.
    public static func redacted(_ value: String?, field: String, of subject: RecordKind,
                                isHidden: (Reference) -> Bool) -> String? {
        guard let value, let rule = rule(field, of: subject) else { return value }
        return value.components(separatedBy: rule.separator).map { item in
            guard let reference = reference(in: item, rule), isHidden(reference) else { return item }
            guard let index = rule.part else { return hiddenLabel }
            var parts = split(item, rule)
            parts[index] = hiddenLabel
            return parts.joined(separator: ":")
        }.joined(separator: rule.separator)
    }

    private static func reference(in item: String, _ rule: Rule) -> Reference? {
        let parts = split(item, rule)
        if let index = rule.part, let kind = rule.kind {
            guard index < parts.count, !parts[index].isEmpty else { return nil }
            return Reference(kind: kind, id: parts[index])
        }
        guard let group = Group(code: item) else { return nil }
        return Reference(kind: group.kind.recordKind, id: group.id)
    }

    private static func split(_ item: String, _ rule: Rule) -> [String] {
        item.split(separator: ":", maxSplits: rule.parts - 1, omittingEmptySubsequences: false).map(String.init)
    }
}
