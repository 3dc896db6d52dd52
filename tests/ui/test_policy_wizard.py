"""The policy wizard as a whole: starting, moving between steps, saving as typed, resuming."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from policydesk.domain.changes import Changes
from policydesk.domain.errors import ErrorCode, UserFacingError
from policydesk.domain.goals import GoalTemplate
from policydesk.domain.policy import PolicyStatus, PolicyStep, StepState
from policydesk.domain.policy_content import MAX_TEXT, GoalEntry
from policydesk.services.workspace import Workspace
from policydesk.ui.main_window import MainWindow
from policydesk.ui.pages.home_page import HomePage
from policydesk.ui.wizard.autosave import LONGEST_WAIT_MS
from policydesk.ui.wizard.fields import LineAnswer, TextAnswer
from policydesk.ui.wizard.policy_page import PolicyPage
from policydesk.ui.wizard.steps.goals import GoalsStep
from tests.ui.conftest import FakePrompter

UNICODE = "Brutăria „Ștefan” & Åsa's bageri <b>&amp;</b> 🥐\nAndra raden"


def text_answer(page: PolicyPage, step: PolicyStep, key: str) -> TextAnswer:
    answer = page.pages[step].answers[key]
    assert isinstance(answer, TextAnswer)
    return answer


def stored(workspace: Workspace) -> dict[str, str]:
    state = workspace.policy.state()
    assert state is not None
    return dict(state.content.sections)


def step_text(page: PolicyPage, step: PolicyStep) -> str:
    return page.step_list.item(list(PolicyStep).index(step)).text()


def test_the_page_offers_to_start_and_starts_a_first_draft(
    qtbot: QtBot, workspace: Workspace, prompter: FakePrompter
) -> None:
    page = PolicyPage(workspace.policy, workspace.complaints, prompter)
    qtbot.addWidget(page)
    page.show()
    assert page.outer.currentWidget() is page.start_panel
    assert workspace.policy.state() is None  # looking at the page writes nothing
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.outer.currentWidget() is page.wizard_panel
    state = workspace.policy.state()
    assert state is not None
    assert state.version.number == 1
    assert page.current_step() is PolicyStep.MISSION
    assert "Draft of version 1" in page.version_label.text()
    assert not page.back_button.isEnabled()
    assert page.step_list.count() == 9


def test_typing_is_saved_without_any_save_button(
    qtbot: QtBot, policy_page: PolicyPage, workspace: Workspace
) -> None:
    answer = text_answer(policy_page, PolicyStep.MISSION, "mission.who_we_are")
    answer.text_edit.setPlainText(UNICODE)
    assert policy_page.save_label.text() == "Saving…"
    assert "In progress" in step_text(policy_page, PolicyStep.MISSION)
    # Written by the timer alone, well within the promised second.
    qtbot.waitUntil(
        lambda: stored(workspace).get("mission.who_we_are") == UNICODE,
        timeout=LONGEST_WAIT_MS + 500,
    )
    assert policy_page.save_label.text() == "All changes saved."


def test_a_steady_typist_is_saved_at_least_every_second(
    qtbot: QtBot, policy_page: PolicyPage, workspace: Workspace
) -> None:
    answer = text_answer(policy_page, PolicyStep.MISSION, "mission.ambition")
    typed = ""
    for letter in "Bäst i stan på leveranser":
        typed += letter
        answer.text_edit.setPlainText(typed)
        qtbot.wait(60)  # faster than the quiet time, so only the longest wait can fire
    saved = stored(workspace).get("mission.ambition", "")
    assert saved
    assert typed.startswith(saved)


def test_the_business_name_goes_to_the_business(
    policy_page: PolicyPage, workspace: Workspace
) -> None:
    answer = policy_page.pages[PolicyStep.MISSION].answers["business.name"]
    assert isinstance(answer, LineAnswer)
    answer.line_edit.setText("Cofetăria Dulce & Co")
    policy_page.saves.flush()
    state = workspace.policy.state()
    assert state is not None
    assert state.content.business_name == "Cofetăria Dulce & Co"


def test_next_marks_steps_done_or_skipped_and_back_goes_back(
    qtbot: QtBot, policy_page: PolicyPage, workspace: Workspace
) -> None:
    text_answer(policy_page, PolicyStep.MISSION, "mission.approach").text_edit.setPlainText(
        "Vi lyssnar först."
    )
    qtbot.mouseClick(policy_page.next_button, Qt.MouseButton.LeftButton)
    assert policy_page.current_step() is PolicyStep.TODAY
    assert "Done" in step_text(policy_page, PolicyStep.MISSION)
    qtbot.mouseClick(policy_page.next_button, Qt.MouseButton.LeftButton)
    assert policy_page.current_step() is PolicyStep.NEEDS
    assert "Skipped" in step_text(policy_page, PolicyStep.TODAY)
    qtbot.mouseClick(policy_page.back_button, Qt.MouseButton.LeftButton)
    assert policy_page.current_step() is PolicyStep.TODAY
    state = workspace.policy.state()
    assert state is not None
    assert state.steps[PolicyStep.MISSION] is StepState.DONE
    assert state.steps[PolicyStep.TODAY] is StepState.SKIPPED
    assert state.current_step is PolicyStep.TODAY


def test_any_step_can_be_chosen_from_the_list(policy_page: PolicyPage) -> None:
    policy_page.step_list.setCurrentRow(7)
    assert policy_page.current_step() is PolicyStep.ROLLOUT
    assert policy_page.stack.currentWidget() is policy_page.pages[PolicyStep.ROLLOUT]
    policy_page.step_list.setCurrentRow(8)
    assert not policy_page.next_button.isEnabled()
    assert policy_page.back_button.isEnabled()


def test_fill_to_step_five_close_and_reopen(
    qtbot: QtBot, workspace: Workspace, prompter: FakePrompter
) -> None:
    first = PolicyPage(workspace.policy, workspace.complaints, prompter)
    qtbot.addWidget(first)
    first.show()
    first.start()
    answers = {
        PolicyStep.MISSION: ("mission.who_we_are", "Ekerkedjan lagar cyklar i Uppsala."),
        PolicyStep.TODAY: ("today.desired_state", "Svar inom fyra timmar."),
        PolicyStep.NEEDS: ("needs.staff_hear", "”När blir cykeln klar?”"),
        PolicyStep.VISION: ("vision.final", "Vi håller tiden 🚲"),
    }
    for step, (key, value) in answers.items():
        first.show_step(step)
        text_answer(first, step, key).text_edit.setPlainText(value)
        qtbot.mouseClick(first.next_button, Qt.MouseButton.LeftButton)
    assert first.current_step() is PolicyStep.GOALS
    first.shut_down()
    first.close()

    again = PolicyPage(workspace.policy, workspace.complaints, prompter)
    qtbot.addWidget(again)
    again.show()
    assert again.current_step() is PolicyStep.GOALS
    for step in list(answers)[:4]:
        assert "Done" in step_text(again, step)
    qtbot.mouseClick(again.back_button, Qt.MouseButton.LeftButton)
    assert again.current_step() is PolicyStep.VISION
    assert text_answer(again, PolicyStep.VISION, "vision.final").value() == "Vi håller tiden 🚲"
    qtbot.mouseClick(again.back_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(again.back_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(again.back_button, Qt.MouseButton.LeftButton)
    assert again.current_step() is PolicyStep.MISSION
    assert text_answer(again, PolicyStep.MISSION, "mission.who_we_are").value() == (
        "Ekerkedjan lagar cyklar i Uppsala."
    )
    again.shut_down()


def test_too_long_text_is_shown_as_a_problem_and_not_stored(
    policy_page: PolicyPage, workspace: Workspace
) -> None:
    answer = text_answer(policy_page, PolicyStep.MISSION, "mission.economics")
    answer.text_edit.setPlainText("Kort.")
    policy_page.saves.flush()
    answer.text_edit.setPlainText("ö" * (MAX_TEXT + 1))
    policy_page.saves.flush()
    assert "shorten it" in answer.problems_shown()
    assert policy_page.save_label.text().startswith("Not saved")
    assert stored(workspace)["mission.economics"] == "Kort."
    answer.text_edit.setPlainText("Kort igen.")
    policy_page.saves.flush()
    assert answer.problems_shown() == ""
    assert stored(workspace)["mission.economics"] == "Kort igen."


def test_the_example_can_be_taken_over_and_adapted(
    policy_page: PolicyPage, workspace: Workspace
) -> None:
    answer = text_answer(policy_page, PolicyStep.MISSION, "mission.view_of_service")
    answer.example_button.click()
    assert answer.value() == answer.example
    answer.text_edit.setPlainText(answer.value() + " Och vi ler.")
    policy_page.saves.flush()
    assert stored(workspace)["mission.view_of_service"].endswith("Och vi ler.")
    answer.example_button.click()  # a second click adds below instead of replacing
    assert answer.value().count(answer.example) == 2


def test_a_file_that_cannot_be_written_keeps_the_edit_and_says_so(
    policy_page: PolicyPage,
    workspace: Workspace,
    prompter: FakePrompter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = workspace.policy.set_answers
    calls = {"count": 0}

    def full_disk(version_id: int, answers: dict[str, str]) -> object:
        calls["count"] += 1
        if calls["count"] <= 2:
            raise UserFacingError(ErrorCode.DISK_FULL, workspace.path)
        return real(version_id, answers)

    monkeypatch.setattr(workspace.policy, "set_answers", full_disk)
    answer = text_answer(policy_page, PolicyStep.MISSION, "mission.approach")
    answer.text_edit.setPlainText("Ingenting får försvinna.")
    assert not policy_page.saves.flush()
    assert not policy_page.saves.flush()
    assert len(prompter.errors) == 1  # said once, not at every keystroke
    assert policy_page.save_label.text().startswith("Not saved yet")
    assert policy_page.saves.flush()
    assert stored(workspace)["mission.approach"] == "Ingenting får försvinna."


def approve_through_service(workspace: Workspace) -> None:
    state = workspace.policy.state()
    assert state is not None
    version_id = state.version.id
    workspace.policy.set_answers(
        version_id,
        {
            "vision.final": "Kvalitet och service.",
            "guidelines.complaint_steps": "Lyssna, hitta orsaken, föreslå, lös.",
            "rollout.follow_up_owner": "Karin",
            "approval.approvers": "Karin",
            "approval.date": workspace.policy.today().isoformat(),
        },
    )
    goal = GoalEntry(
        "Svara inom 30 s",
        GoalTemplate.PHONE_ANSWER_WITHIN,
        threshold_seconds=30,
        target_value=80.0,
        unit="%",
    )
    assert workspace.policy.save_goal(version_id, goal).ok
    assert workspace.policy.approve(version_id).ok


def test_an_approved_version_is_read_only_until_the_next_is_started(
    qtbot: QtBot, policy_page: PolicyPage, workspace: Workspace
) -> None:
    text_answer(policy_page, PolicyStep.MISSION, "mission.ambition").text_edit.setPlainText("Bäst")
    policy_page.saves.flush()
    approve_through_service(workspace)
    policy_page.refresh()
    assert "was approved" in policy_page.version_label.text()
    assert policy_page.new_version_button.isVisible()
    answer = text_answer(policy_page, PolicyStep.MISSION, "mission.ambition")
    assert answer.text_edit.isReadOnly()
    assert not answer.example_button.isEnabled()

    qtbot.mouseClick(policy_page.new_version_button, Qt.MouseButton.LeftButton)
    assert "Draft of version 2, based on version 1" in policy_page.version_label.text()
    assert not policy_page.new_version_button.isVisible()
    answer = text_answer(policy_page, PolicyStep.MISSION, "mission.ambition")
    assert not answer.text_edit.isReadOnly()
    answer.text_edit.setPlainText("Bäst i Uppsala")
    policy_page.saves.flush()
    versions = workspace.policy.versions()
    assert [(v.number, v.status) for v in versions] == [
        (2, PolicyStatus.DRAFT),
        (1, PolicyStatus.APPROVED),
    ]
    first = workspace.policy.content_of(versions[1].id)
    assert first is not None
    assert first.text("mission.ambition") == "Bäst"


def test_the_main_window_shows_the_wizard_and_saves_on_close(
    qtbot: QtBot, window: MainWindow, new_file: Path
) -> None:
    window.show_page("policy")
    page = window.pages["policy"]
    assert isinstance(page, PolicyPage)
    page.start()
    text_answer(page, PolicyStep.MISSION, "mission.for_whom").text_edit.setPlainText(
        "Pendlare och familjer"
    )
    assert page.saves.has_pending()
    window.close()  # before the timer fires
    with Workspace.open(new_file) as workspace:
        assert stored(workspace)["mission.for_whom"] == "Pendlare och familjer"


_KILL_SCRIPT = textwrap.dedent(
    """
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from policydesk.services.workspace import Workspace
    from policydesk.ui.prompts import Prompter
    from policydesk.ui.wizard.policy_page import PolicyPage

    app = QApplication([])
    workspace = Workspace.open(Path(sys.argv[1]))
    page = PolicyPage(workspace.policy, workspace.complaints, Prompter())
    page.show()
    page.start()
    answer = page.pages[page.current_step()].answers["mission.who_we_are"]
    answer.text_edit.setPlainText("Sparat innan processen dödades")
    deadline = time.monotonic() + 1.0
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    print("typed", flush=True)
    time.sleep(60)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_program_loses_at_most_the_last_second(new_file: Path) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", _KILL_SCRIPT, str(new_file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ | {"PYTHONPATH": str(Path(__file__).parents[2])},
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        typed = process.stdout.readline().strip()
        process.send_signal(signal.SIGKILL)
        process.wait(30)
        assert typed == "typed", process.stderr.read()  # the child's error, if it died first
    with Workspace.open(new_file) as workspace:
        assert stored(workspace)["mission.who_we_are"] == "Sparat innan processen dödades"


