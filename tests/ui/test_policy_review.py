"""Step 9, review and approve: the whole policy, what is missing, approval, versions, comparing."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import cast

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, QLocale, Qt, QUrl
from PySide6.QtWidgets import QApplication

from policydesk.domain.complaints import Channel
from policydesk.domain.policy import FindingSource, InflowPeriod, PolicyStatus, PolicyStep
from policydesk.domain.policy_content import (
    FindingEntry,
    GoalEntry,
    PolicyContent,
    PolicyProblem,
    PolicyProblemCode,
    TopProblemEntry,
)
from policydesk.domain.policy_diff import ChangeKind
from policydesk.services.workspace import Workspace
from policydesk.ui.wizard import policy_texts as texts
from policydesk.ui.wizard.compare_dialog import DELETED_STYLE, INSERTED_STYLE, CompareDialog
from policydesk.ui.wizard.fields import DateAnswer, LineAnswer
from policydesk.ui.wizard.policy_html import (
    parse_link,
    policy_html,
    printed_length,
    value_words,
)
from policydesk.ui.wizard.policy_page import PolicyPage
from policydesk.ui.wizard.steps.review import ReviewStep
from tests.ui.conftest import FakePrompter

MARKUP = "<b>&amp; Åsa Ștefănescu's fika ☕🚲</b>"


def sentence(code: PolicyProblemCode, field: str = "") -> str:
    return texts.problem_text(PolicyProblem(code, field))


def review_of(page: PolicyPage) -> ReviewStep:
    page.show_step(PolicyStep.APPROVAL)
    review = page.pages[PolicyStep.APPROVAL]
    assert isinstance(review, ReviewStep)
    return review


def approvers(review: ReviewStep) -> LineAnswer:
    return cast(LineAnswer, review.answers["approval.approvers"])


def approval_date(review: ReviewStep) -> DateAnswer:
    return cast(DateAnswer, review.answers["approval.date"])


def cell_text(review: ReviewStep, row: int, column: int) -> str:
    item = review.versions_table.item(row, column)
    assert item is not None
    return item.text()


def editable(page: PolicyPage) -> bool:
    return page.context.editable


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def fill_minimum(workspace: Workspace, version_id: int) -> None:
    """Vision, complaint guideline, follow-up owner and one goal with a target."""
    result = workspace.policy.set_answers(
        version_id,
        {
            "vision.final": "Your bike back on the road the same week, at an honest price.",
            "guidelines.complaint_steps": "Understand, find the cause, propose, resolve.",
            "rollout.follow_up_owner": "Erik Holm",
        },
    )
    assert result.ok, result
    goal = GoalEntry(title="Repairs ready on the promised day", unit="%", target_value=95)
    assert workspace.policy.save_goal(version_id, goal).ok


def sign(review: ReviewStep, page: PolicyPage, names: str, day: date) -> None:
    """Type the approvers and the day into the review's own answers, and save them."""
    approvers(review).line_edit.setText(names)
    approval_date(review).date_edit.setDate(qdate(day))
    assert page.saves.flush()


# ---------------------------------------------------------------------------- the whole flow


