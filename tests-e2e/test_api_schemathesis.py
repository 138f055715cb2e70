"""Property-based API fuzzing with schemathesis against the served OpenAPI contract.

Runs the `st` CLI of the venv (schemathesis 4.x) as a subprocess:

    st run $TAFEL_BASE_URL/api/v1/openapi.json --origin $TAFEL_BASE_URL \
       --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
       --max-examples 50 ...

`--origin` makes the calls go to the server under test whatever host the spec's
`servers` entry names; the base path (e.g. /api/v1) comes from the spec.
Any finding fails the test, and so do the warnings listed in schemathesis.toml;
the full schemathesis report is printed.
Knobs: TAFEL_ST_MAX_EXAMPLES (default 50), TAFEL_ST_SEED, TAFEL_ST_TIMEOUT (s, default 900).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CHECKS = ",".join(
    [
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_schema_conformance",
    ]
)


def st_executable() -> str:
    candidate = Path(sys.executable).parent / "st"
    if candidate.exists():
        return str(candidate)
    found = shutil.which("st")
    if not found:
        pytest.fail("schemathesis' `st` command not found (install tests-e2e/requirements.txt)", pytrace=False)
    return found


@pytest.mark.fuzz
def test_api_conforms_to_its_openapi_contract(base_url, tmp_path):
    cmd = [
        st_executable(),
        "--config-file",
        str(Path(__file__).with_name("schemathesis.toml")),
        "run",
        f"{base_url}/api/v1/openapi.json",
        "--origin",
        base_url,
        "--checks",
        CHECKS,
        "--max-examples",
        os.environ.get("TAFEL_ST_MAX_EXAMPLES", "50"),
        "--workers",
        "2",
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
    if proc.returncode != 0:
        tail = "\n".join(proc.stdout.splitlines()[-80:])
        pytest.fail(f"schemathesis exit code {proc.returncode}; last lines of its report:\n{tail}", pytrace=False)
