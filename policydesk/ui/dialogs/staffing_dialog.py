"""Staffing check for a phone promise: how many people must answer, and what the staff give now.

The owner types the busiest hour's calls, the average handling time and the promise ("80 % of
calls answered within 30 seconds"), and the people who answer now. The figures follow as they
type, from :func:`~policydesk.domain.contact_centre.staffing` and
:func:`~policydesk.domain.contact_centre.promise_check` (Erlang C): the people the promise
needs, the service level, average wait and occupancy the current staff give, and, when the
promise is out of reach, the alternative promises the check suggests, in plain words.

Every field is read here and checked before anything is computed: a bad field says what is
wrong under it and no figures are shown, so the Erlang C functions never see a value they
would refuse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.contact_centre import (
    AlternativeKind,
    PromiseCheck,
    Staffing,
    promise_check,
    staffing,
)
from policydesk.domain.goal_followup import read_number
from policydesk.ui.forms import PROBLEM_STYLE

if TYPE_CHECKING:
    from policydesk.domain.contact_centre import Alternative, QueueFigures
    from policydesk.services.goals import GoalOverview

translate = QCoreApplication.translate

# The limits of what the check accepts: far above any business that answers its own phone,
# low enough that Erlang C's search for enough people stays quick.
MAX_CALLS_PER_HOUR: Final = 10_000
MAX_HANDLING: Final = timedelta(hours=4)
MAX_ANSWER_TIME: Final = timedelta(hours=1)
MAX_PEOPLE: Final = 1_000
MAX_SHRINKAGE_PERCENT: Final = 90
DEFAULT_SHARE_PERCENT: Final = 80
DEFAULT_ANSWER_SECONDS: Final = 30
DEFAULT_OCCUPANCY_PERCENT: Final = 85
DEFAULT_SHRINKAGE_PERCENT: Final = 30
SMALL_TEAM: Final = 3  # up to this many people the out-of-reach text speaks to a small business

_CLOCK: Final = re.compile(r"(?P<minutes>\d{1,4}):(?P<seconds>\d{1,2}(?:[.,]\d+)?)")


# ---------------------------------------------------------------------------- words


def _number(value: float, decimals: int) -> str:
    return QLocale().toString(float(value), "f", decimals)


def percent_text(share: float, decimals: int = 1) -> str:
    """A share between 0 and 1 as a local percentage, e.g. ``85.3 %``."""
    return translate("StaffingDialog", "%1 %").replace("%1", _number(share * 100, decimals))


def promise_percent_text(share: float) -> str:
    """A promised share as people write it: ``80 %``, or ``82.5 %`` when not whole."""
    percent = round(share * 100, 1)
    return percent_text(share, 0 if float(percent).is_integer() else 1)


def duration_words(duration: timedelta) -> str:  # noqa: PLR0911 - one phrase per unit and number
    """A promised time in words: ``30 seconds``, ``1 minute``, ``2 hours``, ``1 min 30 s``."""
    seconds = round(duration.total_seconds())
    locale = QLocale()
    if seconds % 3600 == 0 and seconds >= 3600:
        hours = seconds // 3600
        if hours == 1:
            return translate("StaffingDialog", "1 hour")
        return translate("StaffingDialog", "%1 hours").replace("%1", locale.toString(hours))
    if seconds % 60 == 0 and seconds >= 60:
        minutes = seconds // 60
        if minutes == 1:
            return translate("StaffingDialog", "1 minute")
        return translate("StaffingDialog", "%1 minutes").replace("%1", locale.toString(minutes))
    if seconds < 60:
        if seconds == 1:
            return translate("StaffingDialog", "1 second")
        return translate("StaffingDialog", "%1 seconds").replace("%1", locale.toString(seconds))
    return wait_text(duration)


def wait_text(duration: timedelta) -> str:
    """A waiting time as a short figure: ``7.8 s``, ``3 min 12 s``, ``1 h 5 min``."""
    seconds = duration.total_seconds()
    locale = QLocale()
    if seconds < 60:
        return translate("StaffingDialog", "%1 s").replace("%1", _number(seconds, 1))
    whole = round(seconds)
    if whole < 3600:
        return (
            translate("StaffingDialog", "%1 min %2 s")
            .replace("%1", locale.toString(whole // 60))
            .replace("%2", locale.toString(whole % 60))
        )
    minutes = round(seconds / 60)
    return (
        translate("StaffingDialog", "%1 h %2 min")
        .replace("%1", locale.toString(minutes // 60))
        .replace("%2", locale.toString(minutes % 60))
    )


def people_text(count: int) -> str:
    """A number of people: ``1 person``, ``3 people``."""
    if count == 1:
        return translate("StaffingDialog", "1 person")
    return translate("StaffingDialog", "%1 people").replace("%1", QLocale().toString(count))


def alternative_text(alternative: Alternative, promised: timedelta) -> str:
    """One alternative promise in words a shop owner understands."""
    share = promise_percent_text(alternative.share)
    reached = "" if alternative.reached is None else percent_text(alternative.reached)
    if alternative.kind is AlternativeKind.ANSWER_WITHIN:
        return (
            translate(
                "StaffingDialog",
                "Promise a longer wait: %1 of calls answered within %2 instead of %3 "
                "(you would reach %4).",
            )
            .replace("%1", share)
            .replace("%2", duration_words(alternative.within))
            .replace("%3", duration_words(promised))
            .replace("%4", reached)
        )
    if alternative.kind is AlternativeKind.LOWER_SHARE:
        return (
            translate(
                "StaffingDialog",
                "Promise a lower share: %1 of calls answered within %2, which is what you "
                "reach now.",
            )
            .replace("%1", share)
            .replace("%2", duration_words(alternative.within))
        )
    if alternative.kind is AlternativeKind.CALL_BACK_WITHIN:
        return (
            translate(
                "StaffingDialog",
                "Offer a call-back instead of a wait: callers leave their number and %1 of them "
                "are called back within %2 of opening hours (you would reach %3).",
            )
            .replace("%1", share)
            .replace("%2", duration_words(alternative.within))
            .replace("%3", reached)
        )
    return translate(
        "StaffingDialog",
        "Make the promise for opening hours only, and call back everyone who rings when you "
        "are closed.",
    )


# ---------------------------------------------------------------------------- reading fields


@dataclass(frozen=True, slots=True)
class StaffingInput:
    """The check's inputs, read and within their limits.

    Attributes:
        calls_per_hour: calls in the busiest hour.
        handling: the average handling time (talk plus the work after the call).
        share: the promised share, above 0 and below 1.
        within: the promised answer time.
        people: the people answering now.
        max_occupancy: the highest share of busy time accepted, or None for no cap.
        shrinkage: the share of paid time not spent answering.
    """

    calls_per_hour: float
    handling: timedelta
    share: float
    within: timedelta
    people: int
    max_occupancy: float | None
    shrinkage: float


def read_duration(text: str) -> timedelta | None:
    """A time typed as seconds (``42``, ``42,5``) or minutes:seconds (``4:05``); None if neither.

    A negative time comes back as such, for the caller to refuse in words.
    """
    written = text.strip()
    clock = _CLOCK.fullmatch(written)
    if clock is not None:
        seconds = float(clock["seconds"].replace(",", "."))
        if seconds >= 60:
            return None
        return timedelta(minutes=int(clock["minutes"]), seconds=seconds)
    number = read_number(written)
    if number is None:
        return None
    # A huge number is still a time, only far too long: kept within what a timedelta holds,
    # so that the caller can say how long a time may be.
    limit = MAX_HANDLING.total_seconds() * 1000
    return timedelta(seconds=max(-limit, min(number, limit)))


def goal_promise(goal: GoalOverview | None) -> tuple[float | None, int | None]:
    """A phone goal's promise as (share in percent, answer time in seconds), each if known.

    The share is the goal's target (its minimum when it has none); the answer time is the
    goal's ``threshold_seconds`` (None when not set or not sensible).
    """
    if goal is None:
        return None, None
    share = goal.target if goal.target is not None else goal.minimum
    seconds = goal.threshold_seconds
    if seconds is not None and seconds <= 0:
        seconds = None
    return share, seconds


# ---------------------------------------------------------------------------- the dialog


class StaffingDialog(QDialog):
    """How many people a phone promise needs, and what the people answering now give.

    Args:
        share: the promised share in percent to start with (80 when None).
        within_seconds: the promised answer time in seconds to start with (30 when None).
        goal_title: the goal the promise comes from, shown above the fields.
        parent: the dialog's parent.

    Attributes:
        plan: the staffing the promise needs, while every field is good (else None).
        check: the promise checked against the people answering now (else None).
    """

    def __init__(
        self,
        *,
        share: float | None = None,
        within_seconds: int | None = None,
        goal_title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan: Staffing | None = None
        self.check: PromiseCheck | None = None
        self.inputs: StaffingInput | None = None
        self._touched: set[QLineEdit] = set()
        self.problem_labels: dict[str, QLabel] = {}
        self.setWindowTitle(self.tr("Staffing check"))
        self.resize(640, 720)
        self._build(goal_title)
        locale = QLocale()
        share_value = float(share) if share is not None else float(DEFAULT_SHARE_PERCENT)
        self.share_edit.setText(
            locale.toString(share_value, "f", 0 if share_value.is_integer() else 1)
        )
        self.within_edit.setText(
            locale.toString(within_seconds if within_seconds else DEFAULT_ANSWER_SECONDS)
        )
        self.people_edit.setText(locale.toString(1))
        self.occupancy_edit.setText(locale.toString(DEFAULT_OCCUPANCY_PERCENT))
        self.shrinkage_edit.setText(locale.toString(DEFAULT_SHRINKAGE_PERCENT))
        self._touched.clear()  # the prefilled values are not the user's typing
        for edit in self._edits():
            edit.textChanged.connect(self._on_field_text_changed)
        self.update_figures()
        self.calls_edit.setFocus()

    # ------------------------------------------------------------------ layout

    def _build(self, goal_title: str) -> None:
        layout = QVBoxLayout(self)
        self.intro_label = self._plain(
            "intro_label",
            self.tr(
                "How many people must answer the phone to keep a promise such as “80 % of calls "
                "answered within 30 seconds”? Fill in your busiest hour. The figures use the "
                "Erlang C formula, which counts as if nobody hangs up, so they err on the safe "
                "side."
            ),
        )
        layout.addWidget(self.intro_label)
        self.goal_label = self._plain(
            "goal_label",
            self.tr("The promise comes from the goal “%1”.").replace("%1", goal_title)
            if goal_title
            else "",
        )
        self.goal_label.setVisible(bool(goal_title))
        layout.addWidget(self.goal_label)

        inputs = QGroupBox(self.tr("Your busiest hour"))
        form = QFormLayout(inputs)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.calls_edit = self._edit("calls_edit", "12")
        self._add_row(form, self.tr("Calls in the hour:"), "calls", self.calls_edit)
        self.handling_edit = self._edit("handling_edit", "4:00")
        self.handling_edit.setToolTip(
            self.tr(
                "Talk time plus the work after the call, on average. Type minutes:seconds "
                "(4:30) or seconds (270)."
            )
        )
        self._add_row(
            form,
            self.tr("Average handling time:"),
            "handling",
            self.handling_edit,
            self.tr("min:s"),
        )
        self.share_edit = self._edit("share_edit", "80")
        self.within_edit = self._edit("within_edit", "30")
        promise = QHBoxLayout()
        promise.addWidget(self.share_edit)
        promise.addWidget(QLabel(self.tr("% of calls answered within")))
        promise.addWidget(self.within_edit)
        promise.addWidget(QLabel(self.tr("seconds")))
        promise.addStretch(1)
        self._add_row(form, self.tr("The promise:"), "promise", promise)
        self.people_edit = self._edit("people_edit", "1")
        self._add_row(form, self.tr("People answering now:"), "people", self.people_edit)
        layout.addWidget(inputs)

        planning = QGroupBox(self.tr("Planning margins"))
        planning_form = QFormLayout(planning)
        planning_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.occupancy_edit = self._edit("occupancy_edit", self.tr("no limit"))
        self.occupancy_edit.setToolTip(
            self.tr(
                "The largest share of the hour each person may spend on calls. People who "
                "are busy all the time tire and make mistakes; 85 % is a common limit. "
                "Leave it empty for no limit."
            )
        )
        self._add_row(
            planning_form, self.tr("Busy at most:"), "occupancy", self.occupancy_edit, "%"
        )
        self.shrinkage_edit = self._edit("shrinkage_edit", "0")
        self.shrinkage_edit.setToolTip(
            self.tr(
                "The share of paid time that goes to breaks, leave, training and other work, "
                "so that enough people are on the rota to have the answering people free."
            )
        )
        self._add_row(
            planning_form,
            self.tr("Time away from the phone:"),
            "shrinkage",
            self.shrinkage_edit,
            "%",
        )
        layout.addWidget(planning)

        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        self.hint_label = self._plain("hint_label")
        results_layout.addWidget(self.hint_label)
        self.need_label = self._plain("need_label")
        font = self.need_label.font()
        font.setBold(True)
        self.need_label.setFont(font)
        results_layout.addWidget(self.need_label)
        self.need_detail_label = self._plain("need_detail_label")
        results_layout.addWidget(self.need_detail_label)
        self.current_label = self._plain("current_label")
        results_layout.addWidget(self.current_label)
        self.verdict_label = self._plain("verdict_label")
        self.verdict_label.setFont(font)
        results_layout.addWidget(self.verdict_label)
        self.alternatives_label = self._plain("alternatives_label")
        results_layout.addWidget(self.alternatives_label)
        results_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("results_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(results)
        box = QGroupBox(self.tr("What it takes"))
        QVBoxLayout(box).addWidget(scroll)
        layout.addWidget(box, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("close_button")
        close.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _plain(self, name: str, text: str = "") -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def _edit(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setMaximumWidth(110)
        edit.setMaxLength(40)
        return edit

    def _add_row(
        self,
        form: QFormLayout,
        label: str,
        key: str,
        field: QWidget | QHBoxLayout,
        unit: str = "",
    ) -> None:
        column = QVBoxLayout()
        column.setSpacing(2)
        if isinstance(field, QHBoxLayout):
            column.addLayout(field)
        else:
            row = QHBoxLayout()
            row.addWidget(field)
            if unit:
                row.addWidget(QLabel(unit))
            row.addStretch(1)
            column.addLayout(row)
        problem = self._plain(f"{key}_problem_label")
        problem.setStyleSheet(PROBLEM_STYLE)
        problem.setVisible(False)
        column.addWidget(problem)
        self.problem_labels[key] = problem
        form.addRow(label, column)

    def _edits(self) -> tuple[QLineEdit, ...]:
        return (
            self.calls_edit,
            self.handling_edit,
            self.share_edit,
            self.within_edit,
            self.people_edit,
            self.occupancy_edit,
            self.shrinkage_edit,
        )

    # ------------------------------------------------------------------ reading

    def _read(self) -> tuple[StaffingInput | None, dict[str, str], bool]:  # noqa: PLR0912
        """The inputs, the problem of each bad field, and whether an empty field blocks."""
        problems: dict[str, str] = {}
        empty = False

        def required(edit: QLineEdit, key: str, message: str) -> str | None:
            nonlocal empty
            text = edit.text().strip()
            if not text:
                empty = True
                if edit in self._touched:
                    problems[key] = message
                return None
            return text

        calls: float | None = None
        text = required(
            self.calls_edit,
            "calls",
            self.tr("Type how many calls come in during your busiest hour, for example 12."),
        )
        if text is not None:
            calls = read_number(text)
            if calls is None:
                problems["calls"] = self.tr("Type the number of calls in digits, like 12.")
            elif calls <= 0:
                problems["calls"] = self.tr("Type a number of calls above zero.")
            elif calls > MAX_CALLS_PER_HOUR:
                problems["calls"] = self.tr("At most %1 calls an hour.").replace(
                    "%1", QLocale().toString(MAX_CALLS_PER_HOUR)
                )

        handling: timedelta | None = None
        text = required(
            self.handling_edit,
            "handling",
            self.tr("Type how long a call takes on average, for example 4:00."),
        )
        if text is not None:
            handling = read_duration(text)
            if handling is None:
                problems["handling"] = self.tr(
                    "Type minutes and seconds like 4:30, or seconds like 270."
                )
            elif handling <= timedelta(0):
                problems["handling"] = self.tr("A call takes longer than zero seconds.")
            elif handling > MAX_HANDLING:
                problems["handling"] = self.tr("At most %1 per call.").replace(
                    "%1", duration_words(MAX_HANDLING)
                )

        share: float | None = None
        within: timedelta | None = None
        share_text = required(
            self.share_edit, "promise", self.tr("Type the share of calls you promise, like 80.")
        )
        within_text = required(
            self.within_edit,
            "promise",
            self.tr("Type within how many seconds calls are answered, like 30."),
        )
        if share_text is not None:
            share = read_number(share_text.removesuffix("%"))
            if share is None:
                problems["promise"] = self.tr("Type the share in digits, like 80.")
            elif share <= 0:
                problems["promise"] = self.tr("Promise a share above zero.")
            elif share >= 100:
                problems["promise"] = self.tr(
                    "No one can promise 100 %: two calls can always come in at once. "
                    "Promise 99 % or less."
                )
        if within_text is not None and "promise" not in problems:
            within = read_duration(within_text)
            if within is None:
                problems["promise"] = self.tr("Type the answer time in seconds, like 30.")
            elif within <= timedelta(0):
                problems["promise"] = self.tr(
                    "Answering within zero seconds cannot be promised: type a time above zero."
                )
            elif within > MAX_ANSWER_TIME:
                problems["promise"] = self.tr("Promise an answer within %1 at most.").replace(
                    "%1", duration_words(MAX_ANSWER_TIME)
                )

        people: int | None = None
        text = required(
            self.people_edit,
            "people",
            self.tr("Type how many people answer the phone now, for example 1."),
        )
        if text is not None:
            number = read_number(text)
            if number is None:
                problems["people"] = self.tr("Type the number of people in digits, like 2.")
            elif not number.is_integer():
                problems["people"] = self.tr("Type a whole number of people.")
            elif number < 1:
                problems["people"] = self.tr("At least one person answers the phone.")
            elif number > MAX_PEOPLE:
                problems["people"] = self.tr("At most %1 people.").replace(
                    "%1", QLocale().toString(MAX_PEOPLE)
                )
            else:
                people = int(number)

        occupancy: float | None = None
        text = self.occupancy_edit.text().strip()
        if text:
            occupancy = read_number(text.removesuffix("%"))
            if occupancy is None:
                problems["occupancy"] = self.tr("Type a percentage like 85, or leave it empty.")
            elif not 0 < occupancy <= 100:
                problems["occupancy"] = self.tr(
                    "Type a percentage above 0 and at most 100, or leave it empty."
                )
        shrinkage = 0.0
        text = self.shrinkage_edit.text().strip()
        if text:
            found = read_number(text.removesuffix("%"))
            if found is None:
                problems["shrinkage"] = self.tr("Type a percentage like 30, or leave it empty.")
            elif not 0 <= found <= MAX_SHRINKAGE_PERCENT:
                problems["shrinkage"] = self.tr("Type a percentage from 0 to %1.").replace(
                    "%1", QLocale().toString(MAX_SHRINKAGE_PERCENT)
                )
            else:
                shrinkage = found

        if (
            problems
            or calls is None
            or handling is None
            or share is None
            or within is None
            or people is None
        ):
            return None, problems, empty
        return (
            StaffingInput(
                calls_per_hour=calls,
                handling=handling,
                share=share / 100,
                within=within,
                people=people,
                max_occupancy=None if occupancy is None else occupancy / 100,
                shrinkage=shrinkage / 100,
            ),
            problems,
            empty,
        )

    # ------------------------------------------------------------------ figures

    @Slot()
    def update_figures(self) -> None:
        """Read the fields again and show the figures, or what is wrong."""
        inputs, problems, _empty = self._read()
        for key, label in self.problem_labels.items():
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)
        self.inputs = inputs
        if inputs is None:
            self.plan = None
            self.check = None
            self.hint_label.setText(
                self.tr("Correct the marked fields to see the figures.")
                if problems
                else self.tr(
                    "Fill in the calls in your busiest hour and the average handling time to "
                    "see the figures."
                )
            )
            self.hint_label.setVisible(True)
            for label in (
                self.need_label,
                self.need_detail_label,
                self.current_label,
                self.verdict_label,
                self.alternatives_label,
            ):
                label.clear()
                label.setVisible(False)
            return
        self.hint_label.clear()
        self.hint_label.setVisible(False)
        self.plan = staffing(
            inputs.calls_per_hour,
            inputs.handling,
            inputs.share,
            inputs.within,
            max_occupancy=inputs.max_occupancy,
            shrinkage=inputs.shrinkage,
        )
        self.check = promise_check(
            inputs.calls_per_hour, inputs.handling, inputs.share, inputs.within, inputs.people
        )
        self._show_need(inputs, self.plan)
        self._show_current(inputs, self.check)

    def _queue_sentence(self, figures: QueueFigures, within: timedelta) -> str:
        speed = figures.average_speed_of_answer
        return (
            self.tr(
                "%1 of calls answered within %2, an average wait of %3, each person busy %4 of "
                "the time."
            )
            .replace("%1", percent_text(figures.service_level))
            .replace("%2", duration_words(within))
            .replace("%3", "—" if speed is None else wait_text(speed))
            .replace("%4", percent_text(figures.occupancy))
        )

    def _show_need(self, inputs: StaffingInput, plan: Staffing) -> None:
        promise = (
            self.tr("%1 of calls within %2")
            .replace("%1", promise_percent_text(inputs.share))
            .replace("%2", duration_words(inputs.within))
        )
        if plan.productive == 1:
            need = self.tr("To keep the promise (%1), 1 person must answer the phone.")
        else:
            need = self.tr("To keep the promise (%1), %2 must answer the phone.").replace(
                "%2", people_text(plan.productive)
            )
        self.need_label.setText(need.replace("%1", promise))
        lines = [
            self.tr("With them: %1").replace(
                "%1", self._queue_sentence(plan.figures, inputs.within)
            )
        ]
        if plan.productive > plan.for_target and inputs.max_occupancy is not None:
            lines.append(
                self.tr(
                    "The promise alone needs %1, but each would then be busy more than %2 of "
                    "the time."
                )
                .replace("%1", people_text(plan.for_target))
                .replace("%2", promise_percent_text(inputs.max_occupancy))
            )
        if plan.staffed > plan.productive:
            lines.append(
                self.tr(
                    "With %1 of their time away from the phone (breaks, leave, other work), "
                    "plan %2 for that hour."
                )
                .replace("%1", promise_percent_text(inputs.shrinkage))
                .replace("%2", people_text(plan.staffed))
            )
        self.need_detail_label.setText("\n".join(lines))
        for label in (self.need_label, self.need_detail_label):
            label.setVisible(True)

    def _show_current(self, inputs: StaffingInput, check: PromiseCheck) -> None:
        current = check.current
        people = inputs.people
        if current.stable:
            if people == 1:
                text = self.tr("With the 1 person answering now: %1")
            else:
                text = self.tr("With the %2 answering now: %1").replace("%2", people_text(people))
            text = text.replace("%1", self._queue_sentence(current, inputs.within))
        elif people == 1:
            text = self.tr(
                "With the 1 person answering now, calls come in faster than they can be "
                "answered: the queue keeps growing and almost nobody is answered in time."
            )
        else:
            text = self.tr(
                "With the %1 answering now, calls come in faster than they can be answered: "
                "the queue keeps growing and almost nobody is answered in time."
            ).replace("%1", people_text(people))
        self.current_label.setText(text)
        self.current_label.setVisible(True)
        if check.reachable:
            self.verdict_label.setText("✓ " + self.tr("The people answering now keep the promise."))
            self.alternatives_label.clear()
            self.alternatives_label.setVisible(False)
            self.verdict_label.setVisible(True)
            return
        if people == 1:
            verdict = self.tr(
                "The promise is out of reach for 1 person at the busiest hour: it needs %1."
            )
        else:
            verdict = self.tr(
                "The promise is out of reach for %2 at the busiest hour: it needs %1."
            ).replace("%2", people_text(people))
        self.verdict_label.setText("✗ " + verdict.replace("%1", people_text(check.staff_needed)))
        self.verdict_label.setVisible(True)
        if people <= SMALL_TEAM:
            intro = self.tr(
                "That is usual for a business of one to three people: calls come in while you "
                "serve a customer or take another call. Promise something you can keep instead:"
            )
        else:
            intro = self.tr(
                "Have more people answer at the busiest hour, or promise something you can "
                "keep instead:"
            )
        lines = [intro]
        lines.extend(
            "• " + alternative_text(alternative, inputs.within)
            for alternative in check.alternatives
        )
        self.alternatives_label.setText("\n".join(lines))
        self.alternatives_label.setVisible(True)

    # ------------------------------------------------------------------ slots

    @Slot()
    def _on_field_text_changed(self) -> None:
        sender = self.sender()
        if isinstance(sender, QLineEdit):
            self._touched.add(sender)
        self.update_figures()


__all__ = [
    "StaffingDialog",
    "StaffingInput",
    "alternative_text",
    "duration_words",
    "goal_promise",
    "people_text",
    "percent_text",
    "read_duration",
    "wait_text",
]
