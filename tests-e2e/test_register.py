"""The register of collaborations (issue 4), from the outside.

In the browser: a visitor filters the register with the form and the facets and opens a
collaboration with its participants-over-time figure; the e2e redacteur adds one (first
with a bad participant row), edits it, runs into a stale edit in a second tab (409),
archives and restores it; the upload page checks a file (dry run) without writing it.
Over plain HTTP: import all or nothing (a bad line names `regel 3`), import twice, export
and import again; spreadsheet formulas neutralised in the CSV exports; the CSV and JSON
exports against the API; the API's writes with ETag / If-Match (428 without), nested
participants, archiving and who may write; and the canary crawl: an intern collaboration
related to a public one never shows in anything a visitor can fetch, history included.

Every name carries a fresh uuid, so the tests neither depend on each other nor on what an
earlier run left in the database; they archive only what they made themselves. They lean
on the demo data only for its 12 municipalities (Assen is `gemeente-assen`, CBS GM0106)
and on the register holding more than a handful of collaborations.
"""

from __future__ import annotations

import csv
import io
import json
import re
from urllib.parse import parse_qs, urlparse

import pytest
import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from helpers import (
    body_text,
    ASSEN,
    ASSEN_CBS,
    EDITOR_EMAIL,
    EMMEN,
    REGISTER,
    REGISTER_API,
    browser_fill,
    browser_form,
    browser_sign_in,
    browser_submit,
    collaboration_json,
    csrf_of,
    form_with_field,
    is_problem,
    load,
    page_lines,
    parse_html,
    path_of,
    register_csv,
    replace_fields,
    unique,
    upload,
)

API = REGISTER_API
# /samenwerkingen/<id>, not one of the fixed pages under /samenwerkingen/.
COLLABORATION_PATH = re.compile(r"^/samenwerkingen/(?!nieuw$|importeren$|overzicht$)([a-z0-9][a-z0-9-]*)$")
SAVE = "button[name=actie][value=opslaan]"  # the form's first submit button is 'Meer lege regels'
CONFLICT = "intussen gewijzigd"
EXPORT_COLUMNS = ("id", "naam")



def number_in(text: str) -> int:
    match = re.search(r"\d[\d.]*", text)
    assert match, f"no number in {text!r}"
    return int(match.group(0).replace(".", ""))  # 1.234 in Dutch


def collaboration_id_from(location: str | None) -> str:
    match = COLLABORATION_PATH.match(urlparse(location or "").path)
    assert match, f"expected /samenwerkingen/<id>, got {location!r}"
    return match.group(1)


def query_of(address: str) -> dict[str, list[str]]:
    return parse_qs(urlparse(address).query)



def api_total(api, query: str, token: str | None = None) -> int:
    resp = api("GET", f"{API}?{query}&pageSize=1" if query else f"{API}?pageSize=1", token)
    assert resp.status_code == 200, f"GET {API}?{query} -> {resp.status_code}: {resp.text[:300]}"
    return resp.json()["totaal"]


def api_ids(api, query: str, token: str | None = None) -> list[str]:
    """Every id of the API's selection, page by page (100 at a time)."""
    ids: list[str] = []
    page = 1
    while True:
        resp = api("GET", f"{API}?{query}&pageSize=100&page={page}", token)
        assert resp.status_code == 200, f"GET {API}?{query}&page={page} -> {resp.status_code}: {resp.text[:300]}"
        body = resp.json()
        ids += [item["id"] for item in body["resultaten"]]
        if page >= body["aantalPaginas"]:
            break
        page += 1
    assert len(ids) == body["totaal"], f"{API}?{query}: {len(ids)} ids over {page} pages, but totaal {body['totaal']}"
    return ids


def current_etag(api, path: str) -> str:
    resp = api("GET", path)
    assert resp.status_code == 200 and resp.headers.get("ETag"), f"GET {path} -> {resp.status_code}, ETag {resp.headers.get('ETag')!r}"
    return resp.headers["ETag"]


def create_via_api(api, token: str, naam: str, **extra) -> dict:
    resp = api("POST", API, token, json=collaboration_json(naam, **extra))
    assert resp.status_code == 201, f"POST {API} -> {resp.status_code}: {resp.text[:500]}"
    body = resp.json()
    assert body.get("id"), f"201 without an id: {body}"
    return body


# ---------------------------------------------------------------- the register in the browser


def result_count(driver) -> int:
    return number_in(driver.find_element(By.CSS_SELECTOR, "p.result-count").text)


def register_rows(driver) -> list:
    return driver.find_elements(By.CSS_SELECTOR, "table.data tbody tr")


def facets(driver) -> dict[str, list[dict]]:
    """The facets of the register page: heading -> [{label, href, count, selected, element}]."""
    found: dict[str, list[dict]] = {}
    for section in driver.find_elements(By.CSS_SELECTOR, "aside.facets section"):
        heading = section.find_element(By.CSS_SELECTOR, "h3").text.strip()
        links = []
        for item in section.find_elements(By.CSS_SELECTOR, "li"):
            anchor = item.find_element(By.CSS_SELECTOR, "a")
            links.append({
                "label": anchor.text.strip(),
                "href": anchor.get_attribute("href"),
                "count": number_in(item.find_element(By.CSS_SELECTOR, ".facet__count").text),
                "selected": anchor.get_attribute("aria-current") == "true",
                "element": anchor,
            })
        found[heading] = links
    return found


def click_and_wait(driver, element, until) -> None:
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    element.click()
    WebDriverWait(driver, 15).until(until)
    WebDriverWait(driver, 15).until(lambda d: d.execute_script("return document.readyState") == "complete")


