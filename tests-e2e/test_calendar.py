"""The iCalendar feeds (RFC 5545), parsed and checked with the icalendar package."""

from __future__ import annotations

import datetime

import pytest
from icalendar import Calendar

FEEDS = [
    "/bijeenkomsten.ics",
    "/gremia/provinciale-staten-drenthe/bijeenkomsten.ics",
    "/personen/karel-loohuis/bijeenkomsten.ics",
    "/toezeggingen.ics",  # the commitments' deadlines, all-day on their last day
]


@pytest.mark.parametrize("path", FEEDS)
def test_feed_is_valid_icalendar(http, url, path):
    resp = http.get(url(path), timeout=15)
    assert resp.status_code == 200, f"GET {path} -> {resp.status_code}"
    assert resp.headers["Content-Type"] == "text/calendar; charset=utf-8"
    raw = resp.content
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75, f"{path}: a line longer than 75 octets: {line[:80]!r}"
        assert b"\n" not in line, f"{path}: a bare LF"
    calendar = Calendar.from_ical(raw)
    assert calendar["VERSION"] == "2.0"
    assert calendar.get("PRODID")
    timezones = [component for component in calendar.walk("VTIMEZONE")]
    assert [str(tz["TZID"]) for tz in timezones] == ["Europe/Amsterdam"]
    uids = set()
    for event in calendar.walk("VEVENT"):
        uid = str(event["UID"])
        assert uid not in uids, f"{path}: UID {uid} twice"
        uids.add(uid)
        assert event.get("DTSTAMP") is not None and event.get("SUMMARY")
        start = event.decoded("DTSTART")
        assert isinstance(start, (datetime.date, datetime.datetime))
        assert str(event["STATUS"]) in {"CONFIRMED", "CANCELLED"}


def test_all_meetings_feed_holds_the_seed_meetings_with_a_day(http, url):
    calendar = Calendar.from_ical(http.get(url("/bijeenkomsten.ics"), timeout=15).content)
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    meeting = events["bijeenkomst-bzk-drenthe-2020-11-13@tafel"]
    assert meeting.decoded("DTSTART") == datetime.date(2020, 11, 13)
    assert "bijeenkomst-statenvergadering-2009-12-16@tafel" in events
    # A meeting known only by its month is not an event of any day.
    assert "bijeenkomst-bestuurlijk-overleg-vdg-gs-2012-01@tafel" not in events


def test_unknown_body_feed_is_404(http, url):
    assert http.get(url("/gremia/bestaat-niet/bijeenkomsten.ics"), timeout=15).status_code == 404


def test_commitment_deadlines_fall_on_their_last_day(http, url):
    calendar = Calendar.from_ical(http.get(url("/toezeggingen.ics"), timeout=15).content)
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    promised = events["toezegging-toezegging-2009-12-16-uitwerking-sociaal-domein@tafel"]
    assert promised.decoded("DTSTART") == datetime.date(2010, 1, 15)
    assert "Status: Voldaan" in str(promised["DESCRIPTION"])
    assert events["toezegging-toezegging-2010-01-14-implementatievoorstellen@tafel"].decoded("DTSTART") == datetime.date(2010, 12, 31)
