/// A document: a letter, report, agenda, minutes, convenant.
public struct Document: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var kind: DocumentKind
    public var date: PartialDate?
    public var reference: String?
    public var handledBy: String?
    public var author: String?
    public var summary: String?
    /// Where the original is published or kept: a URL or a register reference.
    public var origin: String?
    /// The Woo information category an editor chose; nil follows the kind (`wooCategory`).
    public var chosenWooCategory: WooCategory?
    public var meta: RecordMeta

    public init(id: String, title: String, kind: DocumentKind, date: PartialDate?, reference: String?,
                handledBy: String?, author: String?, summary: String?, origin: String?, chosenWooCategory: WooCategory? = nil,
                meta: RecordMeta) {
        self.id = id; self.title = title; self.kind = kind; self.date = date; self.reference = reference
        self.handledBy = handledBy; self.author = author; self.summary = summary; self.origin = origin
        self.chosenWooCategory = chosenWooCategory; self.meta = meta
    }

    public var confidentiality: Confidentiality { meta.confidentiality }

    /// The category under which a public document is published for the Woo-index, if any.
    public var wooCategory: WooCategory? { chosenWooCategory ?? kind.defaultWooCategory }
}

/// Where a fact comes from: a passage of a document, or a reference to outside data.
public struct Source: Sendable, Hashable {
    public var subject: Reference
    public var document: Reference?
    public var passage: String?
    public var externalReference: String?
    /// The published record the subject is shown on, when it has no page of its own (a post's
    /// organisation, a membership's person).
    public var about: Reference?

    public init(subject: Reference, document: Reference?, passage: String?, externalReference: String?) {
        self.subject = subject; self.document = document; self.passage = passage
        self.externalReference = externalReference
    }
}
