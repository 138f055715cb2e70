/// A document: a letter, report, agenda, minutes, convenant.
public struct Document: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var kind: DocumentKind
    public var date: PartialDate?
    public var reference: String?
    public var handledBy: String?
    public var author: String?
    public var confidentiality: Confidentiality
    public var summary: String?
    public var meta: RecordMeta

    public init(id: String, title: String, kind: DocumentKind, date: PartialDate?, reference: String?,
                handledBy: String?, author: String?, confidentiality: Confidentiality, summary: String?,
                meta: RecordMeta) {
        self.id = id; self.title = title; self.kind = kind; self.date = date; self.reference = reference
        self.handledBy = handledBy; self.author = author; self.confidentiality = confidentiality
        self.summary = summary; self.meta = meta
    }
}

/// Where a fact comes from: a passage of a document, or a reference to outside data.
public struct Source: Sendable, Hashable {
    public var subject: Reference
    public var document: Reference?
    public var passage: String?
    public var externalReference: String?

    public init(subject: Reference, document: Reference?, passage: String?, externalReference: String?) {
        self.subject = subject; self.document = document; self.passage = passage
        self.externalReference = externalReference
    }
}
