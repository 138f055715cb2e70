/// Agenda requests (agenderingsverzoeken, issue 12 part 2): a fraction asks a committee to
/// put a subject on its agenda, with its motivation, its view and its questions to the other
/// fractions and to the college; each question with its answers (by whom, when, in which
/// document or meeting). Whether a question is answered follows from its answers.
let m0012AgendaRequests = Migration(version: 12, name: "agenderingsverzoeken") { _ in
    [
        createTable("agenda_requests", [
            "id TEXT PRIMARY KEY",
            "title TEXT NOT NULL",
            "fraction_id TEXT NOT NULL REFERENCES organisations(id)",
            "body_id TEXT NOT NULL REFERENCES bodies(id)",
            "subject_document_id TEXT REFERENCES documents(id)",
            "document_id TEXT REFERENCES documents(id)",
            "meeting_id TEXT REFERENCES meetings(id)",
            "submitted_on TEXT",
            "status TEXT NOT NULL",
            "motivation TEXT",
            "fraction_view TEXT",
            "description TEXT",
            "confidentiality TEXT NOT NULL DEFAULT 'openbaar'",
        ]),
        "CREATE INDEX agenda_requests_confidentiality ON agenda_requests(confidentiality)",
        "CREATE INDEX agenda_requests_fraction ON agenda_requests(fraction_id)",
        "CREATE INDEX agenda_requests_body ON agenda_requests(body_id)",
        "CREATE INDEX agenda_requests_submitted_on ON agenda_requests(submitted_on)",
        createTable("agenda_request_questions", [
            "request_id TEXT NOT NULL REFERENCES agenda_requests(id) ON DELETE CASCADE",
            "position INTEGER NOT NULL",
            "addressee TEXT NOT NULL",
            "number INTEGER",
            "text TEXT NOT NULL",
        ], constraints: ["PRIMARY KEY (request_id, position)"]),
        createTable("question_answers", [
            "request_id TEXT NOT NULL REFERENCES agenda_requests(id) ON DELETE CASCADE",
            "question_position INTEGER NOT NULL",
            "position INTEGER NOT NULL",
            "text TEXT",
            "answered_on TEXT",
            "by_person_id TEXT REFERENCES persons(id)",
            "by_body_id TEXT REFERENCES bodies(id)",
            "by_organisation_id TEXT REFERENCES organisations(id)",
            "document_id TEXT REFERENCES documents(id)",
            "meeting_id TEXT REFERENCES meetings(id)",
        ], constraints: ["PRIMARY KEY (request_id, question_position, position)"]),
        "CREATE INDEX question_answers_document ON question_answers(document_id)",
        "CREATE INDEX question_answers_meeting ON question_answers(meeting_id)",
    ]
}
