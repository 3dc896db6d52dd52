"""The Service levels tab: a period's targets met, handling times and a chart per month."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QLabel

from policydesk.domain.changes import Changes
from policydesk.domain.compliance import ComplianceFigures, TargetFigures
from policydesk.domain.service_clock import Step
from policydesk.services.demo import create_demo_file
from policydesk.services.office_hours import OfficeHoursService
from policydesk.services.service_clock import ServiceClockService
from policydesk.services.workspace import Workspace
from policydesk.storage.database import Database
from policydesk.ui.pages.complaints_page import ComplaintsPage
from policydesk.ui.settings import AppSettings
from policydesk.ui.widgets.service_levels import (
    Period,
    PeriodFigures,
    ServiceLevelsView,
    hours_text,
    percent_text,
    period_days,
    read_period,
)
from tests.ui.conftest import FakePrompter

STOCKHOLM = ZoneInfo("Europe/Stockholm")
TODAY = date(2026, 11, 23)  # the demo's "today", a Monday
NOW = datetime(2026, 11, 23, 15, 0, tzinfo=STOCKHOLM)
DASH = "\u2013"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.policydesk"
    create_demo_file(path, today=TODAY)
    return path


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    """A demo file of the test's own, free to change."""
    path = tmp_path / "demo.policydesk"
    shutil.copyfile(demo_file, path)
    return path


def open_clock(path: Path) -> Iterator[ServiceClockService]:
    """The service clock of a file, with the time standing at NOW."""
    with Database.open(path) as database:
        office_hours = OfficeHoursService(database.sessions)
        yield ServiceClockService(database.sessions, office_hours, clock=lambda: NOW)


@pytest.fixture
def demo(demo_copy: Path) -> Iterator[ServiceClockService]:
    yield from open_clock(demo_copy)


@pytest.fixture
def empty(new_file: Path) -> Iterator[ServiceClockService]:
    yield from open_clock(new_file)


