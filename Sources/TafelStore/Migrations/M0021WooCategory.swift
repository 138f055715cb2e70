/// The Woo information category of a document (issue 13 part 6), when an editor chose one
/// other than its kind's (`DocumentKind.defaultWooCategory`); the sitemaps for the Woo-index
/// group public documents by it.
let m0021WooCategory = Migration(version: 21, name: "Woo-informatiecategorie van documenten") { _ in
    [
        "ALTER TABLE documents ADD COLUMN woo_category TEXT",
    ]
}
