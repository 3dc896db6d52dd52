"""The improvement plans: every plan, open ones first, and the chosen plan with its actions.

A plan is made when a goal falls below its minimum; its actions have an owner, a due date and
a status. The list says for each plan how many actions are open and how many of those are
overdue (with a mark and words, never colour alone). The chosen plan shows its goal, why it
was made, the meeting it was made at, and its actions, which are added, changed, marked done,
dropped or removed here. A closed plan is read-only until it is reopened; its open actions
stay visible as not done.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.errors import UserFacingError
from policydesk.domain.goals import ActionStatus, PlanStatus
from policydesk.ui.dialogs.plan_dialog import ActionDialog, PlanDialog
from policydesk.ui.messages import error_details, error_text, error_title
from policydesk.ui.review_texts import (
    action_status_text,
    actions_count_text,
    day_text,
    plan_status_text,
    review_problem_text,
)

if TYPE_CHECKING:
    from policydesk.domain.changes import Changes
    from policydesk.services.complaints import ComplaintService
    from policydesk.services.goals import GoalsService
    from policydesk.services.reviews import ActionInfo, Outcome, PlanInfo, ReviewService
    from policydesk.ui.prompts import Prompter

_ID = Qt.ItemDataRole.UserRole


def _item(text: str, item_id: int | None = None, *, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)  # table items never interpret markup
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if item_id is not None:
        item.setData(_ID, item_id)
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item


def _label(name: str, text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


class ImprovementPlansView(QWidget):
    """The improvement plans and the chosen plan's actions.

    Args:
        reviews: the review service of the open file.
        goals: the goals service (the goals a new plan can be for).
        staff: the complaint service, whose staff list gives the actions' owners.
        prompter: shows messages and asks questions.
        parent: the view's parent.

    Signals:
        changes_made: a unit of work changed data (a ``Changes``).
    """

    changes_made = Signal(object)

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
        self._plans: list[PlanInfo] = []
        self._goal_count = 0
        self.dialog: QDialog | None = None
        self._build()
        self.refresh()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty_label = _label(
            "empty_label",
            self.tr(
                "No improvement plans yet. When a goal falls below its minimum, make a plan: "
                "what is to be done, who does it and by when. Open plans go on the next review "
                "meeting's agenda."
            ),
        )
        layout.addWidget(self.empty_label)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("plans_splitter")
        splitter.setChildrenCollapsible(False)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.plan_table = _table(
            "plan_table",
            [self.tr("Goal"), self.tr("Since"), self.tr("Actions"), self.tr("Status")],
        )
        self.plan_table.setMinimumHeight(90)
        top_layout.addWidget(self.plan_table, 1)
        plan_buttons = QHBoxLayout()
        self.new_plan_button = QPushButton(self.tr("New plan…"))
        self.new_plan_button.setObjectName("new_plan_button")
        self.close_plan_button = QPushButton(self.tr("Close plan…"))
        self.close_plan_button.setObjectName("close_plan_button")
        self.reopen_plan_button = QPushButton(self.tr("Reopen plan"))
        self.reopen_plan_button.setObjectName("reopen_plan_button")
        for button in (self.new_plan_button, self.close_plan_button, self.reopen_plan_button):
            plan_buttons.addWidget(button)
        plan_buttons.addStretch(1)
        top_layout.addLayout(plan_buttons)
        splitter.addWidget(top)

        detail = QWidget()
        self.detail = detail
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        # Why a plan was made can run to pages; it scrolls on its own so the actions stay put.
        texts = QWidget()
        texts_layout = QVBoxLayout(texts)
        texts_layout.setContentsMargins(0, 0, 4, 0)
        self.goal_label = _label("goal_label")
        font = self.goal_label.font()
        font.setBold(True)
        self.goal_label.setFont(font)
        texts_layout.addWidget(self.goal_label)
        # The short facts first: a long reason scrolls below them.
        self.meeting_label = _label("meeting_label")
        texts_layout.addWidget(self.meeting_label)
        self.closed_label = _label("closed_label")
        texts_layout.addWidget(self.closed_label)
        self.reason_label = _label("reason_label")
        texts_layout.addWidget(self.reason_label)
        texts_layout.addStretch(1)
        self.texts_area = QScrollArea()
        self.texts_area.setObjectName("texts_area")
        self.texts_area.setWidgetResizable(True)
        self.texts_area.setFrameShape(QFrame.Shape.NoFrame)
        self.texts_area.setWidget(texts)
        self.texts_area.setMinimumHeight(60)
        self.texts_area.setMaximumHeight(130)
        detail_layout.addWidget(self.texts_area)
        self.action_table = _table(
            "action_table",
            [
                self.tr("What"),
                self.tr("Who"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Done on"),
            ],
        )
        self.action_table.setMinimumHeight(90)
        detail_layout.addWidget(self.action_table, 1)
        action_buttons = QHBoxLayout()
        self.add_action_button = QPushButton(self.tr("Add action…"))
        self.add_action_button.setObjectName("add_action_button")
        self.edit_action_button = QPushButton(self.tr("Edit action…"))
        self.edit_action_button.setObjectName("edit_action_button")
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.setObjectName("done_button")
        self.drop_button = QPushButton(self.tr("Drop"))
        self.drop_button.setObjectName("drop_button")
        self.remove_action_button = QPushButton(self.tr("Remove action…"))
        self.remove_action_button.setObjectName("remove_action_button")
        self._action_buttons = (
            self.add_action_button,
            self.edit_action_button,
            self.done_button,
            self.drop_button,
            self.remove_action_button,
        )
        for button in self._action_buttons:
            action_buttons.addWidget(button)
        action_buttons.addStretch(1)
        detail_layout.addLayout(action_buttons)
        self.status_label = _label("status_label")
        detail_layout.addWidget(self.status_label)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        layout.addWidget(splitter, 1)

        self.plan_table.itemSelectionChanged.connect(self._on_plan_table_selection_changed)
        self.action_table.itemSelectionChanged.connect(self._on_action_table_selection_changed)
        self.action_table.itemDoubleClicked.connect(self._on_action_table_double_clicked)
        self.new_plan_button.clicked.connect(self.new_plan)
        self.close_plan_button.clicked.connect(self.close_plan)
        self.reopen_plan_button.clicked.connect(self.reopen_plan)
        self.add_action_button.clicked.connect(self.add_action)
        self.edit_action_button.clicked.connect(self.edit_action)
        self.done_button.clicked.connect(self.mark_done)
        self.drop_button.clicked.connect(self.drop_action)
        self.remove_action_button.clicked.connect(self.remove_action)

    # ------------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Read the plans again, keeping the chosen plan and action."""
        chosen = self.selected_plan_id()
        action = self.selected_action_id()
        try:
            self._plans = self._reviews.plans(include_closed=True)
            self._goal_count = len(self._goals.overview())
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error), error_details(error))
            return
        self._fill_plans()
        # Without plans the message replaces the lists; "New plan…" stays under it.
        has_plans = bool(self._plans)
        self.empty_label.setVisible(not has_plans)
        self.plan_table.setVisible(has_plans)
        self.detail.setVisible(has_plans)
        self.new_plan_button.setEnabled(self._goal_count > 0)
        self.new_plan_button.setToolTip(
            ""
            if self._goal_count
            else self.tr("Set goals in the policy first: a plan is made for a goal.")
        )
        if has_plans:
            target = chosen if any(plan.id == chosen for plan in self._plans) else None
            self.select_plan(target if target is not None else self._plans[0].id)
        self._show_plan()
        if action is not None:
            self.select_action(action)

    def selected_plan_id(self) -> int | None:
        """The chosen plan's id, if any."""
        rows = self.plan_table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.plan_table.item(rows[0].row(), 0)
        return item.data(_ID) if item is not None else None

    def selected_plan(self) -> PlanInfo | None:
        """The chosen plan, if any."""
        plan_id = self.selected_plan_id()
        return next((plan for plan in self._plans if plan.id == plan_id), None)

    def select_plan(self, plan_id: int) -> bool:
        """Choose a plan in the list; False when there is no such plan."""
        for row in range(self.plan_table.rowCount()):
            item = self.plan_table.item(row, 0)
            if item is not None and item.data(_ID) == plan_id:
                self.plan_table.selectRow(row)
                self.plan_table.scrollToItem(item)
                return True
        return False

    def selected_action_id(self) -> int | None:
        """The chosen action's id, if any."""
        rows = self.action_table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.action_table.item(rows[0].row(), 0)
        return item.data(_ID) if item is not None else None

    def selected_action(self) -> ActionInfo | None:
        """The chosen action, if any."""
        plan = self.selected_plan()
        action_id = self.selected_action_id()
        if plan is None or action_id is None:
            return None
        return next((action for action in plan.actions if action.id == action_id), None)

    def select_action(self, action_id: int) -> bool:
        """Choose an action of the chosen plan; False when it has no such action."""
        for row in range(self.action_table.rowCount()):
            item = self.action_table.item(row, 0)
            if item is not None and item.data(_ID) == action_id:
                self.action_table.selectRow(row)
                return True
        return False

    # ------------------------------------------------------------------ showing

    def _fill_plans(self) -> None:
        self.plan_table.blockSignals(True)
        try:
            self.plan_table.clearContents()
            self.plan_table.setRowCount(len(self._plans))
            for row, plan in enumerate(self._plans):
                cells = [
                    _item(plan.goal_title, plan.id),
                    _item(day_text(plan.created_on)),
                    _item(
                        actions_count_text(plan.open_actions, plan.overdue_actions),
                        bold=plan.overdue_actions > 0,
                    ),
                    _item(plan_status_text(plan.status, plan.closed_on)),
                ]
                for column, cell in enumerate(cells):
                    self.plan_table.setItem(row, column, cell)
        finally:
            self.plan_table.blockSignals(False)
        self.plan_table.resizeRowsToContents()

    def _show_plan(self) -> None:
        plan = self.selected_plan()
        if plan is None:
            self.goal_label.setText("")
            self.reason_label.setText("")
            self.meeting_label.setText("")
            self.closed_label.setText("")
            self._fill_actions(None)
            self._update_buttons()
            return
        self.goal_label.setText(self.tr("Improvement plan for %1").replace("%1", plan.goal_title))
        self.reason_label.setText(self.tr("Why: %1").replace("%1", plan.reason))
        if plan.meeting_id is not None:
            meeting = self.tr("Made at the review meeting of %1.").replace(
                "%1", day_text(plan.meeting_held_on)
            )
        else:
            meeting = self.tr("Made on %1, outside a review meeting.").replace(
                "%1", day_text(plan.created_on)
            )
        self.meeting_label.setText(meeting)
        if plan.status is PlanStatus.CLOSED:
            closed = self.tr("Closed on %1. Reopen it to change its actions.").replace(
                "%1", day_text(plan.closed_on)
            )
            if plan.open_actions:
                closed += " " + (
                    self.tr("1 action was not done.")
                    if plan.open_actions == 1
                    else self.tr("%1 actions were not done.").replace("%1", str(plan.open_actions))
                )
            self.closed_label.setText(closed)
        else:
            self.closed_label.setText("")
        self.closed_label.setVisible(plan.status is PlanStatus.CLOSED)
        self._fill_actions(plan)
        self._update_buttons()

    def _fill_actions(self, plan: PlanInfo | None) -> None:
        actions = plan.actions if plan is not None else ()
        self.action_table.blockSignals(True)
        try:
            self.action_table.clearContents()
            self.action_table.setRowCount(len(actions))
            for row, action in enumerate(actions):
                cells = [
                    _item(action.description, action.id),
                    _item(action.owner_name or "—"),
                    _item(day_text(action.due_on), bold=action.overdue),
                    _item(
                        action_status_text(action.status, overdue=action.overdue),
                        bold=action.overdue,
                    ),
                    _item(day_text(action.done_on) if action.done_on else "—"),
                ]
                for column, cell in enumerate(cells):
                    self.action_table.setItem(row, column, cell)
        finally:
            self.action_table.blockSignals(False)
        self.action_table.resizeRowsToContents()

    def _update_buttons(self) -> None:
        plan = self.selected_plan()
        action = self.selected_action()
        is_open = plan is not None and plan.status is PlanStatus.OPEN
        self.close_plan_button.setEnabled(is_open)
        self.reopen_plan_button.setEnabled(plan is not None and not is_open)
        self.add_action_button.setEnabled(is_open)
        self.edit_action_button.setEnabled(is_open and action is not None)
        self.remove_action_button.setEnabled(is_open and action is not None)
        self.done_button.setEnabled(
            is_open and action is not None and action.status is not ActionStatus.DONE
        )
        # A done action stays done; only what is still open can be given up.
        self.drop_button.setEnabled(
            is_open and action is not None and action.status is ActionStatus.OPEN
        )
        if plan is not None and not is_open:
            why = self.tr("This plan is closed. Reopen it to change its actions.")
            for button in self._action_buttons:
                button.setToolTip(why)
            return
        pick = self.tr("Choose an action in the list first.") if action is None else ""
        self.add_action_button.setToolTip(self.tr("Add an action to this plan."))
        self.edit_action_button.setToolTip(pick)
        self.remove_action_button.setToolTip(
            pick
            or self.tr("Remove an action typed by mistake. An action given up is better dropped.")
        )
        self.done_button.setToolTip(pick)
        self.drop_button.setToolTip(
            pick or self.tr("Give the action up; it stays in the plan, marked as dropped.")
        )

    # ------------------------------------------------------------------ slots

    @Slot()
    def _on_plan_table_selection_changed(self) -> None:
        self.status_label.setText("")
        self._show_plan()

    @Slot()
    def _on_action_table_selection_changed(self) -> None:
        self._update_buttons()

    @Slot(QTableWidgetItem)
    def _on_action_table_double_clicked(self, _item: QTableWidgetItem) -> None:
        if self.edit_action_button.isEnabled():
            self.edit_action()

    # ------------------------------------------------------------------ plans

    @Slot()
    def new_plan(self, goal_id: int | None = None) -> PlanDialog | None:
        """Open the dialog for a new plan (for ``goal_id``, or the first goal needing one)."""
        try:
            goals = self._goals.overview()
            staff = self._staff.staff()
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error), error_details(error))
            return None
        if not goals:
            return None
        dialog = PlanDialog(
            self._reviews, goals, staff, self._prompter, goal_id=goal_id, parent=self
        )
        dialog.accepted.connect(lambda: self._on_dialog_saved(dialog, plan=True))
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def close_plan(self) -> bool:
        """Close the chosen plan, after asking; its open actions stay, shown as not done."""
        plan = self.selected_plan()
        if plan is None or plan.status is not PlanStatus.OPEN:
            return False
        text = self.tr("Close the improvement plan for %1?").replace("%1", plan.goal_title)
        if plan.open_actions == 1:
            text += " " + self.tr(
                "1 action is still open. It stays in the plan, shown as not done."
            )
        elif plan.open_actions > 1:
            text += " " + self.tr(
                "%1 actions are still open. They stay in the plan, shown as not done."
            ).replace("%1", str(plan.open_actions))
        if not self._prompter.confirm(
            self.tr("Close the plan?"),
            text,
            yes=self.tr("Close the plan"),
            no=self.tr("Keep it open"),
        ):
            return False
        return self._apply(
            lambda: self._reviews.close_plan(plan.id), self.tr("The plan was closed.")
        )

    @Slot()
    def reopen_plan(self) -> bool:
        """Open the chosen closed plan again."""
        plan = self.selected_plan()
        if plan is None or plan.status is PlanStatus.OPEN:
            return False
        return self._apply(
            lambda: self._reviews.reopen_plan(plan.id), self.tr("The plan is open again.")
        )

    # ------------------------------------------------------------------ actions

    @Slot()
    def add_action(self) -> ActionDialog | None:
        """Open the dialog for a new action in the chosen (open) plan."""
        plan = self.selected_plan()
        if plan is None or plan.status is not PlanStatus.OPEN:
            return None
        return self._open_action_dialog(plan.id, None)

    @Slot()
    def edit_action(self) -> ActionDialog | None:
        """Open the dialog for the chosen action."""
        plan = self.selected_plan()
        action = self.selected_action()
        if plan is None or action is None or plan.status is not PlanStatus.OPEN:
            return None
        return self._open_action_dialog(plan.id, action)

    def _open_action_dialog(self, plan_id: int, action: ActionInfo | None) -> ActionDialog | None:
        try:
            staff = self._staff.staff()
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error), error_details(error))
            return None
        dialog = ActionDialog(self._reviews, staff, self._prompter, plan_id, action, parent=self)
        dialog.accepted.connect(lambda: self._on_dialog_saved(dialog, plan=False))
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def mark_done(self) -> bool:
        """Mark the chosen action done (today)."""
        return self._set_status(ActionStatus.DONE, self.tr("The action is marked done."))

    @Slot()
    def drop_action(self) -> bool:
        """Give the chosen action up; it stays in the plan as dropped."""
        return self._set_status(ActionStatus.DROPPED, self.tr("The action was dropped."))

    def _set_status(self, status: ActionStatus, done_text: str) -> bool:
        plan = self.selected_plan()
        action = self.selected_action()
        if plan is None or action is None or plan.status is not PlanStatus.OPEN:
            return False
        return self._apply(
            lambda: self._reviews.set_action_status(action.id, status.value), done_text
        )

    @Slot()
    def remove_action(self) -> bool:
        """Remove the chosen action, after asking (for an action typed by mistake)."""
        plan = self.selected_plan()
        action = self.selected_action()
        if plan is None or action is None or plan.status is not PlanStatus.OPEN:
            return False
        if not self._prompter.confirm(
            self.tr("Remove the action?"),
            self.tr(
                "Remove “%1” from the plan? Remove only an action typed by mistake: an action "
                "given up is better dropped, so the plan shows it."
            ).replace("%1", action.description),
            yes=self.tr("Remove"),
            no=self.tr("Keep it"),
        ):
            return False
        return self._apply(
            lambda: self._reviews.delete_action(action.id), self.tr("The action was removed.")
        )

    # ------------------------------------------------------------------ changes

    def _apply(self, change: Callable[[], Outcome], done_text: str) -> bool:
        """Run one change; refresh and tell the page, or say why nothing changed."""
        try:
            outcome = change()
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error), error_details(error))
            return False
        if not outcome.ok:
            text = " ".join(dict.fromkeys(review_problem_text(p) for p in outcome.problems))
            self.refresh()
            self.status_label.setText(self.tr("Nothing was changed: %1").replace("%1", text))
            return False
        self.refresh()
        self.status_label.setText(done_text)
        self.changes_made.emit(outcome.changes)
        return True

    def _on_dialog_saved(self, dialog: QDialog, *, plan: bool) -> None:
        outcome = getattr(dialog, "outcome", None)
        dialog.deleteLater()
        if self.dialog is dialog:
            self.dialog = None
        if outcome is None:
            return
        self.refresh()
        if plan and outcome.id is not None:
            self.select_plan(outcome.id)
            self.status_label.setText(self.tr("The plan was made."))
        elif outcome.id is not None:
            self.select_action(outcome.id)
            self.status_label.setText(self.tr("The action was saved."))
        self.changes_made.emit(outcome.changes)

    def on_changes(self, changes: Changes) -> None:
        """Read the plans again after a change to goals, staff, the policy or the file."""
        if changes.goals or changes.staff or changes.policy or changes.database:
            self.refresh()


__all__ = ["ImprovementPlansView"]
