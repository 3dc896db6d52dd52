"""The frame every step of the policy wizard shares: heading, guidance, answers, problems.

A step page is given a :class:`WizardContext` (the services, the prompter and the queue of
pending saves) and follows the house rule for wizard pages: :meth:`StepPage.load` shows a
version's content, every edit is reported at once (:attr:`StepPage.answer_edited` for plain
answers; list editors schedule their own saves), and :meth:`StepPage.show_problems` puts the
domain's problems next to the fields they are about.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from policydesk.domain.policy import PolicyStep
from policydesk.domain.policy_content import PolicyProblem
from policydesk.ui.prompts import Prompter
from policydesk.ui.wizard import policy_texts as texts
from policydesk.ui.wizard.autosave import PendingSaves
from policydesk.ui.wizard.fields import Answer

if TYPE_CHECKING:
    from policydesk.services.complaints import ComplaintService
    from policydesk.services.policy import PolicyService, PolicyState


@dataclass
class WizardContext:
    """What every step page may use.

    Attributes:
        policy: the policy's use cases.
        complaints: the complaint log (the customer-needs step reads its summary).
        prompter: asks and tells the user (never a message box directly).
        saves: the queue of edits waiting to be written.
        version_id: the version being shown (changes when a new draft is started).
        editable: whether that version is a draft.
        currency: the business's currency code.
        go_to_step: shows another step (the review links back to each one).
        reload: reads the newest version again and shows it (after an approval).
    """

    policy: PolicyService
    complaints: ComplaintService
    prompter: Prompter
    saves: PendingSaves
    version_id: int = 0
    editable: bool = True
    currency: str = "SEK"
    go_to_step: Callable[[PolicyStep], None] = field(default=lambda _step: None)
    reload: Callable[[], None] = field(default=lambda: None)


class StepPage(QWidget):
    """One step: a heading, short guidance, then the step's answers in a scrolling column.

    Signals:
        answer_edited(key, value): the owner changed a plain answer.
        list_saved(SaveResult): the step saved something itself (a goal, a finding, a print
            switch); the wizard marks the step as under way and passes the changes on.
    """

    answer_edited = Signal(str, str)
    list_saved = Signal(object)

    def __init__(
        self, step: PolicyStep, context: WizardContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.step = step
        self.context = context
        self.answers: dict[str, Answer] = {}
        self.setObjectName(f"step_{step.value}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll_area)
        body = QWidget()
        body.setObjectName("step_body")
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(24, 16, 24, 24)
        self.body.setSpacing(8)
        self.scroll_area.setWidget(body)
        number = list(PolicyStep).index(step) + 1
        self.heading = QLabel(f"{number}. {texts.step_title(step)}")
        self.heading.setObjectName("step_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.body.addWidget(self.heading)
        self.guidance = QLabel()
        self.guidance.setObjectName("guidance")
        self.guidance.setWordWrap(True)
        self.guidance.setTextFormat(Qt.TextFormat.RichText)
        self.guidance.setOpenExternalLinks(False)
        self.guidance.setFrameShape(QFrame.Shape.StyledPanel)
        self.guidance.setBackgroundRole(self.guidance.backgroundRole().AlternateBase)
        self.guidance.setAutoFillBackground(True)
        self.guidance.setMargin(10)
        self.guidance.hide()
        self.body.addWidget(self.guidance)

    # ------------------------------------------------------------------ building

    def set_guidance(self, html: str) -> None:
        """Show short guidance above the answers (rich text written by the program)."""
        self.guidance.setText(html)
        self.guidance.setVisible(bool(html))

    def add_answer(self, answer: Answer) -> Answer:
        """Add a plain answer at the end of the column and report its edits."""
        self.answers[answer.key] = answer
        answer.edited.connect(self.answer_edited)
        self.body.addWidget(answer)
        return answer

    def add_widget(self, widget: QWidget) -> QWidget:
        """Add anything else (a list editor, a result box) at the end of the column."""
        self.body.addWidget(widget)
        return widget

    def finish(self) -> None:
        """Close the column: the answers sit at the top, the rest of the page stays empty."""
        self.body.addStretch(1)

    # ------------------------------------------------------------------ the house rule

    def load(self, state: PolicyState) -> None:
        """Show the answers of ``state``'s version (subclasses add their lists)."""
        content = state.content
        special = {"business.name": content.business_name, "business.trade": content.trade}
        for key, answer in self.answers.items():
            answer.set_value(special.get(key, content.sections.get(key, "")))
            answer.show_problems([])

    def show_problems(self, keys: Sequence[str], problems: Sequence[PolicyProblem]) -> None:
        """Show the problems a save found; the other ``keys`` saved fine and are cleared."""
        by_key: dict[str, list[str]] = {}
        for problem in problems:
            by_key.setdefault(problem.field, []).append(texts.problem_text(problem))
        for key in keys:
            answer = self.answers.get(key)
            if answer is not None:
                answer.show_problems(by_key.get(key, []))

    def set_read_only(self, read_only: bool) -> None:
        """Let the owner read an approved version without changing it."""
        for answer in self.answers.values():
            answer.set_read_only(read_only)

    def focus_answer(self, key: str) -> None:
        """Scroll to an answer and put the cursor in it (the review's links)."""
        answer = self.answers.get(key)
        if answer is not None:
            self.scroll_area.ensureWidgetVisible(answer)
            answer.editor.setFocus()

    def on_shown(self) -> None:
        """Called each time the step comes into view (steps that read live figures refresh)."""
