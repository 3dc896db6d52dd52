"""The Goals & follow-up page: standings in words, the trend, entering and computing figures."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate

from policydesk.domain.changes import Changes
from policydesk.domain.goals import MeasurementSource
from policydesk.services.demo import create_demo_file
from policydesk.services.goals import GoalsService
from policydesk.services.reminders import ReminderService
from policydesk.storage.database import Database
from policydesk.ui.dialogs.measurement_dialog import MeasurementDialog
from policydesk.ui.pages.goals_page import GoalsPage
from tests.ui.conftest import FakePrompter

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
PHONE = "Telefonen besvaras inom 30 sekunder"  # the demo's goal 1, minimum 70 %
RESOLVED = "Klagomål lösta inom tre arbetsdagar"  # goal 3, computed from the log


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("goals") / "demo.policydesk"
    create_demo_file(path, today=TODAY)
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A demo file of the test's own, open; free to change."""
    path = tmp_path / "demo.policydesk"
    shutil.copyfile(demo_file, path)
    database = Database.open(path)
    yield database
    database.close()


def make_page(qtbot: QtBot, database: Database, prompter: FakePrompter) -> GoalsPage:
    goals = GoalsService(database.sessions, clock=lambda: NOW)
    reminders = ReminderService(database.sessions, clock=lambda: NOW)
    page = GoalsPage(goals, reminders, prompter)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


@pytest.fixture
def page(qtbot: QtBot, demo: Database, prompter: FakePrompter) -> GoalsPage:
    return make_page(qtbot, demo, prompter)


def row_of(page: GoalsPage, title: str) -> int:
    for row in range(page.goal_table.rowCount()):
        item = page.goal_table.item(row, 0)
        if item is not None and item.text() == title:
            return row
    raise AssertionError(f"{title} is not listed")


def cell(page: GoalsPage, title: str, column: int) -> str:
    item = page.goal_table.item(row_of(page, title), column)
    assert item is not None
    return item.text()


def choose(page: GoalsPage, title: str) -> None:
    page.goal_table.selectRow(row_of(page, title))


def open_dialog(page: GoalsPage, title: str) -> MeasurementDialog:
    choose(page, title)
    dialog = page.enter_figure()
    assert dialog is not None
    return dialog


def fill(dialog: MeasurementDialog, start: date, end: date, value: str, note: str = "") -> None:
    dialog.from_edit.setDate(QDate(start.year, start.month, start.day))
    dialog.to_edit.setDate(QDate(end.year, end.month, end.day))
    dialog.value_edit.setText(value)
    dialog.note_edit.setPlainText(note)


def test_the_demo_goals_are_listed_with_their_standing_in_words(page: GoalsPage) -> None:
    assert page.goal_table.rowCount() == 5
    assert not page.empty_label.isVisible()
    assert "79.1 %" in cell(page, PHONE, 1)
    assert "Oct 2026" in cell(page, PHONE, 1)
    assert cell(page, PHONE, 2) == "70 %"
    assert cell(page, PHONE, 3) == "80 %"
    assert cell(page, PHONE, 4) == "Linnéa Åberg"
    assert cell(page, PHONE, 5) == "▽ Below target"
    assert cell(page, RESOLVED, 5) == "✓ On track"
    standings = {cell(page, goal.title, 5) for goal in page._overview}
    assert standings <= {"✓ On track", "▽ Below target"}
    assert page.due_list.count() == 1
    assert "Nothing is due" in page.due_list.item(0).text()


def test_choosing_a_goal_shows_its_trend(qtbot: QtBot, page: GoalsPage) -> None:
    choose(page, PHONE)
    qtbot.waitUntil(lambda: page.chart.figure() is not None)
    figure = page.chart.figure()
    assert figure is not None
    axes = figure.axes[0]
    gids = {line.get_gid() for line in axes.get_lines()}
    assert {"values", "minimum", "target"} <= gids
    values = next(line for line in axes.get_lines() if line.get_gid() == "values")
    assert values.get_xydata().shape == (12, 2)  # type: ignore[union-attr]
    assert PHONE in page.chart.accessibleName()


def test_the_chart_draws_one_point_and_no_points() -> None:
    from policydesk.export.charts import ChartStyle, goal_trend_chart

    one = goal_trend_chart(["Oct 26"], [50.0], ChartStyle.light(), 70.0, 80.0)
    assert len(one.axes[0].get_lines()) == 3
    none = goal_trend_chart([], [], ChartStyle.dark(), None, None, empty_text="Nothing yet")
    texts = [text.get_text() for text in none.axes[0].texts]
    assert texts == ["Nothing yet"]


