"""Shared fixtures for Tafel's end-to-end tests.

The tests drive a running `tafel serve`; scripts/test starts one and sets
TAFEL_BASE_URL. To run them by hand against your own server:

    TAFEL_BASE_URL=http://127.0.0.1:8080 tests-e2e/.venv/bin/pytest tests-e2e

The tests that sign in also need the e2e users (helpers.py names them) and
TAFEL_E2E_PASSWORD, TAFEL_E2E_ADMIN_TOKEN, TAFEL_E2E_EDITOR_TOKEN and
TAFEL_E2E_READER_TOKEN; scripts/test creates them with `tafel gebruiker
toevoegen ... --wachtwoord-stdin` and `tafel token maken` before it starts the
server. By hand, do the same against the database your server uses.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import urljoin

import pytest
import requests

from helpers import EDITOR_EMAIL, READER_EMAIL, clear_browser, signed_in_session

CHROMIUM = os.environ.get("TAFEL_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("TAFEL_CHROMEDRIVER", "/usr/bin/chromedriver")


def pytest_collection_modifyitems(config, items):
    # The API fuzzer runs last, so that whatever it does to the data cannot
    # influence the browser and API checks.
    items.sort(key=lambda item: 1 if item.get_closest_marker("fuzz") else 0)


@pytest.fixture(scope="session")
def base_url() -> str:
    url = os.environ.get("TAFEL_BASE_URL")
    if not url:
        pytest.fail(
            "TAFEL_BASE_URL is not set: start `tafel serve` and point TAFEL_BASE_URL at it "
            "(scripts/test does both)",
            pytrace=False,
        )
    return url.rstrip("/")


@pytest.fixture(scope="session")
def url(base_url):
    """url('/pad') -> absolute URL on the server under test."""

    def make(path: str) -> str:
        return urljoin(base_url + "/", path.lstrip("/"))

    return make


@dataclass(frozen=True)
class Accounts:
    password: str  # of every e2e user
    admin_token: str
    editor_token: str
    reader_token: str


ACCOUNT_VARIABLES = ("TAFEL_E2E_PASSWORD", "TAFEL_E2E_ADMIN_TOKEN", "TAFEL_E2E_EDITOR_TOKEN", "TAFEL_E2E_READER_TOKEN")


@pytest.fixture(scope="session")
def accounts() -> Accounts:
    missing = [name for name in ACCOUNT_VARIABLES if not os.environ.get(name)]
    if missing:
        pytest.fail(
            f"{', '.join(missing)} not set: these tests sign in as the e2e users, which scripts/test creates "
            "with `tafel gebruiker toevoegen` and `tafel token maken` (see conftest.py)",
            pytrace=False,
        )
    return Accounts(*(os.environ[name] for name in ACCOUNT_VARIABLES))


@pytest.fixture(scope="session")
def http() -> requests.Session:
    session = requests.Session()
    yield session
    session.close()


@pytest.fixture(scope="session")
def driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    for path in (CHROMIUM, CHROMEDRIVER):
        if not os.path.exists(path):
            pytest.fail(f"{path} is missing: install Debian's chromium and chromium-driver", pytrace=False)

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1280,900",
        "--lang=nl-NL",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-extensions",
    ):
        options.add_argument(arg)
    service = Service(executable_path=CHROMEDRIVER)
    drv = webdriver.Chrome(service=service, options=options)
    drv.set_window_size(1280, 900)
    drv.set_page_load_timeout(30)
    drv.set_script_timeout(60)  # axe.run is an async script
    yield drv
    drv.quit()


@pytest.fixture
def browser(driver):
    """The shared browser, signed out (no cookies) before and after the test."""
    clear_browser(driver)
    yield driver
    clear_browser(driver)


@pytest.fixture(scope="module")
def editor_web(url, accounts):
    """A requests session signed in as the editor without scope (one per test module)."""
    session = signed_in_session(url, EDITOR_EMAIL, accounts.password)
    yield session
    session.close()


@pytest.fixture(scope="module")
def reader_web(url, accounts):
    """A requests session signed in as the reader, member of READER_ORGANISATION."""
    session = signed_in_session(url, READER_EMAIL, accounts.password)
    yield session
    session.close()


@pytest.fixture
def api(url):
    """api(method, path, token=None, **requests_kwargs): one API call, no redirects followed."""

    def call(method: str, path: str, token: str | None = None, **kwargs):
        headers = {"Accept": "application/json", **kwargs.pop("headers", {})}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        return requests.request(method, url(path), headers=headers, timeout=30, allow_redirects=False, **kwargs)

    return call
