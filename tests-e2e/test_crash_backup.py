"""Crashes and backups (issue 9), each test on `tafel serve` processes of its own (SQLite).

kill -9 of the server in the middle of a burst of creates loses no acknowledged write and
leaves a sound file; kill -9 of `tafel import` at several moments leaves all of the file or
none of it. `tafel backup` makes a consistent copy while the server writes, never overwrites
a file, and `tafel herstel` puts it back (a database with data only with --overschrijven);
every create acknowledged before the backup started is there after restoring. The demo data
is loaded into a new database file only, never into an existing empty one (a bad copy).

The servers come from the `isolated` fixture (conftest.py); they need TAFEL_BIN.
"""

from __future__ import annotations

import csv
import itertools
import threading
import time
from collections import Counter
from functools import partial

import requests

from helpers import (
    ANSWER_WITHIN,
    ASSEN,
    REGISTER_API,
    assert_answered,
    at_once,
    collaboration_json,
    sqlite_integrity,
    unique,
)

IMPORT_ROWS = 2000
KILL_MOMENTS = (0.15, 0.4, 0.65, 0.9)  # fractions of the time a complete import took


class Writers:
    """Threads that create collaborations (explicit ids prefix-0, prefix-1, ...) one after the
    other until stopped, `total` were sent, or the server is gone. `acknowledged` lists the ids
    that got 201, in the order the answers came."""

    def __init__(self, server, prefix: str, threads: int, total: int | None = None):
        self.server, self.prefix, self.total = server, prefix, total
        self.acknowledged: list[str] = []
        self.other: Counter = Counter()  # status -> how many (503 with Retry-After counts as 'busy')
        self.errors: list[str] = []
        self._lock = threading.Lock()
        self._numbers = itertools.count()
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._run, daemon=True) for _ in range(threads)]

    def _run(self) -> None:
        while not self._stop.is_set():
            with self._lock:
                n = next(self._numbers)
            if self.total is not None and n >= self.total:
                return
            collaboration = f"{self.prefix}-{n}"
            try:
                resp = self.server.api("POST", REGISTER_API, self.server.editor_token, timeout=ANSWER_WITHIN,
                                       json=collaboration_json(f"E2E schrijver {self.prefix} {n}", id=collaboration))
            except requests.RequestException as error:
                with self._lock:
                    self.errors.append(f"{collaboration}: {type(error).__name__}")
                if not self.server.running:
                    return
                continue
            with self._lock:
                if resp.status_code == 201:
                    self.acknowledged.append(collaboration)
                else:
                    busy = resp.status_code == 503 and resp.headers.get("Retry-After")
                    self.other["busy" if busy else resp.status_code] += 1

    def start(self) -> "Writers":
        for thread in self._threads:
            thread.start()
        return self

    def snapshot(self) -> list[str]:
        with self._lock:
            return list(self.acknowledged)

    def wait_for(self, count: int, timeout: float) -> bool:
        """Wait until `count` creates were acknowledged; False when that took longer than timeout."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(self.snapshot()) >= count:
                return True
            time.sleep(0.02)
        return False

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=ANSWER_WITHIN + 10)

    def __str__(self) -> str:
        return f"{len(self.snapshot())} acknowledged, other answers {dict(self.other)}, errors {self.errors[:3]}"


def missing_after(server, ids: list[str]) -> list[str]:
    """The ids (of public collaborations) a visitor cannot open on this server."""
    return [c for c in ids if server.api("GET", f"{REGISTER_API}/{c}").status_code != 200]


def collaboration_total(server) -> int:
    resp = server.api("GET", f"{REGISTER_API}?gearchiveerd=alle&pageSize=1", server.admin_token)
    assert resp.status_code == 200, f"GET {REGISTER_API}?gearchiveerd=alle -> {resp.status_code}: {resp.text[:300]}"
    return resp.json()["totaal"]


def municipality_total(server) -> int:
    resp = server.api("GET", "/api/v1/organisaties?soort=gemeente")
    assert resp.status_code == 200, f"GET /api/v1/organisaties?soort=gemeente -> {resp.status_code}: {resp.text[:300]}"
    return resp.json()["totaal"]


# ---------------------------------------------------------------- kill -9


def test_no_acknowledged_create_is_lost_when_the_server_is_killed(isolated):
    server = isolated()
    writers = Writers(server, f"e2e-crash-{unique()[:12]}", threads=8, total=200).start()
    reached = writers.wait_for(100, timeout=120)
    server.kill()
    writers.stop()
    acknowledged = writers.snapshot()
    assert reached, f"the burst did not get halfway before the kill: {writers}"
    assert not [s for s in writers.other if isinstance(s, int) and s >= 500], f"5xx during the burst: {writers}"

    server.start()
    missing = missing_after(server, acknowledged)
    assert not missing, f"{len(missing)} of {len(acknowledged)} creates answered 201 are gone after kill -9: {missing[:5]}"
    assert sqlite_integrity(server.file) == "ok", "PRAGMA integrity_check after kill -9 and a restart"
    assert server.ready() == 200


def register_file(server, path, label: str, rows: int) -> list[str]:
    """A register CSV in the export's columns (as /samenwerkingen.csv has them) with `rows` new collaborations."""
    resp = requests.get(server.url("/samenwerkingen.csv"), timeout=30)
    assert resp.status_code == 200, f"/samenwerkingen.csv -> {resp.status_code}"
    columns = next(csv.reader([resp.content.decode("utf-8-sig").splitlines()[0]]))
    ids = [f"e2e-massa-{label}-{n}" for n in range(rows)]
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=columns, restval="", lineterminator="\r\n")
        writer.writeheader()
        for n, collaboration in enumerate(ids):
            writer.writerow({"id": collaboration, "naam": f"E2E massa {label} {n}", "status": "actief", "vorm": "convenant",
                             "startdatum": "2020", "domeinen": f"e2e-massa-{label}", "deelnemers": f"{ASSEN}:deelnemer:2020:",
                             "vertrouwelijkheid": "openbaar"})
    return ids


