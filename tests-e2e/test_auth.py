"""Accounts, sign-in, CSRF, confidentiality and the first write path (documents), from the outside.

scripts/test creates the e2e users with the tafel CLI before it starts the server
(helpers.py names them) and hands their password and API tokens over as
TAFEL_E2E_PASSWORD and TAFEL_E2E_{ADMIN,EDITOR,READER}_TOKEN (see conftest.py).

Every title carries a fresh uuid, so the tests neither depend on the demo data
nor on each other.

Failed sign-ins count towards the server's throttle (5 per account and 20 per
address in 15 minutes). This file spends about ten of the twenty from 127.0.0.1,
never more than two on an account that signs in successfully elsewhere (the
throttling test locks out its own account, drempel@e2e.test). Against a server
of your own, run it at most once per quarter of an hour, or start afresh.
"""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, urlparse

import pytest
import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from helpers import (
    body_text,
    ADMIN_EMAIL,
    CSRF_COOKIE,
    DOCUMENT_PATH,
    EDITOR_EMAIL,
    EDITOR_NAME,
    OTHER_ORGANISATION,
    READER_ORGANISATION,
    SESSION_COOKIE,
    THROTTLE_EMAIL,
    TOO_MANY_ATTEMPTS,
    WRONG_CREDENTIALS,
    browser_fill,
    browser_form,
    browser_sign_in,
    browser_submit,
    create_document_via_form,
    csrf_of,
    form_with_field,
    is_problem,
    load,
    parse_html,
    path_of,
    post_sign_in,
    replace_fields,
    set_cookies,
    signed_in_session,
    unique,
)

TOKEN = re.compile(r"tafel_[A-Za-z0-9_\-]+")



def document_json(titel: str, **extra) -> dict:
    body = {
        "titel": titel,
        "soort": "brief",
        "datum": "2024-05-17",
        "kenmerk": f"E2E/{titel[-8:]}",
        "auteur": "E2E Auteur",
        "samenvatting": f"Samenvatting van {titel}.",
        "tekst": f"Geachte leden,\n\nDit is de tekst van {titel}.",
        "vertrouwelijkheid": "openbaar",
    }
    body.update(extra)
    return body


def create_via_api(api, token: str, **fields) -> dict:
    resp = api("POST", "/api/v1/documenten", token, json=document_json(**fields))
    assert resp.status_code == 201, f"POST /api/v1/documenten -> {resp.status_code}: {resp.text[:500]}"
    body = resp.json()
    assert body.get("id"), f"201 without an id: {body}"
    return body


def search_hits(api, token: str | None, q: str) -> int:
    resp = api("GET", f"/api/v1/documenten?q={q}", token)
    assert resp.status_code == 200, f"GET /api/v1/documenten?q={q} -> {resp.status_code}: {resp.text[:300]}"
    return resp.json()["totaal"]


# ---------------------------------------------------------------- sign-in in the browser


def test_browser_sign_in_and_sign_out(browser, url, accounts):
    load(browser, url("/account"))
    assert path_of(browser.current_url) == "/inloggen", f"/account for a visitor ended on {browser.current_url}"

    form = browser_form(browser, "wachtwoord")
    browser_fill(browser, form, "email", EDITOR_EMAIL)
    browser_fill(browser, form, "wachtwoord", accounts.password)
    browser_submit(browser, form)
    assert path_of(browser.current_url) == "/account", f"after signing in: {browser.current_url}; {body_text(browser)[:300]}"
    text = body_text(browser)
    for expected in (EDITOR_NAME, EDITOR_EMAIL):
        assert expected in text, f"/account does not show {expected!r}: {text[:500]}"
    assert "redacteur" in text.casefold(), f"/account does not show the role: {text[:500]}"

    cookie = browser.get_cookie(SESSION_COOKIE)
    assert cookie, f"no {SESSION_COOKIE} cookie in the browser after signing in"
    assert cookie.get("httpOnly") is True, f"{SESSION_COOKIE} is not HttpOnly: {cookie}"
    assert cookie.get("sameSite") == "Lax", f"{SESSION_COOKIE} is not SameSite=Lax: {cookie}"

    sign_out = browser.find_elements(By.CSS_SELECTOR, "form[action$='/uitloggen']")
    assert sign_out, "a signed-in page has no sign-out form (POST /uitloggen)"
    browser_submit(browser, sign_out[0])
    assert path_of(browser.current_url) == "/", f"signing out ended on {browser.current_url}"
    load(browser, url("/account"))
    assert path_of(browser.current_url) == "/inloggen", f"/account after signing out: {browser.current_url}"


