"""Service targets in the file, each complaint's clock from its history, and a period's figures."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from policydesk.domain.changes import Changes
from policydesk.domain.complaints import ComplaintForm, ComplaintStatus, DefaultCategory
from policydesk.domain.service_clock import Step, StepState
from policydesk.services.complaints import ComplaintService
from policydesk.services.office_hours import OfficeHoursService
from policydesk.services.service_clock import (
    ServiceClockService,
    TargetProblemCode,
    day_hours,
)
from policydesk.services.workspace import Workspace

STOCKHOLM = ZoneInfo("Europe/Stockholm")
DAY = [("09:00", "17:00")]
Code = TargetProblemCode


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 6, 15, 9, 0, tzinfo=STOCKHOLM)  # a Monday

    def __call__(self) -> datetime:
        return self.now


class Shop:
    """A workspace whose services all read the test's clock."""

    def __init__(self, workspace: Workspace, clock: Clock) -> None:
        sessions = workspace.complaints._sessions
        self.workspace = workspace
        self.clock = clock
        self.complaints = ComplaintService(sessions, clock)
        self.hours = OfficeHoursService(sessions, clock)
        self.service = ServiceClockService(sessions, self.hours, clock)

    def complaint(self, received: datetime, **changes: object) -> int:
        values: dict[str, object] = {
            "description": "Kedjan hoppar av — Ștefănescu",
            "received_at": received,
            "customer_name": "Åsa Öberg",
        }
        values.update(changes)
        outcome, _ = self.complaints.create(ComplaintForm(**values), None)  # type: ignore[arg-type]
        assert outcome.complaint_id is not None, outcome.problems
        return outcome.complaint_id

    def status(self, complaint_id: int, status: ComplaintStatus, when: datetime) -> None:
        self.clock.now = when
        problems, _ = self.complaints.set_status(complaint_id, status, None)
        assert not problems, problems


@pytest.fixture
def shop(new_file: Path) -> Iterator[Shop]:
    clock = Clock()
    with Workspace.open(new_file) as workspace:
        shop = Shop(workspace, clock)
        shop.complaints.seed_categories({code: code.value.title() for code in DefaultCategory})
        assert shop.hours.set_timezone("Europe/Stockholm").ok
        assert shop.hours.set_week(dict.fromkeys(range(5), DAY)).ok
        yield shop


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 6, day, hour, minute, tzinfo=STOCKHOLM)


# ---------------------------------------------------------------------------- targets


def test_a_new_file_has_no_targets_and_pauses_while_waiting(shop: Shop) -> None:
    settings = shop.service.settings()
    assert settings.general.acknowledge_hours is None
    assert settings.general.resolve_days is None
    assert settings.categories == ()
    assert settings.pause_while_waiting
    assert (settings.day_hours, settings.hours_set) == (8.0, True)


def test_targets_are_stored_from_numbers_and_typed_text(shop: Shop) -> None:
    outcome = shop.service.set_targets(None, "4", "1,5", 7)
    assert outcome.ok
    assert outcome.changes == Changes(settings=True)
    general = shop.service.settings().general
    assert (general.acknowledge_hours, general.resolve_days, general.follow_up_days) == (
        4.0,
        1.5,
        7.0,
    )
    assert shop.service.set_targets(None, "", None, " ").ok  # all cleared: no targets
    assert shop.service.settings().general.acknowledge_hours is None


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("fyra", Code.NOT_A_NUMBER),
        ("<b>4</b>", Code.NOT_A_NUMBER),
        ("nan", Code.NOT_A_NUMBER),
        ("inf", Code.NOT_A_NUMBER),
        ("1e3", Code.NOT_A_NUMBER),
        ("", None),
        (True, Code.NOT_A_NUMBER),
        ([4], Code.NOT_A_NUMBER),
        ("4" * 400, Code.TOO_BIG),
        (0, Code.NOT_POSITIVE),
        ("-2", Code.NOT_POSITIVE),
        (9000, Code.TOO_BIG),
    ],
)
def test_bad_targets_are_refused_and_nothing_is_stored(
    shop: Shop, value: object, code: TargetProblemCode | None
) -> None:
    assert shop.service.set_targets(None, 2, 2, 2).ok
    outcome = shop.service.set_targets(None, value, 3, 3)
    general = shop.service.settings().general
    if code is None:  # empty: no target, which is allowed
        assert outcome.ok
        assert (general.acknowledge_hours, general.resolve_days) == (None, 3.0)
        return
    assert [(problem.code, problem.field) for problem in outcome.problems] == [
        (code, "acknowledge_hours")
    ]
    assert (general.acknowledge_hours, general.resolve_days) == (2.0, 2.0)


