"""Steps 6, 7 and 8 of the policy wizard: policy areas, staff guidelines, rollout and follow-up.

Each test fills a step as an owner would, lets the autosave write it, and checks both what the
page shows and what the file holds (read back through the service, or in a fresh page).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import cast

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDoubleSpinBox

from policydesk.domain.complaints import Channel
from policydesk.domain.errors import ErrorCode, UserFacingError
from policydesk.domain.goals import Cadence
from policydesk.domain.policy import Decider, InflowPeriod, PolicyArea, PolicyStep
from policydesk.domain.policy_content import MAX_TEXT, GoalEntry, PolicyContent
from policydesk.services.workspace import Workspace
from policydesk.ui.wizard import policy_texts as texts
from policydesk.ui.wizard.fields import AmountAnswer, ChoiceAnswer, DateAnswer, TextAnswer
from policydesk.ui.wizard.policy_page import PolicyPage
from policydesk.ui.wizard.steps.areas import AreasStep
from policydesk.ui.wizard.steps.guidelines import GuidelinesStep
from policydesk.ui.wizard.steps.rollout import RolloutStep
from tests.ui.conftest import FakePrompter

# Swedish and Romanian letters, emoji and markup that must come back exactly as typed.
TRICKY = "Åsa och Örjan bakar ä/ö/å – Știință, mărar, îngheţată ăîâșț 🍰🚲 <b>&amp;</b> \"x\" 'y'"
HUGE = "x" * (MAX_TEXT + 1)


def content(workspace: Workspace) -> PolicyContent:
    state = workspace.policy.state()
    assert state is not None
    return state.content


def areas_step(page: PolicyPage) -> AreasStep:
    page.show_step(PolicyStep.AREAS)
    return cast(AreasStep, page.pages[PolicyStep.AREAS])


def guidelines_step(page: PolicyPage) -> GuidelinesStep:
    page.show_step(PolicyStep.GUIDELINES)
    return cast(GuidelinesStep, page.pages[PolicyStep.GUIDELINES])


def rollout_step(page: PolicyPage) -> RolloutStep:
    page.show_step(PolicyStep.ROLLOUT)
    return cast(RolloutStep, page.pages[PolicyStep.ROLLOUT])


@pytest.fixture
def reopen(
    qtbot: QtBot, workspace: Workspace, prompter: FakePrompter
) -> Iterator[Callable[[], PolicyPage]]:
    """Builds a second policy page on the same file, as after closing and reopening."""
    made: list[PolicyPage] = []

    def build() -> PolicyPage:
        page = PolicyPage(workspace.policy, workspace.complaints, prompter)
        qtbot.addWidget(page)
        page.resize(1100, 800)
        page.show()
        made.append(page)
        return page

    yield build
    for page in made:
        page.shut_down()


def text_answer(step: AreasStep | GuidelinesStep | RolloutStep, key: str) -> TextAnswer:
    answer = step.answers[key]
    assert isinstance(answer, TextAnswer)
    return answer


# ---------------------------------------------------------------------------- step 6


def test_every_area_has_questions_a_text_and_a_print_switch(policy_page: PolicyPage) -> None:
    step = areas_step(policy_page)
    assert list(step.blocks) == list(PolicyArea)
    for area, block in step.blocks.items():
        assert block.toggle_button.text() == texts.area_label(area)
        assert block.answer.hint_label.text().count("?") >= 2
        assert block.answer.example
        assert block.print_check.isChecked()
        assert block.print_check.text() == "Include in the printed policy"
        assert step.answers[f"areas.{area.value}"] is block.answer
    assert "annoying" in step.guidance.text()


def test_area_texts_survive_save_and_reload(
    policy_page: PolicyPage, workspace: Workspace, reopen: Callable[[], PolicyPage]
) -> None:
    step = areas_step(policy_page)
    for number, block in enumerate(step.blocks.values()):
        block.answer.text_edit.setPlainText(f"{TRICKY} {number}\nline two")
    policy_page.saves.flush()

    sections = content(workspace).sections
    for number, area in enumerate(PolicyArea):
        assert sections[f"areas.{area.value}"] == f"{TRICKY} {number}\nline two"
    assert policy_page.step_states[PolicyStep.AREAS].value == "in_progress"

    again = areas_step(reopen())
    for number, block in enumerate(again.blocks.values()):
        assert block.answer.value() == f"{TRICKY} {number}\nline two"


def test_the_example_fills_an_area(policy_page: PolicyPage, workspace: Workspace) -> None:
    block = areas_step(policy_page).blocks[PolicyArea.SPEED]
    block.answer.example_button.click()
    policy_page.saves.flush()
    assert content(workspace).text("areas.speed") == block.answer.example.strip()


def test_unticked_area_is_left_out_of_print_after_reload(
    policy_page: PolicyPage, workspace: Workspace, reopen: Callable[[], PolicyPage]
) -> None:
    step = areas_step(policy_page)
    step.blocks[PolicyArea.RETENTION].print_check.click()
    step.blocks[PolicyArea.EMPLOYEE_MONITORING].print_check.click()
    # A click is saved at once, without waiting for the autosave.
    assert content(workspace).excluded == {"areas.retention", "areas.employee_monitoring"}

    again = areas_step(reopen())
    for area, block in again.blocks.items():
        expected = area not in (PolicyArea.RETENTION, PolicyArea.EMPLOYEE_MONITORING)
        assert block.print_check.isChecked() is expected, area

    again.blocks[PolicyArea.RETENTION].print_check.click()
    assert content(workspace).excluded == {"areas.employee_monitoring"}


def test_untick_with_text_keeps_the_text(policy_page: PolicyPage, workspace: Workspace) -> None:
    block = areas_step(policy_page).blocks[PolicyArea.COMPLAINTS]
    block.answer.text_edit.setPlainText(TRICKY)
    block.print_check.click()
    policy_page.saves.flush()
    stored = content(workspace)
    assert stored.text("areas.complaints") == TRICKY.strip()
    assert not stored.printed("areas.complaints")


def test_a_print_switch_that_cannot_be_saved_says_so_and_springs_back(
    policy_page: PolicyPage,
    workspace: Workspace,
    prompter: FakePrompter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full_disk(*_args: object) -> object:
        raise UserFacingError(ErrorCode.DISK_FULL)

    monkeypatch.setattr(workspace.policy, "set_printed", full_disk)
    block = areas_step(policy_page).blocks[PolicyArea.SPEED]
    block.print_check.click()
    assert len(prompter.errors) == 1
    assert block.print_check.isChecked()
    monkeypatch.undo()
    assert content(workspace).excluded == frozenset()


def test_folded_areas_show_the_start_of_their_text(policy_page: PolicyPage) -> None:
    step = areas_step(policy_page)
    block = step.blocks[PolicyArea.OVERVIEW]
    block.answer.text_edit.setPlainText("Bröd, bullar\noch tårtor 🎂")
    step.collapse_all_button.click()
    assert all(not b.answer.isVisibleTo(step) for b in step.blocks.values())
    assert block.summary_label.isVisibleTo(step)
    assert block.summary_label.full_text() == "Bröd, bullar och tårtor 🎂"
    assert step.blocks[PolicyArea.SPEED].summary_label.full_text() == "Nothing written yet"

    block.toggle_button.click()
    assert block.answer.isVisibleTo(step)
    assert not block.summary_label.isVisibleTo(step)

    # The review's links unfold a folded area before putting the cursor in it.
    step.focus_answer("areas.retention")
    assert step.blocks[PolicyArea.RETENTION].is_expanded()
    step.expand_all_button.click()
    assert all(b.is_expanded() for b in step.blocks.values())


def test_huge_area_text_shows_a_problem_and_keeps_the_stored_text(
    policy_page: PolicyPage, workspace: Workspace
) -> None:
    answer = areas_step(policy_page).blocks[PolicyArea.FOLLOW_UP].answer
    answer.text_edit.setPlainText("Karin ringer dagen före.")
    policy_page.saves.flush()
    answer.text_edit.setPlainText(HUGE)
    policy_page.saves.flush()
    assert "20,001" in answer.problems_shown() or "20001" in answer.problems_shown()
    assert content(workspace).text("areas.follow_up") == "Karin ringer dagen före."
    answer.text_edit.setPlainText("Kortare.")
    policy_page.saves.flush()
    assert answer.problems_shown() == ""


def test_channel_strategy_and_tone_survive_reload_and_keep_the_inflows(
    policy_page: PolicyPage, workspace: Workspace, reopen: Callable[[], PolicyPage]
) -> None:
    version_id = policy_page.context.version_id
    assert workspace.policy.set_inflow(version_id, Channel.PHONE, 40, InflowPeriod.DAY).ok
    assert workspace.policy.set_inflow(version_id, Channel.EMAIL, 12, InflowPeriod.WEEK).ok
    step = areas_step(policy_page)
    phone, email = step.voice_rows[Channel.PHONE], step.voice_rows[Channel.EMAIL]
    phone.strategy_edit.setPlainText(f"Svara inom fyra signaler. {TRICKY}")
    phone.tone_edit.setPlainText("Varm, säg ditt namn 😊")
    email.strategy_edit.setPlainText("Răspundem în aceeași zi lucrătoare.")
    email.tone_edit.setPlainText("Prietenos și scurt <i>semnat</i>")
    assert policy_page.saves.has_pending()
    policy_page.saves.flush()

    plans = {plan.channel: plan for plan in content(workspace).channels}
    assert plans[Channel.PHONE].strategy == f"Svara inom fyra signaler. {TRICKY}"
    assert plans[Channel.PHONE].tone == "Varm, säg ditt namn 😊"
    assert plans[Channel.PHONE].inflow_count == 40
    assert plans[Channel.PHONE].inflow_period is InflowPeriod.DAY
    assert plans[Channel.EMAIL].strategy == "Răspundem în aceeași zi lucrătoare."
    assert plans[Channel.EMAIL].tone == "Prietenos și scurt <i>semnat</i>"
    assert plans[Channel.EMAIL].inflow_count == 12
    assert plans[Channel.EMAIL].inflow_period is InflowPeriod.WEEK

    again = areas_step(reopen())
    assert again.voice_rows[Channel.PHONE].strategy() == f"Svara inom fyra signaler. {TRICKY}"
    assert again.voice_rows[Channel.PHONE].tone() == "Varm, säg ditt namn 😊"
    assert again.voice_rows[Channel.EMAIL].tone() == "Prietenos și scurt <i>semnat</i>"
    assert again.voice_rows[Channel.COUNTER].strategy() == ""


def test_huge_channel_text_shows_a_problem_and_is_not_stored(
    policy_page: PolicyPage, workspace: Workspace
) -> None:
    row = areas_step(policy_page).voice_rows[Channel.SOCIAL]
    row.tone_edit.setPlainText("Glad")
    policy_page.saves.flush()
    row.strategy_edit.setPlainText(HUGE)
    policy_page.saves.flush()
    assert row.problems_shown().startswith("Strategy: ")
    plans = {plan.channel: plan for plan in content(workspace).channels}
    assert plans[Channel.SOCIAL].strategy == ""
    assert plans[Channel.SOCIAL].tone == "Glad"
    row.strategy_edit.setPlainText("Dagens bröd")
    policy_page.saves.flush()
    assert row.problems_shown() == ""


# ---------------------------------------------------------------------------- step 7


def test_the_four_steps_fill_an_empty_guideline(
    policy_page: PolicyPage, workspace: Workspace
) -> None:
    step = guidelines_step(policy_page)
    button = step.complaint_steps.example_button
    assert button.text() == "Start from the Four Steps"
    button.click()
    policy_page.saves.flush()
    stored = content(workspace).text("guidelines.complaint_steps")
    for start in ("1. Understand", "2. Find the cause", "3. Propose", "4. Resolve"):
        assert start in stored
    assert "I own and immediately resolve guest problems" in step.guidance.text()


def test_guidelines_are_stored_with_the_limit_in_minor_units(
    policy_page: PolicyPage, workspace: Workspace, reopen: Callable[[], PolicyPage]
) -> None:
    step = guidelines_step(policy_page)
    step.complaint_steps.text_edit.setPlainText(TRICKY)
    step.discretion.text_edit.setPlainText("Alla får byta en tårta på stående fot. Înlocuim.")
    step.escalation.text_edit.setPlainText("Skiftledaren → ägaren inom två dagar ✅")
    assert isinstance(step.compensation_limit, AmountAnswer)
    assert step.compensation_limit.spin.suffix() == " SEK"
    spin = step.compensation_limit.spin
    assert isinstance(spin, QDoubleSpinBox)
    spin.setValue(500.5)
    policy_page.saves.flush()

    stored = content(workspace)
    assert stored.sections["guidelines.complaint_steps"] == TRICKY
    assert stored.sections["guidelines.discretion"] == (
        "Alla får byta en tårta på stående fot. Înlocuim."
    )
    assert stored.sections["guidelines.escalation"] == "Skiftledaren → ägaren inom två dagar ✅"
    assert stored.sections["guidelines.compensation_limit"] == "50050"

    again = guidelines_step(reopen())
    assert again.compensation_limit.spin.value() == pytest.approx(500.5)
    assert again.complaint_steps.value() == TRICKY


def test_huge_guideline_shows_a_problem_and_is_not_stored(
    policy_page: PolicyPage, workspace: Workspace
) -> None:
    step = guidelines_step(policy_page)
    step.complaint_steps.text_edit.setPlainText(HUGE)
    policy_page.saves.flush()
    assert "shorten it" in step.complaint_steps.problems_shown()
    assert content(workspace).text("guidelines.complaint_steps") == ""


# ---------------------------------------------------------------------------- step 8


def test_rollout_is_stored_as_codes_and_iso_dates(
    policy_page: PolicyPage, workspace: Workspace, reopen: Callable[[], PolicyPage]
) -> None:
    step = rollout_step(policy_page)
    text_answer(step, "rollout.training").text_edit.setPlainText(f"Möte före öppning. {TRICKY}")
    meeting = step.answers["rollout.meeting_date"]
    assert isinstance(meeting, DateAnswer)
    meeting.date_edit.setDate(QDate(2026, 3, 9))
    decider = step.answers["rollout.decider"]
    cadence = step.answers["rollout.cadence"]
    assert isinstance(decider, ChoiceAnswer)
    assert isinstance(cadence, ChoiceAnswer)
    assert [decider.combo.itemData(i) for i in range(decider.combo.count())] == [
        "",
        *(d.value for d in Decider),
    ]
    decider.combo.setCurrentIndex(decider.combo.findData(Decider.MANAGEMENT.value))
    assert decider.combo.currentText() == "The management team"
    cadence.combo.setCurrentIndex(cadence.combo.findData(Cadence.QUARTERLY.value))
    text_answer(step, "rollout.decision").text_edit.setPlainText("Ägaren skriver under.")
    step.follow_up_owner.line_edit.setText("Ștefan Ăsăvoaie")
    text_answer(step, "rollout.follow_up").text_edit.setPlainText("Lapp i personalrummet 📌")
    policy_page.saves.flush()

    sections = content(workspace).sections
    assert sections["rollout.training"] == f"Möte före öppning. {TRICKY}"
    assert sections["rollout.meeting_date"] == "2026-03-09"
    assert sections["rollout.decider"] == "management"
    assert sections["rollout.cadence"] == "quarterly"
    assert sections["rollout.decision"] == "Ägaren skriver under."
    assert sections["rollout.follow_up_owner"] == "Ștefan Ăsăvoaie"
    assert sections["rollout.follow_up"] == "Lapp i personalrummet 📌"

    again = rollout_step(reopen())
    assert again.answers["rollout.meeting_date"].value() == "2026-03-09"
    assert again.answers["rollout.decider"].value() == "management"
    assert again.answers["rollout.cadence"].value() == "quarterly"
    assert again.follow_up_owner.value() == "Ștefan Ăsăvoaie"


def test_staff_names_are_suggested_for_follow_up(
    policy_page: PolicyPage, workspace: Workspace
) -> None:
    step = rollout_step(policy_page)
    assert step.staff_names() == []
    assert not step.staff_action.isVisible()
    for name in ("Örjan Berg", "Ioana Mărășescu"):
        member, problems, _changes = workspace.complaints.add_staff(name)
        assert member is not None, problems
    policy_page.show_step(PolicyStep.AREAS)
    policy_page.show_step(PolicyStep.ROLLOUT)  # shown again: the list is read again
    assert sorted(step.staff_names()) == ["Ioana Mărășescu", "Örjan Berg"]
    assert step.staff_action.isVisible()

    completer = step.staff_completer
    completer.setCompletionPrefix("berg")
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Örjan Berg"

    # Picking a suggestion stores the name as typed text, like typing it would.
    step.follow_up_owner.line_edit.setText(completer.currentCompletion())
    policy_page.saves.flush()
    assert content(workspace).text("rollout.follow_up_owner") == "Örjan Berg"
    step.staff_action.trigger()
    assert completer.completionPrefix() == ""


def test_huge_follow_up_text_shows_a_problem(policy_page: PolicyPage, workspace: Workspace) -> None:
    step = rollout_step(policy_page)
    answer = text_answer(step, "rollout.follow_up")
    answer.text_edit.setPlainText(HUGE)
    policy_page.saves.flush()
    assert answer.problems_shown()
    assert content(workspace).text("rollout.follow_up") == ""


# ---------------------------------------------------------------------------- approval


def test_the_three_steps_are_read_only_after_approval(
    policy_page: PolicyPage, workspace: Workspace
) -> None:
    areas = areas_step(policy_page)
    areas.blocks[PolicyArea.SPEED].answer.text_edit.setPlainText("Fem minuter i kö.")
    areas.voice_rows[Channel.PHONE].tone_edit.setPlainText("Varm")
    guidelines = guidelines_step(policy_page)
    guidelines.complaint_steps.example_button.click()
    rollout = rollout_step(policy_page)
    rollout.follow_up_owner.line_edit.setText("Karin Lindgren")
    policy_page.saves.flush()

    policy = workspace.policy
    version_id = policy_page.context.version_id
    assert policy.approval_problems(version_id)
    today = policy.today().isoformat()
    result = policy.set_answers(
        version_id,
        {"vision.final": "Alltid färskt", "approval.approvers": "Karin", "approval.date": today},
    )
    assert result.ok, result.problems
    assert policy.save_goal(version_id, GoalEntry("Svara inom 30 s", target_value=80)).ok
    assert policy.approval_problems(version_id) == []
    assert policy.approve(version_id).ok
    policy_page.refresh()
    assert not policy_page.context.editable

    block = areas.blocks[PolicyArea.SPEED]
    assert block.answer.text_edit.isReadOnly()
    assert block.answer.value() == "Fem minuter i kö."
    assert not block.answer.example_button.isEnabled()
    assert not block.print_check.isEnabled()
    assert areas.voice_rows[Channel.PHONE].tone_edit.isReadOnly()
    assert areas.voice_rows[Channel.PHONE].tone() == "Varm"
    assert guidelines.complaint_steps.text_edit.isReadOnly()
    assert guidelines.compensation_limit.spin.isReadOnly()
    assert rollout.follow_up_owner.line_edit.isReadOnly()
    assert not rollout.answers["rollout.decider"].editor.isEnabled()
    assert not rollout.staff_action.isEnabled()

    # Even a change made by the program is neither saved nor sent to the file.
    areas.voice_rows[Channel.PHONE].tone_edit.setPlainText("Kall")
    block.print_check.setChecked(False)
    assert not policy_page.saves.has_pending()
    frozen = policy.content_of(version_id)
    assert frozen is not None
    assert frozen.printed("areas.speed")
    assert {plan.channel: plan for plan in frozen.channels}[Channel.PHONE].tone == "Varm"