class Views:
    """Makes views and waits for their background reading before the file closes."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.made: list[ServiceLevelsView] = []

    def make(self, service: Any, *, show: bool = True) -> ServiceLevelsView:
        view = ServiceLevelsView(service)
        self.qtbot.addWidget(view)
        self.made.append(view)
        view.resize(1100, 760)
        if show:
            view.show()
            self.qtbot.waitExposed(view)
            wait_read(self.qtbot, view)
        return view


@pytest.fixture
def views(qtbot: QtBot) -> Iterator[Views]:
    made = Views(qtbot)
    yield made
    for view in made.made:
        view.wait_for_jobs()


def wait_read(qtbot: QtBot, view: ServiceLevelsView) -> PeriodFigures:
    qtbot.waitUntil(lambda: not view.busy and view.shown is not None, timeout=10_000)
    shown = view.shown
    assert shown is not None
    return shown


def label(view: ServiceLevelsView, name: str) -> QLabel:
    found = view.findChild(QLabel, name)
    assert found is not None, name
    return found


def share_text(target: TargetFigures) -> str:
    locale = QLocale()
    if target.share_met is None:  # only complaints still within their target
        return "None decided yet"
    percent = locale.toString(target.share_met * 100, "f", 1)
    return (
        f"{locale.toString(target.met)} of {locale.toString(target.decided)} within target "
        f"({percent}%)"
    )


def assert_shows(view: ServiceLevelsView, expected: ComplianceFigures) -> None:
    """The labels say what the service worked out for the period."""
    locale = QLocale()
    shown = view.shown
    assert shown is not None
    day = shown.first
    first = locale.toString(QDate(day.year, day.month, day.day), "d MMM yyyy")
    assert view.summary_label.text().startswith(f"Complaints received from {first} to ")
    assert view.summary_label.text().endswith(f": {locale.toString(expected.received)}")
    for step, target in (
        (Step.ACKNOWLEDGE, expected.acknowledge),
        (Step.RESOLVE, expected.resolve),
        (Step.FOLLOW_UP, expected.follow_up),
    ):
        share, missed, still_open = view.step_labels[step]
        assert share.text() == share_text(target)
        assert missed.text() == locale.toString(target.missed)
        assert still_open.text() == locale.toString(target.still_open)
    handling = expected.handling
    assert handling.business_hours.median is not None
    assert handling.calendar_hours.p90 is not None
    assert view.business_median_label.text() == hours_text(
        handling.business_hours.median, days=False
    )
    assert view.calendar_p90_label.text() == hours_text(handling.calendar_hours.p90)
    resolved = locale.toString(handling.resolved)
    assert view.resolved_label.text() == f"Resolved complaints: {resolved}"
    assert handling.inside_share is not None
    assert percent_text(handling.inside_share) in view.office_split_label.text()


def chart_bars(view: ServiceLevelsView) -> int:
    figure = view.chart.figure()
    assert figure is not None
    (axes,) = figure.axes
    return sum(1 for patch in axes.patches if patch.get_gid() == "resolved")


# ---------------------------------------------------------------------------- pure helpers


@pytest.mark.parametrize(
    ("period", "today", "expected"),
    [
        (Period.THIS_MONTH, date(2026, 11, 23), (date(2026, 11, 1), date(2026, 11, 23))),
        (Period.LAST_MONTH, date(2026, 11, 23), (date(2026, 10, 1), date(2026, 10, 31))),
        (Period.LAST_MONTH, date(2026, 1, 5), (date(2025, 12, 1), date(2025, 12, 31))),
        (Period.LAST_MONTH, date(2028, 3, 31), (date(2028, 2, 1), date(2028, 2, 29))),
        (Period.THIS_QUARTER, date(2026, 11, 23), (date(2026, 10, 1), date(2026, 11, 23))),
        (Period.THIS_QUARTER, date(2026, 3, 31), (date(2026, 1, 1), date(2026, 3, 31))),
        (Period.THIS_YEAR, date(2026, 11, 23), (date(2026, 1, 1), date(2026, 11, 23))),
        # The current month and the eleven before it: twelve bars in the chart.
        (Period.LAST_12_MONTHS, date(2026, 11, 23), (date(2025, 12, 1), date(2026, 11, 23))),
        (Period.LAST_12_MONTHS, date(2026, 12, 31), (date(2026, 1, 1), date(2026, 12, 31))),
        (Period.LAST_12_MONTHS, date(2026, 1, 1), (date(2025, 2, 1), date(2026, 1, 1))),
    ],
)
def test_period_days(period: Period, today: date, expected: tuple[date, date]) -> None:
    assert period_days(period, today) == expected


def test_a_custom_period_is_put_in_order() -> None:
    days = (date(2026, 3, 9), date(2026, 3, 1))
    assert period_days(Period.CUSTOM, TODAY, days) == (date(2026, 3, 1), date(2026, 3, 9))


def test_today_is_the_business_s_local_date() -> None:
    """23:30 UTC on New Year's Eve is already the new year in Stockholm."""
    asked: list[tuple[date, date]] = []

    def period(first: date, last: date) -> str:
        asked.append((first, last))
        return "figures"

    service = SimpleNamespace(
        now=lambda: datetime(2025, 12, 31, 23, 30, tzinfo=UTC),
        calendar=lambda: SimpleNamespace(zone=STOCKHOLM),
        settings=lambda: SimpleNamespace(pause_while_waiting=True, hours_set=True),
        period=period,
    )
    found = read_period(service, Period.THIS_MONTH)  # type: ignore[arg-type]
    assert (found.first, found.last) == (date(2026, 1, 1), date(2026, 1, 1))
    custom = read_period(
        service,  # type: ignore[arg-type]
        Period.CUSTOM,
        (date(2026, 2, 3), date(2026, 1, 9)),
    )
    assert (custom.first, custom.last) == (date(2026, 1, 9), date(2026, 2, 3))
    assert asked == [(date(2026, 1, 1), date(2026, 1, 1)), (date(2026, 1, 9), date(2026, 2, 3))]


