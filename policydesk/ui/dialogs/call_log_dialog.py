"""Import a phone system's call log as a phone goal's figure, after seeing what it gives.

The owner chooses a call-log CSV (one row per call) and a phone goal. The dialog reads the file
off the GUI thread (:func:`~policydesk.ui.tasks.run_with_progress`) with
:meth:`CallLogService.figures` and shows, before anything is stored:

- what was read: the calls, the first and last day, the encoding and separator, or every bad
  row by number with what is wrong (then nothing can be imported);
- the goal's rule for abandoned calls in plain words and the figures it gives, for office
  hours and after hours: service level, average speed of answer, abandonment rate;
- the period the value is stored for, and the value: the office-hours service level.

Import stores it through :meth:`CallLogService.import_as_measurement` (all or nothing); a
period that already has a value is replaced only after the owner says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.errors import UserFacingError
from policydesk.domain.goal_followup import period_of
from policydesk.domain.goals import AbandonedCallRule
from policydesk.export.complaints_csv import ENCODING_NAMES
from policydesk.ui.dialogs.csv_import_dialog import separator_label
from policydesk.ui.dialogs.measurement_dialog import goal_problem_text, local_date
from policydesk.ui.dialogs.staffing_dialog import duration_words, percent_text, wait_text
from policydesk.ui.forms import problem_label
from policydesk.ui.messages import error_details, error_text, error_title
from policydesk.ui.tasks import run_with_progress

if TYPE_CHECKING:
    from policydesk.domain.contact_centre import PhoneFigures, Proportion
    from policydesk.export.call_log_csv import CallLogProblem
    from policydesk.services.call_log import (
        CallLogFigures,
        CallLogImport,
        CallLogService,
        GoalRule,
    )
    from policydesk.services.goals import GoalOverview, GoalProblem
    from policydesk.ui.prompts import Prompter

# Each call names its context in full: lupdate reads only literal contexts and texts.
translate = QCoreApplication.translate
# The services' problem codes, by value: the user interface imports no service at run time.
_PERIOD_TAKEN = "period_taken"
_OUTSIDE_PERIOD = "outside_period"
_MISSING_COLUMN = "missing_column"
_NOT_COMPUTABLE = "not_computable"
_NOTHING_TO_COMPUTE = "nothing_to_compute"
_PERIOD_FIELDS = frozenset({"period_start", "period_end"})
_GOAL_FIELDS = frozenset({"goal", "threshold_seconds", "short_abandon_seconds"})
_OFFICE = "office"
_AFTER = "after"


# ---------------------------------------------------------------------------- words


def call_field_label(field: str) -> str:
    """What a call-log column holds, as the row problems name it."""
    return {
        "arrived": translate("CallLogDialog", "Arrival time"),
        "answered": translate("CallLogDialog", "Answered"),
        "waited": translate("CallLogDialog", "Waiting time"),
        "talked": translate("CallLogDialog", "Talk time"),
    }.get(field, field)


def _needed_column(field: str) -> str:
    return {
        "arrived": translate("CallLogDialog", "when the call came in"),
        "answered": translate("CallLogDialog", "whether the call was answered"),
        "waited": translate("CallLogDialog", "how long the caller waited"),
    }.get(field, call_field_label(field))


def _not_text(kind: str) -> str:
    return {
        "png": translate("CallLogDialog", "The file is a picture, not a call log."),
        "jpeg": translate("CallLogDialog", "The file is a picture, not a call log."),
        "gif": translate("CallLogDialog", "The file is a picture, not a call log."),
        "pdf": translate(
            "CallLogDialog",
            "The file is a PDF report. Export the call list from the phone system as CSV instead.",
        ),
        "xlsx": translate(
            "CallLogDialog",
            "The file is an Excel workbook. Open it in Excel and save it as “CSV UTF-8”.",
        ),
        "xls": translate(
            "CallLogDialog",
            "The file is an Excel workbook. Open it in Excel and save it as “CSV UTF-8”.",
        ),
        "ods": translate(
            "CallLogDialog", "The file is a LibreOffice spreadsheet. Save it as “Text CSV” first."
        ),
        "zip": translate(
            "CallLogDialog", "The file is a compressed archive. Unpack it and choose the CSV file."
        ),
        "gzip": translate(
            "CallLogDialog", "The file is a compressed archive. Unpack it and choose the CSV file."
        ),
        "sqlite": translate(
            "CallLogDialog", "The file is a database (perhaps a PolicyDesk file), not a call log."
        ),
    }.get(
        kind,
        translate("CallLogDialog", "The file is not a text file, so it cannot be a call log."),
    )


def _arrival_text(value: str) -> str:
    """An arrival time as problems carry it (ISO) in the user's short date and time."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    time = QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return local_date(moment.date().isoformat()) + " " + time