def test_browser_visitor_filters_the_register_and_opens_a_collaboration(browser, url, api):
    load(browser, url(REGISTER))
    assert browser.find_element(By.TAG_NAME, "h1").text.strip() == "Samenwerkingen"
    everything = result_count(browser)
    assert everything > 5, f"the register shows {everything} collaborations; the demo data has dozens"
    assert everything == api_total(api, ""), "the register page and the API count different totals"
    assert not browser.find_elements(By.CSS_SELECTOR, f"a[href$='{REGISTER}/nieuw'], a[href$='{REGISTER}/importeren']"), (
        "a visitor is offered 'Samenwerking toevoegen' or 'Importeren'"
    )

    # Two filters through the form, as a person would.
    form = browser_form(browser, "gemeente")
    browser_fill(browser, form, "gemeente", ASSEN)
    browser_fill(browser, form, "status", "actief")
    browser_submit(browser, form)
    query = query_of(browser.current_url)
    assert query.get("gemeente") == [ASSEN] and query.get("status") == ["actief"], f"the filter form went to {browser.current_url}"
    filtered = result_count(browser)
    assert 0 < filtered < everything, f"Assen + actief: {filtered} of {everything} collaborations"
    assert filtered == api_total(api, f"gemeente={ASSEN}&status=actief"), "the filtered count differs from the API's"
    if filtered <= 20 and not browser.find_elements(By.CSS_SELECTOR, "a[rel=next]"):
        assert len(register_rows(browser)) == filtered, f"{len(register_rows(browser))} rows for {filtered} results"
    form = browser_form(browser, "gemeente")
    chosen = form.find_element(By.NAME, "gemeente").get_attribute("value")
    assert chosen == ASSEN, f"the filter form forgot the municipality: {chosen!r}"

    active = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "ul.active-filters a")]
    assert any("Assen" in text for text in active) and any("Actief" in text for text in active), (
        f"the active filters do not list Assen and Actief: {active}"
    )

    # Facet counts: the selected status counts the whole selection; every other count fits in it.
    shown = facets(browser)
    assert shown, "the filtered register has no facets (aside.facets section)"
    status = shown.get("Status", [])
    selected = [link for link in status if link["selected"]]
    assert len(selected) == 1 and selected[0]["label"] == "Actief", f"the Status facet does not mark Actief: {status}"
    assert selected[0]["count"] == filtered, f"facet Actief counts {selected[0]['count']}, the page {filtered}"
    for heading, links in shown.items():
        if heading == "Status":
            continue
        for link in links:
            assert 0 < link["count"] <= filtered, f"facet {heading}: {link['label']} counts {link['count']} of {filtered}"

    # A facet link narrows the selection to exactly its count and keeps the other filters.
    candidates = [(heading, link) for heading, links in shown.items() if heading != "Status" for link in links if not link["selected"]]
    assert candidates, f"no facet to refine Assen + actief with: {shown.keys()}"
    heading, link = candidates[0]
    before = browser.current_url
    click_and_wait(browser, link["element"], lambda d: d.current_url != before)
    query = query_of(browser.current_url)
    assert query.get("gemeente") == [ASSEN] and query.get("status") == ["actief"], f"the facet link dropped a filter: {browser.current_url}"
    assert result_count(browser) == link["count"], (
        f"facet {heading}: {link['label']} promised {link['count']}, the page shows {result_count(browser)}"
    )
    assert len(browser.find_elements(By.CSS_SELECTOR, "ul.active-filters li")) >= 4, "three active filters plus 'Alle filters weghalen'"

    # Remove one filter with its link in the active-filters list.
    load(browser, url(f"{REGISTER}?gemeente={ASSEN}&status=actief"))
    remove = [a for a in browser.find_elements(By.CSS_SELECTOR, "ul.active-filters a") if "Actief" in a.text]
    assert remove, "no link to remove the status filter"
    click_and_wait(browser, remove[0], lambda d: "status=" not in d.current_url)
    assert result_count(browser) == api_total(api, f"gemeente={ASSEN}"), "after removing the status filter"

    # A collaboration with a period and participants has the participants-over-time figure.
    load(browser, url(f"{REGISTER}?gemeente={ASSEN}&status=actief"))
    target = None
    for row in register_rows(browser):
        cells = row.find_elements(By.CSS_SELECTOR, "td")
        if len(cells) >= 4 and cells[2].text.strip() and number_in(cells[3].text or "0") > 0:
            target = row.find_element(By.CSS_SELECTOR, "th a")
            break
    assert target is not None, "no collaboration of Assen with a period and participants to open"
    name = target.text.strip()
    click_and_wait(browser, target, lambda d: COLLABORATION_PATH.match(path_of(d.current_url)))
    assert browser.find_element(By.TAG_NAME, "h1").text.strip() == name, f"clicked {name!r}, landed on {browser.current_url}"
    assert browser.find_element(By.CSS_SELECTOR, "dl.facts"), "the detail page has no facts list"

    svg = browser.find_elements(By.CSS_SELECTOR, "figure.timeline svg")
    assert svg, f"{browser.current_url}: no participants-over-time figure (figure.timeline svg)"
    assert svg[0].get_attribute("role") == "img", "the timeline SVG is not role=img"
    title = svg[0].find_elements(By.CSS_SELECTOR, "title")
    assert title and title[0].get_attribute("textContent").strip(), "the timeline SVG has no <title>"
    participants = browser.find_elements(By.CSS_SELECTOR, "section[aria-labelledby=deelnemers] table tbody tr")
    bars = svg[0].find_elements(By.CSS_SELECTOR, "rect.timeline__bar")
    assert participants, "the detail page has no participants table"
    assert len(bars) == len(participants), f"{len(bars)} bars in the timeline for {len(participants)} participants"

    # A visitor cannot edit or archive.
    collaboration = collaboration_id_from(browser.current_url)
    assert not browser.find_elements(By.CSS_SELECTOR, "a[href$='/bewerken']"), "a visitor sees an edit link"
    assert not browser.find_elements(By.CSS_SELECTOR, "form[action$='/archiveren'], form[action$='/herstellen']"), (
        "a visitor sees the archive button"
    )
    assert "Bewerken" not in browser.find_element(By.TAG_NAME, "main").text, "a visitor sees 'Bewerken'"
    resp = requests.get(url(f"{REGISTER}/{collaboration}/bewerken"), timeout=15, allow_redirects=False)
    assert resp.status_code == 303 and path_of(resp.headers.get("Location")) == "/inloggen", (
        f"/samenwerkingen/{collaboration}/bewerken for a visitor -> {resp.status_code} {resp.headers.get('Location')}"
    )


def test_register_filters_over_http(http, url, api):
    # A CBS code and the organisation id choose the same municipality.
    by_code = http.get(url(f"{REGISTER}?gemeente={ASSEN_CBS}"), timeout=15)
    by_id = http.get(url(f"{REGISTER}?gemeente={ASSEN}"), timeout=15)
    assert by_code.status_code == 200 and by_id.status_code == 200, (by_code.status_code, by_id.status_code)
    rows = lambda resp: [a.get("href") for tr in parse_html(resp.text).find_all("tr") for a in tr.find_all("a")]  # noqa: E731
    assert rows(by_id), f"{REGISTER}?gemeente={ASSEN} lists nothing"
    assert rows(by_code) == rows(by_id), f"gemeente={ASSEN_CBS} and gemeente={ASSEN} list different collaborations"
    assert api_ids(api, f"gemeente={ASSEN_CBS}") == api_ids(api, f"gemeente={ASSEN}"), "the API treats GM0106 differently"
    assert page_result_count(by_code.text) == page_result_count(by_id.text) == api_total(api, f"gemeente={ASSEN}")

    # Paging: pageSize and page, with links both ways.
    total = api_total(api, "")
    resp = http.get(url(f"{REGISTER}?pageSize=5&page=2"), timeout=15)
    assert resp.status_code == 200
    doc = parse_html(resp.text)
    assert len(doc.by_id("inhoud").find_all("tbody")[0].find_all("tr")) == min(5, max(0, total - 5)), "page 2 of 5 per page"
    rels = {a.get("rel") for a in doc.find_all("a") if a.get("rel")}
    assert "prev" in rels and ("next" in rels or total <= 10), f"pagination links on page 2: {rels}"

    # Sorting by name, both ways, over the API (the same filter code as the page).
    up = api_ids(api, "sorteer=naam")
    down = api_ids(api, "sorteer=-naam")
    assert sorted(up) == sorted(down) and up[0] == down[-1] and up[-1] == down[0], "sorteer=-naam is not naam reversed"

    # Invalid filters: a 400 page that names every bad field.
    resp = http.get(url(f"{REGISTER}?status=bestaat-niet&vanaf=gisteren&sorteer=lengte"), timeout=15)
    assert resp.status_code == 400, f"invalid filters -> {resp.status_code}"
    text = "\n".join(parse_html(resp.text).text_lines())
    for field in ("status", "vanaf", "sorteer"):
        assert field in text, f"the 400 page does not name {field!r}: {text[:600]}"
    body = is_problem(http.get(url(f"{API}?status=bestaat-niet&gearchiveerd=misschien"), timeout=15), 400)
    names = {p.get("name") for p in body.get("invalidParams", [])}
    assert {"status", "gearchiveerd"} <= names, f"invalidParams {names}"


