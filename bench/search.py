#!/usr/bin/env python3
"""bench/search.py — the search rows of bench/run and their raw FTS5 limit (stdlib only).

    search.py terms FILE RAW
        Builds RAW, a plain SQLite FTS5 table (unicode61, diacritics removed) over the title
        and text of the documents the public sees in Tafel's SQLite FILE, and picks two words
        from it: `zeldzaam`, in about 1.5 % of those documents, and `gewoon`, in about half of
        them. Prints one line each: key, word, share of the documents in % (tab-separated).
    search.py limit RAW WORD RUNS
        Times the raw query that an API search for WORD must at least do, RUNS times after one
        untimed run, through Python's sqlite3: the BM25 top 20 with the title weighing four
        times the text, a snippet of each of those 20 only, and the count of all hits. Prints
        the median and the slowest time in ms, and the hit count (tab-separated).
    search.py check BODY
        BODY (the JSON of GET /api/v1/zoeken) must have hits ("totaal" > 0), a full first page,
        and a snippet with a marked word on it.

Every failure is one line on standard error and exit status 1.
"""
import json
import os
import sqlite3
import statistics
import sys
import time

PAGE_SIZE = 20


def fail(message):
    sys.exit("search: " + message)


def terms(path, raw):
    if os.path.exists(raw):
        os.remove(raw)
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    db = sqlite3.connect(raw)
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')")
    rows = source.execute("SELECT title, full_text FROM documents WHERE confidentiality = 'openbaar'")
    db.executemany("INSERT INTO docs (title, body) VALUES (?, ?)", rows)
    db.execute("CREATE VIRTUAL TABLE vocabulary USING fts5vocab(docs, 'row')")
    db.commit()
    total = db.execute("SELECT COUNT(*) FROM docs").fetchone()[0]
    if total < 100:
        fail(f"{path}: only {total} public documents; load the national data set")
    words = [(term, doc) for term, doc in db.execute("SELECT term, doc FROM vocabulary")
             if term.isalpha() and len(term) >= 6]
    for key, share in (("zeldzaam", 0.015), ("gewoon", 0.5)):
        term, doc = min(words, key=lambda w: (abs(w[1] / total - share), w[0]))
        print(f"{key}\t{term}\t{100 * doc / total:.1f}")


def limit(raw, word, runs):
    db = sqlite3.connect(f"file:{raw}?mode=ro", uri=True)
    match = '"' + word.replace('"', '""') + '"'

    def once():
        top = db.execute(
            "SELECT rowid, snippet(docs, 1, '<mark>', '</mark>', '…', 28) FROM docs WHERE docs MATCH ? "
            "ORDER BY bm25(docs, 4.0, 1.0) LIMIT ?", (match, PAGE_SIZE)).fetchall()
        count = db.execute("SELECT COUNT(*) FROM docs WHERE docs MATCH ?", (match,)).fetchone()[0]
        return top, count

    _, count = once()
    times = []
    for _ in range(int(runs)):
        start = time.perf_counter()
        once()
        times.append((time.perf_counter() - start) * 1000)
    print(f"{statistics.median(times):.3f}\t{max(times):.3f}\t{count}")


def check(body):
    with open(body, encoding="utf-8") as f:
        answer = json.load(f)
    total, hits = answer.get("totaal", 0), answer.get("resultaten", [])
    if total <= 0:
        fail(f"{body}: the search found nothing")
    if len(hits) != min(PAGE_SIZE, total):
        fail(f"{body}: {len(hits)} hits on the first page of {total}")
    if not any("<mark>" in hit.get("fragment", "") for hit in hits):
        fail(f"{body}: no snippet on the first page marks a word")


COMMANDS = {"terms": (terms, 2), "limit": (limit, 3), "check": (check, 1)}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        sys.exit(__doc__)
    function, arity = COMMANDS[sys.argv[1]]
    if len(sys.argv) != arity + 2:
        sys.exit(__doc__)
    function(*sys.argv[2:])
