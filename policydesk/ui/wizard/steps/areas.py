"""Step 6, policy areas with include-in-print switches, and channel strategy and tone.

Each policy area (products and services, speed, communication, follow-up, complaints, keeping
customers, staff feedback) gets a block that can be folded away: a few guiding questions, the
owner's text, and a switch that says whether the area goes into the printed policy. Below the
areas, one row per contact channel holds two short texts: how the channel is used (the
strategy) and how the business sounds there (the tone of voice).

The area texts are plain answers that the policy page saves; the print switches are saved at
once (a click is a discrete action) and the channel texts through the queue of pending saves,
so typing in them is written a moment later like every other answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Slot
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.complaints import Channel
from policydesk.domain.errors import UserFacingError
from policydesk.domain.policy import PolicyArea, PolicyStep
from policydesk.ui.complaint_texts import channel_label
from policydesk.ui.forms import PROBLEM_STYLE
from policydesk.ui.messages import error_text, error_title
from policydesk.ui.wizard import policy_texts as texts
from policydesk.ui.wizard.fields import TextAnswer
from policydesk.ui.wizard.step_page import StepPage, WizardContext

if TYPE_CHECKING:
    from policydesk.services.policy import PolicyState, SaveResult

translate = QCoreApplication.translate

VOICE_PREFIX = "voice:"
_SUMMARY_CHARS = 300  # more than a header line can show


def area_key(area: PolicyArea) -> str:
    """The key an area's text is stored under (``areas.speed``)."""
    return f"areas.{area.value}"


def voice_key(channel: Channel) -> str:
    """The key a channel's strategy and tone are scheduled under in the pending saves."""
    return f"{VOICE_PREFIX}{channel.value}"


def _questions(area: PolicyArea) -> str:
    """The guiding questions of an area, as one short paragraph."""
    return {
        PolicyArea.OVERVIEW: translate(
            "AreasStep",
            "What do you sell, and which services come with it (delivery, special orders, "
            "repairs)? What should every customer know you offer, and what do you not do?",
        ),
        PolicyArea.SPEED: translate(
            "AreasStep",
            "How do customers order, and how soon is an order ready? How long may a customer "
            "wait in the shop, and on the phone? What do you do when the queue grows?",
        ),
        PolicyArea.COMMUNICATION: translate(
            "AreasStep",
            "How do you explain returns, delivery and payment, and where can customers read "
            "it? How do staff mention add-ons without pressing anyone to buy?",
        ),
        PolicyArea.FOLLOW_UP: translate(
            "AreasStep",
            "Who is the customer's named contact after a purchase, and when will they hear "
            "from you? How do they get help, and how do they complain?",
        ),
        PolicyArea.COMPLAINTS: translate(
            "AreasStep",
            "How quickly is a complaint dealt with? How much may staff put right on the spot? "
            "When does it go to someone else, how is the customer compensated, and who checks "
            "afterwards that all is well?",
        ),
        PolicyArea.RETENTION: translate(
            "AreasStep",
            "Do you get in touch a month or so after a purchase? Do you send a newsletter, or "
            "run a club or a forum? What makes a customer come back?",
        ),
        PolicyArea.EMPLOYEE_MONITORING: translate(
            "AreasStep",
            "How do staff hear what customers say about their work? How do you share the "
            "results, and how is good service recognised?",
        ),
    }[area]


