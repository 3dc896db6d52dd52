"""Steps 4 and 5 of the policy wizard: the vision with its word chips, and the goals."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableWidget

from policydesk.domain.errors import ErrorCode, UserFacingError
from policydesk.domain.goals import AbandonedCallRule, Direction, GoalTemplate
from policydesk.domain.policy import PolicyStep
from policydesk.domain.policy_content import GoalEntry, TopProblemEntry
from policydesk.services.workspace import Workspace
from policydesk.ui.wizard.goal_dialog import GoalDialog, goal_preset
from policydesk.ui.wizard.policy_page import PolicyPage
from policydesk.ui.wizard.steps.goals import GoalsStep
from policydesk.ui.wizard.steps.vision import VisionStep, natural_case, vision_piece
from tests.ui.conftest import FakePrompter

SUMMARY = "Vi lagar cyklar snabbt och förklarar vad vi gör"


def vision_step(policy_page: PolicyPage) -> VisionStep:
    policy_page.show_step(PolicyStep.VISION)
    page = policy_page.pages[PolicyStep.VISION]
    assert isinstance(page, VisionStep)
    return page


def goals_step(policy_page: PolicyPage) -> GoalsStep:
    policy_page.show_step(PolicyStep.GOALS)
    page = policy_page.pages[PolicyStep.GOALS]
    assert isinstance(page, GoalsStep)
    return page


def stored_sections(workspace: Workspace) -> dict[str, str]:
    state = workspace.policy.state()
    assert state is not None
    return dict(state.content.sections)


def stored_goals(workspace: Workspace) -> list[GoalEntry]:
    state = workspace.policy.state()
    assert state is not None
    return list(state.content.goals)


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def chip(page: VisionStep, text: str) -> QPushButton:
    return next(button for button in page.chips if button.text() == text)


def approve(workspace: Workspace, policy_page: PolicyPage) -> None:
    """Fill the minimum a policy needs through the service, then approve it."""
    policy_page.saves.flush()
    version_id = policy_page.context.version_id
    policy = workspace.policy
    if not any(goal.has_plan for goal in stored_goals(workspace)):
        assert policy.save_goal(version_id, goal_preset(GoalTemplate.RETURN_RATE)).ok
    result = policy.set_answers(
        version_id,
        {
            "vision.final": stored_sections(workspace).get("vision.final") or "Snabba lagningar",
            "guidelines.complaint_steps": "Lyssna, hitta orsaken, föreslå, lös.",
            "rollout.follow_up_owner": "Linnéa Åberg",
            "approval.approvers": "Karin Ekström",
            "approval.date": policy.today().isoformat(),
        },
    )
    assert result.ok, result.problems
    assert policy.approval_problems(version_id) == []
    assert policy.approve(version_id).ok
    policy_page.refresh()


# ---------------------------------------------------------------------------- the vision


def test_summary_words_become_chips_verbs_first(policy_page: PolicyPage) -> None:
    page = vision_step(policy_page)
    assert page.chips == []
    assert page.chip_empty.isVisibleTo(page)

    page.summary_answer.text_edit.setPlainText(SUMMARY)

    texts = [button.text() for button in page.chips]
    assert texts == ["lagar", "cyklar", "förklarar", "gör", "snabbt"]  # no "vi", "och", "vad"
    marked = {button.text(): button.property("likelyVerb") for button in page.chips}
    assert marked["förklarar"] is True
    assert marked["snabbt"] is False
    assert not page.chip_empty.isVisibleTo(page)

    # The chips follow the summary as it is typed.
    page.summary_answer.text_edit.setPlainText(SUMMARY + " med glädje")
    assert "glädje" in [button.text() for button in page.chips]
    page.summary_answer.text_edit.setPlainText("")
    assert page.chips == []
    assert page.chip_empty.isVisibleTo(page)


def test_clicking_chips_builds_the_vision_and_saves_it(
    qtbot: QtBot, policy_page: PolicyPage, workspace: Workspace
) -> None:
    page = vision_step(policy_page)
    page.summary_answer.text_edit.setPlainText(SUMMARY)

    for word in ("lagar", "snabbt", "förklarar"):
        qtbot.mouseClick(chip(page, word), Qt.MouseButton.LeftButton)

    assert page.final_answer.value() == "Lagar, snabbt, förklarar"
    policy_page.saves.flush()
    sections = stored_sections(workspace)
    assert sections["vision.final"] == "Lagar, snabbt, förklarar"
    assert sections["vision.summary"] == SUMMARY
    assert "3" in page.word_count_label.text()


def test_chip_words_are_joined_like_a_short_vision() -> None:
    assert vision_piece("", "quality") == "Quality"
    assert vision_piece("Quality", "service") == ", service"
    assert vision_piece("Quality, service ", "value") == ", value"
    assert vision_piece("Quality, service:", "value") == " value"
    assert vision_piece("We fix bikes.", "snabbt") == " Snabbt"
    # A capital that only opens a sentence goes; a name keeps its capital.
    assert natural_case("Snabbt", "Snabbt och ärligt.") == "snabbt"
    assert natural_case("Ärligt", "Vi är snabba. Ärligt talat.") == "ärligt"
    assert natural_case("Göteborg", "Bäst i Göteborg") == "Göteborg"
    assert natural_case("IKEA", "IKEA säljer") == "IKEA"


def test_a_chip_after_own_text_keeps_the_text(policy_page: PolicyPage) -> None:
    page = vision_step(policy_page)
    page.summary_answer.text_edit.setPlainText("Snabbt och ärligt lagar vi cyklar.")
    page.final_answer.text_edit.setPlainText("Trygga cyklister. ")
    page.add_word("Snabbt")
    assert page.final_answer.value() == "Trygga cyklister. Snabbt"
    page.add_word("ärligt")
    assert page.final_answer.value() == "Trygga cyklister. Snabbt, ärligt"


def test_word_count_and_gentle_warning_past_25_words(
    policy_page: PolicyPage, workspace: Workspace
) -> None:
    page = vision_step(policy_page)
    page.final_answer.text_edit.setPlainText(" ".join(["ord"] * 25))
    assert "25" in page.word_count_label.text()
    assert not page.length_note.isVisibleTo(page)

    long_vision = " ".join(["ord"] * 30) + " 🚲"
    page.final_answer.text_edit.setPlainText(long_vision)
    assert "30" in page.word_count_label.text()
    assert page.length_note.isVisibleTo(page)
    assert "30" in page.length_note.text()

    # Only a note: the long vision is saved all the same, with no problem under the field.
    policy_page.saves.flush()
    assert stored_sections(workspace)["vision.final"] == long_vision
    assert page.final_answer.problems_shown() == ""

    page.final_answer.text_edit.setPlainText("Kvalitet, service, renlighet, värde")
    assert not page.length_note.isVisibleTo(page)


def test_vision_texts_survive_a_reload(
    qtbot: QtBot, policy_page: PolicyPage, workspace: Workspace, prompter: FakePrompter
) -> None:
    page = vision_step(policy_page)
    summary = "Vi lagar <b>cyklar</b> & förklarar ärligt 🚲; mulțumiți și încântați"
    final = "Ärligt & <i>snabbt</i> 🚲 – țară"
    reasons = "1. Snabbt\n2. Ärligt\n3. <script>\n4. &amp;\n5. 😀"
    page.summary_answer.text_edit.setPlainText(summary)
    page.final_answer.text_edit.setPlainText(final)
    page.answers["vision.reasons"].text_edit.setPlainText(reasons)  # type: ignore[attr-defined]
    policy_page.shut_down()

    reopened = PolicyPage(workspace.policy, workspace.complaints, prompter)
    qtbot.addWidget(reopened)
    reopened.show()
    again = vision_step(reopened)
    assert again.summary_answer.value() == summary
    assert again.final_answer.value() == final
    assert again.answers["vision.reasons"].value() == reasons
    assert "cyklar" in [button.text() for button in again.chips]
    assert "mulțumiți" in [button.text() for button in again.chips]
    reopened.shut_down()


def test_huge_vision_is_refused_and_nothing_stored(
    policy_page: PolicyPage, workspace: Workspace
) -> None:
    page = vision_step(policy_page)
    page.final_answer.text_edit.setPlainText("Snabbt")
    policy_page.saves.flush()
    page.final_answer.text_edit.setPlainText("ord " * 5001)  # 20,004 characters
    policy_page.saves.flush()
    assert page.final_answer.problems_shown()
    assert stored_sections(workspace)["vision.final"] == "Snabbt"


# ---------------------------------------------------------------------------- goals


@pytest.fixture
def problems_and_staff(policy_page: PolicyPage, workspace: Workspace) -> int:
    """Three top problems and two staff members; returns the first staff member's id."""
    version_id = policy_page.context.version_id
    for rank, title in (
        (1, "Telefonen går inte att nå vid lunch"),
        (2, "Mejl väntar i dagar"),
        (3, "Lagningar tar längre tid än utlovat"),
    ):
        result = workspace.policy.save_top_problem(version_id, TopProblemEntry(rank, title))
        assert result.ok
    member, problems, _ = workspace.complaints.add_staff("Linnéa Åberg")
    assert member is not None, problems
    workspace.complaints.add_staff("Ștefan Câmpeanu")
    policy_page.refresh()
    return member.id


