#!/usr/bin/env python3
"""bench/report.py RESULTS.tsv HEADER.md — the Markdown report of bench/run (stdlib only).

RESULTS.tsv holds tab-separated lines of four sorts:
    meta  NAME  VALUE             a setting of the run (connections, threads)
    row   KEY  KIND  LABEL        one endpoint, in the order measured; KIND is register, editor,
                                  api, home, detail, datasette-html, datasette-json or ceiling
    m     KEY  BACKEND  CACHE  LOAD  CONNECTIONS  ANSWERED  REQ/S  P50_MS  P99_MS  SOCKET_ERRORS  NON_2XX  STATE
                                  one wrk run: CACHE off, on or "—" (references); LOAD "one"
                                  (one connection) or "many"; ANSWERED the requests answered within
                                  wrk's timeout, P50/P99 empty when none was; STATE "ok" or why
                                  it was not measured
    rss   SERVER  BACKEND  CACHE  KIB
                                  a server process's peak RSS (VmHWM) after all its rows
    cmd   NAME  BACKEND  RUNS  MEDIAN_MS  MAX_MS  DETAIL
                                  a command timed as a whole over RUNS runs (the structure check)
HEADER.md is printed first. The exit status is 0 whether or not the targets are met.
"""
import sys

# The targets of issue 10 (part 5). Tafel's rows are judged with the public cache off
# (TAFEL_CACHE_SECONDS=0), except the cached p99; "one" is one request at a time, "many" the
# run at BENCH_CONNECTIONS (32) connections.
REGISTER_MIN_RPS = 1000.0
REGISTER_MAX_P50_MS = 2.0
REGISTER_MIN_DATASETTE = 10.0      # × Datasette's HTML, req/s at 32 connections
API_MIN_RPS = 3000.0
API_MIN_DATASETTE = 10.0           # × Datasette's JSON
HOME_MAX_P50_MS = 5.0
HOME_MIN_RPS = 500.0
DETAIL_MAX_P50_MS = 3.0
EDITOR_MAX_P50_RATIO = 1.2         # × the anonymous register page's p50, one at a time
CACHED_MAX_P99_MS = 20.0           # every Tafel row, cache on, 32 connections
MAX_RSS_BYTES = 150e6              # 150 MB, every Tafel server
COMMAND_MAX_MS = {"controleer": 1000.0}   # issue 11, part 9: the full rule check over all bodies
# Issue 13, part 8: the search API against the raw FTS5 query for the same word, one at a time.
SEARCH_MAX_RAW_RATIO = 1.5
SEARCH_RARE_MAX_P50_MS = 10.0      # a word in fewer than 5 % of the documents
SEARCH_RARE_MIN_RPS = 500.0
SEARCH_MAX_POSTGRES_RATIO = 2.0    # × SQLite's p50
INDEX_MIN_PER_SECOND = 2000.0      # `tafel zoekindex`, records indexed per second
# Issue 15, part 5: every Inzicht page for a whole province of the national set.
INSIGHT_MAX_P50_MS = 10.0          # one at a time, the data version unchanged (warm)
INSIGHT_COLD_MAX_MS = 100.0        # the first request after the start (cold)

TAFEL_KINDS = ("register", "editor", "api", "home", "detail", "search", "insight")
# Which Datasette reference a Tafel row's throughput is compared with.
DATASETTE_FOR = {"register": "datasette-html", "editor": "datasette-html", "api": "datasette-json"}