def test_browser_wrong_password(browser, url):
    wrong = f"fout-{unique()}"
    load(browser, url("/inloggen"))
    form = browser_form(browser, "wachtwoord")
    browser_fill(browser, form, "email", ADMIN_EMAIL)
    browser_fill(browser, form, "wachtwoord", wrong)
    browser_submit(browser, form)

    assert WRONG_CREDENTIALS in body_text(browser), f"no {WRONG_CREDENTIALS!r}: {body_text(browser)[:500]}"
    email = browser_form(browser, "wachtwoord").find_element(By.NAME, "email")
    assert email.get_attribute("value") == ADMIN_EMAIL, f"the e-mail field lost what was typed: {email.get_attribute('value')!r}"
    assert wrong not in browser.page_source, "the page echoes the typed password"
    assert browser.get_cookie(SESSION_COOKIE) is None, "a failed sign-in set a session cookie"


def test_browser_editor_creates_and_edits_a_document(browser, url, accounts, http):
    token = unique()
    titel = f"E2E brief {token}"
    browser_sign_in(browser, url, EDITOR_EMAIL, accounts.password)

    load(browser, url("/documenten/nieuw"))
    assert path_of(browser.current_url) == "/documenten/nieuw", browser.current_url
    form = browser_form(browser, "titel")
    for name, value in (
        ("titel", titel),
        ("soort", "brief"),
        ("datum", "2024-05-17"),
        ("kenmerk", f"E2E/{token[:8]}"),
        ("auteur", "E2E Auteur"),
        ("samenvatting", f"Samenvatting {token}"),
        ("tekst", f"Geachte leden,\n\nTekst van de brief {token}."),
        ("vertrouwelijkheid", "openbaar"),
    ):
        browser_fill(browser, form, name, value)
    browser_submit(browser, form)

    path = path_of(browser.current_url)
    assert DOCUMENT_PATH.match(path), f"creating a document ended on {path}: {body_text(browser)[:500]}"
    doc_id = DOCUMENT_PATH.match(path).group(1)
    h1 = browser.find_element(By.TAG_NAME, "h1").text
    assert titel in h1, f"the new document's <h1> is {h1!r}, expected {titel!r}"
    assert f"Tekst van de brief {token}." in body_text(browser), "the document page does not show its text"
    # Public, so a visitor sees it too.
    assert http.get(url(f"/documenten/{doc_id}"), timeout=15).status_code == 200

    edit_links = [a for a in browser.find_elements(By.CSS_SELECTOR, "a[href]") if path_of(a.get_attribute("href")) == f"{path}/bewerken"]
    if edit_links:
        edit_links[0].click()
        WebDriverWait(browser, 15).until(lambda d: path_of(d.current_url) == f"{path}/bewerken")
    else:
        load(browser, url(f"{path}/bewerken"))
    form = browser_form(browser, "titel")
    field = form.find_element(By.NAME, "titel")
    assert field.get_attribute("value") == titel, f"the edit form shows titel {field.get_attribute('value')!r}"
    browser_fill(browser, form, "titel", f"{titel} (gewijzigd)")
    browser_submit(browser, form)

    assert path_of(browser.current_url) == path, f"saving the edit ended on {browser.current_url}: {body_text(browser)[:500]}"
    h1 = browser.find_element(By.TAG_NAME, "h1").text
    assert f"{titel} (gewijzigd)" in h1, f"after editing, the <h1> is {h1!r}"


# ---------------------------------------------------------------- sign-in over HTTP


def test_session_cookie_flags(url, accounts):
    with requests.Session() as s:
        resp = post_sign_in(s, url, EDITOR_EMAIL, accounts.password)
        assert resp.status_code == 303, f"POST /inloggen -> {resp.status_code}: {resp.text[:300]}"
        assert urlparse(resp.headers.get("Location", "")).path == "/account", resp.headers.get("Location")
        cookie = set_cookies(resp).get(SESSION_COOKIE)
        assert cookie, f"POST /inloggen set no {SESSION_COOKIE}; Set-Cookie: {resp.raw.headers.getlist('Set-Cookie')}"
        assert "httponly" in cookie, f"{SESSION_COOKIE} lacks HttpOnly: {cookie}"
        assert cookie.get("samesite", "").lower() == "lax", f"{SESSION_COOKIE} is not SameSite=Lax: {cookie}"
        assert len(cookie["value"]) >= 20, "the session id looks too short to be unguessable"


