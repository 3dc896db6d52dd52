"""The nine steps of the policy wizard, one module each; :func:`make_step` builds any of them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from policydesk.domain.policy import PolicyStep
from policydesk.ui.wizard.step_page import StepPage, WizardContext
from policydesk.ui.wizard.steps.areas import AreasStep
from policydesk.ui.wizard.steps.goals import GoalsStep
from policydesk.ui.wizard.steps.guidelines import GuidelinesStep
from policydesk.ui.wizard.steps.mission import MissionStep
from policydesk.ui.wizard.steps.needs import NeedsStep
from policydesk.ui.wizard.steps.review import ReviewStep
from policydesk.ui.wizard.steps.rollout import RolloutStep
from policydesk.ui.wizard.steps.today import TodayStep
from policydesk.ui.wizard.steps.vision import VisionStep

StepFactory = Callable[[WizardContext], StepPage]

STEP_PAGES: dict[PolicyStep, StepFactory] = {
    PolicyStep.MISSION: MissionStep,
    PolicyStep.TODAY: TodayStep,
    PolicyStep.NEEDS: NeedsStep,
    PolicyStep.VISION: VisionStep,
    PolicyStep.GOALS: GoalsStep,
    PolicyStep.AREAS: AreasStep,
    PolicyStep.GUIDELINES: GuidelinesStep,
    PolicyStep.ROLLOUT: RolloutStep,
    PolicyStep.APPROVAL: ReviewStep,
}


def make_step(step: PolicyStep, context: WizardContext, parent: QWidget | None = None) -> StepPage:
    """Build the page for ``step``."""
    page = STEP_PAGES[step](context)
    if parent is not None:
        page.setParent(parent)
    return page