class Results:
    def __init__(self, path):
        self.meta, self.rows, self.runs, self.servers, self.commands = {}, {}, {}, [], []
        self.backends = []  # Tafel's, in the order measured
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                sort, *fields = line.rstrip("\n").split("\t")
                if sort == "meta":
                    self.meta[fields[0]] = fields[1]
                elif sort == "row":
                    key, kind, label = fields
                    self.rows[key] = {"kind": kind, "label": label}
                elif sort == "m":
                    key, backend, cache, load, conns, requests, rps, p50, p99, socket, non2xx, state = fields
                    ok = state == "ok"
                    self.runs[(key, backend, cache, load)] = {
                        "state": state, "conns": int(conns), "requests": int(requests) if ok else None,
                        "rps": float(rps) if ok else None,
                        "p50": float(p50) if ok and p50 else None, "p99": float(p99) if ok and p99 else None,
                        "socket": int(socket or 0), "non2xx": int(non2xx or 0),
                    }
                    if self.rows.get(key, {}).get("kind") in TAFEL_KINDS and backend not in self.backends:
                        self.backends.append(backend)
                elif sort == "rss":
                    server, backend, cache, kib = fields
                    self.servers.append({"server": server, "backend": backend, "cache": cache,
                                         "kib": int(kib) if kib else None})
                elif sort == "cmd":
                    name, backend, runs, median, most, detail = fields
                    self.commands.append({"name": name, "backend": backend, "runs": int(runs),
                                          "median": float(median) if median else None,
                                          "max": float(most) if most else None, "detail": detail})
                else:
                    sys.exit(f"report: unknown line in {path}: {line!r}")
        self.connections = int(self.meta.get("connections", "32"))

    def run(self, key, backend, cache, load):
        """The measured run, or None."""
        run = self.runs.get((key, backend, cache, load))
        return run if run is not None and run["state"] == "ok" else None

    def reference(self, kind):
        """(key, its measured run at many connections) of a reference row, or (key, None)."""
        key = next((k for k, row in self.rows.items() if row["kind"] == kind), None)
        run = next((run for (k, _, _, load), run in self.runs.items()
                    if k == key and load == "many" and run["state"] == "ok"), None)
        return key, run

    def tafel_rows(self):
        return [key for key, row in self.rows.items() if row["kind"] in TAFEL_KINDS]

    def keys_of(self, kind):
        return [key for key, row in self.rows.items() if row["kind"] == kind]

    def trouble(self, key, backend):
        """Over all of a row's runs on one backend: socket errors, non-2xx answers, runs without an answer."""
        socket = non2xx = empty = 0
        for (k, b, _, _), run in self.runs.items():
            if k == key and b == backend and run["state"] == "ok":
                socket += run["socket"]
                non2xx += run["non2xx"]
                empty += run["requests"] == 0
        return socket, non2xx, empty


def ms(value):
    return "—" if value is None else (f"{value:.2f} ms" if value < 10 else f"{value:.1f} ms")


def rps(value):
    return "—" if value is None else f"{value:,.0f}"


def mib(kib):
    return "—" if kib is None else f"{kib / 1024:.0f} MiB"


def latency(run, name):
    """A latency cell: "—" when not measured, "no answer" when the run got none."""
    if run is None:
        return "—"
    return "no answer" if run[name] is None else ms(run[name])


def throughput(run):
    return "—" if run is None else rps(run["rps"])


def trouble_text(socket, non2xx, empty):
    parts = [f"socket errors: {socket}" if socket else "", f"non-2xx: {non2xx}" if non2xx else "",
             f"runs without an answer: {empty}" if empty else ""]
    return ", ".join(part for part in parts if part) or "0"


