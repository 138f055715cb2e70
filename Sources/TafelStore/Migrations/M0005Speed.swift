/// Indexes measured on the national data set (issue 10; the measurements are in
/// bench/README.md): the register's count, facets and first page read covering indexes,
/// the home page's recent documents and counts need no sort and no scan of public rows, and
/// the organisation page's participations and documents read one index each.
///
/// The single-column confidentiality indexes go: without statistics SQLite's planner took
/// `confidentiality = 'openbaar'` (true for nearly every row) for a selective condition and
/// started from it instead of from the index that serves the query. The few rows that are
/// not public are counted from partial indexes instead.
let m0005Speed = Migration(version: 5, name: "snelheid") { _ in
    let levelled = ["organisations", "persons", "bodies", "tasks", "collaborations", "meetings", "documents"]
    return ["organisations", "persons", "bodies", "task_agendas", "tasks", "collaborations", "meetings", "documents"]
        .map { "DROP INDEX \($0)_confidentiality" }
        + levelled.map { "CREATE INDEX \($0)_not_public ON \($0)(confidentiality) WHERE confidentiality <> 'openbaar'" }
        + [
            "CREATE INDEX collaborations_register ON collaborations(archived_at, confidentiality, form, status, id)",
            "CREATE INDEX collaborations_register_name ON collaborations(archived_at, confidentiality, name, id, form, status)",
            "CREATE INDEX meetings_recent ON meetings(date DESC, id, confidentiality)",
            "CREATE INDEX documents_recent ON documents(date DESC, id, confidentiality)",
            "CREATE INDEX collaboration_participants_org_cover ON collaboration_participants(organisation_id, collaboration_id, role, start_date, end_date)",
            "DROP INDEX collaboration_participants_org_collab",
            "CREATE INDEX document_parties_organisation_document ON document_parties(organisation_id, document_id)",
            "DROP INDEX document_parties_organisation",
            "CREATE INDEX meetings_id_visible ON meetings(id, confidentiality, date, name)",
            "CREATE INDEX collaborations_id_visible_name ON collaborations(id, confidentiality, name)",
        ]
}