def test_hours_are_written_compactly(qapp: object) -> None:
    locale = QLocale()
    assert hours_text(0.5) == "30 min"
    assert hours_text(-0.1) == "0 min"
    assert hours_text(5.5) == f"{locale.toString(5.5, 'f', 1)} h"
    assert hours_text(47.9) == f"{locale.toString(47.9, 'f', 1)} h"
    assert hours_text(51.2) == "2 d 3 h"
    assert hours_text(72.1) == "3 d"
    # Business time stays in hours: a "day" would be read as a business day.
    assert hours_text(51.2, days=False) == f"{locale.toString(51.2, 'f', 1)} h"
    assert hours_text(28145.66, days=False) == f"{locale.toString(28146)} h"
    assert percent_text(0.878) == f"{locale.toString(87.8, 'f', 1)}%"


# ---------------------------------------------------------------------------- the demo


def test_the_last_12_months_by_default_show_the_service_s_figures(
    views: Views, demo: ServiceClockService
) -> None:
    view = views.make(demo)
    assert view.period_combo.currentText() == "Last 12 months"
    assert view.from_edit.isHidden()
    assert view.to_edit.isHidden()
    shown = view.shown
    assert shown is not None
    assert (shown.first, shown.last) == (date(2025, 12, 1), TODAY)
    expected = demo.period(date(2025, 12, 1), TODAY)
    assert shown.figures == expected
    assert expected.received > 500  # the demo has a year of complaints
    assert_shows(view, expected)
    assert view.stack.currentIndex() == 0
    assert not view.targets_hint.isVisibleTo(view)  # the demo has targets
    assert "waiting for the customer" in view.handling_note.text()
    # One bar per month in which some complaint met or missed its resolve target.
    assert len(expected.months) == 12
    assert chart_bars(view) == sum(
        1 for month in expected.months if month.resolve.share_met is not None
    )


def test_switching_periods_reads_again(
    views: Views, demo: ServiceClockService, qtbot: QtBot
) -> None:
    view = views.make(demo)
    for period, first, last in (
        (Period.THIS_MONTH, date(2026, 11, 1), TODAY),
        (Period.LAST_MONTH, date(2026, 10, 1), date(2026, 10, 31)),
        (Period.THIS_QUARTER, date(2026, 10, 1), TODAY),
        (Period.THIS_YEAR, date(2026, 1, 1), TODAY),
    ):
        view.set_period(period)
        assert view.busy
        assert view.busy_bar.isVisible()
        shown = wait_read(qtbot, view)
        assert not view.busy_bar.isVisible()
        assert (shown.first, shown.last) == (first, last)
        expected = demo.period(first, last)
        assert shown.figures == expected
        assert_shows(view, expected)
    assert chart_bars(view) == 11  # January to November


def test_a_custom_period_with_from_after_to_is_refused(
    views: Views, demo: ServiceClockService, qtbot: QtBot
) -> None:
    view = views.make(demo)
    view.set_period(Period.LAST_MONTH)
    wait_read(qtbot, view)
    view.period_combo.setCurrentIndex(view.period_combo.findData(Period.CUSTOM.value))
    # The custom period starts as the one shown before, with calendar pop-ups.
    assert view.from_edit.isVisible()
    assert view.to_edit.isVisible()
    assert view.from_edit.calendarPopup()
    assert view.custom_days() == (date(2026, 10, 1), date(2026, 10, 31))
    wait_read(qtbot, view)

    view.from_edit.setDate(QDate(2026, 11, 15))  # after To
    assert view.period_warning.isVisible()
    assert "is after the last day" in view.period_warning.text()
    assert not view.busy  # nothing is read for such a period
    assert not view.stack.isEnabled()  # the figures left on show are not for these days
    shown = view.shown
    assert shown is not None
    assert (shown.first, shown.last) == (date(2026, 10, 1), date(2026, 10, 31))

    view.to_edit.setDate(QDate(2026, 11, 20))
    assert not view.period_warning.isVisible()
    shown = wait_read(qtbot, view)
    assert (shown.first, shown.last) == (date(2026, 11, 15), date(2026, 11, 20))
    assert view.stack.isEnabled()
    assert_shows(view, demo.period(date(2026, 11, 15), date(2026, 11, 20)))


