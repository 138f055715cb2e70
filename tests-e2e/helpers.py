"""Small helpers shared by the e2e tests (plain module, imported by the test files)."""

from __future__ import annotations

import csv
import glob
import io
import os
import re
import secrets
import select
import shutil
import socket
import sqlite3
import subprocess
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable, Iterable
from urllib.parse import quote, urljoin, urlparse

import requests
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

# The twelve municipalities of Drenthe (CBS), as the demo data set has them.
GEMEENTEN_DRENTHE = (
    "Aa en Hunze",
    "Assen",
    "Borger-Odoorn",
    "Coevorden",
    "De Wolden",
    "Emmen",
    "Hoogeveen",
    "Meppel",
    "Midden-Drenthe",
    "Noordenveld",
    "Tynaarlo",
    "Westerveld",
)

ASSEN_CBS = "GM0106"
ASSEN_TOOI = "https://identifier.overheid.nl/tooi/id/gemeente/gm0106"


def path_of(href: str | None) -> str:
    """The path of a link target, whether the href is relative or absolute."""
    return urlparse(href or "").path


# ---------------------------------------------------------------- e2e accounts
# scripts/test creates these users with the tafel CLI before it starts the server
# (one password for all of them, TAFEL_E2E_PASSWORD) and API tokens for the first three.
ADMIN_EMAIL = "beheerder@e2e.test"  # beheerder
EDITOR_EMAIL = "redacteur@e2e.test"  # redacteur, no scope
EDITOR_NAME = "E2E Redacteur"
READER_EMAIL = "lezer@e2e.test"  # lezer, member of READER_ORGANISATION
READER_ORGANISATION = "gemeente-assen"
OTHER_ORGANISATION = "gemeente-emmen"  # the e2e users are members of nothing here
THROTTLE_EMAIL = "drempel@e2e.test"  # lezer; only test_auth's throttling test signs in (and fails) with it

SESSION_COOKIE = "tafel_sessie"
CSRF_COOKIE = "tafel_csrf"
WRONG_CREDENTIALS = "E-mailadres of wachtwoord onjuist."
TOO_MANY_ATTEMPTS = "Te veel mislukte pogingen"


# ---------------------------------------------------------------- HTML without a browser
# A tiny, forgiving DOM on top of html.parser: enough to read forms, find an element by id
# and compare the visible text of two pages. The browser tests use Selenium instead.

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# An open element of one of these kinds is closed implicitly when the key starts.
_AUTO_CLOSE = {
    "li": {"li"},
    "option": {"option"},
    "dt": {"dt", "dd"},
    "dd": {"dt", "dd"},
    "tr": {"tr", "td", "th"},
    "td": {"td", "th"},
    "th": {"td", "th"},
    "p": {"p"},
}
_BLOCK = {
    "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "html", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr",
    "ul", "caption", "tbody", "thead", "tfoot",
}
_NOT_TEXT = {"head", "script", "style", "template", "textarea", "select", "option", "title"}


