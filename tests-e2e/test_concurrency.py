"""Many writers at once (issue 9), each test on a `tafel serve` of its own, on SQLite and on PostgreSQL.

For K = 2, 3, 8 and 32 requests released together by a barrier (helpers.at_once): creates,
creates of one id, PUTs of one version, and uploads of register files; then an editor
saving while visitors type wrong passwords, and the sign-in throttle under parallel
attempts. Every request must be answered within helpers.ANSWER_WITHIN seconds and never
with a 500; a write may answer 503 with Retry-After where the database was busy (allowed
where the test says so); /readyz must be 200 afterwards. Versioned writes have exactly one
winner and the history no version twice.

The servers are started by the `isolated` fixture (conftest.py), once per backend
(helpers.BACKENDS, through the `backend` fixture): on SQLite on a copy of a database made
once with the CLI; on PostgreSQL on the database of TAFEL_E2E_POSTGRES_URL, prepared the
same way and reset before each test (the demo data reloaded, no sign-in attempts). They need
TAFEL_BIN and are skipped without it; the PostgreSQL cases are skipped without
TAFEL_E2E_POSTGRES_URL. Nothing here touches the shared e2e server.
"""

from __future__ import annotations

from collections import Counter
from functools import partial

import pytest
import requests

from helpers import (
    ANSWER_WITHIN,
    BACKENDS,
    EDITOR_EMAIL,
    REGISTER_API,
    TOO_MANY_ATTEMPTS,
    assert_answered,
    at_once,
    collaboration_json,
    page_lines,
    register_csv,
    sign_in_form,
    signed_in_session,
    unique,
    upload_form,
)

pytestmark = pytest.mark.parametrize("backend", BACKENDS, indirect=True)

ROUNDS = (2, 3, 8, 32)
BUSY_FROM = 32  # from this many simultaneous writes on, 503 with Retry-After is an acceptable answer


def assert_healthy(server) -> None:
    assert server.running, f"the server died; its log:\n{server.log_tail()}"
    status = server.ready()
    assert status == 200, f"/readyz after the round -> {status}; the server's log:\n{server.log_tail()}"


def municipalities(server) -> list[str]:
    resp = server.api("GET", "/api/v1/organisaties?soort=gemeente&pageSize=100")
    assert resp.status_code == 200, f"GET /api/v1/organisaties?soort=gemeente -> {resp.status_code}"
    return [item["id"] for item in resp.json()["resultaten"]]


def versions_in_history(server, collaboration: str) -> list[int]:
    resp = server.api("GET", f"{REGISTER_API}/{collaboration}/historie?pageSize=100")
    assert resp.status_code == 200, f"GET {REGISTER_API}/{collaboration}/historie -> {resp.status_code}: {resp.text[:300]}"
    return [entry["versie"] for entry in resp.json()["resultaten"]]


def post(server, body: dict):
    return partial(server.api, "POST", REGISTER_API, server.editor_token, json=body, timeout=ANSWER_WITHIN)


@pytest.mark.parametrize("k", ROUNDS)
def test_simultaneous_creates(isolated, k):
    server = isolated()
    token = unique()
    answers = at_once([(f"POST {i}", post(server, collaboration_json(f"E2E tegelijk {token} {i}"))) for i in range(k)])
    assert_answered(answers, {201}, busy_allowed=k >= BUSY_FROM)
    created = [a.response.json()["id"] for a in answers if a.status == 201]
    assert created, "no create succeeded: " + "; ".join(map(str, answers))
    assert len(set(created)) == len(created), f"two creates got the same id: {created}"
    for collaboration in created:
        got = server.api("GET", f"{REGISTER_API}/{collaboration}")
        assert got.status_code == 200 and got.headers.get("ETag") == '"1"', f"{collaboration} after its 201: {got.status_code}"
    assert_healthy(server)


@pytest.mark.parametrize("k", ROUNDS)
def test_simultaneous_creates_of_one_id(isolated, k):
    server = isolated()
    token = unique()
    collaboration = f"e2e-een-id-{token}"
    answers = at_once([(f"POST {i}", post(server, collaboration_json(f"E2E een id {token} {i}", id=collaboration)))
                       for i in range(k)])
    assert_answered(answers, {201, 409, 400}, busy_allowed=k >= BUSY_FROM)
    winners = [a for a in answers if a.status == 201]
    assert len(winners) == 1, f"{len(winners)} creates of one id got 201: " + "; ".join(map(str, answers))
    stored = server.api("GET", f"{REGISTER_API}/{collaboration}").json()
    assert stored["naam"] == winners[0].response.json()["naam"], "the stored collaboration is not the one that got 201"
    assert_healthy(server)