def _row_sentence(problem: CallLogProblem) -> str:  # noqa: PLR0911, PLR0912 - a sentence a code
    code = str(problem.code)
    value = problem.param("value")
    if code == "empty_file":
        return translate("CallLogDialog", "The file is empty.")
    if code == "not_text":
        return _not_text(problem.param("kind"))
    if code == "no_rows":
        return translate("CallLogDialog", "The file has a header row but no calls.")
    if code == _MISSING_COLUMN:
        return translate("CallLogDialog", "No column says %1, which every call needs.").replace(
            "%1", _needed_column(problem.field)
        )
    if code == "bad_quotes":
        return translate(
            "CallLogDialog",
            "A quotation mark is in the wrong place: a cell in quotes must end with one, and a "
            "quotation mark inside it is written twice.",
        )
    if code == "unclosed_quote":
        return translate(
            "CallLogDialog",
            "A quotation mark opens a cell that never ends; the rest of the file cannot be read.",
        )
    if code == "cell_too_long":
        return translate(
            "CallLogDialog",
            "A cell is longer than %1 characters (is a quotation mark not closed?); the rest of "
            "the file cannot be read.",
        ).replace("%1", problem.param("max"))
    if code == "too_few_columns":
        return (
            translate(
                "CallLogDialog",
                "The row has %1 cells but the header has %2. Does this row use another separator?",
            )
            .replace("%1", problem.param("count"))
            .replace("%2", problem.param("expected"))
        )
    if code == "missing_value":
        return translate("CallLogDialog", "The cell is empty, and every call needs it.")
    if code == "bad_date":
        return translate(
            "CallLogDialog",
            "“%1” is not a date with a time of day. Write for example 2026-03-09 14:30 or "
            "09.03.2026 14:30.",
        ).replace("%1", value)
    if code == "bad_duration":
        return translate(
            "CallLogDialog",
            "“%1” is not a time. Write seconds (42) or minutes and seconds (0:42 or 1:02:05).",
        ).replace("%1", value)
    if code == "negative_duration":
        return translate("CallLogDialog", "“%1” is below zero; a time cannot be.").replace(
            "%1", value
        )
    if code == "duration_too_long":
        return translate(
            "CallLogDialog", "“%1” is longer than a day; no call waits or talks that long."
        ).replace("%1", value)
    if code == "bad_answered":
        return translate(
            "CallLogDialog",
            "“%1” does not say whether the call was answered. Write for example yes or no, "
            "ja or nej, da or nu.",
        ).replace("%1", value)
    if code == "talk_on_abandoned":
        return translate(
            "CallLogDialog",
            "The call is marked as not answered but has a talk time of “%1”. Which is right?",
        ).replace("%1", value)
    if code == _OUTSIDE_PERIOD:
        return translate(
            "CallLogDialog", "The call came in on %1, outside the period chosen below."
        ).replace("%1", _arrival_text(value))
    return translate("CallLogDialog", "The row cannot be read.")


def call_log_problem_text(problem: CallLogProblem) -> str:
    """One translated line for a problem of a call log: ``Row 7, Waiting time: …``."""
    text = _row_sentence(problem)
    if not problem.row or str(problem.code) == _MISSING_COLUMN:
        return text
    if problem.field:
        return (
            translate("CallLogDialog", "Row %1, %2: %3")
            .replace("%1", str(problem.row))
            .replace("%2", call_field_label(problem.field))
            .replace("%3", text)
        )
    return (
        translate("CallLogDialog", "Row %1: %2").replace("%1", str(problem.row)).replace("%2", text)
    )