def test_a_category_can_have_targets_of_its_own(shop: Shop) -> None:
    category = shop.complaints.categories()[0]
    assert shop.service.set_targets(None, 4, 3, 7).ok
    assert shop.service.set_targets(category.id, 1, 1, None).ok
    assert shop.service.set_targets(category.id, 2, 1, None).ok  # changed, not duplicated
    own = shop.service.settings().categories
    assert [(item.category_id, item.category, item.acknowledge_hours) for item in own] == [
        (category.id, category.name, 2.0)
    ]
    received = at(15, 9)
    with_own = shop.complaint(received, category_id=category.id)
    general = shop.complaint(received)
    clocks = shop.service.clocks([with_own, general])
    assert clocks[with_own].clock.step(Step.ACKNOWLEDGE).due == at(15, 11)  # type: ignore[union-attr]
    assert clocks[general].clock.step(Step.ACKNOWLEDGE).due == at(15, 13)  # type: ignore[union-attr]
    assert clocks[with_own].clock.step(Step.FOLLOW_UP) is None
    assert shop.service.remove_targets(category.id).ok
    assert shop.service.settings().categories == ()
    unknown = shop.service.set_targets(9999, 1, 1, 1)
    assert [problem.code for problem in unknown.problems] == [Code.UNKNOWN_CATEGORY]


def test_a_business_day_is_the_usual_open_day() -> None:
    lunch = [("09:00", "12:00"), ("13:00", "17:00")]
    assert (
        day_hours({0: lunch, 1: lunch, 2: lunch, 3: lunch, 4: lunch, 5: [("10:00", "14:00")]}) == 7
    )
    assert day_hours({0: [("18:00", "02:00")], 1: [("18:00", "02:00")], 2: []}) == 8
    assert day_hours({0: [("09:00", "17:00")], 1: [("09:00", "15:00")]}) == 8  # tie: longer
    assert day_hours({day: [] for day in range(7)}) == 24


# ---------------------------------------------------------------------------- clocks


def test_waits_come_from_the_status_history(shop: Shop) -> None:
    assert shop.service.set_targets(None, None, 1, None).ok
    complaint = shop.complaint(at(15, 9))
    shop.status(complaint, ComplaintStatus.IN_PROGRESS, at(15, 10))
    shop.status(complaint, ComplaintStatus.WAITING, at(15, 11))
    shop.clock.now = at(15, 15)
    waiting = shop.service.clock(complaint)
    assert waiting is not None
    step = waiting.clock.step(Step.RESOLVE)
    assert step is not None
    assert (step.state, step.left) == (StepState.PAUSED, timedelta(hours=6))
    shop.status(complaint, ComplaintStatus.IN_PROGRESS, at(16, 11))
    resumed = shop.service.clock(complaint)
    assert resumed is not None
    step = resumed.clock.step(Step.RESOLVE)
    assert step is not None
    assert (step.state, step.due, step.paused) == (
        StepState.ON_TIME,
        at(16, 17),
        timedelta(hours=8),
    )
    assert shop.service.set_pause_while_waiting(False).ok
    ignored = shop.service.clock(complaint)
    assert ignored is not None
    assert ignored.clock.step(Step.RESOLVE).state is StepState.OVERDUE  # type: ignore[union-attr]


def test_a_reopened_complaint_continues_from_receipt(shop: Shop) -> None:
    assert shop.service.set_targets(None, None, 1, None).ok
    complaint = shop.complaint(at(15, 9))
    shop.status(complaint, ComplaintStatus.RESOLVED, at(15, 12))
    resolved = shop.service.clock(complaint)
    assert resolved is not None
    assert resolved.clock.step(Step.RESOLVE).state is StepState.MET  # type: ignore[union-attr]
    shop.status(complaint, ComplaintStatus.IN_PROGRESS, at(17, 10))
    reopened = shop.service.clock(complaint)
    assert reopened is not None
    assert reopened.clock.step(Step.RESOLVE).state is StepState.OVERDUE  # type: ignore[union-attr]


def test_closed_days_are_named_for_the_explanation(shop: Shop) -> None:
    assert shop.hours.set_holiday_place("SE").ok
    assert shop.hours.set_customary_closed_days(True).ok
    assert shop.service.set_targets(None, None, 2, None).ok
    shop.clock.now = at(18, 16)
    complaint = shop.complaint(at(18, 15))
    view = shop.service.clock(complaint)
    assert view is not None
    step = view.clock.step(Step.RESOLVE)
    assert step is not None
    assert step.due == at(23, 15)
    assert date(2026, 6, 19) in view.closed_days
    assert view.closed_days[date(2026, 6, 19)]  # named (the holiday's name)
    assert view.zone.key == "Europe/Stockholm"