def main(results_path, header_path):
    r = Results(results_path)
    n = r.connections
    with open(header_path, encoding="utf-8") as f:
        print(f.read().rstrip("\n"))

    # ------------------------------------------------------------ every Tafel row
    print()
    print("Tafel (`tafel serve`; one server per backend and cache mode serves all its rows):")
    print()
    print(f"| Endpoint | Backend | cache off, 1 conn: p50 | p99 | cache off, {n} conn: req/s | p50 | p99 "
          f"| cache on, {n} conn: req/s | p99 | errors |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for backend in r.backends:
        for key in r.tafel_rows():
            one, many, cached = (r.run(key, backend, "off", "one"), r.run(key, backend, "off", "many"),
                                 r.run(key, backend, "on", "many"))
            print(f"| {r.rows[key]['label']} | {backend} | {latency(one, 'p50')} | {latency(one, 'p99')} "
                  f"| {throughput(many)} | {latency(many, 'p50')} | {latency(many, 'p99')} "
                  f"| {throughput(cached)} | {latency(cached, 'p99')} | {trouble_text(*r.trouble(key, backend))} |")

    # ------------------------------------------------------------ the references
    print()
    print("References:")
    print()
    print(f"| Endpoint | Backend | 1 conn: p50 | p99 | {n} conn: req/s | p50 | p99 | errors |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for key, row in r.rows.items():
        if row["kind"] in TAFEL_KINDS:
            continue
        for (k, backend, cache, load) in list(r.runs):
            if k != key or load != "many":
                continue
            one, many = r.run(key, backend, cache, "one"), r.run(key, backend, cache, "many")
            print(f"| {row['label']} | {backend} | {latency(one, 'p50')} | {latency(one, 'p99')} "
                  f"| {throughput(many)} | {latency(many, 'p50')} | {latency(many, 'p99')} "
                  f"| {trouble_text(*r.trouble(key, backend))} |")

    # ------------------------------------------------------------ the servers
    print()
    print("Servers, peak RSS (VmHWM) after all their rows:")
    print()
    print("| Server | Backend | peak RSS |")
    print("|---|---|---:|")
    for server in r.servers:
        print(f"| {server['server']} | {server['backend']} | {mib(server['kib'])} |")

    # ------------------------------------------------------------ ratios
    _, ceiling = r.reference("ceiling")
    references = {kind: r.reference(kind) for kind in ("datasette-html", "datasette-json")}

    def share(run):
        if run is None:
            return "—"
        if ceiling is None:
            return "no ceiling"
        return f"{100 * run['rps'] / ceiling['rps']:.1f} %"

    def versus(key, backend):
        """(ratio or None, text): req/s at many connections, cache off, against the Datasette reference."""
        kind = r.rows[key]["kind"]
        if kind not in DATASETTE_FOR:
            return None, "—"
        ref_key, ref = references[DATASETTE_FOR[kind]]
        many = r.run(key, backend, "off", "many")
        if ref is None or many is None or ref["rps"] == 0:
            return None, "not measured"
        ratio = many["rps"] / ref["rps"]
        return ratio, f"{ratio:.1f}× ({r.rows[ref_key]['label']})"

    print()
    print(f"Ratios (req/s at {n} connections):")
    print()
    print("| Endpoint | Backend | × Datasette, cache off | share of the ceiling, cache off | cache on |")
    print("|---|---|---:|---:|---:|")
    for backend in r.backends:
        for key in r.tafel_rows():
            print(f"| {r.rows[key]['label']} | {backend} | {versus(key, backend)[1]} "
                  f"| {share(r.run(key, backend, 'off', 'many'))} | {share(r.run(key, backend, 'on', 'many'))} |")

    # ------------------------------------------------------------ targets
    lines, tally = [], {"PASS": 0, "FAIL": 0, "not measured": 0}

    def judge(target, label, backend, needed, ok, text, trouble=(0, 0, 0)):
        """One target: "not measured" unless every run in `needed` was; FAIL when the row had
        socket errors, non-2xx answers or a run without an answer (`trouble`), or not `ok()`."""
        if any(run is None for run in needed):
            verdict, text = "not measured", "—"
        else:
            try:
                text, passed = text(), ok()
            except TypeError:  # a latency of a run without an answer (None)
                text, passed = "no answer", False
            verdict = "PASS" if passed and not any(trouble) else "FAIL"
            if any(trouble):
                text += f" ({trouble_text(*trouble)})"
        tally[verdict] += 1
        lines.append(f"| {target} | {label} | {backend} | {text} | {verdict} |")

    for backend in r.backends:
        def row_judge(target, key, needed, ok, text):
            judge(target, r.rows[key]["label"], backend, needed, ok, text, r.trouble(key, backend))

        for key in r.keys_of("register"):
            one, many = r.run(key, backend, "off", "one"), r.run(key, backend, "off", "many")
            row_judge(f"≥ {REGISTER_MIN_RPS:,.0f} req/s at {n} conn, cache off", key, [many],
                      lambda: many["rps"] >= REGISTER_MIN_RPS, lambda: f"{rps(many['rps'])} req/s")
            row_judge(f"p50 ≤ {REGISTER_MAX_P50_MS:.0f} ms one at a time, cache off", key, [one],
                      lambda: one["p50"] <= REGISTER_MAX_P50_MS, lambda: ms(one["p50"]))
            ratio, text = versus(key, backend)
            row_judge(f"≥ {REGISTER_MIN_DATASETTE:.0f}× Datasette HTML req/s, cache off", key,
                      [many, references["datasette-html"][1]], lambda: ratio >= REGISTER_MIN_DATASETTE, lambda: text)
        for key in r.keys_of("api"):
            many = r.run(key, backend, "off", "many")
            row_judge(f"≥ {API_MIN_RPS:,.0f} req/s at {n} conn, cache off", key, [many],
                      lambda: many["rps"] >= API_MIN_RPS, lambda: f"{rps(many['rps'])} req/s")
            ratio, text = versus(key, backend)
            row_judge(f"≥ {API_MIN_DATASETTE:.0f}× Datasette JSON req/s, cache off", key,
                      [many, references["datasette-json"][1]], lambda: ratio >= API_MIN_DATASETTE, lambda: text)
        for key in r.keys_of("home"):
            one, many = r.run(key, backend, "off", "one"), r.run(key, backend, "off", "many")
            row_judge(f"p50 ≤ {HOME_MAX_P50_MS:.0f} ms one at a time, cache off", key, [one],
                      lambda: one["p50"] <= HOME_MAX_P50_MS, lambda: ms(one["p50"]))
            row_judge(f"≥ {HOME_MIN_RPS:,.0f} req/s at {n} conn, cache off", key, [many],
                      lambda: many["rps"] >= HOME_MIN_RPS, lambda: f"{rps(many['rps'])} req/s")
            # Judged on its own figures: the row's trouble is what it measures (a run in which
            # no request was answered timed out as a whole).
            judge("no timeouts or socket errors, cache off", r.rows[key]["label"], backend, [one, many],
                  lambda: one["socket"] + many["socket"] == 0 and one["requests"] > 0 and many["requests"] > 0,
                  lambda: trouble_text(one["socket"] + many["socket"], 0,
                                       (one["requests"] == 0) + (many["requests"] == 0)))
        for key in r.keys_of("detail"):
            one = r.run(key, backend, "off", "one")
            row_judge(f"p50 ≤ {DETAIL_MAX_P50_MS:.0f} ms one at a time, cache off", key, [one],
                      lambda: one["p50"] <= DETAIL_MAX_P50_MS, lambda: ms(one["p50"]))
        for key in r.keys_of("insight"):
            one = r.run(key, backend, "off", "one")
            row_judge(f"p50 ≤ {INSIGHT_MAX_P50_MS:.0f} ms one at a time, cache off", key, [one],
                      lambda: one["p50"] <= INSIGHT_MAX_P50_MS, lambda: ms(one["p50"]))
            cold = next((c for c in r.commands if c["name"] == f"cold:{key}" and c["backend"] == backend), None)
            row_judge(f"first request after the start ≤ {INSIGHT_COLD_MAX_MS:.0f} ms", key, [cold and cold["median"]],
                      lambda: cold["median"] <= INSIGHT_COLD_MAX_MS, lambda: ms(cold["median"]))
        anonymous = next(iter(r.keys_of("register")), None)
        for key in r.keys_of("editor"):
            mine, theirs = r.run(key, backend, "off", "one"), r.run(anonymous, backend, "off", "one")
            many = r.run(key, backend, "off", "many")
            row_judge(f"p50 one at a time ≤ {EDITOR_MAX_P50_RATIO}× the anonymous register's, cache off", key,
                      [mine, theirs, many], lambda: mine["p50"] / theirs["p50"] <= EDITOR_MAX_P50_RATIO,
                      lambda: f"{ms(mine['p50'])} vs {ms(theirs['p50'])}: {mine['p50'] / theirs['p50']:.2f}×; "
                              f"{rps(many['rps'])} req/s at {n} conn")
        # A signed-in editor never gets the public cache: the cache-on target is the public's.
        for key in [k for k in r.tafel_rows() if k not in r.keys_of("editor")]:
            cached = r.run(key, backend, "on", "many")
            row_judge(f"cache on: p99 ≤ {CACHED_MAX_P99_MS:.0f} ms at {n} conn", key, [cached],
                      lambda: cached["p99"] <= CACHED_MAX_P99_MS,
                      lambda: ms(cached["p99"]))
    for server in r.servers:
        if server["server"].startswith("tafel serve"):
            kib = server["kib"]
            judge(f"peak RSS ≤ {MAX_RSS_BYTES / 1e6:.0f} MB", server["server"], server["backend"],
                  [kib], lambda: kib * 1024 <= MAX_RSS_BYTES, lambda: f"{kib * 1024 / 1e6:.0f} MB")

    limits = {c["name"][len("fts5:"):]: c for c in r.commands if c["name"].startswith("fts5:")}
    for backend in r.backends:
        for key in r.keys_of("search"):
            one, many = r.run(key, backend, "off", "one"), r.run(key, backend, "off", "many")
            raw = limits.get(key)
            label = r.rows[key]["label"]
            if backend == r.backends[0]:
                judge(f"p50 one at a time ≤ {SEARCH_MAX_RAW_RATIO}× the raw FTS5 query, cache off", label, backend,
                      [one, raw and raw["median"]], lambda: one["p50"] / raw["median"] <= SEARCH_MAX_RAW_RATIO,
                      lambda: f"{ms(one['p50'])} vs {ms(raw['median'])}: {one['p50'] / raw['median']:.2f}×", r.trouble(key, backend))
            else:
                first = r.run(key, r.backends[0], "off", "one")
                judge(f"p50 one at a time ≤ {SEARCH_MAX_POSTGRES_RATIO:.0f}× {r.backends[0]}'s, cache off", label, backend,
                      [one, first], lambda: one["p50"] / first["p50"] <= SEARCH_MAX_POSTGRES_RATIO,
                      lambda: f"{ms(one['p50'])} vs {ms(first['p50'])}: {one['p50'] / first['p50']:.2f}×", r.trouble(key, backend))
            if key.endswith("zeldzaam"):
                judge(f"p50 ≤ {SEARCH_RARE_MAX_P50_MS:.0f} ms one at a time, cache off", label, backend, [one],
                      lambda: one["p50"] <= SEARCH_RARE_MAX_P50_MS, lambda: ms(one["p50"]), r.trouble(key, backend))
                judge(f"≥ {SEARCH_RARE_MIN_RPS:,.0f} req/s at {n} conn, cache off", label, backend, [many],
                      lambda: many["rps"] >= SEARCH_RARE_MIN_RPS, lambda: f"{rps(many['rps'])} req/s", r.trouble(key, backend))
    for command in [c for c in r.commands if c["name"] == "zoekindex"]:
        records = int(command["detail"].split(" ")[0]) if command["detail"][:1].isdigit() else None
        seconds = float(command["detail"].split("index ")[1].split(" ")[0]) if "index " in command["detail"] else None
        judge(f"≥ {INDEX_MIN_PER_SECOND:,.0f} records/s", f"`tafel zoekindex` ({command['detail']})", command["backend"],
              [records, seconds], lambda: records / seconds >= INDEX_MIN_PER_SECOND,
              lambda: f"{records / seconds:,.0f} records/s")

    for command in r.commands:
        limit = COMMAND_MAX_MS.get(command["name"])
        if limit is not None:
            judge(f"median ≤ {limit:,.0f} ms over {command['runs']} runs", f"`tafel {command['name']}` ({command['detail']})",
                  command["backend"], [command["median"]], lambda: command["median"] <= limit,
                  lambda: f"{ms(command['median'])} (slowest {ms(command['max'])})")

    print()
    print("Targets (issues 10, 11 and 13): a row with socket errors, non-2xx answers or a run without an answer "
          "fails all its targets.")
    print()
    print("| Target | Endpoint | Backend | Measured | Result |")
    print("|---|---|---|---|---|")
    for line in lines:
        print(line)
    print()
    print(f"Targets: {tally['PASS']} passed, {tally['FAIL']} failed"
          + (f", {tally['not measured']} not measured." if tally["not measured"] else "."))

    missing = [f"{r.rows.get(key, {}).get('label', key)} ({backend}, cache {cache}, "
               f"{'1' if load == 'one' else n} conn): {run['state']}"
               for (key, backend, cache, load), run in r.runs.items() if run["state"] != "ok"]
    if missing:
        print()
        print("Not measured:")
        print()
        for line in missing:
            print(f"- {line}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
