"""The Policy page: the wizard's step list, the current step, Back and Next, saving as typed.

Not a ``QWizard``: the owner may jump to any step from the list, and every step shows whether
it is done, in progress, skipped or not started. ``QWizard`` keeps a linear history that a
jump would have to fake by replaying Next; a list beside a stack of pages says what it does.

Every edit goes to the file a moment after it is typed (see :mod:`.autosave`), and at once when
the owner changes step, the window closes or another file opens. The page reopens on the step
the owner was on. An approved version is shown read-only with a button that starts the next
version as a draft copied from it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.changes import Changes
from policydesk.domain.errors import UserFacingError
from policydesk.domain.policy import PolicyStep, StepState
from policydesk.domain.policy_content import GoalEntry, state_after_edit
from policydesk.ui.messages import error_text, error_title
from policydesk.ui.prompts import Prompter
from policydesk.ui.wizard import policy_texts as texts
from policydesk.ui.wizard.autosave import PendingSaves
from policydesk.ui.wizard.step_page import StepPage, WizardContext
from policydesk.ui.wizard.steps import make_step
from policydesk.ui.wizard.steps.goals import GoalsStep

if TYPE_CHECKING:
    from policydesk.services.complaints import ComplaintService
    from policydesk.services.policy import PolicyService, PolicyState, SaveResult

ANSWERS_KEY = "answers"
_STATE_MARKS = {
    StepState.NOT_STARTED: "○",
    StepState.IN_PROGRESS: "◐",
    StepState.DONE: "✓",
    StepState.SKIPPED: "–",
}
STEP_ROLE = Qt.ItemDataRole.UserRole


class PolicyPage(QWidget):
    """The policy wizard for the open file.

    Signals:
        changes_made(Changes): a save changed the file (the main window passes it on).
    """

    changes_made = Signal(object)

    def __init__(
        self,
        policy: PolicyService,
        complaints: ComplaintService,
        prompter: Prompter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._policy = policy
        self._prompter = prompter
        self._zone = complaints.zone()
        self.saves = PendingSaves(self)
        self.saves.saved.connect(self._on_saves_saved)
        self.saves.failed.connect(self._on_saves_failed)
        self.context = WizardContext(
            policy=policy,
            complaints=complaints,
            prompter=prompter,
            saves=self.saves,
            currency=complaints.currency(),
            go_to_step=self.show_step,
            reload=self.refresh,
        )
        self._answers: dict[str, str] = {}
        self._saving_keys: list[str] = []
        self._failure_shown = False
        self.state: PolicyState | None = None
        self.step_states: dict[PolicyStep, StepState] = {}
        self.pages: dict[PolicyStep, StepPage] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.outer = QStackedWidget()
        layout.addWidget(self.outer)
        self.start_panel = self._build_start_panel()
        self.outer.addWidget(self.start_panel)
        self.wizard_panel = self._build_wizard_panel()
        self.outer.addWidget(self.wizard_panel)
        self.refresh()

    # ------------------------------------------------------------------ building

    def _build_start_panel(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("start_panel")
        column = QVBoxLayout(panel)
        column.setContentsMargins(48, 40, 48, 40)
        title = QLabel(self.tr("Your customer service policy"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        column.addWidget(title)
        intro = QLabel(
            self.tr(
                "<p>Nine short steps take you from your business and mission, through what "
                "your customers need, a vision and measurable promises, to the policy areas, "
                "staff guidelines and rollout. The last step shows the whole policy for "
                "approval.</p>"
                "<p>Take a few evenings. Everything is saved as you type, you can go to any "
                "step at any time, and PolicyDesk reopens where you left off. Every step has "
                "guidance and an example from a small business that you can take over.</p>"
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(intro)
        self.start_button = QPushButton(self.tr("Start Writing the Policy"))
        self.start_button.setObjectName("start_button")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        return panel

    def _build_wizard_panel(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("wizard_panel")
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)

        self.banner = QFrame()
        self.banner.setObjectName("version_banner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(12, 6, 12, 6)
        self.version_label = QLabel()
        self.version_label.setObjectName("version_label")
        self.version_label.setWordWrap(True)
        banner_row.addWidget(self.version_label, 1)
        self.new_version_button = QPushButton()
        self.new_version_button.setObjectName("new_version_button")
        self.new_version_button.clicked.connect(self.start)
        banner_row.addWidget(self.new_version_button)
        column.addWidget(self.banner)

        middle = QHBoxLayout()
        middle.setContentsMargins(0, 0, 0, 0)
        self.step_list = QListWidget()
        self.step_list.setObjectName("step_list")
        self.step_list.setWordWrap(True)
        self.step_list.setSpacing(2)
        for number, step in enumerate(PolicyStep, start=1):
            item = QListWidgetItem()
            item.setData(STEP_ROLE, step.value)
            self.step_list.addItem(item)
            del number
        self.step_list.currentRowChanged.connect(self._on_step_list_current_row_changed)
        middle.addWidget(self.step_list)
        self.stack = QStackedWidget()
        self.stack.setObjectName("step_stack")
        middle.addWidget(self.stack, 1)
        column.addLayout(middle, 1)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(12, 6, 12, 8)
        self.save_label = QLabel()
        self.save_label.setObjectName("save_label")
        buttons.addWidget(self.save_label, 1)
        self.back_button = QPushButton(self.tr("< Back"))
        self.back_button.setObjectName("back_button")
        self.back_button.clicked.connect(self.back)
        buttons.addWidget(self.back_button)
        self.next_button = QPushButton(self.tr("Next >"))
        self.next_button.setObjectName("next_button")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        buttons.addWidget(self.next_button)
        column.addLayout(buttons)
        return panel

    def _page(self, step: PolicyStep) -> StepPage:
        page = self.pages.get(step)
        if page is None:
            page = make_step(step, self.context)
            page.answer_edited.connect(self._on_page_answer_edited)
            page.list_saved.connect(self._on_page_list_saved)
            self.pages[step] = page
            self.stack.addWidget(page)
            if self.state is not None:
                page.load(self.state)
                page.set_read_only(not self.context.editable)
        return page

    # ------------------------------------------------------------------ state

    def refresh(self) -> None:
        """Read the newest version again and show it (pending edits are written first)."""
        self.saves.flush()
        self.state = self._policy.state()
        if self.state is None:
            self.outer.setCurrentWidget(self.start_panel)
            return
        self._show_state(self.state)

    def _show_state(self, state: PolicyState) -> None:
        version = state.version
        self.context.version_id = version.id
        self.context.editable = version.editable
        self.step_states = dict(state.steps)
        for page in self.pages.values():
            page.load(state)
            page.set_read_only(not version.editable)
        self._update_banner()
        self._update_step_list()
        self.outer.setCurrentWidget(self.wizard_panel)
        current = self.current_step()
        self.show_step(current or state.current_step, remember=False)

    def _update_banner(self) -> None:
        assert self.state is not None
        version = self.state.version
        locale = QLocale()
        if version.editable:
            if version.based_on_number is None:
                text = self.tr("Draft of version %1. Everything you type is saved.")
            else:
                text = self.tr(
                    "Draft of version %1, based on version %2. Everything you type is saved."
                ).replace("%2", locale.toString(version.based_on_number))
            self.version_label.setText(text.replace("%1", locale.toString(version.number)))
            self.new_version_button.hide()
            return
        when = version.approved_at
        day = ""
        if when is not None:
            local = when.astimezone(self._zone)  # the business's date, not the computer's
            day = locale.toString(
                QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat
            )
        self.version_label.setText(
            self.tr("Version %1 was approved on %2 by %3 and can no longer change.")
            .replace("%1", locale.toString(version.number))
            .replace("%2", day)
            .replace("%3", version.approved_by)
        )
        self.new_version_button.setText(
            self.tr("Start Version %1").replace("%1", locale.toString(version.number + 1))
        )
        self.new_version_button.show()

    def _update_step_list(self) -> None:
        for row, step in enumerate(PolicyStep):
            item = self.step_list.item(row)
            state = self.step_states.get(step, StepState.NOT_STARTED)
            item.setText(
                f"{_STATE_MARKS[state]}  {row + 1}. {texts.step_title(step)}\n"
                f"      {texts.state_label(state)}"
            )
            item.setToolTip(texts.state_label(state))

    def current_step(self) -> PolicyStep | None:
        """The step on screen (None before a version is shown)."""
        row = self.step_list.currentRow()
        steps = list(PolicyStep)
        return steps[row] if 0 <= row < len(steps) and self.stack.count() else None

    # ------------------------------------------------------------------ navigation

    @Slot()
    def start(self) -> None:
        """Start the first draft, or the next version after an approved one."""
        if not self.saves.flush():
            return
        try:
            state = self._policy.start(self._default_title())
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error))
            return
        self.state = state
        self._show_state(state)
        self.show_step(state.current_step)
        self.changes_made.emit(Changes(policy=True))

    def _default_title(self) -> str:
        return self.tr("Customer service policy")

    def show_step(self, step: PolicyStep, remember: bool = True) -> None:
        """Show ``step`` (writing pending edits first) and remember it for next time."""
        self.saves.flush()
        page = self._page(step)
        row = list(PolicyStep).index(step)
        if self.step_list.currentRow() != row:
            self.step_list.blockSignals(True)
            self.step_list.setCurrentRow(row)
            self.step_list.blockSignals(False)
        self.stack.setCurrentWidget(page)
        page.on_shown()
        self.back_button.setEnabled(row > 0)
        last = row == len(PolicyStep) - 1
        self.next_button.setEnabled(not last)
        if remember and self.state is not None:
            self._call(lambda: self._policy.go_to(self.context.version_id, step))

    @Slot()
    def back(self) -> None:
        """Go to the step before this one."""
        step = self.current_step()
        if step is not None:
            steps = list(PolicyStep)
            self.show_step(steps[max(steps.index(step) - 1, 0)])

    @Slot()
    def next(self) -> None:
        """Mark this step done (or skipped when empty) and go to the next one."""
        step = self.current_step()
        if step is None:
            return
        if not self.saves.flush():
            return
        if self.context.editable:
            try:
                state = self._policy.leave_step(self.context.version_id, step)
            except UserFacingError as error:
                self._show_failure(error)
                return
            self.step_states[step] = state
            self._update_step_list()
        steps = list(PolicyStep)
        self.show_step(steps[min(steps.index(step) + 1, len(steps) - 1)])

    @Slot(int)
    def _on_step_list_current_row_changed(self, row: int) -> None:
        steps = list(PolicyStep)
        if 0 <= row < len(steps):
            self.show_step(steps[row])

    # ------------------------------------------------------------------ saving

    @Slot(str, str)
    def _on_page_answer_edited(self, key: str, value: str) -> None:
        if not self.context.editable:
            return
        self._answers[key] = value
        self.saves.schedule(ANSWERS_KEY, self._save_answers)
        self._mark_edited()
        self.save_label.setText(self.tr("Saving…"))

    def _mark_edited(self) -> None:
        """Show the step on screen as in progress (the service has stored the same)."""
        step = self.current_step()
        if step is None or not self.context.editable:
            return
        old = self.step_states.get(step, StepState.NOT_STARTED)
        new = state_after_edit(old)
        if new is not old:
            self.step_states[step] = new
            self._update_step_list()

    def _save_answers(self) -> SaveResult:
        answers = dict(self._answers)
        result = self._policy.set_answers(self.context.version_id, answers)
        for key, value in answers.items():
            if self._answers.get(key) == value:
                del self._answers[key]
        self._saving_keys = list(answers)
        return result

    @Slot(str, object)
    def _on_saves_saved(self, key: str, result: SaveResult) -> None:
        self._failure_shown = False
        if key == ANSWERS_KEY:
            for page in self.pages.values():
                page.show_problems(self._saving_keys, result.problems)
        elif result.ok:
            # A list entry (an inflow, a finding, a goal ...) was saved: the step is under way.
            self._mark_edited()
        if result.problems:
            self.save_label.setText(self.tr("Not saved: see the note under the field."))
        else:
            self.save_label.setText(self.tr("All changes saved."))
        if result.changes:
            self.changes_made.emit(result.changes)

    @Slot(object)
    def _on_page_list_saved(self, result: SaveResult) -> None:
        if result.ok:
            self._mark_edited()
        if result.changes:
            self.changes_made.emit(result.changes)

    @Slot(object)
    def _on_saves_failed(self, error: UserFacingError) -> None:
        self._show_failure(error)

    def _show_failure(self, error: UserFacingError) -> None:
        self.save_label.setText(self.tr("Not saved yet: %1").replace("%1", error_title(error)))
        if not self._failure_shown:
            self._failure_shown = True
            self._prompter.error(error_title(error), error_text(error))

    def _call(self, work: Callable[[], object]) -> None:
        try:
            work()
        except UserFacingError as error:
            self._show_failure(error)

    def propose_goal(self, title: str, definition: str) -> None:
        """Open the goals step with a new goal to adapt (a weak self-assessment area).

        Without a draft, one is started first: the first draft, or, after an approval and once
        the owner agrees, the next version.
        """
        if not self.saves.flush():
            return
        if self.state is not None and not self.context.editable:
            number = QLocale().toString(self.state.version.number + 1)
            if not self._prompter.confirm(
                self.tr("Start Version %1?").replace("%1", number),
                self.tr(
                    "The policy in force is approved and cannot change. A new goal goes into "
                    "version %1, a draft copied from it. Start version %1 now?"
                ).replace("%1", number),
                yes=self.tr("Start Version %1").replace("%1", number),
                no=self.tr("Not Now"),
            ):
                self.show_step(PolicyStep.GOALS)
                return
        if self.state is None or not self.context.editable:
            self.start()
            if self.state is None or not self.context.editable:
                return
        self.show_step(PolicyStep.GOALS)
        goals = self.pages[PolicyStep.GOALS]
        if isinstance(goals, GoalsStep):
            goals.open_goal_dialog(GoalEntry(title, definition=definition))

    # ------------------------------------------------------------------ the main window

    def on_changes(self, changes: Changes) -> None:
        """Refresh what other pages changed (the complaint log feeds the needs step)."""
        if changes.database:
            self.refresh()
            return
        if changes.complaints or changes.staff:
            page = self.pages.get(PolicyStep.NEEDS)
            if page is not None and page.isVisible():
                page.on_shown()

    def shut_down(self) -> None:
        """Write what is pending before the file closes."""
        self.saves.flush()
        self.saves.discard()