def test_fill_the_minimum_approve_then_compare_with_version_two(
    qtbot: QtBot, policy_page: PolicyPage, workspace: Workspace, prompter: FakePrompter
) -> None:
    review = review_of(policy_page)
    v1 = policy_page.context.version_id
    missing = review.missing_label.text()
    for code in (
        PolicyProblemCode.VISION_REQUIRED,
        PolicyProblemCode.GOAL_REQUIRED,
        PolicyProblemCode.GUIDELINE_REQUIRED,
        PolicyProblemCode.FOLLOW_UP_OWNER_REQUIRED,
        PolicyProblemCode.APPROVER_REQUIRED,
        PolicyProblemCode.APPROVAL_DATE_REQUIRED,
    ):
        assert sentence(code) in missing
    assert review.approve_button.text() == "Approve Version 1"
    assert not review.compare_button.isEnabled()  # one version only

    fill_minimum(workspace, v1)
    review.on_shown()
    missing = review.missing_label.text()
    assert sentence(PolicyProblemCode.VISION_REQUIRED) not in missing
    assert sentence(PolicyProblemCode.GOAL_REQUIRED) not in missing
    assert sentence(PolicyProblemCode.APPROVER_REQUIRED) in missing
    assert "Your bike back on the road" in review.policy_view.toPlainText()

    today = workspace.policy.today()
    sign(review, policy_page, "Maria Lindgren, Åsa Ștefănescu", today)
    missing = review.missing_label.text()
    assert "Needed before approval" not in missing
    assert "Everything approval needs is in place." in missing

    prompter.answers.append(True)
    qtbot.mouseClick(review.approve_button, Qt.MouseButton.LeftButton)

    assert [shown.kind for shown in prompter.shown] == ["confirm"]
    assert "freezes version 1" in prompter.shown[0].text
    versions = workspace.policy.versions()
    assert [(v.number, v.status) for v in versions] == [(1, PolicyStatus.APPROVED)]
    assert versions[0].approved_by == "Maria Lindgren, Åsa Ștefănescu"
    # The page shows the approved version, read-only; the review still reads and lists it.
    assert not editable(policy_page)
    assert policy_page.current_step() is PolicyStep.APPROVAL
    assert not review.approve_button.isEnabled()
    assert approvers(review).line_edit.isReadOnly()
    assert approval_date(review).date_edit.isReadOnly()
    assert "Version 1 is approved" in review.missing_label.text()
    assert review.versions_table.rowCount() == 1
    assert cell_text(review, 0, 1) == texts.status_label(PolicyStatus.APPROVED)
    assert cell_text(review, 0, 3) == "Maria Lindgren, Åsa Ștefănescu"
    assert review.view_button.isEnabled()

    qtbot.mouseClick(review.view_button, Qt.MouseButton.LeftButton)
    assert review.version_dialog is not None
    assert review.version_dialog.isVisible()
    shown = review.version_dialog.version_view.toPlainText()
    assert "Your bike back on the road the same week" in shown
    assert "Maria Lindgren, Åsa Ștefănescu" in shown

    # Editing an approved policy starts version 2, copied from version 1.
    policy_page.start()
    v2 = policy_page.context.version_id
    assert v2 != v1
    assert editable(policy_page)
    changed = workspace.policy.set_answers(
        v2,
        {
            "vision.final": "Your bike back on the road within five days, at a fair price.",
            "rollout.training": "A workshop for everyone in May.",
        },
    )
    assert changed.ok
    review = review_of(policy_page)
    assert review.approve_button.isEnabled()
    assert review.approve_button.text() == "Approve Version 2"
    assert review.versions_table.rowCount() == 2
    assert review.compare_button.isEnabled()

    qtbot.mouseClick(review.compare_button, Qt.MouseButton.LeftButton)
    dialog = review.compare_dialog
    assert isinstance(dialog, CompareDialog)
    assert dialog.isVisible()
    assert dialog.older_combo.currentData() == v1
    assert dialog.newer_combo.currentData() == v2
    kinds = {change.key: change.kind for change in dialog.changes}
    assert kinds["vision.final"] is ChangeKind.CHANGED
    assert kinds["rollout.training"] is ChangeKind.ADDED
    assert kinds["guidelines.complaint_steps"] is ChangeKind.UNCHANGED
    assert "approval.approvers" not in kinds  # who approved is the version's record
    assert dialog.summary_label.text() == "Sections changed: 1, added: 1, removed: 0."
    html = dialog.shown_html
    assert f'<span style="{DELETED_STYLE}">the same week</span>' in html
    assert f'<span style="{INSERTED_STYLE}">within five days</span>' in html
    assert f'<span style="{DELETED_STYLE}">an honest</span>' in html
    assert f'<span style="{INSERTED_STYLE}">a fair</span>' in html
    plain = dialog.diff_view.toPlainText()
    assert texts.answer_label("vision.final") in plain
    assert "Added" in plain
    assert texts.answer_label("guidelines.complaint_steps") not in plain

    dialog.show_unchanged_check.setChecked(True)
    assert texts.answer_label("guidelines.complaint_steps") in dialog.diff_view.toPlainText()
    dialog.older_combo.setCurrentIndex(dialog.newer_combo.currentIndex())
    assert "same version" in dialog.summary_label.text()


