/// Access: a confidentiality level on every record and the organisations and bodies
/// that open a `vertrouwelijk` one; accounts, their memberships, sessions, API tokens,
/// sign-in attempts for throttling; and the audit log behind every record's history.
let m0002Access = Migration(version: 2, name: "toegang") { _ in
    let levelled = ["organisations", "persons", "bodies", "task_agendas", "tasks", "collaborations", "meetings"]
    return levelled.map { "ALTER TABLE \($0) ADD COLUMN confidentiality TEXT NOT NULL DEFAULT 'openbaar'" }
        + (levelled + ["documents"]).map { "CREATE INDEX \($0)_confidentiality ON \($0)(confidentiality)" }
        + [
            "ALTER TABLE documents ADD COLUMN origin TEXT",

            """
            CREATE TABLE record_access (
                subject_kind TEXT NOT NULL,
                subject_id TEXT NOT NULL,
                organisation_id TEXT REFERENCES organisations(id),
                body_id TEXT REFERENCES bodies(id),
                CHECK ((organisation_id IS NULL) <> (body_id IS NULL))
            )
            """,
            "CREATE INDEX record_access_subject ON record_access(subject_kind, subject_id)",

            createTable("users", [
                "id TEXT PRIMARY KEY",
                "email TEXT NOT NULL UNIQUE",
                "name TEXT NOT NULL",
                "role TEXT NOT NULL",
                "person_id TEXT REFERENCES persons(id)",
                "password_hash TEXT NOT NULL",
                "blocked_at TEXT",
                "last_sign_in_at TEXT",
            ]),
            """
            CREATE TABLE user_groups (
                user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                organisation_id TEXT REFERENCES organisations(id),
                body_id TEXT REFERENCES bodies(id),
                CHECK ((organisation_id IS NULL) <> (body_id IS NULL))
            )
            """,
            "CREATE INDEX user_groups_user ON user_groups(user_id)",

            """
            CREATE TABLE sessions (
                token_hash TEXT PRIMARY KEY,
                user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                csrf_token TEXT NOT NULL,
                created_at TEXT NOT NULL,
                expires_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX sessions_user ON sessions(user_id)",

            """
            CREATE TABLE api_tokens (
                id TEXT PRIMARY KEY,
                user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                token_hash TEXT NOT NULL UNIQUE,
                prefix TEXT NOT NULL,
                created_at TEXT NOT NULL,
                last_used_at TEXT,
                revoked_at TEXT
            )
            """,
            "CREATE INDEX api_tokens_user ON api_tokens(user_id)",

            """
            CREATE TABLE sign_in_attempts (
                email TEXT NOT NULL,
                address TEXT NOT NULL,
                at TEXT NOT NULL
            )
            """,
            "CREATE INDEX sign_in_attempts_email ON sign_in_attempts(email, at)",
            "CREATE INDEX sign_in_attempts_address ON sign_in_attempts(address, at)",

            """
            CREATE TABLE audit_log (
                id TEXT PRIMARY KEY,
                at TEXT NOT NULL,
                actor_id TEXT,
                actor_name TEXT NOT NULL,
                action TEXT NOT NULL,
                subject_kind TEXT NOT NULL,
                subject_id TEXT NOT NULL,
                version INTEGER NOT NULL,
                changes TEXT NOT NULL
            )
            """,
            "CREATE INDEX audit_log_subject ON audit_log(subject_kind, subject_id, version)",
        ]
}
