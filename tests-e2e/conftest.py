"""Shared fixtures for Tafel's end-to-end tests.

The tests drive a running `tafel serve`; scripts/test starts one and sets
TAFEL_BASE_URL. To run them by hand against your own server:

    TAFEL_BASE_URL=http://127.0.0.1:8080 tests-e2e/.venv/bin/pytest tests-e2e

The tests that sign in also need the e2e users (helpers.py names them) and
TAFEL_E2E_PASSWORD, TAFEL_E2E_ADMIN_TOKEN, TAFEL_E2E_EDITOR_TOKEN and
TAFEL_E2E_READER_TOKEN; scripts/test creates them with `tafel gebruiker
toevoegen ... --wachtwoord-stdin` and `tafel token maken` before it starts the
server. By hand, do the same against the database your server uses.

The concurrency, crash and backup tests (and a few others) do not use that shared
server: they start `tafel serve` processes of their own (IsolatedTafel in helpers.py),
each on a copy of a SQLite file made once with the CLI, so that they can kill -9 them
and do not spend the shared server's sign-in throttle. They need TAFEL_BIN (the tafel
binary; scripts/test sets it) and are skipped without it. The concurrency tests also run
on PostgreSQL (the `backend` fixture, parametrised there): on the database of
TAFEL_E2E_POSTGRES_URL, reset before each test (scripts/test sets it; without it those
cases are skipped). The shared server's /metrics token reaches pytest as
TAFEL_METRICS_TOKEN.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import pytest
import requests

from helpers import EDITOR_EMAIL, READER_EMAIL, IsolatedTafel, api_call, clear_browser, join_url, signed_in_session

CHROMIUM = os.environ.get("TAFEL_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("TAFEL_CHROMEDRIVER", "/usr/bin/chromedriver")


def pytest_collection_modifyitems(config, items):
    # The API fuzzer runs last, so that whatever it does to the data cannot
    # influence the browser and API checks.
    items.sort(key=lambda item: 1 if item.get_closest_marker("fuzz") else 0)


def required_env(name: str, why: str) -> str:
    """The value of an environment variable the run cannot do without; a clear failure otherwise."""
    value = os.environ.get(name)
    if not value:
        pytest.fail(f"{name} is not set: {why}", pytrace=False)
    return value


@pytest.fixture(scope="session")
def base_url() -> str:
    return required_env("TAFEL_BASE_URL", "start `tafel serve` and point TAFEL_BASE_URL at it (scripts/test does both)").rstrip("/")


@pytest.fixture(scope="session")
def url(base_url):
    """url('/pad') -> absolute URL on the server under test."""

    def make(path: str) -> str:
        return join_url(base_url, path)

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
def api(base_url):
    """api(method, path, token=None, **requests_kwargs): one API call, no redirects followed."""

    def call(method: str, path: str, token: str | None = None, **kwargs):
        return api_call(base_url, method, path, token, **kwargs)

    return call


@pytest.fixture(scope="session")
def metrics_token() -> str:
    return required_env("TAFEL_METRICS_TOKEN", "/metrics is served only with that bearer token; scripts/test starts "
                        "the server with a random one and hands it to pytest")


# ---------------------------------------------------------------- servers of a test's own


@pytest.fixture(scope="session")
def tafel_bin() -> str:
    path = os.environ.get("TAFEL_BIN")
    if not path:
        pytest.skip("TAFEL_BIN is not set: this test starts tafel serve processes of its own (scripts/test sets it)")
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        pytest.fail(f"TAFEL_BIN={path} is not an executable file", pytrace=False)
    return path


@pytest.fixture(scope="session")
def isolated_template(tafel_bin, tmp_path_factory) -> IsolatedTafel:
    """A SQLite file with the demo data and the e2e beheerder and redacteur with API tokens, made
    once with the CLI (tafel demo, gebruiker toevoegen, token maken); isolated servers copy it."""
    template = IsolatedTafel(tafel_bin, tmp_path_factory.mktemp("sjabloon"))
    template.prepare()
    return template


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """TAFEL_E2E_POSTGRES_URL: a PostgreSQL database that the isolated servers of the "postgres"
    backend may empty and refill (scripts/test makes tafel_e2e in its throwaway cluster)."""
    url = os.environ.get("TAFEL_E2E_POSTGRES_URL")
    if not url:
        pytest.skip("TAFEL_E2E_POSTGRES_URL is not set: the PostgreSQL round needs a database it may empty "
                    "(scripts/test makes one in its throwaway cluster)")
    return url


@pytest.fixture(scope="session")
def isolated_postgres_template(tafel_bin, postgres_url, tmp_path_factory) -> IsolatedTafel:
    """The PostgreSQL database of TAFEL_E2E_POSTGRES_URL, prepared like isolated_template (the demo
    data replacing what it held, the e2e beheerder and redacteur with API tokens); each test's
    isolated server resets it first (IsolatedTafel.reset), as the tests run one at a time."""
    template = IsolatedTafel(tafel_bin, tmp_path_factory.mktemp("sjabloon-postgres"), database=postgres_url)
    template.prepare()
    return template


@pytest.fixture
def backend(request) -> str:
    """The database of the test's isolated servers: "sqlite", unless the test module parametrises
    this fixture (indirect) over helpers.BACKENDS, as test_concurrency.py does."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def isolated(request, backend, tafel_bin, tmp_path):
    """isolated(name="tafel", env=None, serve=True, copy=True) -> an IsolatedTafel of this test's own
    in tmp_path/name, on `backend`: on SQLite a copy of isolated_template's database (copy=False: no
    database file yet); on PostgreSQL the database of isolated_postgres_template, reset to the demo
    data and its users (one per test; copy=False is SQLite only). Served (serve=True) with
    TAFEL_CACHE_SECONDS=0 plus env. Every one is stopped after the test."""
    template_fixture = {"sqlite": "isolated_template", "postgres": "isolated_postgres_template"}[backend]
    template: IsolatedTafel = request.getfixturevalue(template_fixture)
    made: list[IsolatedTafel] = []

    def make(name: str = "tafel", env: dict[str, str] | None = None, serve: bool = True, copy: bool = True) -> IsolatedTafel:
        directory = tmp_path / name
        if copy:
            assert not (backend == "postgres" and made), "one PostgreSQL isolated server per test: they would share its database"
            server = template.copy_to(directory, env)
        else:
            assert backend == "sqlite", "copy=False (a database that does not exist yet) is SQLite only"
            server = IsolatedTafel(tafel_bin, directory, env)
        made.append(server)
        if serve:
            server.start()
        return server

    yield make
    for server in made:
        server.stop()
