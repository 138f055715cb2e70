/// Meetings from agenda to action items (issue 11, part 5): planned and actual times,
/// an online link and the minutes' document; attendance; a nested, ordered agenda with
/// presenter, duration, hamerstuk, documents and the action item an item carries over;
/// decisions with their result and action items with owner, deadline and status.
///
/// An agenda item keeps its `number` as its key within the meeting (outcomes name it);
/// `position` is its place in reading order and `parent_number` the item it is part of.
let m0008MeetingWork = Migration(version: 8, name: "bijeenkomsten van agenda tot actiepunt") { _ in
    [
        "ALTER TABLE meetings ADD COLUMN end_time TEXT",
        "ALTER TABLE meetings ADD COLUMN actual_start_time TEXT",
        "ALTER TABLE meetings ADD COLUMN actual_end_time TEXT",
        "ALTER TABLE meetings ADD COLUMN online_url TEXT",
        "ALTER TABLE meetings ADD COLUMN minutes_document_id TEXT REFERENCES documents(id)",
        "ALTER TABLE meeting_attendances ADD COLUMN presence TEXT",
        "ALTER TABLE agenda_items ADD COLUMN parent_number INTEGER",
        "ALTER TABLE agenda_items ADD COLUMN position INTEGER",
        "ALTER TABLE agenda_items ADD COLUMN presenter_id TEXT REFERENCES persons(id)",
        "ALTER TABLE agenda_items ADD COLUMN duration_minutes INTEGER",
        "ALTER TABLE agenda_items ADD COLUMN hamerstuk INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE agenda_items ADD COLUMN carried_from_meeting_id TEXT",
        "ALTER TABLE agenda_items ADD COLUMN carried_from_position INTEGER",
        "UPDATE agenda_items SET position = number",
        createTable("agenda_item_documents", [
            "meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE",
            "item_number INTEGER NOT NULL",
            "position INTEGER NOT NULL",
            "document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE",
        ], constraints: ["PRIMARY KEY (meeting_id, item_number, position)"]),
        "CREATE INDEX agenda_item_documents_document ON agenda_item_documents(document_id)",
        "ALTER TABLE meeting_outcomes ADD COLUMN result TEXT",
        "ALTER TABLE meeting_outcomes ADD COLUMN owner_id TEXT REFERENCES persons(id)",
        "ALTER TABLE meeting_outcomes ADD COLUMN due_date TEXT",
        "ALTER TABLE meeting_outcomes ADD COLUMN action_status TEXT",
        "CREATE INDEX meeting_outcomes_open_actions ON meeting_outcomes(meeting_id, position) WHERE kind = 'actiepunt' AND action_status = 'open'",
        "CREATE INDEX meetings_body_date ON meetings(body_id, date)",
    ]
}
