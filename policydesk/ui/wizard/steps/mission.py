"""Step 1, business and mission: who we are, who we are there for, and what service is for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from policydesk.domain.policy import PolicyStep
from policydesk.ui.wizard import policy_texts as texts
from policydesk.ui.wizard.fields import LineAnswer, TextAnswer
from policydesk.ui.wizard.step_page import StepPage, WizardContext

translate = QCoreApplication.translate


class MissionStep(StepPage):
    """The vision half of the policy: the business, its customers and its view of service."""

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(PolicyStep.MISSION, context, parent)
        self.set_guidance(
            translate(
                "MissionStep",
                "<p>Start with the business itself. Write as you would explain it to a new "
                "employee on the first day: short, concrete and in your own words. Each answer "
                "can be a sentence or two; you can come back and change everything later.</p>"
                "<p>Every field has an example from a small bakery. Press <b>Use the Example</b> "
                "to take it over and adapt it.</p>",
            )
        )
        self.add_answer(
            LineAnswer(
                "business.name",
                texts.answer_label("business.name"),
                placeholder=translate("MissionStep", "e.g. Lindgren's Bakery"),
            )
        )
        self.add_answer(
            LineAnswer(
                "business.trade",
                texts.answer_label("business.trade"),
                placeholder=translate("MissionStep", "e.g. bakery and café"),
            )
        )
        self.add_answer(
            TextAnswer(
                "mission.who_we_are",
                texts.answer_label("mission.who_we_are"),
                translate("MissionStep", "What you do, where, and how many you are."),
                translate(
                    "MissionStep",
                    "We are a family bakery on the market square with four bakers and three "
                    "people in the shop. We bake bread, buns and cakes every morning and take "
                    "orders for parties.",
                ),
            )
        )
        self.add_answer(
            TextAnswer(
                "mission.for_whom",
                texts.answer_label("mission.for_whom"),
                translate("MissionStep", "The customers you serve, and the ones you want more of."),
                translate(
                    "MissionStep",
                    "Neighbours who buy bread on the way to work, families who order birthday "
                    "cakes, and the cafés and offices nearby that we deliver to.",
                ),
            )
        )
        self.add_answer(
            TextAnswer(
                "mission.perceived_as",
                texts.answer_label("mission.perceived_as"),
                translate("MissionStep", "What customers should say about you to a friend."),
                translate(
                    "MissionStep",
                    "As the friendly bakery where the bread is fresh, the staff remember you and "
                    "a special order is always ready on time.",
                ),
            )
        )
        self.add_answer(
            TextAnswer(
                "mission.view_of_service",
                texts.answer_label("mission.view_of_service"),
                translate("MissionStep", "What good service means in your business."),
                translate(
                    "MissionStep",
                    "Good service is a short queue, honest advice about allergens, and putting "
                    "things right at once when an order was wrong.",
                ),
            )
        )
        self.add_answer(
            TextAnswer(
                "mission.economics",
                texts.answer_label("mission.economics"),
                translate(
                    "MissionStep",
                    "What service costs you, and what it brings in (returning customers, "
                    "word of mouth, fewer returns).",
                ),
                translate(
                    "MissionStep",
                    "Regulars buy several times a week and bring their friends. A cake that goes "
                    "wrong costs us a customer for years, so we would rather replace it at once "
                    "than argue.",
                ),
            )
        )
        self.add_answer(
            TextAnswer(
                "mission.ambition",
                texts.answer_label("mission.ambition"),
                translate("MissionStep", "How good you want to be, and compared with whom."),
                translate(
                    "MissionStep",
                    "We want to be the bakery in town that always keeps its promises about "
                    "orders, even in the Christmas rush.",
                ),
            )
        )
        self.add_answer(
            TextAnswer(
                "mission.approach",
                texts.answer_label("mission.approach"),
                translate("MissionStep", "The attitude staff bring to every customer."),
                translate(
                    "MissionStep",
                    "We listen first, answer honestly, and the person who hears about a problem "
                    "owns it until the customer is happy.",
                ),
            )
        )
        self.add_answer(
            TextAnswer(
                "mission.strategic_mission",
                texts.answer_label("mission.strategic_mission"),
                translate(
                    "MissionStep",
                    "What customer service is for here, tied to the business's goals: solving "
                    "problems, and also supporting sales.",
                ),
                translate(
                    "MissionStep",
                    "Customer service keeps our regulars coming back and turns every order "
                    "question into a chance to suggest the right cake for the occasion.",
                ),
            )
        )
        self.finish()
