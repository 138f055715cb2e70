"""WCAG 2.1 A + AA with axe-core in headless Chromium (Dutch law: EN 301 549).

Public pages as a visitor sees them, then the pages behind sign-in (signed in as
the e2e redacteur through the form on /inloggen) and the two forms in their
error state: a failed sign-in, and a document form the server sent back.
"""

from __future__ import annotations

import json
import os

import pytest
from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from helpers import (
    ADMIN_EMAIL,
    EDITOR_EMAIL,
    WRONG_CREDENTIALS,
    browser_fill,
    browser_form,
    browser_sign_in,
    browser_submit,
    load,
    path_of,
)

PAGES = [
    "/",
    "/organisaties",
    "/organisaties/gemeente-assen",
    "/samenwerkingen",
    "/samenwerkingen?gemeente=GM0106&status=actief&sorteer=-startdatum",
    "/samenwerkingen/vvbd",  # a demo collaboration with participants over time (figure.timeline svg)
    "/samenwerkingen/overzicht",
    "/wgr-register",
    "/organisaties/gemeente-assen/samenwerkingen",
    "/documenten",
    "/gremia",
    "/gremia/vdg-bo-gezondheid-welzijn",
    "/programmas/vdg-programma-gezondheid-en-welzijn",  # facts, a nested theme tree, tables
    "/overlegstructuur",  # the organisation charts (svg) with their lists and tables
    "/bijeenkomsten/kalender?maand=2020-11",  # the month view
    "/bijeenkomsten?gremium=provinciale-staten-drenthe&vanaf=2009",  # the list's selects and date fields
    "/overlegstructuur/controle?datum=2018-11-02",  # the structure check, with findings per rule
    "/toezeggingen",  # the register: filters, status as text with a sign
    "/toezeggingen/toezegging-2009-12-16-uitwerking-sociaal-domein",
    "/agenderingsverzoeken",  # the requests with their open questions
    "/beleidsproducten",  # consequences as a list in a table cell
    "/beleidsproducten/beleidsproduct-mijn-beweging",
    "/gezamenlijke-besluiten",
    "/gezamenlijke-besluiten?organisatie=gemeente-assen",  # the chosen organisation's column
    "/gezamenlijke-besluiten/besluit-werkagenda-zorg-2016",  # the coalition map (SVG), its legend and table
    "/standpunten",
    "/zoeken?q=toezeggingen",
    "/vertegenwoordiging",  # VNG committees, their members and achterban
    "/inzicht?datum=2012-06-01",  # Inzicht: map, bars, tables
    "/inzicht/gemeente-assen",  # Inzicht for one municipality
    "/inzicht/netwerk?datum=2012-06-01",  # the network drawing and matrix
    "/inzicht/opgaven?datum=2021-06-01",  # tasks and the tasks × municipalities matrix
    "/standpunten/standpunt-2020-een-ministerie-verantwoordelijk-bzk-regierol",
    "/agenderingsverzoeken/agenderingsverzoek-2012-pvda-samenwerking-sociaal-domein",  # questions per addressee
    "/toegankelijkheid",
    "/inloggen",
]

# Checked signed in as the e2e redacteur.
SIGNED_IN_PAGES = [
    "/account",
    "/documenten/nieuw",
    "/samenwerkingen/nieuw",
    "/samenwerkingen/importeren",
    "/bijeenkomsten/nieuw",
    "/gremia/nieuw",
    "/gremia/vdg-kerngroep-gezondheid-welzijn/bewerken",  # three members with their sources
    "/programmas/vdg-programma-gezondheid-en-welzijn/bewerken",  # theme rows, meeting rows, lists
    "/bijeenkomsten/bzk-drenthe-2020-11-13/bewerken",  # participants, a two-item agenda, recommendations
    "/bijeenkomsten/bzk-drenthe-2020-11-13/voorbereiding",
    "/programmas/vdg-programma-gezondheid-en-welzijn/verwijderen",  # the confirmation form
    "/gremia/provinciale-staten-drenthe/verwijderen",  # why it cannot go
    "/toezeggingen/nieuw",  # the commitment form
    "/agenderingsverzoeken/agenderingsverzoek-2012-pvda-samenwerking-sociaal-domein/bewerken",  # question and answer rows
    "/beleidsproducten/beleidsproduct-mijn-beweging/bewerken",  # role checkboxes, consequence rows
    "/gezamenlijke-besluiten/besluit-rud-drenthe-openbaar-lichaam/bewerken",  # a row per organisation
    "/standpunten/standpunt-2020-lange-adem-in-regeerakkoord/bewerken",
]

AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def axe_script() -> str:
    """axe-core to inject.

    axe-selenium-python 2.1.6 (the newest for Python < 3.12) bundles axe-core 3.1.1
    from 2018, which misses many WCAG 2.1 rules; selenium-axe-python bundles axe-core
    4.9.x. Use the newer file when it is installed, the bundled one otherwise.
    TAFEL_AXE_SCRIPT overrides both.
    """
    override = os.environ.get("TAFEL_AXE_SCRIPT")
    if override:
        return override
    try:
        import selenium_axe_python

        candidate = os.path.join(os.path.dirname(selenium_axe_python.__file__), "axe-core", "axe.min.js")
        if os.path.exists(candidate):
            return candidate
    except ImportError:
        pass
    from axe_selenium_python.axe import _DEFAULT_SCRIPT

    return _DEFAULT_SCRIPT


def describe(violations: list[dict]) -> str:
    lines = [f"{len(violations)} axe-core violation(s):"]
    for v in violations:
        lines.append(f"- {v['id']} [{v.get('impact')}]: {v['help']} ({v.get('helpUrl', '')})")
        for node in v.get("nodes", []):
            lines.append(f"    target: {json.dumps(node.get('target'))}")
            html = " ".join((node.get("html") or "").split())
            if html:
                lines.append(f"      html: {html[:200]}")
            summary = (node.get("failureSummary") or "").strip().replace("\n", " / ")
            if summary:
                lines.append(f"      why:  {summary[:300]}")
    return "\n".join(lines)


@pytest.mark.parametrize("path", PAGES)
def test_no_axe_violations(driver, http, url, path):
    status = http.get(url(path), timeout=15).status_code
    assert status == 200, f"GET {path} -> {status}"
    driver.get(url(path))
    WebDriverWait(driver, 15).until(lambda d: d.execute_script("return document.readyState") == "complete")
    check_axe(driver, path)


@pytest.mark.parametrize("path", SIGNED_IN_PAGES)
def test_no_axe_violations_signed_in(browser, url, accounts, path):
    browser_sign_in(browser, url, EDITOR_EMAIL, accounts.password)
    load(browser, url(path))
    assert path_of(browser.current_url) == path, f"signed in as the redacteur, {path} ended on {browser.current_url}"
    check_axe(browser, f"{path} (ingelogd)")


@pytest.mark.parametrize("path, says", [
    ("/overlegstructuur/controle?datum=2018-13", "is geen datum"),
    ("/samenwerkingen?status=actief&vanaf=2012-13", "Niet elk filter is te lezen"),
])
def test_no_axe_violations_on_a_400_page(driver, http, url, path, says):
    assert http.get(url(path), timeout=15).status_code == 400
    driver.get(url(path))
    WebDriverWait(driver, 15).until(lambda d: d.execute_script("return document.readyState") == "complete")
    assert says in driver.find_element(By.TAG_NAME, "body").text
    check_axe(driver, f"{path} (400)")


def test_no_axe_violations_failed_sign_in(browser, url):
    load(browser, url("/inloggen"))
    form = browser_form(browser, "wachtwoord")
    browser_fill(browser, form, "email", ADMIN_EMAIL)
    browser_fill(browser, form, "wachtwoord", "fout-wachtwoord-axe")
    browser_submit(browser, form)
    assert WRONG_CREDENTIALS in browser.find_element(By.TAG_NAME, "body").text, "the failed sign-in shows no message"
    check_axe(browser, "/inloggen (mislukt)")


