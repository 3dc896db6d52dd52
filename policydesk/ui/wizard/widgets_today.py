"""Widgets of the Today step: the inflow per channel and the live "count backwards" result.

:class:`InflowTable` is a compact grid with one row per contact channel: how many contacts
arrive, per working day or per week. :class:`CapacityBox` turns the inflow and the owner's own
resources into plain sentences with :func:`~policydesk.domain.capacity.count_backwards`, every
time a figure changes, so the owner sees at once what can honestly be promised.
:func:`capacity_sentences` writes those sentences and is where the wording lives.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QLocale, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.capacity import (
    MAX_COUNT,
    CapacityProblem,
    CapacityProblemCode,
    CapacityResult,
    Inflow,
    Resources,
    capacity_problems,
    count_backwards,
    missing_figures,
)
from policydesk.domain.complaints import Channel
from policydesk.domain.policy import InflowPeriod
from policydesk.domain.policy_content import ChannelPlanEntry
from policydesk.ui.complaint_texts import channel_label
from policydesk.ui.forms import PROBLEM_STYLE
from policydesk.ui.wizard import policy_texts as texts

# Each call names its context in full: lupdate reads only literal contexts and texts.
translate = QCoreApplication.translate

NOT_GIVEN = -1  # the spin box position shown as "—": no count for the channel
SMALL_TEAM = 3  # up to this many people the advice speaks to a very small business
BUSY_LOAD = 0.85  # above this share of capacity a sick day already makes customers wait


def section_heading(text: str, name: str = "") -> QLabel:
    """A heading between the parts of a step (bigger and bolder than an answer's label)."""
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    label.setFont(font)
    label.setContentsMargins(0, 14, 0, 0)
    label.setWordWrap(True)
    return label


def hint_label(text: str, name: str = "") -> QLabel:
    """A short, quieter explanation under a heading."""
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class InflowTable(QWidget):
    """One row per channel: a count ("—" when not given) and whether it is per day or week.

    Signals:
        inflow_edited(channel_code): the owner changed a channel's count or period.
    """

    inflow_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inflow_table")
        self.count_spins: dict[Channel, QSpinBox] = {}
        self.period_combos: dict[Channel, QComboBox] = {}
        self.problem_labels: dict[Channel, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        header_font = QFont(self.font())
        header_font.setBold(True)
        for column, text in enumerate(
            (self.tr("Channel"), self.tr("Contacts"), self.tr("Counted"))
        ):
            header = QLabel(text)
            header.setFont(header_font)
            grid.addWidget(header, 0, column)
        row = 1
        for channel in Channel:
            label = QLabel(channel_label(channel))
            spin = QSpinBox()
            spin.setObjectName(f"inflow_{channel.value}_count")
            spin.setRange(NOT_GIVEN, MAX_COUNT)
            spin.setSpecialValueText("—")
            spin.setGroupSeparatorShown(True)
            spin.setValue(NOT_GIVEN)
            spin.setMinimumWidth(110)
            spin.setAccessibleName(
                self.tr("Contacts through %1").replace("%1", channel_label(channel))
            )
            label.setBuddy(spin)
            combo = QComboBox()
            combo.setObjectName(f"inflow_{channel.value}_period")
            for period in InflowPeriod:
                combo.addItem(texts.choice_label(period.value), period.value)
            combo.setAccessibleName(self.tr("Period for %1").replace("%1", channel_label(channel)))
            problem = QLabel()
            problem.setObjectName(f"inflow_{channel.value}_problem")
            problem.setStyleSheet(PROBLEM_STYLE)
            problem.setWordWrap(True)
            problem.hide()
            grid.addWidget(label, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(combo, row, 2)
            grid.addWidget(problem, row, 3)
            self.count_spins[channel] = spin
            self.period_combos[channel] = combo
            self.problem_labels[channel] = problem
            spin.valueChanged.connect(lambda _value, code=channel.value: self._changed(code))
            combo.currentIndexChanged.connect(
                lambda _index, code=channel.value: self._changed(code)
            )
            row += 1
        grid.setColumnStretch(3, 1)

    def _changed(self, code: str) -> None:
        self.inflow_edited.emit(code)

    def count(self, channel: Channel) -> int | None:
        """The count shown for ``channel`` (None: not given)."""
        value = self.count_spins[channel].value()
        return None if value == NOT_GIVEN else value

    def period(self, channel: Channel) -> InflowPeriod:
        """Whether ``channel``'s count is per day or per week."""
        return InflowPeriod(self.period_combos[channel].currentData())

    def inflows(self) -> list[Inflow]:
        """Every channel's inflow as the capacity sums take it."""
        return [
            Inflow(channel.value, self.count(channel), self.period(channel)) for channel in Channel
        ]

    def set_plans(self, plans: Sequence[ChannelPlanEntry]) -> None:
        """Show stored inflows (channels without a plan show "—"), without reporting edits."""
        by_channel = {plan.channel: plan for plan in plans}
        for channel in Channel:
            plan = by_channel.get(channel)
            spin, combo = self.count_spins[channel], self.period_combos[channel]
            with QSignalBlocker(spin), QSignalBlocker(combo):
                count = None if plan is None else plan.inflow_count
                spin.setValue(NOT_GIVEN if count is None else count)
                period = InflowPeriod.DAY if plan is None else plan.inflow_period
                combo.setCurrentIndex(max(combo.findData(period.value), 0))
            self.show_problems(channel, [])

    def show_problems(self, channel: Channel, problems: list[str]) -> None:
        """Show what is wrong with a channel's figure beside its row (nothing when empty)."""
        label = self.problem_labels[channel]
        label.setText("\n".join(problems))
        label.setVisible(bool(problems))

    def set_read_only(self, read_only: bool) -> None:
        """Show the figures of an approved version without letting them change."""
        for channel in Channel:
            self.count_spins[channel].setReadOnly(read_only)
            self.period_combos[channel].setEnabled(not read_only)


class CapacityBox(QFrame):
    """The live result of counting backwards, in plain sentences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capacity_box")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(self.backgroundRole().AlternateBase)
        self.setAutoFillBackground(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 10, 12, 10)
        column.setSpacing(4)
        self.title_label = QLabel(self.tr("What you can promise today"))
        self.title_label.setObjectName("capacity_title")
        font = QFont(self.title_label.font())
        font.setBold(True)
        self.title_label.setFont(font)
        column.addWidget(self.title_label)
        self.result_label = QLabel()
        self.result_label.setObjectName("capacity_label")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.result_label)
        self.result: CapacityResult | None = None
        self.sentences: list[str] = []

    @Slot()
    def update_figures(self, inflows: Sequence[Inflow], resources: Resources) -> None:
        """Count backwards again from these figures and say what they mean."""
        self.result = count_backwards(inflows, resources)
        sentences = capacity_sentences(inflows, resources)
        self.sentences = [sentence.text for sentence in sentences]
        self.result_label.setText(
            "".join(
                f"<p><b>{_escape(sentence.text)}</b></p>"
                if sentence.strong
                else f"<p>{_escape(sentence.text)}</p>"
                for sentence in sentences
            )
        )

    def text(self) -> str:
        """The sentences shown, as plain text (one per line)."""
        return "\n".join(self.sentences)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------------------- the sentences


def _number(value: float) -> str:
    """A figure as people say it: whole when it is whole, else with one decimal."""
    locale = QLocale()
    rounded = round(value, 1)
    if rounded == int(rounded):
        return locale.toString(int(rounded))
    return locale.toString(rounded, "f", 1)


class Sentence(NamedTuple):
    """One sentence of the result; ``strong`` ones carry the verdict and are shown in bold."""

    text: str
    strong: bool = False


def capacity_sentences(inflows: Sequence[Inflow], resources: Resources) -> list[Sentence]:
    """The result of counting backwards, or what is still missing, in plain sentences.

    Args:
        inflows: the inflow per channel as typed.
        resources: the people and time as typed.
    """
    missing = missing_figures(inflows, resources)
    if missing:
        return [Sentence(text) for text in _missing_sentences(missing)]
    problems = capacity_problems(inflows, resources)
    if problems:
        return [Sentence(_problem_sentence(problem), True) for problem in problems]
    result = count_backwards(inflows, resources)
    assert result is not None  # neither missing figures nor problems
    return _result_sentences(inflows, resources, result)


def _missing_sentences(missing: list[str]) -> list[str]:
    names = {
        "inflow": translate(
            "CapacityText", "how many contacts arrive through at least one channel"
        ),
        "people": translate("CapacityText", "how many people handle customer contacts"),
        "hours_per_day": translate("CapacityText", "the business hours per working day"),
        "contacts_per_person": translate(
            "CapacityText", "how many contacts one person handles per day"
        ),
    }
    sentences = [
        translate(
            "CapacityText",
            "Fill in the figures above and the result appears here as you type. Still missing:",
        )
    ]
    sentences += [f"• {names.get(name, name)}" for name in missing]
    return sentences


def _field_name(field: str) -> str:
    if field.startswith("inflow."):
        code = field.partition(".")[2]
        if code in Channel._value2member_map_:
            return channel_label(Channel(code))
    return {
        "people": translate("CapacityText", "the number of people"),
        "hours_per_day": translate("CapacityText", "the business hours per day"),
        "contacts_per_person": translate("CapacityText", "the contacts per person"),
        "open_backlog": translate("CapacityText", "the contacts waiting"),
        "days_per_week": translate("CapacityText", "the working days per week"),
    }.get(field, field)


def _problem_sentence(problem: CapacityProblem) -> str:
    name = _field_name(problem.field)
    code = problem.code
    if code is CapacityProblemCode.ZERO_WITH_INFLOW:
        return translate(
            "CapacityText",
            "Contacts arrive, but %1 is zero: nobody has time to answer them, so nothing can "
            "be promised. Enter what you really have, even if it is little.",
        ).replace("%1", name)
    if code is CapacityProblemCode.NOT_WHOLE:
        return translate("CapacityText", "Write %1 as a whole number.").replace("%1", name)
    if code is CapacityProblemCode.NEGATIVE:
        return translate("CapacityText", "%1 cannot be below zero.").replace("%1", name)
    if code is CapacityProblemCode.TOO_LARGE:
        return (
            translate("CapacityText", "%1 is larger than %2; please check the figure.")
            .replace("%1", name)
            .replace("%2", _number(float(problem.param("max") or 0)))
        )
    if code is CapacityProblemCode.OUT_OF_RANGE:
        return (
            translate("CapacityText", "%1 lies between %2 and %3.")
            .replace("%1", name)
            .replace("%2", problem.param("min"))
            .replace("%3", problem.param("max"))
        )
    return translate("CapacityText", "Write %1 as a number.").replace("%1", name)


def _promise_sentence(result: CapacityResult, hours_per_day: float) -> str:
    assert result.promise_hours is not None
    assert result.promise_days is not None
    if result.promise_days > 1:
        return translate(
            "CapacityText", "You can promise an answer within %1 working days."
        ).replace("%1", QLocale().toString(result.promise_days))
    # Within the day: whole hours, never more than the day has.
    hours = max(1, min(math.ceil(round(result.promise_hours, 6)), math.ceil(hours_per_day)))
    if hours == 1:
        return translate("CapacityText", "You can promise an answer within one business hour.")
    return translate("CapacityText", "You can promise an answer within %1 business hours.").replace(
        "%1", QLocale().toString(hours)
    )


def _load_sentence(result: CapacityResult) -> str:
    percent = QLocale().toString(result.load * 100, "f", 0)
    if result.load <= 0.6:
        text = translate("CapacityText", "That is a load of %1 %: there is room to spare.")
    elif result.load <= BUSY_LOAD:
        text = translate("CapacityText", "That is a load of %1 %: comfortably busy.")
    elif result.load <= 1:
        text = translate(
            "CapacityText",
            "That is a load of %1 %: tight. A sick day or a busy Monday will make customers wait.",
        )
    else:
        text = translate("CapacityText", "That is a load of %1 %: more than you can handle.")
    return text.replace("%1", percent)


def _result_sentences(
    inflows: Sequence[Inflow], resources: Resources, result: CapacityResult
) -> list[Sentence]:
    people = float(resources.people or 0)
    small = people <= SMALL_TEAM
    phone = any(
        inflow.channel == Channel.PHONE.value and (inflow.count or 0) > 0 for inflow in inflows
    )
    sentences = [
        Sentence(
            translate(
                "CapacityText", "About %1 contacts arrive per working day, all channels together."
            ).replace("%1", _number(result.daily_inflow))
        ),
        Sentence(
            translate(
                "CapacityText",
                "%1 people handling %2 contacts each can answer about %3 contacts per working day.",
            )
            .replace("%1", _number(people))
            .replace("%2", _number(float(resources.contacts_per_person or 0)))
            .replace("%3", _number(result.daily_capacity))
        ),
        Sentence(_load_sentence(result)),
    ]
    if result.sustainable:
        sentences.append(
            Sentence(
                translate("CapacityText", "This is sustainable: the queue does not grow."), True
            )
        )
        if result.promise_hours is not None:
            hours_per_day = float(resources.hours_per_day or 0)
            sentences.append(Sentence(_promise_sentence(result, hours_per_day), True))
        sentences += _backlog_sentences(resources.open_backlog or 0, result)
        if small:
            sentences.append(
                Sentence(
                    translate(
                        "CapacityText",
                        "That is a promise a small team can keep. Write it down as a goal in "
                        "step 5, and measure for a few months whether you hold it.",
                    )
                )
            )
    else:
        sentences.append(
            Sentence(
                translate(
                    "CapacityText",
                    "This is not sustainable: about %1 contacts a day stay unanswered, so the "
                    "queue grows by about %2 contacts a week. No answer time can honestly be "
                    "promised yet.",
                )
                .replace("%1", _number(result.daily_shortfall))
                .replace("%2", _number(result.weekly_backlog_growth)),
                True,
            )
        )
        sentences.append(
            Sentence(
                translate(
                    "CapacityText",
                    "To keep up you need about %1 people where you have %2, or fewer contacts "
                    "coming in.",
                )
                .replace("%1", _number(result.people_needed))
                .replace("%2", _number(people))
            )
        )
        if small:
            sentences.append(
                Sentence(
                    translate(
                        "CapacityText",
                        "That is common in a small business and it can be solved: answer "
                        "e-mail in two fixed slots a day, put answers to the most common "
                        "questions on your website, or get help on the busiest days.",
                    )
                )
            )
    if phone and small and (not result.sustainable or result.load > BUSY_LOAD or people < 2):
        sentences.append(
            Sentence(
                translate(
                    "CapacityText",
                    "Tip: with few hands the phone cannot always be answered while you serve a "
                    "customer. Promise to call back instead (for example within two business "
                    "hours) and keep that promise; customers accept a call-back they can "
                    "trust.",
                )
            )
        )
    return sentences


def _backlog_sentences(backlog: int, result: CapacityResult) -> list[Sentence]:
    if not backlog:
        return []
    if result.days_to_clear_backlog is not None:
        return [
            Sentence(
                translate(
                    "CapacityText",
                    "The %1 contacts waiting now are cleared in about %2 working days, with "
                    "the spare capacity you have.",
                )
                .replace("%1", _number(backlog))
                .replace("%2", _number(max(result.days_to_clear_backlog, 0.1)))
            )
        ]
    return [
        Sentence(
            translate(
                "CapacityText",
                "There is no spare capacity, so the %1 contacts waiting now will not get "
                "fewer by themselves.",
            ).replace("%1", _number(backlog))
        )
    ]
