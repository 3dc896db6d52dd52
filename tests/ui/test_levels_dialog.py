"""Setting a goal's levels: the baseline's proposal accepted or edited, bad levels refused."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel

from policydesk.domain.changes import Changes
from policydesk.domain.goals import Direction
from policydesk.domain.policy_content import GoalEntry
from policydesk.services.goals import GoalOverview, GoalsService
from policydesk.services.policy import PolicyService
from policydesk.services.reminders import ReminderService
from policydesk.storage.database import Database
from policydesk.storage.schema import Goal
from policydesk.ui.dialogs.levels_dialog import LevelsDialog
from policydesk.ui.pages.goals_page import GoalsPage
from tests.ui.conftest import FakePrompter

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
TITLE = "Nöjda kunder i butiken — Ștefănescu țară"
PLAIN = "Returer <b>&amp;</b>"


@pytest.fixture(autouse=True)
def c_locale() -> Iterator[None]:
    """Numbers and dates as the expected texts write them, whatever an earlier test left."""
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


class Shop:
    """A new file with a "measure first" goal (June to August measured) and a plain goal."""

    def __init__(self, database: Database) -> None:
        self.sessions = database.sessions
        self.goals = GoalsService(database.sessions, clock=lambda: NOW)
        policy = PolicyService(database.sessions, clock=lambda: NOW)
        version = policy.start("Kundservicepolicy").version.id
        entries = (
            GoalEntry(TITLE, unit="%", baseline_from=date(2026, 6, 1), baseline_months=3),
            GoalEntry(
                PLAIN,
                unit="%",
                direction=Direction.LOWER_IS_BETTER,
                minimum_value=8.0,
                target_value=5.0,
            ),
            GoalEntry(
                "Väntande ärenden", unit="st", baseline_from=date(2026, 10, 1), baseline_months=6
            ),
        )
        ids = []
        for entry in entries:
            saved = policy.save_goal(version, entry)
            assert saved.ok, saved.problems
            ids.append(saved.id)
        self.measured, self.plain, self.counted = ids
        for month, value in ((6, 72.0), (7, 78.5), (8, 75.0)):
            self.record(self.measured, month, value)

    def record(self, goal: int | None, month: int, value: float) -> None:
        assert goal is not None
        last = date(2026, month + 1, 1) - timedelta(days=1)
        assert self.goals.record_measurement(goal, date(2026, month, 1), last, value).ok

    def goal(self, goal_id: int | None) -> GoalOverview:
        return next(goal for goal in self.goals.overview() if goal.id == goal_id)

    def levels(self, goal_id: int | None) -> tuple[float | None, float | None, float | None]:
        goal = self.goal(goal_id)
        return goal.minimum, goal.target, goal.baseline


@pytest.fixture
def shop(new_file: Path) -> Iterator[Shop]:
    database = Database.open(new_file)
    yield Shop(database)
    database.close()


@pytest.fixture
def page(qtbot: QtBot, shop: Shop, prompter: FakePrompter) -> GoalsPage:
    reminders = ReminderService(shop.sessions, clock=lambda: NOW)
    page = GoalsPage(shop.goals, reminders, prompter)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def choose(page: GoalsPage, goal_id: int | None) -> None:
    for row in range(page.goal_table.rowCount()):
        item = page.goal_table.item(row, 0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == goal_id:
            page.goal_table.selectRow(row)
            return
    raise AssertionError(f"goal {goal_id} is not listed")


def open_dialog(qtbot: QtBot, page: GoalsPage, goal_id: int | None) -> LevelsDialog:
    choose(page, goal_id)
    qtbot.mouseClick(page.levels_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(LevelsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def make_dialog(qtbot: QtBot, shop: Shop, goal_id: int | None) -> LevelsDialog:
    dialog = LevelsDialog(shop.goals, shop.goal(goal_id), FakePrompter())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


# ---------------------------------------------------------------------------- the proposal


def test_the_page_says_proposed_levels_are_ready(page: GoalsPage, shop: Shop) -> None:
    choose(page, shop.measured)
    assert "Proposed levels are ready: minimum 75 %, target 76.8 %" in page.detail_label.text()
    assert page.levels_button.text() == "Review proposed levels…"
    assert page.levels_button.isEnabled()
    choose(page, shop.plain)
    assert "Proposed" not in page.detail_label.text()
    assert page.levels_button.text() == "Set levels…"


def test_accepting_the_proposal_stores_it(qtbot: QtBot, page: GoalsPage, shop: Shop) -> None:
    dialog = open_dialog(qtbot, page, shop.measured)
    assert dialog.goal_label.text() == TITLE
    assert dialog.baseline_box.isVisible()
    assert dialog.baseline_label.text() == (
        "3 figures measured in the baseline period (1 Jun 2026 to 31 Aug 2026); "
        "the middle one is 75 %."
    )
    assert not dialog.progress_label.isVisible()  # the baseline period has ended
    assert dialog.proposal_label.text() == "Proposed: minimum 75 %, target 76.8 %."
    assert "better quarter of months" in dialog.rule_label.text()
    assert (dialog.minimum_edit.text(), dialog.target_edit.text()) == ("75", "76.8")
    unit = dialog.findChild(QLabel, "minimum_unit_label")
    assert unit is not None
    assert unit.text() == "%"

    with qtbot.waitSignal(page.changes_made) as changed:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert changed.args == [Changes(goals=True)]
    assert not dialog.isVisible()
    assert page.status_label.text() == "The levels were saved."
    assert shop.levels(shop.measured) == (75.0, 76.8, 75.0)
    page.on_changes(Changes(goals=True))
    choose(page, shop.measured)
    assert page.levels_button.text() == "Set levels…"
    assert "Proposed" not in page.detail_label.text()
    assert "Measuring the baseline" not in page.detail_label.text()


def test_editing_the_proposal_stores_what_was_typed(
    qtbot: QtBot, page: GoalsPage, shop: Shop
) -> None:
    dialog = open_dialog(qtbot, page, shop.measured)
    dialog.minimum_edit.setText("74,5")  # a decimal comma is read in any language
    dialog.target_edit.setText(" 80 ")
    assert dialog.save()
    assert shop.levels(shop.measured) == (74.5, 80.0, 75.0)


def test_the_proposal_can_be_brought_back(qtbot: QtBot, shop: Shop) -> None:
    dialog = make_dialog(qtbot, shop, shop.measured)
    dialog.minimum_edit.setText("1")
    dialog.target_edit.setText("")
    qtbot.mouseClick(dialog.use_proposal_button, Qt.MouseButton.LeftButton)
    assert (dialog.minimum_edit.text(), dialog.target_edit.text()) == ("75", "76.8")


def test_progress_shows_while_the_baseline_is_measured(qtbot: QtBot, shop: Shop) -> None:
    shop.record(shop.counted, 10, 14.0)
    dialog = make_dialog(qtbot, shop, shop.counted)
    assert dialog.progress_label.isVisible()
    assert "% done and ends on" in dialog.progress_label.text()
    assert dialog.baseline_label.text().startswith("One figure measured in the baseline period")
    assert dialog.proposal_label.text() == "Proposed: minimum 14 st, target 15.4 st."


def test_a_goal_measuring_without_figures_has_no_proposal(qtbot: QtBot, shop: Shop) -> None:
    dialog = make_dialog(qtbot, shop, shop.counted)
    assert dialog.baseline_box.isVisible()
    assert dialog.baseline_label.text().startswith("No figures measured in the baseline period")
    assert not dialog.proposal_label.isVisible()
    assert not dialog.use_proposal_button.isVisible()
    assert (dialog.minimum_edit.text(), dialog.target_edit.text()) == ("", "")


def test_a_goal_without_a_baseline_shows_its_levels(qtbot: QtBot, shop: Shop) -> None:
    dialog = make_dialog(qtbot, shop, shop.plain)
    assert dialog.goal_label.text() == PLAIN  # shown as typed, not as markup
    assert not dialog.baseline_box.isVisible()
    assert "Lower figures are better" in dialog.direction_label.text()
    assert (dialog.minimum_edit.text(), dialog.target_edit.text()) == ("8", "5")
    dialog.minimum_edit.setText("9")
    assert dialog.save()
    assert shop.levels(shop.plain) == (9.0, 5.0, None)


def test_empty_fields_remove_the_levels(qtbot: QtBot, shop: Shop) -> None:
    dialog = make_dialog(qtbot, shop, shop.plain)
    dialog.minimum_edit.setText("")
    dialog.target_edit.setText("  ")
    assert dialog.save()
    assert shop.levels(shop.plain) == (None, None, None)


def test_cancel_stores_nothing(qtbot: QtBot, shop: Shop) -> None:
    dialog = make_dialog(qtbot, shop, shop.measured)
    dialog.minimum_edit.setText("10")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == LevelsDialog.DialogCode.Rejected
    assert shop.levels(shop.measured) == (None, None, None)


# ---------------------------------------------------------------------------- bad levels


def test_a_target_worse_than_the_minimum_is_refused(qtbot: QtBot, shop: Shop) -> None:
    dialog = make_dialog(qtbot, shop, shop.measured)
    dialog.minimum_edit.setText("80")
    dialog.target_edit.setText("70")
    assert not dialog.save()
    assert dialog.isVisible()
    assert dialog.target_problem_label.isVisible()
    assert dialog.target_problem_label.text().startswith(
        "The target cannot be lower than the minimum"
    )
    assert not dialog.minimum_problem_label.isVisible()
    assert shop.levels(shop.measured) == (None, None, None)
    # Lower is better: the target must not be above the minimum.
    plain = make_dialog(qtbot, shop, shop.plain)
    plain.target_edit.setText("9")
    assert not plain.save()
    assert plain.target_problem_label.text().startswith(
        "The target cannot be higher than the minimum"
    )
    assert shop.levels(shop.plain) == (8.0, 5.0, None)
    # Put right, it is stored and the problem is gone.
    dialog.target_edit.setText("85")
    assert dialog.save()
    assert not dialog.target_problem_label.isVisible()


@pytest.mark.parametrize(
    ("minimum", "target", "where", "sentence"),
    [
        ("sjuttio", "80", "minimum", "“sjuttio” is not a number."),
        ("70", "<b>&amp;</b>", "target", "“<b>&amp;</b>” is not a number."),
        ("åäö șțăîâ", "80", "minimum", "“åäö șțăîâ” is not a number."),
        ("1" * 5000, "80", "minimum", "The figure is too big: it can be at most 1000000000."),
        ("1e400", "80", "minimum", "“1e400” is not a number."),
        ("inf", "80", "minimum", "“inf” is not a number."),
        ("-5", "80", "minimum", "A percentage must be between 0 and 100."),
        ("70", "100,5", "target", "A percentage must be between 0 and 100."),
    ],
)
def test_bad_levels_are_worded_under_their_field_and_not_stored(
    qtbot: QtBot, shop: Shop, minimum: str, target: str, where: str, sentence: str
) -> None:
    dialog = make_dialog(qtbot, shop, shop.measured)
    dialog.minimum_edit.setText(minimum)
    dialog.target_edit.setText(target)
    assert not dialog.save()
    label = dialog.minimum_problem_label if where == "minimum" else dialog.target_problem_label
    other = dialog.target_problem_label if where == "minimum" else dialog.minimum_problem_label
    assert label.isVisible()
    assert sentence in label.text()
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert not other.isVisible()
    assert dialog.isVisible()
    assert dialog.outcome is None
    assert shop.levels(shop.measured) == (None, None, None)


def test_a_negative_count_is_refused(qtbot: QtBot, shop: Shop) -> None:
    dialog = make_dialog(qtbot, shop, shop.counted)
    dialog.minimum_edit.setText("-1")
    dialog.target_edit.setText("0")
    assert not dialog.save()
    assert dialog.minimum_problem_label.text() == "A count cannot be below zero."
    assert shop.levels(shop.counted) == (None, None, None)


def test_a_goal_removed_meanwhile_is_said_plainly(qtbot: QtBot, shop: Shop) -> None:
    goal = shop.goal(shop.plain)
    dialog = LevelsDialog(shop.goals, goal, FakePrompter())
    qtbot.addWidget(dialog)
    with shop.sessions.write() as session:
        row = session.get(Goal, goal.id)
        session.delete(row)
    assert not dialog.save()
    assert dialog.problems_label.isVisibleTo(dialog)
    assert "no longer exists" in dialog.problems_label.text()


def test_swedish_numbers_are_shown_and_read_with_a_comma(qtbot: QtBot, shop: Shop) -> None:
    QLocale.setDefault(QLocale("sv_SE"))
    dialog = make_dialog(qtbot, shop, shop.measured)
    assert (dialog.minimum_edit.text(), dialog.target_edit.text()) == ("75", "76,8")
    assert "76,8 %" in dialog.proposal_label.text()
    dialog.minimum_edit.setText("74,5")
    dialog.target_edit.setText("80.25")  # a point is read too
    assert dialog.save()
    assert shop.levels(shop.measured) == (74.5, 80.25, 75.0)
