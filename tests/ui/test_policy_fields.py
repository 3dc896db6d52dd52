"""Every kind of answer widget stores and restores exactly the text the file keeps."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDoubleSpinBox

from policydesk.ui.wizard.fields import (
    AmountAnswer,
    Answer,
    ChoiceAnswer,
    DateAnswer,
    LineAnswer,
    NumberAnswer,
    TextAnswer,
)


def make(kind: str) -> Answer:
    makers: dict[str, Callable[[], Answer]] = {
        "text": lambda: TextAnswer("mission.who_we_are", "Who we are", example="Exempel"),
        "line": lambda: LineAnswer("rollout.follow_up_owner", "Owner"),
        "number": lambda: NumberAnswer("today.people", "People", maximum=100, decimals=1),
        "integer": lambda: NumberAnswer(
            "today.days_per_week", "Days", minimum=1, maximum=7, decimals=0
        ),
        "amount": lambda: AmountAnswer("guidelines.compensation_limit", "Limit", currency="RON"),
        "choice": lambda: ChoiceAnswer(
            "rollout.decider", "Who", [("owner", "Ägaren"), ("board", "Styrelsen")]
        ),
        "date": lambda: DateAnswer("rollout.meeting_date", "Meeting"),
    }
    return makers[kind]()


ROUND_TRIPS = [
    ("text", "Vi är <b>Ștefan</b> & Åsa 🚲\n\nrad två"),
    ("text", ""),
    ("line", "Ioana Mureșan"),
    ("number", "1.5"),
    ("number", "0"),
    ("number", ""),
    ("integer", "6"),
    ("integer", ""),
    ("amount", "100050"),  # 1 000,50 lei in bani
    ("amount", ""),
    ("choice", "board"),
    ("choice", ""),
    ("date", "2026-03-09"),
    ("date", ""),
]


@pytest.mark.parametrize(("kind", "stored"), ROUND_TRIPS)
def test_a_stored_answer_comes_back_unchanged_and_silently(
    qtbot: QtBot, kind: str, stored: str
) -> None:
    answer = make(kind)
    qtbot.addWidget(answer)
    with qtbot.assertNotEmitted(answer.edited):
        answer.set_value(stored)
    assert answer.value() == stored


@pytest.mark.parametrize(
    ("kind", "stored"), [("number", "abc"), ("integer", "x"), ("date", "9 mars"), ("choice", "?")]
)
def test_an_unreadable_stored_value_shows_as_not_given(
    qtbot: QtBot, kind: str, stored: str
) -> None:
    answer = make(kind)
    qtbot.addWidget(answer)
    answer.set_value(stored)
    assert answer.value() == ""


def test_user_edits_are_reported_as_the_stored_text(qtbot: QtBot) -> None:
    number = make("number")
    assert isinstance(number, NumberAnswer)
    qtbot.addWidget(number)
    assert isinstance(number.spin, QDoubleSpinBox)
    with qtbot.waitSignal(number.edited) as edited:
        number.spin.setValue(2.5)
    assert edited.args == ["today.people", "2.5"]
    with qtbot.waitSignal(number.edited) as edited:
        number.spin.setValue(number.spin.minimum())  # back to "—"
    assert edited.args == ["today.people", ""]

    amount = make("amount")
    assert isinstance(amount, AmountAnswer)
    qtbot.addWidget(amount)
    assert isinstance(amount.spin, QDoubleSpinBox)
    with qtbot.waitSignal(amount.edited) as edited:
        amount.spin.setValue(250.75)
    assert edited.args == ["guidelines.compensation_limit", "25075"]

    choice = make("choice")
    assert isinstance(choice, ChoiceAnswer)
    qtbot.addWidget(choice)
    with qtbot.waitSignal(choice.edited) as edited:
        choice.combo.setCurrentIndex(1)
    assert edited.args == ["rollout.decider", "owner"]  # the code, never the label

    day = make("date")
    assert isinstance(day, DateAnswer)
    qtbot.addWidget(day)
    with qtbot.waitSignal(day.edited) as edited:
        day.date_edit.setDate(QDate(2027, 1, 31))
    assert edited.args == ["rollout.meeting_date", "2027-01-31"]
    with qtbot.waitSignal(day.edited) as edited:
        day.clear_button.click()
    assert edited.args == ["rollout.meeting_date", ""]


def test_problems_show_under_the_field_and_clear(qtbot: QtBot) -> None:
    answer = make("text")
    qtbot.addWidget(answer)
    answer.show()
    answer.show_problems(["Skriv kortare."])
    assert answer.problems_shown() == "Skriv kortare."
    answer.show_problems([])
    assert answer.problems_shown() == ""


def test_read_only_answers_can_be_read_but_not_changed(qtbot: QtBot) -> None:
    text = make("text")
    assert isinstance(text, TextAnswer)
    qtbot.addWidget(text)
    text.set_read_only(True)
    assert text.text_edit.isReadOnly()
    assert not text.example_button.isEnabled()
    day = make("date")
    assert isinstance(day, DateAnswer)
    qtbot.addWidget(day)
    day.set_read_only(True)
    assert day.date_edit.isReadOnly()
    assert not day.clear_button.isEnabled()