# ---------------------------------------------------------------- the editor in the browser


def test_browser_editor_adds_edits_archives_and_restores(browser, url, accounts, http, api):
    token = unique()
    naam = f"E2E register {token}"
    domein = f"e2e-{token[:12]}"
    browser_sign_in(browser, url, EDITOR_EMAIL, accounts.password)

    load(browser, url(REGISTER))
    add = [a for a in browser.find_elements(By.CSS_SELECTOR, "a[href]") if path_of(a.get_attribute("href")) == f"{REGISTER}/nieuw"]
    assert add, "the register offers an editor no 'Samenwerking toevoegen'"
    click_and_wait(browser, add[0], lambda d: path_of(d.current_url) == f"{REGISTER}/nieuw")

    form = browser_form(browser, "naam")
    browser.execute_script("arguments[0].noValidate = true;", form)
    typed = {
        "naam": naam,
        "korteNaam": f"E2E-{token[:6]}",
        "doel": f"Doel van {naam}.",
        "vorm": "convenant",
        "status": "actief",
        "startdatum": "2022",
        "domeinen": f"{domein}; wonen",
        "deelnemers[0].organisatie": ASSEN,
        "deelnemers[0].rol": "trekker",
        "deelnemers[0].vanaf": "2022",
        "deelnemers[1].organisatie": EMMEN,
        "deelnemers[1].rol": "deelnemer",
        "deelnemers[1].vanaf": "volgend jaar",  # not a date
    }
    for name, value in typed.items():
        browser_fill(browser, form, name, value)
    browser_fill(browser, form, "rolProvincie", "partner")
    browser_submit(browser, form, SAVE)

    # Refused: the problem is named, everything typed is still there.
    assert path_of(browser.current_url) == REGISTER, f"the refused form ended on {browser.current_url}"
    alert = browser.find_elements(By.CSS_SELECTOR, "[role=alert]")
    assert alert and "deelnemers[1].vanaf" in alert[0].text, f"no alert naming deelnemers[1].vanaf: {body_text(browser)[:600]}"
    assert search_total(http, url, token) == 0, "the refused form saved the collaboration"
    form = browser_form(browser, "naam")
    for name, value in typed.items():
        kept = form.find_element(By.NAME, name).get_attribute("value")
        assert kept == value, f"the refused form lost {name!r}: {kept!r}, typed {value!r}"
    partner = [e for e in form.find_elements(By.NAME, "rolProvincie") if e.get_attribute("value") == "partner"]
    assert partner and partner[0].is_selected(), "the refused form lost the ticked 'Partner'"
    bad = browser.find_element(By.ID, "veld-deelnemers[1].vanaf")
    assert bad.get_attribute("aria-invalid") == "true", "the bad field is not aria-invalid"
    described = (bad.get_attribute("aria-describedby") or "").split()
    assert any(browser.find_elements(By.ID, d) and "vanaf" in browser.find_element(By.ID, d).text for d in described), (
        f"the bad field's aria-describedby {described} points at no message about it"
    )

    # Fixed and saved: the detail page.
    browser.execute_script("arguments[0].noValidate = true;", form)
    browser_fill(browser, form, "deelnemers[1].vanaf", "2023")
    browser_submit(browser, form, SAVE)
    path = path_of(browser.current_url)
    assert COLLABORATION_PATH.match(path), f"saving ended on {path}: {body_text(browser)[:600]}"
    collaboration = collaboration_id_from(path)
    assert browser.find_element(By.TAG_NAME, "h1").text.strip() == naam
    participants = browser.find_element(By.CSS_SELECTOR, "section[aria-labelledby=deelnemers]").text
    for organisation in ("Gemeente Assen", "Gemeente Emmen"):
        assert organisation in participants, f"the new collaboration does not list {organisation}: {participants}"
    bars = browser.find_elements(By.CSS_SELECTOR, "figure.timeline svg rect.timeline__bar")
    assert len(bars) == 2, f"the timeline has {len(bars)} bars for 2 participants"
    stored = api("GET", f"{API}/{collaboration}").json()
    assert stored["status"] == "actief" and stored["rolProvincie"] == ["partner"], stored
    assert domein in stored["domeinen"] and stored["startdatum"] == "2022", stored
    assert search_total(http, url, token) == 1, "the new collaboration is not in the register"

    # Edit through the 'Bewerken' link.
    edit = browser.find_elements(By.CSS_SELECTOR, "a[href$='/bewerken']")
    assert edit, "an editor sees no 'Bewerken' on the detail page"
    click_and_wait(browser, edit[0], lambda d: path_of(d.current_url) == f"{path}/bewerken")
    form = browser_form(browser, "naam")
    assert form.find_element(By.NAME, "naam").get_attribute("value") == naam
    assert form.find_element(By.NAME, "deelnemers[1].organisatie").get_attribute("value") == EMMEN
    browser_fill(browser, form, "naam", f"{naam} (gewijzigd)")
    browser_submit(browser, form, SAVE)
    assert path_of(browser.current_url) == path, f"saving the edit ended on {browser.current_url}: {body_text(browser)[:500]}"
    assert browser.find_element(By.TAG_NAME, "h1").text.strip() == f"{naam} (gewijzigd)"

    # Two tabs open the edit form; the second saves first, so the first is stale.
    first_tab = browser.current_window_handle
    load(browser, url(f"{path}/bewerken"))
    stale_form = browser_form(browser, "naam")
    browser.switch_to.new_window("tab")
    try:
        load(browser, url(f"{path}/bewerken"))
        form = browser_form(browser, "naam")
        browser_fill(browser, form, "doel", f"Doel uit het tweede tabblad {token}.")
        browser_submit(browser, form, SAVE)
        assert path_of(browser.current_url) == path, f"the second tab's save ended on {browser.current_url}"
    finally:
        browser.close()
        browser.switch_to.window(first_tab)
    browser_fill(browser, stale_form, "naam", f"{naam} (te laat)")
    browser_submit(browser, stale_form, SAVE)
    text = body_text(browser)
    assert CONFLICT in text, f"a stale edit shows no conflict page ({CONFLICT!r}): {text[:600]}"
    differences = browser.find_elements(By.CSS_SELECTOR, "[role=alert] table tbody tr")
    rows = {r.find_element(By.CSS_SELECTOR, "th").text.strip(): r.text for r in differences}
    assert any(label.casefold().startswith("doel") for label in rows), f"the conflict table does not show the changed Doel: {rows}"
    assert any(f"tweede tabblad {token}" in row for row in rows.values()), f"the conflict table lacks the stored Doel: {rows}"
    assert browser_form(browser, "naam").find_element(By.NAME, "naam").get_attribute("value") == f"{naam} (te laat)", (
        "the conflict page lost what was typed"
    )
    stored = api("GET", f"{API}/{collaboration}").json()
    assert stored["naam"] == f"{naam} (gewijzigd)" and f"tweede tabblad {token}" in stored.get("doel", ""), (
        f"the stale edit overwrote the other one: {stored.get('naam')!r}, {stored.get('doel')!r}"
    )

    # Archive: out of the default register, in gearchiveerd=ja; then restore.
    load(browser, url(path))
    archive = browser.find_elements(By.CSS_SELECTOR, "form[action$='/archiveren']")
    assert archive, "an editor sees no 'Archiveren' on the detail page"
    assert "Archiveren" in archive[0].text
    browser_submit(browser, archive[0])
    assert path_of(browser.current_url) == path, f"archiving ended on {browser.current_url}"
    assert "Gearchiveerd" in browser.find_element(By.TAG_NAME, "main").text, "the archived page does not say so"
    assert api("GET", f"{API}/{collaboration}").json().get("gearchiveerd") is True
    load(browser, url(f"{REGISTER}?q={token}"))
    assert result_count(browser) == 0 and not browser.find_elements(By.CSS_SELECTOR, f"a[href$='/{collaboration}']"), (
        "an archived collaboration is still in the default register"
    )
    load(browser, url(f"{REGISTER}?q={token}&gearchiveerd=ja"))
    assert result_count(browser) == 1 and browser.find_elements(By.CSS_SELECTOR, f"table.data a[href$='/{collaboration}']"), (
        "the archived collaboration is not in gearchiveerd=ja"
    )
    assert api_total(api, f"q={token}&gearchiveerd=alle") == 1

    load(browser, url(path))
    restore = browser.find_elements(By.CSS_SELECTOR, "form[action$='/herstellen']")
    assert restore, "an archived collaboration offers no way back (form action …/herstellen)"
    browser_submit(browser, restore[0])
    assert path_of(browser.current_url) == path
    assert "Gearchiveerd" not in browser.find_element(By.TAG_NAME, "main").text
    assert browser.find_elements(By.CSS_SELECTOR, "form[action$='/archiveren']"), "after restoring there is no 'Archiveren' again"
    assert search_total(http, url, token) == 1, "the restored collaboration is not back in the register"
    assert api_total(api, f"q={token}&gearchiveerd=ja") == 0