def test_failed_sign_in_is_401_and_does_not_reveal_accounts(url):
    wrong = f"fout-{unique()}"
    for email in (ADMIN_EMAIL, f"onbekend-{unique()}@e2e.test"):
        with requests.Session() as s:
            resp = post_sign_in(s, url, email, wrong)
            assert resp.status_code == 401, f"wrong credentials for {email}: {resp.status_code}"
            assert WRONG_CREDENTIALS in resp.text, f"{email}: the page lacks {WRONG_CREDENTIALS!r}"
            field = form_with_field(parse_html(resp.text), "wachtwoord").field("email")
            assert field.value() == email, f"{email}: the e-mail field shows {field.value()!r}"
            assert wrong not in resp.text, f"{email}: the page echoes the typed password"
            assert SESSION_COOKIE not in set_cookies(resp), f"{email}: a failed sign-in set {SESSION_COOKIE}"


def test_sign_in_returns_to_terug(url, accounts):
    with requests.Session() as s:
        resp = s.get(url("/account"), timeout=15, allow_redirects=False)
        assert resp.status_code == 303, f"/account for a visitor -> {resp.status_code}"
        location = urlparse(resp.headers.get("Location", ""))
        assert location.path == "/inloggen", resp.headers.get("Location")
        assert parse_qs(location.query).get("terug") == ["/account"], resp.headers.get("Location")

        resp = post_sign_in(s, url, EDITOR_EMAIL, accounts.password, terug="/documenten/nieuw")
        assert resp.status_code == 303, resp.status_code
        assert urlparse(resp.headers.get("Location", "")).path == "/documenten/nieuw", resp.headers.get("Location")


OFF_SITE = [
    "https://voorbeeld.invalid/account",
    "//voorbeeld.invalid/account",
    "/\\voorbeeld.invalid",
    "/\t/voorbeeld.invalid",  # terug=/%09/voorbeeld.invalid: browsers drop the TAB and go to the host
    "/\n/voorbeeld.invalid",
    "/ /voorbeeld.invalid",
    "/ /x",
    "/account\r\nSet-Cookie: e2e=1",
    "/\r/voorbeeld.invalid",
    "\t//voorbeeld.invalid",
]


@pytest.mark.parametrize("terug", OFF_SITE)
def test_sign_in_never_redirects_off_site(url, accounts, terug):
    # An open redirect after sign-in is a phishing aid. The value goes into the form's field as a
    # hand-made POST would send it; anything but a plain same-site path lands on /account.
    with requests.Session() as s:
        resp = post_sign_in(s, url, EDITOR_EMAIL, accounts.password, terug_field=terug)
        assert resp.status_code == 303, resp.status_code
        location = resp.headers.get("Location", "")
        assert not any(ord(c) < 0x20 or c in " \x7f" for c in location), f"terug={terug!r}: Location {location!r} has a control character"
        target = urlparse(requests.compat.urljoin(url("/"), location))
        assert target.netloc == urlparse(url("/")).netloc, f"terug={terug!r} redirects off site: Location {location!r}"
        assert "voorbeeld.invalid" not in location, f"terug={terug!r}: Location {location!r}"
        assert location == "/account" or (target.path == "/account" and not target.query), (
            f"terug={terug!r}: Location {location!r}, expected /account"
        )
        assert "e2e" not in set_cookies(resp), f"terug={terug!r} set a cookie of its own"


def test_sign_in_keeps_a_same_site_terug_with_its_query(url, accounts):
    with requests.Session() as s:
        resp = post_sign_in(s, url, EDITOR_EMAIL, accounts.password, terug_field="/samenwerkingen?status=actief")
        assert resp.status_code == 303, resp.status_code
        target = urlparse(requests.compat.urljoin(url("/"), resp.headers.get("Location", "")))
        assert (target.path, target.query) == ("/samenwerkingen", "status=actief"), (
            f"terug=/samenwerkingen?status=actief: Location {resp.headers.get('Location')!r}"
        )


