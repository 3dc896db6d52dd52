"""The iCalendar writer and the reminder calendar, checked by a strict reader written here."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from policydesk.domain.errors import ErrorCode, UserFacingError
from policydesk.domain.languages import Language
from policydesk.export.ics import CalendarEvent, calendar_bytes, escape_text, fold
from policydesk.services.reminders import ReminderKind, ReminderService
from policydesk.services.workspace import Workspace
from policydesk.storage.schema import ReviewMeeting

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Europe/Stockholm"))
TODAY = NOW.date()
HOSTILE = (
    "Beslut; a,b \\ c\r\nEND:VEVENT\nBEGIN:VCALENDAR\r\x00\x1b\x7f år ș ț ă 🎉\ud800 "
    + "ÅÄÖ;,\\\n" * 250
)


# ---------------------------------------------------------------------------- strict reader


def _unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m[1] in "nN" else m[1], value)


def parse(data: bytes) -> list[dict[str, object]]:
    """Read a calendar strictly; return every component as {name, props, children}."""
    text = data.decode("utf-8")
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", ""), "bare LF"
    assert "\r" not in text.replace("\r\n", ""), "bare CR"
    physical = text[:-2].split("\r\n")
    for line in physical:
        assert len(line.encode("utf-8")) <= 75, line
        assert line, "empty line"
    logical: list[str] = []
    for line in physical:
        if line[0] in " \t":
            assert logical, "continuation first"
            logical[-1] += line[1:]
        else:
            logical.append(line)
    root: dict[str, object] = {"name": "", "props": [], "children": []}
    stack = [root]
    for line in logical:
        match = re.fullmatch(r"([A-Z][A-Z0-9-]*)((?:;[A-Z-]+=[^:;]+)*):(.*)", line, re.S)
        assert match, line
        name, params, value = match.groups()
        if name == "BEGIN":
            node: dict[str, object] = {"name": value, "props": [], "children": []}
            children = stack[-1]["children"]
            assert isinstance(children, list)
            children.append(node)
            stack.append(node)
        elif name == "END":
            assert stack[-1]["name"] == value, f"END:{value} closes {stack[-1]['name']}"
            stack.pop()
        else:
            assert re.fullmatch(r"[^\x00-\x08\x0a-\x1f\x7f]*", value), repr(value)
            props = stack[-1]["props"]
            assert isinstance(props, list)
            props.append((name, params, value))
    assert len(stack) == 1, "unbalanced BEGIN/END"
    children = root["children"]
    assert isinstance(children, list)
    assert len(children) == 1
    calendar = children[0]
    assert calendar["name"] == "VCALENDAR"
    _require(calendar, "VERSION", "PRODID")
    assert _prop(calendar, "VERSION") == "2.0"
    assert _prop(calendar, "PRODID") == "-//PolicyDesk//EN"
    events = [c for c in calendar["children"] if c["name"] == "VEVENT"]
    for event in events:
        _require(event, "UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY")
        assert re.fullmatch(r"\d{8}T\d{6}Z", _prop(event, "DTSTAMP"))
        for key in ("DTSTART", "DTEND"):
            assert next(p for p in event["props"] if p[0] == key)[1] == ";VALUE=DATE"
            assert re.fullmatch(r"\d{8}", _prop(event, key))
        for alarm in event["children"]:
            assert alarm["name"] == "VALARM"
            _require(alarm, "ACTION", "TRIGGER", "DESCRIPTION")
    return events


def _require(component: dict[str, object], *names: str) -> None:
    props = component["props"]
    assert isinstance(props, list)
    found = [p[0] for p in props]
    for name in names:
        assert found.count(name) == 1, f"{component['name']} needs one {name}"


def _prop(component: dict[str, object], name: str) -> str:
    props = component["props"]
    assert isinstance(props, list)
    return str(next(p[2] for p in props if p[0] == name))


def _text(component: dict[str, object], name: str) -> str:
    return _unescape(_prop(component, name))


# ---------------------------------------------------------------------------- the writer


@pytest.mark.parametrize(
    "text",
    [
        "Ålands ärenden, öppet; ș ț ă î â",
        "🎉" * 100,
        "x" + "ș" * 500,
        ("Decizii; a, b \\ c\nnext line " * 80)[:2000],
        "",
    ],
)
def test_folding_and_escaping_round_trip(text: str) -> None:
    event = CalendarEvent("a@b", date(2026, 1, 2), text, description=text)
    [found] = parse(calendar_bytes([event], NOW))
    assert _text(found, "SUMMARY") == text
    assert _text(found, "DESCRIPTION" if text else "SUMMARY") == text


def test_fold_never_splits_a_character_and_keeps_every_line_short() -> None:
    line = "DESCRIPTION:" + "aé🎉ș" * 300
    pieces = fold(line).split("\r\n")
    assert all(len(piece.encode("utf-8")) <= 75 for piece in pieces)
    assert pieces[0] + "".join(piece[1:] for piece in pieces[1:]) == line
    assert fold("short") == "short"


def test_escape_text_drops_control_characters_and_escapes_specials() -> None:
    assert escape_text("a;b,c\\d\r\ne\rf\x00\x1b") == "a\\;b\\,c\\\\d\\ne\\nf"
    assert escape_text("tab\tkept") == "tab\tkept"


def test_events_are_all_day_with_a_rule_and_an_alarm_the_day_before() -> None:
    event = CalendarEvent("r@x", date(2026, 12, 31), "Möte", rrule="FREQ=MONTHLY;INTERVAL=3")
    data = calendar_bytes([event], NOW)
    [found] = parse(data)
    assert _prop(found, "DTSTART") == "20261231"
    assert _prop(found, "DTEND") == "20270101"
    assert _prop(found, "RRULE") == "FREQ=MONTHLY;INTERVAL=3"
    assert _prop(found, "DTSTAMP") == "20261123T090000Z"
    children = found["children"]
    assert isinstance(children, list)
    [alarm] = children
    assert _prop(alarm, "TRIGGER") == "-PT15H"


def test_bad_events_are_refused() -> None:
    with pytest.raises(ValueError, match="date"):
        CalendarEvent("a@b", datetime(2026, 1, 1, tzinfo=UTC), "x")
    with pytest.raises(ValueError, match="UID"):
        CalendarEvent("a\r\nb", date(2026, 1, 1), "x")
    with pytest.raises(ValueError, match="rule"):
        CalendarEvent("a@b", date(2026, 1, 1), "x", rrule="FREQ=DAILY\r\nBEGIN:VEVENT")
    with pytest.raises(ValueError, match="time zone"):
        calendar_bytes([], datetime(2026, 1, 1))


# ---------------------------------------------------------------------------- the reminders


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from policydesk.services.demo import create_demo_file

    path = tmp_path_factory.mktemp("ics") / "demo.policydesk"
    create_demo_file(path, today=TODAY)
    return path


@pytest.fixture
def demo(demo_path: Path) -> Iterator[ReminderService]:
    with Workspace.open(demo_path) as workspace:
        yield ReminderService(workspace.complaints._sessions, clock=lambda: NOW)


def test_demo_events_have_the_expected_dates(demo: ReminderService) -> None:
    found = {(r.kind, r.subject): r for r in demo.reminders(Language.SWEDISH)}
    review = found[ReminderKind.REVIEW_MEETING, None]
    # Last meeting 2026-09-08, monthly routine: due 2026-10-08, overdue, so on today.
    assert review.due_on == date(2026, 10, 8)
    assert review.day == TODAY
    assert review.event.rrule == "FREQ=MONTHLY;INTERVAL=1"
    assert "2026-10-08" in review.event.description
    assessment = found[ReminderKind.SELF_ASSESSMENT, None]
    assert assessment.day == assessment.due_on == date(2027, 10, 22)  # newest round 2026-10-22
    assert assessment.event.rrule == "FREQ=YEARLY"
    measurements = {s: r.day for (k, s), r in found.items() if k is ReminderKind.MEASUREMENT}
    assert measurements == {
        1: date(2026, 12, 1),
        2: date(2026, 12, 1),
        3: date(2026, 12, 1),
        4: date(2027, 1, 1),  # quarterly: November and December, due after the quarter
        5: date(2026, 12, 1),
    }
    events = parse(demo.calendar(Language.SWEDISH))
    assert len(events) == 7
    assert _text(events[1], "SUMMARY") == "Årlig självskattning"


def test_uids_are_stable_and_unique(demo: ReminderService, tmp_path: Path) -> None:
    first = [_prop(e, "UID") for e in parse(demo.calendar(Language.ENGLISH))]
    second = [_prop(e, "UID") for e in parse(demo.calendar(Language.ROMANIAN))]
    assert first == second
    assert len(set(first)) == len(first)
    assert all(uid.endswith("@policydesk") for uid in first)


def test_a_new_file_has_only_the_self_assessment_due_today(new_file: Path) -> None:
    with Workspace.open(new_file) as workspace:
        service = ReminderService(workspace.complaints._sessions, clock=lambda: NOW)
        reminders = service.reminders(Language.ROMANIAN)
        assert [(r.kind, r.day) for r in reminders] == [(ReminderKind.SELF_ASSESSMENT, TODAY)]
        assert service.review_cadence().value == "quarterly"
        [event] = parse(service.calendar(Language.ROMANIAN))
        assert _text(event, "SUMMARY") == "Autoevaluarea anuală"


def test_hostile_meeting_text_never_breaks_the_file(demo_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.policydesk"
    copy.write_bytes(demo_path.read_bytes())
    with Workspace.open(copy) as workspace:
        sessions = workspace.complaints._sessions
        with sessions.write() as session:
            newest = session.scalars(
                select(ReviewMeeting).order_by(ReviewMeeting.held_on.desc())
            ).first()
            assert newest is not None
            newest.decisions = HOSTILE.replace("\ud800", "")
            newest.staff_feedback = "🎉;,\\\n" * 400
        service = ReminderService(sessions, clock=lambda: NOW)
        target = tmp_path / "påminnelser.ics"
        service.write_ics(target, Language.ENGLISH)
        events = parse(target.read_bytes())
    description = _text(events[0], "DESCRIPTION")
    assert "Beslut; a,b \\ c\nEND:VEVENT\nBEGIN:VCALENDAR\n år ș ț ă 🎉" in description
    assert ("🎉;,\\\n" * 399 + "🎉;,\\") in description
    assert len(events) == 7


def test_writing_into_a_missing_folder_is_a_user_facing_error(
    demo: ReminderService, tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "calendar.ics"
    with pytest.raises(UserFacingError) as caught:
        demo.write_ics(target)
    assert caught.value.code is ErrorCode.FOLDER_NOT_FOUND
    assert not target.parent.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_keeps_the_old_file_and_leaves_no_partial(
    demo: ReminderService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "calendar.ics"
    target.write_bytes(b"old")

    def full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", full)
    with pytest.raises(UserFacingError):
        demo.write_ics(target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["calendar.ics"]
