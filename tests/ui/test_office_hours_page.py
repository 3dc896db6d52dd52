"""Settings → Office hours: the owner sets the week, holidays and own dates, and sees the year."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QEvent, QLocale, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from policydesk.domain.calendar_days import DayState, ExceptionKind
from policydesk.domain.changes import Changes
from policydesk.services.workspace import Workspace
from policydesk.ui.pages.office_hours_page import (
    DayRow,
    ExceptionDialog,
    IntervalEditor,
    OfficeHoursPage,
)
from policydesk.ui.widgets.year_view import YearView
from tests.ui.conftest import FakePrompter

MONDAY, FRIDAY, SUNDAY = 0, 4, 6


@pytest.fixture(autouse=True)
def british_english() -> Iterator[None]:
    """Dates and times as the English user interface shows them, whatever ran before."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


def open_page(qtbot: QtBot, workspace: Workspace, prompter: FakePrompter) -> OfficeHoursPage:
    page = OfficeHoursPage(workspace.office_hours, prompter)
    qtbot.addWidget(page)
    page.resize(1000, 900)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    return page


@pytest.fixture
def page(qtbot: QtBot, workspace: Workspace, prompter: FakePrompter) -> Iterator[OfficeHoursPage]:
    shown = open_page(qtbot, workspace, prompter)
    yield shown
    shown.shut_down()


def leave(qtbot: QtBot, page: OfficeHoursPage, widget: QWidget) -> None:
    """Put the focus into ``widget``, then into a widget outside its row, as a user would."""
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    page.zone_combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not widget)


def set_interval(row_editor: IntervalEditor, opens: str, closes: str) -> None:
    row_editor.set_times(opens, closes)


def unsaved(row: DayRow) -> bool:
    return row.dirty


def dialog_of(page: OfficeHoursPage) -> ExceptionDialog | None:
    return page.dialog


def cell(page: OfficeHoursPage, row: int, column: int) -> str:
    item = page.exceptions_table.item(row, column)
    assert item is not None
    return item.text()


def test_the_page_fills_itself_when_first_shown(page: OfficeHoursPage) -> None:
    assert page.zone_combo.count() > 300
    assert page.zone_combo.itemData(0) == "Europe/Stockholm"
    assert page.country_combo.itemData(0) == ""
    assert [page.country_combo.itemData(i) for i in (1, 2)] == ["SE", "RO"]
    assert all(row.closed_label.isVisible() for row in page.day_rows.values())
    assert page.year_view.grid.state_of(date(2026, 3, 2)) is not None


