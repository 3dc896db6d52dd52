"""Enter a goal's figure for a period: the period, the value, where it came from and a note.

The dialog hands what was typed to :meth:`GoalsService.record_measurement` unchanged (apart
from reading a number the local way) and words the service's problems under the fields;
nothing is closed while a problem stands. A period that already has a value is replaced only
after the user says so.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.errors import UserFacingError
from policydesk.ui.forms import PROBLEM_STYLE, save_cancel_buttons
from policydesk.ui.messages import error_details, error_text, error_title

if TYPE_CHECKING:
    from policydesk.services.goals import GoalOverview, GoalProblem, GoalsService, Outcome
    from policydesk.ui.prompts import Prompter

translate = QCoreApplication.translate
# The service's problem codes, by value: the user interface imports no service at run time.
_PERIOD_TAKEN = "period_taken"


def local_date(iso: str) -> str:
    """An ISO date (as problems carry them) in the user's short date format."""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def _field_name(field: str) -> str:
    if field == "source_note":
        return translate("MeasurementDialog", "The source")
    if field == "note":
        return translate("MeasurementDialog", "The note")
    return translate("MeasurementDialog", "The text")


def goal_problem_text(problem: GoalProblem) -> str:  # noqa: PLR0911, PLR0912 - one sentence per code
    """One plain sentence for a problem the goals service reported."""
    code = str(problem.code)
    locale = QLocale()
    if code == "unknown_goal":
        return translate(
            "MeasurementDialog",
            "This goal no longer exists; it may have been removed in the policy.",
        )
    if code == "unknown_measurement":
        return translate(
            "MeasurementDialog", "This figure no longer exists; it may have been removed already."
        )
    if code == "unknown_staff":
        return translate(
            "MeasurementDialog", "The person recording the figure is no longer on the staff list."
        )
    if code == "not_a_number":
        return (
            translate(
                "MeasurementDialog",
                "“%1” is not a number. Type the figure in digits, like %2.",
            )
            .replace("%1", problem.param("value"))
            .replace("%2", locale.toString(82.5, "f", 1))
        )
    if code == "too_big":
        return translate(
            "MeasurementDialog", "The figure is too big: it can be at most %1."
        ).replace("%1", locale.toString(int(problem.param("max") or 0)))
    if code == "percent_range":
        return translate("MeasurementDialog", "A percentage must be between 0 and 100.")
    if code == "negative_count":
        return translate("MeasurementDialog", "A count cannot be below zero.")
    if code == "not_a_date":
        return translate("MeasurementDialog", "Choose the period's first and last day.")
    if code == "period_order":
        return translate(
            "MeasurementDialog",
            "The period ends before it starts: the “To” date must not be before “From”.",
        )
    if code == "period_in_future":
        return translate(
            "MeasurementDialog",
            "The period has not ended yet: its last day must be today (%1) or earlier.",
        ).replace("%1", local_date(problem.param("today")))
    if code == _PERIOD_TAKEN:
        return translate("MeasurementDialog", "This period already has a figure.")
    if code == "period_overlaps":
        return (
            translate(
                "MeasurementDialog",
                "The period overlaps a figure already entered for %1 to %2. Choose another period.",
            )
            .replace("%1", local_date(problem.param("start")))
            .replace("%2", local_date(problem.param("end")))
        )
    if code == "too_long":
        return (
            translate("MeasurementDialog", "%1 is too long: %2 characters, at most %3.")
            .replace("%1", _field_name(problem.field))
            .replace("%2", locale.toString(int(problem.param("length") or 0)))
            .replace("%3", locale.toString(int(problem.param("max") or 0)))
        )
    if code == "control_characters":
        return translate(
            "MeasurementDialog", "%1 holds characters that cannot be stored. Type it again."
        ).replace("%1", _field_name(problem.field))
    if code == "not_computable":
        return translate(
            "MeasurementDialog",
            "This goal's figure is entered by hand; the complaint log cannot compute it.",
        )
    if code == "nothing_to_compute":
        return translate(
            "MeasurementDialog",
            "The complaint log has nothing to count in this period, so nothing was stored.",
        )
    return translate("MeasurementDialog", "The figure could not be stored.")


