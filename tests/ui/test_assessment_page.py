"""The self-assessment page: rounds, respondents one after another, closing, the due banner."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from policydesk.domain.errors import ErrorCode, UserFacingError
from policydesk.domain.languages import Language
from policydesk.domain.quotient import STATEMENTS, RespondentRole, add_months
from policydesk.domain.staff import StaffRole
from policydesk.services.assessment import RespondentInfo
from policydesk.services.workspace import Workspace
from policydesk.ui.dialogs.questionnaire_dialog import QuestionnaireDialog
from policydesk.ui.dialogs.round_dialog import RespondentDialog, RoundDialog
from policydesk.ui.pages.assessment_page import AssessmentPage
from tests.ui.conftest import FakePrompter

LEFT = Qt.MouseButton.LeftButton


def make_page(
    qtbot: QtBot, workspace: Workspace, prompter: FakePrompter, **options: object
) -> AssessmentPage:
    page = AssessmentPage(
        workspace.assessment,
        workspace.complaints.staff,
        prompter,
        language=Language.ENGLISH,
        **options,  # type: ignore[arg-type]
    )
    # What the main window does: every change comes back to the page.
    page.changes_made.connect(page.on_changes)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(qtbot: QtBot, workspace: Workspace, prompter: FakePrompter) -> Iterator[AssessmentPage]:
    shown = make_page(qtbot, workspace, prompter)
    yield shown
    shown.shut_down()


def new_round(qtbot: QtBot, page: AssessmentPage, label: str) -> int:
    qtbot.mouseClick(page.new_round_button, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, RoundDialog)
    dialog.label_edit.setText(label)
    qtbot.mouseClick(dialog.save_button, LEFT)
    chosen = page.current_round()
    assert chosen is not None
    assert chosen.label == label
    return chosen.id


def add_respondent(
    qtbot: QtBot, page: AssessmentPage, name: str, role: RespondentRole
) -> RespondentInfo:
    qtbot.mouseClick(page.add_respondent_button, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, RespondentDialog)
    if name:
        dialog.name_combo.setEditText(name)
    else:
        dialog.anonymous_radio.setChecked(True)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(role.value))
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert page.dialog is None
    person = page.current_respondent()
    assert person is not None
    return person


def open_questionnaire(qtbot: QtBot, page: AssessmentPage) -> QuestionnaireDialog:
    qtbot.mouseClick(page.questionnaire_button, LEFT)
    dialog = page.questionnaire
    assert isinstance(dialog, QuestionnaireDialog)
    qtbot.waitExposed(dialog)
    return dialog


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def respondent_row(page: AssessmentPage, person_id: int) -> list[str]:
    table = page.respondents_table
    for row in range(table.rowCount()):
        if cell(table, row, 0).data(Qt.ItemDataRole.UserRole) == person_id:
            return [cell(table, row, column).text() for column in range(table.columnCount())]
    raise AssertionError(f"respondent {person_id} is not listed")


def test_a_round_with_two_respondents_one_resumed_after_reopening_the_file(
    qtbot: QtBot, new_file: Path
) -> None:
    prompter = FakePrompter()
    workspace = Workspace.open(new_file)
    try:
        page = make_page(qtbot, workspace, prompter)
        round_id = new_round(qtbot, page, "2026")
        assert page.round_title.text() == "Round 2026"
        owner = add_respondent(qtbot, page, "Åsa Öberg", RespondentRole.OWNER)
        assert owner.name == "Åsa Öberg"
        assert owner.role is RespondentRole.OWNER
        staff = add_respondent(qtbot, page, "", RespondentRole.STAFF)
        assert staff.anonymous
        assert respondent_row(page, owner.id)[:3] == ["Åsa Öberg", "Owner", "0 of 25"]
        assert respondent_row(page, staff.id)[0] == "Anonymous (Staff member)"

        # The owner goes first: rates everything and finishes.
        assert page.select_respondent(owner.id)
        assert page.questionnaire_button.text() == "Start"
        first = open_questionnaire(qtbot, page)
        assert first.respondent.id == owner.id
        for row in first.rows.values():
            qtbot.mouseClick(row.choices.button(4), LEFT)
        assert first.progress_label.text() == "25 of 25 answered"
        qtbot.mouseClick(first.finish_button, LEFT)
        assert not first.isVisible()
        assert page.questionnaire is None
        assert respondent_row(page, owner.id)[2:] == ["25 of 25", "Finished"]
        # The next in line is chosen for the next person at the keyboard.
        chosen = page.current_respondent()
        assert chosen is not None
        assert chosen.id == staff.id

        # The member of staff sees none of the owner's ratings, rates ten and stops.
        second = open_questionnaire(qtbot, page)
        assert all(row.rating is None for row in second.rows.values())
        for row in list(second.rows.values())[:10]:
            qtbot.keyClick(row, Qt.Key.Key_2)
        assert second.progress_label.text() == "10 of 25 answered"
        qtbot.mouseClick(second.later_button, LEFT)
        assert not second.isVisible()
        assert respondent_row(page, staff.id)[2:] == ["10 of 25", "Not finished"]
        page.shut_down()
        page.close()
    finally:
        workspace.close()

    # Another day: the file is opened again and the member of staff continues.
    workspace = Workspace.open(new_file)
    try:
        page = make_page(qtbot, workspace, prompter)
        assert page.select_round(round_id)
        assert page.select_respondent(staff.id)
        assert page.questionnaire_button.text() == "Continue"
        again = open_questionnaire(qtbot, page)
        ratings = [row.rating for row in again.rows.values()]
        assert ratings == [2] * 10 + [None] * 15  # their own, never the owner's fours
        assert again.progress_label.text() == "10 of 25 answered"
        eleventh = list(again.rows.values())[10]
        qtbot.waitUntil(lambda: again.focusWidget() is eleventh)
        assert again.scroll_area.verticalScrollBar().value() > 0

        # Closing is refused while statements are unanswered, naming who and how many.
        qtbot.mouseClick(again.later_button, LEFT)
        qtbot.mouseClick(page.close_round_button, LEFT)
        warning = prompter.shown[-1]
        assert warning.kind == "warn"
        assert "Anonymous (Staff member)" in warning.text
        assert "15" in warning.text
        assert "Åsa Öberg" not in warning.text
        closing = page.current_round()
        assert closing is not None
        assert not closing.closed

        again = open_questionnaire(qtbot, page)
        for row in list(again.rows.values())[10:]:
            row.choices.button(3).click()
        qtbot.mouseClick(again.finish_button, LEFT)
        qtbot.mouseClick(page.close_round_button, LEFT)
        closed = page.current_round()
        assert closed is not None
        assert closed.closed
        assert page.reopen_round_button.isVisibleTo(page)
        assert not page.close_round_button.isVisibleTo(page)
        assert not page.add_respondent_button.isEnabled()
        assert [s.kind for s in prompter.shown].count("warn") == 1
        assert cell(page.rounds_table, 0, page.R_STATE).text() == "Closed"
        # Means per statement 3 (ten) and 3.5 (fifteen): 3 + 3 + 19/6 + 4 × 3.5.
        assert cell(page.rounds_table, 0, page.R_QUOTIENT).text() == "23.17"
        assert page.results_view is not None
        assert page.results_view.round_id == round_id

        # A closed round's questionnaire can be read but not changed.
        assert page.select_respondent(owner.id)
        assert page.questionnaire_button.text() == "View Answers"
        view = open_questionnaire(qtbot, page)
        assert view.read_only
        assert view.read_only_label.isVisible()
        assert not view.finish_button.isVisible()
        row = next(iter(view.rows.values()))
        qtbot.keyClick(row, Qt.Key.Key_1)
        row.choices.button(2).click()
        assert row.rating == 4
        assert workspace.assessment.answers(owner.id)[row.code].rating == 4
        qtbot.mouseClick(view.later_button, LEFT)
        page.shut_down()
    finally:
        workspace.close()


def test_the_owner_is_offered_from_the_staff_list(
    qtbot: QtBot, page: AssessmentPage, workspace: Workspace
) -> None:
    workspace.complaints.add_staff("Ștefan Câmpeanu", StaffRole.MANAGER)
    new_round(qtbot, page, "Spring")
    qtbot.mouseClick(page.add_respondent_button, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, RespondentDialog)
    index = dialog.name_combo.findText("Ștefan Câmpeanu")
    assert index >= 0
    dialog.name_combo.setCurrentIndex(index)
    dialog.name_combo.activated.emit(index)
    assert dialog.role() is RespondentRole.MANAGER
    qtbot.mouseClick(dialog.add_button, LEFT)
    person = page.current_respondent()
    assert person is not None
    assert person.staff_id is not None
    assert person.role is RespondentRole.MANAGER
    # Somebody already taking part is not offered twice.
    qtbot.mouseClick(page.add_respondent_button, LEFT)
    second = page.dialog
    assert isinstance(second, RespondentDialog)
    assert second.name_combo.findText("Ștefan Câmpeanu") < 0
    second.reject()


def test_enter_on_a_respondent_opens_their_questionnaire(
    qtbot: QtBot, page: AssessmentPage
) -> None:
    new_round(qtbot, page, "2026")
    person = add_respondent(qtbot, page, "", RespondentRole.OWNER)
    page.respondents_table.setFocus()
    qtbot.keyClick(page.respondents_table, Qt.Key.Key_Return)
    dialog = page.questionnaire
    assert isinstance(dialog, QuestionnaireDialog)
    assert dialog.respondent.id == person.id
    assert "Anonymous (Owner)" in dialog.windowTitle()
    dialog.close()
    assert page.questionnaire is None


def test_an_empty_name_is_explained_in_the_form(qtbot: QtBot, page: AssessmentPage) -> None:
    new_round(qtbot, page, "2026")
    qtbot.mouseClick(page.add_respondent_button, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, RespondentDialog)
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert dialog.isVisible()
    assert "name" in dialog.problem_label.text()
    assert dialog.problem_label.isVisible()
    dialog.reject()


def test_round_labels_must_differ_and_dates_cannot_lie_ahead(
    qtbot: QtBot, page: AssessmentPage, workspace: Workspace
) -> None:
    new_round(qtbot, page, "2026")
    qtbot.mouseClick(page.new_round_button, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, RoundDialog)
    dialog.label_edit.setText("2026")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible()
    assert "already a round called \u201c2026\u201d" in dialog.problem_label.text()
    dialog.label_edit.setText("")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "label" in dialog.problem_label.text()
    # The date field stops at today.
    today = workspace.assessment.today()
    maximum = dialog.date_edit.maximumDate()
    assert (maximum.year(), maximum.month(), maximum.day()) == (
        today.year,
        today.month,
        today.day,
    )
    dialog.reject()
    assert len(workspace.assessment.rounds()) == 1


def test_editing_a_round_changes_its_label_and_note(
    qtbot: QtBot, page: AssessmentPage, workspace: Workspace
) -> None:
    round_id = new_round(qtbot, page, "2026")
    qtbot.mouseClick(page.edit_round_button, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, RoundDialog)
    dialog.label_edit.setText("Våren 2026")
    dialog.note_edit.setPlainText("<b>Första</b> gången")
    qtbot.mouseClick(dialog.save_button, LEFT)
    chosen = workspace.assessment.round(round_id)
    assert chosen is not None
    assert chosen.label == "Våren 2026"
    assert page.round_title.text() == "Round Våren 2026"
    assert "<b>Första</b> gången" in page.round_state_label.text()
    assert page.round_state_label.textFormat() == Qt.TextFormat.PlainText


def test_deleting_a_round_says_how_many_answers_go(
    qtbot: QtBot, page: AssessmentPage, workspace: Workspace, prompter: FakePrompter
) -> None:
    round_id = new_round(qtbot, page, "2026")
    person = add_respondent(qtbot, page, "Åsa Öberg", RespondentRole.OWNER)
    for statement in STATEMENTS[:7]:
        workspace.assessment.set_answer(person.id, statement.code, 3)
    page.refresh()
    prompter.answers = [False]
    qtbot.mouseClick(page.delete_round_button, LEFT)
    question = prompter.shown[-1]
    assert question.kind == "confirm"
    assert "1 respondents" in question.text
    assert "7 ratings" in question.text
    assert workspace.assessment.round(round_id) is not None
    prompter.answers = [True]
    qtbot.mouseClick(page.delete_round_button, LEFT)
    assert workspace.assessment.round(round_id) is None
    assert page.rounds_table.rowCount() == 0
    assert page.detail_stack.currentWidget() is page.no_round_label


def test_removing_a_respondent_asks_first(
    qtbot: QtBot, page: AssessmentPage, workspace: Workspace, prompter: FakePrompter
) -> None:
    round_id = new_round(qtbot, page, "2026")
    person = add_respondent(qtbot, page, "", RespondentRole.MANAGER)
    workspace.assessment.set_answer(person.id, STATEMENTS[0].code, 5)
    page.refresh()
    prompter.answers = [True]
    qtbot.mouseClick(page.remove_respondent_button, LEFT)
    assert "Anonymous (Manager)" in prompter.shown[-1].text
    assert "1 ratings" in prompter.shown[-1].text
    assert workspace.assessment.respondents(round_id) == []
    assert page.respondents_table.rowCount() == 0
    assert "Nobody takes part yet" in page.privacy_label.text()


def test_closing_an_empty_round_is_explained(
    qtbot: QtBot, page: AssessmentPage, prompter: FakePrompter
) -> None:
    new_round(qtbot, page, "2026")
    qtbot.mouseClick(page.close_round_button, LEFT)
    assert prompter.shown[-1].kind == "warn"
    assert "Nobody has taken part yet" in prompter.shown[-1].text


def test_reopening_a_closed_round(qtbot: QtBot, page: AssessmentPage, workspace: Workspace) -> None:
    round_id = new_round(qtbot, page, "2026")
    person = add_respondent(qtbot, page, "Åsa Öberg", RespondentRole.OWNER)
    for statement in STATEMENTS:
        workspace.assessment.set_answer(person.id, statement.code, 5)
    assert workspace.assessment.close_round(round_id).ok
    page.refresh()
    assert page.questionnaire_button.text() in {"View Answers"}
    qtbot.mouseClick(page.reopen_round_button, LEFT)
    reopened = workspace.assessment.round(round_id)
    assert reopened is not None
    assert not reopened.closed
    assert page.add_respondent_button.isEnabled()
    assert page.select_respondent(person.id)
    assert page.questionnaire_button.text() == "Review Answers"


def test_the_banner_says_when_this_years_assessment_is_due(
    qtbot: QtBot, page: AssessmentPage, workspace: Workspace
) -> None:
    assert page.due_banner.isVisible()
    assert "No round has been held yet" in page.due_label.text()
    today = workspace.assessment.today()
    long_ago = add_months(today, -13)
    assert workspace.assessment.create_round("Long ago", long_ago).ok
    page.refresh()
    assert page.due_banner.isVisible()
    assert "The last round was held on" in page.due_label.text()

    qtbot.mouseClick(page.start_year_button, LEFT)
    chosen = page.current_round()
    assert chosen is not None
    assert chosen.label == str(today.year)
    assert chosen.held_on == today
    assert not page.due_banner.isVisible()


def test_no_banner_when_the_last_round_is_recent(
    qtbot: QtBot, workspace: Workspace, prompter: FakePrompter
) -> None:
    today = workspace.assessment.today()
    assert workspace.assessment.create_round("Recent", today - timedelta(days=200)).ok
    page = make_page(qtbot, workspace, prompter)
    assert not page.due_banner.isVisible()
    assert page.current_round() is not None


def test_this_years_label_taken_opens_the_form(
    qtbot: QtBot, page: AssessmentPage, workspace: Workspace
) -> None:
    today = workspace.assessment.today()
    assert workspace.assessment.create_round(str(today.year), add_months(today, -14)).ok
    page.refresh()
    qtbot.mouseClick(page.start_year_button, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, RoundDialog)
    assert dialog.problem_label.isVisible()
    assert str(today.year) in dialog.problem_label.text()
    dialog.label_edit.setText(f"{today.year} b")
    qtbot.mouseClick(dialog.save_button, LEFT)
    chosen = page.current_round()
    assert chosen is not None
    assert chosen.label == f"{today.year} b"


def test_a_file_error_is_shown_not_raised(
    qtbot: QtBot,
    page: AssessmentPage,
    workspace: Workspace,
    prompter: FakePrompter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    new_round(qtbot, page, "2026")

    def full(*_args: object) -> object:
        raise UserFacingError(ErrorCode.DISK_FULL, workspace.path)

    monkeypatch.setattr(workspace.assessment, "close_round", full)
    qtbot.mouseClick(page.close_round_button, LEFT)
    assert len(prompter.errors) == 1
    assert "disk is full" in prompter.errors[0].text


def test_export_writes_the_round_as_csv_and_pdf(
    qtbot: QtBot, workspace: Workspace, prompter: FakePrompter, tmp_path: Path
) -> None:
    page = make_page(qtbot, workspace, prompter, exporter=workspace.assessment_export)
    new_round(qtbot, page, "2026/27")
    person = add_respondent(qtbot, page, "Åsa Öberg", RespondentRole.OWNER)
    for statement in STATEMENTS:
        workspace.assessment.set_answer(person.id, statement.code, 4)
    page.refresh()
    assert page.export_csv_button.isEnabled()
    # The save dialog knows PolicyDesk files only: the suffix is put right.
    prompter.answers = [tmp_path / "round.policydesk"]
    qtbot.mouseClick(page.export_csv_button, LEFT)
    asked = prompter.shown[-2]
    assert asked.kind == "save_path"
    assert asked.text.endswith("self-assessment 2026_27.csv")
    written = tmp_path / "round.csv"
    assert "Åsa Öberg" in written.read_text(encoding="utf-8-sig")
    assert prompter.shown[-1].kind == "info"
    assert str(written) in prompter.shown[-1].text
    prompter.answers = [tmp_path / "report"]
    qtbot.mouseClick(page.export_pdf_button, LEFT)
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert not prompter.errors
    page.shut_down()


def test_an_export_into_a_missing_folder_is_explained(
    qtbot: QtBot, workspace: Workspace, prompter: FakePrompter, tmp_path: Path
) -> None:
    page = make_page(qtbot, workspace, prompter, exporter=workspace.assessment_export)
    new_round(qtbot, page, "2026")
    prompter.answers = [tmp_path / "nowhere" / "round.csv"]
    qtbot.mouseClick(page.export_csv_button, LEFT)
    assert len(prompter.errors) == 1
    assert "nowhere" in prompter.errors[0].text
    page.shut_down()


def test_without_an_exporter_the_export_buttons_are_off(page: AssessmentPage, qtbot: QtBot) -> None:
    new_round(qtbot, page, "2026")
    assert not page.export_csv_button.isEnabled()
    assert not page.export_pdf_button.isEnabled()


def test_history_and_compare_are_built_when_first_opened(
    qtbot: QtBot, page: AssessmentPage
) -> None:
    assert (page.history_view, page.compare_view) == (None, None)
    page.tabs.setCurrentWidget(page.history_tab)
    page.tabs.setCurrentWidget(page.compare_tab)
    assert page.findChild(QWidget, "history_view") is page.history_view is not None
    assert page.findChild(QWidget, "compare_view") is page.compare_view is not None
    new_round(qtbot, page, "2026")  # both are refreshed without trouble


def test_a_goal_request_from_the_results_is_passed_on(
    qtbot: QtBot, page: AssessmentPage, workspace: Workspace
) -> None:
    round_id = new_round(qtbot, page, "2026")
    person = add_respondent(qtbot, page, "Åsa Öberg", RespondentRole.OWNER)
    for number, statement in enumerate(STATEMENTS):
        workspace.assessment.set_answer(person.id, statement.code, 1 + number % 5)
    page.refresh()
    assert page.results_view is not None
    assert page.results_view.round_id == round_id
    with qtbot.waitSignal(page.goal_requested) as blocker:
        page.results_view.goal_requested.emit("feedback")
    assert blocker.args == ["feedback"]
