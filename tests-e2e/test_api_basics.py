"""The JSON API and the operational endpoints over plain HTTP (NL API Design Rules)."""

from __future__ import annotations

import re

import pytest
import requests

from helpers import invalid_params, is_problem

SEMVER = re.compile(r"^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$")
DUTCH_WORDS = ("niet", "gevonden", "bestaat", "onbekend", "geen")


def assert_problem(resp, status: int):
    body = is_problem(resp, status)
    for key in ("title", "detail"):
        assert key in body, f"{resp.url}: problem+json has no {key!r}: {body}"
    return body


def invalid_param_names(body) -> set[str]:
    return set(invalid_params(body))


def test_openapi_document(http, url):
    resp = http.get(url("/api/v1/openapi.json"), timeout=10)
    assert resp.status_code == 200
    assert resp.headers.get("Access-Control-Allow-Origin") == "*", "openapi.json needs Access-Control-Allow-Origin: *"
    assert resp.headers.get("Content-Type", "").split(";")[0].strip() == "application/json"
    doc = resp.json()
    assert "openapi" in doc, "openapi.json has no 'openapi' key"
    assert str(doc["openapi"]).startswith("3."), doc["openapi"]
    assert doc.get("paths"), "openapi.json has no paths"


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/openapi.json",
        "/api/v1/organisaties",
        "/api/v1/organisaties?soort=gemeente",
        "/api/v1/organisaties/gemeente-assen",
        "/api/v1/organisaties?page=0",
        "/api/v1/organisaties/bestaat-niet",
        "/api/v1/organisaties/",
        "/api/v1/bestaat-niet",
    ],
)
def test_every_api_response_has_api_version(http, url, path):
    resp = http.get(url(path), timeout=10, allow_redirects=False)
    version = resp.headers.get("API-Version")
    assert version, f"GET {path} ({resp.status_code}) has no API-Version header"
    assert SEMVER.match(version), f"API-Version {version!r} is not a full semantic version"


def test_municipalities_of_drenthe(http, url):
    resp = http.get(url("/api/v1/organisaties?soort=gemeente"), timeout=10)
    assert resp.status_code == 200, resp.text[:300]
    assert resp.json().get("totaal") == 12, f"expected totaal 12: {resp.text[:300]}"


def test_organisation_detail(http, url):
    resp = http.get(url("/api/v1/organisaties/gemeente-assen"), timeout=10)
    assert resp.status_code == 200, resp.text[:300]
    body = resp.json()
    assert body.get("id") == "gemeente-assen"
    assert body.get("cbsCode") == "GM0106"
    assert body.get("tooiUri") == "https://identifier.overheid.nl/tooi/id/gemeente/gm0106"


def test_page_zero_is_invalid(http, url):
    body = assert_problem(http.get(url("/api/v1/organisaties?page=0"), timeout=10), 400)
    assert "page" in invalid_param_names(body), body


def test_page_size_over_100_is_invalid(http, url):
    body = assert_problem(http.get(url("/api/v1/organisaties?pageSize=101"), timeout=10), 400)
    assert "pageSize" in invalid_param_names(body), body


def test_unknown_organisation_is_404_in_dutch(http, url):
    body = assert_problem(http.get(url("/api/v1/organisaties/bestaat-niet"), timeout=10), 404)
    text = f"{body.get('title', '')} {body.get('detail', '')}".lower()
    assert any(word in text for word in DUTCH_WORDS), f"404 problem is not in Dutch: {body}"


def test_trailing_slash_is_404_not_a_redirect(http, url):
    resp = http.get(url("/api/v1/organisaties/"), timeout=10, allow_redirects=False)
    assert resp.status_code == 404, f"/api/v1/organisaties/ -> {resp.status_code} (Location: {resp.headers.get('Location')})"


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_health(http, url, path):
    resp = http.get(url(path), timeout=10)
    assert resp.status_code == 200, f"{path} -> {resp.status_code}"


