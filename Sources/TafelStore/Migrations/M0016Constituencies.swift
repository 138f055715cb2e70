/// The constituency (achterban) of a body (issue 12 part 4): the bodies a representative in it
/// gets their mandate from and reports back to, such as the VDG bestuur for the Drentse members
/// of the VNG committees.
let m0016Constituencies = Migration(version: 16, name: "achterban van gremia") { _ in
    [
        createTable("body_constituencies", [
            "body_id TEXT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE",
            "position INTEGER NOT NULL",
            "constituency_id TEXT NOT NULL REFERENCES bodies(id)",
        ], constraints: ["PRIMARY KEY (body_id, position)"]),
        "CREATE INDEX body_constituencies_constituency ON body_constituencies(constituency_id)",
    ]
}
