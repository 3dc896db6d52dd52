"""Improvement plans: the list, the chosen plan's actions, and following them to done."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from policydesk.domain.changes import Changes
from policydesk.domain.goals import ActionStatus, GoalTemplate, PlanStatus
from policydesk.domain.policy_content import GoalEntry
from policydesk.domain.reviews import ActionDraft
from policydesk.services.complaints import ComplaintService
from policydesk.services.demo import create_demo_file
from policydesk.services.goals import GoalsService
from policydesk.services.policy import PolicyService
from policydesk.services.reviews import ReviewService
from policydesk.storage.database import Database
from policydesk.ui.dialogs.plan_dialog import ActionDialog, PlanDialog
from policydesk.ui.widgets.improvement_plans import ImprovementPlansView
from tests.ui.conftest import FakePrompter

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
GOAL = "Klagomål lösta inom tre arbetsdagar"
STAFF = "Linnéa Åberg"
HOSTILE = "<b>Åsa & Ștefan</b> &amp; åäö șțăîâ"


class Shop:
    """The services of one open file, on a fixed clock."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.goals = GoalsService(database.sessions, clock=lambda: NOW)
        self.reviews = ReviewService(database.sessions, self.goals, clock=lambda: NOW)
        self.staff = ComplaintService(database.sessions)
        self.goal_id = 0
        self.staff_id = 0

    def measure(self, month: int, value: float) -> None:
        start = date(2026, month, 1)
        end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        outcome = self.goals.record_measurement(self.goal_id, start, end, value, replace=True)
        assert outcome.ok, outcome.problems


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("plans") / "demo.policydesk"
    create_demo_file(path, today=TODAY)
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Shop]:
    path = tmp_path / "demo.policydesk"
    shutil.copyfile(demo_file, path)
    database = Database.open(path)
    yield Shop(database)
    database.close()


@pytest.fixture
def shop(database: Database) -> Shop:
    """A new file with one goal (minimum 80 %), one member of staff and no plan yet."""
    shop = Shop(database)
    policy = PolicyService(database.sessions, clock=lambda: NOW)
    version = policy.start("Kundservicepolicy").version.id
    saved = policy.save_goal(
        version,
        GoalEntry(
            GOAL,
            template=GoalTemplate.COMPLAINTS_RESOLVED_WITHIN,
            unit="%",
            minimum_value=80.0,
            target_value=90.0,
        ),
    )
    assert saved.ok, saved.problems
    assert saved.id is not None
    shop.goal_id = saved.id
    member, problems, _ = shop.staff.add_staff(STAFF)
    assert member is not None, problems
    shop.staff_id = member.id
    return shop


def make_view(qtbot: QtBot, shop: Shop, prompter: FakePrompter) -> ImprovementPlansView:
    view = ImprovementPlansView(shop.reviews, shop.goals, shop.staff, prompter)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    return view


def cell(table: object, row: int, column: int) -> str:
    item = table.item(row, column)  # type: ignore[attr-defined]
    return item.text() if item is not None else ""


def action_row(view: ImprovementPlansView, description: str) -> int:
    for row in range(view.action_table.rowCount()):
        if cell(view.action_table, row, 0) == description:
            return row
    raise AssertionError(f"{description} is not listed")


def choose_action(view: ImprovementPlansView, description: str) -> None:
    view.action_table.selectRow(action_row(view, description))


# ---------------------------------------------------------------------------- the demo


def test_the_demo_plan_is_listed_with_its_actions(
    qtbot: QtBot, demo: Shop, prompter: FakePrompter
) -> None:
    view = make_view(qtbot, demo, prompter)
    assert view.plan_table.rowCount() == 1
    assert not view.empty_label.isVisible()
    assert cell(view.plan_table, 0, 0) == GOAL
    assert cell(view.plan_table, 0, 2) == "1 open"
    assert cell(view.plan_table, 0, 3) == "Open"
    assert view.goal_label.text() == f"Improvement plan for {GOAL}"
    assert view.reason_label.text().startswith("Why: Andelen klagomål")
    assert view.meeting_label.text().startswith("Made at the review meeting of ")
    assert view.action_table.rowCount() == 3
    statuses = [cell(view.action_table, row, 3) for row in range(3)]
    assert statuses.count("✓ Done") == 2
    assert statuses.count("○ Open") == 1
    done_on = [cell(view.action_table, row, 4) for row in range(3)]
    assert done_on.count("—") == 1
    # Nothing chosen yet: the action buttons say why they wait.
    assert view.add_action_button.isEnabled()
    assert not view.edit_action_button.isEnabled()
    assert view.done_button.toolTip() == "Choose an action in the list first."
    assert view.close_plan_button.isEnabled()
    assert not view.reopen_plan_button.isEnabled()


# ---------------------------------------------------------------------------- following actions


