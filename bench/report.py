#!/usr/bin/env python3
"""bench/report.py RESULTS.tsv HEADER.md — the Markdown report of bench/run (stdlib only).

RESULTS.tsv has one line per target: key, endpoint, backend, req/s, p50 ms, p99 ms,
peak RSS KiB, errors, state ("ok", or why it was not measured). HEADER.md is printed first.
"""
import sys

# The targets of issue 4 (part 7), for both Tafel endpoints on both databases.
P99_MS = 20.0
MIN_RPS = 1000.0
MIN_DATASETTE_RATIO = 3.0
MIN_CEILING_SHARE = 0.40

# Which Datasette reference a Tafel endpoint is compared with.
DATASETTE_FOR = {"page": "datasette-html", "api": "datasette-json"}


def load(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            key, endpoint, backend, rps, p50, p99, rss, errors, state = line.rstrip("\n").split("\t")
            ok = state == "ok"
            rows[key] = {
                "endpoint": endpoint, "backend": backend, "state": state,
                "rps": float(rps) if ok else None, "p50": float(p50) if ok else None,
                "p99": float(p99) if ok else None, "rss": int(rss) if ok and rss else None,
                "errors": int(errors) if ok else 0,
            }
    return rows


def ms(value):
    return "—" if value is None else (f"{value:.2f} ms" if value < 10 else f"{value:.1f} ms")


def mib(kib):
    return "—" if kib is None else f"{kib / 1024:.0f} MiB"


def rps(value):
    return "—" if value is None else f"{value:,.0f}"


def verdict(ok):
    return "PASS" if ok else "FAIL"


def measured(row):
    return row is not None and row["state"] == "ok"


def main(results_path, header_path):
    rows = load(results_path)
    with open(header_path, encoding="utf-8") as f:
        print(f.read().rstrip("\n"))
    print()
    print("| Endpoint | Backend | req/s | p50 | p99 | peak RSS | errors |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for row in rows.values():
        if measured(row):
            print(f"| {row['endpoint']} | {row['backend']} | {rps(row['rps'])} | {ms(row['p50'])} | "
                  f"{ms(row['p99'])} | {mib(row['rss'])} | {row['errors']} |")
        else:
            print(f"| {row['endpoint']} | {row['backend']} | {row['state']} | | | | |")

    ceiling = rows.get("plafond")
    tafel = [(key, row) for key, row in rows.items() if key.startswith("tafel-") and measured(row)]

    print()
    print("Ratios (throughput):")
    print()
    print("| Tafel endpoint | Backend | × Datasette (same format) | share of the ceiling |")
    print("|---|---|---:|---:|")
    for key, row in tafel:
        reference = rows.get(DATASETTE_FOR[key.split("-")[1]])
        versus = f"{row['rps'] / reference['rps']:.1f}× ({reference['endpoint']})" if measured(reference) else "—"
        share = f"{100 * row['rps'] / ceiling['rps']:.0f} %" if measured(ceiling) else (
            ceiling["state"] if ceiling else "—")
        print(f"| {row['endpoint']} | {row['backend']} | {versus} | {share} |")

    print()
    print(f"Targets: p99 < {P99_MS:.0f} ms, ≥ {MIN_RPS:,.0f} req/s, ≥ {MIN_DATASETTE_RATIO:.0f}× Datasette, "
          f"≥ {100 * MIN_CEILING_SHARE:.0f} % of the ceiling; a run with errors fails every target.")
    print()
    print("| Tafel endpoint | Backend | p99 < 20 ms | ≥ 1,000 req/s | ≥ 3× Datasette | ≥ 40 % ceiling |")
    print("|---|---|---|---|---|---|")
    passed = failed = 0
    for key, row in tafel:
        clean = row["errors"] == 0
        reference = rows.get(DATASETTE_FOR[key.split("-")[1]])
        checks = [clean and row["p99"] < P99_MS, clean and row["rps"] >= MIN_RPS]
        cells = [verdict(c) for c in checks]
        if measured(reference):
            checks.append(clean and row["rps"] >= MIN_DATASETTE_RATIO * reference["rps"])
            cells.append(verdict(checks[-1]))
        else:
            cells.append("not measured")
        if measured(ceiling):
            checks.append(clean and row["rps"] >= MIN_CEILING_SHARE * ceiling["rps"])
            cells.append(verdict(checks[-1]))
        else:
            cells.append(ceiling["state"] if ceiling else "not measured")
        passed += sum(checks)
        failed += len(checks) - sum(checks)
        print(f"| {row['endpoint']} | {row['backend']} | " + " | ".join(cells) + " |")
    print()
    print(f"Targets: {passed} passed, {failed} failed.")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
