"""Step 2, today: the desired state, inflows, own resources counted backwards, the platform.

The owner first says where customer service should be, then how it is today: how many
contacts arrive per channel and who answers them. From those figures the step counts backwards
as the owner types (see :mod:`policydesk.domain.capacity`): with this capacity, this backlog
and this answer time are what can be promised. Last comes the technical platform.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QGridLayout, QWidget

from policydesk.domain.capacity import DEFAULT_DAYS_PER_WEEK, Resources
from policydesk.domain.complaints import Channel
from policydesk.domain.policy import PlatformFit, PolicyStep
from policydesk.ui.wizard import policy_texts as texts
from policydesk.ui.wizard.fields import ChoiceAnswer, NumberAnswer, TextAnswer
from policydesk.ui.wizard.step_page import StepPage, WizardContext
from policydesk.ui.wizard.widgets_today import (
    CapacityBox,
    InflowTable,
    hint_label,
    section_heading,
)

if TYPE_CHECKING:
    from policydesk.services.policy import PolicyState, SaveResult

translate = QCoreApplication.translate

INFLOW_KEY = "inflow:"  # + channel code: the pending save of one channel's inflow


class TodayStep(StepPage):
    """Where service should be, and where it is: inflows, resources, what can be promised."""

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(PolicyStep.TODAY, context, parent)
        self.set_guidance(
            translate(
                "TodayStep",
                "<p>Before promising anything, look at today. Say where you want customer "
                "service to be, then count how many customers get in touch and who answers "
                "them. PolicyDesk counts backwards from your figures: with these hands, this is "
                "the answer time you can honestly promise.</p>"
                "<p>Rough figures are fine: count for a typical week, or ask the staff. "
                "<i>Example: a bike shop gets about 15 calls and 20 e-mails a day and 40 "
                "visitors at the counter; two people share them.</i></p>",
            )
        )
        self.add_answer(
            TextAnswer(
                "today.desired_state",
                texts.answer_label("today.desired_state"),
                translate(
                    "TodayStep",
                    "How customer service works when everything runs as you wish.",
                ),
                translate(
                    "TodayStep",
                    "Every customer who calls during opening hours reaches a person or gets a "
                    "call back the same day. E-mails are answered within one working day, and "
                    "a bike left for repair is ready on the day we promised.",
                ),
            )
        )

        self.add_widget(section_heading(translate("TodayStep", "Contacts today"), "inflow_heading"))
        self.add_widget(
            hint_label(
                translate(
                    "TodayStep",
                    "How many contacts arrive through each channel, per working day or per "
                    "week. Leave a channel at “—” when you do not use it; 0 means it is open but "
                    "quiet.",
                )
            )
        )
        self.inflow_table = InflowTable()
        self.inflow_table.inflow_edited.connect(self._on_inflow_table_inflow_edited)
        self.add_widget(self.inflow_table)

        self.add_widget(
            section_heading(translate("TodayStep", "Your own resources"), "resources_heading")
        )
        self.add_widget(
            hint_label(
                translate(
                    "TodayStep",
                    "Count the people who answer customers as full days: two people who each "
                    "spend half the day on customers make 1.0.",
                )
            )
        )
        self.people_answer = NumberAnswer.for_field(
            "today.people",
            texts.answer_label("today.people"),
            translate("TodayStep", "Full-time equivalents, e.g. 1.5"),
        )
        self.hours_answer = NumberAnswer.for_field(
            "today.hours_per_day",
            texts.answer_label("today.hours_per_day"),
            translate("TodayStep", "Hours a day customers are served"),
        )
        self.per_person_answer = NumberAnswer.for_field(
            "today.contacts_per_person",
            texts.answer_label("today.contacts_per_person"),
            translate("TodayStep", "At a pace one can keep up all day"),
        )
        self.backlog_answer = NumberAnswer.for_field(
            "today.open_backlog",
            texts.answer_label("today.open_backlog"),
            translate("TodayStep", "Unanswered e-mails, messages, call-backs"),
        )
        self.days_answer = NumberAnswer.for_field(
            "today.days_per_week",
            texts.answer_label("today.days_per_week"),
            translate("TodayStep", "“—” counts as 5"),
        )
        self.resources_grid = QWidget()
        self.resources_grid.setObjectName("resources_grid")
        grid = QGridLayout(self.resources_grid)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        resources = (
            self.people_answer,
            self.hours_answer,
            self.per_person_answer,
            self.backlog_answer,
            self.days_answer,
        )
        for index, answer in enumerate(resources):
            self._register(answer)
            grid.addWidget(answer, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
            answer.edited.connect(self._on_resource_edited)
        for column in range(2):
            grid.setColumnStretch(column, 1)
        self.add_widget(self.resources_grid)

        self.capacity_box = CapacityBox()
        self.add_widget(self.capacity_box)

        self.add_widget(
            section_heading(translate("TodayStep", "The technical platform"), "platform_heading")
        )
        self.add_answer(
            TextAnswer(
                "today.platform",
                texts.answer_label("today.platform"),
                translate(
                    "TodayStep",
                    "The phone, e-mail, web shop, booking or till system you use with customers.",
                ),
                translate(
                    "TodayStep",
                    "One shop phone without voicemail, a shared Gmail inbox, the web shop's "
                    "contact form and a paper book for repairs at the counter.",
                ),
            )
        )
        self.add_answer(
            ChoiceAnswer(
                "today.platform_fit",
                texts.answer_label("today.platform_fit"),
                [(fit.value, texts.choice_label(fit.value)) for fit in PlatformFit],
                translate(
                    "TodayStep",
                    "Can you keep the answer times above with these tools, and see whether you do?",
                ),
            )
        )
        self.add_answer(
            TextAnswer(
                "today.investments",
                texts.answer_label("today.investments"),
                translate("TodayStep", "What must be bought, set up or learnt, and roughly when."),
                translate(
                    "TodayStep",
                    "Voicemail that texts us the caller's number, so we can call back; a "
                    "repair list that sends the customer a message when the bike is ready. "
                    "Both before the spring rush.",
                ),
            )
        )
        self.finish()
        context.saves.saved.connect(self._on_saves_saved)
        self._update_capacity()

    def _register(self, answer: NumberAnswer) -> None:
        """Make ``answer`` a plain answer of the step without adding it to the column."""
        self.answers[answer.key] = answer
        answer.edited.connect(self.answer_edited)

    # ------------------------------------------------------------------ the house rule

    def load(self, state: PolicyState) -> None:
        """Show the answers and the inflow per channel of ``state``'s version."""
        super().load(state)
        self.inflow_table.set_plans(state.content.channels)
        self._update_capacity()

    def set_read_only(self, read_only: bool) -> None:
        """Let the owner read an approved version without changing it."""
        super().set_read_only(read_only)
        self.inflow_table.set_read_only(read_only)

    # ------------------------------------------------------------------ counting backwards

    def resources(self) -> Resources:
        """The people and time as they stand in the step now (typed, not yet saved)."""
        backlog = self.backlog_answer.number()
        days = self.days_answer.number()
        return Resources(
            people=self.people_answer.number(),
            hours_per_day=self.hours_answer.number(),
            contacts_per_person=self.per_person_answer.number(),
            open_backlog=None if backlog is None else int(backlog),
            days_per_week=DEFAULT_DAYS_PER_WEEK if days is None else int(days),
        )

    def _update_capacity(self) -> None:
        self.capacity_box.update_figures(self.inflow_table.inflows(), self.resources())

    # ------------------------------------------------------------------ slots

    @Slot(str, str)
    def _on_resource_edited(self, _key: str, _value: str) -> None:
        self._update_capacity()

    @Slot(str)
    def _on_inflow_table_inflow_edited(self, code: str) -> None:
        self._update_capacity()
        if not self.context.editable:
            return
        channel = Channel(code)
        count = self.inflow_table.count(channel)
        period = self.inflow_table.period(channel)
        version_id = self.context.version_id
        policy = self.context.policy
        self.context.saves.schedule(
            f"{INFLOW_KEY}{code}",
            lambda: policy.set_inflow(version_id, channel, count, period),
        )

    @Slot(str, object)
    def _on_saves_saved(self, key: str, result: SaveResult) -> None:
        if not key.startswith(INFLOW_KEY):
            return
        code = key.removeprefix(INFLOW_KEY)
        if code in Channel._value2member_map_:
            self.inflow_table.show_problems(
                Channel(code), [texts.problem_text(problem) for problem in result.problems]
            )