class Node:
    def __init__(self, tag: str, attrs: dict[str, str], parent: "Node | None"):
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children: list[Node | str] = []

    def get(self, name: str, default: str | None = None) -> str | None:
        return self.attrs.get(name, default)

    def iter(self):
        """This node and every element below it, in document order."""
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def find_all(self, tag: str) -> list["Node"]:
        return [n for n in self.iter() if n.tag == tag]

    def by_id(self, element_id: str) -> "Node | None":
        return next((n for n in self.iter() if n.get("id") == element_id), None)

    def raw_text(self) -> str:
        parts: list[str] = []
        for child in self.children:
            parts.append(child if isinstance(child, str) else child.raw_text())
        return "".join(parts)

    def text_lines(self) -> list[str]:
        """The visible text, one line per block element, whitespace collapsed (roughly innerText)."""
        parts: list[str] = []

        def walk(node: Node) -> None:
            for child in node.children:
                if isinstance(child, str):
                    parts.append(child)
                    continue
                if child.tag in _NOT_TEXT:
                    continue
                block = child.tag in _BLOCK
                if block:
                    parts.append("\n")
                walk(child)
                if block:
                    parts.append("\n")

        walk(self)
        lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
        return [line for line in lines if line]

    def value(self) -> str:
        """What an input, textarea or other element shows as its value or text."""
        if self.tag == "input":
            return self.get("value", "") or ""
        text = self.raw_text()
        if self.tag == "textarea" and text.startswith("\n"):
            text = text[1:]  # HTML drops one newline right after <textarea>
        return text

    def controls(self) -> list[tuple[str, str]]:
        """The name/value pairs a browser would submit for this form (without the submit button)."""
        pairs: list[tuple[str, str]] = []
        for node in self.iter():
            name = node.get("name")
            if not name or "disabled" in node.attrs:
                continue
            if node.tag == "input":
                kind = (node.get("type") or "text").lower()
                if kind in ("submit", "button", "image", "reset", "file"):
                    continue
                if kind in ("checkbox", "radio"):
                    if "checked" in node.attrs:
                        pairs.append((name, node.get("value", "on") or "on"))
                    continue
                pairs.append((name, node.value()))
            elif node.tag == "textarea":
                pairs.append((name, node.value()))
            elif node.tag == "select":
                options = node.find_all("option")
                chosen = [o for o in options if "selected" in o.attrs]
                if not chosen and options and "multiple" not in node.attrs:
                    chosen = options[:1]
                for option in chosen:
                    value = option.get("value")
                    pairs.append((name, value if value is not None else " ".join(option.raw_text().split())))
        return pairs

    def field(self, name: str) -> "Node | None":
        """The first input, textarea or select with this name."""
        return next((n for n in self.iter() if n.tag in ("input", "textarea", "select") and n.get("name") == name), None)


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, None)
        self.current = self.root

    def _open(self, tag: str, attrs) -> Node:
        closes = _AUTO_CLOSE.get(tag, set())
        if tag in _BLOCK and self.current.tag == "p":
            closes = closes | {"p"}
        if self.current.tag in closes and self.current.parent is not None:
            self.current = self.current.parent
        node = Node(tag, {k: (v if v is not None else "") for k, v in attrs}, self.current)
        self.current.children.append(node)
        return node

    def handle_starttag(self, tag, attrs):
        node = self._open(tag, attrs)
        if tag not in _VOID:
            self.current = node

    def handle_startendtag(self, tag, attrs):
        self._open(tag, attrs)

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse_html(html: str) -> Node:
    builder = _Builder()
    builder.feed(html)
    builder.close()
    return builder.root


def form_with_field(doc: Node, name: str) -> Node:
    """The first <form> that has a control with this name."""
    for form in doc.find_all("form"):
        if form.field(name) is not None:
            return form
    forms = [(f.get("action"), [n for n, _ in f.controls()]) for f in doc.find_all("form")]
    raise AssertionError(f"no <form> with a field named {name!r}; forms on the page (action, fields): {forms}")


def csrf_of(html: str) -> str:
    """The CSRF token of a page: the value of its first field named csrf."""
    field = parse_html(html).field("csrf")
    assert field is not None and field.value(), "the page has no (non-empty) field named 'csrf'"
    return field.value()


def replace_fields(pairs: list[tuple[str, str]], **values) -> list[tuple[str, str]]:
    """Form pairs with the named fields set to new values (a list value repeats the field)."""
    out = [(n, v) for n, v in pairs if n not in values]
    for name, value in values.items():
        for item in value if isinstance(value, (list, tuple)) else [value]:
            out.append((name, item))
    return out


def set_cookies(resp) -> dict[str, dict[str, str]]:
    """The cookies a response sets: name -> {'value': ..., lower-cased attribute -> value ('' for flags)}."""
    headers = resp.raw.headers.getlist("Set-Cookie") if hasattr(resp.raw, "headers") else []
    cookies: dict[str, dict[str, str]] = {}
    for header in headers:
        first, *rest = [part.strip() for part in header.split(";")]
        name, _, value = first.partition("=")
        attrs = {"value": value}
        for part in rest:
            key, _, val = part.partition("=")
            attrs[key.strip().lower()] = val.strip()
        cookies[name.strip()] = attrs
    return cookies


# ---------------------------------------------------------------- signing in over plain HTTP


def sign_in_form(session, url, email: str, password: str, terug: str | None = None, terug_field: str | None = None):
    """GET /inloggen (which sets the tafel_csrf cookie) and fill in its form: (action, form pairs).
    `terug` goes into the page's query (the page carries it into its form); `terug_field` sets
    the form's field terug to exactly this value instead, as a hand-made POST would."""
    path = "/inloggen" + (f"?terug={quote(terug, safe='')}" if terug is not None else "")
    page = session.get(url(path), timeout=15)
    assert page.status_code == 200, f"GET {path} -> {page.status_code}: {page.text[:300]}"
    form = form_with_field(parse_html(page.text), "wachtwoord")
    values = {"email": email, "wachtwoord": password}
    if terug_field is not None:
        values["terug"] = terug_field
    return urljoin(page.url, form.get("action") or page.url), replace_fields(form.controls(), **values)


