"""Step 7, staff guidelines: the complaint guideline, discretion and escalation.

The complaint guideline follows four steps (understand the problem, find the cause, propose
solutions, resolve it); the owner starts from them written out for a small business and makes
them their own. Then what staff may decide alone, up to which amount they may compensate a
customer without asking, and where a case goes when it is beyond them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from policydesk.domain.money import currency_exponent
from policydesk.domain.policy import PolicyStep
from policydesk.ui.wizard import policy_texts as texts
from policydesk.ui.wizard.fields import AmountAnswer, TextAnswer
from policydesk.ui.wizard.step_page import StepPage, WizardContext

translate = QCoreApplication.translate


class GuidelinesStep(StepPage):
    """How staff handle a complaint, what they may decide alone, and the escalation route.

    Attributes:
        complaint_steps: the four-step guideline (approval needs it).
        discretion: what staff may decide without asking.
        compensation_limit: the amount staff may give without asking (stored in minor units).
        escalation: who takes over when a case is beyond the person who heard it.
    """

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(PolicyStep.GUIDELINES, context, parent)
        self.set_guidance(
            translate(
                "GuidelinesStep",
                "<p>A complaint handled well wins a customer back. Give staff four steps to "
                "follow:</p>"
                "<ol>"
                "<li><b>Understand</b> the problem: let the customer talk, then repeat the facts "
                "back so both agree on what happened.</li>"
                "<li><b>Find the cause</b>: what went wrong, and where.</li>"
                "<li><b>Propose</b> a solution: ask first what the customer would like, then "
                "offer what you can.</li>"
                "<li><b>Resolve</b> it: do what was agreed, ask whether the customer is "
                "satisfied, apologise, and compensate when you can.</li>"
                "</ol>"
                "<p>Trust your staff with room to act rather than a rulebook: the person who "
                "hears about a problem may solve it there and then, within limits you set "
                "below. One famous hotel chain sums it up for every employee: <i>“I own and "
                "immediately resolve guest problems.”</i></p>",
            )
        )
        self.complaint_steps = TextAnswer(
            "guidelines.complaint_steps",
            texts.answer_label("guidelines.complaint_steps"),
            translate(
                "GuidelinesStep",
                "The four steps in your own words. Press the button below to start from them "
                "and adapt them to your business. The policy cannot be approved without this.",
            ),
            translate(
                "GuidelinesStep",
                "1. Understand: let the customer tell the whole story without interrupting. "
                "Then say back what you heard (“So the cake you collected on Saturday had the "
                "wrong name on it?”) until you both agree.\n"
                "2. Find the cause: check the order slip and ask whoever baked or packed it. "
                "Tell the customer what went wrong, without blaming a colleague.\n"
                "3. Propose: ask the customer first what would put it right for them. Then "
                "offer what you can: a new cake, the money back, or a gift card.\n"
                "4. Resolve: do what you agreed at once, ask whether the customer is satisfied, "
                "apologise, and add something small when you can, such as coffee and a bun on "
                "the house. Write the complaint in the log so that we can learn from it.",
            ),
            lines=9,
        )
        self.complaint_steps.example_button.setText(
            translate("GuidelinesStep", "Start from the Four Steps")
        )
        self.add_answer(self.complaint_steps)

        self.discretion = TextAnswer(
            "guidelines.discretion",
            texts.answer_label("guidelines.discretion"),
            translate(
                "GuidelinesStep",
                "What anyone on the staff may do for a customer without asking you first.",
            ),
            translate(
                "GuidelinesStep",
                "Everyone may replace a product, refund it, or give a gift card on the spot, up "
                "to the amount below, and decide how to say sorry. Nobody has to ask before "
                "making a customer happy; tell the owner afterwards so we can fix the cause.",
            ),
        )
        self.add_answer(self.discretion)

        currency = context.currency
        self.compensation_limit = AmountAnswer(
            "guidelines.compensation_limit",
            texts.answer_label("guidelines.compensation_limit"),
            translate(
                "GuidelinesStep",
                "Per complaint. A limit high enough to solve most cases at once saves "
                "customers; a bakery might allow about the price of a large cake.",
            ),
            currency=currency,
            exponent=currency_exponent(currency),
        )
        self.add_answer(self.compensation_limit)

        self.escalation = TextAnswer(
            "guidelines.escalation",
            texts.answer_label("guidelines.escalation"),
            translate(
                "GuidelinesStep",
                "Who takes over when a case is beyond the limit or the person who heard it, "
                "how fast, and how the customer is kept informed.",
            ),
            translate(
                "GuidelinesStep",
                "Above the limit, or when the customer is still unhappy, pass the case to the "
                "shift leader the same day. If it cannot be solved there, the owner calls the "
                "customer within two working days. Tell the customer who will call and when, "
                "and write each step in the complaint log.",
            ),
        )
        self.add_answer(self.escalation)

        self.customer_asks = TextAnswer(
            "guidelines.customer_asks",
            texts.answer_label("guidelines.customer_asks"),
            translate(
                "GuidelinesStep",
                "What helps you help customers: it is printed on the customer charter. "
                "Leave it empty if there is nothing to ask.",
            ),
            translate(
                "GuidelinesStep",
                "Bring the receipt or the order number when something is wrong, tell us early "
                "when a cake for a party needs changing, and let us know how we did: praise "
                "and complaints both make us better.",
            ),
        )
        self.add_answer(self.customer_asks)
        self.finish()