def open_dialog(page: GoalsStep) -> GoalDialog | None:
    """The goal dialog on screen (a function, so that each look is a fresh one for mypy)."""
    return page.goal_dialog


def open_from_menu(page: GoalsStep, template: GoalTemplate, rank: int | None = None) -> GoalDialog:
    menu = page.add_menu if rank is None else page.problem_add_buttons[rank].menu()
    assert menu is not None
    action = next(found for found in menu.actions() if found.data() == template.value)
    action.trigger()
    assert page.goal_dialog is not None
    assert page.goal_dialog.isVisible()
    return page.goal_dialog


def test_add_a_phone_goal_from_the_template(
    qtbot: QtBot,
    policy_page: PolicyPage,
    workspace: Workspace,
    problems_and_staff: int,
) -> None:
    page = goals_step(policy_page)
    assert page.problem_labels[1].property("covered") is False
    assert page.goal_table.isHidden()

    dialog = open_from_menu(page, GoalTemplate.PHONE_ANSWER_WITHIN)
    assert dialog.isModal()
    assert dialog.title_edit.text() == "Answer calls within 30 seconds"
    assert "30 seconds" in dialog.definition_edit.toPlainText()
    assert dialog.unit_combo.currentText() == "%"
    assert dialog.direction() is Direction.HIGHER_IS_BETTER
    assert dialog.threshold_spin.value() == 30
    assert dialog.baseline_first_radio.isChecked()  # measure first, by default

    dialog.threshold_spin.setValue(20)  # the untouched title follows the time
    assert dialog.title_edit.text() == "Answer calls within 20 seconds"
    dialog.threshold_spin.setValue(30)
    dialog.target_spin.setValue(80)
    dialog.minimum_spin.setValue(70)
    dialog.abandoned_radios[AbandonedCallRule.IGNORE_SHORT].setChecked(True)
    dialog.short_abandon_spin.setValue(5)
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData(problems_and_staff))
    dialog.problem_combo.setCurrentIndex(dialog.problem_combo.findData(1))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert open_dialog(page) is None
    (goal,) = stored_goals(workspace)
    assert goal.template is GoalTemplate.PHONE_ANSWER_WITHIN
    assert goal.title == "Answer calls within 30 seconds"
    assert goal.threshold_seconds == 30
    assert goal.target_value == 80
    assert goal.minimum_value == 70
    assert goal.unit == "%"
    assert goal.abandoned_rule is AbandonedCallRule.IGNORE_SHORT
    assert goal.short_abandon_seconds == 5
    assert goal.baseline_months == 3
    assert goal.owner_id == problems_and_staff
    assert goal.top_problem_rank == 1
    assert goal.channel is not None
    assert goal.channel.value == "phone"

    table = page.goal_table
    assert table.rowCount() == 1
    assert cell(table, 0, 0) == "Answer calls within 30 seconds"
    assert cell(table, 0, 1).startswith("80")
    assert "70" in cell(table, 0, 2)
    assert "3" in cell(table, 0, 3)
    assert cell(table, 0, 4) == "Linnéa Åberg"
    assert cell(table, 0, 6).startswith("1.")
    assert page.problem_labels[1].property("covered") is True
    assert "Answer calls within 30 seconds" in page.problem_labels[1].text()
    assert page.covered_ranks() == {1}