def test_marking_done_dropping_and_removing_actions(
    qtbot: QtBot, shop: Shop, prompter: FakePrompter
) -> None:
    shop.measure(10, 72.5)
    plan = shop.reviews.create_plan(
        shop.goal_id,
        "Kön växte.",
        actions=[
            ActionDraft("Ring tillbaka", shop.staff_id, date(2026, 11, 1)),  # overdue
            ActionDraft("Anställ en mekaniker", None, date(2026, 12, 15)),
            ActionDraft("Skrivfel", None, date(2026, 12, 20)),
        ],
    )
    assert plan.id is not None
    view = make_view(qtbot, shop, prompter)
    assert view.select_plan(plan.id)
    assert cell(view.plan_table, 0, 2) == "3 open, ⚠ 1 overdue"
    overdue = action_row(view, "Ring tillbaka")
    assert cell(view.action_table, overdue, 3) == "⚠ Overdue"
    item = view.action_table.item(overdue, 3)
    assert item is not None
    assert item.font().bold()

    choose_action(view, "Ring tillbaka")
    assert view.done_button.isEnabled()
    with qtbot.waitSignal(view.changes_made) as blocker:
        view.done_button.click()
    assert blocker.args == [Changes(goals=True)]
    row = action_row(view, "Ring tillbaka")
    assert cell(view.action_table, row, 3) == "✓ Done"
    assert cell(view.action_table, row, 4) == "23 Nov 2026"
    assert not view.done_button.isEnabled()  # still chosen, already done
    assert view.status_label.text() == "The action is marked done."

    choose_action(view, "Anställ en mekaniker")
    view.drop_button.click()
    assert cell(view.action_table, action_row(view, "Anställ en mekaniker"), 3) == "– Dropped"
    assert cell(view.plan_table, 0, 2) == "1 open"

    choose_action(view, "Skrivfel")
    prompter.answers = [False]
    assert not view.remove_action()
    assert "Skrivfel" in prompter.shown[-1].text
    assert view.action_table.rowCount() == 3
    prompter.answers = [True]
    view.remove_action_button.click()
    assert view.action_table.rowCount() == 2
    stored = shop.reviews.plan(plan.id)
    assert stored is not None
    assert [(a.description, a.status) for a in stored.actions] == [
        ("Ring tillbaka", ActionStatus.DONE),
        ("Anställ en mekaniker", ActionStatus.DROPPED),
    ]


def test_closing_asks_and_makes_the_plan_read_only_until_reopened(
    qtbot: QtBot, demo: Shop, prompter: FakePrompter
) -> None:
    view = make_view(qtbot, demo, prompter)
    plan_id = view.selected_plan_id()
    assert plan_id is not None
    prompter.answers = [False]
    assert not view.close_plan()
    question = prompter.shown[-1]
    assert question.kind == "confirm"
    assert "1 action is still open. It stays in the plan, shown as not done." in question.text
    assert demo.reviews.plan(plan_id).status is PlanStatus.OPEN  # type: ignore[union-attr]

    prompter.answers = [True]
    with qtbot.waitSignal(view.changes_made):
        view.close_plan_button.click()
    assert demo.reviews.plan(plan_id).status is PlanStatus.CLOSED  # type: ignore[union-attr]
    assert cell(view.plan_table, 0, 3) == "Closed on 23 Nov 2026"
    assert view.closed_label.text().startswith("Closed on 23 Nov 2026.")
    assert "1 action was not done." in view.closed_label.text()
    # Still listed as not done; nothing can be changed.
    assert "○ Open" in [cell(view.action_table, row, 3) for row in range(3)]
    view.action_table.selectRow(0)
    why = "This plan is closed. Reopen it to change its actions."
    for button in (
        view.add_action_button,
        view.edit_action_button,
        view.done_button,
        view.drop_button,
        view.remove_action_button,
    ):
        assert not button.isEnabled()
        assert button.toolTip() == why
    assert view.add_action() is None
    assert not view.mark_done()
    assert not view.close_plan_button.isEnabled()

    view.reopen_plan_button.click()
    assert demo.reviews.plan(plan_id).status is PlanStatus.OPEN  # type: ignore[union-attr]
    assert view.add_action_button.isEnabled()
    assert view.status_label.text() == "The plan is open again."


def test_adding_and_editing_an_action_keeps_what_was_typed(
    qtbot: QtBot, demo: Shop, prompter: FakePrompter
) -> None:
    view = make_view(qtbot, demo, prompter)
    plan_id = view.selected_plan_id()
    assert plan_id is not None
    dialog = view.add_action()
    assert isinstance(dialog, ActionDialog)
    assert dialog.due_edit.due_on() is None
    assert dialog.due_edit.text() == "No date"
    # Empty, then without a date: said under the field, nothing stored.
    assert not dialog.save()
    assert dialog.problem_labels["description"].text() == "⚠ Say what is to be done."
    assert dialog.problem_labels["due_on"].text().startswith("⚠ Choose by when it must be done")
    dialog.description_edit.setText(HOSTILE)
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findText("Ioana Mureșan"))
    assert not dialog.save()
    assert dialog.problem_labels["description"].isHidden()
    assert not dialog.problem_labels["due_on"].isHidden()
    assert len(demo.reviews.plan(plan_id).actions) == 3  # type: ignore[union-attr]
    dialog.due_edit.set_due_on(date(2026, 12, 31))
    with qtbot.waitSignal(view.changes_made):
        assert dialog.save()
    row = action_row(view, HOSTILE)
    assert view.selected_action_id() is not None
    assert cell(view.action_table, row, 1) == "Ioana Mureșan"
    assert cell(view.action_table, row, 2) == "31 Dec 2026"

    # Edit: reload shows what was stored, letter for letter.
    dialog = view.edit_action()
    assert isinstance(dialog, ActionDialog)
    assert dialog.description_edit.text() == HOSTILE
    assert dialog.owner_combo.currentText() == "Ioana Mureșan"
    assert dialog.due_edit.due_on() == date(2026, 12, 31)
    dialog.description_edit.setText(HOSTILE + " ăîâ")
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("done"))
    assert dialog.save()
    stored = next(
        action
        for action in demo.reviews.plan(plan_id).actions  # type: ignore[union-attr]
        if action.description.startswith("<b>")
    )
    assert stored.description == HOSTILE + " ăîâ"
    assert stored.status is ActionStatus.DONE
    assert stored.done_on == TODAY


