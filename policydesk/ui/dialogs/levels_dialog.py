"""Set a goal's minimum and target: accept the levels proposed from the baseline, or edit them.

For a goal that measured a baseline first, the dialog shows what was measured (how many
figures, over which period, how far the period has come) and the levels PolicyDesk proposes,
with the rule in plain words; the fields start with the proposal. For any other goal it shows
the current levels to change. What was typed goes to :meth:`GoalsService.set_levels` as typed
(apart from reading a number the local way); the service's problems are worded under the
field they are about, and nothing is closed or stored while a problem stands.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.errors import UserFacingError
from policydesk.domain.goals import Cadence, Direction
from policydesk.ui.dialogs.measurement_dialog import goal_problem_text
from policydesk.ui.forms import problem_label, save_cancel_buttons
from policydesk.ui.messages import error_details, error_text, error_title
from policydesk.ui.review_texts import day_text

if TYPE_CHECKING:
    from policydesk.domain.goal_followup import Period, ProposedLevels
    from policydesk.services.goals import GoalOverview, GoalProblem, GoalsService, Outcome
    from policydesk.ui.prompts import Prompter

translate = QCoreApplication.translate
_SHORTEST = QLocale.FloatingPointPrecisionOption.FloatingPointShortest


def levels_problem_text(problem: GoalProblem) -> str:
    """One plain sentence for a problem with levels (the measurement wording for the rest)."""
    code = str(problem.code)
    if code == "target_worse_than_minimum":
        if problem.param("direction") == Direction.LOWER_IS_BETTER.value:
            return translate(
                "LevelsDialog",
                "The target cannot be higher than the minimum: for this goal lower figures "
                "are better, so the minimum is the highest figure you accept.",
            )
        return translate(
            "LevelsDialog",
            "The target cannot be lower than the minimum: for this goal higher figures are "
            "better, so the minimum is the lowest figure you accept.",
        )
    if code == "no_baseline_period":
        return translate(
            "LevelsDialog", "This goal has no baseline period, so no baseline figure can be kept."
        )
    return goal_problem_text(problem)


def level_text(value: float | None) -> str:
    """A level as the fields show it: the local decimal sign, no needless digits."""
    if value is None:
        return ""
    return QLocale().toString(float(value), "f", _SHORTEST)


def read_level(text: str) -> object:
    """A level typed the local way as a float; anything else as typed, for the service."""
    number, ok = QLocale().toDouble(text.strip())
    # Qt reads "inf" and "1e400" as numbers; the service words the text the user typed.
    return number if ok and math.isfinite(number) else text


def _text_label(name: str, text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class LevelsDialog(QDialog):
    """Shows a goal's baseline and proposed levels, and stores the levels the owner settles on.

    Args:
        goals: the goals service.
        goal: the goal whose levels to set (its ``proposed_levels`` and baseline are shown).
        prompter: reports a file that cannot be written.
        parent: the dialog's parent.

    Attributes:
        outcome: the stored levels' outcome, once saved.
    """

    def __init__(
        self,
        goals: GoalsService,
        goal: GoalOverview,
        prompter: Prompter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._goals = goals
        self._goal = goal
        self._prompter = prompter
        self._proposal: ProposedLevels | None = goal.proposed_levels
        self.outcome: Outcome | None = None
        self.setWindowTitle(self.tr("Set levels"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)

        self.goal_label = _text_label("goal_label", goal.title)
        font = self.goal_label.font()
        font.setBold(True)
        self.goal_label.setFont(font)
        layout.addWidget(self.goal_label)
        self.direction_label = _text_label("direction_label", self._direction_text())
        layout.addWidget(self.direction_label)

        self.baseline_box = QGroupBox(self.tr("Measured baseline"))
        self.baseline_box.setObjectName("baseline_box")
        baseline_layout = QVBoxLayout(self.baseline_box)
        self.baseline_label = _text_label("baseline_label", self._baseline_text())
        baseline_layout.addWidget(self.baseline_label)
        self.progress_label = _text_label("progress_label", self._progress_text())
        self.progress_label.setVisible(bool(self.progress_label.text()))
        baseline_layout.addWidget(self.progress_label)
        self.proposal_label = _text_label("proposal_label", self._proposal_text())
        font = self.proposal_label.font()
        font.setBold(True)
        self.proposal_label.setFont(font)
        self.proposal_label.setVisible(self._proposal is not None)
        baseline_layout.addWidget(self.proposal_label)
        self.rule_label = _text_label("rule_label", self._rule_text())
        self.rule_label.setVisible(self._proposal is not None)
        baseline_layout.addWidget(self.rule_label)
        proposal_row = QHBoxLayout()
        self.use_proposal_button = QPushButton(self.tr("Use the proposal"))
        self.use_proposal_button.setObjectName("use_proposal_button")
        self.use_proposal_button.setVisible(self._proposal is not None)
        proposal_row.addWidget(self.use_proposal_button)
        proposal_row.addStretch(1)
        baseline_layout.addLayout(proposal_row)
        self.baseline_box.setVisible(goal.baseline_period is not None or self._proposal is not None)
        layout.addWidget(self.baseline_box)

        form = QFormLayout()
        self.minimum_edit, self.minimum_problem_label = self._level_row(
            form, "minimum", self.tr("Minimum:")
        )
        self.minimum_edit.setAccessibleName(self.tr("Minimum"))
        self.target_edit, self.target_problem_label = self._level_row(
            form, "target", self.tr("Target:")
        )
        self.target_edit.setAccessibleName(self.tr("Target"))
        layout.addLayout(form)
        self.hint_label = _text_label(
            "hint_label",
            self.tr(
                "Below the minimum an improvement plan is needed; the target is what you aim "
                "for. Leave a field empty to remove that level."
            ),
        )
        layout.addWidget(self.hint_label)

        self.problems_label = problem_label("problems_label")
        layout.addWidget(self.problems_label)

        self.buttons, self.save_button = save_cancel_buttons(self, self.tr("Save"), self.save)
        layout.addWidget(self.buttons)

        self.use_proposal_button.clicked.connect(self.use_proposal)
        if self._proposal is not None and goal.awaiting_levels:
            self.use_proposal()
        else:
            self.minimum_edit.setText(level_text(goal.minimum))
            self.target_edit.setText(level_text(goal.target))
        self.minimum_edit.setFocus()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._keep_texts_whole()

    def _keep_texts_whole(self) -> None:
        """Never let the dialog be shorter than its wrapped texts need at its width.

        Qt sizes a window by its texts' one-line minimum, so a narrowed dialog would squeeze
        the wrapped paragraphs into each other.
        """
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.totalHeightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def _level_row(self, form: QFormLayout, name: str, label: str) -> tuple[QLineEdit, QLabel]:
        edit = QLineEdit()
        edit.setObjectName(f"{name}_edit")
        edit.setPlaceholderText(self.tr("none"))
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        unit = _text_label(f"{name}_unit_label", self._goal.unit)
        unit.setWordWrap(False)
        row.addWidget(unit)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addLayout(row)
        problem = problem_label(f"{name}_problem_label")
        column.addWidget(problem)
        form.addRow(label, column)
        return edit, problem

    # ------------------------------------------------------------------ texts

    def _direction_text(self) -> str:
        if self._goal.direction is Direction.LOWER_IS_BETTER:
            return self.tr(
                "Lower figures are better for this goal: the minimum is the highest figure "
                "you accept."
            )
        return self.tr(
            "Higher figures are better for this goal: the minimum is the lowest figure you accept."
        )

    def _number(self, value: float) -> str:
        text = QLocale().toString(float(value), "f", _SHORTEST)
        return f"{text} {self._goal.unit}" if self._goal.unit else text

    def _period_text(self, period: Period) -> str:
        return (
            self.tr("%1 to %2")
            .replace("%1", day_text(period.start))
            .replace("%2", day_text(period.end))
        )

    def _baseline_text(self) -> str:
        period = self._goal.baseline_period
        proposal = self._proposal
        if proposal is None:
            if period is None:
                return ""
            return self.tr("No figures measured in the baseline period (%1) yet.").replace(
                "%1", self._period_text(period)
            )
        middle = self._number(round(proposal.baseline, 2))
        if period is None:  # not expected: a proposal rests on a baseline period
            return self.tr("The middle of the measured figures is %1.").replace("%1", middle)
        if proposal.measured == 1:
            return (
                self.tr("One figure measured in the baseline period (%1): %2.")
                .replace("%1", self._period_text(period))
                .replace("%2", middle)
            )
        return (
            self.tr("%1 figures measured in the baseline period (%2); the middle one is %3.")
            .replace("%1", QLocale().toString(proposal.measured))
            .replace("%2", self._period_text(period))
            .replace("%3", middle)
        )

    def _progress_text(self) -> str:
        progress = self._goal.baseline_progress
        if progress is None or progress.done:
            return ""
        return (
            self.tr(
                "The baseline period is %1 % done and ends on %2. You can set the levels now "
                "or wait for more figures."
            )
            .replace("%1", QLocale().toString(round(progress.share * 100)))
            .replace("%2", day_text(progress.ends_on))
        )

    def _proposal_text(self) -> str:
        if self._proposal is None:
            return ""
        return (
            self.tr("Proposed: minimum %1, target %2.")
            .replace("%1", self._number(self._proposal.minimum))
            .replace("%2", self._number(self._proposal.target))
        )

    def _rule_text(self) -> str:
        cadence = self._goal.cadence
        if cadence is Cadence.QUARTERLY:
            return self.tr(
                "The minimum is what you already reach; the target is what you reached in your "
                "better quarter of quarters, so you know it is within reach."
            )
        if cadence is Cadence.YEARLY:
            return self.tr(
                "The minimum is what you already reach; the target is what you reached in your "
                "better quarter of years, so you know it is within reach."
            )
        return self.tr(
            "The minimum is what you already reach; the target is what you reached in your "
            "better quarter of months, so you know it is within reach."
        )

    # ------------------------------------------------------------------ actions

    @Slot()
    def use_proposal(self) -> None:
        """Put the proposed levels in the fields."""
        if self._proposal is None:
            return
        self.minimum_edit.setText(level_text(self._proposal.minimum))
        self.target_edit.setText(level_text(self._proposal.target))

    @Slot()
    def save(self) -> bool:
        """Store the levels; on a problem say what is wrong under the field and stay open."""
        baseline: object | None = None
        if self._proposal is not None and self._goal.awaiting_levels:
            # The measured baseline is kept with the levels it led to, edited or not.
            baseline = round(self._proposal.baseline, 2)
        try:
            outcome = self._goals.set_levels(
                self._goal.id,
                read_level(self.minimum_edit.text()),
                read_level(self.target_edit.text()),
                baseline=baseline,
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
        labels = {
            "minimum": self.minimum_problem_label,
            "target": self.target_problem_label,
            "": self.problems_label,  # the goal, the baseline: under everything
        }
        by_field: dict[str, list[str]] = {name: [] for name in labels}
        for problem in outcome.problems:
            sentences = by_field[problem.field if problem.field in labels else ""]
            sentence = levels_problem_text(problem)
            if sentence not in sentences:
                sentences.append(sentence)
        for name, label in labels.items():
            label.setText("\n".join(by_field[name]))
            label.setVisible(bool(by_field[name]))
        self._keep_texts_whole()
        if by_field["minimum"]:
            self.minimum_edit.setFocus()
        elif by_field["target"]:
            self.target_edit.setFocus()


__all__ = ["LevelsDialog", "level_text", "levels_problem_text", "read_level"]