def test_add_an_email_goal_that_measures_first(
    qtbot: QtBot,
    policy_page: PolicyPage,
    workspace: Workspace,
    problems_and_staff: int,
) -> None:
    page = goals_step(policy_page)
    dialog = open_from_menu(page, GoalTemplate.EMAIL_REPLY_WITHIN, rank=2)
    assert dialog.problem_combo.currentData() == 2
    assert dialog.threshold_spin.value() == 8  # business hours
    assert dialog.abandoned_row.isHidden()
    dialog.threshold_spin.setValue(4)
    dialog.baseline_first_radio.setChecked(True)
    dialog.baseline_months_spin.setValue(3)
    assert not dialog.baseline_value_spin.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    (goal,) = stored_goals(workspace)
    assert goal.title == "Reply to e-mail within 4 business hours"
    assert goal.threshold_seconds == 4 * 3600
    assert goal.baseline_months == 3
    assert goal.baseline_value is None
    assert goal.target_value is None
    assert goal.abandoned_rule is None
    assert goal.top_problem_rank == 2
    assert cell(page.goal_table, 0, 3) == "Measure first for 3 months"
    assert cell(page.goal_table, 0, 1) == "—"
    assert page.covered_ranks() == {2}


def test_edit_a_goal_with_markup_and_emoji(
    qtbot: QtBot, policy_page: PolicyPage, workspace: Workspace, problems_and_staff: int
) -> None:
    version_id = policy_page.context.version_id
    preset = replace(goal_preset(GoalTemplate.RETURN_RATE), target_value=5.0)
    assert workspace.policy.save_goal(version_id, preset).ok
    page = goals_step(policy_page)
    assert page.goal_table.rowCount() == 1

    page.goal_table.selectRow(0)
    assert page.edit_button.isEnabled()
    item = page.goal_table.item(0, 0)
    assert item is not None
    rect = page.goal_table.visualItemRect(item)
    viewport = page.goal_table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.goal_dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Edit Goal"
    title = "Färre returer <b>&amp;</b> 📦 – mai puține retururi"
    dialog.title_edit.setText(title)
    dialog.definition_edit.setPlainText("Andel <i>returnerade</i> varor & ș ț 😀")
    dialog.baseline_measured_radio.setChecked(True)
    dialog.baseline_value_spin.setValue(7.8)
    dialog.baseline_from_edit.setDate(dialog.baseline_from_edit.date().currentDate().addMonths(-3))
    dialog.baseline_to_edit.setDate(dialog.baseline_to_edit.date().currentDate())
    dialog.minimum_spin.setValue(8)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert open_dialog(page) is None

    (goal,) = stored_goals(workspace)
    assert goal.id is not None
    assert goal.title == title
    assert goal.definition == "Andel <i>returnerade</i> varor & ș ț 😀"
    assert goal.direction is Direction.LOWER_IS_BETTER
    assert goal.baseline_value == pytest.approx(7.8)
    assert goal.baseline_months is None
    assert goal.baseline_from is not None
    assert goal.baseline_to is not None
    assert goal.minimum_value == 8
    assert cell(page.goal_table, 0, 0) == title
    assert cell(page.goal_table, 0, 2).startswith("≤")

    # Reopened, the dialog shows exactly what was stored.
    page.goal_table.selectRow(0)
    again = page.edit_selected()
    assert again is not None
    assert again.goal() == goal
    again.reject()