def test_approval_is_refused_while_the_minimum_is_missing(
    qtbot: QtBot, policy_page: PolicyPage, workspace: Workspace, prompter: FakePrompter
) -> None:
    review = review_of(policy_page)
    sign(review, policy_page, "Maria Lindgren", workspace.policy.today())
    before_versions = workspace.policy.versions()
    before = workspace.policy.content_of(policy_page.context.version_id)
    prompter.answers.append(True)  # would approve if asked: it must not be asked

    qtbot.mouseClick(review.approve_button, Qt.MouseButton.LeftButton)

    assert [shown.kind for shown in prompter.shown] == ["warn"]
    warning = prompter.shown[0].text
    for code in (
        PolicyProblemCode.VISION_REQUIRED,
        PolicyProblemCode.GOAL_REQUIRED,
        PolicyProblemCode.GUIDELINE_REQUIRED,
        PolicyProblemCode.FOLLOW_UP_OWNER_REQUIRED,
    ):
        assert sentence(code) in warning
        assert sentence(code) in review.missing_label.text()
    assert sentence(PolicyProblemCode.APPROVER_REQUIRED) not in warning
    assert workspace.policy.versions() == before_versions
    assert workspace.policy.versions()[0].status is PolicyStatus.DRAFT
    assert workspace.policy.content_of(policy_page.context.version_id) == before
    assert review.approve_button.isEnabled()


def test_an_approval_date_in_the_future_is_refused(
    qtbot: QtBot, policy_page: PolicyPage, workspace: Workspace, prompter: FakePrompter
) -> None:
    fill_minimum(workspace, policy_page.context.version_id)
    review = review_of(policy_page)
    tomorrow = workspace.policy.today() + timedelta(days=1)
    sign(review, policy_page, "Maria Lindgren", tomorrow)
    stored = workspace.policy.state()
    assert stored is not None
    assert stored.content.text("approval.date") == tomorrow.isoformat()
    future = sentence(PolicyProblemCode.APPROVAL_DATE_IN_FUTURE)
    assert future in review.missing_label.text()
    prompter.answers.append(True)

    qtbot.mouseClick(review.approve_button, Qt.MouseButton.LeftButton)

    assert [shown.kind for shown in prompter.shown] == ["warn"]
    assert future in prompter.shown[0].text
    assert approval_date(review).problems_shown() == future
    assert workspace.policy.versions()[0].status is PolicyStatus.DRAFT

    # Today is fine; saying no to the question leaves the draft as it is.
    sign(review, policy_page, "Maria Lindgren", workspace.policy.today())
    assert approval_date(review).problems_shown() == ""
    prompter.answers[:] = [False]
    qtbot.mouseClick(review.approve_button, Qt.MouseButton.LeftButton)
    assert prompter.shown[-1].kind == "confirm"
    assert workspace.policy.versions()[0].status is PolicyStatus.DRAFT


def test_approving_writes_answers_still_being_typed_first(
    qtbot: QtBot, policy_page: PolicyPage, workspace: Workspace, prompter: FakePrompter
) -> None:
    fill_minimum(workspace, policy_page.context.version_id)
    review = review_of(policy_page)
    approvers(review).line_edit.setText("Maria Lindgren")
    approval_date(review).date_edit.setDate(qdate(workspace.policy.today()))
    assert policy_page.saves.has_pending()  # not written yet: approving must write it first
    prompter.answers.append(True)

    qtbot.mouseClick(review.approve_button, Qt.MouseButton.LeftButton)

    version = workspace.policy.versions()[0]
    assert version.status is PolicyStatus.APPROVED
    assert version.approved_by == "Maria Lindgren"


# ---------------------------------------------------------------------------- what is shown


def test_the_review_shows_markup_and_every_letter_literally(
    policy_page: PolicyPage, workspace: Workspace
) -> None:
    version_id = policy_page.context.version_id
    policy = workspace.policy
    assert policy.set_answers(
        version_id,
        {
            "business.name": MARKUP,
            "mission.who_we_are": f"{MARKUP}\nMagazin în Cluj, brödbutik i Västerås",
            "areas.speed": "Svar inom 24 h <script>alert(1)</script>",
        },
    ).ok
    assert policy.save_top_problem(
        version_id, TopProblemEntry(rank=1, title=MARKUP, frequent=True)
    ).ok
    assert policy.save_goal(version_id, GoalEntry(title=MARKUP, target_value=80, unit="%")).ok
    review = review_of(policy_page)

    plain = review.policy_view.toPlainText()
    assert MARKUP in plain
    assert f"{MARKUP}\nMagazin în Cluj, brödbutik i Västerås" in plain
    assert "<script>alert(1)</script>" in plain
    html = policy_html(policy.content_of(version_id) or PolicyContent(), links=True)
    assert "<b>&amp; Åsa" not in html
    assert "&lt;b&gt;&amp;amp; Åsa Ștefănescu&#x27;s fika ☕🚲&lt;/b&gt;" in html
    assert "<script>" not in html
    # The advice names the top problem by its title, escaped too.
    assert "&lt;b&gt;&amp;amp;" in review.missing_label.text()


