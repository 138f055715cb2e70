"""Property-based API fuzzing with schemathesis against the served OpenAPI contract.

Runs the `st` CLI of the venv (schemathesis 4.x) as a subprocess:

    st run $TAFEL_BASE_URL/api/v1/openapi.json --origin $TAFEL_BASE_URL \
       --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,ignored_auth \
       --max-examples 50 ...

`--origin` makes the calls go to the server under test whatever host the spec's
`servers` entry names; the base path (e.g. /api/v1) comes from the spec.
Any finding fails the test, and so do the warnings listed in schemathesis.toml;
the full schemathesis report is printed.
Knobs: TAFEL_ST_MAX_EXAMPLES (default 50), TAFEL_ST_SEED, TAFEL_ST_TIMEOUT (s, default 900).

Write operations (POST/PUT /documenten): fuzzed *with* the e2e redacteur's API token
(TAFEL_E2E_EDITOR_TOKEN), not excluded. Excluding them would leave the newest and
riskiest code (input validation, confidentiality and `toegang`, versions, the audit
write in the same transaction) unfuzzed, and without a token every write is a 401,
which exercises nothing. The token is given through schemathesis' OpenAPI-aware auth
(`[auth.openapi.<scheme>]`, one entry per HTTP bearer scheme the served contract
declares) rather than as a plain `--header`, so it follows the contract: it goes
only to operations whose `security` names the scheme. The `ignored_auth` check
then probes each successful write again without a token and with a wrong one,
which must be refused (401/403). The contract lets the reads take the token
optionally (`security: [{}, {apiToken: []}]`), so the reads are fuzzed as a
signed-in redacteur sees them; their public view is covered by
test_api_basics.py and test_auth.py. The config file carries a
`${TAFEL_E2E_EDITOR_TOKEN}` placeholder, so the token is never written to disk.
Fuzzing runs last (conftest.py), so the documents it creates cannot disturb the
other tests.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import requests

CHECKS = ",".join(
    [
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_schema_conformance",
        "ignored_auth",
    ]
)
TOKEN_VARIABLE = "TAFEL_E2E_EDITOR_TOKEN"


def st_executable() -> str:
    candidate = Path(sys.executable).parent / "st"
    if candidate.exists():
        return str(candidate)
    found = shutil.which("st")
    if not found:
        pytest.fail("schemathesis' `st` command not found (install tests-e2e/requirements.txt)", pytrace=False)
    return found


def bearer_schemes(base_url: str) -> list[str]:
    """The names of the HTTP bearer security schemes in the served contract."""
    spec = requests.get(f"{base_url}/api/v1/openapi.json", timeout=15).json()
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    return [
        name
        for name, scheme in schemes.items()
        if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer"
    ]


def config_file(base_url: str, tmp_path: Path) -> Path:
    """schemathesis.toml, plus the editor's token for the contract's bearer schemes."""
    base = Path(__file__).with_name("schemathesis.toml")
    if not os.environ.get(TOKEN_VARIABLE):
        print(f"{TOKEN_VARIABLE} is not set: write operations are fuzzed without a token (all 401)", flush=True)
        return base
    schemes = bearer_schemes(base_url)
    if not schemes:
        pytest.fail(
            "the served contract declares no HTTP bearer security scheme (components.securitySchemes), "
            "but the write operations need `Authorization: Bearer <token>`",
            pytrace=False,
        )
    lines = [base.read_text(), "", "# Added by test_api_schemathesis.py: the e2e redacteur's API token."]
    for name in schemes:
        lines += [f"[auth.openapi.{json.dumps(name)}]", f'bearer = "${{{TOKEN_VARIABLE}}}"', ""]
    path = tmp_path / "schemathesis.toml"
    path.write_text("\n".join(lines))
    print(f"API token for the bearer scheme(s) {', '.join(schemes)}", flush=True)
    return path


@pytest.mark.fuzz
def test_api_conforms_to_its_openapi_contract(base_url, tmp_path):
    cmd = [
        st_executable(),
        "--config-file",
        str(config_file(base_url, tmp_path)),
        "run",
        f"{base_url}/api/v1/openapi.json",
        "--origin",
        base_url,
        "--checks",
        CHECKS,
        "--max-examples",
        os.environ.get("TAFEL_ST_MAX_EXAMPLES", "50"),
        # One worker: CPython 3.11.7's parser keeps its recursion depth in global state
        # (python/cpython gh-106905, fixed in 3.11.8), and Hypothesis parses source in every
        # worker thread, so two threads can stop the run with "AST constructor recursion depth
        # mismatch", a crash of the tool, not a finding about the API.
        "--workers",
        "1",
        "--request-timeout",
        "10",
        "--generation-database",
        "none",
        "--no-color",
        "--report",
        "junit",
        "--report-dir",
        str(tmp_path),
    ]
    if os.environ.get("TAFEL_ST_SEED"):
        cmd += ["--seed", os.environ["TAFEL_ST_SEED"]]
    timeout = int(os.environ.get("TAFEL_ST_TIMEOUT", "900"))
    proc = run_schemathesis(cmd, tmp_path, timeout)
    if proc.returncode != 0:
        tail = "\n".join(proc.stdout.splitlines()[-80:])
        pytest.fail(f"schemathesis exit code {proc.returncode}; last lines of its report:\n{tail}", pytrace=False)


def run_schemathesis(cmd, tmp_path, timeout: int) -> subprocess.CompletedProcess:
    print("$ " + " ".join(cmd), flush=True)
    try:
        proc = subprocess.run(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=timeout,
            cwd=tmp_path,
            env={**os.environ, "NO_COLOR": "1", "COLUMNS": "120"},
        )
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout if isinstance(exc.stdout, str) else (exc.stdout or b"").decode(errors="replace")
        print(out)
        pytest.fail(f"schemathesis did not finish within {timeout} s", pytrace=False)
    print(proc.stdout)
    return proc

