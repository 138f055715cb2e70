"""Small helpers shared by the e2e tests (plain module, imported by the test files)."""

from __future__ import annotations

import uuid
from html.parser import HTMLParser
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


def post_sign_in(session, url, email: str, password: str, terug: str | None = None):
    """GET /inloggen (which sets the tafel_csrf cookie), then POST its form; no redirects followed."""
    path = "/inloggen" + (f"?terug={quote(terug, safe='')}" if terug is not None else "")
    page = session.get(url(path), timeout=15)
    assert page.status_code == 200, f"GET {path} -> {page.status_code}: {page.text[:300]}"
    form = form_with_field(parse_html(page.text), "wachtwoord")
    data = replace_fields(form.controls(), email=email, wachtwoord=password)
    action = urljoin(page.url, form.get("action") or page.url)
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