# ---------------------------------------------------------------------------- new plans


def test_a_new_plan_with_bad_actions_is_refused_whole(
    qtbot: QtBot, shop: Shop, prompter: FakePrompter
) -> None:
    view = make_view(qtbot, shop, prompter)
    assert view.empty_label.isVisible()
    assert not view.plan_table.isVisible()
    assert view.new_plan_button.isEnabled()
    shop.measure(10, 72.5)
    dialog = view.new_plan()
    assert isinstance(dialog, PlanDialog)
    assert dialog.goal_combo.currentText() == f"{GOAL} (below its minimum)"
    assert dialog.reason_edit.toPlainText() == "October 2026: 72.5 % against a minimum of 80 %."
    first = dialog.rows[0]
    first.description_edit.setText("")
    first.owner_combo.setCurrentIndex(first.owner_combo.findData(shop.staff_id))
    first.due_edit.set_due_on(date(2027, 1, 10))
    second = dialog.add_row()
    second.description_edit.setText("Ring varje kund")
    blank = dialog.add_row()  # left empty: not part of the plan
    third = dialog.add_row()
    third.description_edit.setText("x" * 2001)
    third.due_edit.set_due_on(date(2027, 1, 10))
    dialog.reason_edit.setPlainText("y" * 20_001)
    assert not dialog.save()
    assert first.problem_label.text() == "⚠ Say what is to be done."
    assert second.problem_label.text().startswith("⚠ Choose by when it must be done")
    assert blank.problem_label.isHidden()
    assert "The action's description is too long" in third.problem_label.text()
    assert "The reason for the plan is too long" in dialog.problem_labels["reason"].text()
    assert shop.reviews.plans() == []

    # Removing a row and fixing the rest makes the plan, nothing typed was lost.
    dialog.remove_row(third)
    assert len(dialog.rows) == 3
    first.description_edit.setText(HOSTILE)
    second.due_edit.set_due_on(date(2026, 12, 1))
    dialog.reason_edit.setPlainText(HOSTILE)
    with qtbot.waitSignal(view.changes_made):
        assert dialog.save()
    plans = shop.reviews.plans()
    assert len(plans) == 1
    assert plans[0].reason == HOSTILE
    assert sorted(action.description for action in plans[0].actions) == [
        HOSTILE,
        "Ring varje kund",
    ]
    assert view.selected_plan_id() == plans[0].id
    assert view.plan_table.isVisible()
    assert view.meeting_label.text() == "Made on 23 Nov 2026, outside a review meeting."

    # A second plan for the same goal is refused under the goal.
    again = view.new_plan(shop.goal_id)
    assert isinstance(again, PlanDialog)
    assert again.goal_combo.currentText() == f"{GOAL} (has an open plan)"
    again.reason_edit.setPlainText("Igen")
    assert not again.save()
    assert "already has an open improvement plan" in again.problem_labels["goal"].text()
    assert len(shop.reviews.plans()) == 1


def test_the_suggested_reason_never_replaces_typed_text(
    qtbot: QtBot, demo: Shop, prompter: FakePrompter
) -> None:
    view = make_view(qtbot, demo, prompter)
    dialog = view.new_plan()
    assert isinstance(dialog, PlanDialog)
    dialog.reason_edit.setPlainText("Egen text")
    dialog.goal_combo.setCurrentIndex((dialog.goal_combo.currentIndex() + 1) % 5)
    assert dialog.reason_edit.toPlainText() == "Egen text"


def test_select_plan_and_refresh_on_changes(
    qtbot: QtBot, shop: Shop, prompter: FakePrompter
) -> None:
    view = make_view(qtbot, shop, prompter)
    assert not view.select_plan(999)
    made = shop.reviews.create_plan(shop.goal_id, "Gjord utanför vyn")
    assert made.id is not None
    view.on_changes(Changes(complaints=True))
    assert view.plan_table.rowCount() == 0  # not a change the plans care about
    view.on_changes(Changes(goals=True))
    assert view.plan_table.rowCount() == 1
    assert view.select_plan(made.id)
    assert cell(view.plan_table, 0, 2) == "none open"
    assert view.action_table.rowCount() == 0
