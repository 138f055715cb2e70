"""Limits on every input (issue 9), from the outside, on the shared e2e server.

What the API cannot represent is 406; request bodies have limits that fit their fields (API
JSON 16 MiB, 413 problem+json; forms 16 MiB, 413 with a Dutch page) and an anonymous write
is refused before its body is read; malformed JSON names the body and the position; control
characters and bidi overrides are refused in names and in paths. The large bodies go over a
plain socket (helpers.send_raw), which stops sending as soon as the server answers.

Every name carries a fresh uuid; nothing here signs in with a wrong password.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest

from helpers import (
    REGISTER_API,
    collaboration_json,
    create_document_via_form,
    document_form,
    invalid_params,
    is_problem,
    replace_fields,
    send_raw,
    unique,
)

MIB = 1024 * 1024
TOO_LARGE = 20 * 1000 * 1000  # 20 MB: over the 16 MiB limits
QUICK = 2.0  # seconds: refusing without reading the body takes far less


def cookie_header(session) -> str:
    return "; ".join(f"{c.name}={c.value}" for c in session.cookies)


def large_json(token: str, size: int) -> bytes:
    head = f'{{"naam": "E2E groot {token}", "id": "e2e-groot-{token}", "doel": "'.encode()
    return head + b"x" * (size - len(head) - 2) + b'"}'


def problem_of(answer, status: int) -> dict:
    """The problem+json of a raw answer with this status."""
    assert answer.status == status, f"expected {status}: {answer}"
    ctype = answer.headers.get("content-type", "").split(";")[0].strip()
    assert ctype == "application/problem+json", f"Content-Type {ctype!r}: {answer}"
    body = json.loads(answer.text())
    assert body.get("status") == status, f"problem+json status {body.get('status')!r}: {body}"
    return body


# ---------------------------------------------------------------- 406


@pytest.mark.parametrize("path", [REGISTER_API, "/api/v1/organisaties", "/api/v1/documenten"])
@pytest.mark.parametrize("accept", ["application/xml", "text/html", "application/hal+json"])
def test_api_collections_refuse_what_they_cannot_represent(api, path, accept):
    resp = api("GET", path, headers={"Accept": accept})
    is_problem(resp, 406)


def test_api_items_are_not_csv(api):
    collaboration = api("GET", f"{REGISTER_API}?pageSize=1").json()["resultaten"][0]["id"]
    is_problem(api("GET", f"{REGISTER_API}/{collaboration}", headers={"Accept": "text/csv"}), 406)
    is_problem(api("GET", "/api/v1/organisaties/gemeente-assen", headers={"Accept": "application/xml"}), 406)


# ---------------------------------------------------------------- request bodies


def test_anonymous_write_is_refused_before_its_body_is_read(base_url):
    body = large_json(unique(), TOO_LARGE)
    answer = send_raw(base_url, "POST", REGISTER_API, {"Content-Type": "application/json", "Accept": "application/json"}, body)
    problem_of(answer, 401)
    assert answer.seconds < QUICK, f"an anonymous 20 MB POST took {answer.seconds:.2f} s to refuse (the body was read?): {answer}"


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_api_body_over_16_mib_is_413(base_url, api, accounts, chunked):
    token = unique()
    headers = {"Content-Type": "application/json", "Accept": "application/json", "Authorization": f"Bearer {accounts.editor_token}"}
    answer = send_raw(base_url, "POST", REGISTER_API, headers, large_json(token, TOO_LARGE), chunked=chunked)
    problem = problem_of(answer, 413)
    assert "body" in invalid_params(problem) or problem.get("detail"), f"the 413 says nothing about the body: {problem}"
    is_problem(api("GET", f"{REGISTER_API}/e2e-groot-{token}", accounts.admin_token), 404)


def test_api_body_under_the_limit_is_read(api, accounts):
    # 2 MB of text in one field: well under 16 MiB, so it reaches the validation (and is stored).
    token = unique()
    body = collaboration_json(f"E2E ruim {token}", id=f"e2e-ruim-{token}", omschrijving="ë" * 1_000_000)
    resp = api("POST", REGISTER_API, accounts.editor_token, json=body, timeout=60)
    assert resp.status_code in (201, 400), f"a 2 MB JSON body -> {resp.status_code}: {resp.text[:300]}"
    if resp.status_code == 400:
        assert "body" not in invalid_params(resp.json()), f"a 2 MB body was refused as a body: {resp.text[:300]}"


def test_form_over_16_mib_gets_a_dutch_page(base_url, url, editor_web, api, accounts):
    token = unique()
    pairs = replace_fields(document_form(editor_web, url), titel=f"E2E te groot {token}", soort="brief",
                           vertrouwelijkheid="openbaar", tekst="x" * (17 * MIB))
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie_header(editor_web), "Accept": "text/html"}
    answer = send_raw(base_url, "POST", "/documenten", headers, urlencode(pairs).encode("ascii"))
    assert answer.status == 413, f"a 17 MiB form post -> {answer}"
    assert answer.headers.get("content-type", "").startswith("text/html"), f"the 413 is not a page: {answer.headers}"
    page = answer.text()
    assert 'lang="nl"' in page and "groot" in page.casefold(), f"the 413 page does not say in Dutch what is too large: {page[:600]}"
    hits = api("GET", f"/api/v1/documenten?q={token}", accounts.admin_token).json()["totaal"]
    assert hits == 0, "the refused form post created a document"


def test_a_million_accented_characters_save_through_the_form(url, editor_web, api, accounts):
    # Each 'é' is 2 bytes of UTF-8 and 6 once form-encoded (%C3%A9): 6 MB, a legal document text.
    token = unique()
    tekst = "é" * 1_000_000
    doc = create_document_via_form(editor_web, url, titel=f"E2E lange tekst {token}", soort="brief",
                                   vertrouwelijkheid="openbaar", tekst=tekst)
    stored = api("GET", f"/api/v1/documenten/{doc}", accounts.editor_token, timeout=60)
    assert stored.status_code == 200, f"GET /api/v1/documenten/{doc} -> {stored.status_code}"
    got = stored.json().get("tekst") or ""
    assert got == tekst, f"the stored text has {len(got):,} characters (starting {got[:20]!r}), expected 1,000,000 × 'é'"


# ---------------------------------------------------------------- malformed and forbidden input


@pytest.mark.parametrize("body", ['{"naam": ', '{"naam" "a"}', '{"naam": "a"}}', "\n\n  {naam: 1}"])
def test_malformed_json_names_the_body_and_the_position(api, accounts, body):
    resp = api("POST", REGISTER_API, accounts.editor_token, data=body.encode(), headers={"Content-Type": "application/json"})
    params = invalid_params(is_problem(resp, 400))
    assert "body" in params, f"malformed JSON {body!r}: invalidParams {params}"
    reason = params["body"].casefold()
    assert ("regel" in reason and "kolom" in reason) or "positie" in reason, (
        f"malformed JSON {body!r}: the reason {params['body']!r} names no position (regel/kolom or positie)"
    )


@pytest.mark.parametrize("character", ["\u0000", "\u202e", "\u0007", "\u001b", "\u2066", "\u007f"],
                         ids=["NUL", "RLO", "BEL", "ESC", "LRI", "DEL"])
def test_control_characters_in_names_are_refused(api, accounts, character):
    token = unique()
    body = collaboration_json(f"E2E teken{character}{token}", id=f"e2e-teken-{token}", doel="Doel zonder stuurtekens.")
    params = invalid_params(is_problem(api("POST", REGISTER_API, accounts.editor_token, json=body), 400))
    assert "naam" in params, f"a name with U+{ord(character):04X}: invalidParams {params}"
    is_problem(api("GET", f"{REGISTER_API}/e2e-teken-{token}", accounts.admin_token), 404)


@pytest.mark.parametrize("character", ["\u0085", "\t", "\u009b"], ids=["NEL", "TAB", "CSI"])
def test_names_are_never_stored_with_control_characters(api, accounts, character):
    # Refused with a message naming the field, or taken out (as white space is tidied): either
    # way the name that is stored holds no control character.
    token = unique()
    body = collaboration_json(f"E2E teken{character}{token}", id=f"e2e-teken-{token}", doel="Doel zonder stuurtekens.")
    resp = api("POST", REGISTER_API, accounts.editor_token, json=body)
    if resp.status_code == 400:
        assert "naam" in invalid_params(resp.json()), f"U+{ord(character):04X} in naam: {resp.text[:300]}"
        return
    assert resp.status_code == 201, f"U+{ord(character):04X} in naam -> {resp.status_code}: {resp.text[:300]}"
    stored = resp.json()["naam"]
    assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in stored), f"the stored name holds a control character: {stored!r}"


@pytest.mark.parametrize("path", ["/static/tafel.css%00.txt", "/static/tafel.css%00", "/static/%00tafel.css"])
def test_paths_with_nul_are_not_served(http, url, path):
    resp = http.get(url(path), timeout=10, allow_redirects=False)
    assert resp.status_code in (400, 404), f"GET {path} -> {resp.status_code}, expected 404 (or 400)"