def test_a_week_a_late_friday_romania_and_23_december_survive_reopening(
    qtbot: QtBot, new_file: Path, prompter: FakePrompter
) -> None:
    workspace = Workspace.open(new_file)
    page = open_page(qtbot, workspace, prompter)
    emitted: list[Changes] = []
    page.changes_made.connect(emitted.append)

    # Monday 09-12 and 13-18, saved when the user leaves the row.
    monday = page.day_rows[MONDAY]
    qtbot.mouseClick(monday.add_button, Qt.MouseButton.LeftButton)
    set_interval(monday.editors[0], "09:00", "12:00")
    qtbot.mouseClick(monday.add_button, Qt.MouseButton.LeftButton)
    assert monday.editors[1].interval() == ("13:00", "16:00")  # after the first, with a gap
    set_interval(monday.editors[1], "13:00", "18:00")
    assert unsaved(monday)
    assert page.apply_button.isEnabled()
    leave(qtbot, page, monday.editors[1].closes_edit)
    assert not unsaved(monday), monday.problem_label.text()
    assert workspace.office_hours.weekly()[MONDAY] == [("09:00", "12:00"), ("13:00", "18:00")]
    assert emitted[-1] == Changes(calendar=True)

    # A late Friday, 18:00 to 02:00, saved with Apply.
    friday = page.day_rows[FRIDAY]
    editor = friday.add_interval()
    set_interval(editor, "18:00", "02:00")
    assert editor.hint_label.text() == "next day"
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert workspace.office_hours.weekly()[FRIDAY] == [("18:00", "02:00")]
    assert not page.apply_button.isEnabled()

    # Sunday was open; the owner removes its hours and it says Closed.
    sunday = page.day_rows[SUNDAY]
    set_interval(sunday.add_interval(), "11:00", "15:00")
    assert page.apply()
    assert not sunday.closed_label.isVisible()
    qtbot.mouseClick(sunday.editors[0].remove_button, Qt.MouseButton.LeftButton)
    assert sunday.closed_label.isVisible()
    assert page.apply()
    assert workspace.office_hours.weekly()[SUNDAY] == []

    # Romania's public holidays.
    page.country_combo.activated.emit(page.country_combo.findData("RO"))
    assert workspace.office_hours.holiday_settings().country == "RO"
    assert not page.customary_check.isEnabled()  # Sweden's customary days only

    # Closes at 13:00 on 23 December.
    dialog = page.add_exception()
    assert page.dialog is dialog
    dialog.day_edit.setDate(dialog.day_edit.date().fromString("2026-12-23", Qt.DateFormat.ISODate))
    dialog.set_kind(ExceptionKind.PART_CLOSED)
    assert dialog.starts_edit.isVisible()
    dialog.set_times("13:00", "00:00")
    dialog.note_edit.setText("Închidem devreme")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog_of(page) is None
    assert page.exceptions_table.rowCount() == 1
    assert cell(page, 0, 1) == "Closed part of the day"
    assert cell(page, 0, 3) == "Închidem devreme"

    # The year view shows all of it.
    check_year(page.year_view)
    page.shut_down()
    workspace.close()

    # Everything is still there after the file is opened again.
    workspace = Workspace.open(new_file)
    try:
        again = open_page(qtbot, workspace, prompter)
        assert again.day_rows[MONDAY].intervals() == [("09:00", "12:00"), ("13:00", "18:00")]
        assert again.day_rows[FRIDAY].intervals() == [("18:00", "02:00")]
        assert again.day_rows[SUNDAY].closed_label.isVisible()
        assert again.country_combo.currentData() == "RO"
        assert again.exceptions_table.rowCount() == 1
        check_year(again.year_view)
        again.shut_down()
    finally:
        workspace.close()


def check_year(view: YearView) -> None:
    view.year_changed.emit(2026)
    grid = view.grid
    assert grid.year == 2026
    assert grid.state_of(date(2026, 3, 2)) is DayState.OPEN  # a Monday
    assert grid.state_of(date(2026, 3, 3)) is DayState.CLOSED  # Tuesday has no hours
    assert grid.state_of(date(2026, 3, 8)) is DayState.CLOSED  # Sunday
    assert grid.state_of(date(2026, 12, 1)) is DayState.HOLIDAY  # a Tuesday, but a holiday
    assert grid.state_of(date(2026, 4, 13)) is DayState.HOLIDAY  # Orthodox Easter Monday
    assert grid.state_of(date(2026, 12, 23)) is DayState.CLOSED  # a Wednesday: closed anyway
    assert "Ziua Națională a României" in grid.tooltip_at(date(2026, 12, 1))
    monday_tip = grid.tooltip_at(date(2026, 3, 2))
    assert "09:00–12:00, 13:00–18:00" in monday_tip
    assert "18:00–02:00 (next day)" in grid.tooltip_at(date(2026, 3, 6))
    assert "Closed part of the day" in grid.tooltip_at(date(2026, 12, 23))
    assert "Închidem devreme" in grid.tooltip_at(date(2026, 12, 23))


def test_a_part_day_on_an_open_day_is_drawn_as_part(
    qtbot: QtBot, page: OfficeHoursPage, workspace: Workspace
) -> None:
    service = workspace.office_hours
    assert service.set_weekday(0, [("09:00", "17:00")]).ok
    assert service.add_exception(date(2026, 12, 21), "part_closed", "13:00", "00:00").ok
    page.on_changes(Changes(calendar=True))
    page.year_view.year_changed.emit(2026)
    grid = page.year_view.grid
    assert grid.state_of(date(2026, 12, 21)) is DayState.PART
    assert grid.state_of(date(2026, 12, 14)) is DayState.OPEN
    # Every day of the year has a cell of its own.
    cells = {grid.cell_rect(date(2026, 12, day)).topLeft().toTuple() for day in range(1, 32)}
    assert len(cells) == 31
    assert grid.day_at(grid.cell_rect(date(2026, 12, 21)).center()) == date(2026, 12, 21)
    assert grid.day_at(QPoint(-5, -5)) is None


