/// The register's form facet under a status filter (`?status=actief`): the covering index of
/// migration 5 leads with the form, so counting forms among one status read every visible
/// row (0.28 ms of the page's 1 ms of SQL on the national set). This one leads with the status.
let m0006FacetIndex = Migration(version: 6, name: "facetindex") { _ in
    ["CREATE INDEX collaborations_register_status ON collaborations(archived_at, confidentiality, status, form, id)"]
}