def _example(area: PolicyArea) -> str:
    """A bakery's answer for an area, to take over and adapt."""
    return {
        PolicyArea.OVERVIEW: translate(
            "AreasStep",
            "We bake bread, buns and cakes every morning, take orders for birthdays and "
            "parties, and deliver to offices nearby on weekdays. Special cakes need two days' "
            "notice.",
        ),
        PolicyArea.SPEED: translate(
            "AreasStep",
            "An order at the counter or by phone takes a minute; a special cake is ready in two "
            "days. Nobody should wait more than five minutes in the shop: when the queue "
            "reaches the door, a baker comes out to help. We answer the phone within four "
            "rings while we are open.",
        ),
        PolicyArea.COMMUNICATION: translate(
            "AreasStep",
            "Prices, allergens and our promise to replace anything that is not right hang by "
            "the till and are on our website. We take cards and cash. We suggest candles or a "
            "card with a cake when it fits, and never more than once.",
        ),
        PolicyArea.FOLLOW_UP: translate(
            "AreasStep",
            "Whoever takes a special order writes their name on the receipt and is the "
            "customer's contact. We call the day before collection to confirm. Questions and "
            "complaints are welcome in the shop, by phone or by e-mail; we answer within one "
            "working day.",
        ),
        PolicyArea.COMPLAINTS: translate(
            "AreasStep",
            "A complaint is dealt with the same day. Staff may replace or refund an order on "
            "the spot up to the limit in the staff guidelines; anything bigger goes to the "
            "owner within a day. We call a week later to ask whether all is well.",
        ),
        PolicyArea.RETENTION: translate(
            "AreasStep",
            "A month after a cake order we send a short thank-you with a coupon for a coffee. "
            "Regulars get a stamp card, and a monthly newsletter tells what is new in the "
            "shop.",
        ),
        PolicyArea.EMPLOYEE_MONITORING: translate(
            "AreasStep",
            "Praise and complaints from customers are read out at the Monday meeting, with the "
            "name of whoever served the customer when it was praise. The kindest customer "
            "comment of the month earns the team a lunch.",
        ),
    }[area]


def _strategy_placeholder(channel: Channel) -> str:
    """A hint in an empty strategy box: how a bakery might use the channel."""
    return {
        Channel.COUNTER: translate("AreasStep", "e.g. Orders and advice; a baker helps at rush"),
        Channel.PHONE: translate("AreasStep", "e.g. Orders and questions; call back the same day"),
        Channel.EMAIL: translate("AreasStep", "e.g. Special orders; reply within one working day"),
        Channel.WEB: translate("AreasStep", "e.g. Opening hours, prices and the order form"),
        Channel.SOCIAL: translate("AreasStep", "e.g. Today's bread; questions go to e-mail"),
        Channel.LETTER: translate("AreasStep", "e.g. Invoices only; answered within a week"),
    }[channel]


def _tone_placeholder(channel: Channel) -> str:
    """A hint in an empty tone box: how a bakery might sound in the channel."""
    return {
        Channel.COUNTER: translate("AreasStep", "e.g. Warm, and greet regulars by name"),
        Channel.PHONE: translate("AreasStep", "e.g. Say the shop's name and your own"),
        Channel.EMAIL: translate("AreasStep", "e.g. Friendly and short, signed with a name"),
        Channel.WEB: translate("AreasStep", "e.g. Plain words, no small print"),
        Channel.SOCIAL: translate("AreasStep", "e.g. Cheerful; never argue in public"),
        Channel.LETTER: translate("AreasStep", "e.g. Polite and complete"),
    }[channel]


class _ElidedLabel(QLabel):
    """A one-line label that ends in "…" when its text is wider than the room it has."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full_text = ""

    def set_full_text(self, text: str) -> None:
        """Show ``text``, cut to the label's width."""
        self._full_text = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        """The text before cutting."""
        return self._full_text

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(self._full_text, Qt.TextElideMode.ElideRight, self.width()))


