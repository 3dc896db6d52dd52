"""Settings → Service targets: the promised times, per category if wanted, and the clock's rules.

The page has three parts, top to bottom:

- the general targets: acknowledge within N business hours, resolve within N business days,
  follow up within N days after the resolution; each may be left empty for "no target";
- targets of a category's own, one row per category, edited the same way, with a way to add
  a category and to let one use the general targets again (after asking);
- how the clock counts, in plain words built from the settings (the same rules as
  :mod:`policydesk.domain.service_clock` and the printed SLA), with the choice whether waiting
  for the customer stops the clock.

There is no Save button: a target is saved :data:`QUIET_MS` after the user stops typing, at
once when the user leaves the field, and when the file closes
(:meth:`ServiceTargetsPage.shut_down`). Numbers are read in the user's locale (a decimal
comma in Swedish and Romanian); the service's problems are worded under the field and the
saved target stays as it was.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.changes import Changes
from policydesk.ui.forms import problem_label
from policydesk.ui.pages.home_page import heading, paragraph
from policydesk.ui.pages.office_hours_page import run_guarded
from policydesk.ui.prompts import Prompter

if TYPE_CHECKING:
    from policydesk.domain.complaints import Category
    from policydesk.services.complaints import ComplaintService
    from policydesk.services.service_clock import (
        ClockSettings,
        ServiceClockService,
        TargetProblem,
        TargetSetting,
    )

# Each call names its context in full: lupdate reads only literal contexts and texts.
translate = QCoreApplication.translate
QUIET_MS = 500  # a target is saved this long after the last keystroke
FIELDS = ("acknowledge_hours", "resolve_days", "follow_up_days")
HEADER_WIDTH = 150  # pixels: the columns of a category's targets
EDIT_LIMIT = 40  # characters; the service quotes at most 40 of a text it cannot read
_CONTEXT = "ServiceTargetsPage"


# ---------------------------------------------------------------------------- words


def number_text(value: float | None) -> str:
    """A target as the fields show it: "1.5" or "1,5" by the locale, "4" for 4.0, "" for none."""
    if value is None:
        return ""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(
        float(value), "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest
    )


def typed_value(text: str) -> object:
    """What the user typed, for the service: a number read in the user's locale, else the text.

    The service reads a text with a decimal point or comma itself ("1,5" is 1.5 in English
    too) and names what it cannot read; None is "no target".
    """
    text = text.strip()
    if not text:
        return None
    number, ok = QLocale().toDouble(text)
    return number if ok else text


def hours_text(hours: float) -> str:
    """A number of hours in words: "8 hours", "1 hour", "7.5 hours"."""
    if hours == 1:
        return translate("ServiceTargetsPage", "1 hour")
    return translate("ServiceTargetsPage", "%1 hours").replace("%1", number_text(hours))


def field_name(field: str) -> str:
    """A target's name, as the row of a category's targets names it in a problem."""
    return {
        "acknowledge_hours": translate("ServiceTargetsPage", "Acknowledge within"),
        "resolve_days": translate("ServiceTargetsPage", "Resolve within"),
        "follow_up_days": translate("ServiceTargetsPage", "Follow up within"),
    }.get(field, "")


def problem_text(problem: TargetProblem, stored: float | None) -> str:
    """A problem as a sentence that says what to fix, and that the saved target still holds."""
    code = str(problem.code)
    if code == "unknown_category":
        return translate(
            "ServiceTargetsPage",
            "This category is no longer there; perhaps it was removed meanwhile.",
        )
    limit = QLocale().toString(int(problem.param("max") or 0))
    # Each translate() call is written out in full so that lupdate finds the text.
    if code == "not_a_number":
        sentence = (
            translate(
                "ServiceTargetsPage",
                "“%1” is not a number. Write a number such as %2, or leave the field empty "
                "for no target.",
            )
            .replace("%1", problem.param("value"))
            .replace("%2", number_text(1.5))
        )
    elif code == "not_positive":
        sentence = translate(
            "ServiceTargetsPage",
            "A target must be more than zero. Leave the field empty for no target.",
        )
    elif problem.field == "acknowledge_hours":
        sentence = translate(
            "ServiceTargetsPage", "That is more than a year: write at most %1 business hours."
        ).replace("%1", limit)
    else:
        sentence = translate(
            "ServiceTargetsPage", "That is more than a year: write at most %1 days."
        ).replace("%1", limit)
    if stored is None:
        kept = translate("ServiceTargetsPage", "Not saved: there is still no target.")
    else:
        kept = translate("ServiceTargetsPage", "Not saved: the target is still %1.").replace(
            "%1", number_text(stored)
        )
    return f"{sentence} {kept}"


def rule_sentences(settings: ClockSettings) -> list[str]:
    """How the clock counts, in short sentences (the same rules the SLA prints)."""
    if settings.hours_set:
        start = translate(
            "ServiceTargetsPage",
            "The clock starts when a complaint is received and counts only your office hours: "
            "nights, closed days and public holidays are not counted.",
        )
        day = translate(
            "ServiceTargetsPage",
            "A business day is %1 of office time, the length of your usual open day.",
        ).replace("%1", hours_text(settings.day_hours))
    else:
        start = translate(
            "ServiceTargetsPage",
            "The clock starts when a complaint is received. No office hours are set, so it "
            "counts every hour of every day. Set your opening hours in the Office hours tab "
            "to count only the time you are open.",
        )
        day = translate("ServiceTargetsPage", "A business day is a whole day of %1.").replace(
            "%1", hours_text(settings.day_hours)
        )
    if settings.pause_while_waiting:
        waiting = translate(
            "ServiceTargetsPage",
            "While a complaint waits for the customer, the clock for resolving it stops. When "
            "the wait ends, it continues from where it stopped. A wait that starts after the "
            "due time changes nothing: the complaint is already late.",
        )
    else:
        waiting = translate(
            "ServiceTargetsPage",
            "Waiting for the customer does not stop the clock: that time counts like any other.",
        )
    return [
        start,
        day,
        waiting,
        translate(
            "ServiceTargetsPage",
            "A reopened complaint does not start again: its clock continues from when it was "
            "received, so it may be overdue at once.",
        ),
        translate("ServiceTargetsPage", "“Due soon” means a quarter of the time or less is left."),
        translate(
            "ServiceTargetsPage",
            "The follow-up counts calendar days from the resolution, weekends and holidays "
            "included.",
        ),
        translate(
            "ServiceTargetsPage",
            "A step is met when it is done within its time as the clock counts it, so an answer "
            "on the evening of a day it was due by closing time is met; later, it is missed.",
        ),
    ]


def _muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setEnabled(False)  # drawn in the muted colour
    label.setWordWrap(True)
    return label


# ---------------------------------------------------------------------------- one set


class TargetFields(QObject):
    """The three fields of the general targets or of one category's, saved together.

    The page lays the widgets out and saves; this object knows what was typed (``dirty``: the
    fields the user changed since the last save) and what is stored.

    Signals:
        edited: the user typed into a field.
        finished: the user left a field or pressed Enter.
    """

    edited = Signal()
    finished = Signal()

    def __init__(
        self, category_id: int | None, *, name_problems: bool, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.category_id = category_id
        self.stored: TargetSetting | None = None
        self.dirty: set[str] = set()
        self._name_problems = name_problems
        self.acknowledge_edit = self._edit("acknowledge_edit")
        self.acknowledge_edit.setToolTip(
            translate(
                "ServiceTargetsPage",
                "The first answer to the customer, counted in office hours from when the "
                "complaint was received.",
            )
        )
        self.resolve_edit = self._edit("resolve_edit")
        self.resolve_edit.setToolTip(
            translate(
                "ServiceTargetsPage",
                "The resolution, counted in business days from when the complaint was received.",
            )
        )
        self.follow_up_edit = self._edit("follow_up_edit")
        self.follow_up_edit.setToolTip(
            translate(
                "ServiceTargetsPage",
                "Checking back with the customer, counted in calendar days from the resolution.",
            )
        )
        self.edits: dict[str, QLineEdit] = {
            "acknowledge_hours": self.acknowledge_edit,
            "resolve_days": self.resolve_edit,
            "follow_up_days": self.follow_up_edit,
        }
        self.problem_labels: dict[str, QLabel] = {
            "acknowledge_hours": problem_label("acknowledge_problem_label"),
            "resolve_days": problem_label("resolve_problem_label"),
            "follow_up_days": problem_label("follow_up_problem_label"),
        }
        for field, edit in self.edits.items():
            edit.textEdited.connect(lambda _text, field=field: self._on_edit_text_edited(field))
            edit.editingFinished.connect(self.finished)

    def _edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(EDIT_LIMIT)
        edit.setPlaceholderText(translate("ServiceTargetsPage", "No target"))
        edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        metrics = edit.fontMetrics()
        edit.setFixedWidth(
            max(
                metrics.horizontalAdvance(edit.placeholderText()),
                metrics.horizontalAdvance("0000000"),
            )
            + 24
        )
        return edit

    def editing(self) -> bool:
        """Whether the focus is in one of the fields."""
        focused = QApplication.focusWidget()
        return any(edit is focused for edit in self.edits.values())

    def stored_value(self, field: str) -> float | None:
        """The saved target of a field (None: no target)."""
        value = getattr(self.stored, field) if self.stored is not None else None
        return None if value is None else float(value)

    def values(self) -> list[object]:
        """What to save: the typed value of each changed field, the stored one of the others."""
        return [
            typed_value(self.edits[field].text())
            if field in self.dirty
            else self.stored_value(field)
            for field in FIELDS
        ]

    def show_setting(self, setting: TargetSetting, *, keep_focused: bool = True) -> None:
        """Show stored targets in the fields the user is not changing.

        Args:
            setting: the stored targets.
            keep_focused: leave the field with the focus as it is (the user may be typing).
        """
        self.stored = setting
        focused = QApplication.focusWidget() if keep_focused else None
        for field, edit in self.edits.items():
            if field in self.dirty or edit is focused:
                continue
            text = number_text(self.stored_value(field))
            if edit.text() != text:
                edit.setText(text)

    def show_problems(self, problems: Sequence[TargetProblem]) -> None:
        """Show each field's problems under it (a field without problems shows none)."""
        for field, label in self.problem_labels.items():
            lines = [
                problem_text(problem, self.stored_value(field))
                for problem in problems
                if problem.field == field
            ]
            if lines and self._name_problems:
                lines = [f"{field_name(field)}: {line}" for line in lines]
            label.setText("\n".join(lines))
            label.setVisible(bool(lines))

    def problems_shown(self) -> bool:
        """Whether a problem is shown under a field."""
        return any(label.text() for label in self.problem_labels.values())

    def _on_edit_text_edited(self, field: str) -> None:
        self.dirty.add(field)
        self.edited.emit()