def test_the_review_writes_values_in_words(policy_page: PolicyPage, workspace: Workspace) -> None:
    version_id = policy_page.context.version_id
    policy = workspace.policy
    assert policy.set_answers(
        version_id,
        {
            "today.platform_fit": "partly",
            "today.people": "2.5",
            "rollout.meeting_date": "2026-04-02",
            "rollout.cadence": "quarterly",
            "guidelines.compensation_limit": "50000",
            "areas.retention": "A free check-up after three months.",
        },
    ).ok
    assert policy.set_printed(version_id, "areas.retention", False).ok
    assert policy.set_inflow(version_id, Channel.PHONE, 40, InflowPeriod.WEEK).ok
    assert policy.save_finding(
        version_id, FindingEntry(source=FindingSource.SURVEY, title="Customers want SMS")
    ).ok
    assert policy.save_goal(
        version_id, GoalEntry(title="Answer e-mail the same day", baseline_months=3)
    ).ok
    plain = review_of(policy_page).policy_view.toPlainText()
    locale = QLocale()

    assert texts.choice_label("partly") in plain
    assert "partly" not in plain
    assert locale.toString(2.5, "f", 1) in plain
    assert locale.toString(QDate(2026, 4, 2), QLocale.FormatType.LongFormat) in plain
    assert texts.choice_label("quarterly") in plain
    assert f"{locale.toString(500.0, 'f', 2)} {policy_page.context.currency}" in plain
    assert "(left out of the printed policy)" in plain
    assert f"{texts.choice_label(Channel.PHONE.value)}: 40 per week" in plain
    assert "Survey: Customers want SMS" in plain
    assert "measure first for 3 months" in plain


def test_the_word_count_and_the_two_page_aim(policy_page: PolicyPage, workspace: Workspace) -> None:
    version_id = policy_page.context.version_id
    review = review_of(policy_page)
    short = printed_length(workspace.policy.content_of(version_id) or PolicyContent())
    assert "two pages" not in review.length_label.text()

    long_text = " ".join(["service"] * 1200)
    assert workspace.policy.set_answers(version_id, {"mission.who_we_are": long_text}).ok
    review.on_shown()
    length = printed_length(workspace.policy.content_of(version_id) or PolicyContent())
    assert length.words == short.words + 1200
    assert length.too_long
    shown = review.length_label.text()
    assert QLocale().toString(length.words) in shown
    assert QLocale().toString(length.pages, "f", 1) in shown
    assert "two pages" in shown

    # Working notes and areas left out of print do not count towards the pages.
    assert workspace.policy.set_answers(
        version_id, {"vision.summary": long_text, "areas.speed": long_text}
    ).ok
    assert workspace.policy.set_printed(version_id, "areas.speed", False).ok
    content = workspace.policy.content_of(version_id) or PolicyContent()
    assert printed_length(content).words == length.words


def test_links_lead_back_to_the_steps_and_answers(
    policy_page: PolicyPage, workspace: Workspace
) -> None:
    fill_minimum(workspace, policy_page.context.version_id)
    review = review_of(policy_page)
    html = review.policy_view.toHtml()
    assert "policy:step/mission" in html
    assert "policy:answer/vision.final" in html

    review.policy_view.anchorClicked.emit(QUrl("policy:step/vision"))
    assert policy_page.current_step() is PolicyStep.VISION

    review = review_of(policy_page)
    review.policy_view.anchorClicked.emit(QUrl("policy:answer/guidelines.complaint_steps"))
    assert policy_page.current_step() is PolicyStep.GUIDELINES
    editor = policy_page.pages[PolicyStep.GUIDELINES].answers["guidelines.complaint_steps"].editor
    assert editor.window().focusWidget() is editor

    review = review_of(policy_page)
    review.missing_label.linkActivated.emit("policy:answer/approval.approvers")
    assert policy_page.current_step() is PolicyStep.APPROVAL
    assert review.window().focusWidget() is approvers(review).line_edit

    review.missing_label.linkActivated.emit("https://example.com/")
    assert policy_page.current_step() is PolicyStep.APPROVAL
    assert parse_link("policy:step/nowhere") is None
    assert parse_link("policy:answer/goal.4") == (PolicyStep.GOALS, "goal.4")