def test_retire_a_goal_after_asking(
    policy_page: PolicyPage,
    workspace: Workspace,
    prompter: FakePrompter,
    problems_and_staff: int,
) -> None:
    version_id = policy_page.context.version_id
    for template in (GoalTemplate.BOUGHT_AGAIN, GoalTemplate.AVAILABILITY):
        assert workspace.policy.save_goal(version_id, goal_preset(template, 3)).ok
    page = goals_step(policy_page)
    assert page.goal_table.rowCount() == 2
    assert not page.retire_button.isEnabled()

    page.goal_table.selectRow(0)
    prompter.answers = [False]
    page.retire_button.click()
    assert prompter.shown[-1].kind == "confirm"
    assert len(stored_goals(workspace)) == 2

    prompter.answers = [True]
    page.retire_button.click()
    remaining = stored_goals(workspace)
    assert [goal.template for goal in remaining] == [GoalTemplate.AVAILABILITY]
    assert page.goal_table.rowCount() == 1
    assert page.covered_ranks() == {3}
    assert prompter.errors == []


@pytest.mark.parametrize(
    ("fill", "field"),
    [
        pytest.param(
            lambda d: (d.minimum_spin.setValue(90), d.target_spin.setValue(80)),
            "minimum_value",
            id="minimum-above-target",
        ),
        pytest.param(lambda d: d.target_spin.setValue(120), "target_value", id="percent-over-100"),
        pytest.param(
            lambda d: (
                d.baseline_measured_radio.setChecked(True),
                d.baseline_value_spin.setValue(60),
            ),
            "baseline_from",
            id="baseline-without-period",
        ),
        pytest.param(lambda d: d.title_edit.setText("   "), "title", id="no-title"),
        pytest.param(
            lambda d: d.definition_edit.setPlainText("x" * 20_001), "definition", id="huge-text"
        ),
        pytest.param(lambda d: d.threshold_spin.setValue(0), "threshold_seconds", id="no-time"),
        pytest.param(
            lambda d: d.short_abandon_spin.setValue(0), "short_abandon_seconds", id="no-short"
        ),
    ],
)
def test_bad_goal_shows_problems_in_the_dialog_and_stores_nothing(
    qtbot: QtBot,
    policy_page: PolicyPage,
    workspace: Workspace,
    fill: object,
    field: str,
) -> None:
    page = goals_step(policy_page)
    dialog = open_from_menu(page, GoalTemplate.PHONE_ANSWER_WITHIN)
    fill(dialog)  # type: ignore[operator]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert open_dialog(page) is dialog
    assert dialog.isVisible()
    shown = dialog.problems_shown()
    assert field in shown, shown
    assert dialog.problem_labels[field].isVisibleTo(dialog)
    assert stored_goals(workspace) == []
    assert page.goal_table.rowCount() == 0
    dialog.reject()
    assert open_dialog(page) is None