def test_sign_out_ends_the_session_on_the_server(url, accounts):
    s = signed_in_session(url, EDITOR_EMAIL, accounts.password)
    old = s.cookies.get(SESSION_COOKIE)

    def account_with(cookie_value: str):
        headers = {"Cookie": f"{SESSION_COOKIE}={cookie_value}"}
        return requests.get(url("/account"), headers=headers, timeout=15, allow_redirects=False)

    account = account_with(old)
    assert account.status_code == 200, f"/account with the fresh session cookie -> {account.status_code}"

    resp = s.post(url("/uitloggen"), data={"csrf": csrf_of(account.text)}, timeout=15, allow_redirects=False)
    assert resp.status_code == 303, f"POST /uitloggen -> {resp.status_code}: {resp.text[:300]}"
    assert urlparse(resp.headers.get("Location", "")).path == "/", resp.headers.get("Location")
    assert s.get(url("/account"), timeout=15, allow_redirects=False).status_code == 303

    # The old cookie, replayed, must be dead: sessions live in the database, not in the cookie.
    resp = account_with(old)
    assert resp.status_code == 303, f"a signed-out session id still opens /account ({resp.status_code})"
    s.close()


def test_throttling_after_five_failures(url, accounts):
    wrong = f"fout-{unique()}"
    statuses = []
    with requests.Session() as s:
        for attempt in range(1, 7):
            resp = post_sign_in(s, url, THROTTLE_EMAIL, wrong)
            statuses.append(resp.status_code)
            if attempt <= 5:
                assert resp.status_code == 401, f"failed attempt {attempt}: {resp.status_code} (so far {statuses})"
        assert resp.status_code == 429, f"the sixth attempt within 15 minutes: {resp.status_code}, expected 429 ({statuses})"
        assert TOO_MANY_ATTEMPTS in resp.text, f"the 429 page lacks {TOO_MANY_ATTEMPTS!r}: {resp.text[:300]}"
        # While throttled, even the right password must not get in (or the check would go on).
        resp = post_sign_in(s, url, THROTTLE_EMAIL, accounts.password)
        assert resp.status_code == 429, f"the right password while throttled: {resp.status_code}"
        assert SESSION_COOKIE not in set_cookies(resp)


# ---------------------------------------------------------------- CSRF


def test_sign_in_without_csrf_is_403(url, accounts):
    with requests.Session() as s:
        page = s.get(url("/inloggen"), timeout=15)
        assert s.cookies.get(CSRF_COOKIE), f"GET /inloggen set no {CSRF_COOKIE} cookie"
        token = csrf_of(page.text)
        credentials = {"email": EDITOR_EMAIL, "wachtwoord": accounts.password}
        for label, data in (
            ("no csrf field", credentials),
            ("a wrong csrf field", {**credentials, "csrf": "onjuist-" + unique()}),
        ):
            resp = s.post(url("/inloggen"), data=data, timeout=15, allow_redirects=False)
            assert resp.status_code == 403, f"POST /inloggen with {label} -> {resp.status_code}"
            assert SESSION_COOKIE not in set_cookies(resp), f"POST /inloggen with {label} set a session"
    # The right field value but without the tafel_csrf cookie it belongs to.
    with requests.Session() as other:
        resp = other.post(url("/inloggen"), data={**credentials, "csrf": token}, timeout=15, allow_redirects=False)
        assert resp.status_code == 403, f"POST /inloggen with a csrf value but no {CSRF_COOKIE} cookie -> {resp.status_code}"


def test_signed_in_posts_without_csrf_are_403(url, accounts, api):
    s = signed_in_session(url, EDITOR_EMAIL, accounts.password)
    try:
        resp = s.post(url("/uitloggen"), data={"terug": "/"}, timeout=15, allow_redirects=False)
        assert resp.status_code == 403, f"POST /uitloggen without csrf -> {resp.status_code}"
        with requests.Session() as stranger:
            foreign = csrf_of(stranger.get(url("/inloggen"), timeout=15).text)
        resp = s.post(url("/uitloggen"), data={"csrf": foreign}, timeout=15, allow_redirects=False)
        assert resp.status_code == 403, f"POST /uitloggen with another visitor's csrf -> {resp.status_code}"
        assert s.get(url("/account"), timeout=15, allow_redirects=False).status_code == 200, "the refused sign-out signed out anyway"

        token = unique()
        page = s.get(url("/documenten/nieuw"), timeout=15, allow_redirects=False)
        assert page.status_code == 200, page.status_code
        fields = replace_fields(form_with_field(parse_html(page.text), "titel").controls(), titel=f"E2E csrf {token}", soort="brief")
        fields = [(n, v) for n, v in fields if n != "csrf"]
        resp = s.post(url("/documenten"), data=fields, timeout=15, allow_redirects=False)
        assert resp.status_code == 403, f"POST /documenten without csrf -> {resp.status_code}"
        assert search_hits(api, accounts.admin_token, token) == 0, "the refused POST /documenten created a document"
    finally:
        s.close()