def post_sign_in(session, url, email: str, password: str, terug: str | None = None, terug_field: str | None = None):
    """Sign in through the form of /inloggen (see sign_in_form); no redirects followed."""
    action, data = sign_in_form(session, url, email, password, terug, terug_field)
    return session.post(action, data=data, timeout=30, allow_redirects=False)


def signed_in_session(url, email: str, password: str):
    """A new requests.Session signed in as this user."""
    session = requests.Session()
    resp = post_sign_in(session, url, email, password)
    assert resp.status_code == 303, f"signing in as {email}: POST /inloggen -> {resp.status_code}: {resp.text[:300]}"
    assert session.cookies.get(SESSION_COOKIE), f"signing in as {email} set no {SESSION_COOKIE} cookie"
    return session


# ---------------------------------------------------------------- the browser (Selenium)


def wait_loaded(driver) -> None:
    WebDriverWait(driver, 15).until(lambda d: d.execute_script("return document.readyState") == "complete")


def load(driver, address: str) -> None:
    driver.get(address)
    wait_loaded(driver)


def clear_browser(driver) -> None:
    """Forget every cookie (signs the shared browser out)."""
    try:
        driver.execute_cdp_cmd("Network.clearBrowserCookies", {})
    except WebDriverException:
        driver.delete_all_cookies()


def browser_form(driver, field: str):
    """The first <form> on the page with a control named `field`."""
    for form in driver.find_elements(By.TAG_NAME, "form"):
        if form.find_elements(By.NAME, field):
            return form
    raise AssertionError(f"{driver.current_url}: no <form> with a field named {field!r}")


def browser_fill(driver, form, name: str, value: str) -> None:
    """Type into a text field or textarea, pick an option of a select, or tick a radio/checkbox by value."""
    elements = form.find_elements(By.NAME, name)
    assert elements, f"{driver.current_url}: the form has no field named {name!r}"
    first = elements[0]
    tag = first.tag_name.lower()
    kind = (first.get_attribute("type") or "").lower()
    if tag == "select":
        Select(first).select_by_value(value)
    elif kind in ("radio", "checkbox"):
        matches = [e for e in elements if e.get_attribute("value") == value]
        assert matches, f"{driver.current_url}: no {kind} {name!r} with value {value!r}"
        if not matches[0].is_selected():
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", matches[0])
            try:
                matches[0].click()
            except WebDriverException:
                driver.execute_script("arguments[0].click();", matches[0])
    elif kind in ("date", "month", "hidden"):
        driver.execute_script(
            "arguments[0].value = arguments[1];"
            "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
            "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            first,
            value,
        )
    else:
        first.clear()
        if value:
            first.send_keys(value)


def browser_submit(driver, form, button: str | None = None) -> None:
    """Press the form's submit button (the first, or the one matching the CSS selector
    `button`, e.g. "button[name=actie][value=opslaan]") and wait for the next page."""
    selector = button or "button[type=submit], input[type=submit], button:not([type])"
    buttons = form.find_elements(By.CSS_SELECTOR, selector)
    if button is not None:
        assert buttons, f"{driver.current_url}: the form has no button matching {button!r}"
    if buttons:
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", buttons[0])
        buttons[0].click()
    else:
        form.submit()
    WebDriverWait(driver, 30).until(_gone(form))
    wait_loaded(driver)


def _gone(element):
    """Like EC.staleness_of, but Chromium may also report a replaced page's node as
    'Node with given id does not belong to the document' (a plain WebDriverException)."""
    from selenium.common.exceptions import WebDriverException

    def check(_driver):
        try:
            element.is_enabled()
            return False
        except WebDriverException:
            return True

    return check


def browser_sign_in(driver, url, email: str, password: str, expect_path: str | None = "/account") -> None:
    """Sign in through the form on /inloggen, as a person would (the browser keeps the cookies)."""
    clear_browser(driver)
    load(driver, url("/inloggen"))
    form = browser_form(driver, "wachtwoord")
    browser_fill(driver, form, "email", email)
    browser_fill(driver, form, "wachtwoord", password)
    browser_submit(driver, form)
    if expect_path is not None:
        landed = path_of(driver.current_url)
        text = driver.find_element(By.TAG_NAME, "body").text
        assert landed == expect_path, f"signing in as {email} ended on {landed}, expected {expect_path}; page: {text[:300]}"


