"""The goals' measurements, overview, computed figures and due items, on a new file and the demo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select, update

from policydesk.domain.changes import Changes
from policydesk.domain.complaints import ComplaintForm, DefaultCategory, FollowUpOutcome
from policydesk.domain.goal_followup import GoalStanding, Period
from policydesk.domain.goals import Cadence, Direction, GoalTemplate, MeasurementSource
from policydesk.domain.policy_content import GoalEntry
from policydesk.services.complaints import ComplaintService
from policydesk.services.goals import GoalProblemCode, GoalsService
from policydesk.services.office_hours import OfficeHoursService
from policydesk.services.policy import PolicyService
from policydesk.services.service_clock import ServiceClockService
from policydesk.services.workspace import Workspace
from policydesk.storage.schema import Complaint, Measurement

STOCKHOLM = ZoneInfo("Europe/Stockholm")
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=STOCKHOLM)
TODAY = NOW.date()
Code = GoalProblemCode
OCTOBER = (date(2026, 10, 1), date(2026, 10, 31))


class Shop:
    """A new file with a policy draft, office hours and the services the tests need."""

    def __init__(self, workspace: Workspace) -> None:
        sessions = workspace.complaints._sessions
        self.sessions = sessions
        self.now = NOW
        clock = self.clock
        self.goals = GoalsService(sessions, clock=clock)
        self.policy = PolicyService(sessions, clock=clock)
        self.complaints = ComplaintService(sessions, clock)
        self.hours = OfficeHoursService(sessions, clock)
        self.targets = ServiceClockService(sessions, self.hours, clock)
        self.version = self.policy.start("Kundservicepolicy").version.id

    def clock(self) -> datetime:
        return self.now

    def goal(self, title: str, **fields: object) -> int:
        result = self.policy.save_goal(self.version, GoalEntry(title, **fields))  # type: ignore[arg-type]
        assert result.ok, result.problems
        assert result.id is not None
        return result.id

    def count(self) -> int:
        with self.sessions.read() as session:
            return session.scalar(select(func.count()).select_from(Measurement)) or 0


@pytest.fixture
def shop(new_file: Path) -> Iterator[Shop]:
    with Workspace.open(new_file) as workspace:
        shop = Shop(workspace)
        assert shop.hours.set_timezone("Europe/Stockholm").ok
        assert shop.hours.set_week({day: [("09:00", "17:00")] for day in range(5)}).ok
        shop.complaints.seed_categories({code: code.value.title() for code in DefaultCategory})
        yield shop


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GoalsService]:
    from policydesk.services import demo

    path = tmp_path_factory.mktemp("demo") / "demo.policydesk"
    demo.create_demo_file(path, today=TODAY)
    with Workspace.open(path) as workspace:
        yield GoalsService(workspace.complaints._sessions, clock=lambda: NOW)


# ---------------------------------------------------------------------------- the demo


def test_the_demo_lists_its_goals_with_latest_values(demo: GoalsService) -> None:
    goals = demo.overview()
    assert len(goals) == 5
    for goal in goals:
        assert len(goal.series) == 12
        assert goal.latest_value == goal.series[-1].value
        assert goal.latest_period == Period(*OCTOBER)
        assert goal.owner_name
        assert goal.standing in {GoalStanding.ON_TRACK, GoalStanding.BELOW_TARGET}
        assert [point.period_end for point in goal.series] == sorted(
            point.period_end for point in goal.series
        )
    returns = next(goal for goal in goals if goal.direction is Direction.LOWER_IS_BETTER)
    assert (returns.minimum, returns.target) == (8.0, 5.0)
    # The improvement plan from the dip in the complaints goal is open.
    planned = [goal for goal in goals if goal.has_open_plan]
    assert [goal.template for goal in planned] == [GoalTemplate.COMPLAINTS_RESOLVED_WITHIN]
    assert not any(goal.plan_required for goal in goals)
    # Its dip is in the series: two months below the minimum.
    dip = planned[0]
    assert dip.minimum is not None
    assert sum(point.value < dip.minimum for point in dip.series) == 2
    assert {goal.next_due.start for goal in goals} == {date(2026, 11, 1)}


def test_the_demo_has_nothing_due_until_november_ends(demo: GoalsService) -> None:
    assert not demo.due_items()
    later = demo.due_items(date(2027, 1, 2))
    by_goal = {item.goal_id: item for item in later.measurements}
    assert len(by_goal) == 5
    quarterly = next(goal for goal in demo.overview() if goal.cadence is Cadence.QUARTERLY)
    assert by_goal[quarterly.id].periods == (Period(date(2026, 11, 1), date(2026, 12, 31)),)
    monthly = next(goal for goal in demo.overview() if goal.cadence is Cadence.MONTHLY)
    assert [p.end for p in by_goal[monthly.id].periods] == [date(2026, 11, 30), date(2026, 12, 31)]


def test_the_demo_computes_complaint_figures(demo: GoalsService) -> None:
    figures = demo.complaint_figures(*OCTOBER)
    assert figures.received > 0
    assert sum(count for _, count in figures.per_category) == figures.received
    for share in (
        figures.resolved_on_spot,
        figures.resolved_within_target,
        figures.followups_satisfied,
        figures.bought_again,
    ):
        assert share is not None
        assert 0 <= share <= 100
    assert figures.handling_hours is not None
    by_template = {goal.template: goal.id for goal in demo.overview()}
    assert demo.computed_value(by_template[GoalTemplate.FOLLOWUP_SATISFIED], *OCTOBER) == (
        figures.followups_satisfied
    )
    assert demo.computed_value(by_template[GoalTemplate.PHONE_ANSWER_WITHIN], *OCTOBER) is None
    assert demo.computed_value(by_template[GoalTemplate.RETURN_RATE], *OCTOBER) is None


# ---------------------------------------------------------------------------- recording


def test_a_measurement_is_recorded_read_replaced_and_deleted(shop: Shop) -> None:
    goal = shop.goal("Svara inom 30 s", unit="%", minimum_value=70.0, target_value=80.0)
    outcome = shop.goals.record_measurement(
        goal,
        *OCTOBER,
        "82,5",
        source=MeasurementSource.IMPORTED,
        source_note="Växelns rapport — Ștefănescu",
        note="Åsa mätte\nandra raden",
    )
    assert outcome.ok, outcome.problems
    assert outcome.changes == Changes(goals=True)
    [stored] = shop.goals.measurements(goal)
    assert stored.id == outcome.id
    assert (stored.value, stored.source, stored.period) == (
        82.5,
        MeasurementSource.IMPORTED,
        Period(*OCTOBER),
    )
    assert stored.note == "Åsa mätte\nandra raden"
    assert stored.recorded_at == NOW.astimezone(UTC)
    [overview] = shop.goals.overview()
    assert (overview.latest_value, overview.standing) == (82.5, GoalStanding.ON_TRACK)

    taken = shop.goals.record_measurement(goal, *OCTOBER, 60)
    assert [p.code for p in taken.problems] == [Code.PERIOD_TAKEN]
    assert shop.goals.measurements(goal)[0].value == 82.5
    replaced = shop.goals.record_measurement(goal, *OCTOBER, 60, replace=True)
    assert replaced.ok
    assert replaced.id == outcome.id
    assert [m.value for m in shop.goals.measurements(goal)] == [60.0]

    assert shop.goals.delete_measurement(outcome.id or 0).ok
    assert shop.goals.measurements(goal) == []
    gone = shop.goals.delete_measurement(outcome.id or 0)
    assert [p.code for p in gone.problems] == [Code.UNKNOWN_MEASUREMENT]


@pytest.mark.parametrize(
    ("unit", "period", "value", "codes"),
    [
        ("%", OCTOBER, "åttio", [Code.NOT_A_NUMBER]),
        ("%", OCTOBER, "nan", [Code.NOT_A_NUMBER]),
        ("%", OCTOBER, float("inf"), [Code.NOT_A_NUMBER]),
        ("%", OCTOBER, None, [Code.NOT_A_NUMBER]),
        ("%", OCTOBER, True, [Code.NOT_A_NUMBER]),
        ("%", OCTOBER, "100,1", [Code.PERCENT_RANGE]),
        ("%", OCTOBER, -0.5, [Code.PERCENT_RANGE]),
        ("st", OCTOBER, "-1", [Code.NEGATIVE_COUNT]),
        ("timmar", OCTOBER, 10**12, [Code.TOO_BIG]),
        ("%", (date(2026, 10, 31), date(2026, 10, 1)), 50, [Code.PERIOD_ORDER]),
        ("%", (date(2026, 11, 1), date(2026, 11, 30)), 50, [Code.PERIOD_IN_FUTURE]),
        ("%", (datetime(2026, 10, 1, tzinfo=UTC), date(2026, 10, 31)), 50, [Code.NOT_A_DATE]),
        ("%", (date(2026, 10, 15), date(2026, 11, 14)), 50, [Code.PERIOD_OVERLAPS]),
    ],
)
def test_bad_measurements_are_refused_and_nothing_is_written(
    shop: Shop,
    unit: str,
    period: tuple[date, date],
    value: object,
    codes: list[GoalProblemCode],
) -> None:
    goal = shop.goal("Mål", unit=unit)
    # October has a value; a problem in the new value is reported before any clash with it.
    assert shop.goals.record_measurement(goal, *OCTOBER, 5).ok
    outcome = shop.goals.record_measurement(goal, *period, value)
    assert [p.code for p in outcome.problems] == codes
    if Code.PERIOD_OVERLAPS in codes:
        assert outcome.problems[0].param("start") == "2026-10-01"
        outcome = shop.goals.record_measurement(goal, *period, value, replace=True)
        assert [p.code for p in outcome.problems] == codes
    assert not outcome.ok
    assert outcome.changes == Changes()
    assert outcome.id is None
    assert [m.value for m in shop.goals.measurements(goal)] == [5.0]


def test_unknown_goal_and_person_are_problems(shop: Shop) -> None:
    outcome = shop.goals.record_measurement(9999, *OCTOBER, 50)
    assert [p.code for p in outcome.problems] == [Code.UNKNOWN_GOAL]
    goal = shop.goal("Mål", unit="%")
    outcome = shop.goals.record_measurement(goal, *OCTOBER, 50, by=9999)
    assert [(p.code, p.field) for p in outcome.problems] == [(Code.UNKNOWN_STAFF, "by")]
    assert shop.count() == 0


def test_long_and_control_texts_are_refused(shop: Shop) -> None:
    goal = shop.goal("Mål", unit="%")
    too_long = shop.goals.record_measurement(goal, *OCTOBER, 50, note="å" * 2001)
    assert [(p.code, p.field, p.param("max")) for p in too_long.problems] == [
        (Code.TOO_LONG, "note", "2000")
    ]
    control = shop.goals.record_measurement(goal, *OCTOBER, 50, source_note="a\x00b")
    assert [(p.code, p.field) for p in control.problems] == [
        (Code.CONTROL_CHARACTERS, "source_note")
    ]
    assert shop.goals.record_measurement(goal, *OCTOBER, 50, note="ș" * 2000).ok


_HOSTILE = st.one_of(
    st.text(max_size=3000),
    st.sampled_from(
        [
            "'; DROP TABLE goal_measurement; --",
            "<script>alert(1)</script>",
            "Ștefănescu țară șase — Åsa Öberg Ärlig",
            "\u202eevil\u202c",
            "\x1b[31mred",
            "x" * 100_000,
        ]
    ),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(note=_HOSTILE, value=st.one_of(st.floats(), st.integers(), st.text(max_size=30)))
def test_any_input_is_stored_exactly_or_refused_without_writing(
    shop: Shop, note: str, value: object
) -> None:
    with shop.sessions.write() as session:
        session.execute(delete(Measurement))
    goal = shop.goals.overview()[0].id if shop.goals.overview() else shop.goal("Mål", unit="%")
    outcome = shop.goals.record_measurement(goal, *OCTOBER, value, note=note)
    stored = shop.goals.measurements(goal)
    if outcome.ok:
        [measurement] = stored
        assert measurement.note == note
        assert 0 <= measurement.value <= 100
    else:
        assert stored == []
        assert outcome.problems


# ---------------------------------------------------------------------------- overview and due


def test_a_goal_below_its_minimum_requires_a_plan(shop: Shop) -> None:
    goal = shop.goal(
        "Returer",
        template=GoalTemplate.RETURN_RATE,
        unit="%",
        direction=Direction.LOWER_IS_BETTER,
        minimum_value=8.0,
        target_value=5.0,
    )
    assert shop.goals.record_measurement(goal, date(2026, 9, 1), date(2026, 9, 30), 6.0).ok
    assert shop.goals.record_measurement(goal, *OCTOBER, "9,2").ok
    [overview] = shop.goals.overview()
    assert overview.standing is GoalStanding.BELOW_MINIMUM
    assert (overview.plan_required, overview.has_open_plan) == (True, False)
    assert [(p.period_end, p.value) for p in overview.series] == [
        (date(2026, 9, 30), 6.0),
        (date(2026, 10, 31), 9.2),
    ]
    due = shop.goals.due_items(TODAY)
    assert [(p.goal_id, p.value, p.minimum) for p in due.plans] == [(goal, 9.2, 8.0)]
    assert due.measurements == ()
    # With a plan the requirement is met.
    from policydesk.storage.schema import ImprovementPlan

    with shop.sessions.write() as session:
        session.add(ImprovementPlan(goal_id=goal, reason="Fler returer", status="open"))
    [overview] = shop.goals.overview()
    assert (overview.plan_required, overview.has_open_plan) == (False, True)
    assert not shop.goals.due_items(TODAY).plans


def test_goals_without_values_are_due_from_their_first_period(shop: Shop) -> None:
    shop.goal(
        "Mejl",
        unit="%",
        target_value=90.0,
        cadence=Cadence.QUARTERLY,
        baseline_value=70.0,
        baseline_from=date(2026, 1, 15),
        baseline_to=date(2026, 3, 31),
    )
    measure_first = shop.goal("Nöjda", unit="%", baseline_months=3)
    retired = shop.goal("Gammalt", unit="%")
    assert shop.policy.retire_goal(shop.version, retired).ok
    goals = shop.goals.overview()
    assert [goal.title for goal in goals] == ["Mejl", "Nöjda"]
    mail, first = goals
    assert (mail.standing, mail.latest_value) == (GoalStanding.NO_DATA, None)
    assert mail.next_due == Period(date(2026, 1, 1), date(2026, 3, 31))
    assert mail.baseline_progress is None
    assert first.standing is GoalStanding.NO_DATA
    progress = first.baseline_progress
    assert progress is not None
    assert progress.ends_on == date(2027, 2, 22)  # three months from the day it was made
    assert 0 <= progress.share < 0.1
    due = {item.goal_id: item.periods for item in shop.goals.due_items(TODAY).measurements}
    assert [p.start.month for p in due[mail.id]] == [1, 4, 7]
    assert measure_first not in due  # November has not ended


# ---------------------------------------------------------------------------- computed figures


def _complaint(shop: Shop, received: datetime, **fields: object) -> int:
    values: dict[str, object] = {
        "description": "Kedjan hoppar av",
        "received_at": received,
        "customer_name": "Ion Ștefănescu",
    }
    values.update(fields)
    shop.now = max(NOW, received + timedelta(days=30))
    outcome, _ = shop.complaints.create(ComplaintForm(**values), None)  # type: ignore[arg-type]
    shop.now = NOW
    assert outcome.complaint_id is not None, outcome.problems
    return outcome.complaint_id


def at(day: int, hour: int) -> datetime:
    return datetime(2026, 10, day, hour, tzinfo=STOCKHOLM)


def test_complaint_figures_are_computed_for_the_goals(shop: Shop) -> None:
    assert shop.targets.set_targets(None, None, 1, None).ok  # resolved within 1 business day
    category = shop.complaints.categories()[0]
    satisfied = FollowUpOutcome.SATISFIED
    # Monday 5 October 2026 and on; the office is open 9–17 on weekdays.
    quick = _complaint(
        shop,
        at(5, 9),
        resolved_at=at(5, 15),
        followed_up_at=at(7, 10),
        followup_outcome=satisfied,
        category_id=category.id,
    )
    _complaint(
        shop,
        at(6, 9),
        resolved_at=at(6, 10),
        resolved_on_spot=True,
        followed_up_at=at(8, 10),
        followup_outcome=FollowUpOutcome.NOT_SATISFIED,
    )
    slow = _complaint(
        shop,
        at(7, 9),
        resolved_at=at(12, 9),  # three business days
        followed_up_at=at(14, 10),
        followup_outcome=FollowUpOutcome.NOT_REACHED,  # not counted
    )
    _complaint(
        shop,
        at(8, 9),
        resolved_at=at(13, 16),
        followed_up_at=at(20, 10),
        followup_outcome=satisfied,
    )
    # Received in September, followed up in October: counts for October's follow-ups only.
    _complaint(
        shop,
        datetime(2026, 9, 29, 9, tzinfo=STOCKHOLM),
        resolved_at=datetime(2026, 9, 29, 11, tzinfo=STOCKHOLM),
        followed_up_at=at(1, 10),
        followup_outcome=satisfied,
    )
    with shop.sessions.write() as session:
        session.execute(update(Complaint).where(Complaint.id == quick).values(bought_again=True))
        session.execute(update(Complaint).where(Complaint.id == slow).values(bought_again=False))

    figures = shop.goals.complaint_figures(*OCTOBER)
    assert figures.received == 4
    assert figures.resolved_on_spot == pytest.approx(25.0)
    assert figures.resolved_within_target == pytest.approx(50.0)
    assert figures.followups_satisfied == pytest.approx(75.0)  # 3 of the 4 reached
    assert figures.bought_again == pytest.approx(50.0)  # 1 of the 2 recorded
    assert figures.handling_hours is not None
    assert dict(figures.per_category)[category.name] == 1
    assert dict(figures.per_category)[""] == 3

    resolved = shop.goal("Lösta", template=GoalTemplate.COMPLAINTS_RESOLVED_WITHIN, unit="%")
    followed = shop.goal("Nöjda", template=GoalTemplate.FOLLOWUP_SATISFIED, unit="%")
    bought = shop.goal("Köpte igen", template=GoalTemplate.BOUGHT_AGAIN, unit="%")
    phone = shop.goal(
        "Telefon", template=GoalTemplate.PHONE_ANSWER_WITHIN, unit="%", threshold_seconds=30
    )
    assert shop.goals.computed_value(resolved, *OCTOBER) == pytest.approx(50.0)
    assert shop.goals.computed_value(followed, *OCTOBER) == pytest.approx(75.0)
    assert shop.goals.computed_value(bought, *OCTOBER) == pytest.approx(50.0)
    assert shop.goals.computed_value(phone, *OCTOBER) is None
    assert shop.goals.computed_value(9999, *OCTOBER) is None

    stored = shop.goals.record_computed(followed, *OCTOBER)
    assert stored.ok, stored.problems
    [measurement] = shop.goals.measurements(followed)
    assert (measurement.value, measurement.source) == (75.0, MeasurementSource.COMPUTED)
    assert [p.code for p in shop.goals.record_computed(phone, *OCTOBER).problems] == [
        Code.NOT_COMPUTABLE
    ]
    assert [p.code for p in shop.goals.record_computed(9999, *OCTOBER).problems] == [
        Code.UNKNOWN_GOAL
    ]
    empty = shop.goals.record_computed(bought, date(2026, 8, 1), date(2026, 8, 31))
    assert [p.code for p in empty.problems] == [Code.NOTHING_TO_COMPUTE]
    future = shop.goals.record_computed(bought, date(2026, 11, 1), date(2026, 11, 30))
    assert [p.code for p in future.problems] == [Code.PERIOD_IN_FUTURE]
    with pytest.raises(ValueError, match="before it starts"):
        shop.goals.computed_value(bought, date(2026, 10, 31), date(2026, 10, 1))


def test_deleted_complaints_are_not_counted(shop: Shop) -> None:
    gone = _complaint(shop, at(5, 9), resolved_on_spot=True, resolved_at=at(5, 9))
    _complaint(shop, at(6, 9))
    with shop.sessions.write() as session:
        session.execute(update(Complaint).where(Complaint.id == gone).values(deleted_at=NOW))
    figures = shop.goals.complaint_figures(*OCTOBER)
    assert (figures.received, figures.resolved_on_spot) == (1, 0.0)
    assert figures.followups_satisfied is None
    assert figures.bought_again is None