def test_saving_a_list_entry_marks_the_step_and_tells_other_pages(
    qtbot: QtBot, policy_page: PolicyPage
) -> None:
    policy_page.show_step(PolicyStep.GOALS)
    goals = policy_page.pages[PolicyStep.GOALS]
    assert isinstance(goals, GoalsStep)
    with qtbot.waitSignal(policy_page.changes_made) as changed:
        # What the goal dialog calls when the owner presses Save.
        goals._save_goal(GoalEntry("Mejl inom 8 timmar", target_value=90))
    assert changed.args[0].goals
    assert "In progress" in step_text(policy_page, PolicyStep.GOALS)


def test_the_home_page_shows_the_draft_when_the_owner_comes_back(
    window: MainWindow,
) -> None:
    window.show_page("policy")
    page = window.pages["policy"]
    assert isinstance(page, PolicyPage)
    page.start()
    answer = page.pages[PolicyStep.MISSION].answers["business.name"]
    assert isinstance(answer, LineAnswer)
    answer.line_edit.setText("Bageriet i Åre")
    page.saves.flush()
    window.show_page("home")
    home = window.pages["home"]
    assert isinstance(home, HomePage)
    assert home.business_label.text() == "Bageriet i Åre"
    assert home.policy_card.figure.text() == "Version 1"


def test_home_names_the_version_in_force_while_the_next_is_drafted(window: MainWindow) -> None:
    workspace = window.workspace
    assert workspace is not None
    workspace.policy.start()
    approve_through_service(workspace)
    workspace.policy.start()  # version 2, a draft
    window.changes_applied.emit(Changes(policy=True))
    window.show_page("home")
    home = window.pages["home"]
    assert isinstance(home, HomePage)
    assert home.policy_card.figure.text() == "Version 1"
    assert "Version 2 is a draft" in home.policy_card.detail.text()
