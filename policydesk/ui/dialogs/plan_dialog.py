"""Make an improvement plan, and add or change one of its actions.

:class:`PlanDialog` asks for the goal, why the plan is made (prefilled with the figure that
fell below the minimum) and the first actions, each with what is to be done, who does it and
by when; :meth:`ReviewService.create_plan` stores it all or nothing. :class:`ActionDialog`
adds one action to a plan, or changes one (what, who, by when, and whether it is done).
Problems are worded under the fields they are about, and nothing typed is lost while one
stands.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.errors import UserFacingError
from policydesk.domain.goal_followup import GoalStanding
from policydesk.domain.goals import ActionStatus
from policydesk.domain.reviews import ActionDraft
from policydesk.ui.dialogs.meeting_dialog import show_problem_lines
from policydesk.ui.forms import problem_label, save_cancel_buttons
from policydesk.ui.messages import error_details, error_text, error_title
from policydesk.ui.review_texts import (
    action_status_choice,
    day_text,
    field_of,
    number_text,
    period_text,
    qdate,
    review_problem_text,
)

if TYPE_CHECKING:
    from policydesk.domain.staff import StaffMember
    from policydesk.services.goals import GoalOverview
    from policydesk.services.reviews import ActionInfo, Outcome, ReviewService
    from policydesk.ui.prompts import Prompter

translate = QCoreApplication.translate
# One day before the earliest date the service accepts: the date box shows it as "no date".
_NO_DATE = QDate(1989, 12, 31)


def reason_sentence(goal: GoalOverview) -> str:
    """Why a plan is needed, in words made from the goal's latest figure.

    For example "October 2026: 72.5 % against a minimum of 80 %."; empty when the goal is not
    below its minimum.
    """
    if (
        goal.standing is not GoalStanding.BELOW_MINIMUM
        or goal.latest_value is None
        or goal.latest_period is None
        or goal.minimum is None
    ):
        return ""
    return (
        translate("PlanDialog", "%1: %2 against a minimum of %3.")
        .replace("%1", period_text(goal.latest_period, long_month=True))
        .replace("%2", number_text(goal.latest_value, goal.unit))
        .replace("%3", number_text(goal.minimum, goal.unit))
    )


def _action_draft(
    description: str, owner_id: int | None, due_on: date | None, status: ActionStatus
) -> ActionDraft:
    return ActionDraft(description, owner_id, due_on, status)


class DueDateEdit(QDateEdit):
    """A date box that can also hold "no date" (shown as a word, read as None).

    Its calendar opens at today's month when no date is chosen, and the arrow keys start
    from today, rather than from the placeholder day underneath.
    """

    def __init__(self, today: date, due_on: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._today = today
        self.setCalendarPopup(True)
        self.setMinimumDate(_NO_DATE)
        self.setMaximumDate(QDate(9999, 12, 31))
        self.setSpecialValueText(self.tr("No date"))
        self.set_due_on(due_on)
        self.calendarWidget().installEventFilter(self)

    def due_on(self) -> date | None:
        """The chosen day, or None."""
        if self.date() == _NO_DATE:
            return None
        chosen = self.date().toPython()
        assert isinstance(chosen, date)
        return chosen

    def set_due_on(self, day: date | None) -> None:
        """Choose a day, or no date."""
        self.setDate(_NO_DATE if day is None else qdate(day))

    def stepBy(self, steps: int) -> None:
        if self.date() == _NO_DATE:
            self.setDate(qdate(self._today))
            return
        super().stepBy(steps)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.date() == _NO_DATE:
            self.calendarWidget().setCurrentPage(self._today.year, self._today.month)
        return super().eventFilter(watched, event)


def _owner_combo(
    staff: Sequence[StaffMember], owner_id: int | None = None, owner_name: str = ""
) -> QComboBox:
    combo = QComboBox()
    combo.addItem(translate("PlanDialog", "Nobody yet"), None)
    for member in staff:
        combo.addItem(member.name, member.id)
    if owner_id is not None and combo.findData(owner_id) < 0:
        # Someone who has left keeps the actions they had, until they are handed on.
        combo.addItem(
            translate("PlanDialog", "%1 (no longer on the staff)").replace("%1", owner_name or "?"),
            owner_id,
        )
    combo.setCurrentIndex(max(0, combo.findData(owner_id)) if owner_id is not None else 0)
    return combo


class ActionRow(QWidget):
    """One action typed in the plan dialog: what, who, by when, and its problems."""

    remove_requested = Signal(QWidget)

    def __init__(self, staff: Sequence[StaffMember], today: date, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(2)
        self.description_edit = QLineEdit()
        self.description_edit.setObjectName("description_edit")
        self.description_edit.setPlaceholderText(self.tr("What is to be done"))
        self.description_edit.setAccessibleName(self.tr("What is to be done"))
        self.owner_combo = _owner_combo(staff)
        self.owner_combo.setObjectName("owner_combo")
        self.owner_combo.setAccessibleName(self.tr("Who does it"))
        self.due_edit = DueDateEdit(today)
        self.due_edit.setObjectName("due_edit")
        self.due_edit.setAccessibleName(self.tr("Due by"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("remove_button")
        self.remove_button.setAccessibleName(self.tr("Remove this action"))
        layout.addWidget(self.description_edit, 0, 0)
        layout.addWidget(self.owner_combo, 0, 1)
        layout.addWidget(self.due_edit, 0, 2)
        layout.addWidget(self.remove_button, 0, 3)
        layout.setColumnStretch(0, 1)
        self.problem_label = problem_label("action_problem")
        layout.addWidget(self.problem_label, 1, 0, 1, 4)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

    def is_blank(self) -> bool:
        """Whether nothing was typed or chosen in the row (it is then left out)."""
        return (
            not self.description_edit.text().strip()
            and self.owner_combo.currentData() is None
            and self.due_edit.due_on() is None
        )

    def draft(self) -> ActionDraft:
        """The action as typed."""
        return _action_draft(
            self.description_edit.text(),
            self.owner_combo.currentData(),
            self.due_edit.due_on(),
            ActionStatus.OPEN,
        )


class PlanDialog(QDialog):
    """Asks for a new improvement plan and its first actions, and stores them.

    Args:
        reviews: the review service.
        goals: the goals to choose from (the goals overview).
        staff: the current staff, offered as owners of actions.
        prompter: tells about a file that cannot be written.
        goal_id: the goal to start with (otherwise the first one that needs a plan).
        meeting_id: the meeting the plan is made at, if any.
        meeting_held_on: that meeting's day, to show.
        parent: the dialog's parent.

    Attributes:
        outcome: the stored plan's outcome, once saved.
    """

    def __init__(
        self,
        reviews: ReviewService,
        goals: Sequence[GoalOverview],
        staff: Sequence[StaffMember],
        prompter: Prompter,
        *,
        goal_id: int | None = None,
        meeting_id: int | None = None,
        meeting_held_on: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reviews = reviews
        self._goals = list(goals)
        self._staff = list(staff)
        self._prompter = prompter
        self._meeting_id = meeting_id
        self._today = reviews.today()
        self._suggested = ""
        self._sent: list[ActionRow] = []
        self.outcome: Outcome | None = None
        self.rows: list[ActionRow] = []
        self.setWindowTitle(self.tr("Make an improvement plan"))
        layout = QVBoxLayout(self)

        self.meeting_label = QLabel()
        self.meeting_label.setObjectName("meeting_label")
        self.meeting_label.setWordWrap(True)
        if meeting_id is not None:
            self.meeting_label.setText(
                self.tr("Made at the review meeting of %1.").replace(
                    "%1", day_text(meeting_held_on)
                )
            )
        self.meeting_label.setVisible(meeting_id is not None)
        layout.addWidget(self.meeting_label)

        form = QFormLayout()
        self.problem_labels: dict[str, QLabel] = {}
        self.goal_combo = QComboBox()
        self.goal_combo.setObjectName("goal_combo")
        self.goal_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.goal_combo.setMinimumContentsLength(30)
        for goal in self._goals:
            text = goal.title
            if goal.has_open_plan:
                text = self.tr("%1 (has an open plan)").replace("%1", goal.title)
            elif goal.plan_required:
                text = self.tr("%1 (below its minimum)").replace("%1", goal.title)
            self.goal_combo.addItem(text, goal.id)
        form.addRow(self.tr("Goal:"), self._with_problems(self.goal_combo, "goal"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMinimumHeight(60)
        self.reason_edit.setMaximumHeight(110)
        self.reason_edit.setPlaceholderText(
            self.tr("Why the plan is made: the figure, and what is behind it")
        )
        form.addRow(self.tr("Why:"), self._with_problems(self.reason_edit, "reason"))
        layout.addLayout(form)

        actions_title = QLabel(self.tr("Actions: what is to be done, who does it, by when"))
        actions_title.setObjectName("actions_title")
        actions_title.setWordWrap(True)
        layout.addWidget(actions_title)
        self.rows_widget = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_widget)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.addStretch(1)
        self.rows_area = QScrollArea()
        self.rows_area.setObjectName("rows_area")
        self.rows_area.setWidgetResizable(True)
        self.rows_area.setWidget(self.rows_widget)
        self.rows_area.setMinimumHeight(90)
        layout.addWidget(self.rows_area, 1)
        add_line = QHBoxLayout()
        self.add_row_button = QPushButton(self.tr("Add an action"))
        self.add_row_button.setObjectName("add_row_button")
        add_line.addWidget(self.add_row_button)
        add_line.addStretch(1)
        layout.addLayout(add_line)

        self.problems_label = problem_label("problems_label")
        layout.addWidget(self.problems_label)
        self.buttons, self.save_button = save_cancel_buttons(
            self, self.tr("Make the plan"), self.save
        )
        layout.addWidget(self.buttons)

        self.goal_combo.currentIndexChanged.connect(self._on_goal_combo_changed)
        self.add_row_button.clicked.connect(self.add_row)
        start = goal_id
        if start is None:
            start = next((goal.id for goal in self._goals if goal.plan_required), None)
        index = self.goal_combo.findData(start) if start is not None else -1
        self.goal_combo.setCurrentIndex(max(index, 0) if self._goals else -1)
        self._on_goal_combo_changed()
        self.add_row()
        self.resize(720, 520)

    def _with_problems(self, widget: QWidget, field: str) -> QWidget:
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(2)
        box_layout.addWidget(widget)
        label = problem_label(f"{field}_problem")
        box_layout.addWidget(label)
        self.problem_labels[field] = label
        return box

    def chosen_goal(self) -> GoalOverview | None:
        """The goal chosen in the list."""
        goal_id = self.goal_combo.currentData()
        return next((goal for goal in self._goals if goal.id == goal_id), None)

    @Slot()
    def _on_goal_combo_changed(self) -> None:
        goal = self.chosen_goal()
        suggestion = reason_sentence(goal) if goal is not None else ""
        # Replace only what the dialog itself proposed: never text the user typed.
        if self.reason_edit.toPlainText().strip() in ("", self._suggested.strip()):
            self.reason_edit.setPlainText(suggestion)
        self._suggested = suggestion

    @Slot()
    def add_row(self) -> ActionRow:
        """Add an empty action row and put the cursor in it."""
        row = ActionRow(self._staff, self._today)
        row.setObjectName(f"action_row_{len(self.rows)}")
        row.remove_requested.connect(self._on_row_remove_requested)
        self.rows.append(row)
        self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
        row.description_edit.setFocus()
        return row

    @Slot(QWidget)
    def _on_row_remove_requested(self, row: QWidget) -> None:
        self.remove_row(row)

    def remove_row(self, row: QWidget) -> None:
        """Take an action row out of the plan."""
        if row not in self.rows:
            return
        assert isinstance(row, ActionRow)
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.deleteLater()

    @Slot()
    def save(self) -> bool:
        """Store the plan with its actions; on a problem say what is wrong and stay open."""
        goal = self.chosen_goal()
        if goal is None:
            show_problem_lines(
                self.problem_labels["goal"],
                [self.tr("Choose the goal the plan is for.")],
            )
            return False
        self._sent = [row for row in self.rows if not row.is_blank()]
        try:
            outcome = self._reviews.create_plan(
                goal.id,
                self.reason_edit.toPlainText(),
                meeting_id=self._meeting_id,
                actions=[row.draft() for row in self._sent],
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
        fields: dict[str, list[str]] = {}
        rows: dict[int, list[str]] = {}
        for problem in outcome.problems:
            index, field = field_of(problem)
            text = review_problem_text(problem)
            if index is not None and index < len(self._sent):
                rows.setdefault(index, []).append(text)
            elif field in self.problem_labels and index is None:
                fields.setdefault(field, []).append(text)
            else:
                fields.setdefault("", []).append(text)
        for field, label in self.problem_labels.items():
            show_problem_lines(label, fields.get(field, []))
        show_problem_lines(self.problems_label, fields.get("", []))
        for row in self.rows:
            show_problem_lines(row.problem_label, [])
        for index, lines in rows.items():
            show_problem_lines(self._sent[index].problem_label, lines)
        if rows:
            first = self._sent[min(rows)]
            self.rows_area.ensureWidgetVisible(first)
            first.description_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif "reason" in fields:
            self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)


class ActionDialog(QDialog):
    """Adds an action to an improvement plan, or changes one.

    Args:
        reviews: the review service.
        staff: the current staff, offered as owners.
        prompter: tells about a file that cannot be written.
        plan_id: the plan to add the action to.
        action: the action to change; None to add one.
        parent: the dialog's parent.

    Attributes:
        outcome: the stored action's outcome, once saved.
    """

    def __init__(
        self,
        reviews: ReviewService,
        staff: Sequence[StaffMember],
        prompter: Prompter,
        plan_id: int,
        action: ActionInfo | None = None,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reviews = reviews
        self._prompter = prompter
        self._plan_id = plan_id
        self._action = action
        self.outcome: Outcome | None = None
        today = reviews.today()
        self.setWindowTitle(
            self.tr("Add an action") if action is None else self.tr("Edit the action")
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.problem_labels: dict[str, QLabel] = {}
        self.description_edit = QLineEdit(action.description if action else "")
        self.description_edit.setObjectName("description_edit")
        self.description_edit.setPlaceholderText(self.tr("What is to be done"))
        form.addRow(self.tr("What:"), self._with_problems(self.description_edit, "description"))
        self.owner_combo = _owner_combo(
            staff, action.owner_id if action else None, action.owner_name if action else ""
        )
        self.owner_combo.setObjectName("owner_combo")
        form.addRow(self.tr("Who:"), self._with_problems(self.owner_combo, "owner"))
        # A new action starts without a date: by when is a promise the user makes, not us.
        self.due_edit = DueDateEdit(today, action.due_on if action else None)
        self.due_edit.setObjectName("due_edit")
        self.due_edit.setMinimumWidth(160)
        self.due_edit.setMaximumWidth(240)
        form.addRow(self.tr("Due by:"), self._with_problems(self.due_edit, "due_on"))
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("status_combo")
        for status in ActionStatus:
            self.status_combo.addItem(action_status_choice(status), status.value)
        self.status_combo.setCurrentIndex(
            self.status_combo.findData((action.status if action else ActionStatus.OPEN).value)
        )
        form.addRow(self.tr("Status:"), self._with_problems(self.status_combo, "status"))
        layout.addLayout(form)
        layout.addStretch(1)
        self.problems_label = problem_label("problems_label")
        layout.addWidget(self.problems_label)
        self.buttons, self.save_button = save_cancel_buttons(self, self.tr("Save"), self.save)
        layout.addWidget(self.buttons)
        self.resize(520, 240)
        self.description_edit.setFocus()

    def _with_problems(self, widget: QWidget, field: str) -> QWidget:
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(2)
        box_layout.addWidget(widget)
        label = problem_label(f"{field}_problem")
        box_layout.addWidget(label)
        self.problem_labels[field] = label
        return box

    @Slot()
    def save(self) -> bool:
        """Store the action; on a problem say what is wrong under the field and stay open."""
        draft = _action_draft(
            self.description_edit.text(),
            self.owner_combo.currentData(),
            self.due_edit.due_on(),
            ActionStatus(self.status_combo.currentData()),
        )
        try:
            if self._action is None:
                outcome = self._reviews.add_action(self._plan_id, draft)
            else:
                outcome = self._reviews.update_action(self._action.id, draft)
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error), error_details(error))
            return False
        if not outcome.ok:
            by_field: dict[str, list[str]] = {}
            for problem in outcome.problems:
                field = problem.field if problem.field in self.problem_labels else ""
                by_field.setdefault(field, []).append(review_problem_text(problem))
            for field, label in self.problem_labels.items():
                show_problem_lines(label, by_field.get(field, []))
            show_problem_lines(self.problems_label, by_field.get("", []))
            return False
        self.outcome = outcome
        self.accept()
        return True


__all__ = ["ActionDialog", "ActionRow", "DueDateEdit", "PlanDialog", "reason_sentence"]
