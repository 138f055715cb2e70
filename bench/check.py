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
    check.py tafel-api-signed-in BODY ANONYMOUS NAMES_OUT
        The same for a signed-in user's API collection (with a bearer token): "totaal" must be at
        least ANONYMOUS, the count an anonymous visitor gets (a user sees more, never less).
    check.py datasette-json BODY EXPECTED NAMES_OUT
        The same for Datasette's table JSON ("filtered_table_rows_count", "rows").
    check.py html BODY NAMES
        BODY (an HTML page) must show every name in the file NAMES.
    check.py same-names NAMES_A NAMES_B
        Warns (exit 0) when the two pages do not list the same rows.
    check.py picks FILE
        The records whose pages are measured, picked in the SQLite FILE: the home page's province,
        the municipality (gemeente) with the most participations, and the first public record by
        id of each other kind (a collaboration also not archived), the body with the most members
        and meetings, and the month with the most public meetings. Prints one line per record:
        key, path, name (tab-separated; the path is the record's page on the site).
    check.py rule-set SHIPPED OUT
        Writes to OUT the rule set SHIPPED (Tafel's structure rules for Drenthe) made to hold for
        every body of its kinds in any province: without the rules that name single bodies and
        without the organisation and the exclusions that limit a rule to the VDG.
    check.py rule-check REPORT
        REPORT (the JSON of `tafel controleer --json`) must have checked at least one body;
        prints "RULES rules, BODIES body checks, FINDINGS findings".
    check.py shows BODY NAME
        BODY (an HTML page) must contain NAME as Tafel escapes text (& < > " ').
    check.py csrf BODY
        Prints the value of the sign-in form's hidden "csrf" field in BODY.
    check.py signed-in BODY
        BODY must hold the "Uitloggen" form (post to /uitloggen): a signed-in page.
    check.py anonymous BODY
        BODY must not hold that form.

Every failure is one line on standard error and exit status 1.
"""
import html
import json
import re
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


def tafel_api_signed_in(body, anonymous, names_out):
    doc = load_json(body)
    total = doc.get("totaal")
    if not isinstance(total, int) or total < int(anonymous):
        fail(f'"totaal" is {total!r}, fewer than the {anonymous} rows an anonymous visitor gets')
    names = [item.get("naam", "") for item in doc.get("resultaten") or []]
    if not names:
        fail('"resultaten" is empty')
    write_names(names_out, names)
    print(total)


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


# The detail pages measured: key, table, name column, path segment (RecordKind.collection), extra condition.
DETAIL_PICKS = [
    ("collaboration", "collaborations", "name", "samenwerkingen", "t.archived_at IS NULL"),
    ("body", "bodies", "name", "gremia", None),
    ("meeting", "meetings", "name", "bijeenkomsten", None),
    ("person", "persons", "name", "personen", None),
    ("document", "documents", "title", "documenten", None),
    ("task", "tasks", "name", "opgaven", None),
    ("commitment", "commitments", "title", "toezeggingen", None),
]


def picks(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    lines = []
    # The home page's heading names the province Tafel's overview shows (Catalog.overview).
    row = db.execute("SELECT t.name FROM organisations t WHERE t.kind = 'provincie' AND t.confidentiality = 'openbaar' "
                     "ORDER BY t.cbs_code IS NULL, t.name LIMIT 1").fetchone()
    if row is None:
        fail(f"{path}: no public province for the home page")
    lines.append(("home", "/", row[0]))
    row = db.execute("SELECT o.id, o.name FROM organisations o JOIN collaboration_participants p ON p.organisation_id = o.id "
                     "WHERE o.kind = 'gemeente' AND o.confidentiality = 'openbaar' "
                     "GROUP BY o.id, o.name ORDER BY count(*) DESC, o.id LIMIT 1").fetchone()
    if row is None:
        fail(f"{path}: no public municipality takes part in a collaboration")
    lines.append(("organisation", f"/organisaties/{row[0]}", row[1]))
    municipality = row
    for key, table, name, segment, extra in DETAIL_PICKS:
        where = "t.confidentiality = 'openbaar'" + (f" AND {extra}" if extra else "")
        row = db.execute(f"SELECT t.id, t.{name} FROM {table} t WHERE {where} ORDER BY t.id LIMIT 1").fetchone()
        if row is None:
            fail(f"{path}: no public row in {table}")
        lines.append((key, f"/{segment}/{row[0]}", row[1]))
    # Issue 11, part 9: the body with the most members and meetings (its page lists both), and
    # the month with the most public meetings (the month view).
    row = db.execute("SELECT b.id, b.name FROM bodies b WHERE b.confidentiality = 'openbaar' ORDER BY "
                     "(SELECT count(*) FROM memberships m WHERE m.body_id = b.id) + "
                     "(SELECT count(*) FROM meetings t WHERE t.body_id = b.id) DESC, b.id LIMIT 1").fetchone()
    if row is None:
        fail(f"{path}: no public body")
    lines.append(("busiest-body", f"/gremia/{row[0]}", row[1]))
    row = db.execute("SELECT substr(date, 1, 7) AS month FROM meetings WHERE confidentiality = 'openbaar' AND length(date) = 10 "
                     "GROUP BY month ORDER BY count(*) DESC, month LIMIT 1").fetchone()
    if row is None:
        fail(f"{path}: no public meeting with a day")
    months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
              "november", "december"]
    lines.append(("calendar-month", f"/bijeenkomsten/kalender?maand={row[0]}", f"{months[int(row[0][5:7]) - 1]} {row[0][:4]}"))
    # Issue 12, part 9: the commitments register, narrowed to the overdue ones (status computed in SQL).
    lines.append(("commitments-overdue", "/toezeggingen?teLaat=ja", "Toezeggingen"))
    # Issue 12, part 9: a joint decision's page with its coalition map (a decision offered to
    # Drenthe's municipalities, whose boundaries Tafel ships), the one offered to the most.
    row = db.execute("SELECT d.id, d.title FROM joint_decisions d WHERE d.confidentiality = 'openbaar' AND EXISTS ("
                     "SELECT 1 FROM joint_decision_responses r JOIN organisations o ON o.id = r.organisation_id "
                     "WHERE r.decision_id = d.id AND o.cbs_code = 'GM0106') ORDER BY "
                     "(SELECT count(*) FROM joint_decision_responses r WHERE r.decision_id = d.id) DESC, d.id LIMIT 1").fetchone()
    if row is None:
        fail(f"{path}: no public joint decision offered to a municipality on the map")
    lines.append(("decision-map", f"/gezamenlijke-besluiten/{row[0]}", row[1]))
    lines += insight_picks(db, path, municipality)
    for key, page, name in lines:
        if "\t" in name or "\n" in name:
            fail(f"{path}: the name of {page} holds a tab or a newline")
        print(f"{key}\t{page}\t{name}")


def insight_picks(db, path, municipality):
    """Issue 15, part 5: Inzicht for the municipality with the most participations, then the
    overview, the network and the tasks each for another province (the largest first, by
    participations), so that each row's first request reads its own province."""
    home = db.execute("SELECT parent_id FROM organisations WHERE id = ?", (municipality[0],)).fetchone()[0]
    provinces = [row for row in db.execute(
        "SELECT p.id, p.name FROM organisations p WHERE p.kind = 'provincie' AND p.confidentiality = 'openbaar' AND p.id IS NOT ? "
        "ORDER BY (SELECT count(*) FROM collaboration_participants cp JOIN organisations g ON g.id = cp.organisation_id "
        "WHERE g.parent_id = p.id AND g.kind = 'gemeente') DESC, p.id", (home,))]
    if len(provinces) < 3:
        fail(f"{path}: fewer than three other public provinces for the Inzicht rows")
    short = [name.removeprefix("Provincie ") for _, name in provinces]
    return [
        ("inzicht-gemeente", f"/inzicht/{municipality[0]}", municipality[1]),
        ("inzicht-provincie", f"/inzicht?provincie={provinces[0][0]}", f"Inzicht: samenwerking in {short[0]}"),
        ("inzicht-netwerk", f"/inzicht/netwerk?provincie={provinces[1][0]}", f"Netwerk van samenwerking in {short[1]}"),
        ("inzicht-opgaven", f"/inzicht/opgaven?provincie={provinces[2][0]}", f"Opgaven en samenwerking in {short[2]}"),
    ]


def tafel_escape(text):
    """Tafel's HTML.escape: the five characters that matter in text and attribute values."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


def read_text(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def shows(body, name):
    if tafel_escape(name) not in read_text(body):
        fail(f"the page does not contain {name!r} (as HTML-escaped text)")


def csrf(body):
    match = re.search(r'<input[^>]*\bname="csrf"[^>]*>', read_text(body))
    value = re.search(r'\bvalue="([^"]*)"', match.group(0)) if match else None
    if not value or not value.group(1):
        fail('the sign-in page has no hidden "csrf" field with a value')
    print(html.unescape(value.group(1)))


SIGN_OUT_FORM = re.compile(r'<form[^>]*\baction="/uitloggen"[^>]*>.*?Uitloggen.*?</form>', re.S)


def signed_in(body):
    if not SIGN_OUT_FORM.search(read_text(body)):
        fail('the page has no "Uitloggen" form: not signed in')


def anonymous(body):
    if SIGN_OUT_FORM.search(read_text(body)):
        fail('the page has an "Uitloggen" form: not anonymous')


def rule_set(shipped, out):
    rules = load_json(shipped)
    general = [{k: v for k, v in rule.items() if k not in ("organisatie", "behalve")}
               for rule in rules["regels"] if rule.get("soorten")]
    if not general:
        fail(f"{shipped}: no rule applies to kinds of bodies")
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"naam": rules["naam"] + ", voor elk gremium van deze soorten", "regels": general}, f, ensure_ascii=False)


def rule_check(report):
    result = load_json(report)
    checked = sum(rule.get("gecontroleerd", 0) for rule in result.get("regels", []))
    if checked == 0:
        fail(f"{report}: the rule check checked no body")
    print(f"{len(result['regels'])} rules, {checked} body checks, {result.get('overtredingen', 0)} findings")


COMMANDS = {
    "rule-set": (rule_set, 2),
    "rule-check": (rule_check, 1),
    "query": (query, 3),
    "tafel-api": (tafel_api, 3),
    "tafel-api-signed-in": (tafel_api_signed_in, 3),
    "datasette-json": (datasette_json, 3),
    "html": (html_page, 2),
    "same-names": (same_names, 2),
    "picks": (picks, 1),
    "shows": (shows, 2),
    "csrf": (csrf, 1),
    "signed-in": (signed_in, 1),
    "anonymous": (anonymous, 1),
}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        sys.exit(__doc__)
    function, arity = COMMANDS[sys.argv[1]]
    if len(sys.argv) != arity + 2:
        sys.exit(__doc__)
    function(*sys.argv[2:])
