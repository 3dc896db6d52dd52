"""Record a review meeting, or correct one: the day, who attended, decisions, feedback to staff.

The dialog hands what was typed to :meth:`ReviewService.record_meeting` (or
``update_meeting``) and words the service's problems under the fields they are about; nothing
is closed, and nothing typed is lost, while a problem stands. Attendees are ticked in the
staff list, with a line for anyone else (an accountant, a supplier); they are stored as one
text, "Name, Name, …", and read back the same way when a meeting is edited.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.errors import UserFacingError
from policydesk.ui.forms import problem_label, save_cancel_buttons
from policydesk.ui.messages import error_details, error_text, error_title
from policydesk.ui.review_texts import qdate, review_problem_text

if TYPE_CHECKING:
    from policydesk.services.reviews import MeetingInfo, Outcome, ReviewService
    from policydesk.ui.prompts import Prompter

# The service refuses earlier days; the date box does not offer them either.
EARLIEST_DAY = QDate(1990, 1, 1)


def show_problem_lines(label: QLabel, lines: Iterable[str]) -> None:
    """Put problem sentences into ``label`` (each once, with a mark); hide it when none."""
    unique = list(dict.fromkeys(lines))
    label.setText("\n".join(f"⚠ {line}" for line in unique))
    label.setVisible(bool(unique))


def split_attendees(text: str, staff_names: Sequence[str]) -> tuple[list[str], str]:
    """The staff names found in a stored attendees text, and the rest as one text.

    Names are compared ignoring case; what matches nobody on the staff list is kept, in its
    order, for the "others" line.
    """
    known = {name.casefold(): name for name in staff_names}
    found: list[str] = []
    others: list[str] = []
    for part in text.split(","):
        name = part.strip()
        if not name:
            continue
        match = known.get(name.casefold())
        if match is not None and match not in found:
            found.append(match)
        elif match is None:
            others.append(name)
    return found, ", ".join(others)


def join_attendees(names: Iterable[str], others: str) -> str:
    """The attendees as stored: the ticked names, then the others, separated by commas."""
    parts = [name.strip() for name in names if name.strip()]
    parts += [part.strip() for part in others.split(",") if part.strip()]
    return ", ".join(parts)


class MeetingDialog(QDialog):
    """Asks for a review meeting's details and records (or corrects) it.

    Args:
        reviews: the review service.
        staff_names: the current staff, offered as attendees.
        prompter: tells about a file that cannot be written.
        meeting: the meeting to correct; None to record a new one.
        parent: the dialog's parent.

    Attributes:
        outcome: the stored meeting's outcome, once saved.
    """

    def __init__(
        self,
        reviews: ReviewService,
        staff_names: Sequence[str],
        prompter: Prompter,
        meeting: MeetingInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reviews = reviews
        self._prompter = prompter
        self._meeting = meeting
        self.outcome: Outcome | None = None
        today = reviews.today()
        self.setWindowTitle(
            self.tr("Record a review meeting") if meeting is None else self.tr("Edit the meeting")
        )
        layout = QVBoxLayout(self)
        self.note_label = QLabel(
            self.tr(
                "When you save, the goals' figures up to the meeting day and the improvement "
                "plans on the agenda are kept with the meeting, exactly as they are now."
            )
            if meeting is None
            else self.tr(
                "The figures shown at this meeting stay as they were when it was recorded; "
                "only its day and texts change."
            )
        )
        self.note_label.setObjectName("note_label")
        self.note_label.setWordWrap(True)
        layout.addWidget(self.note_label)

        form = QFormLayout()
        self.held_on_edit = QDateEdit(qdate(meeting.held_on if meeting else today))
        self.held_on_edit.setObjectName("held_on_edit")
        self.held_on_edit.setCalendarPopup(True)
        self.held_on_edit.setMinimumDate(EARLIEST_DAY)
        self.held_on_edit.setMaximumWidth(240)
        # Editing keeps a stored day even when the clock says otherwise (a wrong system date).
        latest = max(today, meeting.held_on) if meeting else today
        self.held_on_edit.setMaximumDate(qdate(latest))
        self.problem_labels: dict[str, QLabel] = {}
        form.addRow(self.tr("Held on:"), self._with_problems(self.held_on_edit, "held_on"))

        checked, others = split_attendees(meeting.attendees if meeting else "", staff_names)
        self.attendees_list = QListWidget()
        self.attendees_list.setObjectName("attendees_list")
        self.attendees_list.setAccessibleName(self.tr("Staff who attended"))
        self.attendees_list.setMaximumHeight(130)
        for name in staff_names:
            item = QListWidgetItem(name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if name in checked else Qt.CheckState.Unchecked
            )
            self.attendees_list.addItem(item)
        self.attendees_list.setVisible(bool(staff_names))
        self.others_edit = QLineEdit(others)
        self.others_edit.setObjectName("others_edit")
        self.others_edit.setAccessibleName(self.tr("Others who attended"))
        self.others_edit.setPlaceholderText(
            self.tr("Others, separated by commas (e.g. the accountant)")
            if staff_names
            else self.tr("Names, separated by commas")
        )
        attendees = QWidget()
        attendees_layout = QVBoxLayout(attendees)
        attendees_layout.setContentsMargins(0, 0, 0, 0)
        attendees_layout.addWidget(self.attendees_list)
        attendees_layout.addWidget(self.others_edit)
        form.addRow(self.tr("Attended:"), self._with_problems(attendees, "attendees"))

        self.decisions_edit = self._text_edit(
            "decisions_edit", meeting.decisions if meeting else ""
        )
        self.decisions_edit.setPlaceholderText(self.tr("What was decided, and who does what"))
        form.addRow(self.tr("Decisions:"), self._with_problems(self.decisions_edit, "decisions"))
        self.feedback_edit = self._text_edit(
            "feedback_edit", meeting.staff_feedback if meeting else ""
        )
        self.feedback_edit.setPlaceholderText(
            self.tr("What the staff were told about the figures and their work")
        )
        form.addRow(
            self.tr("Feedback to staff:"), self._with_problems(self.feedback_edit, "staff_feedback")
        )
        layout.addLayout(form, 1)

        self.problems_label = problem_label("problems_label")
        layout.addWidget(self.problems_label)

        self.buttons, self.save_button = save_cancel_buttons(
            self, self.tr("Record") if meeting is None else self.tr("Save"), self.save
        )
        layout.addWidget(self.buttons)
        self.resize(560, 600)

    def _text_edit(self, name: str, text: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(text)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(70)
        return edit

    def _with_problems(self, widget: QWidget, field: str) -> QWidget:
        """The field's widget with its problem label just under it."""
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(2)
        box_layout.addWidget(widget)
        label = problem_label(f"{field}_problem")
        box_layout.addWidget(label)
        self.problem_labels[field] = label
        return box

    def attendees_text(self) -> str:
        """The attendees as they will be stored."""
        names = []
        for row in range(self.attendees_list.count()):
            item = self.attendees_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                names.append(item.text())
        return join_attendees(names, self.others_edit.text())

    def set_attendee_checked(self, name: str, checked: bool = True) -> None:
        """Tick (or untick) a member of staff as an attendee."""
        for row in range(self.attendees_list.count()):
            item = self.attendees_list.item(row)
            if item.text() == name:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    @Slot()
    def save(self) -> bool:
        """Store the meeting; on a problem say what is wrong under the field and stay open."""
        held_on = self.held_on_edit.date().toPython()
        assert isinstance(held_on, date)
        attendees = self.attendees_text()
        decisions = self.decisions_edit.toPlainText()
        feedback = self.feedback_edit.toPlainText()
        try:
            if self._meeting is None:
                outcome = self._reviews.record_meeting(held_on, attendees, decisions, feedback)
            else:
                outcome = self._reviews.update_meeting(
                    self._meeting.id, held_on, attendees, decisions, feedback
                )
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error), error_details(error))
            return False
        if not outcome.ok:
            self._show_problems(outcome)
            return False
        self.outcome = outcome
        self.accept()
        return True

    def _show_problems(self, outcome: Outcome) -> None:
        by_field: dict[str, list[str]] = {}
        for problem in outcome.problems:
            field = problem.field if problem.field in self.problem_labels else ""
            by_field.setdefault(field, []).append(review_problem_text(problem))
        for field, label in self.problem_labels.items():
            show_problem_lines(label, by_field.get(field, []))
        show_problem_lines(self.problems_label, by_field.get("", []))
        first = next((field for field in self.problem_labels if field in by_field), None)
        widgets = {
            "held_on": self.held_on_edit,
            "attendees": self.others_edit,
            "decisions": self.decisions_edit,
            "staff_feedback": self.feedback_edit,
        }
        if first is not None:
            widgets[first].setFocus(Qt.FocusReason.OtherFocusReason)


__all__ = [
    "MeetingDialog",
    "join_attendees",
    "problem_label",
    "show_problem_lines",
    "split_attendees",
]
