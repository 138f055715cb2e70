"""Shared fixtures for Tafel's end-to-end tests.

The tests drive a running `tafel serve`; scripts/test starts one and sets
TAFEL_BASE_URL. To run them by hand against your own server:

    TAFEL_BASE_URL=http://127.0.0.1:8080 tests-e2e/.venv/bin/pytest tests-e2e
"""

from __future__ import annotations

import os
from urllib.parse import urljoin

import pytest
import requests

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