def test_problems_are_shown_under_the_row_in_words(qtbot: QtBot, page: OfficeHoursPage) -> None:
    tuesday = page.day_rows[1]
    set_interval(tuesday.add_interval(), "09:00", "13:00")
    set_interval(tuesday.add_interval(), "12:00", "14:00")
    assert not page.apply()
    assert tuesday.problem_label.isVisible()
    assert tuesday.problem_label.text() == (
        "12:00–14:00 overlaps 09:00–13:00. Change the times so they do not overlap."
    )
    assert tuesday.dirty  # nothing was saved; the user's times are still there
    set_interval(tuesday.editors[1], "13:00", "14:00")
    assert page.apply()
    assert not tuesday.problem_label.isVisible()


def test_an_overlap_with_the_evening_before_names_that_day(
    qtbot: QtBot, page: OfficeHoursPage, workspace: Workspace
) -> None:
    assert workspace.office_hours.set_weekday(FRIDAY, [("18:00", "02:00")]).ok
    page.on_changes(Changes(calendar=True))
    saturday = page.day_rows[5]
    set_interval(saturday.add_interval(), "01:00", "05:00")
    assert not page.save_day(5)
    assert saturday.problem_label.text() == (
        "01:00–05:00 overlaps 18:00–02:00 (next day) on Friday (it runs past midnight). "
        "Change one of them so they do not overlap."
    )


def test_the_time_zone_and_swedens_customary_days(
    qtbot: QtBot, page: OfficeHoursPage, workspace: Workspace
) -> None:
    page.zone_combo.activated.emit(page.zone_combo.findData("Europe/Bucharest"))
    assert workspace.office_hours.timezone() == "Europe/Bucharest"
    line = page.zone_combo.lineEdit()
    assert line is not None
    line.setText("Nowhere/Atlantis")
    line.editingFinished.emit()
    assert page.place_problem_label.isVisible()
    assert "“Nowhere/Atlantis” is not a time zone" in page.place_problem_label.text()
    assert workspace.office_hours.timezone() == "Europe/Bucharest"

    assert page.choose_country("SE")
    assert page.customary_check.isEnabled()
    assert not page.region_combo.isEnabled()  # Sweden has no regions of its own
    page.customary_check.setChecked(True)
    assert workspace.office_hours.holiday_settings().customary_closed_days
    page.year_view.year_changed.emit(2026)
    assert page.year_view.grid.state_of(date(2026, 6, 19)) is DayState.HOLIDAY
    page.customary_check.setChecked(False)
    assert page.year_view.grid.state_of(date(2026, 6, 19)) is DayState.CLOSED

    assert page.choose_country("DE")
    assert page.region_combo.isEnabled()
    page.region_combo.activated.emit(page.region_combo.findData("BY"))
    assert workspace.office_hours.holiday_settings().region == "BY"


def test_own_dates_are_edited_and_deleted_after_asking(
    qtbot: QtBot, page: OfficeHoursPage, workspace: Workspace, prompter: FakePrompter
) -> None:
    assert workspace.office_hours.add_exception(date(2026, 8, 3), "closed", note="Inventering").ok
    page.on_changes(Changes(calendar=True))
    assert not page.edit_exception_button.isEnabled()
    page.exceptions_table.selectRow(0)
    assert page.edit_exception_button.isEnabled()

    dialog = page.edit_exception()
    assert isinstance(dialog, ExceptionDialog)
    assert not dialog.starts_edit.isVisible()  # a whole closed day has no times
    dialog.set_kind(ExceptionKind.EXTRA_OPEN)
    dialog.set_times("10:00", "10:00")
    assert not dialog.save()
    assert dialog.problem_label.isVisible()
    assert dialog.problem_label.text() == (
        "It starts and ends at the same time (10:00). Choose a later end "
        "(00:00 to 00:00 means the whole day)."
    )
    dialog.set_times("10:00", "14:00")
    assert dialog.save()
    (changed,) = workspace.office_hours.exceptions()
    assert (changed.kind, changed.starts, changed.ends) == (
        ExceptionKind.EXTRA_OPEN,
        "10:00",
        "14:00",
    )
    assert cell(page, 0, 2) == "10:00–14:00"

    page.exceptions_table.selectRow(0)
    prompter.answers = [False]
    assert not page.delete_exception()
    assert workspace.office_hours.exceptions() != []
    prompter.answers = [True]
    assert page.delete_exception()
    assert prompter.shown[-1].kind == "confirm"
    assert workspace.office_hours.exceptions() == []
    assert page.exceptions_table.rowCount() == 0