def test_set_custom_days_reads_that_period(
    views: Views, demo: ServiceClockService, qtbot: QtBot
) -> None:
    view = views.make(demo)
    view.set_custom_days(date(2026, 3, 1), date(2026, 5, 31))
    shown = wait_read(qtbot, view)
    assert view.period() is Period.CUSTOM
    assert (shown.first, shown.last) == (date(2026, 3, 1), date(2026, 5, 31))
    assert chart_bars(view) == 3


def test_a_file_without_complaints_shows_the_empty_state(
    views: Views, empty: ServiceClockService
) -> None:
    view = views.make(empty)
    assert view.stack.currentWidget() is view.empty_label
    assert view.empty_label.isVisible()
    assert view.empty_label.text() == "No complaints were received in this period."
    assert view.summary_label.text().endswith(": 0")
    assert view.chart.figure() is None


def test_without_targets_each_step_says_no_target_set(
    views: Views, demo: ServiceClockService, qtbot: QtBot
) -> None:
    view = views.make(demo)
    assert view.step_labels[Step.RESOLVE][0].text().endswith("%)")
    outcome = demo.set_targets(None, None, "", None)
    assert outcome.ok
    view.on_changes(outcome.changes)  # what the main window passes on
    assert view.busy
    wait_read(qtbot, view)
    for step in Step:
        share, missed, still_open = view.step_labels[step]
        assert share.text() == "No target set"
        assert (missed.text(), still_open.text()) == (DASH, DASH)
    assert view.targets_hint.isVisible()
    assert "Settings › Service targets" in view.targets_hint.text()
    # Nothing met or missed: no chart, a sentence instead; the handling times still show.
    assert view.chart.figure() is None
    assert view.chart.placeholder.text() == (
        "No complaint in this period has met or missed a target yet."
    )
    assert view.business_median_label.text() != DASH


def test_a_target_for_one_step_only(views: Views, demo: ServiceClockService, qtbot: QtBot) -> None:
    assert demo.set_targets(None, "4", None, None).ok
    view = views.make(demo)
    assert view.step_labels[Step.ACKNOWLEDGE][0].text().endswith("%)")
    assert view.step_labels[Step.RESOLVE][0].text() == "No target set"
    assert view.targets_hint.isVisible()
    # The acknowledged line is drawn even without resolve bars.
    figure = view.chart.figure()
    assert figure is not None
    (axes,) = figure.axes
    assert [line.get_gid() for line in axes.lines] == ["acknowledged"]
    assert chart_bars(view) == 0


def test_changes_are_read_at_once_when_visible_and_on_show_when_hidden(
    views: Views, demo: ServiceClockService, qtbot: QtBot
) -> None:
    view = views.make(demo)
    for unrelated in (Changes(staff=True), Changes(policy=True), Changes()):
        view.on_changes(unrelated)
        assert not view.busy
    for related in (
        Changes(complaints=True),
        Changes(settings=True),
        Changes(calendar=True),
        Changes(database=True),
    ):
        view.on_changes(related)
        assert view.busy
        wait_read(qtbot, view)

    view.hide()
    view.on_changes(Changes(complaints=True))
    assert not is_busy(view)  # a hidden tab reads nothing ...
    view.show()
    assert is_busy(view)  # ... until it is shown again
    wait_read(qtbot, view)


def test_a_view_never_shown_reads_nothing(views: Views, demo: ServiceClockService) -> None:
    view = views.make(demo, show=False)
    view.on_changes(Changes(complaints=True))
    assert not view.busy
    assert view.shown is None


@dataclass
class Held:
    """The service clock, with its period figures held back at a gate when asked to."""

    service: ServiceClockService
    gate: threading.Event | None = None

    def __post_init__(self) -> None:
        self.asked: list[tuple[date, date]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.service, name)

    def period(self, first: date, last: date) -> ComplianceFigures:
        self.asked.append((first, last))
        gate = self.gate
        if gate is not None:
            gate.wait(10)
        return self.service.period(first, last)