# ---------------------------------------------------------------- the document form


def test_document_form_is_for_editors_only(url, http, reader_web, api):
    resp = http.get(url("/documenten/nieuw"), timeout=15, allow_redirects=False)
    assert resp.status_code == 303, f"/documenten/nieuw for a visitor -> {resp.status_code}"
    assert urlparse(resp.headers.get("Location", "")).path == "/inloggen", resp.headers.get("Location")

    resp = reader_web.get(url("/documenten/nieuw"), timeout=15, allow_redirects=False)
    assert resp.status_code == 403, f"/documenten/nieuw for a lezer -> {resp.status_code}"
    csrf = csrf_of(reader_web.get(url("/account"), timeout=15).text)
    token = unique()
    resp = reader_web.post(
        url("/documenten"),
        data={"titel": f"E2E lezer {token}", "soort": "brief", "vertrouwelijkheid": "openbaar", "csrf": csrf},
        timeout=15,
        allow_redirects=False,
    )
    assert resp.status_code == 403, f"POST /documenten as a lezer -> {resp.status_code}"
    assert search_hits(api, None, token) == 0, "a lezer created a document"

    some = api("GET", "/api/v1/documenten?pageSize=1").json()["resultaten"][0]["id"]
    resp = reader_web.get(url(f"/documenten/{some}/bewerken"), timeout=15, allow_redirects=False)
    assert resp.status_code == 403, f"/documenten/{some}/bewerken for a lezer -> {resp.status_code}"


def test_invalid_document_form_keeps_values_and_names_the_fields(url, editor_web):
    token = unique()
    page = editor_web.get(url("/documenten/nieuw"), timeout=15, allow_redirects=False)
    assert page.status_code == 200, page.status_code
    blank = parse_html(page.text)
    typed = {
        "titel": "",
        "soort": "brief",
        "datum": "17 mei 2024",
        "kenmerk": f"E2E/{token[:8]}",
        "auteur": "E2E Auteur",
        "samenvatting": f"Samenvatting die blijft staan {token}",
        "tekst": f"Tekst die blijft staan {token}",
    }
    data = replace_fields(form_with_field(blank, "titel").controls(), **typed)
    resp = editor_web.post(url("/documenten"), data=data, timeout=15, allow_redirects=False)
    assert resp.status_code == 400, f"POST /documenten without titel and with datum {typed['datum']!r} -> {resp.status_code}"

    doc = parse_html(resp.text)
    form = form_with_field(doc, "titel")
    for name in ("datum", "kenmerk", "auteur", "samenvatting", "tekst"):
        field = form.field(name)
        assert field is not None and field.value() == typed[name], (
            f"the form lost what was typed in {name!r}: {field.value() if field else None!r}"
        )
    # The error messages: lines the blank form does not have. Each must name its field.
    new_lines = [line for line in doc.text_lines() if line not in set(blank.text_lines())]
    for label in ("titel", "datum"):
        assert any(label in line.casefold() for line in new_lines), (
            f"no error message names {label!r}; lines only on the refused form: {new_lines}"
        )


def test_stale_form_version_is_409(url, editor_web):
    token = unique()
    titel = f"E2E versie {token}"
    doc_id = create_document_via_form(editor_web, url, titel=titel, soort="brief", vertrouwelijkheid="openbaar")

    stale = form_with_field(parse_html(editor_web.get(url(f"/documenten/{doc_id}/bewerken"), timeout=15).text), "titel")
    assert stale.field("versie") is not None and stale.field("versie").value(), "the edit form has no hidden 'versie'"
    resp = editor_web.post(url(f"/documenten/{doc_id}/bewerken"), data=replace_fields(stale.controls(), titel=f"{titel} eerst"), timeout=15, allow_redirects=False)
    assert resp.status_code == 303, f"first edit -> {resp.status_code}: {resp.text[:300]}"

    fresh_csrf = csrf_of(editor_web.get(url(f"/documenten/{doc_id}/bewerken"), timeout=15).text)
    resp = editor_web.post(
        url(f"/documenten/{doc_id}/bewerken"),
        data=replace_fields(stale.controls(), titel=f"{titel} later", csrf=fresh_csrf),
        timeout=15,
        allow_redirects=False,
    )
    assert resp.status_code == 409, f"an edit with a stale versie -> {resp.status_code}"
    page = editor_web.get(url(f"/documenten/{doc_id}"), timeout=15).text
    assert f"{titel} eerst" in page and f"{titel} later" not in page, "the stale edit overwrote the first one"


