"""Answer widgets for the policy wizard: one stored text per widget, whatever its kind.

Every answer is stored as text under a key (see
:data:`~policydesk.domain.policy_content.POLICY_FIELDS`): a number as ``"1.5"``, a date as
``"2026-03-09"``, a choice as its code, never as a translated label. Each widget here turns
what the owner does into that text, emits :attr:`Answer.edited` on every change the owner
makes (never when the program fills it), and shows its problems in words right under itself.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QSignalBlocker, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.policy import FieldKind
from policydesk.domain.policy_content import FIELDS_BY_KEY, MAX_LINE, number_text, parse_number
from policydesk.ui.forms import PROBLEM_STYLE

_NO_DATE = QDate(1900, 1, 1)  # the date edit's "not chosen" value, shown as a dash


class Answer(QWidget):
    """One answer: a label, an optional hint, the editor, and room for problems.

    Signals:
        edited(key, value): the owner changed the answer; ``value`` is the text to store.
    """

    edited = Signal(str, str)

    def __init__(self, key: str, label: str, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"answer_{key.replace('.', '_')}")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 4, 0, 4)
        self._layout.setSpacing(3)
        self.label = QLabel(label)
        font = QFont(self.label.font())
        font.setBold(True)
        self.label.setFont(font)
        self.label.setWordWrap(True)
        self._layout.addWidget(self.label)
        self.hint_label = QLabel(hint)
        self.hint_label.setWordWrap(True)
        self.hint_label.setObjectName("hint")
        self.hint_label.setForegroundRole(self.hint_label.foregroundRole())
        self.hint_label.setStyleSheet("color: palette(placeholder-text);")
        self.hint_label.setVisible(bool(hint))
        self._layout.addWidget(self.hint_label)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setObjectName("problem")
        self.problem_label.setStyleSheet(PROBLEM_STYLE)
        self.problem_label.hide()

    def _finish(self, editor: QWidget) -> None:
        """Add the editor under the label and the problem line under it."""
        self.editor = editor
        self.label.setBuddy(editor)
        self._layout.addWidget(editor)
        self._layout.addWidget(self.problem_label)

    def value(self) -> str:
        """The answer as it is stored."""
        raise NotImplementedError

    def set_value(self, value: str) -> None:
        """Show a stored answer (without reporting it as an edit)."""
        raise NotImplementedError

    def show_problems(self, texts: list[str]) -> None:
        """Show what to fix under the editor (nothing when ``texts`` is empty)."""
        self.problem_label.setText("\n".join(texts))
        self.problem_label.setVisible(bool(texts))

    def problems_shown(self) -> str:
        """The problem text shown under the editor ('' when none)."""
        return self.problem_label.text() if self.problem_label.isVisibleTo(self) else ""

    def set_read_only(self, read_only: bool) -> None:
        """Let the answer be read but not changed (an approved version)."""
        self.editor.setEnabled(not read_only)

    def _emit(self) -> None:
        self.edited.emit(self.key, self.value())


class TextAnswer(Answer):
    """Free text over several lines, with an optional example the owner can take over."""

    def __init__(
        self,
        key: str,
        label: str,
        hint: str = "",
        example: str = "",
        *,
        lines: int = 4,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(key, label, hint, parent)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName(f"{self.objectName()}_edit")
        self.text_edit.setTabChangesFocus(True)
        # A fixed height keeps the column calm; a longer text scrolls inside its box.
        height = self.text_edit.fontMetrics().lineSpacing() * lines + 14
        self.text_edit.setFixedHeight(height)
        self.text_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.text_edit.textChanged.connect(self._emit)
        self._finish(self.text_edit)
        self.example = example
        self.example_button = QPushButton(self.tr("Use the Example"))
        self.example_button.setObjectName("example_button")
        self.example_button.setToolTip(example)
        self.example_button.setVisible(bool(example))
        self.example_button.clicked.connect(self.use_example)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.example_button)
        self._layout.addLayout(row)

    def value(self) -> str:
        """The text as typed."""
        return self.text_edit.toPlainText()

    def set_value(self, value: str) -> None:
        """Show a stored text."""
        if value != self.text_edit.toPlainText():
            with QSignalBlocker(self.text_edit):
                self.text_edit.setPlainText(value)

    def use_example(self) -> None:
        """Put the example in an empty field, or add it after what is written, to adapt."""
        current = self.text_edit.toPlainText().rstrip()
        self.text_edit.setPlainText(f"{current}\n\n{self.example}" if current else self.example)
        self.text_edit.setFocus()
        self.text_edit.moveCursor(self.text_edit.textCursor().MoveOperation.End)

    def set_read_only(self, read_only: bool) -> None:
        """Approved text can be read and copied, not changed."""
        self.text_edit.setReadOnly(read_only)
        self.example_button.setEnabled(not read_only)


class LineAnswer(Answer):
    """One line of text (a name, a title)."""

    def __init__(
        self,
        key: str,
        label: str,
        hint: str = "",
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(key, label, hint, parent)
        self.line_edit = QLineEdit()
        self.line_edit.setObjectName(f"{self.objectName()}_edit")
        self.line_edit.setMaxLength(MAX_LINE)
        self.line_edit.setPlaceholderText(placeholder)
        self.line_edit.textChanged.connect(self._emit)
        self._finish(self.line_edit)

    def value(self) -> str:
        """The line as typed."""
        return self.line_edit.text()

    def set_value(self, value: str) -> None:
        """Show a stored line."""
        if value != self.line_edit.text():
            with QSignalBlocker(self.line_edit):
                self.line_edit.setText(value)

    def set_read_only(self, read_only: bool) -> None:
        """Approved text can be read and copied, not changed."""
        self.line_edit.setReadOnly(read_only)


class NumberAnswer(Answer):
    """A number in the user's locale; the lowest position of the box means "not given"."""

    def __init__(
        self,
        key: str,
        label: str,
        hint: str = "",
        *,
        minimum: float = 0,
        maximum: float = 1_000_000,
        decimals: int = 1,
        suffix: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(key, label, hint, parent)
        self._minimum = minimum
        self._decimals = decimals
        self.spin: QDoubleSpinBox | QSpinBox
        if decimals:
            spin = QDoubleSpinBox()
            spin.setDecimals(decimals)
            spin.setRange(minimum - 10**-decimals, maximum)
            spin.valueChanged.connect(self._emit)
            self.spin = spin
        else:
            whole = QSpinBox()
            whole.setRange(int(minimum) - 1, int(maximum))
            whole.valueChanged.connect(self._emit)
            self.spin = whole
        self.spin.setObjectName(f"{self.objectName()}_edit")
        self.spin.setSpecialValueText("—")
        self.spin.setSuffix(suffix)
        self.spin.setGroupSeparatorShown(True)
        self.spin.setMaximumWidth(220)
        self._finish(self.spin)

    @classmethod
    def for_field(cls, key: str, label: str, hint: str = "") -> NumberAnswer:
        """A box with the range and decimals the field declares (``POLICY_FIELDS``).

        The limits are stated once, in the domain, so the box never offers a number the check
        would refuse.
        """
        spec = FIELDS_BY_KEY[key]
        return cls(
            key,
            label,
            hint,
            minimum=spec.minimum or 0,
            maximum=spec.maximum if spec.maximum is not None else 1_000_000,
            decimals=1 if spec.kind is FieldKind.NUMBER else 0,
        )

    def number(self) -> float | None:
        """The number shown, or None for "not given"."""
        value = float(self.spin.value())
        return None if value < self._minimum else round(value, self._decimals)

    def value(self) -> str:
        """The number as stored ("" for not given)."""
        return number_text(self.number())

    def set_value(self, value: str) -> None:
        """Show a stored number (or "not given" for an empty or unreadable one)."""
        number = parse_number(value)
        spin = self.spin
        with QSignalBlocker(spin):
            if isinstance(spin, QSpinBox):
                spin.setValue(spin.minimum() if number is None else round(number))
            else:
                spin.setValue(spin.minimum() if number is None else number)

    def set_read_only(self, read_only: bool) -> None:
        """An approved figure can be read, not changed."""
        self.spin.setReadOnly(read_only)


class AmountAnswer(NumberAnswer):
    """Money typed in major units (kronor, lei) and stored in minor units (öre, bani)."""

    def __init__(
        self,
        key: str,
        label: str,
        hint: str = "",
        *,
        currency: str = "SEK",
        exponent: int = 2,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            key,
            label,
            hint,
            minimum=0,
            maximum=10_000_000,
            decimals=exponent,
            suffix=f" {currency}",
            parent=parent,
        )
        self._exponent = exponent

    def value(self) -> str:
        """The amount in minor units ("" for not given)."""
        number = self.number()
        return "" if number is None else str(round(number * 10**self._exponent))

    def set_value(self, value: str) -> None:
        """Show a stored amount (minor units) in major units."""
        minor = parse_number(value)
        major = None if minor is None else minor / 10**self._exponent
        super().set_value(number_text(major))


class ChoiceAnswer(Answer):
    """One of a set of codes, shown by their labels; "not chosen" comes first."""

    def __init__(
        self,
        key: str,
        label: str,
        choices: list[tuple[str, str]],
        hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(key, label, hint, parent)
        self.combo = QComboBox()
        self.combo.setObjectName(f"{self.objectName()}_edit")
        self.combo.addItem("—", "")
        for code, text in choices:
            self.combo.addItem(text, code)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.currentIndexChanged.connect(self._emit)
        self._finish(self.combo)
        row = QHBoxLayout()
        self._layout.removeWidget(self.combo)
        row.addWidget(self.combo)
        row.addStretch(1)
        self._layout.insertLayout(self._layout.indexOf(self.problem_label), row)

    def value(self) -> str:
        """The chosen code ("" for none)."""
        return str(self.combo.currentData() or "")

    def set_value(self, value: str) -> None:
        """Choose the stored code (none when it is unknown)."""
        index = self.combo.findData(value)
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(max(index, 0))


class DateAnswer(Answer):
    """A day, or none; shown in the user's locale and stored as an ISO date."""

    def __init__(self, key: str, label: str, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(key, label, hint, parent)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName(f"{self.objectName()}_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(_NO_DATE)
        self.date_edit.setMaximumDate(QDate(2200, 12, 31))
        self.date_edit.setSpecialValueText("—")
        self.date_edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.date_edit.setDate(_NO_DATE)
        self.date_edit.dateChanged.connect(self._emit)
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setObjectName("today_button")
        self.today_button.clicked.connect(lambda: self.date_edit.setDate(QDate.currentDate()))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("clear_button")
        self.clear_button.clicked.connect(lambda: self.date_edit.setDate(_NO_DATE))
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date_edit)
        row.addWidget(self.today_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        self._finish(holder)
        self.label.setBuddy(self.date_edit)

    def value(self) -> str:
        """The day as an ISO date ("" for none)."""
        chosen = self.date_edit.date()
        return "" if chosen == _NO_DATE else chosen.toString("yyyy-MM-dd")

    def set_value(self, value: str) -> None:
        """Show a stored day (none when empty or unreadable)."""
        chosen = QDate.fromString(value.strip(), "yyyy-MM-dd")
        with QSignalBlocker(self.date_edit):
            self.date_edit.setDate(chosen if chosen.isValid() else _NO_DATE)

    def set_read_only(self, read_only: bool) -> None:
        """An approved day can be read, not changed."""
        self.date_edit.setReadOnly(read_only)
        self.today_button.setEnabled(not read_only)
        self.clear_button.setEnabled(not read_only)