# ---------------------------------------------------------------------------- comparing


def test_compare_marks_removed_sections_and_long_texts(
    qtbot: QtBot, workspace: Workspace, prompter: FakePrompter
) -> None:
    policy = workspace.policy
    v1 = policy.start().version.id
    fill_minimum(workspace, v1)
    # About 20,000 characters, each sentence different, as a long pasted text would be.
    huge = " ".join(f"Mening {n} om service i Västerås." for n in range(1, 590))
    huge = huge.replace("Mening 1 ", "Ett långt stycke ", 1)
    assert len(huge) <= 20_000
    assert policy.set_answers(
        v1,
        {
            "areas.speed": "Repairs booked within two days.",
            "mission.who_we_are": huge,
            "approval.approvers": "Maria",
            "approval.date": policy.today().isoformat(),
        },
    ).ok
    assert policy.approve(v1).ok
    v2 = policy.start().version.id
    assert policy.set_answers(
        v2,
        {"areas.speed": "", "mission.who_we_are": huge.replace("långt", "kort", 1) + " Slut."},
    ).ok

    dialog = CompareDialog(policy, policy.versions(), currency="SEK")
    qtbot.addWidget(dialog)
    dialog.show()
    kinds = {change.key: change.kind for change in dialog.changes}
    assert kinds["areas.speed"] is ChangeKind.REMOVED
    assert kinds["mission.who_we_are"] is ChangeKind.CHANGED
    assert dialog.summary_label.text() == "Sections changed: 1, added: 0, removed: 1."
    plain = dialog.diff_view.toPlainText()
    assert "Removed" in plain
    assert "Not in this version" in plain
    for style, word in (
        (DELETED_STYLE, "långt"),
        (INSERTED_STYLE, "kort"),
        (INSERTED_STYLE, "Slut"),
    ):
        assert re.search(f'<span style="{re.escape(style)}">[^<]*{word}', dialog.shown_html)


def test_compare_escapes_what_the_owner_wrote(qtbot: QtBot, workspace: Workspace) -> None:
    policy = workspace.policy
    v1 = policy.start().version.id
    fill_minimum(workspace, v1)
    assert policy.set_answers(
        v1,
        {
            "mission.approach": "Vi lyssnar <b>först</b>",
            "approval.approvers": "Maria",
            "approval.date": policy.today().isoformat(),
        },
    ).ok
    assert policy.approve(v1).ok
    v2 = policy.start().version.id
    assert policy.set_answers(v2, {"mission.approach": f"Vi lyssnar {MARKUP}"}).ok

    dialog = CompareDialog(policy, policy.versions())
    qtbot.addWidget(dialog)
    # The pieces may cut "<b>" apart; each is escaped, none is markup.
    assert "<b>först" not in dialog.shown_html
    assert "<b>&amp;" not in dialog.shown_html
    assert "&lt;" in dialog.shown_html
    plain = dialog.diff_view.toPlainText()
    assert "<b>först</b>" in plain
    assert MARKUP in plain


def test_values_are_compared_in_words(qapp: QApplication) -> None:
    assert value_words("rollout.decider", "board") == texts.choice_label("board")
    assert value_words("goal.3.cadence", "yearly") == texts.choice_label("yearly")
    assert value_words("problem.1.frequent", "yes") == "Yes"
    assert value_words("goal.3.target_value", "80") == QLocale().toString(80)
    assert value_words("finding.1.period_start", "2026-01-31") == QLocale().toString(
        QDate(2026, 1, 31), QLocale.FormatType.ShortFormat
    )
    assert value_words("mission.approach", "<b>") == "<b>"  # escaping is the view's job
    assert value_words("today.people", "not a number") == "not a number"