def page_result_count(html: str) -> int:
    """The number in the register page's p.result-count."""
    status = [n for n in parse_html(html).find_all("p") if "result-count" in (n.get("class") or "").split()]
    assert status, "the register page has no p.result-count"
    return number_in(" ".join(status[0].text_lines()))


def search_total(http, url, token: str) -> int:
    """How many collaborations the (visitor's) register page finds for q=token."""
    resp = http.get(url(f"{REGISTER}?q={token}"), timeout=15)
    assert resp.status_code == 200, f"{REGISTER}?q={token} -> {resp.status_code}"
    return page_result_count(resp.text)


def test_stale_version_and_archive_over_http(url, editor_web, api, accounts):
    """The 409 page and archiving with plain form posts (a browser without JavaScript sends the same)."""
    naam = f"E2E versie {unique()}"
    collaboration = create_via_api(api, accounts.editor_token, naam)["id"]
    edit = f"{REGISTER}/{collaboration}/bewerken"
    stale = form_with_field(parse_html(editor_web.get(url(edit), timeout=15).text), "naam")
    assert stale.field("versie") is not None and stale.field("versie").value() == "1", "the edit form has no hidden versie 1"
    resp = editor_web.post(url(edit), data=replace_fields(stale.controls(), naam=f"{naam} eerst", actie="opslaan"), timeout=15, allow_redirects=False)
    assert resp.status_code == 303, f"first edit -> {resp.status_code}: {resp.text[:300]}"
    resp = editor_web.post(url(edit), data=replace_fields(stale.controls(), naam=f"{naam} later", actie="opslaan"), timeout=15, allow_redirects=False)
    assert resp.status_code == 409, f"an edit with a stale versie -> {resp.status_code}"
    assert CONFLICT in resp.text
    rows = [" | ".join(tr.text_lines()) for tr in parse_html(resp.text).find_all("tr")]
    assert any(row.casefold().startswith("naam") and f"{naam} eerst" in row and f"{naam} later" in row for row in rows), (
        f"the conflict table has no row for naam with the stored and the typed value: {rows}"
    )
    assert api("GET", f"{API}/{collaboration}").json()["naam"] == f"{naam} eerst"

    # Archiving with a stale versie is refused too; with the current one it works.
    page = editor_web.get(url(f"{REGISTER}/{collaboration}"), timeout=15).text
    archive = form_with_field(parse_html(page), "versie")
    assert (archive.get("action") or "").endswith("/archiveren"), archive.get("action")
    resp = editor_web.post(url(archive.get("action")), data=replace_fields(archive.controls(), versie="1"), timeout=15, allow_redirects=False)
    assert resp.status_code == 409, f"archiving at a stale versie -> {resp.status_code}"
    assert api("GET", f"{API}/{collaboration}").json()["gearchiveerd"] is False
    resp = editor_web.post(url(archive.get("action")), data=archive.controls(), timeout=15, allow_redirects=False)
    assert resp.status_code == 303, f"archiving -> {resp.status_code}: {resp.text[:300]}"
    assert api("GET", f"{API}/{collaboration}").json()["gearchiveerd"] is True


def test_register_writes_are_for_editors_only(url, http, reader_web, api):
    for path in (f"{REGISTER}/nieuw", f"{REGISTER}/importeren"):
        resp = http.get(url(path), timeout=15, allow_redirects=False)
        assert resp.status_code == 303 and path_of(resp.headers.get("Location")) == "/inloggen", f"{path} for a visitor -> {resp.status_code}"
        resp = reader_web.get(url(path), timeout=15, allow_redirects=False)
        assert resp.status_code == 403, f"{path} for a lezer -> {resp.status_code}"

    csrf = csrf_of(reader_web.get(url("/account"), timeout=15).text)
    token = unique()
    resp = reader_web.post(url(REGISTER), data={"naam": f"E2E lezer {token}", "status": "actief", "actie": "opslaan", "csrf": csrf},
                           timeout=15, allow_redirects=False)
    assert resp.status_code == 403, f"POST {REGISTER} as a lezer -> {resp.status_code}"
    some = api("GET", f"{API}?pageSize=1").json()["resultaten"][0]
    resp = reader_web.post(url(f"{REGISTER}/{some['id']}/archiveren"), data={"csrf": csrf, "versie": str(some["versie"])},
                           timeout=15, allow_redirects=False)
    assert resp.status_code == 403, f"archiving as a lezer -> {resp.status_code}"
    assert api("GET", f"{API}/{some['id']}").json()["gearchiveerd"] is False
    assert api_total(api, f"q={token}&gearchiveerd=alle") == 0, "a lezer created a collaboration"