def read_local_number(text: str) -> object:
    """A number typed the local way as a float; anything else as typed, for the service."""
    number, ok = QLocale().toDouble(text.strip())
    return number if ok else text


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class MeasurementDialog(QDialog):
    """Asks for a goal's figure for one period and stores it.

    Args:
        goals: the goals service.
        goal: the goal to enter a figure for.
        prompter: asks before a figure already there is replaced.
        parent: the dialog's parent.

    Attributes:
        outcome: the stored figure's outcome, once saved.
    """

    def __init__(
        self,
        goals: GoalsService,
        goal: GoalOverview,
        prompter: Prompter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._goals = goals
        self._goal = goal
        self._prompter = prompter
        self.outcome: Outcome | None = None
        self.setWindowTitle(self.tr("Enter a figure"))
        layout = QVBoxLayout(self)
        self.goal_label = QLabel(goal.title)
        self.goal_label.setObjectName("goal_label")
        self.goal_label.setTextFormat(Qt.TextFormat.PlainText)
        self.goal_label.setWordWrap(True)
        font = self.goal_label.font()
        font.setBold(True)
        self.goal_label.setFont(font)
        layout.addWidget(self.goal_label)

        form = QFormLayout()
        self.from_edit = QDateEdit(_qdate(goal.next_due.start))
        self.from_edit.setObjectName("from_edit")
        self.from_edit.setCalendarPopup(True)
        self.to_edit = QDateEdit(_qdate(goal.next_due.end))
        self.to_edit.setObjectName("to_edit")
        self.to_edit.setCalendarPopup(True)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("From")))
        period.addWidget(self.from_edit)
        period.addWidget(QLabel(self.tr("To")))
        period.addWidget(self.to_edit)
        period.addStretch(1)
        form.addRow(self.tr("Period:"), period)
        self.value_edit = QLineEdit()
        self.value_edit.setObjectName("value_edit")
        self.value_edit.setPlaceholderText(QLocale().toString(82.5, "f", 1))
        value_row = QHBoxLayout()
        value_row.addWidget(self.value_edit)
        self.unit_label = QLabel(goal.unit)
        self.unit_label.setObjectName("unit_label")
        self.unit_label.setTextFormat(Qt.TextFormat.PlainText)
        value_row.addWidget(self.unit_label)
        form.addRow(self.tr("Value:"), value_row)
        self.source_note_edit = QLineEdit()
        self.source_note_edit.setObjectName("source_note_edit")
        self.source_note_edit.setPlaceholderText(self.tr("e.g. the phone system's monthly report"))
        form.addRow(self.tr("Source:"), self.source_note_edit)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("note_edit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(80)
        form.addRow(self.tr("Note:"), self.note_edit)
        layout.addLayout(form)

        self.problems_label = QLabel()
        self.problems_label.setObjectName("problems_label")
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(PROBLEM_STYLE)
        self.problems_label.setVisible(False)
        layout.addWidget(self.problems_label)

        self.buttons, self.save_button = save_cancel_buttons(self, self.tr("Save"), self.save)
        layout.addWidget(self.buttons)
        self.value_edit.setFocus()

    @Slot()
    def save(self) -> bool:
        """Store the figure; on a problem say what is wrong and keep the dialog open."""
        outcome = self._record(replace=False)
        if outcome is None:
            return False
        codes = {str(problem.code) for problem in outcome.problems}
        if codes == {_PERIOD_TAKEN}:
            replace = self._prompter.confirm(
                self.tr("Replace the figure?"),
                self.tr("%1 to %2 already has a figure. Replace it with the one you typed?")
                .replace("%1", local_date(str(self.from_edit.date().toPython())))
                .replace("%2", local_date(str(self.to_edit.date().toPython()))),
                yes=self.tr("Replace"),
                no=self.tr("Keep the old figure"),
            )
            if not replace:
                self._show_problems(outcome)
                return False
            outcome = self._record(replace=True)
            if outcome is None:
                return False
        if not outcome.ok:
            self._show_problems(outcome)
            return False
        self.outcome = outcome
        self.accept()
        return True

    def _record(self, *, replace: bool) -> Outcome | None:
        start = self.from_edit.date().toPython()
        end = self.to_edit.date().toPython()
        assert isinstance(start, date)
        assert isinstance(end, date)
        try:
            return self._goals.record_measurement(
                self._goal.id,
                start,
                end,
                read_local_number(self.value_edit.text()),
                source_note=self.source_note_edit.text(),
                note=self.note_edit.toPlainText(),
                replace=replace,
            )
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error), error_details(error))
            return None

    def _show_problems(self, outcome: Outcome) -> None:
        sentences = list(dict.fromkeys(goal_problem_text(problem) for problem in outcome.problems))
        self.problems_label.setText("\n".join(sentences))
        self.problems_label.setVisible(bool(sentences))


__all__ = ["MeasurementDialog", "goal_problem_text", "local_date", "read_local_number"]