def test_entering_a_figure_stores_it(qtbot: QtBot, page: GoalsPage, demo: Database) -> None:
    dialog = open_dialog(page, PHONE)
    assert dialog.from_edit.date() == QDate(2026, 11, 1)  # the next period due
    assert dialog.to_edit.date() == QDate(2026, 11, 30)
    fill(dialog, date(2026, 11, 1), date(2026, 11, 22), "81.5", "Första tre veckorna")
    dialog.source_note_edit.setText("Växelns rapport")
    with qtbot.waitSignal(page.changes_made) as signal:
        assert dialog.save()
    assert signal.args[0].goals
    goal_id = next(goal.id for goal in page._overview if goal.title == PHONE)
    stored = GoalsService(demo.sessions).measurements(goal_id)[-1]
    assert stored.value == pytest.approx(81.5)
    assert stored.note == "Första tre veckorna"
    assert stored.source_note == "Växelns rapport"
    assert stored.source is MeasurementSource.MANUAL


@pytest.mark.parametrize(
    ("start", "end", "value", "note", "says"),
    [
        (date(2026, 11, 1), date(2026, 11, 22), "åttio", "", "is not a number"),
        (date(2026, 11, 1), date(2026, 11, 22), "120", "", "between 0 and 100"),
        (date(2026, 11, 1), date(2026, 11, 30), "80", "", "has not ended yet"),
        (date(2026, 11, 1), date(2026, 11, 22), "80", "ș" * 2001, "is too long"),
        (date(2026, 10, 15), date(2026, 11, 10), "80", "", "overlaps"),
    ],
)
def test_bad_input_says_why_and_stores_nothing(
    page: GoalsPage,
    demo: Database,
    start: date,
    end: date,
    value: str,
    note: str,
    says: str,
) -> None:
    dialog = open_dialog(page, PHONE)
    goal_id = next(goal.id for goal in page._overview if goal.title == PHONE)
    before = GoalsService(demo.sessions).measurements(goal_id)
    fill(dialog, start, end, value, note)
    assert not dialog.save()
    assert dialog.isVisible()
    assert dialog.problems_label.isVisible()
    assert says in dialog.problems_label.text()
    assert GoalsService(demo.sessions).measurements(goal_id) == before
    dialog.reject()


def test_a_period_already_entered_is_replaced_only_when_asked(
    page: GoalsPage, demo: Database, prompter: FakePrompter
) -> None:
    dialog = open_dialog(page, PHONE)
    fill(dialog, date(2026, 10, 1), date(2026, 10, 31), "75")
    prompter.answers = [False]
    assert not dialog.save()
    assert prompter.shown[-1].kind == "confirm"
    assert "already has a figure" in dialog.problems_label.text()
    prompter.answers = [True]
    assert dialog.save()
    goal_id = next(goal.id for goal in page._overview if goal.title == PHONE)
    assert GoalsService(demo.sessions).measurements(goal_id)[-1].value == pytest.approx(75)


def test_a_figure_below_the_minimum_asks_for_an_improvement_plan(
    qtbot: QtBot, page: GoalsPage
) -> None:
    page.changes_made.connect(page.on_changes)
    dialog = open_dialog(page, PHONE)
    fill(dialog, date(2026, 11, 1), date(2026, 11, 22), "62,5")
    assert dialog.save()
    assert cell(page, PHONE, 5) == "✗ Below minimum — Improvement plan needed"
    assert "62.5 %" in cell(page, PHONE, 1)
    choose(page, PHONE)
    assert page.plan_label.isVisible()
    assert "Improvement plan needed" in page.plan_label.text()
    due = [page.due_list.item(row).text() for row in range(page.due_list.count())]
    assert any("Improvement plan needed for " + PHONE in line for line in due)


def make_full_page(qtbot: QtBot, database: Database, prompter: FakePrompter) -> GoalsPage:
    """The page as the main window builds it: with the review meetings and plans tabs."""
    from policydesk.services.complaints import ComplaintService
    from policydesk.services.reviews import ReviewService

    goals = GoalsService(database.sessions, clock=lambda: NOW)
    page = GoalsPage(
        goals,
        ReminderService(database.sessions, clock=lambda: NOW),
        prompter,
        reviews=ReviewService(database.sessions, goals, clock=lambda: NOW),
        staff=ComplaintService(database.sessions, lambda: NOW),
    )
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.changes_made.connect(page.on_changes)  # as the main window hands changes back
    return page