def test_problems_clear_once_fixed(
    qtbot: QtBot, policy_page: PolicyPage, workspace: Workspace
) -> None:
    page = goals_step(policy_page)
    dialog = open_from_menu(page, GoalTemplate.FOLLOWUP_SATISFIED)
    dialog.baseline_measured_radio.setChecked(True)
    dialog.baseline_value_spin.setValue(77)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "baseline_from" in dialog.problems_shown()
    dialog.baseline_from_edit.setDate(dialog.baseline_from_edit.date().currentDate().addMonths(-6))
    dialog.baseline_to_edit.setDate(dialog.baseline_to_edit.date().currentDate().addMonths(-1))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert open_dialog(page) is None
    (goal,) = stored_goals(workspace)
    assert goal.baseline_value == 77


def test_changing_the_kind_keeps_what_the_owner_wrote(policy_page: PolicyPage) -> None:
    page = goals_step(policy_page)
    dialog = open_from_menu(page, GoalTemplate.PHONE_ANSWER_WITHIN)
    dialog.definition_edit.setPlainText("Räknat från växeln.")
    dialog.template_combo.setCurrentIndex(
        dialog.template_combo.findData(GoalTemplate.RETURN_RATE.value)
    )
    assert dialog.title_edit.text() == "Few returns"  # untouched: follows the kind
    assert dialog.definition_edit.toPlainText() == "Räknat från växeln."  # the owner's own
    assert dialog.direction() is Direction.LOWER_IS_BETTER
    assert dialog.threshold_row.isHidden()
    assert dialog.channel_combo.currentData() == ""  # the phone came with the old kind
    assert dialog.goal().threshold_seconds is None
    assert dialog.goal().abandoned_rule is None
    dialog.reject()