# ---------------------------------------------------------------- import


def test_browser_import_dry_run_writes_nothing(browser, url, accounts, api, tmp_path):
    token = unique()
    filename, content, ids = register_csv(token)
    file = tmp_path / filename
    file.write_bytes(content)
    browser_sign_in(browser, url, EDITOR_EMAIL, accounts.password)
    load(browser, url(REGISTER))
    links = [a for a in browser.find_elements(By.CSS_SELECTOR, "a[href]") if path_of(a.get_attribute("href")) == f"{REGISTER}/importeren"]
    assert links, "the register offers an editor no 'Importeren'"
    click_and_wait(browser, links[0], lambda d: path_of(d.current_url) == f"{REGISTER}/importeren")

    form = browser_form(browser, "bestand")
    assert form.find_element(By.NAME, "proef").is_selected(), "'Alleen controleren' is not ticked by default"
    form.find_element(By.NAME, "bestand").send_keys(str(file))
    browser_submit(browser, form)
    text = body_text(browser)
    assert "Proefimport" in text and "2 nieuw, 0 gewijzigd, 0 ongewijzigd" in text, f"no dry-run summary: {text[:600]}"
    assert filename in text, f"the summary does not name the file {filename!r}"
    for collaboration in ids:
        is_problem(api("GET", f"{API}/{collaboration}"), 404)
    assert api_total(api, f"q={token}&gearchiveerd=alle") == 0, "the dry run wrote something"


def test_import_is_all_or_nothing_and_idempotent(url, editor_web, api, http):
    token = unique()
    filename, content, ids = register_csv(token, bad_status="bijna-klaar")
    resp = upload(editor_web, url, filename, content, dry_run=False)
    assert resp.status_code == 400, f"a file with a bad line -> {resp.status_code}"
    text = page_lines(resp)
    assert "regel 3" in text and "status" in text, f"the errors do not name regel 3 and its field: {text[:800]}"
    assert "regel 2" not in text, f"the good line 2 is reported as bad: {text[:800]}"
    assert "niets geïmporteerd" in text
    for collaboration in ids:
        is_problem(api("GET", f"{API}/{collaboration}"), 404)

    filename, content, ids = register_csv(token)
    resp = upload(editor_web, url, filename, content, dry_run=False)
    assert resp.status_code == 200, f"the import -> {resp.status_code}: {page_lines(resp)[:600]}"
    assert "Geïmporteerd: 2 nieuw, 0 gewijzigd, 0 ongewijzigd" in page_lines(resp), page_lines(resp)[:600]
    first = api("GET", f"{API}/{ids[0]}")
    assert first.status_code == 200, f"{ids[0]} was not imported"
    body = first.json()
    assert body["naam"] == f"E2E import {token} A" and sorted(body["rolProvincie"]) == ["financier", "partner"], body
    assert [(d["organisatie"]["id"], d["rol"], d.get("vanaf")) for d in body["deelnemers"]] == [(ASSEN, "trekker", "2020")], body["deelnemers"]
    second = api("GET", f"{API}/{ids[1]}").json()
    assert {d["organisatie"]["id"] for d in second["deelnemers"]} == {ASSEN, EMMEN} and second["startdatum"] == "2024-03", second
    versions = {c: api("GET", f"{API}/{c}").json()["versie"] for c in ids}

    resp = upload(editor_web, url, filename, content, dry_run=False)
    assert resp.status_code == 200
    assert "Geïmporteerd: 0 nieuw, 0 gewijzigd, 2 ongewijzigd" in page_lines(resp), page_lines(resp)[:600]
    assert {c: api("GET", f"{API}/{c}").json()["versie"] for c in ids} == versions, "importing the same file again changed versions"

    # What the register exports, it imports unchanged: CSV and JSON.
    domein = f"e2e-import-{token[:12]}"
    exported = http.get(url(f"{REGISTER}.csv?domein={domein}"), timeout=30)
    assert exported.status_code == 200 and exported.content.count(b"\n") == 3, f"the export of {domein}: {exported.text[:500]}"
    resp = upload(editor_web, url, "export.csv", exported.content, dry_run=False)
    assert "Geïmporteerd: 0 nieuw, 0 gewijzigd, 2 ongewijzigd" in page_lines(resp), f"CSV export re-imported: {page_lines(resp)[:800]}"
    exported = http.get(url(f"{REGISTER}.json?domein={domein}"), timeout=30)
    assert exported.status_code == 200
    resp = upload(editor_web, url, "export.json", exported.content, dry_run=False, ctype="application/json")
    assert "Geïmporteerd: 0 nieuw, 0 gewijzigd, 2 ongewijzigd" in page_lines(resp), f"JSON export re-imported: {page_lines(resp)[:800]}"

    # A changed line: one changed, one unchanged.
    edited = exported.json()
    edited["samenwerkingen"][0]["doel"] = f"Doel na import {token}"
    resp = upload(editor_web, url, "gewijzigd.json", json.dumps(edited).encode(), dry_run=False, ctype="application/json")
    assert "Geïmporteerd: 0 nieuw, 1 gewijzigd, 1 ongewijzigd" in page_lines(resp), page_lines(resp)[:800]
    assert api("GET", f"{API}/{edited['samenwerkingen'][0]['id']}").json().get("doel") == f"Doel na import {token}"


