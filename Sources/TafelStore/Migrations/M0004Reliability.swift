/// Reliability: a data version that every commit of every process raises (caches compare
/// it before they answer), and the installation record that says whether this database
/// was created by Tafel's first start, so that demo data never lands in a database that
/// was meant to hold real data.
let m0004Reliability = Migration(version: 4, name: "reliability") { _ in
    [
        """
        CREATE TABLE data_version (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            version BIGINT NOT NULL
        )
        """,
        "INSERT INTO data_version (id, version) VALUES (1, 0)",
        """
        CREATE TABLE installation (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            created_at TEXT NOT NULL,
            demo TEXT NOT NULL
        )
        """,
    ]
}