def test_pages_for_a_signed_in_user_are_never_stored(url, http, editor_web, api, accounts):
    # A shared computer's browser cache or a proxy must not keep what only a signed-in user may
    # see: every page answered to one carries Cache-Control: no-store, and so does /inloggen.
    secret = create_via_api(api, accounts.editor_token, titel=f"E2E no-store {unique()}", vertrouwelijkheid="intern")["id"]
    collaboration = api("GET", "/api/v1/samenwerkingen?pageSize=1").json()["resultaten"][0]["id"]
    paths = [
        "/account",
        "/",
        "/samenwerkingen",
        "/documenten/nieuw",
        f"/documenten/{secret}",
        f"/documenten/{secret}/bewerken",
        f"/documenten/{secret}/geschiedenis",
        "/samenwerkingen/nieuw",
        "/samenwerkingen/importeren",
        f"/samenwerkingen/{collaboration}",
        f"/samenwerkingen/{collaboration}/bewerken",
    ]
    for path in paths:
        resp = editor_web.get(url(path), timeout=15, allow_redirects=False)
        assert resp.status_code == 200, f"{path} for the signed-in editor -> {resp.status_code}"
        cache = resp.headers.get("Cache-Control", "")
        assert "no-store" in cache, f"{path} for a signed-in user: Cache-Control {cache!r}, expected no-store"
    resp = http.get(url("/inloggen"), timeout=15)
    assert "no-store" in resp.headers.get("Cache-Control", ""), f"/inloggen: Cache-Control {resp.headers.get('Cache-Control')!r}"


# ---------------------------------------------------------------- API tokens on /account


def test_account_tokens_are_shown_once_and_can_be_revoked(url, editor_web, api):
    naam = f"e2e-{unique()[:12]}"
    before = editor_web.get(url("/account"), timeout=15)
    assert before.status_code == 200
    revoke = re.compile(r"/account/tokens/[^/]+/intrekken$")
    actions_before = {f.get("action") for f in parse_html(before.text).find_all("form") if revoke.search(f.get("action") or "")}

    resp = editor_web.post(url("/account/tokens"), data={"naam": naam, "csrf": csrf_of(before.text)}, timeout=15)
    assert resp.status_code in (200, 201), f"POST /account/tokens (redirects followed) -> {resp.status_code}"
    shown = parse_html(resp.text).by_id("nieuw-token")
    assert shown is not None, "the new token is not shown in an element with id 'nieuw-token'"
    match = TOKEN.search(shown.value() or shown.raw_text())
    assert match, f"#nieuw-token holds no tafel_… token: {(shown.value() or shown.raw_text())[:100]!r}"
    secret = match.group(0)

    after = editor_web.get(url("/account"), timeout=15)
    assert naam in after.text, f"/account does not list the token {naam!r}"
    assert secret not in after.text, "/account shows the token a second time"
    new_actions = {f.get("action") for f in parse_html(after.text).find_all("form") if revoke.search(f.get("action") or "")} - actions_before
    assert len(new_actions) == 1, f"expected one new revoke form (POST /account/tokens/<id>/intrekken), found {new_actions}"

    created = create_via_api(api, secret, titel=f"E2E token {unique()}", vertrouwelijkheid="intern")
    assert created["id"]

    resp = editor_web.post(url(new_actions.pop()), data={"csrf": csrf_of(after.text)}, timeout=15, allow_redirects=False)
    assert resp.status_code < 400, f"revoking -> {resp.status_code}: {resp.text[:300]}"
    resp = api("POST", "/api/v1/documenten", secret, json=document_json(f"E2E ingetrokken {unique()}"))
    is_problem(resp, 401)


# ---------------------------------------------------------------- the API


def test_api_writes_need_a_token_of_an_editor(api, accounts):
    body = document_json(f"E2E zonder token {unique()}")
    problem = is_problem(api("POST", "/api/v1/documenten", json=body), 401)
    assert problem.get("title") or problem.get("detail")
    is_problem(api("POST", "/api/v1/documenten", "tafel_bestaat-niet-" + unique(), json=body), 401)
    is_problem(api("POST", "/api/v1/documenten", accounts.reader_token, json=body), 403)
    assert search_hits(api, accounts.admin_token, body["titel"].split()[-1]) == 0, "a refused POST created a document"