def unique() -> str:
    return uuid.uuid4().hex


def body_text(driver) -> str:
    return driver.find_element(By.TAG_NAME, "body").text


def page_lines(resp) -> str:
    """The visible text of an HTML answer, one line per block."""
    return "\n".join(parse_html(resp.text).text_lines())


# ---------------------------------------------------------------- the API


def join_url(base_url: str, path: str) -> str:
    return urljoin(base_url.rstrip("/") + "/", path.lstrip("/"))


def api_call(base_url: str, method: str, path: str, token: str | None = None, **kwargs):
    """One API call on the server at base_url, JSON asked for, no redirects followed."""
    headers = {"Accept": "application/json", **kwargs.pop("headers", {})}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    kwargs.setdefault("timeout", 30)
    return requests.request(method, join_url(base_url, path), headers=headers, allow_redirects=False, **kwargs)


def is_problem(resp, status: int) -> dict:
    """The problem+json body of an error answer with this status."""
    assert resp.status_code == status, (
        f"{resp.request.method} {resp.url} -> {resp.status_code}, expected {status}: {resp.text[:300]}"
    )
    ctype = resp.headers.get("Content-Type", "").split(";")[0].strip()
    assert ctype == "application/problem+json", f"{resp.request.method} {resp.url}: Content-Type {ctype!r}"
    body = resp.json()
    assert body.get("status") == status, f"problem+json status {body.get('status')!r} != {status}: {body}"
    return body


def invalid_params(body: dict) -> dict[str, str]:
    """A problem's invalidParams as name -> reason."""
    params = body.get("invalidParams")
    assert isinstance(params, list) and params, f"problem+json has no invalidParams list: {body}"
    return {p.get("name"): p.get("reason") or "" for p in params if isinstance(p, dict)}


# ---------------------------------------------------------------- the register of collaborations

REGISTER = "/samenwerkingen"
REGISTER_API = "/api/v1/samenwerkingen"
ASSEN = "gemeente-assen"
EMMEN = "gemeente-emmen"


def collaboration_json(naam: str, **extra) -> dict:
    body = {
        "naam": naam,
        "doel": f"Doel van {naam}.",
        "vorm": "convenant",
        "status": "actief",
        "startdatum": "2021",
        "rolProvincie": ["partner"],
        "domeinen": ["e2e"],
        "deelnemers": [{"organisatie": ASSEN, "rol": "trekker", "vanaf": "2021"}],
    }
    body.update(extra)
    return body


def register_csv(token: str, bad_status: str | None = None) -> tuple[str, bytes, list[str]]:
    """A small register file: two new collaborations; with bad_status, line 3 (the second) is invalid."""
    ids = [f"e2e-import-{token}-a", f"e2e-import-{token}-b"]
    domein = f"e2e-import-{token[:12]}"
    rows = [
        ["id", "naam", "status", "vorm", "startdatum", "domeinen", "rolProvincie", "deelnemers"],
        [ids[0], f"E2E import {token} A", "actief", "convenant", "2020", domein, "partner; financier", f"{ASSEN}:trekker:2020:"],
        [ids[1], f"E2E import {token} B", bad_status or "verkenning", "project", "2024-03", domein, "", f"{EMMEN}:deelnemer::; {ASSEN}:adviseur:2024:"],
    ]
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return f"e2e-{token[:8]}.csv", out.getvalue().encode("utf-8"), ids


def upload_form(session, url, dry_run: bool) -> tuple[str, list[tuple[str, str]]]:
    """The upload form of /samenwerkingen/importeren, signed in: (action, pairs without the file)."""
    page = session.get(url(f"{REGISTER}/importeren"), timeout=15, allow_redirects=False)
    assert page.status_code == 200, f"GET {REGISTER}/importeren -> {page.status_code}"
    form = form_with_field(parse_html(page.text), "bestand")
    assert form.get("enctype") == "multipart/form-data", f"the upload form's enctype is {form.get('enctype')!r}"
    data = [(n, v) for n, v in form.controls() if n != "proef"] + ([("proef", "ja")] if dry_run else [])
    return url(form.get("action") or f"{REGISTER}/importeren"), data


def upload(session, url, filename: str, content: bytes, dry_run: bool, ctype: str = "text/csv"):
    action, data = upload_form(session, url, dry_run)
    return session.post(action, data=data, files={"bestand": (filename, content, ctype)}, timeout=60, allow_redirects=False)


# ---------------------------------------------------------------- documents

