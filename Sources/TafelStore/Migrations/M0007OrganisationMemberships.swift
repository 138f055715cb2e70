/// Organisations as members of organisations (Popolo: a Membership whose member is an
/// organisation): the twelve Drentse municipalities are members of the VDG, every
/// municipality of the VNG. Apart from `memberships`, whose member is always a person.
let m0007OrganisationMemberships = Migration(version: 7, name: "lidmaatschappen van organisaties") { _ in
    [
        createTable("organisation_memberships", [
            "id TEXT PRIMARY KEY",
            "member_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE",
            "organisation_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE",
            "role TEXT",
            "start_date TEXT",
            "end_date TEXT",
            "observed_on TEXT",
        ], constraints: ["CHECK (member_id <> organisation_id)"]),
        "CREATE INDEX organisation_memberships_organisation ON organisation_memberships(organisation_id, member_id)",
        "CREATE INDEX organisation_memberships_member ON organisation_memberships(member_id, organisation_id)",
    ]
}
