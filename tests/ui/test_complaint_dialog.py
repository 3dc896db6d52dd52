"""The complaint form: keyboard entry, problems, drafts, and work on a stored complaint."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QApplication, QTreeWidget, QWidget

from policydesk.domain.complaints import (
    Channel,
    CompensationKind,
    ComplaintForm,
    ComplaintStatus,
    Draft,
    FollowUpOutcome,
    LogFilter,
    LogQuery,
    Problem,
    ProblemCode,
)
from policydesk.domain.languages import Language
from policydesk.services.complaints import ComplaintService
from policydesk.services.workspace import Workspace
from policydesk.ui.complaint_texts import default_category_names, field_label, problem_text
from policydesk.ui.dialogs.complaint_dialog import (
    AmountError,
    ComplaintDialog,
    format_amount,
    parse_amount,
)
from policydesk.ui.i18n import Translators
from tests.ui.conftest import FakePrompter

MARKUP = "<b>x</b> & <img src=x>"


@pytest.fixture
def workspace(new_file: Path) -> Iterator[Workspace]:
    ws = Workspace.open(new_file)
    try:
        yield ws
    finally:
        ws.close()


@pytest.fixture
def service(workspace: Workspace) -> ComplaintService:
    complaints = workspace.complaints
    complaints.seed_categories(default_category_names())
    return complaints


@pytest.fixture
def staff(service: ComplaintService) -> tuple[int, int]:
    anna, problems, _ = service.add_staff("Anna Berg")
    ion, more, _ = service.add_staff("Ion Popescu")
    assert anna is not None
    assert ion is not None, problems + more
    return anna.id, ion.id


@pytest.fixture
def swedish() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("sv_SE"))
    yield
    QLocale.setDefault(before)


def open_dialog(
    qtbot: QtBot, service: ComplaintService, prompter: FakePrompter, **kwargs: object
) -> ComplaintDialog:
    dialog = ComplaintDialog(service, prompter, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab(qtbot: QtBot) -> QWidget:
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    return focused()


def wall(day: datetime) -> QDateTime:
    return QDateTime(
        QDate(day.year, day.month, day.day), QTime(day.hour, day.minute), QTimeZone.utc()
    )


def live_count(service: ComplaintService) -> int:
    return service.count(LogFilter())


def rows(view: QTreeWidget) -> list[list[str]]:
    """What a list shows, row by row and column by column."""
    result = []
    for index in range(view.topLevelItemCount()):
        item = view.topLevelItem(index)
        assert item is not None
        result.append([item.text(column) for column in range(view.columnCount())])
    return result


def stored(service: ComplaintService) -> int:
    form = ComplaintForm(
        description="The lock does not close",
        received_at=service.now() - timedelta(hours=2),
        customer_name="Sven",
        customer_phone="08-123 456 78",
    )
    outcome, _ = service.create(form, None)
    assert outcome.saved, outcome.problems
    assert outcome.complaint_id is not None
    return outcome.complaint_id


# ---------------------------------------------------------------------------- amounts


@pytest.mark.parametrize(
    ("text", "group", "expected"),
    [
        ("", ",", None),
        ("  ", ",", None),
        ("129,50", "\u00a0", 12950),
        ("129.50", "\u00a0", 12950),
        ("129.5", ".", 12950),
        ("1 234,50", "\u00a0", 123450),
        ("1\u00a0234,50", "\u00a0", 123450),
        ("1\u202f234,5", "\u00a0", 123450),
        ("1.234,50", ".", 123450),
        ("1,234.50", ",", 123450),
        ("1.234.567", ".", 123456700),
        ("1,234", ",", 123400),
        (",5", ",", 50),
        ("-5", ",", -500),
        ("\u22125,00", ",", -500),
        ("0", ",", 0),
    ],
)
def test_amounts_are_read_in_minor_units(text: str, group: str, expected: int | None) -> None:
    assert parse_amount(text, 2, group) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("12abc", "letters"),
        ("kr 5", "letters"),
        ("1,234", "decimals"),  # a Swede's "1,234" is not silently 1234
        ("12.345", "decimals"),
        ("1,2.3,4", "format"),
        ("1.23.4", "format"),
        ("12#", "format"),
        ("-", "format"),
        (",", "format"),
    ],
)
def test_garbled_amounts_are_refused(text: str, reason: str) -> None:
    with pytest.raises(AmountError) as caught:
        parse_amount(text, 2, "\u00a0")
    assert caught.value.reason == reason


def test_absurd_amounts_become_too_large_not_a_crash() -> None:
    assert parse_amount("9" * 5000, 2) > 10**9  # type: ignore[operator]
    assert parse_amount("5", 0) == 5


def test_amounts_are_written_in_the_locale() -> None:
    swedish = QLocale("sv_SE")
    assert format_amount(12950, 2, swedish) == "129,50"
    assert format_amount(123456789, 2, swedish, grouped=True) == "1\u00a0234\u00a0567,89"
    assert format_amount(-5, 2, QLocale("en_GB")) == "-0.05"
    assert format_amount(7, 0, swedish) == "7"


# ---------------------------------------------------------------------------- a new complaint


def test_a_complaint_is_logged_from_the_keyboard_alone(
    qtbot: QtBot, service: ComplaintService, prompter: FakePrompter, staff: tuple[int, int]
) -> None:
    anna, ion = staff
    dialog = open_dialog(qtbot, service, prompter, acting_staff_id=anna)
    saved: list[tuple[int, object]] = []
    dialog.complaint_saved.connect(lambda number, changes: saved.append((number, changes)))
    assert dialog.windowTitle() == "New complaint"
    assert dialog.description_edit.tabChangesFocus()
    assert focused() is dialog.name_edit

    qtbot.keyClicks(focused(), "Maria Ionescu")
    assert tab(qtbot) is dialog.phone_edit
    qtbot.keyClicks(focused(), "0721 123 456")
    assert tab(qtbot) is dialog.email_edit
    qtbot.keyClicks(focused(), "maria@example.ro")
    assert tab(qtbot) is dialog.address_edit
    qtbot.keyClicks(focused(), "Strada Mare 1, Brasov")
    assert tab(qtbot) is dialog.description_edit
    qtbot.keyClicks(focused(), "The chain broke after two days.")
    assert tab(qtbot) is dialog.channel_combo
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # counter -> phone
    assert tab(qtbot) is dialog.category_combo
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # the first category
    assert tab(qtbot) is dialog.product_edit
    qtbot.keyClicks(focused(), "ORD-42")
    assert tab(qtbot) is dialog.request_edit
    qtbot.keyClicks(focused(), "A new chain")
    assert tab(qtbot) is dialog.received_by_combo
    assert dialog.received_by_combo.currentData() == anna
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # Anna -> Ion
    assert tab(qtbot) is dialog.received_edit
    assert tab(qtbot) is dialog.resolution_edit
    qtbot.keyClicks(focused(), "Chain replaced")
    assert tab(qtbot) is dialog.on_spot_check
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert tab(qtbot) is dialog.resolved_check
    assert tab(qtbot) is dialog.promised_check
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert tab(qtbot) is dialog.promised_edit
    assert tab(qtbot) is dialog.followup_due_check
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert tab(qtbot) is dialog.followup_due_edit
    assert tab(qtbot) is dialog.followed_up_check
    assert tab(qtbot) is dialog.outcome_combo
    assert tab(qtbot) is dialog.followup_note_edit
    assert tab(qtbot) is dialog.compensation_combo
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # refund
    assert tab(qtbot) is dialog.amount_edit
    qtbot.keyClicks(focused(), "129.50")
    assert tab(qtbot) is dialog.prevention_edit
    # Letters keyClicks cannot type: set like a paste.
    dialog.followup_note_edit.setPlainText("Clientul a fost mulțumit; återkommer")
    dialog.prevention_edit.setPlainText("Kontrollera kedjan före leverans, ștergeți ă")
    dialog.name_edit.setText("Maria Ionescu-Ștefănescu")
    dialog.prevention_edit.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: bool(saved))
    assert not dialog.isVisible()
    assert prompter.shown == []
    number = saved[0][0]
    record = service.get(number)
    assert record is not None
    form = record.form
    first_category = service.categories()[0].id
    assert form.customer_name == "Maria Ionescu-Ștefănescu"
    assert form.customer_phone == "0721 123 456"
    assert form.customer_email == "maria@example.ro"
    assert form.customer_address == "Strada Mare 1, Brasov"
    assert form.description == "The chain broke after two days."
    assert form.channel is Channel.PHONE
    assert form.category_id == first_category
    assert form.product_ref == "ORD-42"
    assert form.customer_request == "A new chain"
    assert form.received_by_id == ion
    assert form.agreed_resolution == "Chain replaced"
    assert form.resolved_on_spot
    assert form.received_at is not None
    assert abs(form.received_at - service.now()) < timedelta(minutes=1)
    assert form.promised_at is not None
    assert form.promised_at > form.received_at
    assert form.followup_due_at is not None
    assert form.followed_up_at is None
    assert form.followup_outcome is None
    assert form.followup_note == "Clientul a fost mulțumit; återkommer"
    assert form.compensation_kind is CompensationKind.REFUND
    assert form.compensation_minor == 12950
    assert record.compensation_currency == service.currency()
    assert form.prevention_suggestion == "Kontrollera kedjan före leverans, ștergeți ă"
    assert record.status is ComplaintStatus.RESOLVED
    assert service.drafts() == []
    assert service.last_receiver() == ion


def test_ctrl_enter_on_the_keypad_saves_too(
    qtbot: QtBot, service: ComplaintService, prompter: FakePrompter
) -> None:
    dialog = open_dialog(qtbot, service, prompter)
    dialog.description_edit.setFocus()
    qtbot.keyClicks(dialog.description_edit, "Rude answer on the phone")
    qtbot.keyClick(
        dialog.description_edit,
        Qt.Key.Key_Enter,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier,
    )
    qtbot.waitUntil(lambda: live_count(service) == 1)
    assert not dialog.isVisible()


def test_enter_alone_does_not_save(
    qtbot: QtBot, service: ComplaintService, prompter: FakePrompter
) -> None:
    dialog = open_dialog(qtbot, service, prompter)
    dialog.description_edit.setPlainText("Half a thought")
    qtbot.keyClicks(dialog.name_edit, "Sven")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert live_count(service) == 0
    dialog.save()


def test_missing_complaint_text_is_shown_and_nothing_saved(
    qtbot: QtBot, service: ComplaintService, prompter: FakePrompter
) -> None:
    dialog = open_dialog(qtbot, service, prompter)
    qtbot.keyClicks(dialog.name_edit, "Sven")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert dialog.problems_label.isVisible()
    assert dialog.problems_label.textFormat() is Qt.TextFormat.PlainText
    sentence = problem_text(Problem(ProblemCode.DESCRIPTION_REQUIRED, "description"))
    assert sentence in dialog.problems_label.text()
    assert dialog.invalid_fields == ["description"]
    assert focused() is dialog.description_edit
    assert live_count(service) == 0
    # Fixed, it saves, and the message goes.
    dialog.description_edit.setPlainText("Wrong size")
    assert dialog.save()
    assert live_count(service) == 1


def _future_receipt(dialog: ComplaintDialog, now: datetime) -> None:
    dialog.received_edit.setDateTime(wall(now + timedelta(days=2)))


def _resolved_before(dialog: ComplaintDialog, now: datetime) -> None:
    dialog.received_edit.setDateTime(wall(now - timedelta(hours=1)))
    dialog.resolved_check.setChecked(True)
    dialog.resolved_edit.setDateTime(wall(now - timedelta(hours=3)))


def _followed_up_before(dialog: ComplaintDialog, now: datetime) -> None:
    dialog.received_edit.setDateTime(wall(now - timedelta(hours=1)))
    dialog.followed_up_check.setChecked(True)
    dialog.followed_up_edit.setDateTime(wall(now - timedelta(days=1)))
    dialog.outcome_combo.setCurrentIndex(1)


def _promised_before(dialog: ComplaintDialog, now: datetime) -> None:
    dialog.received_edit.setDateTime(wall(now - timedelta(hours=1)))
    dialog.promised_check.setChecked(True)
    dialog.promised_edit.setDateTime(wall(now - timedelta(days=1)))


def _negative_amount(dialog: ComplaintDialog, now: datetime) -> None:
    dialog.compensation_combo.setCurrentIndex(1)
    dialog.amount_edit.setText("-50")


def _phone_with_letter(dialog: ComplaintDialog, now: datetime) -> None:
    dialog.phone_edit.setText("07O-123")


def _email_without_domain(dialog: ComplaintDialog, now: datetime) -> None:
    dialog.email_edit.setText("maria@example")


def _email_with_space(dialog: ComplaintDialog, now: datetime) -> None:
    dialog.email_edit.setText("maria ionescu@example.ro")


def _followup_without_contact(dialog: ComplaintDialog, now: datetime) -> None:
    dialog.followup_due_check.setChecked(True)


def _outcome_without_time(dialog: ComplaintDialog, now: datetime) -> None:
    dialog.outcome_combo.setCurrentIndex(2)


@pytest.mark.parametrize(
    ("mistake", "problem"),
    [
        (_future_receipt, Problem(ProblemCode.IN_FUTURE, "received_at")),
        (_resolved_before, Problem(ProblemCode.BEFORE_RECEIVED, "resolved_at")),
        (_followed_up_before, Problem(ProblemCode.BEFORE_RECEIVED, "followed_up_at")),
        (_promised_before, Problem(ProblemCode.BEFORE_RECEIVED, "promised_at")),
        (_negative_amount, Problem(ProblemCode.COMPENSATION_NEGATIVE, "compensation_minor")),
        (_phone_with_letter, Problem(ProblemCode.PHONE_HAS_LETTERS, "customer_phone")),
        (
            _email_without_domain,
            Problem(ProblemCode.EMAIL_BAD_DOMAIN, "customer_email", (("domain", "example"),)),
        ),
        (_email_with_space, Problem(ProblemCode.EMAIL_HAS_SPACES, "customer_email")),
        (_followup_without_contact, Problem(ProblemCode.CONTACT_REQUIRED, "customer_phone")),
        (_outcome_without_time, Problem(ProblemCode.OUTCOME_WITHOUT_TIME, "followed_up_at")),
    ],
)
def test_mistakes_are_shown_next_to_the_form_and_nothing_is_saved(
    qtbot: QtBot,
    service: ComplaintService,
    prompter: FakePrompter,
    mistake: object,
    problem: Problem,
) -> None:
    dialog = open_dialog(qtbot, service, prompter)
    dialog.description_edit.setPlainText("The zip broke")
    now = service.now().astimezone(service.zone()).replace(tzinfo=None)
    mistake(dialog, now)  # type: ignore[operator]
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert problem_text(problem) in dialog.problems_label.text()
    assert problem.field in dialog.invalid_fields
    assert live_count(service) == 0
    assert prompter.shown == []


@pytest.mark.parametrize(
    ("typed", "words"),
    [("12abc", "only digits"), ("1,2.3,4", "not a number"), ("12.345", "too many decimals")],
)
def test_a_garbled_amount_gets_a_clear_message(
    qtbot: QtBot, service: ComplaintService, prompter: FakePrompter, typed: str, words: str
) -> None:
    dialog = open_dialog(qtbot, service, prompter)
    dialog.description_edit.setPlainText("Scratched table")
    dialog.phone_edit.setText("07O-123")  # shown together with the amount's problem
    dialog.compensation_combo.setCurrentIndex(3)
    dialog.amount_edit.setText(typed)
    assert not dialog.save()
    message = dialog.problems_label.text()
    assert words in message
    assert problem_text(Problem(ProblemCode.PHONE_HAS_LETTERS, "customer_phone")) in message
    assert dialog.invalid_fields == ["customer_phone", "compensation_minor"]
    assert focused() is dialog.phone_edit
    assert live_count(service) == 0


def test_swedish_amounts_and_business_time(
    qtbot: QtBot,
    service: ComplaintService,
    prompter: FakePrompter,
    swedish: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(service, "zone", lambda: ZoneInfo("Europe/Stockholm"))
    dialog = open_dialog(qtbot, service, prompter)
    dialog.description_edit.setPlainText("Fel storlek på skorna")
    dialog.received_edit.setDateTime(wall(datetime(2024, 7, 1, 10, 0)))
    dialog.compensation_combo.setCurrentIndex(3)
    dialog.amount_edit.setText("1\u00a0234,50")
    assert dialog.save()
    (row,) = service.first_page(LogQuery(), 5).rows
    record = service.get(row.id)
    assert record is not None
    assert record.form.received_at == datetime(2024, 7, 1, 8, 0, tzinfo=UTC)
    assert record.form.compensation_minor == 123450
    again = open_dialog(qtbot, service, prompter, complaint_id=row.id)
    assert again.amount_edit.text() == "1234,50"
    assert again.received_edit.dateTime().time() == QTime(10, 0)
    assert not again.is_dirty()


def test_markup_and_very_long_text_are_stored_as_typed(
    qtbot: QtBot, service: ComplaintService, prompter: FakePrompter, staff: tuple[int, int]
) -> None:
    long_text = MARKUP + "\n" + "é" * (20_000 - len(MARKUP) - 1)
    assert len(long_text) == 20_000
    dialog = open_dialog(qtbot, service, prompter, acting_staff_id=staff[0])
    dialog.name_edit.setText(MARKUP)
    dialog.description_edit.setPlainText(long_text)
    dialog.product_edit.setText("<script>alert(1)</script>")
    assert dialog.save()
    number = dialog.complaint_id
    assert number is not None
    record = service.get(number)
    assert record is not None
    assert record.form.customer_name == MARKUP
    assert record.form.description == long_text
    assert record.form.product_ref == "<script>alert(1)</script>"

    again = open_dialog(qtbot, service, prompter, acting_staff_id=staff[0], complaint_id=number)
    assert again.name_edit.text() == MARKUP
    assert again.description_edit.toPlainText() == long_text
    again.step_edit.setText(MARKUP)
    qtbot.mouseClick(again.add_step_button, Qt.MouseButton.LeftButton)
    assert rows(again.timeline_list)[0][2] == MARKUP
    again.name_edit.setText(MARKUP + "!")
    assert again.save()
    third = open_dialog(qtbot, service, prompter, complaint_id=number)
    name_row = next(
        row for row in rows(third.history_list) if row[2] == field_label("customer_name")
    )
    assert name_row[3:] == [MARKUP, MARKUP + "!"]


def test_text_over_the_limit_is_refused(
    qtbot: QtBot, service: ComplaintService, prompter: FakePrompter
) -> None:
    dialog = open_dialog(qtbot, service, prompter)
    dialog.description_edit.setPlainText("x" * 20_001)
    assert not dialog.save()
    assert "description" in dialog.invalid_fields
    assert live_count(service) == 0


# ---------------------------------------------------------------------------- drafts


def test_typing_keeps_a_draft_that_a_new_form_restores(
    qtbot: QtBot, service: ComplaintService, prompter: FakePrompter, staff: tuple[int, int]
) -> None:
    anna, ion = staff
    dialog = open_dialog(qtbot, service, prompter, acting_staff_id=anna)
    qtbot.keyClicks(dialog.phone_edit, "070-123 45 67")
    dialog.name_edit.setText("Ștefan Åberg")
    dialog.description_edit.setPlainText("Fakturan var fel; suma greșită")
    dialog.channel_combo.setCurrentIndex(2)
    dialog.category_combo.setCurrentIndex(3)
    dialog.received_by_combo.setCurrentIndex(dialog.received_by_combo.findData(ion))
    dialog.followup_due_check.setChecked(True)
    dialog.compensation_combo.setCurrentIndex(2)
    dialog.amount_edit.setText("12,5")
    dialog.on_spot_check.setChecked(True)
    qtbot.waitUntil(
        lambda: [d.payload.get("compensation_amount") for d in service.drafts()] == ["12,5"],
        timeout=5000,
    )
    (draft,) = service.drafts()
    assert draft.complaint_id is None
    assert draft.payload["customer_name"] == "Ștefan Åberg"
    assert draft.payload["compensation_amount"] == "12,5"
    assert dialog.draft_label.text().startswith("Draft kept at")

    # Closing the window keeps the draft when asked to (it was written before asking).
    prompter.answers = ["keep"]
    dialog.close()
    assert not dialog.isVisible()
    assert prompter.shown[-1].kind == "choose"
    (kept,) = service.drafts()
    assert kept.id == draft.id

    restored = open_dialog(qtbot, service, prompter, acting_staff_id=anna, draft=kept)
    assert restored.name_edit.text() == "Ștefan Åberg"
    assert restored.phone_edit.text() == "070-123 45 67"
    assert restored.description_edit.toPlainText() == "Fakturan var fel; suma greșită"
    assert restored.channel_combo.currentIndex() == 2
    assert restored.category_combo.currentIndex() == 3
    assert restored.received_by_combo.currentData() == ion
    assert restored.followup_due_check.isChecked()
    assert restored.followup_due_edit.isEnabled()
    assert restored.followup_due_edit.dateTime() == dialog.followup_due_edit.dateTime()
    assert restored.received_edit.dateTime() == dialog.received_edit.dateTime()
    assert restored.compensation_combo.currentIndex() == 2
    assert restored.amount_edit.text() == "12,5"
    assert restored.on_spot_check.isChecked()
    assert restored.is_dirty()
    assert restored.draft_id == kept.id
    assert restored.save()
    assert service.drafts() == []
    assert live_count(service) == 1


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"customer_name": 5, "description": None, "channel": "pigeon", "category_id": "x"},
        {"received_at": "garbage", "followup_due_at": "2024-13-45T99:00", "received_by_id": True},
        {"received_at": "1066-10-14T09:00", "resolved_on_spot": "yes", "followup_due_at_set": 1},
        {"followup_outcome": 7, "compensation_kind": ["refund"], "compensation_amount": 12.5},
        {"category_id": 99999, "received_by_id": 99999, "step_text": {"a": 1}},
        {"received_at": "2024-05-01T10:00:00+02:00", "customer_name": "\x00" * 3},
    ],
)
def test_a_garbled_draft_leaves_defaults(
    qtbot: QtBot, service: ComplaintService, prompter: FakePrompter, payload: dict[str, object]
) -> None:
    draft = Draft(1234, None, payload, service.now())
    dialog = open_dialog(qtbot, service, prompter, draft=draft)
    assert dialog.channel_combo.currentData() == Channel.COUNTER.value
    assert dialog.category_combo.currentIndex() == 0
    assert not dialog.followup_due_check.isChecked()
    assert not dialog.on_spot_check.isChecked()
    assert dialog.outcome_combo.currentIndex() == 0
    assert dialog.compensation_combo.currentIndex() == 0
    assert dialog.amount_edit.text() == ""
    assert dialog.received_edit.dateTime().date().year() >= 2000
    assert not dialog.save()  # no complaint text: refused, not crashed
    dialog.description_edit.setPlainText("Typed after all")
    dialog.name_edit.setText("Sven")
    assert dialog.save()


def test_a_draft_of_nonsense_type_does_not_crash(
    qtbot: QtBot, service: ComplaintService, prompter: FakePrompter
) -> None:
    draft = Draft(1, None, ["not", "a", "dict"], service.now())  # type: ignore[arg-type]
    dialog = open_dialog(qtbot, service, prompter, draft=draft)
    assert dialog.name_edit.text() == ""


def test_esc_on_an_untouched_form_just_closes(
    qtbot: QtBot, service: ComplaintService, prompter: FakePrompter
) -> None:
    dialog = open_dialog(qtbot, service, prompter)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert prompter.shown == []


def test_esc_on_a_touched_form_asks_and_discards(
    qtbot: QtBot, service: ComplaintService, prompter: FakePrompter
) -> None:
    dialog = open_dialog(qtbot, service, prompter)
    qtbot.keyClicks(dialog.name_edit, "Sven")
    qtbot.waitUntil(lambda: len(service.drafts()) == 1, timeout=5000)

    prompter.answers = [False]  # keep editing
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert [shown.kind for shown in prompter.shown] == ["confirm"]
    assert len(service.drafts()) == 1

    prompter.answers = [True]  # discard
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert service.drafts() == []
    assert live_count(service) == 0


def test_typing_back_to_nothing_needs_no_question(
    qtbot: QtBot, service: ComplaintService, prompter: FakePrompter
) -> None:
    dialog = open_dialog(qtbot, service, prompter)
    qtbot.keyClicks(dialog.name_edit, "Sv")
    dialog.name_edit.clear()
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert prompter.shown == []


@pytest.mark.parametrize(("answer", "drafts", "visible"), [("discard", 0, False), (None, 1, True)])
def test_closing_the_window_offers_keep_discard_or_cancel(
    qtbot: QtBot,
    service: ComplaintService,
    prompter: FakePrompter,
    answer: str | None,
    drafts: int,
    visible: bool,
) -> None:
    dialog = open_dialog(qtbot, service, prompter)
    dialog.description_edit.setPlainText("Nobody answered the phone")
    prompter.answers = [answer]
    dialog.close()
    assert dialog.isVisible() is visible
    assert len(service.drafts()) == drafts
    if visible:
        assert dialog.save()


def test_several_forms_can_be_open_at_once(
    qtbot: QtBot, service: ComplaintService, prompter: FakePrompter
) -> None:
    first = open_dialog(qtbot, service, prompter)
    second = open_dialog(qtbot, service, prompter)
    assert not first.isModal()
    first.description_edit.setPlainText("First")
    second.description_edit.setPlainText("Second")
    qtbot.waitUntil(lambda: len(service.drafts()) == 2, timeout=5000)
    assert second.save()
    assert len(service.drafts()) == 1
    assert first.isVisible()
    assert first.save()
    assert live_count(service) == 2
    assert service.drafts() == []


# ---------------------------------------------------------------------------- editing


def test_editing_records_the_changes_in_the_history(
    qtbot: QtBot, service: ComplaintService, prompter: FakePrompter, staff: tuple[int, int]
) -> None:
    anna, _ion = staff
    number = stored(service)
    dialog = open_dialog(qtbot, service, prompter, acting_staff_id=anna, complaint_id=number)
    saved: list[int] = []
    dialog.complaint_saved.connect(lambda complaint, _changes: saved.append(complaint))
    assert dialog.windowTitle() == f"Complaint {number}"
    assert dialog.description_edit.toPlainText() == "The lock does not close"
    assert dialog.status_label.text() == "Status: New"
    assert not dialog.is_dirty()
    category = service.categories()[1]
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData(category.id))
    dialog.phone_edit.setText("070-999 88 77")
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert saved == [number]
    assert not dialog.isVisible()
    history = service.history(number)
    # The receipt time was not touched, so it is not "changed" by a rounding to minutes.
    assert {change.field for change in history} == {"category_id", "customer_phone"}
    assert {change.staff_name for change in history} == {"Anna Berg"}

    again = open_dialog(qtbot, service, prompter, complaint_id=number)
    texts = {row[2]: (row[1], row[3], row[4]) for row in rows(again.history_list)}
    assert texts[field_label("category_id")] == ("Anna Berg", "\u2014", category.name)
    assert texts[field_label("customer_phone")] == ("Anna Berg", "08-123 456 78", "070-999 88 77")


def test_a_step_is_added_to_the_timeline(
    qtbot: QtBot, service: ComplaintService, prompter: FakePrompter, staff: tuple[int, int]
) -> None:
    anna, _ion = staff
    number = stored(service)
    dialog = open_dialog(qtbot, service, prompter, acting_staff_id=anna, complaint_id=number)
    dialog.tabs.setCurrentWidget(dialog.timeline_page)
    qtbot.mouseClick(dialog.add_step_button, Qt.MouseButton.LeftButton)
    assert prompter.shown[-1].kind == "warn"  # nothing written yet
    assert dialog.timeline_list.topLevelItemCount() == 0

    dialog.step_edit.setFocus()
    qtbot.keyClicks(dialog.step_edit, "Ordered a new lock")
    qtbot.keyClick(dialog.step_edit, Qt.Key.Key_Return)
    ((when, who, text),) = rows(dialog.timeline_list)
    assert (who, text) == ("Anna Berg", "Ordered a new lock")
    assert when  # the locale's short date and time
    assert dialog.step_edit.text() == ""
    assert dialog.status_label.text() == "Status: In progress"
    record = service.get(number)
    assert record is not None
    assert [action.text for action in record.actions] == ["Ordered a new lock"]
    assert not dialog.is_dirty()
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_status_buttons_move_the_complaint_and_reopen_it(
    qtbot: QtBot, service: ComplaintService, prompter: FakePrompter, staff: tuple[int, int]
) -> None:
    anna, _ion = staff
    number = stored(service)
    dialog = open_dialog(qtbot, service, prompter, acting_staff_id=anna, complaint_id=number)
    assert set(dialog.status_buttons) == {
        ComplaintStatus.IN_PROGRESS,
        ComplaintStatus.WAITING,
        ComplaintStatus.RESOLVED,
    }
    qtbot.mouseClick(dialog.status_buttons[ComplaintStatus.RESOLVED], Qt.MouseButton.LeftButton)
    record = service.get(number)
    assert record is not None
    assert record.status is ComplaintStatus.RESOLVED
    assert dialog.resolved_check.isChecked()  # the form follows what the service stamped
    assert dialog.status_buttons[ComplaintStatus.IN_PROGRESS].text() == "Reopen"

    # Closing needs a follow-up: the service refuses and says why.
    qtbot.mouseClick(dialog.status_buttons[ComplaintStatus.CLOSED], Qt.MouseButton.LeftButton)
    assert prompter.shown[-1].kind == "warn"
    assert service.get(number).status is ComplaintStatus.RESOLVED  # type: ignore[union-attr]

    qtbot.mouseClick(dialog.status_buttons[ComplaintStatus.IN_PROGRESS], Qt.MouseButton.LeftButton)
    record = service.get(number)
    assert record is not None
    assert record.status is ComplaintStatus.IN_PROGRESS
    assert record.form.resolved_at is None
    assert not dialog.resolved_check.isChecked()
    assert dialog.status_label.text() == "Status: In progress"
    statuses = [c.new_value for c in service.history(number) if c.field == "status"]
    assert statuses == ["resolved", "in_progress"]
    assert not dialog.is_dirty()


def test_a_status_change_saves_typed_edits_first(
    qtbot: QtBot, service: ComplaintService, prompter: FakePrompter
) -> None:
    number = stored(service)
    dialog = open_dialog(qtbot, service, prompter, complaint_id=number)
    dialog.resolution_edit.setPlainText("New lock fitted")
    dialog.phone_edit.setText("07O")  # a problem: nothing moves
    qtbot.mouseClick(dialog.status_buttons[ComplaintStatus.WAITING], Qt.MouseButton.LeftButton)
    assert service.get(number).status is ComplaintStatus.NEW  # type: ignore[union-attr]
    assert "customer_phone" in dialog.invalid_fields
    dialog.phone_edit.setText("08-123 456 78")
    qtbot.mouseClick(dialog.status_buttons[ComplaintStatus.WAITING], Qt.MouseButton.LeftButton)
    record = service.get(number)
    assert record is not None
    assert record.form.agreed_resolution == "New lock fitted"
    assert record.status is ComplaintStatus.WAITING


def test_follow_up_closes_the_complaint(
    qtbot: QtBot, service: ComplaintService, prompter: FakePrompter
) -> None:
    number = stored(service)
    dialog = open_dialog(qtbot, service, prompter, complaint_id=number)
    dialog.followed_up_check.setChecked(True)
    dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findData("satisfied"))
    assert dialog.save()
    record = service.get(number)
    assert record is not None
    assert record.status is ComplaintStatus.CLOSED
    assert record.form.followup_outcome is FollowUpOutcome.SATISFIED


def test_delete_asks_then_moves_the_complaint_to_the_bin(
    qtbot: QtBot, service: ComplaintService, prompter: FakePrompter, staff: tuple[int, int]
) -> None:
    anna, _ion = staff
    number = stored(service)
    dialog = open_dialog(qtbot, service, prompter, acting_staff_id=anna, complaint_id=number)
    prompter.answers = [False]
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert service.get(number).deleted_at is None  # type: ignore[union-attr]

    prompter.answers = [True]
    with qtbot.waitSignal(dialog.complaint_saved) as signal:
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert signal.args is not None
    assert signal.args[0] == number
    assert not dialog.isVisible()
    record = service.get(number)
    assert record is not None
    assert record.deleted_at is not None
    assert live_count(service) == 0
    assert service.history(number)[-1].field == "deleted"


def test_a_missing_complaint_is_said_not_crashed(
    qtbot: QtBot, service: ComplaintService, prompter: FakePrompter
) -> None:
    dialog = open_dialog(qtbot, service, prompter, complaint_id=4242)
    assert not dialog.save_button.isEnabled()
    assert problem_text(Problem(ProblemCode.NOT_FOUND, "id")) in dialog.problems_label.text()
    assert not dialog.save()


def test_an_edit_draft_reopens_its_complaint(
    qtbot: QtBot, service: ComplaintService, prompter: FakePrompter
) -> None:
    number = stored(service)
    dialog = open_dialog(qtbot, service, prompter, complaint_id=number)
    dialog.followup_note_edit.setPlainText("Sună înapoi mâine")
    qtbot.waitUntil(lambda: len(service.drafts()) == 1, timeout=5000)
    prompter.answers = ["keep"]
    dialog.close()
    (draft,) = service.drafts()
    assert draft.complaint_id == number
    again = open_dialog(qtbot, service, prompter, draft=draft)
    assert again.complaint_id == number
    assert again.description_edit.toPlainText() == "The lock does not close"
    assert again.followup_note_edit.toPlainText() == "Sună înapoi mâine"
    assert again.save()
    record = service.get(number)
    assert record is not None
    assert record.form.followup_note == "Sună înapoi mâine"
    assert service.drafts() == []


def test_a_typed_step_is_saved_with_the_form(
    qtbot: QtBot, service: ComplaintService, prompter: FakePrompter
) -> None:
    number = stored(service)
    dialog = open_dialog(qtbot, service, prompter, complaint_id=number)
    dialog.step_edit.setText("Sent a voucher")
    assert dialog.is_dirty()
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    record = service.get(number)
    assert record is not None
    assert [action.text for action in record.actions] == ["Sent a voucher"]


def test_the_form_follows_a_language_change(
    qtbot: QtBot,
    service: ComplaintService,
    prompter: FakePrompter,
    translators: Translators,
) -> None:
    number = stored(service)
    dialog = open_dialog(qtbot, service, prompter, complaint_id=number)
    translators.apply(Language.SWEDISH)
    qtbot.waitUntil(lambda: dialog.received_edit.displayFormat() == "yyyy-MM-dd HH:mm")
    assert dialog.channel_combo.count() == len(Channel)
    assert dialog.windowTitle().endswith(str(number))
    assert not dialog.is_dirty()