def test_api_create_answers_201_with_location(api, url, accounts):
    resp = api("POST", "/api/v1/documenten", accounts.editor_token, json=document_json(f"E2E location {unique()}"))
    assert resp.status_code == 201, f"POST /api/v1/documenten -> {resp.status_code}: {resp.text[:500]}"
    doc_id = resp.json()["id"]
    location = resp.headers.get("Location", "")
    target = urlparse(requests.compat.urljoin(url("/api/v1/documenten"), location))
    assert target.path == f"/api/v1/documenten/{doc_id}", (
        f"Location {location!r} does not point at /api/v1/documenten/{doc_id}"
    )
    assert api("GET", target.path).status_code == 200, f"GET {target.path} (the Location) is not the new document"


def test_api_does_not_take_the_session_cookie(url, editor_web, api, accounts):
    # The API is exempt from the CSRF check because it authenticates by bearer token, which a
    # browser never sends by itself. A session cookie, which a browser does send, must not count.
    titel = f"E2E cookie {unique()}"
    resp = editor_web.post(
        url("/api/v1/documenten"), json=document_json(titel), headers={"Accept": "application/json"}, timeout=15, allow_redirects=False
    )
    is_problem(resp, 401)
    assert search_hits(api, accounts.admin_token, titel.split()[-1]) == 0, "a cookie-only API write created a document"


def test_api_update_with_etag(api, accounts):
    titel = f"E2E api {unique()}"
    doc = create_via_api(api, accounts.editor_token, titel=titel)
    path = f"/api/v1/documenten/{doc['id']}"

    got = api("GET", path)
    assert got.status_code == 200, got.status_code
    etag = got.headers.get("ETag")
    assert etag == f'"{got.json()["versie"]}"', f"ETag {etag!r} is not the quoted versie {got.json().get('versie')!r}"

    new = document_json(f"{titel} gewijzigd")
    is_problem(api("PUT", path, json=new, headers={"If-Match": etag}), 401)
    is_problem(api("PUT", path, accounts.reader_token, json=new, headers={"If-Match": etag}), 403)
    is_problem(api("PUT", path, accounts.editor_token, json=new), 428)  # a PUT must say which version it changes
    resp = api("PUT", path, accounts.editor_token, json=new, headers={"If-Match": etag})
    assert resp.status_code in (200, 204), f"PUT with the current If-Match -> {resp.status_code}: {resp.text[:300]}"
    after = api("GET", path)
    assert after.json()["titel"] == f"{titel} gewijzigd"
    assert after.headers.get("ETag") not in (None, etag), f"the ETag did not change: {after.headers.get('ETag')!r}"

    stale = api("PUT", path, accounts.editor_token, json=document_json(f"{titel} te laat"), headers={"If-Match": etag})
    is_problem(stale, 412)
    assert api("GET", path).json()["titel"] == f"{titel} gewijzigd", "the stale PUT changed the document"


def test_history_shows_who_changed_what(api, url, accounts, editor_web):
    titel = f"E2E historie {unique()}"
    doc_id = create_via_api(api, accounts.editor_token, titel=titel)["id"]
    # The change goes through the edit form, so this test does not lean on the API's ETag.
    form = form_with_field(parse_html(editor_web.get(url(f"/documenten/{doc_id}/bewerken"), timeout=15).text), "titel")
    resp = editor_web.post(url(f"/documenten/{doc_id}/bewerken"), data=replace_fields(form.controls(), titel=f"{titel} gewijzigd"), timeout=15, allow_redirects=False)
    assert resp.status_code == 303, f"editing -> {resp.status_code}: {resp.text[:300]}"

    path = f"/api/v1/documenten/{doc_id}/historie"
    history = api("GET", path, accounts.editor_token)
    assert history.status_code == 200, f"GET {path} -> {history.status_code}: {history.text[:300]}"
    dump = json.dumps(history.json(), ensure_ascii=False)
    for expected in (titel, f"{titel} gewijzigd"):
        assert expected in dump, f"the API history lacks {expected!r}: {dump[:800]}"
    assert EDITOR_NAME in dump or EDITOR_EMAIL in dump, f"the API history does not say who: {dump[:800]}"

    page = editor_web.get(url(f"/documenten/{doc_id}/geschiedenis"), timeout=15, allow_redirects=False)
    assert page.status_code == 200, f"/documenten/{doc_id}/geschiedenis -> {page.status_code}"
    text = "\n".join(parse_html(page.text).text_lines())
    for expected in (titel, f"{titel} gewijzigd"):
        assert expected in text, f"the history page lacks {expected!r}"
    assert EDITOR_NAME in text or EDITOR_EMAIL in text, "the history page does not say who changed it"


