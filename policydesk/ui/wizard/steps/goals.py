"""Step 5, goals and promises: at least one measurable goal per top problem.

The step lists the goals in force in a table and shows the draft's top problems with the goals
that cover them, so a problem without a goal stands out. Goals are added from templates (see
:mod:`policydesk.ui.wizard.goal_dialog`), edited in the goal dialog and retired when they no
longer apply; each of these is one save through the policy service.

Goals belong to the policy in force rather than to one version (their measurements keep coming
in whatever the policy says), so an approved version shows the goals as they were approved.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Slot
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.errors import UserFacingError
from policydesk.domain.goals import Direction, GoalTemplate
from policydesk.domain.policy import PolicyStep
from policydesk.domain.policy_content import (
    GoalEntry,
    PolicyContent,
    PolicyProblem,
    TopProblemEntry,
)
from policydesk.domain.staff import StaffMember
from policydesk.ui.forms import PROBLEM_STYLE
from policydesk.ui.messages import error_text, error_title
from policydesk.ui.wizard import policy_texts as texts
from policydesk.ui.wizard.goal_dialog import GoalDialog, goal_preset
from policydesk.ui.wizard.step_page import StepPage, WizardContext

if TYPE_CHECKING:
    from policydesk.services.policy import PolicyState, SaveResult

translate = QCoreApplication.translate

GOAL_ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = 7
(
    TITLE_COLUMN,
    TARGET_COLUMN,
    MINIMUM_COLUMN,
    BASELINE_COLUMN,
    OWNER_COLUMN,
    CADENCE_COLUMN,
    PROBLEM_COLUMN,
) = range(COLUMNS)
_TABLE_MIN_HEIGHT = 90
_TABLE_MAX_HEIGHT = 420
_COVERED_STYLE = "color: #1e7b34; font-weight: bold;"
_UNCOVERED_STYLE = "color: #b3261e; font-weight: bold;"


def format_number(value: float | None, unit: str = "") -> str:
    """A goal's figure with its unit, in the user's locale ("80 %", "7,5 %", "—")."""
    if value is None:
        return "—"
    locale = QLocale()
    text = locale.toString(int(value)) if value == int(value) else locale.toString(value, "g", 12)
    unit = unit.strip()
    # A non-breaking space keeps "80 %" on one line.
    return f"{text}\u00a0{unit}" if unit else text


def _format_day(day: date | None) -> str:
    if day is None:
        return "…"
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def baseline_text(goal: GoalEntry) -> str:
    """The baseline of a goal as the table shows it."""
    if goal.baseline_months is not None:
        return translate("GoalsStep", "Measure first for %1 months").replace(
            "%1", QLocale().toString(goal.baseline_months)
        )
    if goal.baseline_value is not None:
        text = format_number(goal.baseline_value, goal.unit)
        if goal.baseline_from or goal.baseline_to:
            text += f" ({_format_day(goal.baseline_from)} – {_format_day(goal.baseline_to)})"
        return text
    return "—"


def minimum_text(goal: GoalEntry) -> str:
    """The minimum level with the sign of its direction ("≥ 70 %", "≤ 8 %")."""
    if goal.minimum_value is None:
        return "—"
    sign = "≥" if goal.direction is Direction.HIGHER_IS_BETTER else "≤"
    return f"{sign} {format_number(goal.minimum_value, goal.unit)}"


class GoalsStep(StepPage):
    """The goals in force, the top problems they cover, and buttons to add, edit and retire.

    Attributes:
        goals: the goals shown, in the table's order.
        top_problems: the draft's top problems that have something written.
        goal_dialog: the goal dialog while it is open (tests fill it in).
    """

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(PolicyStep.GOALS, context, parent)
        self.goals: list[GoalEntry] = []
        self.top_problems: list[TopProblemEntry] = []
        self.goal_dialog: GoalDialog | None = None
        self.problem_labels: dict[int, QLabel] = {}
        self.problem_add_buttons: dict[int, QPushButton] = {}
        self._read_only = False
        self.set_guidance(
            translate(
                "GoalsStep",
                "<p>Turn each of your top problems into at least one promise you can measure. "
                "Say exactly what is counted and how, so that the figure means the same every "
                "time you look at it.</p>"
                "<ul>"
                "<li><b>Baseline first.</b> If you have never measured it, measure it for a "
                "few months before you promise a figure; then agree the minimum and the target "
                "on what you saw.</li>"
                "<li>The <b>minimum level</b> is the level you must never fall below. The "
                "<b>target</b> is what you aim for.</li>"
                "<li>Choose something your own decisions can change (staffing, routines, "
                "tools), and name one person who keeps an eye on it.</li>"
                "</ul>"
                "<p><i>Example from a bike shop:</i> 80 % of calls answered within 30 seconds, "
                "never below 70 %. Measured each month from the phone system; callers who hang "
                "up within 5 seconds are left out. Owner: the shop manager. Reviewed "
                "monthly.</p>",
            )
        )
        self.add_widget(self._build_problem_box())
        self.add_widget(self._build_goal_list())
        self.finish()

    # ------------------------------------------------------------------ building

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    def _build_problem_box(self) -> QWidget:
        box = QFrame()
        box.setObjectName("problem_box")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(box)
        column.setContentsMargins(10, 8, 10, 10)
        column.addWidget(self._heading(translate("GoalsStep", "Your top problems and their goals")))
        self.no_problems_label = QLabel(
            translate(
                "GoalsStep",
                "You have not named your three most important problems yet. Name them in step "
                "3, Customer needs; then give each one a goal here.",
            )
        )
        self.no_problems_label.setObjectName("no_problems_label")
        self.no_problems_label.setWordWrap(True)
        column.addWidget(self.no_problems_label)
        self.go_to_needs_button = QPushButton(translate("GoalsStep", "Go to Customer Needs"))
        self.go_to_needs_button.setObjectName("go_to_needs_button")
        self.go_to_needs_button.clicked.connect(lambda: self.context.go_to_step(PolicyStep.NEEDS))
        row = QHBoxLayout()
        row.addWidget(self.go_to_needs_button)
        row.addStretch(1)
        column.addLayout(row)
        self.problem_grid = QGridLayout()
        self.problem_grid.setColumnStretch(0, 3)
        self.problem_grid.setColumnStretch(1, 2)
        self.problem_grid.setHorizontalSpacing(12)
        column.addLayout(self.problem_grid)
        return box

    def _build_goal_list(self) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(self._heading(translate("GoalsStep", "Goals in force")))
        self.goal_table = QTableWidget(0, COLUMNS)
        self.goal_table.setObjectName("goal_table")
        self.goal_table.setHorizontalHeaderLabels(
            [
                translate("GoalsStep", "Goal"),
                translate("GoalsStep", "Target"),
                translate("GoalsStep", "Minimum"),
                translate("GoalsStep", "Baseline"),
                translate("GoalsStep", "Owner"),
                translate("GoalsStep", "Review"),
                translate("GoalsStep", "Top problem"),
            ]
        )
        self.goal_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.goal_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.goal_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.goal_table.setWordWrap(True)
        self.goal_table.verticalHeader().hide()
        header = self.goal_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(BASELINE_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PROBLEM_COLUMN, QHeaderView.ResizeMode.Interactive)
        self.goal_table.setColumnWidth(BASELINE_COLUMN, 170)
        self.goal_table.setColumnWidth(PROBLEM_COLUMN, 150)
        self.goal_table.itemSelectionChanged.connect(self._on_goal_table_selection_changed)
        self.goal_table.itemDoubleClicked.connect(self._on_goal_table_item_double_clicked)
        column.addWidget(self.goal_table)
        self.empty_label = QLabel(
            translate(
                "GoalsStep",
                "No goals yet. Press Add Goal and start from a template: it fills in a title, "
                "what is measured and how, and the unit, for you to adapt.",
            )
        )
        self.empty_label.setObjectName("empty_label")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(placeholder-text);")
        column.addWidget(self.empty_label)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("GoalsStep", "Add Goal"))
        self.add_button.setObjectName("add_button")
        self.add_menu = self._template_menu(None)
        self.add_menu.setObjectName("add_menu")
        self.add_button.setMenu(self.add_menu)
        buttons.addWidget(self.add_button)
        self.edit_button = QPushButton(translate("GoalsStep", "Edit…"))
        self.edit_button.setObjectName("edit_button")
        self.edit_button.clicked.connect(self.edit_selected)
        buttons.addWidget(self.edit_button)
        self.retire_button = QPushButton(translate("GoalsStep", "Retire…"))
        self.retire_button.setObjectName("retire_button")
        self.retire_button.setToolTip(
            translate(
                "GoalsStep",
                "Take the goal out of the policy in force; its measurements are kept.",
            )
        )
        self.retire_button.clicked.connect(self.retire_selected)
        buttons.addWidget(self.retire_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.list_problem_label = QLabel()
        self.list_problem_label.setObjectName("problem")
        self.list_problem_label.setWordWrap(True)
        self.list_problem_label.setStyleSheet(PROBLEM_STYLE)
        self.list_problem_label.hide()
        column.addWidget(self.list_problem_label)
        return holder

    def _template_menu(self, rank: int | None) -> QMenu:
        menu = QMenu(self)
        for template in GoalTemplate:
            action = QAction(texts.template_label(template), menu)
            action.setData(template.value)
            action.triggered.connect(
                lambda _checked=False, chosen=template: self.add_goal(chosen, rank)
            )
            menu.addAction(action)
        return menu

    # ------------------------------------------------------------------ the house rule

    def load(self, state: PolicyState) -> None:
        """Show the goals and the top problems of ``state``'s version."""
        super().load(state)
        self._show_content(state.content)

    def on_shown(self) -> None:
        """The top problems may have changed in step 3 since the page was filled."""
        self.reload()

    def set_read_only(self, read_only: bool) -> None:
        """An approved version's goals can be looked at, not added, changed or retired."""
        super().set_read_only(read_only)
        self._read_only = read_only
        self._update_buttons()
        for button in self.problem_add_buttons.values():
            button.setEnabled(not read_only)

    def focus_answer(self, key: str) -> None:
        """Show a goal the review links to (``goal.<id>[.<field>]``), or the goal list."""
        head, _, rest = key.partition(".")
        if head not in ("goal", "goals"):
            super().focus_answer(key)
            return
        goal_id = rest.partition(".")[0]
        if goal_id.isdigit():
            self.select_goal(int(goal_id))
        self.scroll_area.ensureWidgetVisible(self.goal_table if self.goals else self.add_button)
        (self.goal_table if self.goals else self.add_button).setFocus()

    def reload(self) -> None:
        """Read the version's goals and top problems again and show them."""
        if not self.context.version_id:
            return
        try:
            content = self.context.policy.content_of(self.context.version_id)
        except UserFacingError as error:
            self.context.prompter.error(error_title(error), error_text(error))
            return
        if content is not None:
            self._show_content(content)

    # ------------------------------------------------------------------ showing

    def _show_content(self, content: PolicyContent, select_id: int | None = None) -> None:
        if select_id is None:
            chosen = self.selected_goal()
            select_id = chosen.id if chosen is not None else None
        self.goals = list(content.goals)
        self.top_problems = sorted(
            (problem for problem in content.top_problems if not problem.is_empty),
            key=lambda problem: problem.rank,
        )
        self._fill_table(select_id)
        self._fill_problems()
        self._update_buttons()

    def _fill_table(self, select_id: int | None) -> None:
        table = self.goal_table
        table.blockSignals(True)
        table.clearContents()
        table.setRowCount(len(self.goals))
        titles = {problem.rank: problem.title.strip() for problem in self.top_problems}
        selected_row = -1
        for row, goal in enumerate(self.goals):
            rank = goal.top_problem_rank
            if rank is None:
                problem = "—"
            elif titles.get(rank):
                problem = f"{rank}. {titles[rank]}"
            else:
                problem = translate("GoalsStep", "Top problem %1").replace(
                    "%1", QLocale().toString(rank)
                )
            cells = [
                goal.title,
                format_number(goal.target_value, goal.unit),
                minimum_text(goal),
                baseline_text(goal),
                goal.owner_name or "—",
                texts.choice_label(goal.cadence.value),
                problem,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(GOAL_ID_ROLE, goal.id)
                if column == TITLE_COLUMN and goal.definition.strip():
                    item.setToolTip(goal.definition.strip())
                table.setItem(row, column, item)
            if goal.id is not None and goal.id == select_id:
                selected_row = row
        table.resizeRowsToContents()
        # As tall as its rows (within reason): the page scrolls, not a half-empty table.
        rows_height = sum(table.rowHeight(row) for row in range(table.rowCount()))
        height = table.horizontalHeader().height() + rows_height + 2 * table.frameWidth() + 4
        table.setFixedHeight(max(_TABLE_MIN_HEIGHT, min(height, _TABLE_MAX_HEIGHT)))
        if selected_row >= 0:
            table.selectRow(selected_row)
        else:
            table.clearSelection()
        table.blockSignals(False)
        self.goal_table.setVisible(bool(self.goals))
        self.empty_label.setVisible(not self.goals)

    def _fill_problems(self) -> None:
        while self.problem_grid.count():
            item = self.problem_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.problem_labels = {}
        self.problem_add_buttons = {}
        for row, problem in enumerate(self.top_problems):
            title = problem.title.strip() or problem.detail.strip()[:80]
            name = QLabel(f"{problem.rank}. {title}")
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setWordWrap(True)
            self.problem_grid.addWidget(name, row, 0)
            covering = [goal.title for goal in self.goals if goal.top_problem_rank == problem.rank]
            status = QLabel()
            status.setObjectName(f"problem_status_{problem.rank}")
            status.setTextFormat(Qt.TextFormat.PlainText)
            status.setWordWrap(True)
            if covering:
                status.setText(
                    translate("GoalsStep", "✓ Covered by: %1").replace("%1", "; ".join(covering))
                )
                status.setStyleSheet(_COVERED_STYLE)
            else:
                status.setText(translate("GoalsStep", "No goal yet"))
                status.setStyleSheet(_UNCOVERED_STYLE)
            status.setProperty("covered", bool(covering))
            self.problem_grid.addWidget(status, row, 1)
            button = QPushButton(translate("GoalsStep", "Add a Goal for It"))
            button.setObjectName(f"add_goal_for_problem_{problem.rank}")
            button.setMenu(self._template_menu(problem.rank))
            button.setEnabled(not self._read_only)
            self.problem_grid.addWidget(button, row, 2)
            self.problem_labels[problem.rank] = status
            self.problem_add_buttons[problem.rank] = button
        has_problems = bool(self.top_problems)
        self.no_problems_label.setVisible(not has_problems)
        self.go_to_needs_button.setVisible(not has_problems)

    def _update_buttons(self) -> None:
        chosen = self.selected_goal() is not None
        self.add_button.setEnabled(not self._read_only)
        self.edit_button.setEnabled(chosen)
        self.edit_button.setText(
            translate("GoalsStep", "View…") if self._read_only else translate("GoalsStep", "Edit…")
        )
        self.retire_button.setEnabled(chosen and not self._read_only)

    def covered_ranks(self) -> set[int]:
        """The ranks of the top problems that have at least one goal."""
        linked = {goal.top_problem_rank for goal in self.goals}
        return {problem.rank for problem in self.top_problems if problem.rank in linked}

    def selected_goal(self) -> GoalEntry | None:
        """The goal chosen in the table, if any."""
        rows = {index.row() for index in self.goal_table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self.goals[row] if 0 <= row < len(self.goals) else None

    def select_goal(self, goal_id: int) -> None:
        """Choose the goal with ``goal_id`` in the table."""
        for row, goal in enumerate(self.goals):
            if goal.id == goal_id:
                self.goal_table.selectRow(row)
                return

    # ------------------------------------------------------------------ actions

    def add_goal(self, template: GoalTemplate, rank: int | None = None) -> GoalDialog | None:
        """Open the goal dialog on a new goal made from ``template`` (for top problem ``rank``)."""
        if self._read_only:
            return None
        return self.open_goal_dialog(goal_preset(template, rank))

    @Slot()
    def edit_selected(self) -> GoalDialog | None:
        """Open the chosen goal in the dialog (read-only for an approved version)."""
        goal = self.selected_goal()
        return None if goal is None else self.open_goal_dialog(goal)

    def open_goal_dialog(self, goal: GoalEntry) -> GoalDialog:
        """Show the goal dialog for ``goal``; it saves through the service on Save."""
        if self.goal_dialog is not None:
            self.goal_dialog.reject()
        read_only = self._read_only or not self.context.editable
        dialog = GoalDialog(
            goal,
            staff=self._staff(),
            top_problems=self.top_problems,
            save=None if read_only else self._save_goal,
            prompter=self.context.prompter,
            read_only=read_only,
            parent=self,
        )
        dialog.goal_saved.connect(self._on_goal_dialog_goal_saved)
        dialog.finished.connect(lambda _result, shown=dialog: self._on_goal_dialog_finished(shown))
        self.goal_dialog = dialog
        # open(), not exec(): the dialog is window-modal without a nested event loop, so tests
        # (and the autosave timers) keep running while it is shown.
        dialog.open()
        return dialog

    def _staff(self) -> list[StaffMember]:
        try:
            return self.context.complaints.staff()
        except UserFacingError as error:
            self.context.prompter.error(error_title(error), error_text(error))
            return []

    def _save_goal(self, goal: GoalEntry) -> SaveResult:
        # Anything typed elsewhere on the page goes first, so the file sees edits in order.
        self.context.saves.flush()
        result = self.context.policy.save_goal(self.context.version_id, goal)
        self.list_saved.emit(result)
        return result

    @Slot()
    def retire_selected(self) -> None:
        """Ask, then take the chosen goal out of the policy in force."""
        goal = self.selected_goal()
        if goal is None or goal.id is None or self._read_only:
            return
        if not self.context.prompter.confirm(
            translate("GoalsStep", "Retire the Goal?"),
            translate(
                "GoalsStep",
                "“%1” leaves the policy in force. Its measurements are kept, and approved "
                "versions still show it.",
            ).replace("%1", goal.title),
            yes=translate("GoalsStep", "Retire Goal"),
            no=translate("GoalsStep", "Keep Goal"),
        ):
            return
        try:
            self.context.saves.flush()
            result = self.context.policy.retire_goal(self.context.version_id, goal.id)
        except UserFacingError as error:
            self.context.prompter.error(error_title(error), error_text(error))
            return
        self._show_list_problems(result.problems)
        self.list_saved.emit(result)
        if result.ok:
            self.reload()

    def _show_list_problems(self, problems: Sequence[PolicyProblem]) -> None:
        found = [texts.problem_text(problem) for problem in problems]
        self.list_problem_label.setText("\n".join(found))
        self.list_problem_label.setVisible(bool(found))

    # ------------------------------------------------------------------ reacting

    @Slot(int)
    def _on_goal_dialog_goal_saved(self, goal_id: int) -> None:
        self._show_list_problems([])
        try:
            content = self.context.policy.content_of(self.context.version_id)
        except UserFacingError as error:
            self.context.prompter.error(error_title(error), error_text(error))
            return
        if content is not None:
            self._show_content(content, select_id=goal_id)

    def _on_goal_dialog_finished(self, dialog: GoalDialog) -> None:
        if self.goal_dialog is dialog:
            self.goal_dialog = None
        dialog.deleteLater()

    @Slot()
    def _on_goal_table_selection_changed(self) -> None:
        self._update_buttons()

    @Slot(QTableWidgetItem)
    def _on_goal_table_item_double_clicked(self, _item: QTableWidgetItem) -> None:
        self.edit_selected()
