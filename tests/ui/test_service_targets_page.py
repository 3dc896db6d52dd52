"""Settings → Service targets: the owner types targets, per category too, and reads the rules."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from policydesk.domain.changes import Changes
from policydesk.services.workspace import Workspace
from policydesk.ui.pages.service_targets_page import ServiceTargetsPage
from tests.ui.conftest import FakePrompter

WORKDAY = [("09:00", "17:00")]


@pytest.fixture(autouse=True)
def british_english() -> Iterator[None]:
    """Numbers as the English user interface shows them, whatever ran before."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


def open_page(qtbot: QtBot, workspace: Workspace, prompter: FakePrompter) -> ServiceTargetsPage:
    page = ServiceTargetsPage(workspace.service_clock, workspace.complaints, prompter)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    return page


@pytest.fixture
def page(
    qtbot: QtBot, workspace: Workspace, prompter: FakePrompter
) -> Iterator[ServiceTargetsPage]:
    shown = open_page(qtbot, workspace, prompter)
    yield shown
    shown.shut_down()


def general(workspace: Workspace) -> tuple[float | None, float | None, float | None]:
    target = workspace.service_clock.settings().general
    return target.acknowledge_hours, target.resolve_days, target.follow_up_days


def own(workspace: Workspace) -> dict[str, tuple[float | None, float | None, float | None]]:
    return {
        target.category: (target.acknowledge_hours, target.resolve_days, target.follow_up_days)
        for target in workspace.service_clock.settings().categories
    }


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Select what the field holds and type ``text`` over it, as a user would (ASCII only)."""
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(edit, text)


def leave(qtbot: QtBot, edit: QWidget, to: QWidget) -> None:
    """Move the focus from ``edit`` to ``to``, as a click elsewhere would."""
    to.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not edit)


def offered(page: ServiceTargetsPage) -> list[str]:
    combo = page.add_category_combo
    return [combo.itemText(index) for index in range(combo.count())]


def rules(page: ServiceTargetsPage) -> str:
    return page.rules_label.text()


# ---------------------------------------------------------------------------- general targets


def test_general_targets_are_saved_shortly_after_typing_and_on_leaving(
    qtbot: QtBot, page: ServiceTargetsPage, workspace: Workspace
) -> None:
    emitted: list[Changes] = []
    page.changes_made.connect(emitted.append)
    for edit in (page.acknowledge_edit, page.resolve_edit, page.follow_up_edit):
        assert edit.text() == ""
        assert edit.placeholderText() == "No target"

    retype(qtbot, page.acknowledge_edit, "4")
    assert general(workspace) == (None, None, None)  # not at every keystroke...
    qtbot.waitUntil(lambda: general(workspace) == (4.0, None, None))  # ...but soon after
    assert emitted[-1] == Changes(settings=True)

    retype(qtbot, page.resolve_edit, "1.5")
    leave(qtbot, page.resolve_edit, page.follow_up_edit)
    assert general(workspace) == (4.0, 1.5, None)  # at once on leaving the field
    assert page.resolve_edit.text() == "1.5"

    retype(qtbot, page.follow_up_edit, "7")
    page.shut_down()  # the file closes: saved at once
    assert general(workspace) == (4.0, 1.5, 7.0)
    assert not page.acknowledge_problem_label.isVisible()


def test_the_resolve_days_are_said_in_hours_of_office_time(
    qtbot: QtBot, page: ServiceTargetsPage, workspace: Workspace
) -> None:
    retype(qtbot, page.resolve_edit, "3")
    assert page.resolve_hint.text() == "= 72 hours"  # no office hours: whole days
    assert workspace.office_hours.set_week(dict.fromkeys(range(5), WORKDAY)).ok
    page.on_changes(Changes(calendar=True))
    assert page.resolve_hint.text() == "= 24 hours of office time"
    retype(qtbot, page.resolve_edit, "abc")
    assert page.resolve_hint.text() == ""


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (
            "abc",
            "“abc” is not a number. Write a number such as 1.5, or leave the field empty for "
            "no target. Not saved: the target is still 4.",
        ),
        (
            "-2",
            "A target must be more than zero. Leave the field empty for no target. "
            "Not saved: the target is still 4.",
        ),
        (
            "0",
            "A target must be more than zero. Leave the field empty for no target. "
            "Not saved: the target is still 4.",
        ),
        (
            "99999",
            "That is more than a year: write at most 8,760 business hours. "
            "Not saved: the target is still 4.",
        ),
        (
            "1e400",
            "“1e400” is not a number. Write a number such as 1.5, or leave the field empty for "
            "no target. Not saved: the target is still 4.",
        ),
    ],
)
def test_bad_input_is_explained_and_the_stored_target_stays(
    qtbot: QtBot, page: ServiceTargetsPage, workspace: Workspace, typed: str, message: str
) -> None:
    assert workspace.service_clock.set_targets(None, 4, 3, 7).ok
    page.on_changes(Changes(settings=True))
    assert page.acknowledge_edit.text() == "4"

    retype(qtbot, page.acknowledge_edit, typed)
    retype(qtbot, page.resolve_edit, "2")  # a good value typed at the same time is saved
    leave(qtbot, page.resolve_edit, page.pause_check)
    page.save_pending()
    assert general(workspace) == (4.0, 2.0, 7.0)
    assert page.acknowledge_problem_label.isVisible()
    assert page.acknowledge_problem_label.text() == message
    assert page.acknowledge_edit.text() == typed  # the user's text stays, to be corrected
    assert not page.resolve_problem_label.isVisible()

    # Another change elsewhere does not wipe what the user is correcting.
    page.on_changes(Changes(settings=True))
    assert page.acknowledge_edit.text() == typed

    retype(qtbot, page.acknowledge_edit, "6")
    leave(qtbot, page.acknowledge_edit, page.pause_check)
    assert general(workspace) == (6.0, 2.0, 7.0)
    assert not page.acknowledge_problem_label.isVisible()


def test_too_many_days_names_the_limit_in_days(
    qtbot: QtBot, page: ServiceTargetsPage, workspace: Workspace
) -> None:
    retype(qtbot, page.follow_up_edit, "400")
    leave(qtbot, page.follow_up_edit, page.pause_check)
    assert general(workspace) == (None, None, None)
    assert page.follow_up_problem_label.text() == (
        "That is more than a year: write at most 365 days. Not saved: there is still no target."
    )


def test_an_empty_field_means_no_target(
    qtbot: QtBot, page: ServiceTargetsPage, workspace: Workspace
) -> None:
    assert workspace.service_clock.set_targets(None, 4, 3, 7).ok
    page.on_changes(Changes(settings=True))
    retype(qtbot, page.resolve_edit, "")
    leave(qtbot, page.resolve_edit, page.pause_check)
    assert general(workspace) == (4.0, None, 7.0)
    assert page.resolve_edit.text() == ""
    assert not page.resolve_problem_label.isVisible()
    retype(qtbot, page.acknowledge_edit, "   ")
    leave(qtbot, page.acknowledge_edit, page.pause_check)
    assert general(workspace) == (None, None, 7.0)
    assert page.acknowledge_edit.text() == ""


def test_a_decimal_comma_is_read_in_english_too_and_shown_with_a_point(
    qtbot: QtBot, page: ServiceTargetsPage, workspace: Workspace
) -> None:
    retype(qtbot, page.acknowledge_edit, "1,5")
    leave(qtbot, page.acknowledge_edit, page.pause_check)
    assert general(workspace) == (1.5, None, None)
    assert page.acknowledge_edit.text() == "1.5"  # shown as it was read
    retype(qtbot, page.resolve_edit, "1,500")  # English thousands: a typo beyond a year
    leave(qtbot, page.resolve_edit, page.pause_check)
    assert general(workspace) == (1.5, None, None)
    assert "at most 365 days" in page.resolve_problem_label.text()


def test_swedish_numbers_have_a_decimal_comma(
    qtbot: QtBot, workspace: Workspace, prompter: FakePrompter
) -> None:
    QLocale.setDefault(QLocale("sv_SE"))
    assert workspace.service_clock.set_targets(None, 0.5, None, None).ok
    page = open_page(qtbot, workspace, prompter)
    try:
        assert page.acknowledge_edit.text() == "0,5"
        retype(qtbot, page.resolve_edit, "1,5")
        leave(qtbot, page.resolve_edit, page.pause_check)
        assert general(workspace) == (0.5, 1.5, None)
        assert page.resolve_edit.text() == "1,5"
        retype(qtbot, page.follow_up_edit, "2.5")  # a point is understood as well
        leave(qtbot, page.follow_up_edit, page.pause_check)
        assert general(workspace) == (0.5, 1.5, 2.5)
        assert page.follow_up_edit.text() == "2,5"
        retype(qtbot, page.acknowledge_edit, "x")
        leave(qtbot, page.acknowledge_edit, page.pause_check)
        assert "such as 1,5" in page.acknowledge_problem_label.text()
        assert "the target is still 0,5" in page.acknowledge_problem_label.text()
    finally:
        page.shut_down()


def test_a_field_being_edited_is_not_overwritten_by_a_refresh(
    qtbot: QtBot, page: ServiceTargetsPage, workspace: Workspace
) -> None:
    retype(qtbot, page.acknowledge_edit, "12")
    assert workspace.service_clock.set_targets(None, 5, 3, 7).ok  # elsewhere, meanwhile
    page.on_changes(Changes(settings=True))
    assert page.acknowledge_edit.text() == "12"
    assert page.resolve_edit.text() == "3"
    page.save_pending()
    assert general(workspace) == (12.0, 3.0, 7.0)


# ---------------------------------------------------------------------------- categories


def add_categories(workspace: Workspace, *names: str) -> dict[str, int]:
    ids: dict[str, int] = {}
    for name in names:
        category, problems, _changes = workspace.complaints.add_category(name)
        assert category is not None, problems
        ids[name] = category.id
    return ids


def test_a_category_gets_targets_of_its_own_which_are_edited_and_removed(
    qtbot: QtBot, page: ServiceTargetsPage, workspace: Workspace, prompter: FakePrompter
) -> None:
    ids = add_categories(workspace, "Trasig vară", "Leverans")
    assert workspace.service_clock.set_targets(None, 4, 3, 7).ok
    page.on_changes(Changes(complaints=True))
    assert page.no_categories_label.isVisible()
    assert offered(page) == ["Trasig vară", "Leverans"]

    # Added: it starts from the general targets, and is offered no more.
    page.add_category_combo.setCurrentIndex(0)
    qtbot.mouseClick(page.add_category_button, Qt.MouseButton.LeftButton)
    row = page.category_rows[ids["Trasig vară"]]
    assert row.name_label.text() == "Trasig vară"
    assert [row.acknowledge_edit.text(), row.resolve_edit.text(), row.follow_up_edit.text()] == [
        "4",
        "3",
        "7",
    ]
    assert QApplication.focusWidget() is row.acknowledge_edit
    assert not page.no_categories_label.isVisible()
    assert offered(page) == ["Leverans"]
    assert own(workspace) == {"Trasig vară": (4.0, 3.0, 7.0)}

    # Edited the same way as the general targets.
    retype(qtbot, row.resolve_edit, "1")
    retype(qtbot, row.follow_up_edit, "")
    qtbot.waitUntil(lambda: own(workspace) == {"Trasig vară": (4.0, 1.0, None)})
    assert general(workspace) == (4.0, 3.0, 7.0)
    retype(qtbot, row.acknowledge_edit, "-1")
    leave(qtbot, row.acknowledge_edit, page.pause_check)
    assert own(workspace) == {"Trasig vară": (4.0, 1.0, None)}
    assert row.problem_box.isVisible()
    assert row.problem_labels["acknowledge_hours"].text() == (
        "Acknowledge within: A target must be more than zero. Leave the field empty for no "
        "target. Not saved: the target is still 4."
    )
    retype(qtbot, row.acknowledge_edit, "2")
    leave(qtbot, row.acknowledge_edit, page.pause_check)
    assert own(workspace) == {"Trasig vară": (2.0, 1.0, None)}
    assert not row.problem_box.isVisible()

    # Renamed in the lists: the row follows.
    problems, changes = workspace.complaints.rename_category(ids["Trasig vară"], "Trasig vara")
    assert not problems
    page.on_changes(changes)
    assert row.name_label.text() == "Trasig vara"

    # Removed after asking: the category uses the general targets again.
    prompter.answers = [False]
    assert not page.remove_category(ids["Trasig vară"])
    assert prompter.shown[-1].kind == "confirm"
    assert "“Trasig vara”" in prompter.shown[-1].text
    assert own(workspace) == {"Trasig vara": (2.0, 1.0, None)}
    prompter.answers = [True]
    qtbot.mouseClick(row.remove_button, Qt.MouseButton.LeftButton)
    assert own(workspace) == {}
    assert page.category_rows == {}
    assert page.no_categories_label.isVisible()
    assert offered(page) == ["Trasig vara", "Leverans"]


def test_an_inactive_category_is_marked_and_not_offered(
    qtbot: QtBot, page: ServiceTargetsPage, workspace: Workspace
) -> None:
    ids = add_categories(workspace, "Pris", "Gamla varor")
    assert workspace.service_clock.set_targets(ids["Gamla varor"], 1, 1, 1).ok
    workspace.complaints.set_category_active(ids["Gamla varor"], False)
    workspace.complaints.set_category_active(ids["Pris"], False)
    page.on_changes(Changes(complaints=True))
    row = page.category_rows[ids["Gamla varor"]]
    assert row.name_label.text() == "Gamla varor (not in use)"
    assert offered(page) == []
    assert not page.add_category_button.isEnabled()
    assert page.add_category_hint.text().startswith("No category is in use.")


def test_every_category_listed_leaves_nothing_to_add(
    qtbot: QtBot, page: ServiceTargetsPage, workspace: Workspace
) -> None:
    ids = add_categories(workspace, "Pris")
    page.on_changes(Changes(complaints=True))
    assert page.add_category(ids["Pris"]) is not None
    assert page.add_category(ids["Pris"]) is None  # never twice
    assert offered(page) == []
    assert page.add_category_hint.text() == "Every category in use has targets of its own."
    assert own(workspace) == {"Pris": (None, None, None)}


def test_a_file_without_categories(page: ServiceTargetsPage, workspace: Workspace) -> None:
    assert workspace.complaints.categories(include_inactive=True) == []
    assert offered(page) == []
    assert not page.add_category_combo.isEnabled()
    assert not page.add_category_button.isEnabled()
    assert page.add_category_hint.isVisible()
    assert page.add_category_hint.text() == (
        "There are no complaint categories yet. Add them with “Categories & staff…” in the "
        "complaint log."
    )
    assert page.add_category() is None
    assert page.no_categories_label.isVisible()
    page.on_changes(Changes.everything())
    assert page.category_rows == {}


# ---------------------------------------------------------------------------- the rules


def test_waiting_for_the_customer_stops_the_clock_or_not(
    qtbot: QtBot, page: ServiceTargetsPage, workspace: Workspace
) -> None:
    emitted: list[Changes] = []
    page.changes_made.connect(emitted.append)
    assert page.pause_check.isChecked()
    assert "When the wait ends, it continues from where it stopped." in rules(page)
    box = page.pause_check
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not workspace.service_clock.settings().pause_while_waiting
    assert emitted == [Changes(settings=True)]
    assert "Waiting for the customer does not stop the clock" in rules(page)
    assert "continues from where it stopped" not in rules(page)
    page.pause_check.setChecked(True)
    assert workspace.service_clock.settings().pause_while_waiting
    assert "continues from where it stopped" in rules(page)


def test_the_rules_say_how_office_hours_count(
    qtbot: QtBot, page: ServiceTargetsPage, workspace: Workspace
) -> None:
    text = rules(page)
    assert "No office hours are set, so it counts every hour of every day." in text
    assert "Set your opening hours in the Office hours tab" in text
    assert "A business day is a whole day of 24 hours." in text
    for always in (
        "The clock starts when a complaint is received",
        "A reopened complaint does not start again",
        "may be overdue at once",
        "“Due soon” means a quarter of the time or less is left.",
        "The follow-up counts calendar days from the resolution",
    ):
        assert always in text

    week = dict.fromkeys(range(5), WORKDAY) | {5: [("10:00", "14:00")]}
    assert workspace.office_hours.set_week(week).ok
    page.on_changes(Changes(calendar=True))
    text = rules(page)
    assert "counts only your office hours" in text
    assert "No office hours are set" not in text
    assert "A business day is 8 hours of office time, the length of your usual open day." in text

    assert workspace.office_hours.set_week({day: [("09:00", "16:30")] for day in range(7)}).ok
    page.on_changes(Changes(calendar=True))
    assert "A business day is 7.5 hours of office time" in rules(page)


def test_nothing_is_read_or_saved_after_shut_down(
    qtbot: QtBot, workspace: Workspace, prompter: FakePrompter
) -> None:
    page = ServiceTargetsPage(workspace.service_clock, workspace.complaints, prompter)
    qtbot.addWidget(page)
    page.on_changes(Changes(settings=True))  # not shown yet: nothing to refresh
    page.shut_down()
    page.show()
    assert page.rules_label.text() == ""
    assert prompter.shown == []
