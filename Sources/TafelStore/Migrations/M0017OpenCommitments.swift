/// The commitments register narrowed to the open ones (`teLaat`, `status=open`) reads this index
/// only: the open commitments by confidentiality and deadline, with what the list sorts by
/// (issue 12 part 9; on the national set the overdue page's two queries took about 5 ms before and
/// 1.4 ms with it and the page read by ids first, timed with Python's sqlite3 on the bench data).
let m0017OpenCommitments = Migration(version: 17, name: "index van open toezeggingen") { _ in
    [
        "CREATE INDEX commitments_open ON commitments(confidentiality, deadline_date, made_on, title, id) WHERE decision IS NULL AND fulfilled_on IS NULL",
    ]
}
