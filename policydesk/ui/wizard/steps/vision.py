"""Step 4, the vision statement exercise, ending in a short vision.

The owner pictures success in three to five years, gives five reasons for it, says the same
from the customer's side, lists the steps that got there and sums it all up. The words of the
summary then turn into chips (likely verbs first): a click adds the word to the vision, which
is how short visions like "Quality, service, cleanliness, value" are built. The vision has a
live word count and a gentle note when it grows past what people remember.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QMargins, QPoint, QRect, QSize, Qt, Slot
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.languages import Language
from policydesk.domain.policy import PolicyStep
from policydesk.domain.policy_words import (
    VISION_WORD_LIMIT,
    VisionWord,
    verbs_first,
    vision_words,
    word_count,
)
from policydesk.ui.wizard import policy_texts as texts
from policydesk.ui.wizard.fields import TextAnswer
from policydesk.ui.wizard.step_page import StepPage, WizardContext

if TYPE_CHECKING:
    from policydesk.services.policy import PolicyState

translate = QCoreApplication.translate

MAX_CHIPS = 60
"""More words than this are no help in building a short vision; the rest are left out."""

_CHIP_STYLE = (
    "QPushButton#vision_chip { border: 1px solid palette(mid); border-radius: 11px;"
    " padding: 3px 10px; background: palette(button); }"
    'QPushButton#vision_chip[likelyVerb="true"] { border: 2px solid palette(highlight);'
    " font-weight: bold; }"
    "QPushButton#vision_chip:hover { background: palette(light); }"
)
_NOTE_STYLE = "background: #fff4ce; color: #3d2f00; padding: 4px 8px; border-radius: 3px;"
_SENTENCE_END = ".!?"
_SOFT_SEPARATOR = ",;:–—-"


class FlowLayout(QLayout):
    """Lays its items out left to right and wraps to a new row when the width runs out.

    PySide6 has no flow layout of its own; the chips of the vision step need one so that a
    summary of any length fits the width of the page.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size.grownBy(margins)

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items (when ``move``) and return the height they need at this width."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        x, y, row_height = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x = area.x()
                y += row_height + self._gap
                row_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y() + margins.bottom()


def natural_case(word: str, summary: str) -> str:
    """The word as it would stand inside a sentence.

    A word the summary only capitalises because it opens a sentence ("Snabbt och ...") is
    lower-cased; names and abbreviations keep their capitals.
    """
    if len(word) < 2 or not word[0].isupper() or not word[1:].islower():
        return word
    found = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", summary)
    before = summary[: found.start()].rstrip() if found else ""
    if not before or before[-1] in _SENTENCE_END + ":\n":
        return word[0].lower() + word[1:]
    return word


def vision_piece(vision: str, word: str) -> str:
    """What to add after ``vision`` (trailing spaces removed) so that it ends with ``word``.

    Words are joined by commas, as in "Quality, service, cleanliness, value"; the first word
    and a word after a full stop start with a capital.
    """
    written = vision.rstrip()
    if not written:
        return word[:1].upper() + word[1:]
    if written[-1] in _SENTENCE_END:
        return " " + word[:1].upper() + word[1:]
    if written[-1] in _SOFT_SEPARATOR:
        return " " + word
    return ", " + word


