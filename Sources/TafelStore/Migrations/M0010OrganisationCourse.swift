/// An organisation's course (seed 003, chapter 2): its mission, vision, functions and strategy
/// points, each a row in its source's order with the passage it rests on, instead of sentences
/// in the organisation's description.
let m0010OrganisationCourse = Migration(version: 10, name: "missie, visie en strategie van organisaties") { _ in
    [
        createTable("organisation_statements", [
            "organisation_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE",
            "kind TEXT NOT NULL",
            "position INTEGER NOT NULL",
            "title TEXT",
            "text TEXT NOT NULL",
            "adopted_on TEXT",
            "document_id TEXT REFERENCES documents(id) ON DELETE SET NULL",
            "passage TEXT",
        ], constraints: ["PRIMARY KEY (organisation_id, kind, position)"]),
    ]
}