class AreaBlock(QFrame):
    """One policy area: a header that folds the block, the print switch, and the answer.

    Attributes:
        toggle_button: folds and unfolds the block (shows the area's name).
        print_check: whether the area goes into the printed policy.
        summary_label: the start of the text, shown while the block is folded.
        answer: the owner's text with its guiding questions and example.
    """

    def __init__(self, area: PolicyArea, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.key = area_key(area)
        self.setObjectName(f"area_{area.value}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 6, 10, 6)
        column.setSpacing(2)

        header = QHBoxLayout()
        header.setSpacing(8)
        self.toggle_button = QToolButton()
        self.toggle_button.setObjectName("toggle_button")
        self.toggle_button.setText(texts.area_label(area))
        self.toggle_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # Not a checkable button: a checked tool button is drawn pressed in, which reads as a
        # switch rather than a heading that folds.
        self.toggle_button.setAutoRaise(True)
        self._expanded = True
        self.toggle_button.setArrowType(Qt.ArrowType.DownArrow)
        font = QFont(self.toggle_button.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.toggle_button.setFont(font)
        self.toggle_button.clicked.connect(self._on_toggle_button_clicked)
        header.addWidget(self.toggle_button)
        self.summary_label = _ElidedLabel()
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setStyleSheet("color: palette(placeholder-text);")
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.summary_label.hide()
        header.addWidget(self.summary_label, 1)
        header.addSpacing(8)
        self.print_check = QCheckBox(translate("AreasStep", "Include in the printed policy"))
        self.print_check.setObjectName("print_check")
        self.print_check.setChecked(True)
        header.addStretch(0)
        header.addWidget(self.print_check)
        column.addLayout(header)

        self.answer = TextAnswer(
            self.key, texts.answer_label(self.key), _questions(area), _example(area), lines=4
        )
        # The header already names the area; the answer's own label would say it twice.
        self.answer.label.hide()
        self.answer.text_edit.setAccessibleName(texts.area_label(area))
        self.answer.text_edit.textChanged.connect(self._update_summary)
        column.addWidget(self.answer)
        self._update_summary()

    def is_expanded(self) -> bool:
        """Whether the guiding questions and the text are shown."""
        return self._expanded

    def set_expanded(self, expanded: bool) -> None:
        """Fold or unfold the block."""
        self._expanded = expanded
        self.toggle_button.setArrowType(
            Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow
        )
        self.answer.setVisible(expanded)
        self._update_summary()

    @Slot()
    def _on_toggle_button_clicked(self) -> None:
        self.set_expanded(not self._expanded)

    @Slot()
    def _update_summary(self) -> None:
        text = " ".join(self.answer.value().split())[:_SUMMARY_CHARS]
        self.summary_label.set_full_text(text or translate("AreasStep", "Nothing written yet"))
        self.summary_label.setVisible(not self.is_expanded())


class ChannelVoiceRow:
    """The strategy and tone editors of one channel, with a line for their problems."""

    def __init__(self, channel: Channel) -> None:
        self.channel = channel
        self.label = QLabel(channel_label(channel))
        self.label.setObjectName(f"voice_{channel.value}_label")
        self.strategy_edit = _short_text(f"voice_{channel.value}_strategy")
        self.strategy_edit.setPlaceholderText(_strategy_placeholder(channel))
        self.strategy_edit.setAccessibleName(
            translate("AreasStep", "%1: strategy").replace("%1", channel_label(channel))
        )
        self.tone_edit = _short_text(f"voice_{channel.value}_tone")
        self.tone_edit.setPlaceholderText(_tone_placeholder(channel))
        self.tone_edit.setAccessibleName(
            translate("AreasStep", "%1: tone of voice").replace("%1", channel_label(channel))
        )
        self.label.setBuddy(self.strategy_edit)
        self.problem_label = QLabel()
        self.problem_label.setObjectName(f"voice_{channel.value}_problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(PROBLEM_STYLE)
        self.problem_label.hide()

    def strategy(self) -> str:
        """The strategy as typed."""
        return self.strategy_edit.toPlainText()

    def tone(self) -> str:
        """The tone of voice as typed."""
        return self.tone_edit.toPlainText()

    def set_texts(self, strategy: str, tone: str) -> None:
        """Show stored texts without reporting them as edits (the cursor stays if unchanged)."""
        for edit, value in ((self.strategy_edit, strategy), (self.tone_edit, tone)):
            if edit.toPlainText() != value:
                with QSignalBlocker(edit):
                    edit.setPlainText(value)

    def show_problems(self, lines: list[str]) -> None:
        """Show what to fix under the row (nothing when ``lines`` is empty)."""
        self.problem_label.setText("\n".join(lines))
        self.problem_label.setVisible(bool(lines))

    def problems_shown(self) -> str:
        """The problem text shown under the row ('' when none)."""
        return self.problem_label.text() if not self.problem_label.isHidden() else ""

    def set_read_only(self, read_only: bool) -> None:
        """Approved texts can be read and copied, not changed."""
        self.strategy_edit.setReadOnly(read_only)
        self.tone_edit.setReadOnly(read_only)


def _short_text(name: str) -> QPlainTextEdit:
    """A two-line text box: room for a sentence, scrolling when more is written."""
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 2 + 14)
    edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return edit


class AreasStep(StepPage):
    """The policy areas, each with its print switch, and the strategy and tone per channel.

    Attributes:
        blocks: the area blocks by area.
        voice_rows: the channel rows by channel.
    """

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(PolicyStep.AREAS, context, parent)
        self.set_guidance(
            translate(
                "AreasStep",
                "<p>Now say what customers can expect in each area of service. Keep it simple "
                "and friendly: a few sentences per area, written so that a customer would "
                "understand them. Look at the rules customers find most annoying (small print, "
                "fees, “not our department”) and drop them if you can.</p>"
                "<p>The questions under each heading help you start; the example comes from a "
                "small bakery. Untick <b>Include in the printed policy</b> for an area you want "
                "to keep for yourselves: it stays here but is left out of the print. Fold away "
                "the areas you are done with.</p>",
            )
        )
        self.blocks: dict[PolicyArea, AreaBlock] = {}
        self.voice_rows: dict[Channel, ChannelVoiceRow] = {}

        fold_row = QHBoxLayout()
        fold_row.addStretch(1)
        self.expand_all_button = QPushButton(translate("AreasStep", "Unfold All"))
        self.expand_all_button.setObjectName("expand_all_button")
        self.expand_all_button.clicked.connect(lambda: self._fold_all(True))
        fold_row.addWidget(self.expand_all_button)
        self.collapse_all_button = QPushButton(translate("AreasStep", "Fold All"))
        self.collapse_all_button.setObjectName("collapse_all_button")
        self.collapse_all_button.clicked.connect(lambda: self._fold_all(False))
        fold_row.addWidget(self.collapse_all_button)
        self.body.addLayout(fold_row)

        for area in PolicyArea:
            block = AreaBlock(area)
            self.blocks[area] = block
            # Registered as a plain answer, so the policy page saves it and routes its
            # problems back, while the block around it adds the header and the switch.
            self.answers[block.key] = block.answer
            block.answer.edited.connect(self.answer_edited)
            block.print_check.toggled.connect(
                lambda checked, key=block.key: self._on_print_check_toggled(key, checked)
            )
            self.add_widget(block)

        self.add_widget(self._build_voices())
        self.context.saves.saved.connect(self._on_saves_saved)
        self.finish()

    def _build_voices(self) -> QWidget:
        box = QWidget()
        box.setObjectName("voices")
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 16, 0, 0)
        column.setSpacing(4)
        title = QLabel(translate("AreasStep", "Strategy and tone of voice per channel"))
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        column.addWidget(title)
        intro = QLabel(
            translate(
                "AreasStep",
                "For each way customers reach you: what the channel is for and what you promise "
                "there (the strategy), and how you sound (the tone of voice). A line or two is "
                "enough; leave the channels you do not use empty.",
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet("color: palette(placeholder-text);")
        column.addWidget(intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        for column_number, heading in enumerate(
            (
                translate("AreasStep", "Channel"),
                translate("AreasStep", "Strategy"),
                translate("AreasStep", "Tone of voice"),
            )
        ):
            label = QLabel(heading)
            bold = QFont(label.font())
            bold.setBold(True)
            label.setFont(bold)
            grid.addWidget(label, 0, column_number)
        row_number = 1
        for channel in Channel:
            row = ChannelVoiceRow(channel)
            self.voice_rows[channel] = row
            grid.addWidget(row.label, row_number, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(row.strategy_edit, row_number, 1)
            grid.addWidget(row.tone_edit, row_number, 2)
            grid.addWidget(row.problem_label, row_number + 1, 1, 1, 2)
            row.strategy_edit.textChanged.connect(
                lambda channel=channel: self._on_voice_edited(channel)
            )
            row.tone_edit.textChanged.connect(
                lambda channel=channel: self._on_voice_edited(channel)
            )
            row_number += 2
        column.addLayout(grid)
        return box

    # ------------------------------------------------------------------ the house rule

    def load(self, state: PolicyState) -> None:
        """Show the areas, their print switches and the channels' strategy and tone."""
        super().load(state)
        content = state.content
        for block in self.blocks.values():
            with QSignalBlocker(block.print_check):
                block.print_check.setChecked(content.printed(block.key))
        plans = {plan.channel: plan for plan in content.channels}
        for channel, row in self.voice_rows.items():
            plan = plans.get(channel)
            row.set_texts(plan.strategy if plan else "", plan.tone if plan else "")
            row.show_problems([])

    def set_read_only(self, read_only: bool) -> None:
        """An approved version: texts can be read, switches and channels not changed."""
        super().set_read_only(read_only)
        for block in self.blocks.values():
            block.print_check.setEnabled(not read_only)
        for row in self.voice_rows.values():
            row.set_read_only(read_only)

    # ------------------------------------------------------------------ folding

    def _fold_all(self, expanded: bool) -> None:
        for block in self.blocks.values():
            block.set_expanded(expanded)

    def focus_answer(self, key: str) -> None:
        """Unfold the area before the review's link puts the cursor in it."""
        for block in self.blocks.values():
            if block.key == key:
                block.set_expanded(True)
        super().focus_answer(key)

    # ------------------------------------------------------------------ saving

    def _on_print_check_toggled(self, key: str, printed: bool) -> None:
        if not self.context.editable:
            return
        block = next(block for block in self.blocks.values() if block.key == key)
        try:
            result = self.context.policy.set_printed(self.context.version_id, key, printed)
        except UserFacingError as error:
            self.context.prompter.error(error_title(error), error_text(error))
            self._restore_print_check(block, not printed)
            return
        self.list_saved.emit(result)
        if result.problems:
            block.answer.show_problems([texts.problem_text(p) for p in result.problems])
            self._restore_print_check(block, not printed)

    @staticmethod
    def _restore_print_check(block: AreaBlock, printed: bool) -> None:
        """Show the switch as it is stored when the change could not be saved."""
        with QSignalBlocker(block.print_check):
            block.print_check.setChecked(printed)

    def _on_voice_edited(self, channel: Channel) -> None:
        if not self.context.editable:
            return
        row = self.voice_rows[channel]
        policy = self.context.policy
        version_id = self.context.version_id
        strategy, tone = row.strategy(), row.tone()
        self.context.saves.schedule(
            voice_key(channel),
            lambda: policy.set_channel_voice(version_id, channel, strategy, tone),
        )

    @Slot(str, object)
    def _on_saves_saved(self, key: str, result: SaveResult) -> None:
        if not key.startswith(VOICE_PREFIX):
            return
        code = key.removeprefix(VOICE_PREFIX)
        if code not in Channel._value2member_map_:
            return
        row = self.voice_rows[Channel(code)]
        lines = []
        for problem in result.problems:
            text = texts.problem_text(problem)
            if problem.field == "strategy":
                text = translate("AreasStep", "Strategy: %1").replace("%1", text)
            elif problem.field == "tone":
                text = translate("AreasStep", "Tone of voice: %1").replace("%1", text)
            lines.append(text)
        row.show_problems(lines)
