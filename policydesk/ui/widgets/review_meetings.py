"""Review meetings: the next meeting's agenda, and every meeting held with what it saw.

The list on the left starts with the next meeting, then every meeting held, the latest first.
The next meeting shows its agenda (:meth:`ReviewService.agenda`): the improvement plans to go
through with their actions (overdue ones marked with a sign and words, never colour alone),
the goals below their minimum that still need a plan, the figures not yet entered, and the
figures as they stand today. A meeting held shows its attendees, decisions and feedback to
staff, the figures frozen when it was recorded (a figure corrected later does not change
them), the plans on its agenda as they stood then, and the plans made at it.

Recording the meeting freezes today's agenda with it; when a goal is below its minimum
without a plan, the view offers to make the plan there and then, linked to the meeting.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.errors import UserFacingError
from policydesk.domain.goals import PlanStatus
from policydesk.domain.reviews import action_overdue
from policydesk.ui.dialogs.meeting_dialog import MeetingDialog
from policydesk.ui.dialogs.plan_dialog import PlanDialog
from policydesk.ui.messages import error_details, error_text, error_title
from policydesk.ui.review_texts import (
    action_status_text,
    day_text,
    number_text,
    period_text,
    plan_status_text,
    plans_made_text,
    review_problem_text,
    standing_text,
)

if TYPE_CHECKING:
    from policydesk.domain.changes import Changes
    from policydesk.domain.reviews import MeetingSnapshot, SnapshotPlan
    from policydesk.services.complaints import ComplaintService
    from policydesk.services.goals import GoalsService, MeasurementsDue, PlanRequired
    from policydesk.services.reviews import (
        Agenda,
        MeetingInfo,
        MeetingSummary,
        PlanInfo,
        ReviewService,
    )
    from policydesk.ui.prompts import Prompter

NEXT_MEETING = 0  # the list's key for the next meeting (meetings have ids from 1)
_KEY = Qt.ItemDataRole.UserRole
_ATTENDEES_SHOWN = 60  # characters of the attendees in the list; the tooltip has them all
_PERIODS_SHOWN = 6  # missing periods listed per goal before "and n more"


class FittedTable(QTableWidget):
    """A read-only table exactly as tall as its rows, for a page that scrolls as a whole."""

    def __init__(
        self,
        name: str,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        marked: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(len(rows), len(headers), parent)
        self.setObjectName(name)
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().setVisible(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)  # table items never interpret markup
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if row in marked:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(row, column, item)
        header.sectionResized.connect(self._on_header_section_resized)
        self._fit()

    def cell_text(self, row: int, column: int) -> str:
        """The text shown in a cell ('' when empty)."""
        item = self.item(row, column)
        return item.text() if item is not None else ""

    def _fit(self) -> None:
        self.resizeRowsToContents()
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(row) for row in range(self.rowCount()))
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    @Slot()
    def _on_header_section_resized(self) -> None:
        # Wrapped rows grow or shrink with their column; fit once the header has settled.
        QTimer.singleShot(0, self, self._fit)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


def _label(name: str, text: str = "", *, bold: bool = False, scale: float = 1.0) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold or scale != 1.0:
        font = label.font()
        font.setBold(bold)
        if scale != 1.0:
            font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
    return label


class ReviewMeetingsView(QWidget):
    """The next review meeting's agenda and the meetings held.

    Args:
        reviews: the review service of the open file.
        goals: the goals service (the goals a plan can be for).
        staff: the complaint service, whose staff list gives attendees and owners.
        prompter: shows messages and asks questions.
        parent: the view's parent.

    Signals:
        changes_made: a unit of work changed data (a ``Changes``).
        review_pack_requested: print the review pack of a meeting (its id), or the next
            meeting's agenda pack (0).
    """

    changes_made = Signal(object)
    review_pack_requested = Signal(int)

    def __init__(
        self,
        reviews: ReviewService,
        goals: GoalsService,
        staff: ComplaintService,
        prompter: Prompter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reviews = reviews
        self._goals = goals
        self._staff = staff
        self._prompter = prompter
        self._meetings: list[MeetingSummary] = []
        self._agenda: Agenda | None = None
        self._meeting: MeetingInfo | None = None
        self.dialog: QDialog | None = None
        self.figures_table: FittedTable | None = None
        self.make_plan_buttons: dict[int, QPushButton] = {}
        self._build()
        self.refresh()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("meetings_splitter")
        splitter.setChildrenCollapsible(False)
        self.meeting_list = QListWidget()
        self.meeting_list.setObjectName("meeting_list")
        self.meeting_list.setAccessibleName(self.tr("Review meetings"))
        self.meeting_list.setMinimumWidth(180)
        self.meeting_list.setWordWrap(True)
        self.meeting_list.setSpacing(4)
        splitter.addWidget(self.meeting_list)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        self.heading_label = _label("heading_label", bold=True, scale=1.25)
        right_layout.addWidget(self.heading_label)
        buttons = QHBoxLayout()
        self.record_button = QPushButton(self.tr("Record this meeting…"))
        self.record_button.setObjectName("record_button")
        self.record_button.setToolTip(
            self.tr("Record the meeting once it is held; today's figures are kept with it.")
        )
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("edit_button")
        self.edit_button.setToolTip(
            self.tr("Correct the day and texts; the figures stay as they were shown.")
        )
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("delete_button")
        self.pack_button = QPushButton(self.tr("Print review pack"))
        self.pack_button.setObjectName("pack_button")
        for button in (self.record_button, self.edit_button, self.delete_button, self.pack_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget()
        self.scroll_area.setWidget(self.content)
        right_layout.addWidget(self.scroll_area, 1)
        self.status_label = _label("status_label")
        right_layout.addWidget(self.status_label)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([230, 670])
        layout.addWidget(splitter)

        self.meeting_list.currentItemChanged.connect(self._on_meeting_list_current_changed)
        self.record_button.clicked.connect(self.record_meeting)
        self.edit_button.clicked.connect(self.edit_meeting)
        self.delete_button.clicked.connect(self.delete_meeting)
        self.pack_button.clicked.connect(self._on_pack_button_clicked)

    # ------------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Read the meetings and the agenda again, keeping the chosen one."""
        chosen = self.selected_key()
        try:
            self._meetings = self._reviews.meetings()
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error), error_details(error))
            return
        self.meeting_list.blockSignals(True)
        try:
            self.meeting_list.clear()
            item = QListWidgetItem(self.tr("Next meeting\nthe agenda"))
            item.setData(_KEY, NEXT_MEETING)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            self.meeting_list.addItem(item)
            for meeting in self._meetings:
                self.meeting_list.addItem(self._meeting_item(meeting))
        finally:
            self.meeting_list.blockSignals(False)
        keys = {NEXT_MEETING, *(meeting.id for meeting in self._meetings)}
        self.select(chosen if chosen in keys else NEXT_MEETING)
        self._show()

    def _meeting_item(self, meeting: MeetingSummary) -> QListWidgetItem:
        attendees = " ".join(meeting.attendees.split())
        if len(attendees) > _ATTENDEES_SHOWN:
            attendees = attendees[: _ATTENDEES_SHOWN - 1].rstrip() + "…"
        text = (
            self.tr("%1 · %2")
            .replace("%1", day_text(meeting.held_on))
            .replace("%2", plans_made_text(meeting.plans_raised))
        )
        item = QListWidgetItem(f"{text}\n{attendees}")
        item.setData(_KEY, meeting.id)
        item.setToolTip(meeting.attendees)
        return item

    def selected_key(self) -> int | None:
        """The chosen meeting's id, ``NEXT_MEETING`` (0) for the agenda, None for nothing."""
        row = self.meeting_list.currentRow()
        if row < 0:
            return None
        return int(self.meeting_list.item(row).data(_KEY))

    def select(self, key: int) -> bool:
        """Choose the next meeting (0) or a meeting held (its id)."""
        for row in range(self.meeting_list.count()):
            item = self.meeting_list.item(row)
            if item.data(_KEY) == key:
                self.meeting_list.setCurrentRow(row)
                return True
        return False

    @Slot()
    def _on_meeting_list_current_changed(self) -> None:
        self.status_label.setText("")
        self._show()

    # ------------------------------------------------------------------ showing

    def _new_content(self) -> QVBoxLayout:
        self.content = QWidget()
        self.content.setObjectName("content")
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 8, 8)
        # The previous page goes later, not now: this may run from a click on one of its own
        # buttons, and deleting a widget inside its own signal crashes.
        previous = self.scroll_area.takeWidget()
        if previous is not None:
            previous.hide()
            previous.deleteLater()
        self.scroll_area.setWidget(self.content)
        self.figures_table = None
        self.make_plan_buttons = {}
        return layout

    def _show(self) -> None:
        key = self.selected_key()
        layout = self._new_content()
        self._agenda = None
        self._meeting = None
        try:
            if key == NEXT_MEETING:
                self._agenda = self._reviews.agenda()
            elif key is not None:
                self._meeting = self._reviews.meeting(key)
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error), error_details(error))
        is_next = key == NEXT_MEETING
        self.record_button.setVisible(is_next)
        self.edit_button.setVisible(not is_next)
        self.delete_button.setVisible(not is_next)
        self.pack_button.setText(
            self.tr("Print agenda pack") if is_next else self.tr("Print review pack")
        )
        self.edit_button.setEnabled(self._meeting is not None)
        self.delete_button.setEnabled(self._meeting is not None)
        self.pack_button.setEnabled(self._agenda is not None or self._meeting is not None)
        if self._agenda is not None:
            self._show_agenda(layout, self._agenda)
        elif self._meeting is not None:
            self._show_meeting(layout, self._meeting)
        else:
            self.heading_label.setText(self.tr("Review meeting"))
            layout.addWidget(
                _label(
                    "missing_label",
                    self.tr("This meeting no longer exists; it may have been deleted."),
                )
            )
        layout.addStretch(1)

    def _section(self, layout: QVBoxLayout, name: str, title: str) -> None:
        label = _label(name, title, bold=True)
        label.setContentsMargins(0, 10, 0, 0)
        layout.addWidget(label)

    def _show_agenda(self, layout: QVBoxLayout, agenda: Agenda) -> None:
        self.heading_label.setText(self.tr("Next review meeting"))
        since = (
            self.tr("Since the last meeting on %1.").replace("%1", day_text(agenda.last_meeting))
            if agenda.last_meeting is not None
            else self.tr("No meeting held yet: this will be the first.")
        )
        self.since_label = _label("since_label", since)
        layout.addWidget(self.since_label)

        self._section(layout, "plans_title", self.tr("Improvement plans to go through"))
        if not agenda.plans:
            layout.addWidget(_label("no_plans_label", self.tr("No improvement plans are open.")))
        for plan in agenda.plans:
            self._add_plan(layout, plan)

        self._section(layout, "required_title", self.tr("Goals below their minimum without a plan"))
        if not agenda.plans_required:
            layout.addWidget(
                _label(
                    "none_required_label",
                    self.tr("None: every goal below its minimum has an improvement plan."),
                )
            )
        units = {goal.goal_id: goal.unit for goal in agenda.figures.goals}
        for required in agenda.plans_required:
            self._add_required(layout, required, units.get(required.goal_id, ""))

        self._section(layout, "due_title", self.tr("Figures still to enter"))
        if not agenda.measurements_due:
            layout.addWidget(_label("none_due_label", self.tr("Every figure is entered.")))
        for due in agenda.measurements_due:
            layout.addWidget(_label(f"due_label_{due.goal_id}", self._due_text(due)))

        self._section(layout, "figures_title", self.tr("Today's figures"))
        self._add_figures(layout, agenda.figures)

    def _add_plan(self, layout: QVBoxLayout, plan: PlanInfo) -> None:
        status = (
            self.tr("Open since %1").replace("%1", day_text(plan.created_on))
            if plan.status is PlanStatus.OPEN
            else plan_status_text(plan.status, plan.closed_on)
        )
        layout.addWidget(
            _label(
                f"plan_label_{plan.id}",
                self.tr("%1 — %2").replace("%1", plan.goal_title).replace("%2", status),
                bold=True,
            )
        )
        if plan.reason:
            layout.addWidget(_label(f"plan_reason_{plan.id}", plan.reason))
        if not plan.actions:
            layout.addWidget(
                _label(f"plan_empty_{plan.id}", self.tr("No actions in this plan yet."))
            )
            return
        rows = [
            [
                action.description,
                action.owner_name or "—",
                day_text(action.due_on),
                action_status_text(action.status, overdue=action.overdue),
            ]
            for action in plan.actions
        ]
        marked = [index for index, action in enumerate(plan.actions) if action.overdue]
        layout.addWidget(
            FittedTable(
                f"plan_actions_{plan.id}",
                [self.tr("Action"), self.tr("Who"), self.tr("Due"), self.tr("Status")],
                rows,
                marked=marked,
            )
        )

    def _add_required(self, layout: QVBoxLayout, required: PlanRequired, unit: str) -> None:
        line = QHBoxLayout()
        text = (
            self.tr("%1: %2 in %3, below the minimum of %4.")
            .replace("%1", required.title)
            .replace("%2", number_text(required.value, unit))
            .replace("%3", period_text(required.period))
            .replace("%4", number_text(required.minimum, unit))
        )
        label = _label(f"required_label_{required.goal_id}", "✗ " + text)
        line.addWidget(label, 1)
        button = QPushButton(self.tr("Make an improvement plan…"))
        button.setObjectName(f"make_plan_button_{required.goal_id}")
        button.clicked.connect(lambda: self.make_plan(required.goal_id))
        line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.make_plan_buttons[required.goal_id] = button
        layout.addLayout(line)

    def _due_text(self, due: MeasurementsDue) -> str:
        shown = [period_text(period) for period in due.periods[:_PERIODS_SHOWN]]
        text = ", ".join(shown)
        more = len(due.periods) - len(shown)
        if more == 1:
            text = self.tr("%1 and 1 more").replace("%1", text)
        elif more > 1:
            text = self.tr("%1 and %2 more").replace("%1", text).replace("%2", str(more))
        line = self.tr("%1: %2").replace("%1", due.title).replace("%2", text)
        if due.computed:
            line += " " + self.tr("(the complaint log can compute these)")
        return line

    def _add_figures(self, layout: QVBoxLayout, snapshot: MeetingSnapshot) -> None:
        if not snapshot.goals:
            layout.addWidget(_label("no_figures_label", self.tr("No goals were followed up.")))
            return
        rows = []
        for goal in snapshot.goals:
            latest = goal.latest
            figure = (
                self.tr("%1 (%2)")
                .replace("%1", number_text(latest.value, goal.unit))
                .replace("%2", period_text(latest.period))
                if latest is not None
                else "—"
            )
            rows.append(
                [
                    goal.title,
                    figure,
                    number_text(goal.minimum, goal.unit),
                    number_text(goal.target, goal.unit),
                    standing_text(goal.standing),
                ]
            )
        self.figures_table = FittedTable(
            "figures_table",
            [
                self.tr("Goal"),
                self.tr("Latest figure"),
                self.tr("Minimum"),
                self.tr("Target"),
                self.tr("Standing"),
            ],
            rows,
        )
        layout.addWidget(self.figures_table)

    def _show_meeting(self, layout: QVBoxLayout, meeting: MeetingInfo) -> None:
        self.heading_label.setText(
            self.tr("Review meeting of %1").replace("%1", day_text(meeting.held_on))
        )
        self._section(layout, "attendees_title", self.tr("Attended"))
        layout.addWidget(_label("attendees_label", meeting.attendees))
        self._section(layout, "decisions_title", self.tr("Decisions"))
        layout.addWidget(
            _label("decisions_label", meeting.decisions or self.tr("None written down."))
        )
        self._section(layout, "feedback_title", self.tr("Feedback to staff"))
        layout.addWidget(
            _label("feedback_label", meeting.staff_feedback or self.tr("None written down."))
        )

        snapshot = meeting.snapshot
        self._section(layout, "figures_title", self.tr("Figures shown at the meeting"))
        if not snapshot.readable:
            layout.addWidget(
                _label(
                    "unreadable_label",
                    self.tr(
                        "The figures shown at this meeting could not be read: the stored copy "
                        "is damaged or missing. The meeting's notes above are intact."
                    ),
                )
            )
        else:
            layout.addWidget(
                _label(
                    "frozen_label",
                    self.tr(
                        "These are the figures as they were shown at the meeting; figures "
                        "entered or corrected since then do not change them."
                    ),
                )
            )
            self._add_figures(layout, snapshot)

            self._section(layout, "agenda_title", self.tr("Improvement plans on its agenda"))
            if not snapshot.plans:
                layout.addWidget(
                    _label("no_agenda_plans_label", self.tr("No improvement plans were open."))
                )
            day = snapshot.taken_on or meeting.held_on
            for index, plan in enumerate(snapshot.plans):
                self._add_snapshot_plan(layout, index, plan, day)

        self._section(
            layout, "raised_title", self.tr("Plans made at this meeting, as they stand today")
        )
        if not meeting.plans_raised:
            layout.addWidget(_label("no_raised_label", self.tr("No plans were made at it.")))
        for raised in meeting.plans_raised:
            self._add_plan(layout, raised)

    def _add_snapshot_plan(
        self, layout: QVBoxLayout, index: int, plan: SnapshotPlan, day: date
    ) -> None:
        layout.addWidget(
            _label(
                f"agenda_plan_label_{index}",
                self.tr("%1 — %2")
                .replace("%1", plan.goal_title)
                .replace("%2", plan_status_text(plan.status)),
                bold=True,
            )
        )
        if plan.reason:
            layout.addWidget(_label(f"agenda_plan_reason_{index}", plan.reason))
        if not plan.actions:
            return
        # Overdue as it was on the meeting's day, which is what the meeting saw.
        overdue = [action_overdue(action.due_on, action.status, day) for action in plan.actions]
        rows = [
            [
                action.description,
                action.owner or "—",
                day_text(action.due_on),
                action_status_text(action.status, overdue=late),
            ]
            for action, late in zip(plan.actions, overdue, strict=True)
        ]
        layout.addWidget(
            FittedTable(
                f"agenda_plan_actions_{index}",
                [self.tr("Action"), self.tr("Who"), self.tr("Due"), self.tr("Status")],
                rows,
                marked=[row for row, late in enumerate(overdue) if late],
            )
        )

    # ------------------------------------------------------------------ meetings

    def _staff_names(self) -> list[str] | None:
        try:
            return [member.name for member in self._staff.staff()]
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error), error_details(error))
            return None

    @Slot()
    def record_meeting(self) -> MeetingDialog | None:
        """Open the dialog that records the next meeting."""
        names = self._staff_names()
        if names is None:
            return None
        dialog = MeetingDialog(self._reviews, names, self._prompter, parent=self)
        dialog.accepted.connect(lambda: self._on_meeting_saved(dialog, recorded=True))
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def edit_meeting(self) -> MeetingDialog | None:
        """Open the dialog that corrects the chosen meeting."""
        meeting = self._meeting
        if meeting is None:
            return None
        names = self._staff_names()
        if names is None:
            return None
        dialog = MeetingDialog(self._reviews, names, self._prompter, meeting, parent=self)
        dialog.accepted.connect(lambda: self._on_meeting_saved(dialog, recorded=False))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_meeting_saved(self, dialog: MeetingDialog, *, recorded: bool) -> None:
        outcome = dialog.outcome
        dialog.deleteLater()
        if self.dialog is dialog:
            self.dialog = None
        if outcome is None or outcome.id is None:
            return
        self.refresh()
        self.select(outcome.id)
        self.status_label.setText(
            self.tr("The meeting was recorded.") if recorded else self.tr("The meeting was saved.")
        )
        self.changes_made.emit(outcome.changes)
        if recorded:
            self._offer_plan(outcome.id)

    def _offer_plan(self, meeting_id: int) -> PlanDialog | None:
        """Offer to make a plan, linked to the meeting, for a goal below its minimum."""
        try:
            required = self._reviews.agenda().plans_required
            meeting = self._reviews.meeting(meeting_id)
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error), error_details(error))
            return None
        if not required or meeting is None:
            return None
        first = required[0]
        if len(required) == 1:
            text = self.tr(
                "%1 is below its minimum and has no improvement plan. Make the plan now, "
                "as decided at this meeting?"
            ).replace("%1", first.title)
        else:
            text = (
                self.tr(
                    "%1 goals are below their minimum without an improvement plan: %2. "
                    "Make the plan for %3 now, as decided at this meeting?"
                )
                .replace("%1", str(len(required)))
                .replace("%2", ", ".join(goal.title for goal in required))
                .replace("%3", first.title)
            )
        if not self._prompter.confirm(
            self.tr("Make an improvement plan?"),
            text,
            yes=self.tr("Make the plan"),
            no=self.tr("Not now"),
        ):
            return None
        return self.make_plan(first.goal_id, meeting_id=meeting.id, held_on=meeting.held_on)

    def make_plan(
        self,
        goal_id: int | None = None,
        *,
        meeting_id: int | None = None,
        held_on: date | None = None,
    ) -> PlanDialog | None:
        """Open the plan dialog for a goal (and the meeting it is made at, if any)."""
        try:
            goals = self._goals.overview()
            staff = self._staff.staff()
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error), error_details(error))
            return None
        if not goals:
            return None
        dialog = PlanDialog(
            self._reviews,
            goals,
            staff,
            self._prompter,
            goal_id=goal_id,
            meeting_id=meeting_id,
            meeting_held_on=held_on,
            parent=self,
        )
        dialog.accepted.connect(lambda: self._on_plan_saved(dialog, meeting_id))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_plan_saved(self, dialog: PlanDialog, meeting_id: int | None) -> None:
        outcome = dialog.outcome
        dialog.deleteLater()
        if self.dialog is dialog:
            self.dialog = None
        if outcome is None:
            return
        self.refresh()
        self.status_label.setText(self.tr("The improvement plan was made."))
        self.changes_made.emit(outcome.changes)
        if meeting_id is not None:
            # More goals below their minimum: offer the next plan from the same meeting.
            self._offer_plan(meeting_id)

    @Slot()
    def delete_meeting(self) -> bool:
        """Delete the chosen meeting, after asking; plans made at it are kept."""
        meeting = self._meeting
        if meeting is None:
            return False
        text = self.tr(
            "Delete the review meeting of %1 with its notes and the figures shown at it?"
        ).replace("%1", day_text(meeting.held_on))
        count = len(meeting.plans_raised)
        if count == 1:
            text += " " + self.tr("The improvement plan made at it is kept.")
        elif count > 1:
            text += " " + self.tr("The %1 improvement plans made at it are kept.").replace(
                "%1", str(count)
            )
        else:
            text += " " + self.tr("Improvement plans are not affected.")
        if not self._prompter.confirm(
            self.tr("Delete the meeting?"),
            text,
            yes=self.tr("Delete"),
            no=self.tr("Keep it"),
        ):
            return False
        try:
            outcome = self._reviews.delete_meeting(meeting.id)
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error), error_details(error))
            return False
        if not outcome.ok:
            self.refresh()
            self.status_label.setText(
                " ".join(dict.fromkeys(review_problem_text(p) for p in outcome.problems))
            )
            return False
        self.refresh()
        self.status_label.setText(self.tr("The meeting was deleted."))
        self.changes_made.emit(outcome.changes)
        return True

    @Slot()
    def _on_pack_button_clicked(self) -> None:
        key = self.selected_key()
        if key is not None:
            self.review_pack_requested.emit(key)

    # ------------------------------------------------------------------ changes

    def on_changes(self, changes: Changes) -> None:
        """Read everything again after a change to goals, staff, the policy or the file."""
        if changes.goals or changes.staff or changes.policy or changes.database:
            self.refresh()


__all__ = ["NEXT_MEETING", "FittedTable", "ReviewMeetingsView"]