def test_without_top_problems_the_step_points_to_step_3(policy_page: PolicyPage) -> None:
    page = goals_step(policy_page)
    assert page.no_problems_label.isVisibleTo(page)
    assert page.empty_label.isVisibleTo(page)
    page.go_to_needs_button.click()
    assert policy_page.current_step() is PolicyStep.NEEDS


def test_approved_version_is_read_only(
    policy_page: PolicyPage, workspace: Workspace, problems_and_staff: int
) -> None:
    vision = vision_step(policy_page)
    vision.summary_answer.text_edit.setPlainText(SUMMARY)
    vision.add_word("lagar")
    version_id = policy_page.context.version_id
    goal = replace(goal_preset(GoalTemplate.PHONE_ANSWER_WITHIN, 1), target_value=80.0)
    assert workspace.policy.save_goal(version_id, goal).ok

    approve(workspace, policy_page)
    assert not policy_page.context.editable

    vision = vision_step(policy_page)
    assert vision.final_answer.value() == "Lagar"
    assert not vision.chip_area.isEnabled()
    vision.add_word("cyklar")
    assert vision.final_answer.value() == "Lagar"

    page = goals_step(policy_page)
    assert page.goal_table.rowCount() == 1
    assert not page.add_button.isEnabled()
    assert not page.problem_add_buttons[1].isEnabled()
    assert page.add_goal(GoalTemplate.CUSTOM) is None
    page.goal_table.selectRow(0)
    assert not page.retire_button.isEnabled()
    assert page.edit_button.isEnabled()
    assert page.edit_button.text() == "View…"
    dialog = page.edit_selected()
    assert dialog is not None
    assert dialog.read_only
    assert not dialog.content.isEnabled()
    assert dialog.ok_button.isHidden()
    dialog.reject()


def test_a_file_that_cannot_be_written_is_reported(
    qtbot: QtBot,
    policy_page: PolicyPage,
    workspace: Workspace,
    prompter: FakePrompter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*_args: object) -> None:
        raise UserFacingError(ErrorCode.DISK_FULL, workspace.path)

    page = goals_step(policy_page)
    dialog = open_from_menu(page, GoalTemplate.COMPLAINTS_RESOLVED_WITHIN)
    monkeypatch.setattr(workspace.policy, "save_goal", refuse)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert len(prompter.errors) == 1
    assert open_dialog(page) is dialog  # still open: nothing typed is lost
    monkeypatch.undo()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert open_dialog(page) is None
    assert [goal.template for goal in stored_goals(workspace)] == [
        GoalTemplate.COMPLAINTS_RESOLVED_WITHIN
    ]


def test_a_review_link_selects_the_goal(policy_page: PolicyPage, workspace: Workspace) -> None:
    version_id = policy_page.context.version_id
    ids = [
        workspace.policy.save_goal(version_id, goal_preset(template)).id
        for template in (GoalTemplate.RETURN_RATE, GoalTemplate.BOUGHT_AGAIN)
    ]
    page = goals_step(policy_page)
    page.focus_answer(f"goal.{ids[1]}.target_value")
    chosen = page.selected_goal()
    assert chosen is not None
    assert chosen.id == ids[1]
