"""A step built straight from the declared fields, for steps without a page of their own."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from policydesk.domain.policy import FieldKind, PolicyStep
from policydesk.domain.policy_content import fields_of
from policydesk.ui.wizard import policy_texts as texts
from policydesk.ui.wizard.fields import (
    Answer,
    ChoiceAnswer,
    DateAnswer,
    LineAnswer,
    NumberAnswer,
    TextAnswer,
)
from policydesk.ui.wizard.step_page import StepPage, WizardContext


class AnswersStep(StepPage):
    """One answer widget per declared field of the step, in the declared order."""

    def __init__(
        self, step: PolicyStep, context: WizardContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(step, context, parent)
        for spec in fields_of(step):
            label = texts.answer_label(spec.key)
            answer: Answer
            if spec.kind is FieldKind.LINE:
                answer = LineAnswer(spec.key, label)
            elif spec.kind is FieldKind.CHOICE:
                choices = [(code, texts.choice_label(code)) for code in spec.choices]
                answer = ChoiceAnswer(spec.key, label, choices)
            elif spec.kind is FieldKind.DATE:
                answer = DateAnswer(spec.key, label)
            elif spec.kind in (FieldKind.NUMBER, FieldKind.INTEGER, FieldKind.AMOUNT):
                answer = NumberAnswer(
                    spec.key,
                    label,
                    minimum=spec.minimum or 0,
                    maximum=spec.maximum or 1_000_000,
                    decimals=1 if spec.kind is FieldKind.NUMBER else 0,
                )
            else:
                answer = TextAnswer(spec.key, label)
            self.add_answer(answer)
        self.finish()