def test_killed_import_writes_all_or_nothing(isolated, tmp_path):
    server = isolated()

    # A complete run first, to know how long one takes; meanwhile the site keeps answering
    # visitors and editors (an import must not hold the write lock for its whole run).
    before = collaboration_total(server)
    register_file(server, tmp_path / "heel.csv", "heel", IMPORT_ROWS)
    start = time.monotonic()
    run = server.popen("import", "samenwerkingen", str(tmp_path / "heel.csv"), log_name="import.log")
    meanwhile = []
    for n in itertools.count():
        if run.poll() is not None:
            break
        page = partial(requests.get, server.url("/samenwerkingen"), timeout=ANSWER_WITHIN)
        create = partial(server.api, "POST", REGISTER_API, server.editor_token, timeout=ANSWER_WITHIN,
                         json=collaboration_json(f"E2E tijdens import {n}", id=f"e2e-tijdens-import-{unique()}"))
        meanwhile += at_once([(f"page {n}", page), (f"create {n}", create)])
        time.sleep(0.2)
    duration = time.monotonic() - start
    assert run.wait() == 0, f"tafel import exited {run.returncode}: {(server.directory / 'import.log').read_text()[-1500:]}"
    assert_answered([a for a in meanwhile if a.label.startswith("page")], {200})
    assert_answered([a for a in meanwhile if a.label.startswith("create")], {201}, busy_allowed=True)
    created = sum(1 for a in meanwhile if a.status == 201)
    assert collaboration_total(server) == before + IMPORT_ROWS + created, "a complete import did not add every row"

    for moment in KILL_MOMENTS:
        before = collaboration_total(server)
        label = f"{int(moment * 100)}"
        register_file(server, tmp_path / f"{label}.csv", label, IMPORT_ROWS)
        run = server.popen("import", "samenwerkingen", str(tmp_path / f"{label}.csv"), log_name="import.log")
        time.sleep(duration * moment)
        finished = run.poll() is not None
        run.kill()
        run.wait()
        after = collaboration_total(server)
        assert after in (before, before + IMPORT_ROWS), (
            f"kill -9 of the import after {duration * moment:.1f} s of {duration:.1f} s"
            f"{' (it had finished)' if finished else ''}: {after - before} of {IMPORT_ROWS} rows are in"
        )
        assert server.ready() == 200, f"/readyz after the killed import: {server.ready()}"
    assert sqlite_integrity(server.file) == "ok", "PRAGMA integrity_check after the killed imports"


# ---------------------------------------------------------------- backup and restore