# ---------------------------------------------------------------- confidentiality


def test_intern_document_is_invisible_to_visitors(api, url, http, accounts, reader_web):
    total_before = api("GET", "/api/v1/documenten").json()["totaal"]
    token = unique()
    titel = f"E2E intern {token}"
    doc = create_via_api(api, accounts.editor_token, titel=titel, vertrouwelijkheid="intern")
    doc_id = doc["id"]
    # The id may be made from the title, and a page may echo the path or the search term it
    # was asked for: so look for the title itself, which only the document can bring along.

    # A visitor: not found anywhere, not counted.
    resp = http.get(url(f"/documenten/{doc_id}"), timeout=15, allow_redirects=False)
    assert resp.status_code == 404, f"a visitor gets {resp.status_code} on /documenten/{doc_id}, expected 404"
    assert titel not in resp.text
    is_problem(api("GET", f"/api/v1/documenten/{doc_id}"), 404)
    # History may be for signed-in users only (then a sign-in redirect or 401), but it must
    # answer exactly as it does for a document that does not exist.
    missing = f"bestaat-niet-{unique()}"
    for template, allowed in (("/documenten/{}/geschiedenis", (303, 404)), ("/api/v1/documenten/{}/historie", (401, 404))):
        hidden = http.get(url(template.format(doc_id)), timeout=15, allow_redirects=False)
        absent = http.get(url(template.format(missing)), timeout=15, allow_redirects=False)
        path = template.format(doc_id)
        assert hidden.status_code in allowed, f"a visitor gets {hidden.status_code} on {path}, expected one of {allowed}"
        assert hidden.status_code == absent.status_code, (
            f"{path} answers {hidden.status_code} but a missing document {absent.status_code}: that reveals it exists"
        )
        assert titel not in hidden.text
    for path in (f"/documenten?q={token}", "/documenten"):
        resp = http.get(url(path), timeout=15)
        assert resp.status_code == 200 and titel not in resp.text, f"{path} shows the intern document to a visitor"
    assert search_hits(api, None, token) == 0, "the API search finds the intern document for a visitor"
    assert api("GET", "/api/v1/documenten").json()["totaal"] == total_before, "a visitor's document count includes it"

    # Any signed-in user sees it: the lezer's token and the lezer's session.
    resp = api("GET", f"/api/v1/documenten/{doc_id}", accounts.reader_token)
    assert resp.status_code == 200, f"the lezer token gets {resp.status_code} on the intern document"
    assert search_hits(api, accounts.reader_token, token) == 1
    resp = reader_web.get(url(f"/documenten/{doc_id}"), timeout=15, allow_redirects=False)
    assert resp.status_code == 200 and titel in resp.text, f"the signed-in lezer gets {resp.status_code} on its page"


def test_vertrouwelijk_document_is_for_members_and_beheerders(api, http, url, accounts, reader_web):
    token = unique()
    ours = create_via_api(
        api,
        accounts.admin_token,
        titel=f"E2E vertrouwelijk lid {token}",
        vertrouwelijkheid="vertrouwelijk",
        toegang=[{"soort": "organisatie", "id": READER_ORGANISATION}],
    )
    theirs = create_via_api(
        api,
        accounts.admin_token,
        titel=f"E2E vertrouwelijk ander {token}",
        vertrouwelijkheid="vertrouwelijk",
        toegang=[{"soort": "organisatie", "id": OTHER_ORGANISATION}],
    )
    for doc in (ours, theirs):
        is_problem(api("GET", f"/api/v1/documenten/{doc['id']}"), 404)
        assert http.get(url(f"/documenten/{doc['id']}"), timeout=15, allow_redirects=False).status_code == 404
        assert api("GET", f"/api/v1/documenten/{doc['id']}", accounts.admin_token).status_code == 200, "a beheerder cannot see it"

    # The lezer is a member of READER_ORGANISATION only.
    assert api("GET", f"/api/v1/documenten/{ours['id']}", accounts.reader_token).status_code == 200, "a member cannot see it"
    is_problem(api("GET", f"/api/v1/documenten/{theirs['id']}", accounts.reader_token), 404)
    assert reader_web.get(url(f"/documenten/{theirs['id']}"), timeout=15, allow_redirects=False).status_code == 404
    assert search_hits(api, accounts.reader_token, token) == 1, "the lezer's search should find only the document of its organisation"
    assert search_hits(api, None, token) == 0
    assert search_hits(api, accounts.admin_token, token) == 2
