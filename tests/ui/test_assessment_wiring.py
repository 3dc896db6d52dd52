"""The self-assessment in the main window: the due mark, and a weak area turned into a goal."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from policydesk.domain.changes import Changes
from policydesk.domain.policy import PolicyStatus, PolicyStep
from policydesk.domain.quotient import Area
from policydesk.ui.main_window import PAGE_KEYS, MainWindow
from policydesk.ui.pages.assessment_page import AssessmentPage
from policydesk.ui.pages.home_page import HomePage
from policydesk.ui.wizard.policy_page import PolicyPage
from policydesk.ui.wizard.steps.goals import GoalsStep
from tests.ui.conftest import FakePrompter
from tests.ui.test_policy_wizard import approve_through_service


def sidebar_text(window: MainWindow, key: str) -> str:
    return window.sidebar.item(PAGE_KEYS.index(key)).text()


def test_the_sidebar_says_when_this_years_round_is_due(window: MainWindow) -> None:
    assert isinstance(window.pages["assessment"], AssessmentPage)
    # A new business is invited on the page itself, not reminded from the sidebar.
    assert sidebar_text(window, "assessment") == "Self-assessment"
    workspace = window.workspace
    assert workspace is not None
    assert workspace.assessment.create_round("2026", workspace.assessment.today()).ok
    window.changes_applied.emit(Changes(assessment=True))
    assert sidebar_text(window, "assessment") == "Self-assessment"
    old = workspace.assessment.rounds()[0]
    assert workspace.assessment.update_round(old.id, "2024", date(2024, 1, 10), "").ok
    window.changes_applied.emit(Changes(assessment=True))
    assert sidebar_text(window, "assessment") == "Self-assessment (due)"


def goals_dialog_title(window: MainWindow) -> str:
    policy = window.pages["policy"]
    assert isinstance(policy, PolicyPage)
    assert policy.current_step() is PolicyStep.GOALS
    goals = policy.pages[PolicyStep.GOALS]
    assert isinstance(goals, GoalsStep)
    assert goals.goal_dialog is not None
    return goals.goal_dialog.title_edit.text()


def test_a_weak_area_becomes_a_goal_in_the_policy(qtbot: QtBot, window: MainWindow) -> None:
    assessment = window.pages["assessment"]
    assert isinstance(assessment, AssessmentPage)
    assessment.goal_requested.emit(Area.FEEDBACK.value)
    assert window.current_page_key() == "policy"
    assert goals_dialog_title(window).startswith("Better at: ")
    workspace = window.workspace
    assert workspace is not None
    state = workspace.policy.state()
    assert state is not None  # a first draft was started for it
    assert state.version.status is PolicyStatus.DRAFT


def test_after_approval_the_owner_is_asked_before_a_new_version(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter
) -> None:
    workspace = window.workspace
    assert workspace is not None
    workspace.policy.start()
    approve_through_service(workspace)
    policy = window.pages["policy"]
    assert isinstance(policy, PolicyPage)
    policy.refresh()
    assessment = window.pages["assessment"]
    assert isinstance(assessment, AssessmentPage)

    prompter.answers = [False]
    assessment.goal_requested.emit(Area.STAFF.value)
    assert prompter.shown[-1].kind == "confirm"
    assert [v.number for v in workspace.policy.versions()] == [1]

    prompter.answers = [True]
    assessment.goal_requested.emit(Area.STAFF.value)
    assert [v.number for v in workspace.policy.versions()] == [2, 1]
    assert goals_dialog_title(window).startswith("Better at: ")


def test_home_says_when_a_year_has_passed(window: MainWindow) -> None:
    workspace = window.workspace
    assert workspace is not None
    assert workspace.assessment.create_round("2025", date(2025, 1, 15)).ok
    window.changes_applied.emit(Changes(assessment=True))
    window.show_page("home")
    home = window.pages["home"]
    assert isinstance(home, HomePage)
    assert "time for this year's assessment" in home.assessment_card.detail.text()
    assert workspace.assessment.create_round("2026", workspace.assessment.today()).ok
    window.changes_applied.emit(Changes(assessment=True))
    assert "time for this year" not in home.assessment_card.detail.text()
