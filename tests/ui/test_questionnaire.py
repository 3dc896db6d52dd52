"""The questionnaire: saved as given, keyboard-driven, private, read-only once closed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from policydesk.domain.errors import ErrorCode, UserFacingError
from policydesk.domain.languages import Language
from policydesk.domain.quotient import STATEMENTS, RespondentRole
from policydesk.domain.quotient_texts import area_name, statement_text
from policydesk.services.assessment import (
    AssessmentProblem,
    AssessmentProblemCode,
    AssessmentService,
    Outcome,
    RespondentInfo,
)
from policydesk.services.workspace import Workspace
from policydesk.ui.dialogs.questionnaire_dialog import NOTE_LIMIT, QuestionnaireDialog
from tests.ui.conftest import FakePrompter

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def service(workspace: Workspace) -> AssessmentService:
    return workspace.assessment


@pytest.fixture
def person(service: AssessmentService) -> RespondentInfo:
    round_id = service.create_round("2026", service.today()).id
    assert round_id is not None
    respondent_id = service.add_respondent(round_id, "Åsa Öberg", RespondentRole.OWNER).id
    assert respondent_id is not None
    return service.respondents(round_id)[0]


def open_dialog(
    qtbot: QtBot,
    service: AssessmentService,
    person: RespondentInfo,
    prompter: FakePrompter,
    language: Language = Language.ENGLISH,
) -> QuestionnaireDialog:
    dialog = QuestionnaireDialog(service, person, language, prompter)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def dialog(
    qtbot: QtBot, service: AssessmentService, person: RespondentInfo, prompter: FakePrompter
) -> Iterator[QuestionnaireDialog]:
    shown = open_dialog(qtbot, service, person, prompter)
    yield shown
    shown.close()


def stored(service: AssessmentService, person: RespondentInfo) -> dict[str, tuple[int, str]]:
    return {code: (a.rating, a.note) for code, a in service.answers(person.id).items()}


def test_the_statements_come_grouped_by_area_with_the_scale(dialog: QuestionnaireDialog) -> None:
    assert list(dialog.rows) == [s.code for s in STATEMENTS]
    headings = [label.text() for label in dialog.area_labels.values()]
    assert headings[0] == "Customer-focused culture"
    assert len(headings) == 7
    first = dialog.rows["culture.right_first_time"]
    assert first.text_label.text() == statement_text("culture.right_first_time", Language.ENGLISH)
    assert first.choices.button(1).text() == "1\nNot at all"
    assert first.choices.button(5).text() == "5\nAll the time"
    assert dialog.progress_label.text() == "0 of 25 answered"
    assert "Åsa Öberg" in dialog.windowTitle()


def test_a_click_is_saved_at_once(
    qtbot: QtBot, dialog: QuestionnaireDialog, service: AssessmentService, person: RespondentInfo
) -> None:
    row = dialog.rows["feedback.keep_asking"]
    assert not row.note_edit.isEnabled()
    qtbot.mouseClick(row.choices.button(3), LEFT)
    assert stored(service, person) == {"feedback.keep_asking": (3, "")}
    assert row.note_edit.isEnabled()
    assert dialog.progress_label.text() == "1 of 25 answered"
    qtbot.mouseClick(row.choices.button(5), LEFT)
    assert stored(service, person) == {"feedback.keep_asking": (5, "")}
    assert dialog.progress_label.text() == "1 of 25 answered"


def test_number_keys_and_arrows_rate_the_focused_statement(
    qtbot: QtBot, dialog: QuestionnaireDialog, service: AssessmentService, person: RespondentInfo
) -> None:
    rows = list(dialog.rows.values())
    qtbot.waitUntil(lambda: dialog.focusWidget() is rows[0])  # the first unanswered one
    qtbot.keyClick(rows[0], Qt.Key.Key_4)
    assert rows[0].rating == 4
    qtbot.keyClick(rows[0], Qt.Key.Key_Right)
    assert rows[0].rating == 5
    qtbot.keyClick(rows[0], Qt.Key.Key_Right)  # no further than 5
    assert rows[0].rating == 5
    qtbot.keyClick(rows[0], Qt.Key.Key_Left)
    assert stored(service, person)[rows[0].code] == (4, "")
    qtbot.keyClick(rows[0], Qt.Key.Key_9)  # not a rating
    assert rows[0].rating == 4
    # The keypad's digits work too.
    qtbot.keyClick(rows[0], Qt.Key.Key_2, Qt.KeyboardModifier.KeypadModifier)
    assert rows[0].rating == 2

    # Down and Up move between statements; Enter goes on as well.
    qtbot.keyClick(rows[0], Qt.Key.Key_Down)
    assert dialog.focusWidget() is rows[1]
    qtbot.keyClick(rows[1], Qt.Key.Key_1)
    qtbot.keyClick(rows[1], Qt.Key.Key_Return)
    assert dialog.focusWidget() is rows[2]
    qtbot.keyClick(rows[2], Qt.Key.Key_Up)
    assert dialog.focusWidget() is rows[1]
    assert rows[1].rating == 1

    # Tab goes on to the rated statement's note, then to the next statement.
    qtbot.keyClick(rows[1], Qt.Key.Key_Tab)
    assert dialog.focusWidget() is rows[1].note_edit
    qtbot.keyClick(rows[1].note_edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is rows[2]
    # An unrated statement has no note to stop at.
    qtbot.keyClick(rows[2], Qt.Key.Key_Tab)
    assert dialog.focusWidget() is rows[3]
    assert dialog.progress_label.text() == "2 of 25 answered"


def test_the_whole_questionnaire_by_keyboard(
    qtbot: QtBot, dialog: QuestionnaireDialog, service: AssessmentService, person: RespondentInfo
) -> None:
    for number, row in enumerate(dialog.rows.values()):
        qtbot.keyClick(row, Qt.Key(Qt.Key.Key_1 + number % 5))
        qtbot.keyClick(row, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.finish_button
    qtbot.keyClick(dialog.finish_button, Qt.Key.Key_Space)
    assert dialog.result() == QuestionnaireDialog.DialogCode.Accepted
    assert dialog.completed
    assert service.respondents(person.round_id)[0].finished
    given = service.answers(person.id)
    assert [given[s.code].rating for s in STATEMENTS] == [1 + n % 5 for n in range(25)]


def test_finish_with_statements_left_says_how_many_and_shows_the_first(
    qtbot: QtBot, dialog: QuestionnaireDialog, service: AssessmentService, person: RespondentInfo
) -> None:
    rows = list(dialog.rows.values())
    for row in rows[:20] + rows[21:24]:
        row.choices.button(3).click()
    qtbot.mouseClick(dialog.finish_button, LEFT)
    assert dialog.isVisible()
    assert dialog.message_label.isVisible()
    assert "Statements still without a rating: 2." in dialog.message_label.text()
    assert [row.missing for row in rows] == [False] * 20 + [True] + [False] * 3 + [True]
    assert dialog.focusWidget() is rows[20]
    assert dialog.scroll_area.verticalScrollBar().value() > 0
    assert not service.respondents(person.round_id)[0].finished
    # Rating a marked statement takes its mark away; the last one clears the message.
    qtbot.keyClick(rows[20], Qt.Key.Key_5)
    assert not rows[20].missing
    assert dialog.message_label.isVisible()
    qtbot.keyClick(rows[24], Qt.Key.Key_5)
    assert not dialog.message_label.isVisible()
    qtbot.mouseClick(dialog.finish_button, LEFT)
    assert not dialog.isVisible()
    assert service.respondents(person.round_id)[0].finished


def test_notes_are_saved_when_left_and_when_the_dialog_closes(
    qtbot: QtBot,
    service: AssessmentService,
    person: RespondentInfo,
    prompter: FakePrompter,
) -> None:
    dialog = open_dialog(qtbot, service, person, prompter)
    first, second = list(dialog.rows.values())[:2]
    first.choices.button(2).click()
    first.note_edit.setText("Köerna vid kassan på lördagar")
    qtbot.keyClick(first.note_edit, Qt.Key.Key_Return)  # leaves the field: saved
    assert stored(service, person)[first.code] == (2, "Köerna vid kassan på lördagar")
    assert dialog.focusWidget() is second
    second.choices.button(4).click()
    second.note_edit.setText("<b>Vi</b> svarar & <script>alert(1)</script>")
    qtbot.mouseClick(dialog.later_button, LEFT)  # nothing else needed: it is saved on closing
    assert stored(service, person)[second.code] == (
        4,
        "<b>Vi</b> svarar & <script>alert(1)</script>",
    )
    again = open_dialog(qtbot, service, person, prompter)
    row = again.rows[second.code]
    assert row.note_edit.text() == "<b>Vi</b> svarar & <script>alert(1)</script>"
    assert row.rating == 4
    assert again.progress_label.text() == "2 of 25 answered"
    labels = again.findChildren(QLabel)
    assert all(
        label.textFormat() == Qt.TextFormat.PlainText
        for label in labels
        if label.objectName() in {"text_label", "title_label"}
    )
    again.close()


def test_a_huge_note_is_cut_at_the_limit_and_saved(
    qtbot: QtBot,
    dialog: QuestionnaireDialog,
    service: AssessmentService,
    person: RespondentInfo,
    prompter: FakePrompter,
) -> None:
    row = dialog.rows["staff.free_to_solve"]
    qtbot.keyClick(row, Qt.Key.Key_3)
    row.note_edit.setText("å" * (NOTE_LIMIT + 700))
    qtbot.keyClick(row.note_edit, Qt.Key.Key_Return)
    assert stored(service, person)[row.code] == (3, "å" * NOTE_LIMIT)
    assert not prompter.shown
    assert not dialog.message_label.isVisible()


def test_someone_elses_answers_are_never_shown(
    qtbot: QtBot, service: AssessmentService, person: RespondentInfo, prompter: FakePrompter
) -> None:
    other_id = service.add_respondent(person.round_id, "", RespondentRole.STAFF).id
    assert other_id is not None
    for statement in STATEMENTS:
        service.set_answer(person.id, statement.code, 5, "mine")
    other = next(p for p in service.respondents(person.round_id) if p.id == other_id)
    dialog = open_dialog(qtbot, service, other, prompter)
    assert all(row.rating is None for row in dialog.rows.values())
    assert all(row.note_edit.text() == "" for row in dialog.rows.values())
    assert "Anonymous (Staff member)" in dialog.windowTitle()
    dialog.close()


def test_a_closed_round_opens_read_only(
    qtbot: QtBot, service: AssessmentService, person: RespondentInfo, prompter: FakePrompter
) -> None:
    for statement in STATEMENTS:
        service.set_answer(person.id, statement.code, 4, "note")
    assert service.close_round(person.round_id).ok
    dialog = open_dialog(qtbot, service, person, prompter)
    assert dialog.read_only
    assert not dialog.finish_button.isVisible()
    assert dialog.later_button.text() == "Close"
    row = next(iter(dialog.rows.values()))
    qtbot.keyClick(row, Qt.Key.Key_1)
    qtbot.mouseClick(row.choices.button(4), LEFT)
    assert row.rating == 4
    assert row.choices.button(4).isChecked()
    assert row.note_edit.isReadOnly()
    qtbot.mouseClick(dialog.later_button, LEFT)
    assert not dialog.isVisible()
    assert all(a.rating == 4 for a in service.answers(person.id).values())
    assert not prompter.shown


def test_a_refused_rating_is_explained_and_taken_back(
    qtbot: QtBot,
    dialog: QuestionnaireDialog,
    service: AssessmentService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    row = dialog.rows["improvement.fix_quickly"]
    qtbot.keyClick(row, Qt.Key.Key_2)
    refused = Outcome((AssessmentProblem(AssessmentProblemCode.ROUND_CLOSED, "round"),))
    monkeypatch.setattr(service, "set_answer", lambda *_args: refused)
    qtbot.keyClick(row, Qt.Key.Key_5)
    assert row.rating == 2
    assert row.choices.button(2).isChecked()
    assert not row.choices.button(5).isChecked()
    assert dialog.message_label.isVisible()
    assert "Reopen the round" in dialog.message_label.text()


def test_a_file_error_while_rating_is_shown(
    qtbot: QtBot,
    dialog: QuestionnaireDialog,
    service: AssessmentService,
    prompter: FakePrompter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def locked(*_args: object) -> Outcome:
        raise UserFacingError(ErrorCode.DISK_FULL, None)

    monkeypatch.setattr(service, "set_answer", locked)
    row = next(iter(dialog.rows.values()))
    qtbot.mouseClick(row.choices.button(3), LEFT)
    assert row.rating is None
    assert not any(button.isChecked() for button in row.choices.buttons())
    assert len(prompter.errors) == 1
    assert "disk is full" in prompter.errors[0].text
    assert dialog.progress_label.text() == "0 of 25 answered"


def test_swedish_words_for_a_swedish_user_interface(
    qtbot: QtBot, service: AssessmentService, person: RespondentInfo, prompter: FakePrompter
) -> None:
    dialog = open_dialog(qtbot, service, person, prompter, Language.SWEDISH)
    row = dialog.rows["culture.right_first_time"]
    assert row.text_label.text() == "Vi försöker göra rätt från början."
    assert row.choices.button(1).text() == "1\nInte alls"
    assert dialog.area_labels[STATEMENTS[0].area].text() == area_name(
        STATEMENTS[0].area, Language.SWEDISH
    )
    dialog.close()


def test_changes_are_reported_once_when_the_dialog_closes(
    qtbot: QtBot, dialog: QuestionnaireDialog
) -> None:
    reported: list[object] = []
    dialog.changes_made.connect(reported.append)
    for row in list(dialog.rows.values())[:3]:
        row.choices.button(1).click()
    assert reported == []
    qtbot.mouseClick(dialog.later_button, LEFT)
    assert len(reported) == 1
    assert getattr(reported[0], "assessment", False)
