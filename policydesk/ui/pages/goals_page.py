"""Goals & follow-up: every goal against its minimum and target, its trend, and what is due.

The page lists the goals from :meth:`GoalsService.overview` with their standing in a mark and
words (never colour alone), draws the chosen goal's trend lazily (matplotlib loads when the
chart is first on screen), enters figures through :class:`MeasurementDialog`, computes the
figures the complaint log holds, lists what is due, and saves the reminders as an ``.ics``
calendar file.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.errors import UserFacingError
from policydesk.domain.goal_followup import GoalStanding, Period, periods
from policydesk.domain.languages import Language
from policydesk.ui.dialogs.measurement_dialog import (
    MeasurementDialog,
    goal_problem_text,
)
from policydesk.ui.messages import error_details, error_text, error_title
from policydesk.ui.widgets.quotient_views import ChartPane

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from policydesk.domain.changes import Changes
    from policydesk.export.charts import ChartStyle
    from policydesk.services.goals import DueItems, GoalOverview, GoalsService
    from policydesk.services.reminders import ReminderService
    from policydesk.ui.prompts import Prompter
    from policydesk.ui.settings import AppSettings

_ID = Qt.ItemDataRole.UserRole
_COMPUTE_PERIODS = 24  # how many past periods the compute button offers
_PERIOD_TAKEN = "period_taken"


def _item(text: str, goal_id: int | None = None, *, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)  # table items never interpret markup
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if goal_id is not None:
        item.setData(_ID, goal_id)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _label(name: str, text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class GoalsPage(QWidget):
    """The Goals & follow-up page.

    Args:
        goals: the goals service of the open file.
        reminders: writes the reminders as a calendar file.
        prompter: shows messages and asks questions.
        settings: the program's preferences (the folder the save dialog starts in).
        parent: the page's parent.

    Signals:
        changes_made: a unit of work changed data (a ``Changes``).
    """

    changes_made = Signal(object)

    def __init__(
        self,
        goals: GoalsService,
        reminders: ReminderService,
        prompter: Prompter,
        *,
        settings: AppSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._goals = goals
        self._reminders = reminders
        self._prompter = prompter
        self._settings = settings
        self._overview: list[GoalOverview] = []
        self._today = date.today()
        self._build()
        self.refresh()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.title_label = _label("title_label", self.tr("Goals & follow-up"))
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        layout.addWidget(self.title_label)
        self.empty_label = _label(
            "empty_label",
            self.tr(
                "No goals yet. Set your goals in the policy (Policy › Goals); "
                "they are followed up here, with their figures and trends."
            ),
        )
        layout.addWidget(self.empty_label)

        # The goals above, the chosen goal's trend below: both get the window's whole width,
        # which long goal titles and a year of month labels need.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("goals_splitter")
        splitter.setChildrenCollapsible(False)
        self.goal_table = QTableWidget(0, 6)
        self.goal_table.setObjectName("goal_table")
        self.goal_table.setHorizontalHeaderLabels(
            [
                self.tr("Goal"),
                self.tr("Latest figure"),
                self.tr("Minimum"),
                self.tr("Target"),
                self.tr("Owner"),
                self.tr("Standing"),
            ]
        )
        self.goal_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.goal_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.goal_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.goal_table.verticalHeader().setVisible(False)
        self.goal_table.setWordWrap(True)
        header = self.goal_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        splitter.addWidget(self.goal_table)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_label = _label("detail_label")
        detail_layout.addWidget(self.detail_label)
        self.plan_label = _label("plan_label")
        font = self.plan_label.font()
        font.setBold(True)
        self.plan_label.setFont(font)
        detail_layout.addWidget(self.plan_label)
        self.chart = ChartPane("goal_chart")
        detail_layout.addWidget(self.chart, 1)
        buttons = QHBoxLayout()
        self.enter_button = QPushButton(self.tr("Enter a figure…"))
        self.enter_button.setObjectName("enter_button")
        buttons.addWidget(self.enter_button)
        buttons.addStretch(1)
        detail_layout.addLayout(buttons)
        compute = QHBoxLayout()
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("period_combo")
        self.period_combo.setAccessibleName(self.tr("Period to compute"))
        compute.addWidget(self.period_combo)
        self.compute_button = QPushButton(self.tr("Compute from the complaint log"))
        self.compute_button.setObjectName("compute_button")
        compute.addWidget(self.compute_button)
        compute.addStretch(1)
        detail_layout.addLayout(compute)
        self.status_label = _label("status_label")
        detail_layout.addWidget(self.status_label)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)

        self.due_box = QGroupBox(self.tr("What is due"))
        self.due_box.setObjectName("due_box")
        due_layout = QVBoxLayout(self.due_box)
        self.due_list = QListWidget()
        self.due_list.setObjectName("due_list")
        self.due_list.setMaximumHeight(90)
        due_layout.addWidget(self.due_list)
        reminders = QHBoxLayout()
        self.ics_button = QPushButton(self.tr("Save reminders (.ics)…"))
        self.ics_button.setObjectName("ics_button")
        self.ics_button.setToolTip(
            self.tr(
                "A calendar file with the next review meeting and the yearly self-assessment, "
                "for your calendar program."
            )
        )
        reminders.addWidget(self.ics_button)
        reminders.addStretch(1)
        due_layout.addLayout(reminders)
        layout.addWidget(self.due_box)

        self.goal_table.itemSelectionChanged.connect(self._on_goal_table_selection_changed)
        self.enter_button.clicked.connect(self.enter_figure)
        self.compute_button.clicked.connect(self.compute_figure)
        self.ics_button.clicked.connect(self.save_reminders)

    # ------------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Read the goals and what is due again, keeping the chosen goal."""
        chosen = self.selected_goal_id()
        try:
            self._today = self._goals.today()
            self._overview = self._goals.overview(self._today)
            due = self._goals.due_items(self._today)
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error), error_details(error))
            return
        self._fill_table()
        self._fill_due(due)
        self.empty_label.setVisible(not self._overview)
        self.goal_table.setVisible(bool(self._overview))
        row = next(
            (index for index, goal in enumerate(self._overview) if goal.id == chosen),
            0 if self._overview else -1,
        )
        if row >= 0:
            self.goal_table.selectRow(row)
        self._show_goal()

    def selected_goal_id(self) -> int | None:
        """The chosen goal's id, if any."""
        goal = self.selected_goal()
        return goal.id if goal is not None else None

    def selected_goal(self) -> GoalOverview | None:
        """The chosen goal, if any."""
        rows = self.goal_table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.goal_table.item(rows[0].row(), 0)
        goal_id = item.data(_ID) if item is not None else None
        return next((goal for goal in self._overview if goal.id == goal_id), None)

    def select_goal(self, goal_id: int) -> None:
        """Choose a goal in the table."""
        for row in range(self.goal_table.rowCount()):
            item = self.goal_table.item(row, 0)
            if item is not None and item.data(_ID) == goal_id:
                self.goal_table.selectRow(row)
                return

    # ------------------------------------------------------------------ texts

    def standing_text(self, goal: GoalOverview) -> str:
        """The goal's standing as a mark and words; the plan it needs when below minimum."""
        words = {
            GoalStanding.ON_TRACK: "✓ " + self.tr("On track"),
            GoalStanding.BELOW_TARGET: "▽ " + self.tr("Below target"),
            GoalStanding.BELOW_MINIMUM: "✗ " + self.tr("Below minimum"),
            GoalStanding.NO_DATA: "– " + self.tr("No figures yet"),
            GoalStanding.NO_LEVELS: "○ " + self.tr("No levels set"),
        }[goal.standing]
        if goal.plan_required:
            words += " — " + self.tr("Improvement plan needed")
        return words

    def _number(self, value: float | None, unit: str = "") -> str:
        if value is None:
            return "—"
        text = QLocale().toString(value, "f", 0 if float(value).is_integer() else 1)
        return f"{text} {unit}" if unit else text

    def _period(self, period: Period) -> str:
        locale = QLocale()
        first, last = period.start, period.end
        if first.day == 1 and last.month == first.month and last.year == first.year:
            return locale.toString(_qdate(first), "MMM yyyy")
        short = QLocale.FormatType.ShortFormat
        return (
            self.tr("%1 to %2")
            .replace("%1", locale.toString(_qdate(first), short))
            .replace("%2", locale.toString(_qdate(last), short))
        )

    def _fill_table(self) -> None:
        self.goal_table.blockSignals(True)
        try:
            self.goal_table.clearContents()
            self.goal_table.setRowCount(len(self._overview))
            for row, goal in enumerate(self._overview):
                latest = "—"
                if goal.latest_value is not None and goal.latest_period is not None:
                    latest = (
                        self.tr("%1 (%2)")
                        .replace("%1", self._number(goal.latest_value, goal.unit))
                        .replace("%2", self._period(goal.latest_period))
                    )
                cells = [
                    _item(goal.title, goal.id),
                    _item(latest, align_right=True),
                    _item(self._number(goal.minimum, goal.unit), align_right=True),
                    _item(self._number(goal.target, goal.unit), align_right=True),
                    _item(goal.owner_name or "—"),
                    _item(self.standing_text(goal)),
                ]
                for column, cell in enumerate(cells):
                    self.goal_table.setItem(row, column, cell)
        finally:
            self.goal_table.blockSignals(False)
        self.goal_table.resizeRowsToContents()

    def _fill_due(self, due: DueItems) -> None:
        self.due_list.clear()
        for item in due.measurements:
            for period in item.periods:
                self.due_list.addItem(
                    self.tr("Enter the figure for %1: %2")
                    .replace("%1", item.title)
                    .replace("%2", self._period(period))
                )
        for plan in due.plans:
            self.due_list.addItem(
                self.tr("Improvement plan needed for %1: %2 is below the minimum %3 (%4)")
                .replace("%1", plan.title)
                .replace("%2", self._number(plan.value))
                .replace("%3", self._number(plan.minimum))
                .replace("%4", self._period(plan.period))
            )
        if not due:
            self.due_list.addItem(self.tr("Nothing is due: every figure is entered."))

    def _show_goal(self) -> None:
        goal = self.selected_goal()
        self.enter_button.setEnabled(goal is not None)
        computed = goal is not None and goal.computed
        self.compute_button.setVisible(computed)
        self.period_combo.setVisible(computed)
        self.compute_button.setEnabled(computed)
        self.plan_label.setVisible(goal is not None and goal.plan_required)
        if goal is None:
            self.detail_label.setText("")
            self.plan_label.setText("")
            self.chart.set_chart(None, empty=self.tr("Choose a goal to see its trend."))
            return
        lines = [
            goal.title,
            self.tr("Next figure: %1 (due from %2)")
            .replace("%1", self._period(goal.next_due))
            .replace("%2", QLocale().toString(_qdate(goal.next_due.due_on), "d MMM yyyy")),
        ]
        if goal.baseline_progress is not None and not goal.baseline_progress.done:
            lines.append(
                self.tr("Measuring the baseline: %1 % done, until %2")
                .replace("%1", QLocale().toString(round(goal.baseline_progress.share * 100)))
                .replace(
                    "%2",
                    QLocale().toString(
                        _qdate(goal.baseline_progress.ends_on), QLocale.FormatType.ShortFormat
                    ),
                )
            )
        self.detail_label.setText("\n".join(lines))
        self.plan_label.setText(
            self.tr(
                "Improvement plan needed: the latest figure is below the minimum. "
                "Make a plan with actions, an owner and due dates, and take it to the next "
                "review meeting."
            )
            if goal.plan_required
            else ""
        )
        self._fill_periods(goal)
        self._show_chart(goal)

    def _show_chart(self, goal: GoalOverview) -> None:
        labels = [QLocale().toString(_qdate(point.period_end), "MMM yy") for point in goal.series]
        values = [point.value for point in goal.series]
        title = goal.title
        value_label = self.tr("Measured")
        minimum_label = self.tr("Minimum")
        target_label = self.tr("Target")
        empty_text = self.tr("No figures yet: enter the first one to start the trend.")
        unit = goal.unit

        def draw(style: ChartStyle, figure: Figure) -> object:
            from policydesk.export.charts import goal_trend_chart

            return goal_trend_chart(
                labels,
                values,
                style,
                goal.minimum,
                goal.target,
                title=title,
                value_label=value_label,
                minimum_label=minimum_label,
                target_label=target_label,
                empty_text=empty_text,
                format_value=lambda value: self._number(value, unit),
                figure=figure,
            )

        description = self.tr("Trend of %1: %2 figures").replace("%1", goal.title)
        self.chart.set_chart(
            draw, description.replace("%2", QLocale().toString(len(values))), empty_text
        )

    def _fill_periods(self, goal: GoalOverview) -> None:
        self.period_combo.clear()
        if not goal.computed:
            return
        first = self._today - timedelta(days=31 * _COMPUTE_PERIODS)
        ended = [
            period
            for period in periods(goal.cadence, first, self._today)
            if period.end <= self._today
        ]
        measured = {point.period_end for point in goal.series}
        for period in reversed(ended[-_COMPUTE_PERIODS:]):
            text = self._period(period)
            if period.end not in measured:
                text = self.tr("%1 (no figure yet)").replace("%1", text)
            self.period_combo.addItem(text, (period.start, period.end))

    # ------------------------------------------------------------------ actions

    @Slot()
    def _on_goal_table_selection_changed(self) -> None:
        self.status_label.setText("")
        self._show_goal()

    @Slot()
    def enter_figure(self) -> MeasurementDialog | None:
        """Open the dialog for the chosen goal's figure; store it when saved."""
        goal = self.selected_goal()
        if goal is None:
            return None
        dialog = MeasurementDialog(self._goals, goal, self._prompter, self)
        dialog.accepted.connect(lambda: self._on_measurement_saved(dialog))
        dialog.open()
        return dialog

    def _on_measurement_saved(self, dialog: MeasurementDialog) -> None:
        outcome = dialog.outcome
        dialog.deleteLater()
        if outcome is None:
            return
        self.status_label.setText(self.tr("The figure was saved."))
        self.changes_made.emit(outcome.changes)

    @Slot()
    def compute_figure(self) -> bool:
        """Compute the chosen goal's figure for the chosen period from the complaint log."""
        goal = self.selected_goal()
        chosen = self.period_combo.currentData()
        if goal is None or not goal.computed or chosen is None:
            return False
        start, end = chosen
        try:
            outcome = self._goals.record_computed(goal.id, start, end)
            codes = {str(problem.code) for problem in outcome.problems}
            if codes == {_PERIOD_TAKEN} and self._prompter.confirm(
                self.tr("Replace the figure?"),
                self.tr("%1 already has a figure. Replace it with the one computed now?").replace(
                    "%1", self._period(Period(start, end))
                ),
                yes=self.tr("Replace"),
                no=self.tr("Keep the old figure"),
            ):
                outcome = self._goals.record_computed(goal.id, start, end, replace=True)
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error), error_details(error))
            return False
        if not outcome.ok:
            text = " ".join(
                dict.fromkeys(goal_problem_text(problem) for problem in outcome.problems)
            )
            self.status_label.setText(self.tr("Nothing was stored: %1").replace("%1", text))
            return False
        stored = next(
            (value.value for value in self._goals.measurements(goal.id) if value.id == outcome.id),
            None,
        )
        self.status_label.setText(
            self.tr("Stored %1 for %2, computed from the complaint log.")
            .replace("%1", self._number(stored, goal.unit))
            .replace("%2", self._period(Period(start, end)))
        )
        self.changes_made.emit(outcome.changes)
        return True

    @Slot()
    def save_reminders(self) -> Path | None:
        """Ask where to save the reminders calendar, and write it there."""
        chosen = self._prompter.save_path(
            self.tr("Save reminders"), self._start_folder() / "policydesk-reminders.ics"
        )
        if chosen is None:
            return None
        if chosen.suffix.lower() == ".policydesk":
            # The save dialog knows PolicyDesk files only and may have added their suffix.
            chosen = chosen.with_suffix(".ics")
        elif chosen.suffix.lower() != ".ics":
            chosen = chosen.with_name(chosen.name + ".ics")
        language = Language.parse(QLocale().name().split("_")[0])
        try:
            self._reminders.write_ics(chosen, language)
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error), error_details(error))
            return None
        if self._settings is not None:
            self._settings.last_folder = str(chosen.parent)
        self.status_label.setText(self.tr("Reminders saved as %1").replace("%1", str(chosen)))
        return chosen

    def _start_folder(self) -> Path:
        last = self._settings.last_folder if self._settings is not None else ""
        folder = Path(last) if last else None
        return folder if folder is not None and folder.is_dir() else Path.home()

    # ------------------------------------------------------------------ changes

    def on_changes(self, changes: Changes) -> None:
        """Read the goals again after a change to what they are measured from."""
        if (
            changes.goals
            or changes.complaints
            or changes.policy
            or changes.settings
            or changes.database
        ):
            self.refresh()


__all__ = ["GoalsPage"]