def test_figures_for_a_period_already_left_are_dropped(
    views: Views, demo: ServiceClockService, qtbot: QtBot
) -> None:
    held = Held(demo)
    view = views.make(held)
    shown: list[tuple[date, date]] = []
    view.figures_shown.connect(lambda result: shown.append((result.first, result.last)))

    gate = threading.Event()
    held.gate = gate
    view.set_period(Period.THIS_YEAR)
    qtbot.waitUntil(lambda: len(held.asked) == 2)  # this year's reading is under way
    held.gate = None
    view.set_period(Period.LAST_MONTH)
    assert view.busy
    gate.set()  # this year's figures arrive after the user moved on
    result = wait_read(qtbot, view)
    assert (result.first, result.last) == (date(2026, 10, 1), date(2026, 10, 31))
    assert held.asked[-2:] == [(date(2026, 1, 1), TODAY), (date(2026, 10, 1), date(2026, 10, 31))]
    assert shown == [(date(2026, 10, 1), date(2026, 10, 31))]  # this year's were never shown
    assert_shows(view, demo.period(date(2026, 10, 1), date(2026, 10, 31)))


def test_two_quick_changes_end_with_the_second_period(
    views: Views, demo: ServiceClockService, qtbot: QtBot
) -> None:
    view = views.make(demo)
    view.set_period(Period.THIS_YEAR)
    view.set_period(Period.THIS_MONTH)
    result = wait_read(qtbot, view)
    qtbot.wait(50)  # nothing older comes in after it
    assert view.shown is result
    assert (result.first, result.last) == (date(2026, 11, 1), TODAY)
    assert result.figures == demo.period(date(2026, 11, 1), TODAY)


def test_the_chart_follows_the_theme(views: Views, demo: ServiceClockService, qtbot: QtBot) -> None:
    from matplotlib.colors import to_hex

    from policydesk.ui.theme import dark_palette

    view = views.make(demo)
    figure = view.chart.figure()
    assert figure is not None
    light = to_hex(figure.get_facecolor())
    dark = dark_palette(view.palette())
    view.setPalette(dark)
    assert to_hex(figure.get_facecolor()) == dark.window().color().name() != light


# ---------------------------------------------------------------------------- the page


def test_the_complaints_page_has_a_service_levels_tab(
    qtbot: QtBot, demo_copy: Path, prompter: FakePrompter, settings: AppSettings
) -> None:
    with Workspace.open(demo_copy) as workspace:
        page = ComplaintsPage(
            workspace.complaints, prompter, settings, service_clock=workspace.service_clock
        )
        qtbot.addWidget(page)
        page.resize(1200, 800)
        page.show()
        qtbot.waitExposed(page)
        titles = [page.tabs.tabText(index) for index in range(page.tabs.count())]
        assert "Service levels" in titles
        assert page.service_levels_view is None  # built only when first shown
        page.on_changes(Changes(settings=True))  # nothing to pass on yet
        page.tabs.setCurrentWidget(page.service_levels_tab)
        view = built_view(page)
        assert view.isVisible()
        shown = wait_read(qtbot, view)
        assert shown.figures.received > 0
        assert view.summary_label.isVisible()

        page.on_changes(Changes(settings=True))  # the main window passes every change on
        assert is_busy(view)
        wait_read(qtbot, view)
        page.tabs.setCurrentIndex(0)
        page.on_changes(Changes(complaints=True))
        assert not is_busy(view)  # hidden: read when shown again
        page.tabs.setCurrentWidget(page.service_levels_tab)
        assert is_busy(view)
        page.shut_down()  # waits for the reading before the file closes
        assert not view.busy


def test_without_the_service_clock_there_is_no_service_levels_tab(
    qtbot: QtBot, workspace: Workspace, prompter: FakePrompter, settings: AppSettings
) -> None:
    page = ComplaintsPage(workspace.complaints, prompter, settings)
    qtbot.addWidget(page)
    titles = [page.tabs.tabText(index) for index in range(page.tabs.count())]
    assert "Service levels" not in titles
    page.on_changes(Changes(settings=True))
    assert page.service_levels_view is None
    page.shut_down()


def is_busy(view: ServiceLevelsView) -> bool:
    """The view's busy state, read afresh (a plain read lets mypy narrow it for good)."""
    return view.busy


def built_view(page: ComplaintsPage) -> ServiceLevelsView:
    """The page's Service levels view, which showing the tab has built."""
    view = page.service_levels_view
    assert view is not None
    return view