DOCUMENT_PATH = re.compile(r"^/documenten/(?!nieuw$)([^/]+)$")


def document_id_from(location: str | None) -> str:
    match = DOCUMENT_PATH.match(urlparse(location or "").path)
    assert match, f"expected a redirect to /documenten/<id>, got Location {location!r}"
    return match.group(1)


def document_form(session, url) -> list[tuple[str, str]]:
    """The pairs of the empty form on /documenten/nieuw (signed in as an editor), CSRF field included."""
    page = session.get(url("/documenten/nieuw"), timeout=15, allow_redirects=False)
    assert page.status_code == 200, f"GET /documenten/nieuw -> {page.status_code}: {page.text[:300]}"
    return form_with_field(parse_html(page.text), "titel").controls()


def create_document_via_form(session, url, **fields) -> str:
    """Create a document through POST /documenten with the form's own fields; returns its id."""
    data = replace_fields(document_form(session, url), **fields)
    resp = session.post(url("/documenten"), data=data, timeout=60, allow_redirects=False)
    assert resp.status_code == 303, f"POST /documenten -> {resp.status_code}: {resp.text[:500]}"
    return document_id_from(resp.headers.get("Location"))


# ---------------------------------------------------------------- requests at the same moment

ANSWER_WITHIN = 30.0  # seconds: every request must be answered by then, whatever the load


@dataclass
class Answer:
    """What one of several simultaneous requests got: a response, or the error instead."""

    label: str
    response: requests.Response | None
    error: str | None
    seconds: float

    @property
    def status(self) -> int | None:
        return self.response.status_code if self.response is not None else None

    @property
    def busy(self) -> bool:
        """503 with Retry-After: the database was busy, try again (allowed under load)."""
        return self.status == 503 and bool(self.response.headers.get("Retry-After"))

    def __str__(self) -> str:
        got = self.status if self.response is not None else self.error
        return f"{self.label}: {got} after {self.seconds:.1f} s"


def at_once(calls: list[tuple[str, Callable[[], requests.Response]]]) -> list[Answer]:
    """Run every (label, call) in its own thread, all released at the same moment by a barrier.
    A call that raises (a time-out, a refused or reset connection) is an Answer with an error."""
    barrier = threading.Barrier(len(calls))

    def run(item) -> Answer:
        label, call = item
        barrier.wait(timeout=60)
        start = time.monotonic()
        try:
            return Answer(label, call(), None, time.monotonic() - start)
        except (requests.RequestException, OSError) as error:
            return Answer(label, None, f"{type(error).__name__}: {error}", time.monotonic() - start)

    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        return list(pool.map(run, calls))


def assert_answered(answers: list[Answer], allowed: Iterable[int], busy_allowed: bool = False) -> None:
    """Every request got an answer within ANSWER_WITHIN seconds, each one of the allowed statuses
    (or 503 with Retry-After when busy_allowed); never a 500 or a hang."""
    allowed = set(allowed)
    summary = "; ".join(str(a) for a in answers)
    unanswered = [a for a in answers if a.response is None or a.seconds > ANSWER_WITHIN]
    assert not unanswered, f"{len(unanswered)} of {len(answers)} requests got no answer within {ANSWER_WITHIN:.0f} s: {summary}"
    wrong = [a for a in answers if a.status not in allowed and not (busy_allowed and a.busy)]
    assert not wrong, (
        f"unexpected answers (allowed {sorted(allowed)}{', 503 with Retry-After' if busy_allowed else ''}): "
        + "; ".join(f"{a} {a.response.text[:200]!r}" for a in wrong)
    )


# ---------------------------------------------------------------- raw HTTP (large bodies)


@dataclass
class RawAnswer:
    status: int | None
    headers: dict[str, str]  # lower-cased names
    body: bytes
    seconds: float  # from connecting until the answer was read
    sent: int  # bytes of the body sent before the answer came (or the connection closed)
    error: str | None

    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def __str__(self) -> str:
        return f"{self.status or self.error} after {self.seconds:.2f} s, {self.sent:,} body bytes sent: {self.text()[:300]!r}"


