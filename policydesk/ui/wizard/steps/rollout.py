"""Step 8, rollout and follow-up: training, decision, routine and the person responsible.

The policy is adopted at the top (the owner, the management team or the board) and lives with
the staff closest to the customers: a mandatory meeting introduces it, regular practice keeps
it alive, and one named person follows up on a fixed routine and tells staff and management
how it goes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCompleter, QLineEdit, QStyle, QWidget

from policydesk.domain.errors import UserFacingError
from policydesk.domain.goals import Cadence
from policydesk.domain.policy import Decider, PolicyStep
from policydesk.ui.messages import error_text, error_title
from policydesk.ui.wizard import policy_texts as texts
from policydesk.ui.wizard.fields import ChoiceAnswer, DateAnswer, LineAnswer, TextAnswer
from policydesk.ui.wizard.step_page import StepPage, WizardContext

translate = QCoreApplication.translate


class RolloutStep(StepPage):
    """Training, who decides and how, the follow-up routine and the person who owns it.

    Attributes:
        follow_up_owner: the named person (typed, or picked from the staff list).
        staff_completer: suggests staff names while the owner types.
        staff_action: the arrow in the name box that lists every staff name.
    """

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(PolicyStep.ROLLOUT, context, parent)
        self.set_guidance(
            translate(
                "RolloutStep",
                "<p>A policy only works when the staff live it. The decision to adopt it is "
                "taken at the top, by you, your management team or your board; the work of "
                "making it real is done together with the people closest to the customers.</p>"
                "<p>Start with a meeting everyone must attend, then keep the policy alive with "
                "short, regular practice. Name <b>one person</b> who follows up on a fixed "
                "routine and tells staff and management how it is going: without a name, "
                "follow-up slips. The policy cannot be approved without that name.</p>",
            )
        )
        self.add_answer(
            TextAnswer(
                "rollout.training",
                texts.answer_label("rollout.training"),
                translate(
                    "RolloutStep",
                    "How staff learn the policy: the first meeting, then workshops and practice.",
                ),
                translate(
                    "RolloutStep",
                    "All staff meet for an hour before opening to go through the policy "
                    "together. After that, ten minutes of the Monday meeting are spent on one "
                    "real case from the complaint log, and twice a year we hold a workshop where "
                    "we act out difficult customers.",
                ),
            )
        )
        self.add_answer(
            DateAnswer(
                "rollout.meeting_date",
                texts.answer_label("rollout.meeting_date"),
                translate("RolloutStep", "The day everyone goes through the policy together."),
            )
        )
        self.add_answer(
            ChoiceAnswer(
                "rollout.decider",
                texts.answer_label("rollout.decider"),
                [(decider.value, texts.choice_label(decider.value)) for decider in Decider],
                translate("RolloutStep", "Who takes the decision to adopt the policy."),
            )
        )
        self.add_answer(
            TextAnswer(
                "rollout.decision",
                texts.answer_label("rollout.decision"),
                translate(
                    "RolloutStep",
                    "How the decision is taken, and how staff have their say before it.",
                ),
                translate(
                    "RolloutStep",
                    "The draft hangs in the staff room for two weeks and everyone may comment. "
                    "Then the owner and the shift leaders go through the comments and the owner "
                    "signs the policy.",
                ),
            )
        )
        self.add_answer(
            ChoiceAnswer(
                "rollout.cadence",
                texts.answer_label("rollout.cadence"),
                [(cadence.value, texts.choice_label(cadence.value)) for cadence in Cadence],
                translate(
                    "RolloutStep",
                    "How often the goals and the complaint log are looked at together.",
                ),
            )
        )
        self.follow_up_owner = LineAnswer(
            "rollout.follow_up_owner",
            texts.answer_label("rollout.follow_up_owner"),
            translate(
                "RolloutStep",
                "One person, by name. Names from the staff list are suggested as you type.",
            ),
            placeholder=translate("RolloutStep", "e.g. Karin Lindgren"),
        )
        self.add_answer(self.follow_up_owner)
        self.staff_model = QStringListModel(self)
        self.staff_completer = QCompleter(self.staff_model, self)
        self.staff_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.staff_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.staff_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        line_edit = self.follow_up_owner.line_edit
        line_edit.setCompleter(self.staff_completer)
        self.staff_action = QAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
            translate("RolloutStep", "Pick from the staff list"),
            self,
        )
        self.staff_action.setObjectName("staff_action")
        self.staff_action.triggered.connect(self._on_staff_action_triggered)
        line_edit.addAction(self.staff_action, QLineEdit.ActionPosition.TrailingPosition)
        self.add_answer(
            TextAnswer(
                "rollout.follow_up",
                texts.answer_label("rollout.follow_up"),
                translate(
                    "RolloutStep",
                    "What the follow-up looks at, and how the results reach staff and management.",
                ),
                translate(
                    "RolloutStep",
                    "On the first Monday of each month, Karin compares the complaint log and "
                    "our goals with the month before. She pins a one-page summary in the staff "
                    "room, talks it through at the Monday meeting, and brings the figures to "
                    "the owners' quarterly meeting.",
                ),
            )
        )
        self.finish()
        self.refresh_staff()

    def refresh_staff(self) -> None:
        """Offer the current staff list as suggestions for the person responsible."""
        try:
            names = [member.name for member in self.context.complaints.staff()]
        except UserFacingError as error:
            self.context.prompter.error(error_title(error), error_text(error))
            names = []
        self.staff_model.setStringList(names)
        self.staff_action.setVisible(bool(names))

    def staff_names(self) -> list[str]:
        """The names offered as suggestions."""
        return self.staff_model.stringList()

    def on_shown(self) -> None:
        """Read the staff list again: people may have been added since the page was built."""
        self.refresh_staff()

    def set_read_only(self, read_only: bool) -> None:
        """An approved version: nothing to pick either."""
        super().set_read_only(read_only)
        self.staff_action.setEnabled(not read_only)

    def _on_staff_action_triggered(self) -> None:
        # An empty prefix lists every name, whatever is typed in the box already.
        self.follow_up_owner.line_edit.setFocus()
        self.staff_completer.setCompletionPrefix("")
        self.staff_completer.complete()