def goal_problem_for_calls(problem: GoalProblem) -> str:
    """A goals problem as the call-log import words it (the rest as the figure dialog does)."""
    code = str(problem.code)
    if code == _NOT_COMPUTABLE and problem.field == "threshold_seconds":
        return translate(
            "CallLogDialog",
            "The goal does not say within how many seconds calls are to be answered. Set it in "
            "the policy (Policy › Goals) first.",
        )
    if code == _NOT_COMPUTABLE and problem.field == "short_abandon_seconds":
        return translate(
            "CallLogDialog",
            "The goal leaves out short hang-ups but does not say how short. Set the seconds in "
            "the policy (Policy › Goals) first.",
        )
    if code == _NOTHING_TO_COMPUTE:
        return translate(
            "CallLogDialog",
            "No call came in during opening hours, so there is no service level to store.",
        )
    return goal_problem_text(problem)


def rule_text(rule: GoalRule) -> str:
    """The goal's promise and its rule for abandoned calls, in plain words."""
    within = duration_words(rule.threshold)
    promise = translate(
        "CallLogDialog", "A call counts as answered in time when it is answered within %1."
    ).replace("%1", within)
    if rule.rule is AbandonedCallRule.EXCLUDED:
        words = translate(
            "CallLogDialog",
            "Calls hung up before an answer are left out of the figure: only answered calls count.",
        )
    elif rule.rule is AbandonedCallRule.IGNORE_SHORT and rule.short_abandon is not None:
        words = translate(
            "CallLogDialog",
            "Calls hung up within %1 are left out (a wrong number or a change of mind); "
            "later hang-ups count as not answered in time.",
        ).replace("%1", duration_words(rule.short_abandon))
    else:
        words = translate(
            "CallLogDialog", "Every call hung up before an answer counts as not answered in time."
        )
    return promise + " " + words


def _share_of(proportion: Proportion) -> str:
    share = proportion.share
    return "—" if share is None else percent_text(share)


def _count_text(numerator: int, denominator: int, *, counted: bool) -> str:
    locale = QLocale()
    if counted:
        text = (
            translate("CallLogDialog", "%1 of 1 counted call")
            if denominator == 1
            else translate("CallLogDialog", "%1 of %2 counted calls")
        )
    else:
        text = (
            translate("CallLogDialog", "%1 of 1 call")
            if denominator == 1
            else translate("CallLogDialog", "%1 of %2 calls")
        )
    return text.replace("%1", locale.toString(numerator)).replace(
        "%2", locale.toString(denominator)
    )


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(edit: QDateEdit) -> date:
    day = edit.date().toPython()
    assert isinstance(day, date)
    return day


# ---------------------------------------------------------------------------- the dialog


