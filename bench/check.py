#!/usr/bin/env python3
"""bench/check.py — the checks bench/run makes before it measures anything (stdlib only).

    check.py query FILE STATUS FORM
        The rows an anonymous visitor sees in Tafel's register for these two filters, counted
        in the SQLite FILE. Prints three tab-separated fields: the count, the SQL WHERE clause
        (for the same count on PostgreSQL) and the Datasette query string that selects the
        same rows in the same order and page size.
    check.py tafel-api BODY EXPECTED NAMES_OUT
        BODY is a Tafel API collection (JSON): "totaal" must equal EXPECTED (> 0) and
        "resultaten" must not be empty; writes the names on this page to NAMES_OUT.
    check.py datasette-json BODY EXPECTED NAMES_OUT
        The same for Datasette's table JSON ("filtered_table_rows_count", "rows").
    check.py html BODY NAMES
        BODY (an HTML page) must show every name in the file NAMES.
    check.py same-names NAMES_A NAMES_B
        Warns (exit 0) when the two pages do not list the same rows.

Every failure is one line on standard error and exit status 1.
"""
import html
import json
import sqlite3
import sys

PAGE_SIZE = 20  # Tafel's default page size (TafelCore PageRequest.defaultSize)


def fail(message):
    sys.exit("check: " + message)


def query(path, status, form):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    columns = {row[1] for row in db.execute("PRAGMA table_info(collaborations)")}
    if not {"status", "form", "name"} <= columns:
        fail(f"{path}: table collaborations lacks status, form or name")
    where = [f"status = '{status}'", f"form = '{form}'"]
    params = [f"status={status}", f"form={form}"]
    # What Tafel applies without being asked: an anonymous visitor sees only public rows
    # (Catalog+Visibility), and the register hides archived ones (gearchiveerd=nee).
    if "confidentiality" in columns:
        where.append("confidentiality = 'openbaar'")
        params.append("confidentiality=openbaar")
    if "archived_at" in columns:
        where.append("archived_at IS NULL")
        params.append("archived_at__isnull=1")
    params += ["_sort=name", f"_size={PAGE_SIZE}"]
    clause = " AND ".join(where)
    (count,) = db.execute(f"SELECT count(*) FROM collaborations WHERE {clause}").fetchone()
    print(f"{count}\t{clause}\t{'&'.join(params)}")


def load_json(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    try:
        return json.loads(raw)
    except ValueError:
        fail(f"not JSON: {raw[:200]!r}")


def write_names(path, names):
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(name + "\n" for name in names)


def check_count(what, got, expected):
    expected = int(expected)
    if expected <= 0:
        fail(f"the filters match no rows; choose other BENCH_STATUS / BENCH_VORM values")
    if got != expected:
        fail(f"{what} is {got!r}, but {expected} rows match the filters: the filters are not applied as expected")


def tafel_api(body, expected, names_out):
    doc = load_json(body)
    check_count('"totaal"', doc.get("totaal"), expected)
    names = [item.get("naam", "") for item in doc.get("resultaten") or []]
    if not names:
        fail('"resultaten" is empty')
    write_names(names_out, names)


def datasette_json(body, expected, names_out):
    doc = load_json(body)
    check_count('"filtered_table_rows_count"', doc.get("filtered_table_rows_count"), expected)
    rows, columns = doc.get("rows") or [], doc.get("columns") or []
    if not rows:
        fail('"rows" is empty')
    names = [row["name"] if isinstance(row, dict) else row[columns.index("name")] for row in rows]
    write_names(names_out, names)


def html_page(body, names_file):
    with open(body, encoding="utf-8") as f:
        text = html.unescape(f.read())
    with open(names_file, encoding="utf-8") as f:
        names = [line.rstrip("\n") for line in f if line.strip()]
    missing = [name for name in names if name not in text]
    if missing:
        fail(f"the page does not show {len(missing)} of the {len(names)} expected rows, e.g. {missing[0]!r}")


def same_names(a, b):
    with open(a, encoding="utf-8") as f:
        first = f.read().splitlines()
    with open(b, encoding="utf-8") as f:
        second = f.read().splitlines()
    if first != second:
        print(f"    note: the first pages differ ({len(set(first) ^ set(second))} rows not on both; "
              "a different collation of names?)")


COMMANDS = {
    "query": (query, 3),
    "tafel-api": (tafel_api, 3),
    "datasette-json": (datasette_json, 3),
    "html": (html_page, 2),
    "same-names": (same_names, 2),
}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        sys.exit(__doc__)
    function, arity = COMMANDS[sys.argv[1]]
    if len(sys.argv) != arity + 2:
        sys.exit(__doc__)
    function(*sys.argv[2:])