def send_raw(base_url: str, method: str, path: str, headers: dict[str, str], body: bytes = b"",
             chunked: bool = False, timeout: float = ANSWER_WITHIN) -> RawAnswer:
    """Send a request over a plain socket and stop sending its body as soon as the server answers
    (which requests cannot: it sends the whole body first, and a server that answers early and
    closes makes it fail with a broken pipe). With chunked, the body goes in 1 MiB chunks
    without a Content-Length."""
    target = urlparse(base_url)
    host, port = target.hostname, target.port or 80
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}:{port}", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    if chunked:
        lines.append("Transfer-Encoding: chunked")
        size = 1 << 20
        pieces = [b"%x\r\n" % len(body[i:i + size]) + body[i:i + size] + b"\r\n" for i in range(0, len(body), size)]
        pieces.append(b"0\r\n\r\n")
    else:
        lines.append(f"Content-Length: {len(body)}")
        pieces = [body]
    start = time.monotonic()
    sent, error = 0, None
    received = b""
    with socket.create_connection((host, port), timeout=timeout) as sock:
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        sock.setblocking(False)
        answered = False
        try:
            for piece in pieces:
                view = memoryview(piece)
                while view and not answered:
                    if time.monotonic() - start > timeout:
                        error = f"still sending after {timeout:.0f} s"
                        break
                    readable, writable, _ = select.select([sock], [sock], [], 0.5)
                    if readable:
                        answered = True
                    elif writable:
                        n = sock.send(view[:65536])
                        view = view[n:]
                        sent += n
                if answered or error:
                    break
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered (or gave up) and closed: read what it said
        sock.setblocking(True)
        while error is None:
            remaining = timeout - (time.monotonic() - start)
            if remaining <= 0:
                error = f"no complete answer within {timeout:.0f} s"
                break
            sock.settimeout(remaining)
            try:
                chunk = sock.recv(65536)
            except socket.timeout:
                error = f"no complete answer within {timeout:.0f} s"
                break
            except ConnectionResetError:
                break
            if not chunk:
                break
            received += chunk
            if _complete(received):
                break
    seconds = time.monotonic() - start
    head, _, content = received.partition(b"\r\n\r\n")
    status, parsed = None, {}
    if head:
        first, *header_lines = head.decode("latin-1").split("\r\n")
        parts = first.split(" ")
        if len(parts) >= 2 and parts[1].isdigit():
            status = int(parts[1])
        for line in header_lines:
            name, _, value = line.partition(":")
            parsed[name.strip().lower()] = value.strip()
    if status is None and error is None:
        error = "the connection closed without an answer"
    if parsed.get("transfer-encoding", "").lower() == "chunked":
        content = _unchunk(content)
    return RawAnswer(status, parsed, content, seconds, sent, error)


def _complete(received: bytes) -> bool:
    head, sep, content = received.partition(b"\r\n\r\n")
    if not sep:
        return False
    match = re.search(rb"(?im)^content-length:\s*(\d+)\s*$", head)
    if match:
        return len(content) >= int(match.group(1))
    return content.endswith(b"0\r\n\r\n")


def _unchunk(data: bytes) -> bytes:
    out = b""
    while data:
        size_line, _, rest = data.partition(b"\r\n")
        try:
            size = int(size_line.split(b";")[0], 16)
        except ValueError:
            break
        if size == 0:
            break
        out += rest[:size]
        data = rest[size + 2:]
    return out


# ---------------------------------------------------------------- a Tafel of a test's own

# The databases the `isolated` servers can run on (conftest.py's `backend` fixture). A module
# runs on both with  pytestmark = pytest.mark.parametrize("backend", BACKENDS, indirect=True);
# "postgres" needs TAFEL_E2E_POSTGRES_URL (scripts/test sets it) and is skipped without it.
BACKENDS = ("sqlite", "postgres")

READY_TIMEOUT = float(os.environ.get("TAFEL_READY_TIMEOUT", "120"))
TOKEN_LINE = re.compile(r"^\s*(tafel_\S+)", re.M)


def free_port() -> int:
    with closing(socket.socket()) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sqlite_integrity(path: Path) -> str:
    """PRAGMA integrity_check of a SQLite file ('ok' when sound), read with Python's own sqlite3."""
    with closing(sqlite3.connect(str(path), timeout=30)) as db:
        return "; ".join(str(row[0]) for row in db.execute("PRAGMA integrity_check"))


def psql_binary() -> str:
    """psql: TAFEL_E2E_PSQL (scripts/test sets it to its cluster's), else the newest
    /usr/lib/postgresql/*/bin/psql, else psql on PATH."""
    given = os.environ.get("TAFEL_E2E_PSQL")
    if given:
        return given
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/psql"), key=lambda p: [int(x) for x in re.findall(r"\d+", p)])
    return found[-1] if found else (shutil.which("psql") or "psql")