class CallLogDialog(QDialog):
    """Choose a call log and a phone goal, see the figures, import the service level.

    Args:
        call_log: the open file's call-log service.
        goals: the phone goals to choose from.
        prompter: shows messages, asks before replacing a value, chooses the file.
        goal_id: the goal chosen at first (the first one when None).
        path: a file to read straight away (otherwise the user chooses one).
        folder: where the file chooser starts.
        today: the day the period is proposed for (so a period that has not ended is not).
        parent: the dialog's parent.

    Attributes:
        outcome: what the import stored, once it has.

    Signals:
        imported: emitted with the :class:`~policydesk.domain.changes.Changes` of an import.
    """

    imported = Signal(object)

    def __init__(
        self,
        call_log: CallLogService,
        goals: Sequence[GoalOverview],
        prompter: Prompter,
        *,
        goal_id: int | None = None,
        path: Path | None = None,
        folder: Path | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = call_log
        self._goals = list(goals)
        self._prompter = prompter
        self._folder = folder
        self._today = today or date.today()
        self._path: Path | None = None
        self.figures: CallLogFigures | None = None
        self.outcome: CallLogImport | None = None
        self.figure_labels: dict[tuple[str, str], QLabel] = {}
        self.setWindowTitle(self.tr("Import a call log"))
        self.resize(760, 760)
        self._build()
        chosen = next(
            (index for index, goal in enumerate(self._goals) if goal.id == goal_id),
            0,
        )
        self.goal_combo.setCurrentIndex(chosen if self._goals else -1)
        self.goal_combo.currentIndexChanged.connect(self._on_goal_combo_changed)
        self.from_edit.dateChanged.connect(self._on_period_changed)
        self.to_edit.dateChanged.connect(self._on_period_changed)
        self._show(None)
        if path is not None:
            self.load(path)

    # ------------------------------------------------------------------ layout

    def _plain(self, name: str, text: str = "") -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QFormLayout()
        top.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        goal_column = QVBoxLayout()
        goal_column.setSpacing(2)
        self.goal_combo = QComboBox()
        self.goal_combo.setObjectName("goal_combo")
        self.goal_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.goal_combo.setMinimumContentsLength(20)
        for goal in self._goals:
            self.goal_combo.addItem(goal.title, goal.id)
        goal_column.addWidget(self.goal_combo)
        self.goal_problem_label = problem_label("goal_problem_label")
        goal_column.addWidget(self.goal_problem_label)
        top.addRow(self.tr("Phone goal:"), goal_column)
        file_row = QHBoxLayout()
        self.file_label = self._plain("file_label", self.tr("No file chosen."))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        file_row.addWidget(self.file_label, 1)
        self.choose_button = QPushButton(self.tr("Choose File…"))
        self.choose_button.setObjectName("choose_button")
        self.choose_button.clicked.connect(self.choose_file)
        file_row.addWidget(self.choose_button)
        top.addRow(self.tr("Call log:"), file_row)
        layout.addLayout(top)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)

        read_box = QGroupBox(self.tr("What was read"))
        read_layout = QVBoxLayout(read_box)
        self.format_label = self._plain("format_label")
        read_layout.addWidget(self.format_label)
        self.summary_label = self._plain("summary_label")
        read_layout.addWidget(self.summary_label)
        self.problems_list = QListWidget()
        self.problems_list.setObjectName("problems_list")
        self.problems_list.setWordWrap(True)
        self.problems_list.setSpacing(2)
        self.problems_list.setAlternatingRowColors(True)
        self.problems_list.setMinimumHeight(90)
        read_layout.addWidget(self.problems_list)
        content_layout.addWidget(read_box)

        figures_box = QGroupBox(self.tr("The figures by the goal's rule"))
        figures_layout = QVBoxLayout(figures_box)
        self.rule_label = self._plain("rule_label")
        figures_layout.addWidget(self.rule_label)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        bold = self.font()
        bold.setBold(True)
        for column, (key, title) in enumerate(
            ((_OFFICE, self.tr("Opening hours")), (_AFTER, self.tr("Outside opening hours"))),
            start=1,
        ):
            header = self._plain(f"{key}_header_label", title)
            header.setFont(bold)
            grid.addWidget(header, 0, column)
        self._rows = (
            ("calls", self.tr("Calls")),
            ("service_level", self.tr("Service level")),
            ("speed", self.tr("Average speed of answer")),
            ("abandoned", self.tr("Hung up")),
            ("abandoned_long", self.tr("Hung up, short ones left out")),
        )
        self._row_titles: dict[str, QLabel] = {}
        for row, (key, title) in enumerate(self._rows, start=1):
            title_label = self._plain(f"{key}_title_label", title)
            grid.addWidget(title_label, row, 0, Qt.AlignmentFlag.AlignTop)
            self._row_titles[key] = title_label
            for column, hours in enumerate((_OFFICE, _AFTER), start=1):
                label = self._plain(f"{key}_{hours}_label")
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignTop)
                self.figure_labels[(key, hours)] = label
        figures_layout.addLayout(grid)
        self.hours_note_label = self._plain(
            "hours_note_label",
            self.tr(
                "Opening hours are those set under Office hours. The figure stored is the "
                "opening-hours service level: the promise holds while someone is there to "
                "answer."
            ),
        )
        figures_layout.addWidget(self.hours_note_label)
        content_layout.addWidget(figures_box)

        store_box = QGroupBox(self.tr("Store as the goal's figure"))
        store = QFormLayout(store_box)
        store.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.value_label = self._plain("value_label")
        font = self.value_label.font()
        font.setBold(True)
        self.value_label.setFont(font)
        store.addRow(self.tr("Value:"), self.value_label)
        period_column = QVBoxLayout()
        period_column.setSpacing(2)
        period = QHBoxLayout()
        self.from_edit = QDateEdit()
        self.from_edit.setObjectName("from_edit")
        self.from_edit.setCalendarPopup(True)
        self.to_edit = QDateEdit()
        self.to_edit.setObjectName("to_edit")
        self.to_edit.setCalendarPopup(True)
        period.addWidget(QLabel(self.tr("From")))
        period.addWidget(self.from_edit)
        period.addWidget(QLabel(self.tr("To")))
        period.addWidget(self.to_edit)
        period.addStretch(1)
        period_column.addLayout(period)
        self.period_note_label = self._plain("period_note_label")
        self.period_note_label.setVisible(False)
        period_column.addWidget(self.period_note_label)
        self.period_problem_label = problem_label("period_problem_label")
        period_column.addWidget(self.period_problem_label)
        store.addRow(self.tr("Period:"), period_column)
        note_column = QVBoxLayout()
        note_column.setSpacing(2)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("note_edit")
        self.note_edit.setPlaceholderText(self.tr("e.g. the new phone menu started on the 10th"))
        note_column.addWidget(self.note_edit)
        self.note_problem_label = problem_label("note_problem_label")
        note_column.addWidget(self.note_problem_label)
        store.addRow(self.tr("Note:"), note_column)
        self.problems_label = problem_label("problems_label")
        store.addRow(self.problems_label)
        content_layout.addWidget(store_box)
        content_layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setObjectName("content_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout.addWidget(scroll, 1)

        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = self.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.import_button = self.button_box.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("import_button")
        self.button_box.accepted.connect(self.import_log)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)

    # ------------------------------------------------------------------ reading

    def selected_goal(self) -> GoalOverview | None:
        """The phone goal chosen, if any."""
        goal_id = self.goal_combo.currentData()
        return next((goal for goal in self._goals if goal.id == goal_id), None)

    @Slot()
    def choose_file(self) -> None:
        """Ask for a call log and read it."""
        chosen = self._prompter.open_path(self.tr("Choose a Call Log (CSV)"), self._folder)
        if chosen is not None:
            self.load(chosen)

    def load(self, path: Path) -> None:
        """Read ``path`` for the chosen goal and show what it gives."""
        self._path = path
        self._folder = path.parent
        self.file_label.setText(str(path))
        self._read()

    def _read(self) -> None:
        path = self._path
        goal = self.selected_goal()
        if path is None or goal is None:
            self._show(None)
            return
        service = self._service
        goal_id = goal.id
        try:
            found = run_with_progress(
                self,
                self.tr("Reading %1…").replace("%1", path.name),
                lambda _progress, _cancelled: service.figures(path, goal_id),
                cancellable=False,
            )
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error), error_details(error))
            self._show(None)
            return
        self._show(found)
        self._propose_period(found)

    # ------------------------------------------------------------------ showing

    def _show(self, found: CallLogFigures | None) -> None:
        self.figures = found
        self._show_read(found)
        self._show_rule(found)
        self._show_figures(found)
        self._show_value(found)
        self._show_period_note()
        self._clear_store_problems()
        self._update_buttons()

    def _show_read(self, found: CallLogFigures | None) -> None:
        self.problems_list.clear()
        if found is None:
            self.format_label.clear()
            self.summary_label.setText(
                self.tr("Choose the call list your phone system exports as CSV, one row a call.")
                if self._path is None
                else ""
            )
            self.problems_list.setVisible(False)
            return
        preview = found.preview
        locale = QLocale()
        if preview.encoding:
            self.format_label.setText(
                self.tr("Encoding: %1 · Separator: %2")
                .replace("%1", ENCODING_NAMES.get(preview.encoding, preview.encoding))
                .replace("%2", separator_label(preview.separator))
            )
        else:
            self.format_label.clear()
        for problem in preview.problems:
            self.problems_list.addItem(call_log_problem_text(problem))
        self.problems_list.setVisible(bool(preview.problems))
        lines: list[str] = []
        if preview.calls and preview.first_day is not None and preview.last_day is not None:
            calls = (
                self.tr("1 call")
                if preview.calls == 1
                else self.tr("%1 calls").replace("%1", locale.toString(preview.calls))
            )
            lines.append(
                self.tr("%1 read, from %2 to %3.")
                .replace("%1", calls)
                .replace("%2", local_date(preview.first_day.isoformat()))
                .replace("%3", local_date(preview.last_day.isoformat()))
            )
        if preview.problems:
            lines.append(
                self.tr("Nothing can be imported until every problem is fixed in the file.")
            )
            if any(str(problem.code) == _MISSING_COLUMN for problem in preview.problems):
                lines.append(
                    self.tr(
                        "Is this the call list of a phone system? Its header should name "
                        "columns such as “Start time”, “Answered” and “Waiting time”."
                    )
                )
            bad = len({problem.row for problem in preview.problems if problem.row})
            if preview.rows and bad and not any(p.row == 0 for p in preview.problems):
                lines.append(
                    (
                        self.tr("1 of %2 rows has a problem.")
                        if bad == 1
                        else self.tr("%1 of %2 rows have problems.")
                    )
                    .replace("%1", locale.toString(bad))
                    .replace("%2", locale.toString(preview.rows))
                )
        self.summary_label.setText("\n".join(lines))

    def _show_rule(self, found: CallLogFigures | None) -> None:
        goal_problems = found.problems if found is not None else ()
        texts = list(dict.fromkeys(goal_problem_for_calls(problem) for problem in goal_problems))
        self.goal_problem_label.setText("\n".join(texts))
        self.goal_problem_label.setVisible(bool(texts))
        if found is None or found.rule is None:
            self.rule_label.setText(
                self.tr("Choose a phone goal and a call log to see the figures.")
                if found is None
                else ""
            )
            return
        self.rule_label.setText(rule_text(found.rule))

    def _show_figures(self, found: CallLogFigures | None) -> None:
        by_hours = found.by_hours if found is not None else None
        short = found.rule.short_abandon if found is not None and found.rule else None
        for key in ("abandoned_long",):
            self._row_titles[key].setVisible(short is not None)
            for hours in (_OFFICE, _AFTER):
                self.figure_labels[(key, hours)].setVisible(short is not None)
        for hours in (_OFFICE, _AFTER):
            figures = None
            if by_hours is not None:
                figures = by_hours.office_hours if hours == _OFFICE else by_hours.after_hours
            texts = self._figure_texts(figures, found.rule if found is not None else None)
            for key, _title in self._rows:
                self.figure_labels[(key, hours)].setText(texts.get(key, "—"))

    def _figure_texts(self, figures: PhoneFigures | None, rule: GoalRule | None) -> dict[str, str]:
        if figures is None or rule is None:
            return {}
        counts = figures.counts
        locale = QLocale()
        if counts.calls == 0:
            return {"calls": self.tr("No calls")}
        calls = (
            self.tr("1 call: %2 answered, %3 hung up")
            if counts.calls == 1
            else self.tr("%1 calls: %2 answered, %3 hung up")
        )
        texts = {
            "calls": calls.replace("%1", locale.toString(counts.calls))
            .replace("%2", locale.toString(counts.answered))
            .replace("%3", locale.toString(counts.abandoned))
        }
        level = figures.service_level
        if level.share is None:
            texts["service_level"] = self.tr("— (no call counts)")
        else:
            texts["service_level"] = (
                self.tr("%1\n%2 answered within %3")
                .replace("%1", percent_text(level.share))
                .replace("%2", _count_text(level.numerator, level.denominator, counted=True))
                .replace("%3", duration_words(rule.threshold))
            )
        speed = figures.average_speed_of_answer
        texts["speed"] = self.tr("— (no call answered)") if speed is None else wait_text(speed)
        texts["abandoned"] = (
            self.tr("%1 (%2)")
            .replace("%1", _share_of(figures.abandonment))
            .replace(
                "%2",
                _count_text(
                    figures.abandonment.numerator, figures.abandonment.denominator, counted=False
                ),
            )
        )
        without = figures.abandonment_without_short
        if without is not None:
            texts["abandoned_long"] = (
                self.tr("%1 (%2)")
                .replace("%1", _share_of(without))
                .replace("%2", _count_text(without.numerator, without.denominator, counted=False))
            )
        return texts

    def period(self) -> tuple[date, date]:
        """The period chosen for the value: its first and last day."""
        return _pydate(self.from_edit), _pydate(self.to_edit)

    def stored_share(self) -> float | None:
        """The office-hours service level the import would store (0 to 1), if there is one."""
        found = self.figures
        if found is None or found.by_hours is None:
            return None
        return found.by_hours.office_hours.service_level.share

    def _show_value(self, found: CallLogFigures | None) -> None:
        share = self.stored_share()
        if share is not None:
            self.value_label.setText(
                self.tr("%1, the service level in opening hours").replace("%1", percent_text(share))
            )
        elif found is not None and found.ok:
            self.value_label.setText(
                self.tr("None: no call came in during opening hours, so nothing can be stored.")
            )
        else:
            self.value_label.setText("—")

    def _propose_period(self, found: CallLogFigures) -> None:
        first, last = found.preview.first_day, found.preview.last_day
        goal = self.selected_goal()
        if first is None or last is None or goal is None:
            return
        whole = period_of(goal.cadence, first)
        if last <= whole.end and whole.end <= self._today:
            start, end = whole.start, whole.end
        else:
            start, end = first, last
        self.from_edit.blockSignals(True)
        self.to_edit.blockSignals(True)
        self.from_edit.setDate(_qdate(start))
        self.to_edit.setDate(_qdate(end))
        self.from_edit.blockSignals(False)
        self.to_edit.blockSignals(False)
        self._show_period_note()

    def _show_period_note(self) -> None:
        goal = self.selected_goal()
        end = _pydate(self.to_edit)
        taken = None
        if goal is not None and self.figures is not None:
            taken = next((point for point in goal.series if point.period_end == end), None)
        if taken is None:
            self.period_note_label.clear()
            self.period_note_label.setVisible(False)
            return
        value = QLocale().toString(taken.value, "f", 0 if float(taken.value).is_integer() else 1)
        self.period_note_label.setText(
            self.tr(
                "A figure is already stored for a period ending on %1 (%2 %3). Import asks "
                "before replacing it."
            )
            .replace("%1", local_date(end.isoformat()))
            .replace("%2", value)
            .replace("%3", goal.unit if goal is not None else "")
        )
        self.period_note_label.setVisible(True)

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(
            self._path is not None
            and self.figures is not None
            and self.figures.ok
            and self.stored_share() is not None
        )

    def _clear_store_problems(self) -> None:
        for label in (self.period_problem_label, self.note_problem_label, self.problems_label):
            label.clear()
            label.setVisible(False)

    # ------------------------------------------------------------------ importing

    @Slot()
    def import_log(self) -> bool:
        """Store the office-hours service level for the period; say why when it cannot be."""
        if not self.import_button.isEnabled():
            return False
        self._clear_store_problems()
        outcome = self._import(replace=False)
        if outcome is None:
            return False
        codes = {str(problem.code) for problem in outcome.problems}
        if not outcome.rows and codes == {_PERIOD_TAKEN}:
            outcome = self._replace_if_asked()
            if outcome is None:
                return False
        if outcome.rows:
            self._show_refused_rows(outcome)
            return False
        if outcome.problems:
            self._show_goal_problems(outcome.problems)
            return False
        self.outcome = outcome
        self.imported.emit(outcome.changes)
        self.accept()
        return True

    def _replace_if_asked(self) -> CallLogImport | None:
        """Ask whether to replace the period's figure; import again with replace if so."""
        start, end = _pydate(self.from_edit), _pydate(self.to_edit)
        replace = self._prompter.confirm(
            self.tr("Replace the figure?"),
            self.tr("%1 to %2 already has a figure. Replace it with %3 from the call log?")
            .replace("%1", local_date(start.isoformat()))
            .replace("%2", local_date(end.isoformat()))
            .replace("%3", percent_text(self.stored_share() or 0.0)),
            yes=self.tr("Replace"),
            no=self.tr("Keep the old figure"),
        )
        if not replace:
            self._show_period_problem(
                self.tr("Nothing was stored: this period keeps the figure it has.")
            )
            return None
        return self._import(replace=True)

    def _import(self, *, replace: bool) -> CallLogImport | None:
        path, goal = self._path, self.selected_goal()
        if path is None or goal is None:
            return None
        service = self._service
        goal_id = goal.id
        start, end = _pydate(self.from_edit), _pydate(self.to_edit)
        note = self.note_edit.text()
        try:
            return run_with_progress(
                self,
                self.tr("Importing %1…").replace("%1", path.name),
                lambda _progress, _cancelled: service.import_as_measurement(
                    path, goal_id, start, end, replace=replace, note=note
                ),
                cancellable=False,
            )
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error), error_details(error))
            return None

    def _show_period_problem(self, text: str) -> None:
        self.period_problem_label.setText(text)
        self.period_problem_label.setVisible(True)

    def _show_refused_rows(self, outcome: CallLogImport) -> None:
        outside = [problem for problem in outcome.rows if str(problem.code) == _OUTSIDE_PERIOD]
        self.problems_list.clear()
        for problem in outcome.rows:
            self.problems_list.addItem(call_log_problem_text(problem))
        self.problems_list.setVisible(True)
        preview = self.figures.preview if self.figures is not None else None
        if outside and preview is not None and preview.first_day and preview.last_day:
            count = QLocale().toString(len(outside))
            self._show_period_problem(
                (
                    self.tr("1 call came in outside this period. Nothing was stored.")
                    if len(outside) == 1
                    else self.tr("%1 calls came in outside this period. Nothing was stored.")
                ).replace("%1", count)
                + " "
                + self.tr("Choose a period that holds every call: from %1 to %2 at least.")
                .replace("%1", local_date(preview.first_day.isoformat()))
                .replace("%2", local_date(preview.last_day.isoformat()))
            )
        if len(outside) < len(outcome.rows):
            # The file changed since it was read: what is wrong with it now is listed above.
            self.problems_label.setText(
                self.tr(
                    "The file has changed since it was read and now has problems; nothing "
                    "was stored."
                )
            )
            self.problems_label.setVisible(True)

    def _show_goal_problems(self, problems: Sequence[GoalProblem]) -> None:
        by_place: dict[QLabel, list[str]] = {}
        for problem in problems:
            if problem.field in _PERIOD_FIELDS:
                place = self.period_problem_label
            elif problem.field == "note":
                place = self.note_problem_label
            elif problem.field in _GOAL_FIELDS:
                place = self.goal_problem_label
            else:
                place = self.problems_label
            text = goal_problem_for_calls(problem)
            if str(problem.code) == _PERIOD_TAKEN:
                text = self.tr("This period already has a figure.")
            by_place.setdefault(place, [])
            if text not in by_place[place]:
                by_place[place].append(text)
        for place, texts in by_place.items():
            place.setText("\n".join(texts))
            place.setVisible(True)

    # ------------------------------------------------------------------ slots

    @Slot(int)
    def _on_goal_combo_changed(self, _index: int) -> None:
        self._read()

    @Slot()
    def _on_period_changed(self) -> None:
        self.period_problem_label.clear()
        self.period_problem_label.setVisible(False)
        self._show_period_note()


__all__ = [
    "CallLogDialog",
    "call_field_label",
    "call_log_problem_text",
    "goal_problem_for_calls",
    "rule_text",
]