@pytest.mark.parametrize("k", ROUNDS)
def test_simultaneous_updates_of_one_version(isolated, k):
    server = isolated()
    token = unique()
    resp = server.api("POST", REGISTER_API, server.editor_token, json=collaboration_json(f"E2E versie {token}"))
    assert resp.status_code == 201, f"POST {REGISTER_API} -> {resp.status_code}: {resp.text[:300]}"
    collaboration, etag = resp.json()["id"], resp.headers.get("ETag")
    path = f"{REGISTER_API}/{collaboration}"
    # Each PUT has its own name and its own participant, so a mix of two would show.
    towns = municipalities(server)
    bodies = [collaboration_json(f"E2E versie {token} door {i}", deelnemers=[{"organisatie": towns[i % len(towns)], "rol": "deelnemer"}])
              for i in range(k)]
    answers = at_once([(f"PUT {i}", partial(server.api, "PUT", path, server.editor_token, json=body,
                                            headers={"If-Match": etag}, timeout=ANSWER_WITHIN)) for i, body in enumerate(bodies)])
    assert_answered(answers, {200, 412}, busy_allowed=True)
    winners = [i for i, a in enumerate(answers) if a.status == 200]
    assert len(winners) == 1, f"{len(winners)} PUTs with If-Match {etag} got 200: " + "; ".join(map(str, answers))
    winner = answers[winners[0]].response
    assert winner.headers.get("ETag") == '"2"', f"the winning PUT's ETag is {winner.headers.get('ETag')!r}, expected \"2\""

    stored = server.api("GET", path)
    assert stored.headers.get("ETag") == '"2"', f"after one winning PUT the ETag is {stored.headers.get('ETag')!r}"
    body = stored.json()
    expected = bodies[winners[0]]
    assert body["naam"] == expected["naam"], f"stored naam {body['naam']!r}, but {expected['naam']!r} won"
    assert [d["organisatie"]["id"] for d in body["deelnemers"]] == [expected["deelnemers"][0]["organisatie"]], (
        f"the stored participants {body['deelnemers']} are not the winner's (a mix of two PUTs)"
    )
    versions = versions_in_history(server, collaboration)
    assert len(versions) == len(set(versions)), f"the history has a version twice: {versions}"
    assert sorted(versions) == [1, 2], f"the history holds versions {versions} after a create and one winning PUT"
    assert_healthy(server)


@pytest.mark.parametrize("k", ROUNDS)
def test_simultaneous_uploads(isolated, k):
    server = isolated()
    session = signed_in_session(server.url, EDITOR_EMAIL, server.password)
    action, data = upload_form(session, server.url, dry_run=False)
    cookies = session.cookies.get_dict()
    files = [register_csv(unique()) for _ in range(k)]
    answers = at_once([
        (f"upload {i}", partial(requests.post, action, data=data, files={"bestand": (name, content, "text/csv")},
                                cookies=cookies, timeout=ANSWER_WITHIN, allow_redirects=False))
        for i, (name, content, _ids) in enumerate(files)
    ])
    assert_answered(answers, {200}, busy_allowed=True)
    for answer, (_name, _content, ids) in zip(answers, files):
        if answer.status != 200:
            continue
        assert "Geïmporteerd: 2 nieuw" in page_lines(answer.response), f"{answer}: {page_lines(answer.response)[:400]}"
        for collaboration in ids:
            assert server.api("GET", f"{REGISTER_API}/{collaboration}").status_code == 200, f"{answer}: {collaboration} is missing"
    assert any(a.status == 200 for a in answers), "no upload got through: " + "; ".join(map(str, answers))
    assert_healthy(server)
    session.close()


def test_editor_saves_while_visitors_sign_in_wrongly(isolated):
    # Each failed sign-in is a write (the throttle's record): the deadlock in one picture.
    server = isolated()
    resp = server.api("POST", REGISTER_API, server.editor_token, json=collaboration_json(f"E2E druk {unique()}"))
    assert resp.status_code == 201, f"POST {REGISTER_API} -> {resp.status_code}: {resp.text[:300]}"
    path = f"{REGISTER_API}/{resp.json()['id']}"
    for round_ in range(3):  # 12 failures from 127.0.0.1, under the 20 per address
        etag = server.api("GET", path).headers.get("ETag")
        visitors = [requests.Session() for _ in range(4)]
        forms = [sign_in_form(v, server.url, f"onbekend-{unique()[:12]}@e2e.test", f"fout-{unique()}") for v in visitors]
        calls = [("editor PUT", partial(server.api, "PUT", path, server.editor_token, headers={"If-Match": etag},
                                        json=collaboration_json(f"E2E druk ronde {round_}"), timeout=ANSWER_WITHIN))]
        calls += [(f"visitor {i}", partial(v.post, action, data=data, timeout=ANSWER_WITHIN, allow_redirects=False))
                  for i, (v, (action, data)) in enumerate(zip(visitors, forms))]
        answers = at_once(calls)
        assert_answered(answers[:1], {200}, busy_allowed=True)
        assert_answered(answers[1:], {401, 429})
        for v in visitors:
            v.close()
        assert_healthy(server)


def test_sign_in_throttle_holds_under_parallel_attempts(isolated):
    # The limit is 5 failures per account in 15 minutes; 8 at once must not slip past it.
    server = isolated(serve=False)
    email = f"drempel-{unique()[:12]}@e2e.test"
    server.add_user(email, "E2E Drempel", "lezer", server.password)
    server.start()
    visitors = [requests.Session() for _ in range(8)]
    forms = [sign_in_form(v, server.url, email, f"fout-{unique()}") for v in visitors]
    answers = at_once([(f"attempt {i}", partial(v.post, action, data=data, timeout=ANSWER_WITHIN, allow_redirects=False))
                       for i, (v, (action, data)) in enumerate(zip(visitors, forms))])
    assert_answered(answers, {401, 429})
    counted = Counter(a.status for a in answers)
    assert counted == Counter({401: 5, 429: 3}), f"8 parallel wrong passwords: {dict(counted)}, expected 5 × 401 and 3 × 429"
    assert all(TOO_MANY_ATTEMPTS in a.response.text for a in answers if a.status == 429)
    with requests.Session() as s:
        action, data = sign_in_form(s, server.url, email, server.password)
        resp = s.post(action, data=data, timeout=ANSWER_WITHIN, allow_redirects=False)
        assert resp.status_code == 429, f"the right password after 5 failures -> {resp.status_code}, expected 429"
    for v in visitors:
        v.close()
    assert_healthy(server)
