"""Goals & follow-up: every goal against its minimum and target, its trend, and what is due.

Three tabs: *Goals* (below), *Review meetings* (:class:`ReviewMeetingsView`: the next meeting's
agenda and every meeting held, with its frozen figures) and *Improvement plans*
(:class:`ImprovementPlansView`).

The Goals tab lists the goals from :meth:`GoalsService.overview` with their standing in a mark
and words (never colour alone), draws the chosen goal's trend lazily (matplotlib loads when the
chart is first on screen), enters figures through :class:`MeasurementDialog`, computes the
figures the complaint log holds, imports a phone goal's figure from a call log
(:class:`CallLogDialog`), opens the staffing check (:class:`StaffingDialog`), sets or accepts
the levels (:class:`LevelsDialog`), starts the improvement plan a goal below its minimum needs,
lists what is due, and saves the reminders as an ``.ics`` calendar file.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.errors import UserFacingError
from policydesk.domain.goal_followup import Period, periods
from policydesk.domain.goals import GoalTemplate
from policydesk.domain.languages import Language
from policydesk.ui.dialogs.call_log_dialog import CallLogDialog
from policydesk.ui.dialogs.levels_dialog import LevelsDialog
from policydesk.ui.dialogs.measurement_dialog import (
    MeasurementDialog,
    goal_problem_text,
)
from policydesk.ui.dialogs.staffing_dialog import StaffingDialog, goal_promise
from policydesk.ui.messages import error_details, error_text, error_title
from policydesk.ui.review_texts import day_text, number_text, period_text, standing_text
from policydesk.ui.widgets.improvement_plans import ImprovementPlansView
from policydesk.ui.widgets.quotient_views import ChartPane
from policydesk.ui.widgets.review_meetings import ReviewMeetingsView

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from policydesk.domain.changes import Changes
    from policydesk.export.charts import ChartStyle
    from policydesk.services.call_log import CallLogService
    from policydesk.services.complaints import ComplaintService
    from policydesk.services.goals import DueItems, GoalOverview, GoalsService
    from policydesk.services.reminders import ReminderService
    from policydesk.services.reviews import ReviewService
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
        call_log: reads phone systems' call logs (no call-log import without it).
        reviews: review meetings and improvement plans (their tabs need it and ``staff``).
        staff: where the staff list is read (the complaint service).
        parent: the page's parent.

    Signals:
        changes_made: a unit of work changed data (a ``Changes``).
        review_pack_requested: print a meeting's review pack (its id; 0: the next meeting's
            agenda).
    """

    changes_made = Signal(object)
    review_pack_requested = Signal(int)

    def __init__(
        self,
        goals: GoalsService,
        reminders: ReminderService,
        prompter: Prompter,
        *,
        settings: AppSettings | None = None,
        call_log: CallLogService | None = None,
        reviews: ReviewService | None = None,
        staff: ComplaintService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._goals = goals
        self._call_log = call_log
        self._reviews = reviews
        self._staff = staff
        self.meetings_view: ReviewMeetingsView | None = None
        self.plans_view: ImprovementPlansView | None = None
        self._reminders = reminders
        self._prompter = prompter
        self._settings = settings
        self._overview: list[GoalOverview] = []
        self._today = date.today()
        self._build()
        self.refresh()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        page_layout = QVBoxLayout(self)
        self.title_label = _label("title_label", self.tr("Goals & follow-up"))
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        page_layout.addWidget(self.title_label)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("goals_tabs")
        self.tabs.setDocumentMode(True)
        page_layout.addWidget(self.tabs, 1)
        goals_tab = QWidget()
        goals_tab.setObjectName("goals_tab")
        layout = QVBoxLayout(goals_tab)
        # A short window scrolls the tab rather than squeezing the chart over its buttons.
        scroll = QScrollArea()
        scroll.setObjectName("goals_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(goals_tab)
        self.tabs.addTab(scroll, self.tr("Goals"))
        if self._reviews is not None and self._staff is not None:
            self.meetings_view = ReviewMeetingsView(
                self._reviews, self._goals, self._staff, self._prompter
            )
            self.meetings_view.setObjectName("meetings_view")
            self.tabs.addTab(self.meetings_view, self.tr("Review meetings"))
            self.plans_view = ImprovementPlansView(
                self._reviews, self._goals, self._staff, self._prompter
            )
            self.plans_view.setObjectName("plans_view")
            self.tabs.addTab(self.plans_view, self.tr("Improvement plans"))
            for view in (self.meetings_view, self.plans_view):
                view.changes_made.connect(self._on_view_changes_made)
            self.meetings_view.review_pack_requested.connect(self.review_pack_requested)
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
        self.levels_button = QPushButton(self.tr("Set levels…"))
        self.levels_button.setObjectName("levels_button")
        buttons.addWidget(self.levels_button)
        self.call_log_button = QPushButton(self.tr("Import call log…"))
        self.call_log_button.setObjectName("call_log_button")
        self.call_log_button.setVisible(self._call_log is not None)
        buttons.addWidget(self.call_log_button)
        self.staffing_button = QPushButton(self.tr("Staffing check…"))
        self.staffing_button.setObjectName("staffing_button")
        self.staffing_button.setToolTip(
            self.tr("How many people must answer the phone to keep a promise on answer times.")
        )
        buttons.addWidget(self.staffing_button)
        self.plan_button = QPushButton(self.tr("Make an improvement plan…"))
        self.plan_button.setObjectName("plan_button")
        self.plan_button.setVisible(False)
        buttons.addWidget(self.plan_button)
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
        self.call_log_button.clicked.connect(self.import_call_log)
        self.staffing_button.clicked.connect(self.check_staffing)
        self.levels_button.clicked.connect(self.set_levels)
        self.plan_button.clicked.connect(self.make_plan)
        self.compute_button.clicked.connect(self.compute_figure)
        self.ics_button.clicked.connect(self.save_reminders)

    # ------------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Read the goals and what is due again, keeping the chosen goal."""
        chosen = self.selected_goal_id()
        try:
            self._today = self._goals.today()
            self._overview = self._goals.overview(self._today)
            due = self._goals.due_items(self._today, listed=self._overview)
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
        words = standing_text(goal.standing)
        if goal.plan_required:
            words += " — " + self.tr("Improvement plan needed")
        return words

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
                        .replace("%1", number_text(goal.latest_value, goal.unit))
                        .replace("%2", period_text(goal.latest_period))
                    )
                cells = [
                    _item(goal.title, goal.id),
                    _item(latest, align_right=True),
                    _item(number_text(goal.minimum, goal.unit), align_right=True),
                    _item(number_text(goal.target, goal.unit), align_right=True),
                    _item(goal.owner_name or "—"),
                    _item(self.standing_text(goal)),
                ]
                for column, cell in enumerate(cells):
                    self.goal_table.setItem(row, column, cell)
        finally:
            self.goal_table.blockSignals(False)
        self.goal_table.resizeRowsToContents()
        # Up to five goals show without scrolling (the chart below gives way for them).
        table = self.goal_table
        shown = min(table.rowCount(), 5)
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(row) for row in range(shown))
        table.setMinimumHeight(max(height, 80))

    def _fill_due(self, due: DueItems) -> None:
        self.due_list.clear()
        for item in due.measurements:
            for period in item.periods:
                self.due_list.addItem(
                    self.tr("Enter the figure for %1: %2")
                    .replace("%1", item.title)
                    .replace("%2", period_text(period))
                )
        for plan in due.plans:
            self.due_list.addItem(
                self.tr("Improvement plan needed for %1: %2 is below the minimum %3 (%4)")
                .replace("%1", plan.title)
                .replace("%2", number_text(plan.value))
                .replace("%3", number_text(plan.minimum))
                .replace("%4", period_text(plan.period))
            )
        if not due:
            self.due_list.addItem(self.tr("Nothing is due: every figure is entered."))

    def _show_goal(self) -> None:
        goal = self.selected_goal()
        self.enter_button.setEnabled(goal is not None)
        phone = goal is not None and goal.template is GoalTemplate.PHONE_ANSWER_WITHIN
        self.call_log_button.setEnabled(phone)
        self.call_log_button.setToolTip(
            self.tr("Compute the service level from the call list your phone system exports.")
            if phone
            else self.tr(
                "Choose a phone goal (calls answered within a time) to import a call log for it."
            )
        )
        self.levels_button.setEnabled(goal is not None)
        proposal = goal.proposed_levels if goal is not None and goal.awaiting_levels else None
        self.levels_button.setText(
            self.tr("Set levels…") if proposal is None else self.tr("Review proposed levels…")
        )
        computed = goal is not None and goal.computed
        self.compute_button.setVisible(computed)
        self.period_combo.setVisible(computed)
        self.compute_button.setEnabled(computed)
        self.plan_label.setVisible(goal is not None and goal.plan_required)
        self.plan_button.setVisible(
            goal is not None and goal.plan_required and self.plans_view is not None
        )
        if goal is None:
            self.detail_label.setText("")
            self.plan_label.setText("")
            self.chart.set_chart(None, empty=self.tr("Choose a goal to see its trend."))
            return
        lines = [
            goal.title,
            self.tr("Next figure: %1 (due from %2)")
            .replace("%1", period_text(goal.next_due))
            .replace("%2", day_text(goal.next_due.due_on)),
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
        if proposal is not None:
            lines.append(
                self.tr("Proposed levels are ready: minimum %1, target %2")
                .replace("%1", number_text(proposal.minimum, goal.unit))
                .replace("%2", number_text(proposal.target, goal.unit))
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
                format_value=lambda value: number_text(value, unit),
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
            text = period_text(period)
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

    @Slot()
    def set_levels(self) -> LevelsDialog | None:
        """Open the dialog for the chosen goal's minimum and target; store them when saved."""
        goal = self.selected_goal()
        if goal is None:
            return None
        dialog = LevelsDialog(self._goals, goal, self._prompter, self)
        dialog.accepted.connect(lambda: self._on_levels_saved(dialog))
        dialog.open()
        return dialog

    def _on_levels_saved(self, dialog: LevelsDialog) -> None:
        outcome = dialog.outcome
        dialog.deleteLater()
        if outcome is None:
            return
        self.status_label.setText(self.tr("The levels were saved."))
        self.changes_made.emit(outcome.changes)

    @Slot()
    def import_call_log(self) -> CallLogDialog | None:
        """Open the call-log import for the chosen phone goal; store its figure when imported."""
        goal = self.selected_goal()
        if (
            self._call_log is None
            or goal is None
            or goal.template is not GoalTemplate.PHONE_ANSWER_WITHIN
        ):
            return None
        phone_goals = [
            item for item in self._overview if item.template is GoalTemplate.PHONE_ANSWER_WITHIN
        ]
        last = self._settings.last_folder if self._settings is not None else ""
        dialog = CallLogDialog(
            self._call_log,
            phone_goals,
            self._prompter,
            goal_id=goal.id,
            folder=Path(last) if last else None,
            today=self._today,
            parent=self,
        )
        dialog.accepted.connect(lambda: self._on_call_log_imported(dialog))
        dialog.open()
        return dialog

    def _on_call_log_imported(self, dialog: CallLogDialog) -> None:
        outcome = dialog.outcome
        goal = dialog.selected_goal()
        start, end = dialog.period()
        dialog.deleteLater()
        if outcome is None or outcome.value is None:
            return
        self.refresh()
        self.status_label.setText(
            self.tr("Stored %1 for %2, from the call log.")
            .replace("%1", number_text(outcome.value, goal.unit if goal is not None else ""))
            .replace("%2", period_text(Period(start, end)))
        )
        self.changes_made.emit(outcome.changes)

    @Slot()
    def check_staffing(self) -> StaffingDialog:
        """Open the staffing check, with the chosen phone goal's promise filled in."""
        goal = self.selected_goal()
        if goal is not None and goal.template is not GoalTemplate.PHONE_ANSWER_WITHIN:
            goal = None
        share, seconds = goal_promise(goal)
        dialog = StaffingDialog(
            share=share,
            within_seconds=seconds,
            goal_title=goal.title if goal is not None else "",
            parent=self,
        )
        dialog.finished.connect(dialog.deleteLater)
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
                    "%1", period_text(Period(start, end))
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
            .replace("%1", number_text(stored, goal.unit))
            .replace("%2", period_text(Period(start, end)))
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

    def make_plan(self) -> object:
        """Make the improvement plan the chosen goal needs, on the Improvement plans tab."""
        goal = self.selected_goal()
        if goal is None or self.plans_view is None:
            return None
        self.tabs.setCurrentWidget(self.plans_view)
        return self.plans_view.new_plan(goal.id)

    def show_tab(self, name: str) -> None:
        """Show a tab: "goals", "meetings" or "plans" (the last two only with reviews)."""
        widget = {"meetings": self.meetings_view, "plans": self.plans_view}.get(name)
        self.tabs.setCurrentIndex(self.tabs.indexOf(widget) if widget is not None else 0)

    def show_target(self, target: str) -> None:
        """Show what a link names: "goal:<id>" (on the Goals tab), "meetings" or "plans"."""
        kind, _, goal_id = target.partition(":")
        if kind == "goal" and goal_id.isdigit():
            self.show_tab("goals")
            self.select_goal(int(goal_id))
        else:
            self.show_tab(kind)

    @Slot(object)
    def _on_view_changes_made(self, changes: Changes) -> None:
        # The main window hands every change back to every page, this one included, and
        # on_changes passes it on to the tabs.
        self.changes_made.emit(changes)

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
        for view in (self.meetings_view, self.plans_view):
            if view is not None:
                view.on_changes(changes)


__all__ = ["GoalsPage"]