def test_a_goal_below_its_minimum_gets_its_plan_onto_the_next_agenda(
    qtbot: QtBot, demo: Database, prompter: FakePrompter
) -> None:
    page = make_full_page(qtbot, demo, prompter)
    assert [page.tabs.tabText(index) for index in range(page.tabs.count())] == [
        "Goals",
        "Review meetings",
        "Improvement plans",
    ]
    choose(page, PHONE)
    assert not page.plan_button.isVisible()
    dialog = open_dialog(page, PHONE)
    fill(dialog, date(2026, 11, 1), date(2026, 11, 22), "62,5")
    assert dialog.save()
    choose(page, PHONE)
    assert page.plan_button.isVisible()
    assert page.meetings_view is not None
    assert page.plans_view is not None
    # The next meeting's agenda says the goal needs a plan.
    agenda = page.meetings_view._reviews.agenda()
    assert [item.title for item in agenda.plans_required] == [PHONE]

    plan = page.make_plan()
    assert page.tabs.currentWidget() is page.plans_view
    assert plan is not None
    assert plan.goal_combo.currentData() == page.selected_goal_id()  # type: ignore[attr-defined]
    row = plan.rows[0]  # type: ignore[attr-defined]
    row.description_edit.setText("Två som svarar i telefon mellan 10 och 12")
    row.due_edit.set_due_on(date(2026, 12, 15))
    with qtbot.waitSignal(page.changes_made):
        assert plan.save()  # type: ignore[attr-defined]
    # The goal no longer asks for a plan; the plan and its action are on the next agenda.
    choose(page, PHONE)
    assert not page.plan_button.isVisible()
    assert cell(page, PHONE, 5) == "✗ Below minimum"
    agenda = page.meetings_view._reviews.agenda()
    assert agenda.plans_required == ()
    assert [(p.goal_title, p.actions[0].description) for p in agenda.plans] == [
        (RESOLVED, agenda.plans[0].actions[0].description),
        (PHONE, "Två som svarar i telefon mellan 10 och 12"),
    ]
    # Both tabs show it without being asked to refresh.
    assert page.plans_view.plan_table.rowCount() == 2
    page.show_target("meetings")
    assert page.tabs.currentWidget() is page.meetings_view
    page.show_target(f"goal:{page.selected_goal_id()}")
    assert page.tabs.currentIndex() == 0


def test_the_print_button_of_a_meeting_asks_for_its_pack(
    qtbot: QtBot, demo: Database, prompter: FakePrompter
) -> None:
    page = make_full_page(qtbot, demo, prompter)
    assert page.meetings_view is not None
    with qtbot.waitSignal(page.review_pack_requested) as asked:
        page.meetings_view.review_pack_requested.emit(0)
    assert asked.args == [0]


def test_compute_from_the_complaint_log(
    qtbot: QtBot, page: GoalsPage, demo: Database, prompter: FakePrompter
) -> None:
    choose(page, PHONE)
    assert not page.compute_button.isVisible()
    choose(page, RESOLVED)
    assert page.compute_button.isVisible()
    assert page.period_combo.count() > 0
    assert page.period_combo.currentData() == (date(2026, 10, 1), date(2026, 10, 31))
    prompter.answers = [True]  # October has a figure already: replace it
    with qtbot.waitSignal(page.changes_made):
        assert page.compute_figure()
    assert "computed from the complaint log" in page.status_label.text()
    goal_id = next(goal.id for goal in page._overview if goal.title == RESOLVED)
    latest = GoalsService(demo.sessions).measurements(goal_id)[-1]
    assert latest.source is MeasurementSource.COMPUTED
    assert latest.period.end == date(2026, 10, 31)


def test_compute_says_why_nothing_was_stored(page: GoalsPage, prompter: FakePrompter) -> None:
    choose(page, RESOLVED)
    prompter.answers = [False]  # keep the old figure
    assert not page.compute_figure()
    assert "Nothing was stored" in page.status_label.text()


def test_the_reminders_are_saved_as_a_calendar(
    page: GoalsPage, prompter: FakePrompter, tmp_path: Path
) -> None:
    prompter.answers = [tmp_path / "reminders"]
    written = page.save_reminders()
    assert written == tmp_path / "reminders.ics"
    assert written.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert prompter.errors == []


def test_a_failed_calendar_save_says_so(
    page: GoalsPage, prompter: FakePrompter, tmp_path: Path
) -> None:
    prompter.answers = [tmp_path / "missing" / "reminders.ics"]
    assert page.save_reminders() is None
    assert len(prompter.errors) == 1
    assert "does not exist" in prompter.errors[0].text


def test_a_new_file_shows_an_empty_state(
    qtbot: QtBot, new_file: Path, prompter: FakePrompter
) -> None:
    database = Database.open(new_file)
    try:
        page = make_page(qtbot, database, prompter)
        assert page.goal_table.rowCount() == 0
        assert page.empty_label.isVisible()
        assert "No goals yet" in page.empty_label.text()
        assert not page.enter_button.isEnabled()
        assert page.enter_figure() is None
        page.on_changes(Changes(database=True))
        assert prompter.errors == []
    finally:
        database.close()