def test_without_office_hours_every_hour_counts(shop: Shop) -> None:
    assert shop.hours.set_week({day: [] for day in range(7)}).ok
    assert shop.service.set_targets(None, 4, None, None).ok
    assert not shop.service.settings().hours_set
    assert shop.service.settings().day_hours == 24
    complaint = shop.complaint(datetime(2026, 6, 13, 22, 0, tzinfo=STOCKHOLM))  # Saturday night
    view = shop.service.clock(complaint)
    assert view is not None
    assert not view.hours_set
    assert view.clock.step(Step.ACKNOWLEDGE).due == datetime(  # type: ignore[union-attr]
        2026, 6, 14, 2, 0, tzinfo=STOCKHOLM
    )


def test_unknown_ids_have_no_clock(shop: Shop) -> None:
    assert shop.service.clock(12345) is None
    assert shop.service.clocks([]) == {}


# ---------------------------------------------------------------------------- a period


def test_period_figures_agree_with_the_clocks_and_leave_out_deleted(shop: Shop) -> None:
    assert shop.service.set_targets(None, 2, 1, 7).ok
    made = []
    for day, resolved_hour, wait in ((15, 12, False), (16, 15, True), (17, None, False)):
        shop.clock.now = at(day, 10)
        complaint = shop.complaint(at(day, 9))
        assert not shop.complaints.add_action(complaint, "Ringde kunden", None, at(day, 10))[0]
        if wait:
            shop.status(complaint, ComplaintStatus.WAITING, at(day, 10))
            shop.status(complaint, ComplaintStatus.IN_PROGRESS, at(day + 1, 10))
        if resolved_hour is not None:
            shop.status(complaint, ComplaintStatus.RESOLVED, at(day + 1, resolved_hour))
        made.append(complaint)
    shop.clock.now = at(18, 10)
    deleted = shop.complaint(at(18, 9))
    shop.complaints.delete(deleted, None)
    shop.clock.now = at(26, 12)
    figures = shop.service.period(date(2026, 6, 1), date(2026, 6, 30))
    assert figures.received == 3
    clocks = shop.service.clocks(made)
    states = [clocks[c].clock.step(Step.RESOLVE).state for c in made]  # type: ignore[union-attr]
    assert figures.resolve.met == states.count(StepState.MET)
    assert figures.resolve.missed == states.count(StepState.MISSED) + states.count(
        StepState.OVERDUE
    )
    assert figures.acknowledge.met == 3
    # The waited complaint was resolved a day and six hours after receipt, one day of it
    # waiting: it met its one-day target; the first one took more than a day.
    assert states == [StepState.MISSED, StepState.MET, StepState.OVERDUE]
    assert figures.handling.resolved == 2
    assert [month.month for month in figures.months] == [date(2026, 6, 1)]
    # The dates are the business's: a period that ends the day before holds nothing of it.
    assert shop.service.period(date(2026, 6, 1), date(2026, 6, 14)).received == 0
    assert shop.service.period(date(2026, 6, 30), date(2026, 6, 1)).received == 3  # swapped


def test_an_empty_file_has_empty_figures(shop: Shop) -> None:
    figures = shop.service.period(date(2026, 1, 1), date(2026, 12, 31))
    assert figures.received == 0
    assert figures.resolve.share_met is None


def test_the_waits_index_is_there_and_used(shop: Shop) -> None:
    with shop.workspace.complaints._sessions.read() as session:
        plan = session.execute(
            text(
                "EXPLAIN QUERY PLAN SELECT complaint_id, changed_at FROM complaint_change "
                "WHERE field = 'status' AND (old_value = 'waiting' OR new_value = 'waiting') "
                "AND complaint_id IN (1, 2)"
            )
        ).all()
    assert "ix_complaint_change_waiting" in " ".join(str(row) for row in plan)


def test_a_stored_instant_with_or_without_fraction_is_read(shop: Shop) -> None:
    from policydesk.storage.types import read_stored

    assert read_stored("2026-06-15 07:00:00") == datetime(2026, 6, 15, 7, tzinfo=UTC)
    assert read_stored("2026-06-15 07:00:00.250000") == datetime(
        2026, 6, 15, 7, 0, 0, 250000, tzinfo=UTC
    )