def test_export_round_trips_awkward_text(url, editor_web, api, http, accounts):
    # Commas, quotes, semicolons (the list separator) and line breaks, CRLF included, survive
    # export -> import unchanged, and a CSV reader gets back what the API stores.
    token = unique()
    domein = f"e2e-rond-{token[:12]}"
    omschrijving = f'Eerste regel; met "aanhalingstekens", komma\'s\r\ntweede regel\nderde regel {token}'
    created = create_via_api(api, accounts.editor_token, f"E2E rondje {token}", omschrijving=omschrijving,
                             domeinen=[domein, "a; b"], korteNaam='"K", kort',
                             verantwoording=f"Alleen regeleinden\r\nzonder andere tekens {token}")
    stored = api("GET", f"{API}/{created['id']}").json()
    exported = http.get(url(f"{REGISTER}.csv?domein={domein}"), timeout=30)
    assert exported.status_code == 200
    rows = list(csv.DictReader(io.StringIO(exported.content.decode("utf-8-sig"), newline="")))
    assert [r["id"] for r in rows] == [created["id"]], f"the export of {domein}: {exported.text[:500]}"
    assert rows[0]["omschrijving"] == stored["omschrijving"], (
        f"CSV omschrijving {rows[0]['omschrijving']!r} != stored {stored['omschrijving']!r}"
    )
    assert rows[0]["korteNaam"] == stored["korteNaam"] == '"K", kort'
    assert rows[0]["verantwoording"] == stored["verantwoording"], (
        f"CSV verantwoording {rows[0]['verantwoording']!r} != stored {stored['verantwoording']!r}"
    )
    resp = upload(editor_web, url, "rondje.csv", exported.content, dry_run=False)
    assert "Geïmporteerd: 0 nieuw, 0 gewijzigd, 1 ongewijzigd" in page_lines(resp), f"re-importing the export: {page_lines(resp)[:800]}"
    after = api("GET", f"{API}/{created['id']}").json()
    for field in ("versie", "omschrijving", "verantwoording", "korteNaam"):
        assert after.get(field) == stored.get(field), f"re-importing changed {field}: {stored.get(field)!r} -> {after.get(field)!r}"
    assert sorted(after["domeinen"]) == sorted(stored["domeinen"])


def test_import_reads_what_dutch_spreadsheets_write(url, editor_web, api):
    # Excel in Dutch saves 'CSV UTF-8' with a BOM and semicolons between the fields.
    token = unique()
    content = f"\ufeffid;naam;status\r\ne2e-excel-{token};E2E excel {token};actief\r\n".encode("utf-8")
    resp = upload(editor_web, url, "excel.csv", content, dry_run=True)
    assert resp.status_code == 200, f"a BOM + semicolon CSV -> {resp.status_code}: {page_lines(resp)[:600]}"
    assert "zou 1 nieuw, 0 gewijzigd, 0 ongewijzigd" in page_lines(resp), page_lines(resp)[:600]
    is_problem(api("GET", f"{API}/e2e-excel-{token}"), 404)
    resp = upload(editor_web, url, "latin1.csv", f"id,naam\ne2e-latin-{token},Caf\xe9\n".encode("latin-1"), dry_run=True)
    assert resp.status_code == 400 and "UTF-8" in page_lines(resp), f"a Latin-1 file -> {resp.status_code}: {page_lines(resp)[:400]}"


def test_import_without_a_file_or_csrf_is_refused(url, editor_web, api):
    token = unique()
    filename, content, ids = register_csv(token)
    page = editor_web.get(url(f"{REGISTER}/importeren"), timeout=15)
    resp = editor_web.post(url(f"{REGISTER}/importeren"), data={}, files={"bestand": (filename, content, "text/csv")},
                           timeout=30, allow_redirects=False)
    assert resp.status_code == 403, f"an upload without csrf -> {resp.status_code}"
    resp = editor_web.post(url(f"{REGISTER}/importeren"), data={"csrf": csrf_of(page.text)},
                           files={"bestand": ("leeg.csv", b"", "text/csv")}, timeout=30, allow_redirects=False)
    assert resp.status_code == 400 and "bestand" in page_lines(resp), f"an empty upload -> {resp.status_code}"
    is_problem(api("GET", f"{API}/{ids[0]}"), 404)


# ---------------------------------------------------------------- exports


def test_csv_and_json_exports_match_the_api(http, url, api):
    resp = http.get(url(f"{REGISTER}.csv?status=actief"), timeout=30)
    assert resp.status_code == 200, f"{REGISTER}.csv -> {resp.status_code}"
    assert resp.headers.get("Content-Type", "").split(";")[0].strip() == "text/csv", resp.headers.get("Content-Type")
    disposition = resp.headers.get("Content-Disposition", "")
    assert disposition.startswith("attachment") and ".csv" in disposition, f"Content-Disposition {disposition!r}"
    text = resp.content.decode("utf-8-sig")
    assert text.startswith(",".join(EXPORT_COLUMNS) + ","), f"the CSV header starts {text[:60]!r}"
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header, data = rows[0], rows[1:]
    assert all(len(row) == len(header) for row in data), "a CSV row has a different number of fields than the header"
    status = header.index("status")
    assert data and all(row[status] == "actief" for row in data), "the status=actief export has other statuses"
    csv_ids = [row[0] for row in data]
    assert len(set(csv_ids)) == len(csv_ids), "the CSV export repeats an id"
    assert len(csv_ids) == api_total(api, "status=actief"), "the CSV export and the API count different selections"
    assert sorted(csv_ids) == sorted(api_ids(api, "status=actief")), "the CSV export and the API's pages hold different ids"

    resp = http.get(url(f"{REGISTER}.json?status=actief"), timeout=30)
    assert resp.status_code == 200
    assert resp.headers.get("Content-Type", "").split(";")[0].strip() == "application/json"
    assert resp.headers.get("Content-Disposition", "").startswith("attachment")
    records = resp.json().get("samenwerkingen")
    assert isinstance(records, list), f"the JSON export has no list 'samenwerkingen': {resp.text[:200]}"
    assert [r.get("id") for r in records] == csv_ids, "the JSON and CSV exports list different collaborations"
    assert all(r.get("status") == "actief" for r in records)

    # The API gives the same whole selection as CSV when asked.
    resp = api("GET", f"{API}?status=actief", headers={"Accept": "text/csv"})
    assert resp.status_code == 200, f"{API} with Accept: text/csv -> {resp.status_code}"
    assert resp.headers.get("Content-Type", "").startswith("text/csv"), resp.headers.get("Content-Type")
    api_rows = list(csv.reader(io.StringIO(resp.content.decode("utf-8-sig"), newline="")))
    assert api_rows[0] == header and [row[0] for row in api_rows[1:]] == csv_ids, "the API's CSV differs from the export"

    # The page's download links carry its filters.
    page = parse_html(http.get(url(f"{REGISTER}?status=actief&gemeente={ASSEN}"), timeout=15).text)
    hrefs = [a.get("href") for a in page.find_all("a") if path_of(a.get("href")) in (f"{REGISTER}.csv", f"{REGISTER}.json")]
    assert len(hrefs) == 2, f"download links: {hrefs}"
    for href in hrefs:
        assert query_of(href) == {"status": ["actief"], "gemeente": [ASSEN]}, f"the download link {href!r} lost the filters"


FORMULAS = ('=HYPERLINK("http://voorbeeld.invalid/{t}")', "+1 {t}", "-1 {t}", "@x {t}")


