"""Steps 2 and 3 of the policy wizard, walked as an owner would: today's figures, counted
backwards as they are typed, and the customers' needs: the complaint log, findings and the
three most important problems."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QSpinBox, QTreeWidgetItem

from policydesk.domain.changes import Changes
from policydesk.domain.complaints import Channel, ComplaintForm
from policydesk.domain.policy import FindingSource, InflowPeriod, NeedsPeriod, PolicyStep
from policydesk.domain.policy_content import FindingEntry, GoalEntry
from policydesk.services.policy import PolicyState
from policydesk.services.workspace import Workspace
from policydesk.ui.wizard.autosave import PendingSaves
from policydesk.ui.wizard.fields import NumberAnswer
from policydesk.ui.wizard.finding_dialog import FindingDialog
from policydesk.ui.wizard.policy_page import PolicyPage
from policydesk.ui.wizard.step_page import WizardContext
from policydesk.ui.wizard.steps.needs import NeedsStep, months_before
from policydesk.ui.wizard.steps.today import TodayStep
from policydesk.ui.wizard.widgets_today import NOT_GIVEN
from tests.ui.conftest import FakePrompter

SWEDISH = "Tårtan kom krossad – kunden fick vänta på ersättning 🎂"
ROMANIAN = "Comanda a sosit spartă; clientul a așteptat în țară 📦"
MARKUP = "<b>bold</b> &amp; <i>x</i> < > &"
HUGE = "å" * 20_001


def state_of(workspace: Workspace) -> PolicyState:
    state = workspace.policy.state()
    assert state is not None
    return state


def today_step(page: PolicyPage) -> TodayStep:
    page.show_step(PolicyStep.TODAY)
    step = page.pages[PolicyStep.TODAY]
    assert isinstance(step, TodayStep)
    return step


def needs_step(page: PolicyPage) -> NeedsStep:
    page.show_step(PolicyStep.NEEDS)
    step = page.pages[PolicyStep.NEEDS]
    assert isinstance(step, NeedsStep)
    return step


def reopened(qtbot: QtBot, workspace: Workspace, prompter: FakePrompter) -> Iterator[PolicyPage]:
    page = PolicyPage(workspace.policy, workspace.complaints, prompter)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    yield page
    page.shut_down()


def number(value: float) -> str:
    locale = QLocale()
    return locale.toString(int(value)) if value == int(value) else locale.toString(value, "f", 1)


def type_number(answer: NumberAnswer, value: float) -> None:
    spin = answer.spin
    if isinstance(spin, QSpinBox):
        spin.setValue(round(value))
    else:
        spin.setValue(value)


def fill_resources(step: TodayStep, people: float, hours: float, per_person: int) -> None:
    type_number(step.people_answer, people)
    type_number(step.hours_answer, hours)
    type_number(step.per_person_answer, per_person)


# ---------------------------------------------------------------------------- step 2, today


def test_capacity_says_what_is_missing_until_the_figures_are_in(policy_page: PolicyPage) -> None:
    step = today_step(policy_page)
    text = step.capacity_box.text()
    assert "Still missing" in text
    assert "at least one channel" in text
    assert "how many people" in text

    step.inflow_table.count_spins[Channel.EMAIL].setValue(20)
    type_number(step.people_answer, 1)
    text = step.capacity_box.text()
    assert "at least one channel" not in text
    assert "how many people" not in text
    assert "business hours per working day" in text
    assert step.capacity_box.result is None


def test_owner_enters_inflows_and_resources_and_sees_the_promise_change(
    qtbot: QtBot, policy_page: PolicyPage, workspace: Workspace, prompter: FakePrompter
) -> None:
    step = today_step(policy_page)
    table = step.inflow_table
    # A bike shop: 15 calls and 40 visitors a day, 50 e-mails a week; two people, 8 hours.
    table.count_spins[Channel.PHONE].setValue(15)
    table.count_spins[Channel.COUNTER].setValue(40)
    table.count_spins[Channel.EMAIL].setValue(50)
    table.period_combos[Channel.EMAIL].setCurrentIndex(
        table.period_combos[Channel.EMAIL].findData(InflowPeriod.WEEK.value)
    )
    fill_resources(step, 2, 8, 50)

    text = step.capacity_box.text()
    assert f"About {number(65)} contacts arrive per working day" in text
    assert f"about {number(100)} contacts per working day" in text
    assert f"load of {number(65)} %" in text
    assert "This is sustainable" in text
    # 65 contacts for a capacity of 100 a day: the last one waits 0.65 of an 8-hour day.
    assert "within 6 business hours" in text
    assert "small team can keep" in text
    assert "<b>This is sustainable" in step.capacity_box.result_label.text()

    # A busy Saturday at the counter: more comes in than two people can answer.
    table.count_spins[Channel.COUNTER].setValue(120)
    text = step.capacity_box.text()
    assert "This is not sustainable" in text
    assert f"about {number(45)} contacts a day stay unanswered" in text
    assert f"grows by about {number(225)} contacts a week" in text
    assert f"about {number(2.9)} people where you have {number(2)}" in text
    assert "call back" in text  # the phone cannot be answered live by two busy people
    assert "can be solved" in text

    # A backlog on top of a sustainable day, over working days rather than hours.
    table.count_spins[Channel.COUNTER].setValue(40)
    type_number(step.backlog_answer, 170)
    text = step.capacity_box.text()
    assert "within 3 working days" in text
    assert f"The {number(170)} contacts waiting now are cleared" in text

    policy_page.saves.flush()
    content = state_of(workspace).content
    plans = {plan.channel: plan for plan in content.channels}
    assert plans[Channel.PHONE].inflow_count == 15
    assert plans[Channel.EMAIL].inflow_count == 50
    assert plans[Channel.EMAIL].inflow_period is InflowPeriod.WEEK
    assert plans[Channel.COUNTER].inflow_count == 40
    assert Channel.WEB not in plans
    assert content.sections["today.people"] == "2"
    assert content.sections["today.hours_per_day"] == "8"
    assert content.sections["today.contacts_per_person"] == "50"
    assert content.sections["today.open_backlog"] == "170"
    shown = text

    for page in reopened(qtbot, workspace, prompter):
        again = today_step(page)
        assert again.inflow_table.count(Channel.PHONE) == 15
        assert again.inflow_table.count(Channel.WEB) is None
        assert again.inflow_table.count_spins[Channel.WEB].text() == "—"
        assert again.inflow_table.period(Channel.EMAIL) is InflowPeriod.WEEK
        assert again.people_answer.number() == 2
        assert again.capacity_box.text() == shown
    assert not prompter.errors


def test_clearing_a_channel_stores_no_count(policy_page: PolicyPage, workspace: Workspace) -> None:
    step = today_step(policy_page)
    spin = step.inflow_table.count_spins[Channel.SOCIAL]
    spin.setValue(4)
    policy_page.saves.flush()
    assert state_of(workspace).content.channels[0].inflow_count == 4
    spin.setValue(NOT_GIVEN)
    policy_page.saves.flush()
    (plan,) = state_of(workspace).content.channels
    assert plan.channel is Channel.SOCIAL
    assert plan.inflow_count is None


def test_nobody_to_answer_is_said_plainly(policy_page: PolicyPage) -> None:
    step = today_step(policy_page)
    step.inflow_table.count_spins[Channel.PHONE].setValue(10)
    fill_resources(step, 0, 8, 30)
    text = step.capacity_box.text()
    assert "is zero" in text
    assert "nothing can be promised" in text
    assert step.capacity_box.result is None


def test_one_person_shop_is_told_to_promise_call_backs(policy_page: PolicyPage) -> None:
    step = today_step(policy_page)
    step.inflow_table.count_spins[Channel.PHONE].setValue(5)
    fill_resources(step, 1, 7.5, 40)
    text = step.capacity_box.text()
    assert "This is sustainable" in text
    assert "within one business hour" in text
    assert "Promise to call back" in text


def test_today_texts_survive_save_and_reload(
    qtbot: QtBot, policy_page: PolicyPage, workspace: Workspace, prompter: FakePrompter
) -> None:
    step = today_step(policy_page)
    desired = f"{SWEDISH}\n{ROMANIAN}\n{MARKUP}"
    step.answers["today.desired_state"].text_edit.setPlainText(desired)  # type: ignore[attr-defined]
    step.answers["today.platform"].example_button.click()  # type: ignore[attr-defined]
    fit = step.answers["today.platform_fit"].combo  # type: ignore[attr-defined]
    fit.setCurrentIndex(fit.findData("partly"))
    policy_page.saves.flush()
    sections = state_of(workspace).content.sections
    assert sections["today.desired_state"] == desired
    assert sections["today.platform_fit"] == "partly"
    assert "voicemail" in sections["today.platform"]

    step.answers["today.investments"].text_edit.setPlainText(HUGE)  # type: ignore[attr-defined]
    policy_page.saves.flush()
    assert "shorten it" in step.answers["today.investments"].problems_shown()
    assert "today.investments" not in state_of(workspace).content.sections

    for page in reopened(qtbot, workspace, prompter):
        again = today_step(page)
        assert again.answers["today.desired_state"].value() == desired
        assert again.answers["today.platform_fit"].value() == "partly"


# ---------------------------------------------------------------------------- step 3, the log


def add_complaints(
    workspace: Workspace, counts: dict[str, int], days_ago: int = 1
) -> dict[str, int]:
    service = workspace.complaints
    ids: dict[str, int] = {}
    known = {category.name: category.id for category in service.categories()}
    for name, count in counts.items():
        if name not in known:
            category, problems, _ = service.add_category(name)
            assert category is not None, problems
            known[name] = category.id
        ids[name] = known[name]
        for index in range(count):
            form = ComplaintForm(
                description=f"{name} {index}",
                received_at=service.now() - timedelta(days=days_ago, hours=index),
                category_id=known[name],
                customer_name="Åsa Öberg",
                customer_phone="070-123 45 67",
            )
            outcome, _ = service.create(form, None)
            assert outcome.problems == ()
    return ids


def summary_rows(step: NeedsStep) -> list[tuple[str, str]]:
    view = step.summary_view
    assert view is not None
    table = view.table
    rows = []
    for row in range(table.rowCount()):
        name, count = table.item(row, view.CATEGORY), table.item(row, view.COUNT)
        assert name is not None
        assert count is not None
        rows.append((name.text(), count.text()))
    return rows


class CountingComplaints:
    """The complaint service with a tally of what was read."""

    def __init__(self, service: Any) -> None:
        self._service = service
        self.calls: list[str] = []

    def __getattr__(self, name: str) -> Any:
        self.calls.append(name)
        return getattr(self._service, name)


def test_nothing_is_read_from_the_log_before_the_step_is_shown(
    qtbot: QtBot, workspace: Workspace, prompter: FakePrompter
) -> None:
    workspace.policy.start()
    complaints = CountingComplaints(workspace.complaints)
    context = WizardContext(
        policy=workspace.policy,
        complaints=complaints,  # type: ignore[arg-type]
        prompter=prompter,
        saves=PendingSaves(),
        version_id=state_of(workspace).version.id,
    )
    step = NeedsStep(context)
    qtbot.addWidget(step)
    step.load(state_of(workspace))
    assert complaints.calls == []
    assert step.summary_view is None
    step.show()
    step.on_shown()
    assert "top_problems" in complaints.calls
    assert "categories" in complaints.calls


def test_complaint_summary_counts_what_the_log_holds_and_refreshes(
    policy_page: PolicyPage, workspace: Workspace
) -> None:
    add_complaints(workspace, {"Trasig leverans": 3, "Sen beställning": 2, "Fel storlek": 1})
    step = needs_step(policy_page)
    assert summary_rows(step) == [
        ("Trasig leverans", "3"),
        ("Sen beställning", "2"),
        ("Fel storlek", "1"),
    ]
    view = step.summary_view
    assert view is not None
    assert view.table.item(0, view.CATEGORY).font().bold()  # type: ignore[union-attr]
    assert view.summary_label.text().endswith(": 6")

    # A complaint logged while the wizard is open shows after the main window says so.
    add_complaints(workspace, {"Fel storlek": 3})
    policy_page.on_changes(Changes(complaints=True))
    assert summary_rows(step)[0] == ("Fel storlek", "4")


def test_the_period_choice_is_stored_and_narrows_the_summary(
    qtbot: QtBot, policy_page: PolicyPage, workspace: Workspace, prompter: FakePrompter
) -> None:
    add_complaints(workspace, {"Trasig leverans": 2}, days_ago=2)
    add_complaints(workspace, {"Trasig leverans": 3, "Bemötande": 1}, days_ago=130)
    step = needs_step(policy_page)
    assert step.period_answer.period() is NeedsPeriod.MONTHS_12
    assert summary_rows(step)[0] == ("Trasig leverans", "5")

    combo = step.period_answer.combo
    combo.setCurrentIndex(combo.findData(NeedsPeriod.MONTHS_3.value))
    assert summary_rows(step) == [("Trasig leverans", "2"), ("Bemötande", "0")]
    policy_page.saves.flush()
    assert state_of(workspace).content.sections["needs.period"] == "3m"

    for page in reopened(qtbot, workspace, prompter):
        again = needs_step(page)
        assert again.period_answer.period() is NeedsPeriod.MONTHS_3
        assert summary_rows(again)[0] == ("Trasig leverans", "2")


def test_months_before_keeps_to_the_calendar() -> None:
    assert months_before(date(2026, 5, 31), 3) == date(2026, 2, 28)
    assert months_before(date(2026, 2, 15), 6) == date(2025, 8, 15)
    assert months_before(date(2024, 5, 29), 3) == date(2024, 2, 29)


# ---------------------------------------------------------------------------- findings


def finding_items(step: NeedsStep) -> dict[str, list[str]]:
    tree = step.finding_tree
    groups: dict[str, list[str]] = {}
    for index in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(index)
        assert group is not None
        children = [group.child(row) for row in range(group.childCount())]
        groups[group.text(0)] = [child.text(0) for child in children if child is not None]
    return groups


def first_finding_item(step: NeedsStep) -> QTreeWidgetItem:
    group = step.finding_tree.topLevelItem(0)
    assert group is not None
    item = group.child(0)
    assert item is not None
    return item


def open_dialog(step: NeedsStep) -> FindingDialog:
    dialog = step.finding_dialog
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def test_findings_are_added_changed_and_deleted(
    qtbot: QtBot, policy_page: PolicyPage, workspace: Workspace, prompter: FakePrompter
) -> None:
    step = needs_step(policy_page)
    assert step.edit_finding_button.isEnabled() is False

    # A quick-add button starts the typical operational figure.
    step.quick_buttons["returns"].click()
    dialog = open_dialog(step)
    assert dialog.title_edit.text() == "Returned goods"
    assert dialog.source_combo.currentData() == FindingSource.OPERATIONS.value
    assert "returns" in dialog.source_hint.text()
    dialog.value_spin.setValue(4.5)
    dialog.from_edit.setDate(QDate(2026, 1, 1))
    dialog.to_edit.setDate(QDate(2026, 6, 30))
    dialog.source_name_edit.setText("Kassasystemet")
    dialog.save_button.click()  # type: ignore[union-attr]
    assert step.finding_dialog is None
    (stored,) = state_of(workspace).content.findings
    assert stored.source is FindingSource.OPERATIONS
    assert stored.value == 4.5
    assert stored.period_start == date(2026, 1, 1)
    assert stored.recorded_on == workspace.policy.today()
    assert finding_items(step) == {"Operational figure (1)": ["Returned goods"]}
    assert first_finding_item(step).isSelected()
    assert "4.5" in first_finding_item(step).text(1)

    # A survey finding in Romanian with markup, added with the plain Add button.
    step.add_finding_button.click()
    dialog = open_dialog(step)
    assert dialog.source_combo.currentData() == FindingSource.SURVEY.value
    dialog.title_edit.setText(ROMANIAN)
    dialog.detail_edit.setPlainText(MARKUP)
    dialog.save()
    findings = state_of(workspace).content.findings
    assert [finding.title for finding in findings] == ["Returned goods", ROMANIAN]
    assert findings[1].detail == MARKUP
    assert finding_items(step) == {
        "Survey (1)": [ROMANIAN],
        "Operational figure (1)": ["Returned goods"],
    }

    # Changing it: Swedish text, then bad input that stores nothing.
    step.select_finding(findings[0].id or 0)
    step.edit_finding_button.click()
    dialog = open_dialog(step)
    assert dialog.windowTitle() == "Change the Finding"
    dialog.title_edit.setText(SWEDISH)
    dialog.to_edit.setDate(QDate(2025, 12, 31))  # before the start
    dialog.detail_edit.setPlainText(HUGE)
    assert dialog.save() is False
    shown = dialog.problems_shown()
    assert "end of the period comes before its start" in shown
    assert "shorten it to 20,000" in shown or "shorten it to 20" in shown
    assert dialog.isVisible()
    assert state_of(workspace).content.findings[0].title == "Returned goods"
    dialog.to_edit.setDate(QDate(2026, 6, 30))
    dialog.detail_edit.setPlainText("Mest cyklar i fel storlek")
    assert dialog.save() is True
    changed = state_of(workspace).content.findings[0]
    assert changed.title == SWEDISH
    assert changed.detail == "Mest cyklar i fel storlek"
    assert changed.id == findings[0].id

    # Delete asks first; "keep" keeps it.
    step.select_finding(changed.id or 0)
    prompter.answers = [False]
    step.delete_finding_button.click()
    assert prompter.shown[-1].kind == "confirm"
    assert len(state_of(workspace).content.findings) == 2
    prompter.answers = [True]
    step.delete_finding_button.click()
    assert [finding.title for finding in state_of(workspace).content.findings] == [ROMANIAN]
    assert finding_items(step) == {"Survey (1)": [ROMANIAN]}
    assert not prompter.errors

    for page in reopened(qtbot, workspace, prompter):
        assert finding_items(needs_step(page)) == {"Survey (1)": [ROMANIAN]}


def test_a_cancelled_finding_is_not_stored(policy_page: PolicyPage, workspace: Workspace) -> None:
    step = needs_step(policy_page)
    step.quick_buttons["hang_ups"].click()
    dialog = open_dialog(step)
    assert dialog.source_combo.currentData() == FindingSource.SUPPLIER.value
    dialog.reject()
    assert step.finding_dialog is None
    assert state_of(workspace).content.findings == ()


# ---------------------------------------------------------------------------- top problems


def test_top_problems_are_checked_against_the_rule_and_stored(
    qtbot: QtBot, policy_page: PolicyPage, workspace: Workspace, prompter: FakePrompter
) -> None:
    ids = add_complaints(workspace, {"Trasig leverans": 2})
    step = needs_step(policy_page)
    first, second, third = step.problem_rows.values()
    assert third.verdict() == "Not written yet."

    first.title_edit.setText(SWEDISH)
    first.detail_edit.setPlainText(MARKUP)
    first.category_combo.setCurrentIndex(first.category_combo.findData(ids["Trasig leverans"]))
    for check in (first.frequent_check, first.costly_check, first.actionable_check):
        check.setChecked(True)
    assert "Passes the rule" in first.verdict()

    second.title_edit.setText("Jag var missnöjd")
    second.frequent_check.setChecked(True)
    verdict = second.verdict()
    assert "Does not pass" in verdict
    assert "Not costly" in verdict
    assert "Not actionable" in verdict
    assert "Not frequent" not in verdict

    third.title_edit.setText(ROMANIAN)
    policy_page.saves.flush()
    stored = {problem.rank: problem for problem in state_of(workspace).content.top_problems}
    assert stored[1].title == SWEDISH
    assert stored[1].detail == MARKUP
    assert stored[1].category_id == ids["Trasig leverans"]
    assert stored[1].passes_rule
    assert stored[2].frequent
    assert not stored[2].costly
    assert stored[3].title == ROMANIAN

    # Too long a title is refused, said under the row, and the stored one stays.
    third.title_edit.setText(HUGE[:400])
    policy_page.saves.flush()
    assert "shorten it" in third.problems_shown()
    assert {p.rank: p for p in state_of(workspace).content.top_problems}[3].title == ROMANIAN
    third.title_edit.setText(ROMANIAN)
    policy_page.saves.flush()
    assert third.problems_shown() == ""

    for page in reopened(qtbot, workspace, prompter):
        again = needs_step(page)
        row = again.problem_rows[1]
        assert row.title_edit.text() == SWEDISH
        assert row.detail_edit.toPlainText() == MARKUP
        assert row.category_combo.currentText() == "Trasig leverans"
        assert "Passes the rule" in row.verdict()
        assert again.problem_rows[3].title_edit.text() == ROMANIAN


def test_the_top_three_come_from_the_complaint_log_into_empty_rows(
    policy_page: PolicyPage, workspace: Workspace, prompter: FakePrompter
) -> None:
    ids = add_complaints(
        workspace, {"Trasig leverans": 4, "Sen beställning": 3, "Fel storlek": 2, "Övrigt": 1}
    )
    step = needs_step(policy_page)
    step.problem_rows[2].title_edit.setText("Telefonen svarar inte")
    step.take_top_three_button.click()
    rows = step.problem_rows
    assert rows[1].title_edit.text() == "Trasig leverans"
    assert rows[1].entry().category_id == ids["Trasig leverans"]
    assert rows[1].frequent_check.isChecked()
    assert rows[2].title_edit.text() == "Telefonen svarar inte"
    assert rows[3].title_edit.text() == "Sen beställning"
    stored = {problem.rank: problem for problem in state_of(workspace).content.top_problems}
    assert stored[1].category_id == ids["Trasig leverans"]
    assert stored[3].title == "Sen beställning"

    # Nothing left to fill: the owner is told why.
    step.take_top_three_button.click()
    assert prompter.shown[-1].kind == "info"


def test_take_top_three_with_an_empty_log_explains(
    policy_page: PolicyPage, prompter: FakePrompter
) -> None:
    step = needs_step(policy_page)
    step.take_top_three_button.click()
    assert prompter.shown[-1].kind == "info"
    assert "no complaints" in prompter.shown[-1].text
    assert all(row.entry().is_empty for row in step.problem_rows.values())


def test_staff_hear_is_a_plain_answer(policy_page: PolicyPage, workspace: Workspace) -> None:
    step = needs_step(policy_page)
    answer = step.answers["needs.staff_hear"]
    answer.example_button.click()  # type: ignore[attr-defined]
    policy_page.saves.flush()
    assert "nuts" in state_of(workspace).content.sections["needs.staff_hear"]


# ---------------------------------------------------------------------------- approved


def approve_minimum(workspace: Workspace) -> None:
    version_id = state_of(workspace).version.id
    policy = workspace.policy
    result = policy.set_answers(
        version_id,
        {
            "vision.final": "Bröd du kan lita på",
            "guidelines.complaint_steps": "Lyssna, ta reda på orsaken, föreslå, lös.",
            "rollout.follow_up_owner": "Ștefan",
            "approval.approvers": "Åsa Öberg",
            "approval.date": policy.today().isoformat(),
        },
    )
    assert result.ok, result.problems
    goal = GoalEntry(title="Svara på e-post inom 8 timmar", target_value=8)
    assert policy.save_goal(version_id, goal).ok
    approved = policy.approve(version_id)
    assert approved.ok, approved.problems


def test_an_approved_version_is_read_only(
    policy_page: PolicyPage, workspace: Workspace, prompter: FakePrompter
) -> None:
    today = today_step(policy_page)
    today.inflow_table.count_spins[Channel.PHONE].setValue(12)
    needs = needs_step(policy_page)
    needs.problem_rows[1].title_edit.setText(SWEDISH)
    version_id = state_of(workspace).version.id
    workspace.policy.save_finding(
        version_id, FindingEntry(FindingSource.SURVEY, "Kunder vill beställa online")
    )
    policy_page.saves.flush()
    approve_minimum(workspace)
    policy_page.refresh()
    assert not policy_page.context.editable

    today = today_step(policy_page)
    assert today.inflow_table.count_spins[Channel.PHONE].isReadOnly()
    assert not today.inflow_table.period_combos[Channel.PHONE].isEnabled()
    assert today.people_answer.spin.isReadOnly()
    assert today.answers["today.desired_state"].text_edit.isReadOnly()  # type: ignore[attr-defined]
    assert "Still missing" in today.capacity_box.text()

    needs = needs_step(policy_page)
    assert not needs.add_finding_button.isEnabled()
    assert not needs.take_top_three_button.isEnabled()
    assert not any(button.isEnabled() for button in needs.quick_buttons.values())
    row = needs.problem_rows[1]
    assert row.title_edit.text() == SWEDISH
    assert row.title_edit.isReadOnly()
    assert not row.frequent_check.isEnabled()
    assert not row.category_combo.isEnabled()
    needs.finding_tree.setCurrentItem(first_finding_item(needs))
    assert needs.edit_finding_button.text() == "View…"
    assert needs.edit_finding_button.isEnabled()
    assert not needs.delete_finding_button.isEnabled()
    needs.edit_finding_button.click()
    dialog = open_dialog(needs)
    assert dialog.save_button is None
    assert dialog.title_edit.isReadOnly()
    dialog.reject()

    # Edits the program makes anyway (a stray signal) do not reach the frozen version.
    row.title_edit.setText("changed")
    policy_page.saves.flush()
    stored = state_of(workspace).content.top_problems
    assert [problem.title for problem in stored] == [SWEDISH]
    assert not prompter.errors


def test_step_list_and_texts_use_no_message_boxes(
    policy_page: PolicyPage, prompter: FakePrompter
) -> None:
    for step in (PolicyStep.TODAY, PolicyStep.NEEDS):
        policy_page.show_step(step)
        page = policy_page.pages[step]
        assert page.guidance.isVisible()
        assert "bike shop" in page.guidance.text() or "bakery" in page.guidance.text()
    assert prompter.shown == []


@pytest.mark.parametrize("people", [1.0, 3.0])
def test_small_team_advice_is_encouraging(policy_page: PolicyPage, people: float) -> None:
    step = today_step(policy_page)
    step.inflow_table.count_spins[Channel.EMAIL].setValue(200)
    fill_resources(step, people, 8, 20)
    text = step.capacity_box.text()
    assert "This is not sustainable" in text
    assert "common in a small business" in text
