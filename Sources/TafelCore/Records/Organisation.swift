/// An organisation (Popolo Organization): a government, association, institution or fraction.
public struct Organisation: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var shortName: String?
    public var kind: OrganisationKind
    public var cbsCode: String?
    public var tooiURI: String?
    public var inhabitants: Int?
    public var inhabitantsNote: String?
    public var parentID: String?
    public var description: String?
    public var meta: RecordMeta

    public init(id: String, name: String, shortName: String? = nil, kind: OrganisationKind,
                cbsCode: String? = nil, tooiURI: String? = nil, inhabitants: Int? = nil,
                inhabitantsNote: String? = nil, parentID: String? = nil, description: String? = nil,
                meta: RecordMeta) {
        self.id = id; self.name = name; self.shortName = shortName; self.kind = kind
        self.cbsCode = cbsCode; self.tooiURI = tooiURI; self.inhabitants = inhabitants
        self.inhabitantsNote = inhabitantsNote; self.parentID = parentID
        self.description = description; self.meta = meta
    }

    /// The name to use in running text: "Assen" rather than "Gemeente Assen".
    public var displayName: String { shortName ?? name }
}