def test_no_axe_violations_document_form_with_errors(browser, url, accounts):
    browser_sign_in(browser, url, EDITOR_EMAIL, accounts.password)
    load(browser, url("/documenten/nieuw"))
    form = browser_form(browser, "titel")
    # Let the server judge the input, as a browser without form validation would.
    browser.execute_script("arguments[0].noValidate = true;", form)
    browser_fill(browser, form, "titel", "")
    browser_fill(browser, form, "datum", "gisteren")
    browser_submit(browser, form)
    assert browser.find_elements(By.NAME, "titel"), f"the refused form did not come back: {browser.current_url}"
    assert browser.find_elements(By.CSS_SELECTOR, "[aria-invalid='true'], [role='alert']"), (
        "the refused form marks no field aria-invalid and has no role=alert message"
    )
    check_axe(browser, "/documenten/nieuw (met fouten)")


def test_no_axe_violations_collaboration_form_with_errors(browser, url, accounts):
    browser_sign_in(browser, url, EDITOR_EMAIL, accounts.password)
    load(browser, url("/samenwerkingen/nieuw"))
    form = browser_form(browser, "naam")
    browser.execute_script("arguments[0].noValidate = true;", form)
    browser_fill(browser, form, "naam", "")
    browser_fill(browser, form, "status", "gestopt")  # without redenBeeindiging
    browser_fill(browser, form, "startdatum", "ooit")
    browser_fill(browser, form, "deelnemers[0].organisatie", "gemeente-assen")
    browser_fill(browser, form, "deelnemers[0].rol", "trekker")
    browser_fill(browser, form, "deelnemers[0].vanaf", "gisteren")
    browser_submit(browser, form, "button[name=actie][value=opslaan]")
    assert browser.find_elements(By.NAME, "naam"), f"the refused form did not come back: {browser.current_url}"
    invalid = browser.find_elements(By.CSS_SELECTOR, "[aria-invalid='true']")
    assert len(invalid) >= 3 and browser.find_elements(By.CSS_SELECTOR, "[role='alert']"), (
        f"the refused form marks {len(invalid)} fields aria-invalid (expected naam, startdatum, redenBeeindiging, "
        "deelnemers[0].vanaf) or has no role=alert message"
    )
    check_axe(browser, "/samenwerkingen/nieuw (met fouten)")


def test_no_axe_violations_import_with_errors(browser, url, accounts, tmp_path):
    bad = tmp_path / "fout.csv"
    bad.write_text("id,naam,status\r\ne2e-axe-import,E2E axe import,bijna-klaar\r\n", encoding="utf-8")
    browser_sign_in(browser, url, EDITOR_EMAIL, accounts.password)
    load(browser, url("/samenwerkingen/importeren"))
    form = browser_form(browser, "bestand")
    form.find_element(By.NAME, "bestand").send_keys(str(bad))
    browser_submit(browser, form)
    alert = browser.find_elements(By.CSS_SELECTOR, "[role='alert']")
    assert alert and "regel 2" in alert[0].text, f"the refused upload shows no role=alert naming regel 2: {browser.current_url}"
    check_axe(browser, "/samenwerkingen/importeren (met fouten)")


def check_axe(driver, label: str) -> None:
    assert driver.execute_script("return document.body && document.body.innerText.length"), f"{label} is empty"

    axe = Axe(driver, script_url=axe_script())
    axe.inject()
    results = axe.run(options=json.dumps(AXE_OPTIONS))
    assert results, "axe.run returned nothing"
    assert results.get("passes") is not None, f"axe.run returned no result set: {str(results)[:300]}"

    violations = results["violations"]
    if violations:
        print(describe(violations))
    assert not violations, f"{label}: " + describe(violations)