def test_a_second_date_on_a_closed_day_is_refused_in_the_form(
    qtbot: QtBot, page: OfficeHoursPage, workspace: Workspace
) -> None:
    assert workspace.office_hours.add_exception(date(2026, 8, 3), "closed").ok
    dialog = page.add_exception()
    dialog.day_edit.setDate(dialog.day_edit.date().fromString("2026-08-03", Qt.DateFormat.ISODate))
    dialog.set_kind(ExceptionKind.EXTRA_OPEN)
    assert not dialog.save()
    assert dialog.problem_label.text() == (
        "This date already has an own entry (closed all day). Change or delete that one instead."
    )
    dialog.reject()


def test_the_year_switcher_pages_through_years(page: OfficeHoursPage) -> None:
    view = page.year_view
    start = view.year
    view.next_year_button.click()
    assert view.year == start + 1
    assert view.year_label.text() == str(start + 1)
    assert view.this_year_button.isEnabled()
    view.this_year_button.click()
    assert view.year == start
    view.previous_year_button.click()
    assert view.year == start - 1


def test_a_new_interval_starts_as_an_ordinary_day(qtbot: QtBot, page: OfficeHoursPage) -> None:
    editor = page.day_rows[MONDAY].add_interval()
    assert "H" in editor.opens_edit.displayFormat() or "h" in editor.opens_edit.displayFormat()
    assert "s" not in editor.opens_edit.displayFormat()
    assert editor.interval() == ("09:00", "17:00")


def test_saving_a_row_leaves_the_other_rows_alone(
    qtbot: QtBot, page: OfficeHoursPage, workspace: Workspace
) -> None:
    assert workspace.office_hours.set_weekday(1, [("09:00", "17:00")]).ok
    page.on_changes(Changes(calendar=True))
    tuesday = page.day_rows[1].editors[0]
    monday = page.day_rows[MONDAY]
    set_interval(monday.add_interval(), "10:00", "16:00")
    monday.editors[0].opens_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is monday.editors[0].opens_edit)
    # The owner clicks into Tuesday: Monday is saved, Tuesday keeps its widgets and the focus.
    tuesday.opens_edit.setFocus()
    qtbot.waitUntil(lambda: workspace.office_hours.weekly()[MONDAY] == [("10:00", "16:00")])
    assert page.day_rows[1].editors[0] is tuesday
    assert QApplication.focusWidget() is tuesday.opens_edit


def test_a_day_tells_its_hours_in_a_tooltip(
    qtbot: QtBot, page: OfficeHoursPage, workspace: Workspace
) -> None:
    assert workspace.office_hours.set_weekday(FRIDAY, [("18:00", "02:00")]).ok
    page.on_changes(Changes(calendar=True))
    page.year_view.year_changed.emit(2026)
    grid = page.year_view.grid
    day = date(2026, 3, 6)
    centre = grid.cell_rect(day).center()
    QApplication.sendEvent(grid, QHelpEvent(QEvent.Type.ToolTip, centre, grid.mapToGlobal(centre)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == grid.tooltip_at(day)
    assert QToolTip.text().splitlines() == ["Friday, 6 March 2026", "Open 18:00–02:00 (next day)"]
    QToolTip.hideText()


def test_weekdays_and_times_follow_the_locale(
    qtbot: QtBot, workspace: Workspace, prompter: FakePrompter
) -> None:
    QLocale.setDefault(QLocale("sv_SE"))
    assert workspace.office_hours.set_weekday(FRIDAY, [("18:00", "02:00")]).ok
    page = open_page(qtbot, workspace, prompter)
    try:
        assert page.day_rows[MONDAY].name_label.text() == "Måndag"
        assert page.day_rows[FRIDAY].editors[0].opens_edit.text() == "18:00"
        page.year_view.year_changed.emit(2026)
        first_line = page.year_view.grid.tooltip_at(date(2026, 3, 6)).splitlines()[0]
        assert first_line == "fredag 6 mars 2026"
    finally:
        page.shut_down()
