"""An owner walks all nine steps, approves version 1, starts version 2 and sees what changed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, Qt

from policydesk.domain.complaints import Channel
from policydesk.domain.goals import GoalTemplate
from policydesk.domain.policy import PolicyArea, PolicyStatus, PolicyStep, StepState
from policydesk.services.workspace import Workspace
from policydesk.ui.wizard.fields import DateAnswer, LineAnswer, TextAnswer
from policydesk.ui.wizard.policy_page import PolicyPage
from policydesk.ui.wizard.steps.areas import AreasStep
from policydesk.ui.wizard.steps.goals import GoalsStep
from policydesk.ui.wizard.steps.needs import NeedsStep
from policydesk.ui.wizard.steps.review import ReviewStep
from policydesk.ui.wizard.steps.today import TodayStep
from policydesk.ui.wizard.steps.vision import VisionStep
from tests.ui.conftest import FakePrompter


@pytest.fixture
def owner_page(qtbot: QtBot, workspace: Workspace) -> Iterator[tuple[PolicyPage, FakePrompter]]:
    prompter = FakePrompter(answers=[True])  # yes, approve
    page = PolicyPage(workspace.policy, workspace.complaints, prompter)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    yield page, prompter
    page.shut_down()


def write(page: PolicyPage, key: str, text: str) -> None:
    step = page.current_step()
    assert step is not None
    answer = page.pages[step].answers[key]
    if isinstance(answer, TextAnswer):
        answer.text_edit.setPlainText(text)
    else:
        assert isinstance(answer, LineAnswer)
        answer.line_edit.setText(text)


def press_next(qtbot: QtBot, page: PolicyPage) -> None:
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)


def test_an_owner_walks_all_nine_steps_and_approves(
    qtbot: QtBot, owner_page: tuple[PolicyPage, FakePrompter], workspace: Workspace
) -> None:
    page, prompter = owner_page

    # 1. Business and mission
    write(page, "business.name", "Cofetăria Ștefan & Åsa")
    write(page, "mission.who_we_are", "Ett litet bageri med café – <b>färskt</b> varje dag 🥐")
    write(page, "mission.strategic_mission", "Lösa problem snabbt och sälja rätt tårta.")
    press_next(qtbot, page)

    # 2. Today: contacts per channel and own resources
    today = page.pages[PolicyStep.TODAY]
    assert isinstance(today, TodayStep)
    today.inflow_table.count_spins[Channel.PHONE].setValue(30)
    today.inflow_table.count_spins[Channel.COUNTER].setValue(80)
    write(page, "today.desired_state", "Alla får svar samma dag.")
    press_next(qtbot, page)

    # 3. Customer needs: the top problem, checked against the rule
    needs = page.pages[PolicyStep.NEEDS]
    assert isinstance(needs, NeedsStep)
    row = needs.problem_rows[1]
    row.title_edit.setText("Beställda tårtor inte klara i tid")
    for check in (row.frequent_check, row.costly_check, row.actionable_check):
        check.setChecked(True)
    press_next(qtbot, page)

    # 4. Vision: build it from the summary's words
    vision = page.pages[PolicyStep.VISION]
    assert isinstance(vision, VisionStep)
    vision.summary_answer.text_edit.setPlainText("Färskt bröd, vänligt bemötande, tårtor i tid")
    assert vision.chips
    for chip in vision.chips[:3]:
        qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert vision.final_answer.value()
    press_next(qtbot, page)

    # 5. Goals: a phone goal for top problem 1, from the template
    goals = page.pages[PolicyStep.GOALS]
    assert isinstance(goals, GoalsStep)
    dialog = goals.add_goal(GoalTemplate.PHONE_ANSWER_WITHIN, 1)
    assert dialog is not None
    dialog.target_spin.setValue(80)
    dialog.accept()
    assert goals.goal_table.rowCount() == 1
    press_next(qtbot, page)

    # 6. Policy areas: one text, one area left out of print
    areas = page.pages[PolicyStep.AREAS]
    assert isinstance(areas, AreasStep)
    areas.blocks[PolicyArea.SPEED].answer.text_edit.setPlainText("Ingen väntar mer än 5 min.")
    areas.blocks[PolicyArea.RETENTION].print_check.setChecked(False)
    press_next(qtbot, page)

    # 7. Staff guidelines: start from the four steps
    guideline = page.pages[PolicyStep.GUIDELINES].answers["guidelines.complaint_steps"]
    assert isinstance(guideline, TextAnswer)
    guideline.example_button.click()
    press_next(qtbot, page)

    # 8. Rollout: the person responsible for follow-up
    write(page, "rollout.follow_up_owner", "Ioana Mureșan")
    press_next(qtbot, page)

    # 9. Review and approve
    assert page.current_step() is PolicyStep.APPROVAL
    review = page.pages[PolicyStep.APPROVAL]
    assert isinstance(review, ReviewStep)
    write(page, "approval.approvers", "Åsa Lind (ägare)")
    day = review.answers["approval.date"]
    assert isinstance(day, DateAnswer)
    day.date_edit.setDate(QDate.currentDate())
    page.saves.flush()
    assert "&lt;b&gt;färskt&lt;/b&gt;" in review.policy_view.toHtml()
    qtbot.mouseClick(review.approve_button, Qt.MouseButton.LeftButton)
    assert not prompter.errors, prompter.shown

    state = workspace.policy.state()
    assert state is not None
    assert state.version.status is PolicyStatus.APPROVED
    content = state.content
    assert content.business_name == "Cofetăria Ștefan & Åsa"
    assert content.text("mission.who_we_are").endswith("<b>färskt</b> varje dag 🥐")
    assert {plan.channel: plan.inflow_count for plan in content.channels} == {
        Channel.PHONE: 30,
        Channel.COUNTER: 80,
    }
    assert content.top_problems[0].passes_rule
    assert content.goals[0].top_problem_rank == 1
    assert content.goals[0].threshold_seconds
    assert "areas.retention" in content.excluded
    assert content.text("guidelines.complaint_steps")
    for step in PolicyStep:
        if step is not PolicyStep.APPROVAL:
            assert state.steps[step] is StepState.DONE, step
    assert "was approved" in page.version_label.text()

    # Editing an approved policy starts version 2; the comparison shows the change.
    qtbot.mouseClick(page.new_version_button, Qt.MouseButton.LeftButton)
    page.show_step(PolicyStep.MISSION)
    write(page, "mission.strategic_mission", "Lösa problem samma dag och sälja rätt tårta.")
    page.show_step(PolicyStep.APPROVAL)
    review = page.pages[PolicyStep.APPROVAL]
    assert isinstance(review, ReviewStep)
    review.compare_versions()
    compare = review.compare_dialog
    assert compare is not None
    shown = compare.shown_html
    assert "samma dag" in shown
    assert "Version 1" in compare.older_combo.currentText()
    assert "Version 2" in compare.newer_combo.currentText()
    compare.close()
