"""The served contract against the NL API Design Rules linter (Logius, `media/linter.yaml`).

Spectral is not installable here, so each error-level rule of that ruleset is checked by a
function of its own, named after the rule, on `/api/v1/openapi.json` as Tafel serves it.
The one exception is explained in docs/ARCHITECTURE.md ("The API and the NL API Design
Rules"), as the standard's "pas toe of leg uit" allows: dates at the precision of their
source (`2012`, `2011-06`) cannot carry `format: date`.
"""

from __future__ import annotations

import re

import pytest

METHODS = ("get", "put", "post", "delete", "patch")
DATE_NAME = re.compile(r"((\w+D)|(_[dD]))((ate)|(atum))")
KEBAB_PATH = re.compile(r"^(\/|(\/_[a-z0-9]+|\/(([a-z0-9\-]+|{[^}]+})(\/([a-z0-9\-\.]+|{[^}]+}))*)(\/_[a-z]+)?)\/?)$")
CAMEL = re.compile(r"^\$?[a-z][a-z\d]*([A-Z][a-z\d]*)*$")
SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$")
# "pas toe of leg uit": the partial dates (docs/ARCHITECTURE.md).
PARTIAL_DATE_SCHEMA = "#/components/schemas/Datum"


@pytest.fixture(scope="module")
def contract(http, url) -> dict:
    resp = http.get(url("/api/v1/openapi.json"), timeout=10)
    assert resp.status_code == 200
    return resp.json()


def operations(doc: dict):
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method in METHODS:
                yield path, method, op, (item.get("parameters") or []) + (op.get("parameters") or [])


def responses(doc: dict):
    for path, method, op, _ in operations(doc):
        for status, response in op.get("responses", {}).items():
            yield f"{method.upper()} {path} {status}", status, resolve(doc, response)


def resolve(doc: dict, node: dict) -> dict:
    while isinstance(node, dict) and "$ref" in node:
        target = doc
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def properties(doc: dict):
    """Every (owner path, property name, property schema) in the document."""
    def walk(node, where):
        if isinstance(node, dict):
            props = node.get("properties")
            if isinstance(props, dict):
                for name, schema in props.items():
                    yield where, name, schema
            for key, value in node.items():
                yield from walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from walk(value, f"{where}[{index}]")
    yield from walk(doc, "")


def test_nlgov_openapi3(contract):
    assert re.match(r"^3(.\d+){1,2}$", contract["openapi"])


def test_nlgov_missing_version_header(contract):
    missing = [where for where, status, response in responses(contract)
               if re.match(r"^(2|3)\d\d$", status) and "API-Version" not in (response.get("headers") or {})]
    assert not missing, f"2xx/3xx responses without API-Version: {missing}"


def test_nlgov_include_major_version_in_uri(contract):
    assert all(re.search(r"/v\d", server["url"]) for server in contract["servers"]), contract["servers"]


def test_nlgov_paths_no_trailing_slash_and_kebab_case(contract):
    for path in contract["paths"]:
        assert not path.endswith("/"), path
        assert path.startswith("/openapi.") or KEBAB_PATH.match(path), f"{path} is not kebab-case"


def test_info_contact_fields_exist(contract):
    contact = contract["info"].get("contact") or {}
    assert {"email", "name", "url"} <= set(contact), contact


def test_nlgov_query_keys_camel_case(contract):
    for path, method, _, parameters in operations(contract):
        for parameter in (resolve(contract, p) for p in parameters):
            if parameter.get("in") == "query":
                assert CAMEL.match(parameter["name"]), f"{method.upper()} {path}: {parameter['name']}"


def test_nlgov_use_problem_schema_with_its_members(contract):
    for where, status, response in responses(contract):
        if not re.match(r"^(4|5)\d\d$", status):
            continue
        content = response.get("content") or {}
        assert "application/problem+json" in content, f"{where}: {list(content)}"
        schema = resolve(contract, content["application/problem+json"]["schema"])
        assert {"status", "title", "detail"} <= set(schema.get("properties", {})), f"{where}: {schema}"


def test_nlgov_problem_invalid_input(contract):
    missing = [f"{method.upper()} {path}" for path, method, op, parameters in operations(contract)
               if (method in ("put", "post", "patch") or parameters) and "400" not in op["responses"]]
    assert not missing, f"operations that cannot answer 400: {missing}"


def test_nlgov_date_formats(contract):
    for where, name, schema in properties(contract):
        if name not in ("date", "datum") and not DATE_NAME.search(name):
            continue
        if is_partial_date(resolve(contract, schema)):
            continue  # a date at its source's precision: explained in docs/ARCHITECTURE.md
        assert "format" in schema or "allOf" in schema, f"{where}.{name} has no format"
        assert schema.get("format") != "date-time", f"{where}.{name} is a date, not a date-time"
    for where, name, schema in properties(contract):
        assert schema.get("format") not in ("date-time-local", "time"), f"{where}.{name}: {schema.get('format')}"


def test_nlgov_semver(contract):
    assert SEMVER.match(contract["info"]["version"]), contract["info"]["version"]


def is_partial_date(schema: dict) -> bool:
    """A string whose pattern takes a year alone, a year and month, and a whole date."""
    pattern = schema.get("pattern")
    return bool(pattern) and all(re.search(pattern, value) for value in ("2012", "2011-06", "2012-03-07"))


def test_the_partial_date_exception_holds_only_for_partial_dates(contract):
    assert is_partial_date(resolve(contract, {"$ref": PARTIAL_DATE_SCHEMA}))
    assert not is_partial_date({"type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$"})
