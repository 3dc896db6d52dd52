"""Small forms of the self-assessment: a round's label and date, and who takes part in it.

Both save through the assessment service when the user confirms; what stops the change is
shown in the form as sentences, and the form stays open so the user can fix it. ``saved``
carries the service's outcome (its ``id`` is the new or changed round or respondent).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.quotient import RespondentRole
from policydesk.domain.quotient_texts import role_name
from policydesk.ui.forms import problem_label
from policydesk.ui.pages.assessment_page import problem_text, run_guarded

if TYPE_CHECKING:
    from policydesk.domain.languages import Language
    from policydesk.domain.staff import StaffMember
    from policydesk.services.assessment import (
        AssessmentProblem,
        AssessmentService,
        Outcome,
        RoundInfo,
    )
    from policydesk.ui.prompts import Prompter

# The service's limits, so the fields stop where the service would refuse.
LABEL_LIMIT = 100
NAME_LIMIT = 200
NOTE_LIMIT = 2000


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class RoundDialog(QDialog):
    """Start a round, or change a round's label, date and note.

    Args:
        service: the assessment service.
        prompter: shows errors reading or writing the file.
        round_info: the round to change; None to start a new one.
        label: the label to offer.
        held_on: the date to offer.
        parent: the parent widget.

    Signals:
        saved: the round was saved (the service's ``Outcome``).
    """

    saved = Signal(object)

    def __init__(
        self,
        service: AssessmentService,
        prompter: Prompter,
        round_info: RoundInfo | None = None,
        *,
        label: str = "",
        held_on: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._prompter = prompter
        self._round = round_info
        self.setObjectName("round_dialog")
        if round_info is None:
            self.setWindowTitle(self.tr("New Round"))
        else:
            self.setWindowTitle(self.tr("Edit the Round"))
        today = run_guarded(prompter, service.today) or date.today()

        self.label_edit = QLineEdit(label)
        self.label_edit.setObjectName("label_edit")
        self.label_edit.setMaxLength(LABEL_LIMIT)
        self.label_edit.setPlaceholderText(self.tr("For example %1").replace("%1", str(today.year)))
        self.date_edit = QDateEdit(_qdate(held_on or today))
        self.date_edit.setObjectName("date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(_qdate(max(today, held_on or today)))
        self.note_edit = QPlainTextEdit(round_info.note if round_info is not None else "")
        self.note_edit.setObjectName("note_edit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(
            self.tr("Optional: anything worth remembering about this round")
        )
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.problem_label = problem_label()

        form = QFormLayout()
        form.addRow(self.tr("&Label:"), self.label_edit)
        form.addRow(self.tr("&Held on:"), self.date_edit)
        form.addRow(self.tr("&Note:"), self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_button")
        if round_info is None:
            self.save_button.setText(self.tr("Start Round"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def show_problems(self, problems: Sequence[AssessmentProblem]) -> None:
        """Show what stops the round from being saved (nothing when ``problems`` is empty)."""
        self.problem_label.setText("\n".join(problem_text(problem) for problem in problems))
        self.problem_label.setVisible(bool(problems))

    @Slot()
    def _on_buttons_accepted(self) -> None:
        self.save()

    def save(self) -> bool:
        """Save the round; True when it went through (the dialog then closes)."""
        label = self.label_edit.text()
        held_on = _date(self.date_edit.date())
        note = self.note_edit.toPlainText().strip()
        chosen = self._round
        if chosen is None:
            outcome = run_guarded(
                self._prompter, lambda: self._service.create_round(label, held_on, note)
            )
        else:
            outcome = run_guarded(
                self._prompter,
                lambda: self._service.update_round(chosen.id, label, held_on, note),
            )
        if outcome is None:
            return False
        if outcome.problems:
            self.show_problems(outcome.problems)
            return False
        self.saved.emit(outcome)
        self.accept()
        return True


class RespondentDialog(QDialog):
    """Add somebody to a round: a person from the staff list, a typed name, or a role only.

    Args:
        service: the assessment service.
        prompter: shows errors reading or writing the file.
        round_id: the round to add to.
        staff: the people offered by name (those not in the round yet).
        language: the language of the role names.
        default_role: the role chosen at first.
        parent: the parent widget.

    Signals:
        saved: the respondent was added (the service's ``Outcome``; ``id`` is theirs).
    """

    saved = Signal(object)

    def __init__(
        self,
        service: AssessmentService,
        prompter: Prompter,
        round_id: int,
        staff: Sequence[StaffMember],
        language: Language,
        *,
        default_role: RespondentRole = RespondentRole.STAFF,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._prompter = prompter
        self._round_id = round_id
        self._staff = list(staff)
        self.setObjectName("respondent_dialog")
        self.setWindowTitle(self.tr("Add a Respondent"))

        self.named_radio = QRadioButton(self.tr("By &name"))
        self.named_radio.setObjectName("named_radio")
        self.anonymous_radio = QRadioButton(self.tr("&Anonymously, by role only"))
        self.anonymous_radio.setObjectName("anonymous_radio")
        self.anonymous_radio.setToolTip(
            self.tr("The round shows only the role, so nobody can tell whose answers they are")
        )
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.named_radio)
        self.kind_group.addButton(self.anonymous_radio)
        self.named_radio.setChecked(True)

        self.name_combo = QComboBox()
        self.name_combo.setObjectName("name_combo")
        self.name_combo.setEditable(True)
        self.name_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for member in self._staff:
            self.name_combo.addItem(member.name, member.id)
        self.name_combo.setCurrentIndex(-1)
        name_edit = self.name_combo.lineEdit()
        assert name_edit is not None
        name_edit.setMaxLength(NAME_LIMIT)
        name_edit.setPlaceholderText(self.tr("Choose from the staff list or type a name"))
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("role_combo")
        for role in RespondentRole:
            self.role_combo.addItem(role_name(role, language), role.value)
        self.role_combo.setCurrentIndex(self.role_combo.findData(default_role.value))
        self.problem_label = problem_label()

        form = QFormLayout()
        form.addRow(self.named_radio)
        form.addRow(self.tr("Na&me:"), self.name_combo)
        form.addRow(self.anonymous_radio)
        form.addRow(self.tr("&Role:"), self.role_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setObjectName("add_button")
        self.add_button.setText(self.tr("Add"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.resize(440, self.sizeHint().height())

        self.anonymous_radio.toggled.connect(self._on_anonymous_radio_toggled)
        self.name_combo.activated.connect(self._on_name_combo_activated)

    @Slot(bool)
    def _on_anonymous_radio_toggled(self, anonymous: bool) -> None:
        self.name_combo.setEnabled(not anonymous)

    @Slot(int)
    def _on_name_combo_activated(self, index: int) -> None:
        member = self._member_named(self.name_combo.itemText(index))
        if member is not None:
            # The staff list knows the person's part; StaffRole and RespondentRole share codes.
            found = self.role_combo.findData(str(member.role))
            if found >= 0:
                self.role_combo.setCurrentIndex(found)

    def _member_named(self, name: str) -> StaffMember | None:
        wanted = " ".join(name.split()).casefold()
        return next((m for m in self._staff if m.name.casefold() == wanted), None)

    def role(self) -> RespondentRole:
        """The role chosen."""
        return RespondentRole(self.role_combo.currentData())

    @Slot()
    def _on_buttons_accepted(self) -> None:
        self.save()

    def save(self) -> bool:
        """Add the respondent; True when it went through (the dialog then closes)."""
        if self.anonymous_radio.isChecked():
            name, staff_id = "", None
        else:
            name = " ".join(self.name_combo.currentText().split())
            if not name:
                self.problem_label.setText(
                    self.tr(
                        "Type the person's name, or choose \u201cAnonymously, by role only\u201d."
                    )
                )
                self.problem_label.show()
                return False
            member = self._member_named(name)
            staff_id = member.id if member is not None else None
        role = self.role()
        outcome: Outcome | None = run_guarded(
            self._prompter,
            lambda: self._service.add_respondent(self._round_id, name, role, staff_id),
        )
        if outcome is None:
            return False
        if outcome.problems:
            self.problem_label.setText("\n".join(problem_text(p) for p in outcome.problems))
            self.problem_label.show()
            return False
        self.saved.emit(outcome)
        self.accept()
        return True
