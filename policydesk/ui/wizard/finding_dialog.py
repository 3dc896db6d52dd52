"""The dialog that adds or changes one finding about the customers' needs.

A finding is something learnt about the customers: a survey's answer, what a focus group said,
an operational figure such as the share of returned goods, or what a supplier reports. It keeps
where and when it was learnt. The dialog checks the finding with the domain's rules before it
saves, shows each problem under its field, and closes only once the finding is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QSignalBlocker, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.errors import UserFacingError
from policydesk.domain.policy import FindingSource
from policydesk.domain.policy_content import (
    MAX_NUMBER,
    FindingEntry,
    PolicyProblem,
    check_finding,
)
from policydesk.ui.forms import PROBLEM_STYLE
from policydesk.ui.messages import error_text, error_title
from policydesk.ui.prompts import Prompter
from policydesk.ui.wizard import policy_texts as texts

if TYPE_CHECKING:
    from policydesk.services.policy import SaveResult

NO_DATE = QDate(1900, 1, 1)  # a date edit's "not given" position, shown as "—"
NO_VALUE = -0.01  # the value box's "not given" position, shown as "—"

SaveFinding = Callable[[FindingEntry], "SaveResult"]


def _qdate(day: date | None) -> QDate:
    return NO_DATE if day is None else QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date | None:
    chosen = edit.date()
    if chosen == NO_DATE or not chosen.isValid():
        return None
    return date(chosen.year(), chosen.month(), chosen.day())


class FindingDialog(QDialog):
    """Add or change one finding; read-only for an approved version.

    Args:
        entry: the finding to change, or a new one (``id`` None) with any fields prefilled.
        save: stores a finding and returns what the service said (its ``id`` for a new one).
        prompter: tells the user when the file could not be written.
        today: the business's today, the default "recorded on" of a new finding.
        read_only: show the finding without letting it change.
    """

    def __init__(
        self,
        entry: FindingEntry,
        save: SaveFinding,
        prompter: Prompter,
        today: date,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("finding_dialog")
        self._save = save
        self._prompter = prompter
        self._id = entry.id
        self.saved_entry: FindingEntry | None = None
        if read_only:
            self.setWindowTitle(self.tr("Finding"))
        elif entry.id is None:
            self.setWindowTitle(self.tr("Add a Finding"))
        else:
            self.setWindowTitle(self.tr("Change the Finding"))
        self.problem_labels: dict[str, QLabel] = {}

        self.source_combo = QComboBox()
        self.source_combo.setObjectName("source_combo")
        self.source_combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.source_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for source in FindingSource:
            self.source_combo.addItem(texts.source_label(source), source.value)
        self.source_hint = QLabel()
        self.source_hint.setObjectName("source_hint")
        self.source_hint.setWordWrap(True)
        self.source_hint.setStyleSheet("color: palette(placeholder-text);")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title_edit")
        self.title_edit.setPlaceholderText(self.tr("What was found, in one line"))
        self.detail_edit = QPlainTextEdit()
        self.detail_edit.setObjectName("detail_edit")
        self.detail_edit.setTabChangesFocus(True)
        self.detail_edit.setFixedHeight(self.detail_edit.fontMetrics().lineSpacing() * 5 + 14)
        self.value_spin = QDoubleSpinBox()
        self.value_spin.setObjectName("value_spin")
        self.value_spin.setDecimals(2)
        self.value_spin.setRange(NO_VALUE, MAX_NUMBER)
        self.value_spin.setSpecialValueText("—")
        self.value_spin.setGroupSeparatorShown(True)
        self.value_spin.setMinimumWidth(140)
        self.unit_edit = QLineEdit()
        self.unit_edit.setObjectName("unit_edit")
        self.unit_edit.setPlaceholderText(self.tr("e.g. %, per month, seconds"))
        self.from_edit = self._date_edit("from_edit")
        self.to_edit = self._date_edit("to_edit")
        self.source_name_edit = QLineEdit()
        self.source_name_edit.setObjectName("source_name_edit")
        self.source_name_edit.setPlaceholderText(
            self.tr("e.g. Customer survey spring 2026, or the carrier's monthly report")
        )
        self.recorded_edit = self._date_edit("recorded_edit")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(
            self._label(self.tr("&Source:"), self.source_combo),
            self._with_problem("source", self.source_combo, self.source_hint),
        )
        form.addRow(
            self._label(self.tr("&Title:"), self.title_edit),
            self._with_problem("title", self.title_edit),
        )
        form.addRow(
            self._label(self.tr("&Detail:"), self.detail_edit),
            self._with_problem("detail", self.detail_edit),
        )
        value_row = QWidget()
        value_layout = QHBoxLayout(value_row)
        value_layout.setContentsMargins(0, 0, 0, 0)
        value_layout.addWidget(self.value_spin)
        unit_label = self._label(self.tr("&Unit:"), self.unit_edit)
        value_layout.addWidget(unit_label)
        value_layout.addWidget(self.unit_edit, 1)
        form.addRow(
            self._label(self.tr("&Value:"), self.value_spin),
            self._with_problem(("value", "unit"), value_row),
        )
        period_row = QWidget()
        period_layout = QHBoxLayout(period_row)
        period_layout.setContentsMargins(0, 0, 0, 0)
        period_layout.addWidget(self.from_edit)
        period_layout.addWidget(QLabel(self.tr("to")))
        period_layout.addWidget(self.to_edit)
        period_layout.addStretch(1)
        form.addRow(
            self._label(self.tr("&Period:"), self.from_edit),
            self._with_problem(("period_start", "period_end"), period_row),
        )
        form.addRow(
            self._label(self.tr("Where it &comes from:"), self.source_name_edit),
            self._with_problem("source_name", self.source_name_edit),
        )
        recorded_row = QWidget()
        recorded_layout = QHBoxLayout(recorded_row)
        recorded_layout.setContentsMargins(0, 0, 0, 0)
        recorded_layout.addWidget(self.recorded_edit)
        recorded_layout.addStretch(1)
        form.addRow(
            self._label(self.tr("&Recorded on:"), self.recorded_edit),
            self._with_problem("recorded_on", recorded_row),
        )

        self.general_problem = QLabel()
        self.general_problem.setObjectName("general_problem")
        self.general_problem.setStyleSheet(PROBLEM_STYLE)
        self.general_problem.setWordWrap(True)
        self.general_problem.hide()

        self.buttons = QDialogButtonBox()
        if read_only:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
            self.buttons.rejected.connect(self.reject)
            self.save_button: QPushButton | None = None
        else:
            self.save_button = self.buttons.addButton(
                self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.save_button.setObjectName("save_button")
            self.save_button.setDefault(True)
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.buttons.accepted.connect(self._on_buttons_accepted)
            self.buttons.rejected.connect(self.reject)

        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.general_problem)
        column.addWidget(self.buttons)

        self.source_combo.currentIndexChanged.connect(self._on_source_combo_changed)
        self.set_entry(
            entry if entry.id or entry.recorded_on else replace(entry, recorded_on=today)
        )
        if read_only:
            self._set_read_only()
        self.setMinimumWidth(600)
        self.adjustSize()

    # ------------------------------------------------------------------ building

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setMaximumDate(QDate(2200, 12, 31))
        edit.setSpecialValueText("—")
        edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        edit.setDate(NO_DATE)
        return edit

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _with_problem(self, names: str | tuple[str, ...], *widgets: QWidget) -> QWidget:
        """The field's widgets with room for its problems right under them."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for widget in widgets:
            column.addWidget(widget)
        problem = QLabel()
        problem.setStyleSheet(PROBLEM_STYLE)
        problem.setWordWrap(True)
        problem.hide()
        column.addWidget(problem)
        first = names if isinstance(names, str) else names[0]
        problem.setObjectName(f"{first}_problem")
        for name in (names,) if isinstance(names, str) else names:
            self.problem_labels[name] = problem
        return holder

    def _set_read_only(self) -> None:
        self.source_combo.setEnabled(False)
        for line in (self.title_edit, self.unit_edit, self.source_name_edit):
            line.setReadOnly(True)
        self.detail_edit.setReadOnly(True)
        self.value_spin.setReadOnly(True)
        for edit in (self.from_edit, self.to_edit, self.recorded_edit):
            edit.setReadOnly(True)

    # ------------------------------------------------------------------ the finding

    def set_entry(self, entry: FindingEntry) -> None:
        """Show ``entry`` in the fields."""
        with QSignalBlocker(self.source_combo):
            self.source_combo.setCurrentIndex(
                max(self.source_combo.findData(entry.source.value), 0)
            )
        self._show_source_hint()
        self.title_edit.setText(entry.title)
        self.detail_edit.setPlainText(entry.detail)
        self.value_spin.setValue(NO_VALUE if entry.value is None else entry.value)
        self.unit_edit.setText(entry.unit)
        self.from_edit.setDate(_qdate(entry.period_start))
        self.to_edit.setDate(_qdate(entry.period_end))
        self.source_name_edit.setText(entry.source_name)
        self.recorded_edit.setDate(_qdate(entry.recorded_on))

    def entry(self) -> FindingEntry:
        """The finding as the fields hold it now."""
        value = self.value_spin.value()
        return FindingEntry(
            source=FindingSource(self.source_combo.currentData()),
            title=self.title_edit.text(),
            detail=self.detail_edit.toPlainText(),
            value=None if value < 0 else value,
            unit=self.unit_edit.text(),
            period_start=_day(self.from_edit),
            period_end=_day(self.to_edit),
            source_name=self.source_name_edit.text(),
            recorded_on=_day(self.recorded_edit),
            id=self._id,
        )

    def show_problems(self, problems: Sequence[PolicyProblem]) -> bool:
        """Show each problem under its field (the others at the bottom); True when none."""
        by_label: dict[QLabel, list[str]] = {label: [] for label in self.problem_labels.values()}
        general: list[str] = []
        for problem in problems:
            label = self.problem_labels.get(problem.field)
            (general if label is None else by_label[label]).append(texts.problem_text(problem))
        for label, lines in by_label.items():
            label.setText("\n".join(lines))
            label.setVisible(bool(lines))
        self.general_problem.setText("\n".join(general))
        self.general_problem.setVisible(bool(general))
        return not problems

    def problems_shown(self) -> str:
        """Every problem shown in the dialog, one per line ('' when none)."""
        labels = [*dict.fromkeys(self.problem_labels.values()), self.general_problem]
        return "\n".join(label.text() for label in labels if not label.isHidden())

    # ------------------------------------------------------------------ slots

    def _show_source_hint(self) -> None:
        source = FindingSource(self.source_combo.currentData())
        hints = {
            FindingSource.COMPLAINT_LOG: self.tr(
                "Something the complaint log shows beyond the counts, e.g. a pattern in when "
                "complaints come."
            ),
            FindingSource.SURVEY: self.tr(
                "Write what customers answered to an open question, in their words if you can, "
                "and how many answered."
            ),
            FindingSource.FOCUS_GROUP: self.tr("Who took part, and what they kept coming back to."),
            FindingSource.STAFF: self.tr(
                "A question or problem staff hear again and again, and how often."
            ),
            FindingSource.OPERATIONS: self.tr(
                "A figure from your own business with its period: returns, backorders and "
                "stock-outs, or the internal reject rate."
            ),
            FindingSource.SUPPLIER: self.tr(
                "What a carrier, call centre or web agency reports: redone deliveries, waiting "
                "times, callers who hang up."
            ),
        }
        self.source_hint.setText(hints[source])

    @Slot(int)
    def _on_source_combo_changed(self, _index: int) -> None:
        self._show_source_hint()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        self.save()

    def save(self) -> bool:
        """Check and store the finding; close when it is stored, else show what to fix."""
        entry = self.entry()
        if not self.show_problems(check_finding(entry)):
            return False
        try:
            result = self._save(entry)
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error))
            return False
        if not self.show_problems(result.problems):
            return False
        self.saved_entry = replace(entry, id=result.id if result.id is not None else entry.id)
        self.accept()
        return True