class VisionStep(StepPage):
    """The vision exercise: five questions, a summary, word chips and the short vision.

    Attributes:
        chips: the word buttons shown for the current summary (likely verbs first).
        chip_words: the words behind :attr:`chips`, in the same order.
    """

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(PolicyStep.VISION, context, parent)
        self.chips: list[QPushButton] = []
        self.chip_words: list[VisionWord] = []
        self._language = Language.ENGLISH
        self._language_known = False
        self.set_guidance(
            translate(
                "VisionStep",
                "<p>A vision says where the business is heading, in words short enough to "
                "remember. Get there in small steps: picture success a few years from now, ask "
                "why it happened and how customers see it, note what you did to get there, and "
                "sum it all up. Then build the vision from the words of your summary.</p>"
                "<p>One well-known vision has only four words: <i>Quality, service, "
                "cleanliness, value.</i> Aim for a line that fits on a card at the till, about "
                "%1 words at most.</p>"
                "<p>The examples come from a small bike shop. Press <b>Use the Example</b> to "
                "take one over and adapt it.</p>",
            ).replace("%1", QLocale().toString(VISION_WORD_LIMIT))
        )
        self.add_answer(
            TextAnswer(
                "vision.success",
                texts.answer_label("vision.success"),
                translate(
                    "VisionStep",
                    "Imagine it is three to five years from now and things have gone really "
                    "well. What do you see?",
                ),
                translate(
                    "VisionStep",
                    "Our workshop is booked a week ahead, families come back for every new "
                    "bike, and the cycling club sends all its new members to us.",
                ),
            )
        )
        self.add_answer(
            TextAnswer(
                "vision.reasons",
                texts.answer_label("vision.reasons"),
                translate("VisionStep", "Why did it go so well? Write five reasons, one per line."),
                translate(
                    "VisionStep",
                    "1. We fix most bikes the same day.\n"
                    "2. We explain what was wrong and what it costs, in plain words.\n"
                    "3. We only sell bikes we would ride ourselves.\n"
                    "4. Customers book a repair online at any hour.\n"
                    "5. Everyone in the shop knows the regulars by name.",
                ),
                lines=6,
            )
        )
        self.add_answer(
            TextAnswer(
                "vision.customer_view",
                texts.answer_label("vision.customer_view"),
                translate(
                    "VisionStep",
                    "Now the same five reasons as a happy customer would tell them to a friend.",
                ),
                translate(
                    "VisionStep",
                    "1. My bike was ready the same evening.\n"
                    "2. They showed me the worn chain and told me the price before they "
                    "started.\n"
                    "3. They talked me out of an expensive bike I did not need.\n"
                    "4. I booked the service from my phone on a Sunday night.\n"
                    "5. They remembered my name and my daughter's bike.",
                ),
                lines=6,
            )
        )
        self.add_answer(
            TextAnswer(
                "vision.steps",
                texts.answer_label("vision.steps"),
                translate("VisionStep", "What did you do, step by step, to get there?"),
                translate(
                    "VisionStep",
                    "We took on a second mechanic, opened online booking, agreed how we explain "
                    "a repair, and started calling customers a week after a repair to ask how "
                    "the bike runs.",
                ),
            )
        )
        self.summary_answer = TextAnswer(
            "vision.summary",
            texts.answer_label("vision.summary"),
            translate(
                "VisionStep",
                "Sum up in a sentence or two why you succeed. Its words become the building "
                "blocks of your vision below.",
            ),
            translate(
                "VisionStep",
                "We repair bikes quickly, explain honestly what we do and treat every "
                "cyclist as a regular.",
            ),
            lines=3,
        )
        self.add_answer(self.summary_answer)
        self.summary_answer.text_edit.textChanged.connect(self._on_summary_text_changed)
        self.add_widget(self._build_chip_box())

        self.final_answer = TextAnswer(
            "vision.final",
            texts.answer_label("vision.final"),
            translate(
                "VisionStep",
                "The line staff can repeat and customers can feel. Click words above, or "
                "write it yourself.",
            ),
            translate("VisionStep", "Quick repairs, honest advice, cyclists who come back."),
            lines=2,
        )
        self.add_answer(self.final_answer)
        self.final_answer.text_edit.textChanged.connect(self._on_final_text_changed)
        self.word_count_label = QLabel()
        self.word_count_label.setObjectName("vision_word_count")
        self._place_beside_example(self.final_answer, self.word_count_label)
        self.length_note = QLabel()
        self.length_note.setObjectName("vision_length_note")
        self.length_note.setWordWrap(True)
        self.length_note.setStyleSheet(_NOTE_STYLE)
        self.length_note.hide()
        self.add_widget(self.length_note)
        self.finish()
        self._update_word_count()

    def _place_beside_example(self, answer: TextAnswer, widget: QWidget) -> None:
        """Put ``widget`` at the left of the answer's example button row, right under its box."""
        column = answer.layout()
        for index in range(column.count() if column is not None else 0):
            item = column.itemAt(index) if column is not None else None
            row = item.layout() if item is not None else None
            if row is not None and row.indexOf(answer.example_button) >= 0:
                assert isinstance(row, QHBoxLayout)
                row.insertWidget(0, widget)
                return
        self.add_widget(widget)

    def _build_chip_box(self) -> QWidget:
        box = QFrame()
        box.setObjectName("vision_chip_box")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(box)
        column.setContentsMargins(10, 8, 10, 10)
        column.setSpacing(6)
        title = QLabel(translate("VisionStep", "Words from your summary"))
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        column.addWidget(title)
        self.chip_hint = QLabel(
            translate(
                "VisionStep",
                "Click a word to add it to your vision. Words that look like verbs (what you "
                "do) come first and have a coloured border.",
            )
        )
        self.chip_hint.setObjectName("chip_hint")
        self.chip_hint.setWordWrap(True)
        self.chip_hint.setStyleSheet("color: palette(placeholder-text);")
        column.addWidget(self.chip_hint)
        self.chip_empty = QLabel(
            translate("VisionStep", "Write a summary above and its words show up here.")
        )
        self.chip_empty.setObjectName("chip_empty")
        self.chip_empty.setWordWrap(True)
        column.addWidget(self.chip_empty)
        self.chip_area = QWidget()
        self.chip_area.setObjectName("chip_area")
        self.chip_area.setStyleSheet(_CHIP_STYLE)
        self.chip_layout = FlowLayout(self.chip_area)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.chip_area.setSizePolicy(policy)
        column.addWidget(self.chip_area)
        self.chip_more = QLabel()
        self.chip_more.setObjectName("chip_more")
        self.chip_more.setStyleSheet("color: palette(placeholder-text);")
        self.chip_more.hide()
        column.addWidget(self.chip_more)
        return box

    # ------------------------------------------------------------------ the house rule

    def load(self, state: PolicyState) -> None:
        """Show the answers, then the chips and the word count that follow from them."""
        super().load(state)
        self._refresh_language()
        self._update_chips()
        self._update_word_count()

    def on_shown(self) -> None:
        """The business's language may have changed in the settings meanwhile."""
        if self._refresh_language():
            self._update_chips(force=True)

    def set_read_only(self, read_only: bool) -> None:
        """An approved vision can be read; the chips no longer add words."""
        super().set_read_only(read_only)
        self.chip_area.setEnabled(not read_only)

    # ------------------------------------------------------------------ chips

    def _refresh_language(self) -> bool:
        """Read the business's language; True when it differs from the one in use."""
        language = self.context.complaints.language()
        changed = not self._language_known or language is not self._language
        self._language = language
        self._language_known = True
        return changed

    def _update_chips(self, *, force: bool = False) -> None:
        summary = self.summary_answer.value()
        words = verbs_first(vision_words(summary, self._language.value))
        shown, hidden = words[:MAX_CHIPS], len(words) - MAX_CHIPS
        if not force and shown == self.chip_words:
            return
        for chip in self.chips:
            self.chip_layout.removeWidget(chip)
            chip.deleteLater()
        self.chips = []
        self.chip_words = shown
        for word in shown:
            chip = QPushButton(word.text)
            chip.setObjectName("vision_chip")
            chip.setProperty("likelyVerb", word.likely_verb)
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            chip.setToolTip(
                translate("VisionStep", "Probably a verb: add “%1” to the vision").replace(
                    "%1", word.text
                )
                if word.likely_verb
                else translate("VisionStep", "Add “%1” to the vision").replace("%1", word.text)
            )
            chip.clicked.connect(lambda _checked=False, text=word.text: self.add_word(text))
            self.chip_layout.addWidget(chip)
            self.chips.append(chip)
        self.chip_area.setVisible(bool(shown))
        self.chip_hint.setVisible(bool(shown))
        self.chip_empty.setVisible(not shown)
        self.chip_more.setVisible(hidden > 0)
        if hidden > 0:
            self.chip_more.setText(
                translate(
                    "VisionStep", "%1 more words are left out: a shorter summary helps."
                ).replace("%1", QLocale().toString(hidden))
            )
        self.chip_area.updateGeometry()
        self.style().unpolish(self.chip_area)
        self.style().polish(self.chip_area)

    def add_word(self, word: str) -> None:
        """Add ``word`` to the end of the vision, as if the owner had typed it."""
        if self.final_answer.text_edit.isReadOnly():
            return
        edit = self.final_answer.text_edit
        vision = edit.toPlainText()
        piece = vision_piece(vision, natural_case(word, self.summary_answer.value()))
        cursor = QTextCursor(edit.document())
        # Replace trailing spaces too, so "Quality " + chip gives "Quality, service".
        cursor.setPosition(len(vision.rstrip()))
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(piece)
        edit.setTextCursor(cursor)

    # ------------------------------------------------------------------ word count

    def _update_word_count(self) -> None:
        words = word_count(self.final_answer.value())
        self.word_count_label.setText(
            translate("VisionStep", "Words: %1 (a vision people remember has about %2 at most)")
            .replace("%1", QLocale().toString(words))
            .replace("%2", QLocale().toString(VISION_WORD_LIMIT))
        )
        too_long = words > VISION_WORD_LIMIT
        if too_long:
            self.length_note.setText(
                translate(
                    "VisionStep",
                    "Your vision has %1 words. That is fine to start with, but a vision staff "
                    "can say from memory is shorter: try leaving out a word or two. It is saved "
                    "as it is.",
                ).replace("%1", QLocale().toString(words))
            )
        self.length_note.setVisible(too_long)

    @Slot()
    def _on_summary_text_changed(self) -> None:
        self._update_chips()

    @Slot()
    def _on_final_text_changed(self) -> None:
        self._update_word_count()