def test_exports_neutralise_spreadsheet_formulas(http, url, api, accounts, editor_web):
    # OWASP CSV injection: a cell that starts with = + - @ is a formula to a spreadsheet. The CSV
    # exports start such a cell with an apostrophe; the import takes it off again; JSON is data.
    token = unique()
    domein = f"e2e-formule-{token[:12]}"
    names = {f"e2e-formule-{token}-{i}": formula.format(t=token) for i, formula in enumerate(FORMULAS)}
    for collaboration, naam in names.items():
        create_via_api(api, accounts.editor_token, naam, id=collaboration, domeinen=[domein])

    exported = http.get(url(f"{REGISTER}.csv?domein={domein}"), timeout=30)
    as_api = api("GET", f"{API}?domein={domein}", headers={"Accept": "text/csv"})
    for label, resp in (("/samenwerkingen.csv", exported), (f"{API} as text/csv", as_api)):
        assert resp.status_code == 200, f"{label} -> {resp.status_code}"
        rows = {r["id"]: r for r in csv.DictReader(io.StringIO(resp.content.decode("utf-8-sig"), newline=""))}
        assert set(rows) == set(names), f"{label}?domein={domein} lists {sorted(rows)}"
        for collaboration, naam in names.items():
            assert rows[collaboration]["naam"] == "'" + naam, (
                f"{label}: the cell for {naam!r} is {rows[collaboration]['naam']!r}, expected it with a leading apostrophe"
            )
    records = http.get(url(f"{REGISTER}.json?domein={domein}"), timeout=30).json()["samenwerkingen"]
    assert {r["id"]: r["naam"] for r in records} == names, "the JSON export changed the names"

    resp = upload(editor_web, url, "formules.csv", exported.content, dry_run=False)
    assert resp.status_code == 200, f"re-importing the export -> {resp.status_code}: {page_lines(resp)[:600]}"
    assert "Geïmporteerd: 0 nieuw, 0 gewijzigd, 4 ongewijzigd" in page_lines(resp), (
        f"re-importing the export changed something (the apostrophes kept?): {page_lines(resp)[:800]}"
    )
    for collaboration, naam in names.items():
        assert api("GET", f"{API}/{collaboration}").json()["naam"] == naam, f"{collaboration} lost its name on the round trip"


# ---------------------------------------------------------------- the API


@pytest.mark.parametrize("accept", [None, "*/*", "application/json, text/csv;q=0.5"])
def test_api_lists_json_unless_csv_is_asked_for(api, accept):
    # JSON is the default: without an Accept header (requests drops a None header), with */*
    # (what curl sends) and when JSON is preferred.
    resp = api("GET", f"{API}?status=actief&pageSize=1", headers={"Accept": accept})
    ctype = resp.headers.get("Content-Type", "")
    assert resp.status_code == 200 and ctype.startswith("application/json"), (
        f"{API} with Accept {accept!r} -> {resp.status_code} {ctype!r}: {resp.text[:80]!r}"
    )
    assert resp.json().get("totaal", 0) >= 1


def test_api_create_update_participants_and_archive(api, accounts):
    naam = f"E2E api {unique()}"
    resp = api("POST", API, accounts.editor_token, json=collaboration_json(naam))
    assert resp.status_code == 201, f"POST {API} -> {resp.status_code}: {resp.text[:500]}"
    created = resp.json()
    path = f"{API}/{created['id']}"
    location = urlparse(requests.compat.urljoin(resp.url, resp.headers.get("Location", "")))
    assert location.path == path, f"Location {resp.headers.get('Location')!r}, expected {path}"
    etag = resp.headers.get("ETag")
    assert etag == f'"{created["versie"]}"', f"the 201's ETag {etag!r} is not the quoted versie {created.get('versie')!r}"
    assert created["naam"] == naam and [d["organisatie"]["id"] for d in created["deelnemers"]] == [ASSEN]

    got = api("GET", location.path)
    assert got.status_code == 200 and got.json()["naam"] == naam

    new = collaboration_json(f"{naam} gewijzigd")
    is_problem(api("PUT", path, json=new, headers={"If-Match": etag}), 401)
    is_problem(api("PUT", path, accounts.reader_token, json=new, headers={"If-Match": etag}), 403)
    resp = api("PUT", path, accounts.editor_token, json=new, headers={"If-Match": etag})
    assert resp.status_code == 200, f"PUT with the current If-Match -> {resp.status_code}: {resp.text[:300]}"
    current = resp.headers.get("ETag")
    assert current not in (None, etag), f"the ETag did not change: {current!r}"
    stale = api("PUT", path, accounts.editor_token, json=collaboration_json(f"{naam} te laat"), headers={"If-Match": etag})
    is_problem(stale, 412)
    assert api("GET", path).json()["naam"] == f"{naam} gewijzigd", "the stale PUT changed the collaboration"

    # Participants as a nested resource.
    members = api("GET", f"{path}/deelnemers")
    assert members.status_code == 200 and len(members.json()["resultaten"]) == 1, members.text[:300]
    is_problem(api("POST", f"{path}/deelnemers", accounts.editor_token, json={"organisatie": EMMEN, "rol": "deelnemer"},
                   headers={"If-Match": etag}), 412)
    resp = api("POST", f"{path}/deelnemers", accounts.editor_token, json={"organisatie": EMMEN, "rol": "deelnemer", "vanaf": "2022"},
               headers={"If-Match": current})
    assert resp.status_code == 201, f"POST {path}/deelnemers -> {resp.status_code}: {resp.text[:300]}"
    assert {(d["organisatie"]["id"], d["rol"]) for d in resp.json()["resultaten"]} == {(ASSEN, "trekker"), (EMMEN, "deelnemer")}
    is_problem(api("POST", f"{path}/deelnemers", accounts.editor_token, json={"organisatie": EMMEN, "rol": "baas"}), 400)
    is_problem(api("DELETE", f"{path}/deelnemers/{EMMEN}"), 401)
    # Every PUT and DELETE names the version it is based on: without If-Match, 428.
    is_problem(api("DELETE", f"{path}/deelnemers/{EMMEN}", accounts.editor_token), 428)
    is_problem(api("PUT", path, accounts.editor_token, json=collaboration_json(f"{naam} blind")), 428)
    resp = api("DELETE", f"{path}/deelnemers/{EMMEN}", accounts.editor_token, headers={"If-Match": current_etag(api, path)})
    assert resp.status_code == 204, f"DELETE {path}/deelnemers/{EMMEN} -> {resp.status_code}: {resp.text[:300]}"
    assert [d["organisatie"]["id"] for d in api("GET", f"{path}/deelnemers").json()["resultaten"]] == [ASSEN]
    is_problem(api("DELETE", f"{path}/deelnemers/{EMMEN}", accounts.editor_token, headers={"If-Match": current_etag(api, path)}), 404)

    # DELETE archives: 204, then still readable with gearchiveerd true, out of the default list.
    is_problem(api("DELETE", path, accounts.reader_token, headers={"If-Match": current_etag(api, path)}), 403)
    is_problem(api("DELETE", path, accounts.editor_token), 428)
    is_problem(api("DELETE", path, accounts.editor_token, headers={"If-Match": etag}), 412)
    assert api("GET", path).json().get("gearchiveerd") is False, "a refused DELETE archived the collaboration"
    resp = api("DELETE", path, accounts.editor_token, headers={"If-Match": current_etag(api, path)})
    assert resp.status_code == 204, f"DELETE {path} -> {resp.status_code}: {resp.text[:300]}"
    after = api("GET", path)
    assert after.status_code == 200 and after.json().get("gearchiveerd") is True, f"after DELETE: {after.status_code} {after.text[:200]}"
    word = naam.split()[-1]
    assert api_total(api, f"q={word}") == 0 and api_total(api, f"q={word}&gearchiveerd=ja") == 1