def test_backup_while_writing_restores_every_acknowledged_create(isolated):
    server = isolated()
    writers = Writers(server, f"e2e-reserve-{unique()[:12]}", threads=2).start()
    try:
        assert writers.wait_for(20, timeout=60), f"the writers did not get going: {writers}"
        before_backup = writers.snapshot()
        backup = server.directory / "reserve.sqlite"
        made = server.cli("backup", str(backup))
        assert writers.wait_for(len(writers.snapshot()) + 10, timeout=60), f"the writes stopped during or after the backup: {writers}"
    finally:
        writers.stop()
    assert not writers.errors and not [s for s in writers.other if s != "busy"], f"writes failed during the backup: {writers}"
    assert backup.stat().st_size > 0 and sqlite_integrity(backup) == "ok", f"the backup is not a sound SQLite file: {made.stdout}"

    again = server.cli("backup", str(backup), check=False)
    assert again.returncode != 0, "tafel backup overwrote an existing file"
    assert "bestaat" in again.stderr, f"tafel backup onto an existing file: no Dutch message naming it: {again.stderr[-500:]!r}"

    restored = isolated(name="hersteld", serve=False, copy=False)
    restored.cli("herstel", str(backup), "--overschrijven")
    restored.start()
    missing = missing_after(restored, before_backup)
    assert not missing, f"{len(missing)} of {len(before_backup)} creates acknowledged before the backup are not in it: {missing[:5]}"
    assert municipality_total(restored) == 12, "the restored database lost the municipalities (or got the demo twice)"


def test_herstel_replaces_data_only_when_asked(isolated):
    source = isolated(name="bron")
    marker = f"e2e-herstel-{unique()}"
    resp = source.api("POST", REGISTER_API, source.editor_token, json=collaboration_json(f"E2E herstel {marker}", id=marker))
    assert resp.status_code == 201, f"POST {REGISTER_API} -> {resp.status_code}: {resp.text[:300]}"
    backup = source.directory / "reserve.sqlite"
    source.cli("backup", str(backup))

    target = isolated(name="doel")  # a database with data (the demo), served while it is restored
    refused = target.cli("herstel", str(backup), check=False)
    assert refused.returncode != 0, "tafel herstel replaced a database with data without --overschrijven"
    assert "--overschrijven" in refused.stderr, f"the refusal does not say how (--overschrijven): {refused.stderr[-500:]!r}"
    assert target.api("GET", f"{REGISTER_API}/{marker}").status_code == 404, "the refused herstel changed the database"

    target.cli("herstel", str(backup), "--overschrijven")
    got = target.api("GET", f"{REGISTER_API}/{marker}")
    assert got.status_code == 200, f"after tafel herstel --overschrijven the backup's {marker} -> {got.status_code}"
    assert target.ready() == 200

    empty = target.directory / "leeg.sqlite"
    empty.write_bytes(b"")
    bad = target.cli("herstel", str(empty), "--overschrijven", check=False)
    assert bad.returncode != 0, "tafel herstel took an empty file as a backup"
    assert target.api("GET", f"{REGISTER_API}/{marker}").status_code == 200, "a refused herstel of an empty file changed the database"


def test_demo_data_only_into_a_new_database(isolated):
    fresh = isolated(name="nieuw", copy=False)  # no file: tafel serve creates it and loads the demo
    assert municipality_total(fresh) == 12, "tafel serve on a new database file did not load the demo data"

    empty = isolated(name="leeg", copy=False, serve=False)
    empty.file.write_bytes(b"")  # an existing, empty file: a bad copy, not a new installation
    empty.start()
    assert municipality_total(empty) == 0, "tafel serve loaded the demo data into an existing (empty) database file"


def test_the_file_opens_in_an_older_sqlite(isolated):
    """Tafel's file is read by other tools with their own, older SQLite (Python's sqlite3 here,
    and with it Datasette): every table, the search index's FTS5 table too, must open there."""
    import sqlite3
    from contextlib import closing

    server = isolated(name="leesbaar")
    with closing(sqlite3.connect(str(server.file), timeout=30)) as db:
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        assert "search_words" in tables
        for table in tables:
            db.execute(f'SELECT * FROM "{table}" LIMIT 1').fetchall()
        found = db.execute("SELECT COUNT(*) FROM search_words WHERE search_words MATCH 'gemeent'").fetchone()[0]
        assert found > 0, f"the index read with SQLite {sqlite3.sqlite_version} finds nothing"
