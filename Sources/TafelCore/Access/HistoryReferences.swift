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
        /// How many `:`-separated parts an item has at most (the last may hold colons).
        let parts: Int
        /// The parts that are ids, and of what; empty: the item is a group code (`organisatie:ID`).
        let named: [Int: RecordKind]
        /// Named parts that hold several ids separated by commas.
        var listed: Set<Int> = []
        /// A named part whose record, when hidden, hides the whole item: the row is about it
        /// (an organisation's own decision), so its other parts would tell what it did.
        var owner: Int?

        init(separator: String = "; ", parts: Int = 1, named: [Int: RecordKind], listed: Set<Int> = [], owner: Int? = nil) {
            self.separator = separator; self.parts = parts; self.named = named; self.listed = listed; self.owner = owner
        }

        static let groupCodes = Rule(parts: 2, named: [:])
    }

    private static func rule(_ field: String, of subject: RecordKind) -> Rule? {
        switch (subject, field) {
        case (.collaboration, "opgaven"): Rule(named: [0: .task])
        case (.collaboration, "gremia"): Rule(named: [0: .body])
        case (.collaboration, "deelnemers"): Rule(parts: 4, named: [0: .organisation])
        case (.collaboration, "bedragen"): Rule(parts: 5, named: [2: .organisation])
        case (.collaboration, "gerelateerd"): Rule(parts: 2, named: [1: .collaboration])
        case (.collaboration, "toegang"), (.meeting, "toegang"), (.body, "toegang"), (.programme, "toegang"), (.commitment, "toegang"),
             (.agendaRequest, "toegang"), (.policyProduct, "toegang"), (.jointDecision, "toegang"), (.stance, "toegang"): .groupCodes
        case (.commitment, "bijeenkomst"): Rule(named: [0: .meeting])
        case (.commitment, "document"), (.commitment, "voldaanMet"): Rule(named: [0: .document])
        case (.commitment, "doorPersoon"): Rule(named: [0: .person])
        case (.commitment, "doorGremium"), (.commitment, "aanGremium"): Rule(named: [0: .body])
        case (.commitment, "aanOrganisatie"): Rule(named: [0: .organisation])
        case (.agendaRequest, "fractie"): Rule(named: [0: .organisation])
        case (.agendaRequest, "gremium"): Rule(named: [0: .body])
        case (.agendaRequest, "onderwerpDocument"), (.agendaRequest, "document"): Rule(named: [0: .document])
        case (.agendaRequest, "bijeenkomst"): Rule(named: [0: .meeting])
        case (.policyProduct, "eigenaar"): Rule(named: [0: .organisation])
        case (.policyProduct, "opgave"): Rule(named: [0: .task])
        case (.policyProduct, "document"): Rule(named: [0: .document])
        case (.policyProduct, "samenwerkingen"): Rule(named: [0: .collaboration])
        case (.jointDecision, "aangebodenDoor"): Rule(named: [0: .body])
        case (.jointDecision, "eigenaar"): Rule(named: [0: .organisation])
        case (.jointDecision, "opgave"): Rule(named: [0: .task])
        case (.jointDecision, "bijeenkomst"): Rule(named: [0: .meeting])
        case (.jointDecision, "document"): Rule(named: [0: .document])
        case (.jointDecision, "samenwerking"): Rule(named: [0: .collaboration])
        case (.stance, "adressaat"), (.stance, "eigenaar"), (.stance, "steunendeOrganisaties"): Rule(named: [0: .organisation])
        case (.stance, "gremium"): Rule(named: [0: .body])
        case (.stance, "trekker"): Rule(named: [0: .person])
        case (.stance, "opgaven"): Rule(named: [0: .task])
        case (.stance, "bijeenkomst"): Rule(named: [0: .meeting])
        case (.stance, "document"): Rule(named: [0: .document])
        case (.jointDecision, "besluiten"): Rule(separator: MeetingInput.rowSeparator, parts: 5, named: [0: .organisation, 3: .document], owner: 0)
        case (.agendaRequest, "antwoorden"):
            Rule(separator: MeetingInput.rowSeparator, parts: 8, named: [1: .person, 2: .body, 3: .organisation, 5: .document, 6: .meeting])
        case (.body, "organisatie"): Rule(named: [0: .organisation])
        case (.body, "onderdeelVan"), (.body, "achterban"): Rule(named: [0: .body])
        case (.body, "leden"): Rule(separator: MeetingInput.rowSeparator, parts: 6, named: [0: .person, 1: .organisation])
        case (.document, "toegang"): Rule(separator: ", ", parts: 2, named: [:])
        case (.organisation, "leden"): Rule(separator: MeetingInput.rowSeparator, parts: 5, named: [0: .organisation])
        case (.programme, "eigenaar"), (.programme, "partners"): Rule(named: [0: .organisation])
        case (.programme, "bestuurlijkOverleg"), (.programme, "ambtelijkOverleg"), (.programme, "kerngroep"), (.programme, "vngCommissie"):
            Rule(named: [0: .body])
        case (.programme, "bestuurlijkVoorzitter"), (.programme, "ambtelijkVoorzitter"), (.programme, "vngCommissielid"):
            Rule(named: [0: .person])
        case (.programme, "opgaven"): Rule(named: [0: .task])
        case (.programme, "samenwerkingen"): Rule(named: [0: .collaboration])
        case (.programme, "themas"): Rule(separator: MeetingInput.rowSeparator, parts: 3, named: [1: .task])
        case (.programme, "bijeenkomsten"): Rule(separator: MeetingInput.rowSeparator, parts: 5, named: [3: .body])
        case (.meeting, "gremium"): Rule(named: [0: .body])
        case (.meeting, "organisatoren"): Rule(named: [0: .organisation])
        case (.meeting, "verslag"): Rule(named: [0: .document])
        case (.meeting, "deelnemers"): Rule(parts: 5, named: [0: .person, 1: .organisation, 2: .organisation])
        case (.meeting, "agendapunten"):
            Rule(separator: MeetingInput.rowSeparator, parts: 8, named: [2: .person, 5: .document], listed: [5])
        case (.meeting, "uitkomsten"): Rule(separator: MeetingInput.rowSeparator, parts: 8, named: [2: .person, 4: .person])
        // A source added to any record: "document-id:passage"; a hidden document hides the passage too.
        case (_, "bron"): Rule(separator: MeetingInput.rowSeparator, parts: 2, named: [0: .document], owner: 0)
        default: nil
        }
    }

    /// Every record `value` (of `field` in the history of a `subject`) names.
    public static func references(in value: String?, field: String, of subject: RecordKind) -> [Reference] {
        guard let value, let rule = rule(field, of: subject) else { return [] }
        return value.components(separatedBy: rule.separator).flatMap { references(in: $0, rule) }
    }

    /// `value` with every record that `isHidden` names replaced by `hiddenLabel`.
    public static func redacted(_ value: String?, field: String, of subject: RecordKind,
                                isHidden: (Reference) -> Bool) -> String? {
        guard let value, let rule = rule(field, of: subject) else { return value }
        return value.components(separatedBy: rule.separator).map { item in
            guard !rule.named.isEmpty else {
                return Group(code: item).map { isHidden(Reference(kind: $0.kind.recordKind, id: $0.id)) ? hiddenLabel : item } ?? item
            }
            var parts = split(item, rule)
            if let owner = rule.owner, owner < parts.count, let kind = rule.named[owner], !parts[owner].isEmpty,
               isHidden(Reference(kind: kind, id: parts[owner])) {
                return hiddenLabel
            }
            for (index, kind) in rule.named where index < parts.count && !parts[index].isEmpty {
                let ids = rule.listed.contains(index) ? parts[index].components(separatedBy: ",") : [parts[index]]
                parts[index] = ids.map { isHidden(Reference(kind: kind, id: $0)) ? hiddenLabel : $0 }.joined(separator: ",")
            }
            return parts.joined(separator: ":")
        }.joined(separator: rule.separator)
    }

    private static func references(in item: String, _ rule: Rule) -> [Reference] {
        guard !rule.named.isEmpty else {
            return Group(code: item).map { [Reference(kind: $0.kind.recordKind, id: $0.id)] } ?? []
        }
        let parts = split(item, rule)
        return rule.named.sorted { $0.key < $1.key }.flatMap { index, kind -> [Reference] in
            guard index < parts.count, !parts[index].isEmpty else { return [] }
            let ids = rule.listed.contains(index) ? parts[index].components(separatedBy: ",") : [parts[index]]
            return ids.filter { !$0.isEmpty }.map { Reference(kind: kind, id: $0) }
        }
    }

    private static func split(_ item: String, _ rule: Rule) -> [String] {
        item.split(separator: ":", maxSplits: rule.parts - 1, omittingEmptySubsequences: false).map(String.init)
    }
}