def test_api_get_gives_the_etag_to_send_back(api, accounts):
    # PUT and the participant writes take If-Match: a client that only read the collaboration
    # needs its ETag from the GET (as /api/v1/documenten/{id} gives it).
    created = create_via_api(api, accounts.editor_token, f"E2E etag {unique()}")
    path = f"{API}/{created['id']}"
    got = api("GET", path)
    assert got.status_code == 200
    assert got.headers.get("ETag") == f'"{got.json()["versie"]}"', (
        f"GET {path} has ETag {got.headers.get('ETag')!r}, expected the quoted versie {got.json()['versie']!r}"
    )
    resp = api("PUT", path, accounts.editor_token, json=collaboration_json(created["naam"], doel="Nieuw doel."),
               headers={"If-Match": got.headers["ETag"]})
    assert resp.status_code == 200, f"PUT with the GET's ETag -> {resp.status_code}: {resp.text[:300]}"


def test_api_write_permissions_and_invalid_input(api, accounts):
    token = unique()
    body = collaboration_json(f"E2E rechten {token}")
    is_problem(api("POST", API, json=body), 401)
    is_problem(api("POST", API, "tafel_bestaat-niet-" + token, json=body), 401)
    is_problem(api("POST", API, accounts.reader_token, json=body), 403)
    assert api_total(api, f"q={token}&gearchiveerd=alle", accounts.admin_token) == 0, "a refused POST created a collaboration"

    bad = collaboration_json(f"E2E ongeldig {token}", status="gestopt",
                             deelnemers=[{"organisatie": ASSEN, "rol": "baas"}], einddatum="2019")
    problem = is_problem(api("POST", API, accounts.editor_token, json=bad), 400)
    names = {p.get("name") for p in problem.get("invalidParams", [])}
    for field in ("deelnemers[0].rol", "redenBeeindiging", "einddatum"):
        assert field in names, f"invalidParams do not name {field!r}: {problem.get('invalidParams')}"
    assert api_total(api, f"q={token}&gearchiveerd=alle", accounts.admin_token) == 0, "the invalid POST created a collaboration"


# ---------------------------------------------------------------- confidentiality: the canary crawl

HIDDEN_REFERENCE = "vertrouwelijk record"  # what a history shows instead of a record the reader may not see


def anonymous_views(public: str) -> list[tuple[str, str]]:
    """Everything a visitor can ask about the register and about one public collaboration: (path, Accept)."""
    return [
        (REGISTER, "text/html"),
        (f"{REGISTER}?gearchiveerd=alle&pageSize=100", "text/html"),
        (f"{REGISTER}.csv", "text/csv"),
        (f"{REGISTER}.csv?gearchiveerd=alle", "text/csv"),
        (f"{REGISTER}.json", "application/json"),
        (f"{REGISTER}.json?gearchiveerd=alle", "application/json"),
        (f"{REGISTER}/overzicht", "text/html"),
        ("/wgr-register", "text/html"),
        (f"/organisaties/{ASSEN}/samenwerkingen", "text/html"),
        (f"{API}?pageSize=100&sorteer=-gewijzigd", "application/json"),
        (API, "text/csv"),
        (f"{API}?gearchiveerd=alle", "text/csv"),
        (f"{API}.json", "application/json"),  # not every server has it: a 404 is fine
        (f"{REGISTER}/{public}", "text/html"),
        (f"{REGISTER}/{public}/geschiedenis", "text/html"),
        (f"{API}/{public}", "application/json"),
        (f"{API}/{public}/historie", "application/json"),
    ]


def crawl_for(http, url, public: str, canary: str) -> dict[str, str]:
    """Fetch every anonymous view; fail if one shows the canary. Returns path -> text of those that answered 200."""
    texts: dict[str, str] = {}
    for path, accept in anonymous_views(public):
        resp = http.get(url(path), headers={"Accept": accept}, timeout=30, allow_redirects=False)
        optional = path == f"{API}.json"
        assert resp.status_code == 200 or (optional and resp.status_code == 404), (
            f"a visitor's {path} (Accept {accept}) -> {resp.status_code}"
        )
        text = resp.content.decode("utf-8", "replace")
        assert canary not in text, f"a visitor's {path} (Accept {accept}) shows the hidden collaboration ({canary!r})"
        if resp.status_code == 200:
            texts[path] = text
    return texts


def test_hidden_collaborations_never_reach_visitors(http, url, api, accounts):
    # Ids are slugs of names, so a hidden id is a hidden name. The canary is in both.
    canary = unique()
    secret = f"geheime-fusie-{canary}"
    create_via_api(api, accounts.admin_token, f"Geheime fusie {canary}", id=secret, vertrouwelijkheid="intern")
    public = create_via_api(api, accounts.admin_token, f"E2E openbaar {unique()}", vertrouwelijkheid="openbaar",
                            gerelateerd=[{"samenwerking": secret, "relatie": "verwant_aan"}])["id"]
    own = api("GET", f"{API}/{public}", accounts.admin_token).json()
    assert secret in json.dumps(own.get("gerelateerd")), f"the relation to {secret} was not stored: {own.get('gerelateerd')}"
    is_problem(api("GET", f"{API}/{secret}"), 404)

    texts = crawl_for(http, url, public, canary)
    for path in (f"{REGISTER}/{public}/geschiedenis", f"{API}/{public}/historie"):
        assert HIDDEN_REFERENCE in texts[path], f"a visitor's {path} does not show the relation as {HIDDEN_REFERENCE!r}: {texts[path][:600]}"

    # The relation removed: the history keeps the old version, still without the hidden id.
    etag = api("GET", f"{API}/{public}", accounts.admin_token).headers.get("ETag")
    resp = api("PUT", f"{API}/{public}", accounts.admin_token, json=collaboration_json(own["naam"], vertrouwelijkheid="openbaar"),
               headers={"If-Match": etag})
    assert resp.status_code == 200, f"PUT {API}/{public} without the relation -> {resp.status_code}: {resp.text[:300]}"
    assert not api("GET", f"{API}/{public}", accounts.admin_token).json().get("gerelateerd"), "the PUT kept the relation"
    texts = crawl_for(http, url, public, canary)
    history = json.loads(texts[f"{API}/{public}/historie"])["resultaten"]
    assert len(history) >= 2, f"the history of {public} has {len(history)} entries after a create and a PUT"
    assert HIDDEN_REFERENCE in texts[f"{REGISTER}/{public}/geschiedenis"], "the history page lost the (hidden) relation's entry"