def psql(database: str, sql: str, timeout: float = 60) -> str:
    """Run SQL on a PostgreSQL database (a postgres:// URL) with psql; a failure fails the test."""
    done = subprocess.run([psql_binary(), "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-d", database, "-c", sql],
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"psql {sql!r} exited {done.returncode}:\n{done.stdout[-1500:]}\n{done.stderr[-1500:]}"
    return done.stdout


class IsolatedTafel:
    """A Tafel of one test's own: its own database, made and changed with the tafel CLI, and
    (after start()) its own `tafel serve` on a free port of 127.0.0.1 with TAFEL_CACHE_SECONDS=0,
    which the test may kill -9 and start again. The database is a SQLite file in `directory`,
    or, with `database` (a postgres:// URL), that PostgreSQL database, which then belongs to one
    test at a time (see copy_to). The CLI and the server run in `directory` (no .env of the
    repository) without the TAFEL_* variables of pytest's environment (so no
    TAFEL_METRICS_TOKEN unless `env` gives one)."""

    def __init__(self, binary: str, directory: Path, env: dict[str, str] | None = None, database: str | None = None):
        self.binary = binary
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.file = self.directory / "tafel.sqlite"  # SQLite only
        self.postgres_url = database
        self.env = {"TAFEL_CACHE_SECONDS": "0", **(env or {})}
        self.log_path = self.directory / "serve.log"
        self.process: subprocess.Popen | None = None
        self.port: int | None = None
        self.password: str | None = None  # of ADMIN_EMAIL and EDITOR_EMAIL, after prepare()
        self.admin_token: str | None = None
        self.editor_token: str | None = None
        self.pristine = False  # PostgreSQL: as prepare() left it, no test has used it yet

    @property
    def backend(self) -> str:
        return "postgres" if self.postgres_url else "sqlite"

    @property
    def database(self) -> str:
        return self.postgres_url or f"sqlite:{self.file}"

    @property
    def base_url(self) -> str:
        assert self.port is not None, "the isolated server was never started"
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return join_url(self.base_url, path)

    def api(self, method: str, path: str, token: str | None = None, **kwargs):
        return api_call(self.base_url, method, path, token, **kwargs)

    def environment(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("TAFEL_")}
        env.update(self.env)
        return env

    # ------------------------------------------------------------ the CLI

    def command(self, *args: str) -> list[str]:
        """A tafel command line on this database (`--database` after the subcommand words)."""
        return [self.binary, *args, "--database", self.database]

    def popen(self, *args: str, log_name: str = "cli.log") -> subprocess.Popen:
        """Start a tafel command on this database without waiting for it; its output goes to
        log_name in the directory (a pipe nobody reads would stop it once full)."""
        with open(self.directory / log_name, "a") as log:
            return subprocess.Popen(self.command(*args), cwd=self.directory, env=self.environment(),
                                    stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)

    def cli(self, *args: str, stdin: str | None = None, check: bool = True, timeout: float = 300) -> subprocess.CompletedProcess:
        """Run a tafel command on this database; with check, a non-zero exit fails the test with its output."""
        done = subprocess.run(self.command(*args), cwd=self.directory, env=self.environment(), input=stdin,
                              capture_output=True, text=True, timeout=timeout)
        if check:
            assert done.returncode == 0, (
                f"tafel {' '.join(args)} exited {done.returncode}:\n{done.stdout[-1500:]}\n{done.stderr[-1500:]}"
            )
        return done

    def add_user(self, email: str, naam: str, rol: str, password: str, *extra: str) -> None:
        self.cli("gebruiker", "toevoegen", "--email", email, "--naam", naam, "--rol", rol, *extra,
                 "--wachtwoord-stdin", stdin=password + "\n")

    def make_token(self, email: str) -> str:
        out = self.cli("token", "maken", "--email", email, "--naam", "e2e").stdout
        match = TOKEN_LINE.search(out)
        assert match, f"tafel token maken for {email} printed no line starting with tafel_: {out[:300]!r}"
        return match.group(1)

    def users(self) -> set[str]:
        """The e-mail addresses of the accounts in the database (tafel gebruiker lijst)."""
        return {line.split("\t", 1)[0] for line in self.cli("gebruiker", "lijst").stdout.splitlines() if "\t" in line}

    def prepare(self) -> None:
        """The demo data, then the e2e beheerder and redacteur (one random password) with API tokens.
        On PostgreSQL the database may hold data and these accounts already (an earlier run):
        the demo replaces the data (tafel demo --opnieuw) and the accounts get the new password,
        their role, no block and no memberships."""
        postgres = self.backend == "postgres"
        self.cli("demo", *(["--opnieuw"] if postgres else []))
        self.password = "e2e-" + secrets.token_urlsafe(18)
        existing = self.users() if postgres else set()
        for email, naam, rol in ((ADMIN_EMAIL, "E2E Beheerder", "beheerder"), (EDITOR_EMAIL, EDITOR_NAME, "redacteur")):
            if email in existing:
                self.cli("gebruiker", "wachtwoord", "--email", email, "--wachtwoord-stdin", stdin=self.password + "\n")
                self.cli("gebruiker", "rol", "--email", email, "--rol", rol)
                self.cli("gebruiker", "blokkeren", "--email", email, "--opheffen")
                self.cli("gebruiker", "lidmaatschappen", "--email", email)
            else:
                self.add_user(email, naam, rol, self.password)
        self.admin_token = self.make_token(ADMIN_EMAIL)
        self.editor_token = self.make_token(EDITOR_EMAIL)
        if postgres:
            psql(self.database, "DELETE FROM sign_in_attempts; DELETE FROM sessions")  # of an earlier run
            self.pristine = True

    def reset(self) -> None:
        """PostgreSQL: the database back to what prepare() made, but for the users that tests
        added and more API tokens: the demo data reloaded in one transaction (tafel demo
        --opnieuw, which also empties the history), and no sign-in attempts or sessions, so
        that the throttle's 20 failures per address (all tests sign in from 127.0.0.1) start
        from zero. (A SQLite test gets the same clean start from its own copy of the file.)"""
        assert self.backend == "postgres", "reset() is for a PostgreSQL database; SQLite tests copy the file"
        if not self.pristine:
            self.cli("demo", "--opnieuw")
        psql(self.database, "DELETE FROM sign_in_attempts; DELETE FROM sessions")
        self.pristine = False

    def copy_to(self, directory: Path, env: dict[str, str] | None = None) -> "IsolatedTafel":
        """A new IsolatedTafel in `directory` with the same users and tokens, on a database that
        starts as this one's: on SQLite a consistent copy of the file (SQLite's backup API); on
        PostgreSQL this very database, reset() first, so one test at a time (pytest runs them so)
        and one copy per test (two servers would share it)."""
        if self.backend == "postgres":
            other = IsolatedTafel(self.binary, directory, env, database=self.postgres_url)
            self.reset()
        else:
            other = IsolatedTafel(self.binary, directory, env)
            with closing(sqlite3.connect(str(self.file))) as source, closing(sqlite3.connect(str(other.file))) as target:
                source.backup(target)
        other.password, other.admin_token, other.editor_token = self.password, self.admin_token, self.editor_token
        return other

    # ------------------------------------------------------------ the server

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self) -> None:
        """tafel serve on this database and a free port; returns once /readyz answers 200."""
        assert not self.running, "the isolated server is already running"
        for _attempt in range(3):  # a free port may be taken between asking and binding
            self.port = free_port()
            with open(self.log_path, "a") as log:
                log.write(f"---- tafel serve --port {self.port}\n")
                log.flush()
                self.process = subprocess.Popen(
                    [self.binary, "serve", "--host", "127.0.0.1", "--port", str(self.port), "--database", self.database],
                    cwd=self.directory, env=self.environment(), stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                )
            deadline = time.monotonic() + READY_TIMEOUT
            while time.monotonic() < deadline and self.process.poll() is None:
                try:
                    if requests.get(self.url("/readyz"), timeout=2).status_code == 200:
                        return
                except requests.RequestException:
                    pass
                time.sleep(0.1)
            if self.process.poll() is None:
                self.kill()
                raise AssertionError(f"tafel serve not ready within {READY_TIMEOUT:.0f} s; its log:\n{self.log_tail()}")
        raise AssertionError(f"tafel serve exited during start-up; its log:\n{self.log_tail()}")

    def kill(self) -> None:
        """kill -9 (SIGKILL) the server and reap it."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
        if self.process is not None:
            self.process.wait(timeout=30)

    def stop(self) -> None:
        """SIGTERM, then SIGKILL after 10 s (a hung server may ignore SIGTERM)."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()
        self.process.wait(timeout=30)

    def ready(self) -> int | str:
        """The status of GET /readyz, or the error instead."""
        try:
            return requests.get(self.url("/readyz"), timeout=10).status_code
        except requests.RequestException as error:
            return f"{type(error).__name__}: {error}"

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"
