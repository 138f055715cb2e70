/// A document sent as an attachment of another ("bijgevoegd", issue 13 part 7): the statenstuk
/// 2009-366 went with the statenbrief of 14 January 2010. Removing the letter keeps the
/// attachment, which then stands on its own.
let m0022DocumentAttachments = Migration(version: 22, name: "bijlagen van documenten") { _ in
    [
        "ALTER TABLE documents ADD COLUMN attached_to TEXT REFERENCES documents(id) ON DELETE SET NULL",
        "CREATE INDEX documents_attached_to ON documents(attached_to) WHERE attached_to IS NOT NULL",
    ]
}