def test_metrics_are_prometheus_text(http, url, metrics_token):
    http.get(url("/"), timeout=10)  # make sure at least one request was counted
    resp = http.get(url("/metrics"), headers={"Authorization": f"Bearer {metrics_token}"}, timeout=10)
    assert resp.status_code == 200, f"/metrics with the bearer TAFEL_METRICS_TOKEN -> {resp.status_code}: {resp.text[:200]}"
    ctype = resp.headers.get("Content-Type", "")
    assert ctype.startswith("text/plain"), f"/metrics Content-Type {ctype!r}, expected text/plain (Prometheus text format)"
    lines = [line for line in resp.text.splitlines() if line.strip()]
    assert any(line.startswith("# TYPE ") for line in lines), "no '# TYPE' lines in /metrics"
    sample = re.compile(r"^[a-zA-Z_:][a-zA-Z0-9_:]*(\{.*\})? ([+-]?Inf|NaN|[-+0-9.eE]+)( -?[0-9]+)?$")
    bad = [line for line in lines if not line.startswith("#") and not sample.match(line)]
    assert not bad, f"lines that are not Prometheus samples: {bad[:5]}"


@pytest.mark.parametrize("authorization", [None, "Bearer fout-token-0123456789abcdef", "Basic ZTJlOmUyZQ==", "Bearer "])
def test_metrics_need_the_token(http, url, metrics_token, authorization):
    # Per-route counts and sign-in outcomes are for the operators' Prometheus, not the public;
    # what Prometheus just got must not reach a caller without the token (say from a cache).
    scraped = http.get(url("/metrics"), headers={"Authorization": f"Bearer {metrics_token}"}, timeout=10)
    assert scraped.status_code == 200, f"/metrics with the token -> {scraped.status_code}"
    headers = {"Authorization": authorization} if authorization is not None else {}
    resp = http.get(url("/metrics"), headers=headers, timeout=10)
    assert resp.status_code == 401, (
        f"/metrics with Authorization {authorization!r} -> {resp.status_code}, expected 401"
        f" (X-Tafel-Cache: {resp.headers.get('X-Tafel-Cache')})"
    )
    assert "# TYPE" not in resp.text, "a refused /metrics still shows the metrics"
    assert metrics_token not in resp.text


def test_metrics_are_off_without_a_configured_token(isolated):
    server = isolated(name="zonder-metrics")  # no TAFEL_METRICS_TOKEN in its environment
    for headers in ({}, {"Authorization": "Bearer fout-token-0123456789abcdef"}):
        resp = requests.get(server.url("/metrics"), headers=headers, timeout=10)
        assert resp.status_code == 404, f"/metrics without TAFEL_METRICS_TOKEN set (headers {headers}) -> {resp.status_code}, expected 404"


@pytest.mark.parametrize("path", ["/", "/organisaties", "/api/v1/organisaties", "/api/v1/openapi.json", "/api/v1/organisaties/bestaat-niet"])
def test_security_headers(http, url, path):
    resp = http.get(url(path), timeout=10)
    h = resp.headers
    assert h.get("X-Content-Type-Options", "").lower() == "nosniff", f"{path}: X-Content-Type-Options {h.get('X-Content-Type-Options')!r}"
    assert h.get("X-Frame-Options", "").upper() == "DENY", f"{path}: X-Frame-Options {h.get('X-Frame-Options')!r}"
    csp = h.get("Content-Security-Policy", "")
    assert "frame-ancestors 'none'" in csp, f"{path}: Content-Security-Policy {csp!r} lacks frame-ancestors 'none'"


@pytest.mark.parametrize("path", ["/api/v1/organisaties", "/api/v1/organisaties/gemeente-assen"])
def test_api_is_not_cached(http, url, path):
    # NL API Design Rules /core/transport/security-headers: Cache-Control: no-store on the API.
    resp = http.get(url(path), timeout=10)
    assert "no-store" in resp.headers.get("Cache-Control", ""), f"{path}: Cache-Control {resp.headers.get('Cache-Control')!r}"