class CategoryRow(TargetFields):
    """A category's own targets: its name, the three fields, Remove, and problems under it."""

    def __init__(self, category_id: int, parent: QObject | None = None) -> None:
        super().__init__(category_id, name_problems=True, parent=parent)
        self.name_label = QLabel()
        self.name_label.setObjectName("name_label")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setWordWrap(True)
        self.remove_button = QPushButton(translate("ServiceTargetsPage", "Remove"))
        self.remove_button.setObjectName("remove_button")
        self.remove_button.setToolTip(
            translate("ServiceTargetsPage", "Let this category use the general targets again")
        )
        self.problem_box = QWidget()
        self.problem_box.setObjectName(f"category_problems_{category_id}")
        box = QVBoxLayout(self.problem_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        for label in self.problem_labels.values():
            box.addWidget(label)
        self.problem_box.hide()

    def show_name(self, name: str, active: bool) -> None:
        """Show the category's name, marked when it is no longer in use."""
        if active:
            self.name_label.setText(name)
            self.name_label.setToolTip("")
        else:
            self.name_label.setText(
                translate("ServiceTargetsPage", "%1 (not in use)").replace("%1", name)
            )
            self.name_label.setToolTip(
                translate(
                    "ServiceTargetsPage",
                    "New complaints cannot be given this category, but older ones keep it.",
                )
            )
        self.name_label.setEnabled(active)
        for field, edit in self.edits.items():
            edit.setAccessibleName(f"{field_name(field)} ({name})")

    def show_problems(self, problems: Sequence[TargetProblem]) -> None:
        super().show_problems(problems)
        self.problem_box.setVisible(self.problems_shown())

    def widgets(self) -> list[QWidget]:
        """Every widget of the row, to place it in the grid or take it away."""
        return [
            self.name_label,
            self.acknowledge_edit,
            self.resolve_edit,
            self.follow_up_edit,
            self.remove_button,
            self.problem_box,
        ]


# ---------------------------------------------------------------------------- the page


class ServiceTargetsPage(QWidget):
    """The service targets of the open file.

    Args:
        service: the service clock of the open file (targets, the pause rule, the rules).
        complaints: the complaint service (the categories to choose from).
        prompter: asks before removing a category's targets; tells when the file fails.
        parent: the parent widget.

    Signals:
        changes_made: a unit of work changed data (a ``Changes``).
    """

    changes_made = Signal(object)

    def __init__(
        self,
        service: ServiceClockService,
        complaints: ComplaintService,
        prompter: Prompter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._complaints = complaints
        self._prompter = prompter
        self._loaded = False
        self._closed = False
        self._saving = False
        self._settings: ClockSettings | None = None
        self.category_rows: dict[int, CategoryRow] = {}
        self._save_timer = QTimer(self)
        self._save_timer.setObjectName("save_timer")
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(QUIET_MS)
        self._save_timer.timeout.connect(self.save_pending)

        scroller = QScrollArea()
        scroller.setObjectName("service_targets_scroller")
        scroller.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addWidget(heading(self.tr("Service targets"), 1.8))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Your promise to customers: how soon you answer, resolve and follow up a "
                    "complaint. Each complaint shows its due time and whether it is on time. "
                    "Leave a field empty for no target; changes are saved as you type."
                )
            )
        )
        layout.addWidget(self._general_box())
        layout.addWidget(self._categories_box())
        layout.addWidget(self._rules_box())
        layout.addStretch(1)
        scroller.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroller)

    # ------------------------------------------------------------------ building

    def _general_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Targets for all complaints"))
        box.setObjectName("general_box")
        self.general = TargetFields(None, name_problems=False, parent=self)
        self.acknowledge_edit = self.general.acknowledge_edit
        self.resolve_edit = self.general.resolve_edit
        self.follow_up_edit = self.general.follow_up_edit
        self.acknowledge_problem_label = self.general.problem_labels["acknowledge_hours"]
        self.resolve_problem_label = self.general.problem_labels["resolve_days"]
        self.follow_up_problem_label = self.general.problem_labels["follow_up_days"]
        self.resolve_hint = _muted()
        self.resolve_hint.setObjectName("resolve_hint")
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(6)
        rows = (
            (self.tr("&Acknowledge within:"), self.acknowledge_edit, self.tr("business hours")),
            (self.tr("&Resolve within:"), self.resolve_edit, self.tr("business days")),
            (
                self.tr("&Follow up within:"),
                self.follow_up_edit,
                self.tr("days after the resolution"),
            ),
        )
        for index, ((text, edit, unit), field) in enumerate(zip(rows, FIELDS, strict=True)):
            label = QLabel(text)
            label.setBuddy(edit)
            line = QHBoxLayout()
            line.addWidget(edit)
            unit_label = QLabel(unit)
            unit_label.setObjectName(f"{edit.objectName()}_unit")
            line.addWidget(unit_label)
            if edit is self.resolve_edit:
                line.addSpacing(8)
                line.addWidget(self.resolve_hint, 1)
            else:
                line.addStretch(1)
            grid.addWidget(label, index * 2, 0)
            grid.addLayout(line, index * 2, 1)
            grid.addWidget(self.general.problem_labels[field], index * 2 + 1, 1)
        self.general.edited.connect(self._on_general_edited)
        self.general.finished.connect(self._on_general_finished)
        return box

    def _categories_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Targets of a category's own"))
        box.setObjectName("categories_box")
        layout = QVBoxLayout(box)
        layout.addWidget(
            paragraph(
                self.tr(
                    "A category can promise other times, such as a faster resolution for a "
                    "broken product. The other categories use the targets above."
                )
            )
        )
        self.no_categories_label = _muted(
            self.tr("No category has targets of its own: every complaint uses the targets above.")
        )
        self.no_categories_label.setObjectName("no_categories_label")
        layout.addWidget(self.no_categories_label)
        self.categories_grid_widget = QWidget()
        self.categories_grid_widget.setObjectName("categories_grid")
        self.categories_grid = QGridLayout(self.categories_grid_widget)
        self.categories_grid.setContentsMargins(0, 0, 0, 0)
        self.categories_grid.setHorizontalSpacing(12)
        self.categories_grid.setColumnStretch(0, 1)
        self._headers: list[QLabel] = []
        for column, text in enumerate(
            (
                self.tr("Category"),
                self.tr("Acknowledge within (business hours)"),
                self.tr("Resolve within (business days)"),
                self.tr("Follow up within (days)"),
            )
        ):
            header = QLabel(text)
            header.setObjectName(f"header_{column}")
            header.setWordWrap(True)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            header.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            if column:
                # A little wider than the field under it: a long header wraps onto two lines.
                header.setMaximumWidth(HEADER_WIDTH)
                self.categories_grid.setColumnMinimumWidth(column, HEADER_WIDTH)
            self._headers.append(header)
            self.categories_grid.addWidget(header, 0, column)
        layout.addWidget(self.categories_grid_widget)

        add_row = QHBoxLayout()
        self.add_category_label = QLabel(self.tr("Add targets &for:"))
        self.add_category_combo = QComboBox()
        self.add_category_combo.setObjectName("add_category_combo")
        self.add_category_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.add_category_combo.setMinimumContentsLength(24)
        self.add_category_label.setBuddy(self.add_category_combo)
        self.add_category_button = QPushButton(self.tr("Add"))
        self.add_category_button.setObjectName("add_category_button")
        self.add_category_button.setToolTip(
            self.tr("Give the chosen category targets of its own, starting from the ones above")
        )
        add_row.addWidget(self.add_category_label)
        add_row.addWidget(self.add_category_combo)
        add_row.addWidget(self.add_category_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        self.add_category_hint = _muted()
        self.add_category_hint.setObjectName("add_category_hint")
        self.add_category_hint.hide()
        layout.addWidget(self.add_category_hint)
        self.add_category_button.clicked.connect(self._on_add_category_button_clicked)
        return box

    def _rules_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("How the clock counts"))
        box.setObjectName("rules_box")
        layout = QVBoxLayout(box)
        self.pause_check = QCheckBox(self.tr("&Waiting for the customer stops the clock"))
        self.pause_check.setObjectName("pause_check")
        self.pause_check.setToolTip(
            self.tr(
                "While a complaint has the status “waiting for the customer”, the time to "
                "resolve it does not run."
            )
        )
        layout.addWidget(self.pause_check)
        self.rules_label = QLabel()
        self.rules_label.setObjectName("rules_label")
        self.rules_label.setTextFormat(Qt.TextFormat.RichText)
        self.rules_label.setWordWrap(True)
        self.rules_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.rules_label)
        layout.addWidget(
            _muted(self.tr("These rules are printed in your service-level agreement."))
        )
        self.pause_check.toggled.connect(self._on_pause_check_toggled)
        return box

    # ------------------------------------------------------------------ loading

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded and not self._closed:
            self.load()

    def load(self) -> None:
        """Fill the page from the file (done the first time the page is shown)."""
        self._loaded = True
        self._refresh()

    def on_changes(self, changes: Changes) -> None:
        """Refresh after a change anywhere; fields the user is changing are left as they are."""
        if not self._loaded or self._closed:
            return
        if changes.database:
            # Another file (or the file replaced): what was typed belongs to the old one.
            self._save_timer.stop()
            self.general.dirty.clear()
            self.general.show_problems([])
            for row in list(self.category_rows.values()):
                self._drop_row(row)
            self._refresh()
        elif changes.settings or changes.calendar or changes.complaints:
            self._refresh()

    def shut_down(self) -> None:
        """Save what is being edited (the file is about to close)."""
        if self._loaded and not self._closed:
            self.save_pending()
        self._save_timer.stop()
        self._closed = True

    def _refresh(self) -> None:
        settings = run_guarded(self._prompter, self._service.settings)
        if settings is None:
            return
        categories = (
            run_guarded(self._prompter, lambda: self._complaints.categories(include_inactive=True))
            or []
        )
        self._settings = settings
        self.general.show_setting(settings.general)
        self._show_resolve_hint()
        self._show_category_rows(settings, categories)
        self._show_add_choices(settings, categories)
        with QSignalBlocker(self.pause_check):
            self.pause_check.setChecked(settings.pause_while_waiting)
        self._show_rules(settings)

    def _show_rules(self, settings: ClockSettings) -> None:
        items = "".join(
            f"<li style='margin-bottom: 4px'>{html.escape(sentence, quote=False)}</li>"
            for sentence in rule_sentences(settings)
        )
        self.rules_label.setText(f"<ul style='margin-left: 0px'>{items}</ul>")

    def _show_resolve_hint(self) -> None:
        """Say what the typed business days are in hours of office time."""
        settings = self._settings
        value = typed_value(self.resolve_edit.text())
        if settings is None or not isinstance(value, float) or value <= 0:
            self.resolve_hint.clear()
            return
        hours = hours_text(round(value * settings.day_hours, 2))
        if settings.hours_set:
            self.resolve_hint.setText(self.tr("= %1 of office time").replace("%1", hours))
        else:
            self.resolve_hint.setText(self.tr("= %1").replace("%1", hours))

    # ------------------------------------------------------------------ categories

    def _show_category_rows(self, settings: ClockSettings, categories: Sequence[Category]) -> None:
        known = {category.id: category for category in categories}
        listed = [target for target in settings.categories if target.category_id is not None]
        wanted = {target.category_id for target in listed}
        for gone in [row for key, row in self.category_rows.items() if key not in wanted]:
            self._drop_row(gone)
        for target in listed:
            category_id = target.category_id
            assert category_id is not None
            shown = self.category_rows.get(category_id) or self._new_row(category_id)
            found = known.get(category_id)
            shown.show_name(target.category, found.active if found is not None else True)
            shown.show_setting(target)
        # Placed again in the stored order; moving a widget in the grid keeps its focus.
        grid = self.categories_grid
        for row in self.category_rows.values():
            for widget in row.widgets():
                grid.removeWidget(widget)
        for index, target in enumerate(listed):
            assert target.category_id is not None
            row = self.category_rows[target.category_id]
            line = 1 + index * 2
            grid.addWidget(row.name_label, line, 0)
            grid.addWidget(row.acknowledge_edit, line, 1)
            grid.addWidget(row.resolve_edit, line, 2)
            grid.addWidget(row.follow_up_edit, line, 3)
            grid.addWidget(row.remove_button, line, 4)
            grid.addWidget(row.problem_box, line + 1, 0, 1, 5)
        # Tab goes through the rows in the order shown, then on to "Add targets for".
        previous: QWidget = self.follow_up_edit
        for target in listed:
            assert target.category_id is not None
            row = self.category_rows[target.category_id]
            for widget in (*row.edits.values(), row.remove_button):
                QWidget.setTabOrder(previous, widget)
                previous = widget
        QWidget.setTabOrder(previous, self.add_category_combo)
        self.categories_grid_widget.setVisible(bool(listed))
        self.no_categories_label.setVisible(not listed)

    def _new_row(self, category_id: int) -> CategoryRow:
        row = CategoryRow(category_id, parent=self)
        row.acknowledge_edit.setObjectName(f"acknowledge_edit_{category_id}")
        row.resolve_edit.setObjectName(f"resolve_edit_{category_id}")
        row.follow_up_edit.setObjectName(f"follow_up_edit_{category_id}")
        row.name_label.setObjectName(f"name_label_{category_id}")
        row.remove_button.setObjectName(f"remove_button_{category_id}")
        row.edited.connect(self._on_row_edited)
        row.finished.connect(lambda row=row: self._on_row_finished(row))
        row.remove_button.clicked.connect(lambda: self.remove_category(category_id))
        self.category_rows[category_id] = row
        return row

    def _drop_row(self, row: CategoryRow) -> None:
        assert row.category_id is not None
        self.category_rows.pop(row.category_id, None)
        for widget in row.widgets():
            self.categories_grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        row.deleteLater()

    def _show_add_choices(self, settings: ClockSettings, categories: Sequence[Category]) -> None:
        listed = {target.category_id for target in settings.categories}
        offered = [c for c in categories if c.active and c.id not in listed]
        combo = self.add_category_combo
        chosen = combo.currentData()
        with QSignalBlocker(combo):
            combo.clear()
            for category in offered:
                combo.addItem(category.name, category.id)
            index = combo.findData(chosen)
            combo.setCurrentIndex(index if index >= 0 else (0 if offered else -1))
        for widget in (combo, self.add_category_button, self.add_category_label):
            widget.setEnabled(bool(offered))
        if offered:
            self.add_category_hint.hide()
        else:
            if not categories:
                hint = self.tr(
                    "There are no complaint categories yet. Add them with “Categories & staff…” "
                    "in the complaint log."
                )
            elif not any(category.active for category in categories):
                hint = self.tr(
                    "No category is in use. Bring one back with “Categories & staff…” in the "
                    "complaint log."
                )
            else:
                hint = self.tr("Every category in use has targets of its own.")
            self.add_category_hint.setText(hint)
            self.add_category_hint.show()

    def add_category(self, category_id: int | None = None) -> CategoryRow | None:
        """Give a category (the chosen one) targets of its own, starting from the general ones.

        Returns the new row, with the focus in its first field; None when nothing was added.
        """
        if category_id is None:
            chosen = self.add_category_combo.currentData()
            category_id = chosen if isinstance(chosen, int) else None
        if category_id is None or category_id in self.category_rows:
            return None
        self.save_pending()  # the general targets as typed are the new row's start
        general = self._settings.general if self._settings is not None else None
        values = (
            (general.acknowledge_hours, general.resolve_days, general.follow_up_days)
            if general is not None
            else (None, None, None)
        )
        outcome = run_guarded(
            self._prompter, lambda: self._service.set_targets(category_id, *values)
        )
        if outcome is None:
            return None
        if outcome.problems:
            self._prompter.warn(self.tr("Not added"), problem_text(outcome.problems[0], None))
            self._refresh()
            return None
        self._after_change(outcome.changes)
        row = self.category_rows.get(category_id)
        if row is not None:
            row.acknowledge_edit.setFocus()
        return row

    def remove_category(self, category_id: int) -> bool:
        """Let a category use the general targets again, after asking; True when done."""
        row = self.category_rows.get(category_id)
        if row is None:
            return False
        name = row.stored.category if row.stored is not None else ""
        if not self._prompter.confirm(
            self.tr("Use the General Targets"),
            self.tr(
                "Complaints in “%1” will use the targets for all complaints again, and the "
                "targets of its own are removed."
            ).replace("%1", name),
            yes=self.tr("Use General Targets"),
            no=self.tr("Keep"),
        ):
            return False
        row.dirty.clear()  # what was typed there no longer matters
        outcome = run_guarded(self._prompter, lambda: self._service.remove_targets(category_id))
        if outcome is None:
            return False
        self._after_change(outcome.changes)
        return True

    # ------------------------------------------------------------------ saving

    def pending(self) -> list[TargetFields]:
        """The sets of targets with changes not saved yet."""
        found: list[TargetFields] = [self.general] if self.general.dirty else []
        found.extend(row for row in self.category_rows.values() if row.dirty)
        return found

    def save_pending(self) -> bool:
        """Save every set with unsaved changes now; True when all went through."""
        self._save_timer.stop()
        if self._closed:
            return False
        results = [self.save(fields) for fields in self.pending()]
        return all(results)

    def save(self, fields: TargetFields) -> bool:
        """Save one set of targets; True when everything typed was stored.

        A field the service refuses keeps what the user typed and says why under it; the
        other fields are stored all the same, and the refused one keeps its stored value.
        """
        if not fields.dirty:
            return True
        if self._saving:  # a message box took the focus while saving
            return False
        self._saving = True
        try:
            return self._save(fields)
        finally:
            self._saving = False

    def _save(self, fields: TargetFields) -> bool:
        category_id = fields.category_id
        values = fields.values()
        stored = [fields.stored_value(field) for field in FIELDS]
        outcome = run_guarded(
            self._prompter, lambda: self._service.set_targets(category_id, *values)
        )
        if outcome is None:
            return False
        problems = outcome.problems
        refused = {problem.field for problem in problems}
        if "category" in refused:
            fields.dirty.clear()
            self._prompter.warn(self.tr("Not saved"), problem_text(problems[0], None))
            self._refresh()
            return False
        accepted = fields.dirty - refused
        changes = outcome.changes
        if problems and accepted:
            kept = [values[i] if field in accepted else stored[i] for i, field in enumerate(FIELDS)]
            second = run_guarded(
                self._prompter, lambda: self._service.set_targets(category_id, *kept)
            )
            if second is None or second.problems:
                accepted = set()
            else:
                changes = second.changes
        fields.dirty -= accepted
        if accepted:
            self._after_change(changes)
        fields.show_problems(problems)
        return not problems

    def _after_change(self, changes: Changes) -> None:
        """Show what a change did here, then tell the rest of the program."""
        self._refresh()
        self.changes_made.emit(changes)

    # ------------------------------------------------------------------ slots

    def _on_general_edited(self) -> None:
        self._show_resolve_hint()
        self._save_timer.start()

    def _on_general_finished(self) -> None:
        self._finish(self.general)

    def _on_row_edited(self) -> None:
        self._save_timer.start()

    def _on_row_finished(self, row: CategoryRow) -> None:
        if row.category_id in self.category_rows:
            self._finish(row)

    def _finish(self, fields: TargetFields) -> None:
        """The user left a field (or pressed Enter): save it now and show it as stored."""
        if self._closed:
            return
        self.save(fields)
        if fields.stored is not None:
            fields.show_setting(fields.stored, keep_focused=False)
        self._show_resolve_hint()

    def _on_add_category_button_clicked(self) -> None:
        self.add_category()

    def _on_pause_check_toggled(self, checked: bool) -> None:
        outcome = run_guarded(
            self._prompter, lambda: self._service.set_pause_while_waiting(checked)
        )
        if outcome is None:
            self._refresh()
            return
        self._after_change(outcome.changes)
