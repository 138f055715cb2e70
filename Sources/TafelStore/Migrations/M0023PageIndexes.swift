/// Indexes two detail pages needed on the national set (issue 10 part 5, issue 11 part 9;
/// timed with Python's sqlite3 on the bench data):
/// - a document's commitments were found by scanning every commitment (`document_id` had no
///   index; 5.9 ms of the page's 7 ms); its agenda requests likewise (by document and by meeting);
/// - the month calendar reads the month's meetings from an index that holds what it shows, in
///   its order, instead of a row lookup per meeting and a sort (760 meetings: 5.4 → 0.9 ms).
let m0023PageIndexes = Migration(version: 23, name: "indexen voor document- en kalenderpagina") { _ in
    [
        "CREATE INDEX commitments_document ON commitments(document_id) WHERE document_id IS NOT NULL",
        "CREATE INDEX agenda_requests_document ON agenda_requests(document_id) WHERE document_id IS NOT NULL",
        "CREATE INDEX agenda_requests_meeting ON agenda_requests(meeting_id) WHERE meeting_id IS NOT NULL",
        "CREATE INDEX agenda_requests_subject_document ON agenda_requests(subject_document_id) WHERE subject_document_id IS NOT NULL",
        "CREATE INDEX meetings_month ON meetings(date, start_time, name, id, kind, status, location, confidentiality, body_id)",
    ]
}
