"""The questionnaire one respondent fills in: 25 statements, each rated from 1 to 5.

The respondent sees only their own answers. Every rating is saved the moment it is given (a
note when the respondent leaves its field), so "Continue Later" only closes the window, and
whoever comes back finds their earlier ratings and lands on the first statement left. The
keyboard is enough: the keys 1 to 5 rate the statement that has the focus, the arrow keys
move the rating left and right and go up and down the statements, and Tab goes on to the
statement's note and then to the next statement. A closed round opens read-only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSignalBlocker, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.changes import Changes
from policydesk.domain.quotient import (
    HIGHEST_RATING,
    LOWEST_RATING,
    STATEMENTS,
    Area,
    Statement,
    statements_in,
)
from policydesk.domain.quotient_texts import area_name, role_name, scale_label, statement_text
from policydesk.ui.forms import PROBLEM_STYLE
from policydesk.ui.pages.assessment_page import problem_text, respondent_name, run_guarded
from policydesk.ui.pages.home_page import heading, paragraph

if TYPE_CHECKING:
    from policydesk.domain.languages import Language
    from policydesk.services.assessment import (
        AssessmentProblem,
        AssessmentService,
        RespondentInfo,
    )
    from policydesk.ui.prompts import Prompter

translate = QCoreApplication.translate
# The service's limit for a note, so the field stops where the service would refuse.
NOTE_LIMIT = 2000
CHOSEN_STYLE = (
    "QPushButton:checked { background-color: palette(highlight); "
    "color: palette(highlighted-text); border: 1px solid palette(highlight); "
    "border-radius: 3px; }"
)
_RATINGS = range(LOWEST_RATING, HIGHEST_RATING + 1)
_NUMBER_KEYS = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4, Qt.Key.Key_5: 5}


class StatementRow(QFrame):
    """One statement with its five choices and an optional note.

    The row itself takes the keyboard focus (the choice buttons do not), so Tab moves from
    statement to statement instead of through 125 buttons.

    Signals:
        rated: the respondent chose a rating (statement code, rating).
        note_edited: the respondent left the note field (statement code).
        step_requested: go to the previous (-1) or next (+1) statement.
    """

    rated = Signal(str, int)
    note_edited = Signal(str)
    step_requested = Signal(int)

    def __init__(
        self,
        number: int,
        statement: Statement,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.statement = statement
        self.code = statement.code
        self.rating: int | None = None
        self.missing = False
        self._read_only = False
        self.setObjectName(f"row_{statement.code}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        text = statement_text(statement.code, language)
        self.setAccessibleName(text)

        self.number_label = QLabel(QLocale().toString(number))
        bold = QFont(self.number_label.font())
        bold.setBold(True)
        self.number_label.setFont(bold)
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.number_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("00") + 4)
        self.text_label = QLabel(text)
        self.text_label.setObjectName("text_label")
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setWordWrap(True)
        self.text_label.setFont(bold)

        self.choices = QButtonGroup(self)
        self.choices.setExclusive(True)
        choice_row = QHBoxLayout()
        choice_row.setSpacing(4)
        widest = max(
            self.fontMetrics().horizontalAdvance(scale_label(n, language)) for n in _RATINGS
        )
        for rating in _RATINGS:
            label = scale_label(rating, language)
            button = QPushButton(f"{QLocale().toString(rating)}\n{label}")
            button.setObjectName(f"choice_{rating}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            # Clicking rates; the keys then go to the row, not to a button.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumWidth(widest + 28)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(f"{rating} {label}")
            button.toggled.connect(self._on_choice_toggled)
            self.choices.addButton(button, rating)
            choice_row.addWidget(button)
        self.choices.idClicked.connect(self._on_choices_id_clicked)

        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("note_edit")
        self.note_edit.setMaxLength(NOTE_LIMIT)
        self.note_edit.setClearButtonEnabled(True)
        self.note_edit.setPlaceholderText(self.tr("Note (optional): an example, an idea…"))
        self.note_edit.setEnabled(False)
        self.note_edit.setToolTip(self.tr("Rate the statement first; then a note can go with it"))
        self.note_edit.editingFinished.connect(self._on_note_edit_editing_finished)
        self.note_edit.returnPressed.connect(self._on_note_edit_return_pressed)
        self.saved_note = ""

        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.number_label, 0, 0)
        grid.addWidget(self.text_label, 0, 1)
        grid.addLayout(choice_row, 1, 1)
        grid.addWidget(self.note_edit, 2, 1)
        grid.setColumnStretch(1, 1)

    # ------------------------------------------------------------------ state

    def set_answer(self, rating: int | None, note: str = "") -> None:
        """Show a saved rating (None: not rated) and its saved note."""
        self.show_rating(rating)
        with QSignalBlocker(self.note_edit):
            self.note_edit.setText(note)
        self.saved_note = self.note_edit.text()
        self._update_note_state()

    def show_rating(self, rating: int | None) -> None:
        """Show a rating (None: not rated) without saving it; the note is left alone."""
        self.rating = rating
        # Not exclusive for a moment: an exclusive group cannot show "nothing chosen".
        self.choices.setExclusive(False)
        for button in self.choices.buttons():
            with QSignalBlocker(button):
                button.setChecked(self.choices.id(button) == rating)
            self._embolden(button)
        self.choices.setExclusive(True)
        self._update_note_state()
        self._describe()

    def note(self) -> str:
        """The note as typed, without surrounding spaces."""
        return self.note_edit.text().strip()

    def set_missing(self, missing: bool) -> None:
        """Mark the statement as one still to rate."""
        if missing != self.missing:
            self.missing = missing
            self.update()

    def set_read_only(self, read_only: bool) -> None:
        """Show the answer without letting it change."""
        self._read_only = read_only
        for button in self.choices.buttons():
            button.setEnabled(not read_only or button.isChecked())
        self.note_edit.setReadOnly(read_only)
        # Nothing to read in an empty note, and nothing may be written into it.
        self.note_edit.setVisible(not read_only or bool(self.note_edit.text()))
        self._update_note_state()

    def choose(self, rating: int) -> None:
        """Rate the statement as if the respondent clicked ``rating``."""
        if self._read_only or rating not in _RATINGS:
            return
        button = self.choices.button(rating)
        if not button.isChecked():
            button.setChecked(True)
        if rating != self.rating:
            self.rating = rating
            self._update_note_state()
            self._describe()
            self.rated.emit(self.code, rating)

    def _update_note_state(self) -> None:
        rated = self.rating is not None
        self.note_edit.setEnabled(rated and (not self._read_only or bool(self.note_edit.text())))
        self.note_edit.setToolTip(
            "" if rated else self.tr("Rate the statement first; then a note can go with it")
        )

    def _describe(self) -> None:
        if self.rating is None:
            self.setAccessibleDescription(self.tr("Not rated yet"))
        else:
            self.setAccessibleDescription(
                f"{QLocale().toString(self.rating)} "
                f"{self.choices.button(self.rating).accessibleName()}"
            )

    @staticmethod
    def _embolden(button: QAbstractButton) -> None:
        font = QFont(button.font())
        font.setBold(button.isChecked())
        button.setFont(font)

    # ------------------------------------------------------------------ slots

    @Slot(bool)
    def _on_choice_toggled(self, _checked: bool) -> None:
        button = self.sender()
        if isinstance(button, QAbstractButton):
            self._embolden(button)

    @Slot(int)
    def _on_choices_id_clicked(self, rating: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if self._read_only:
            self.show_rating(self.rating)
            return
        self.choose(rating)

    @Slot()
    def _on_note_edit_editing_finished(self) -> None:
        self.note_edited.emit(self.code)

    @Slot()
    def _on_note_edit_return_pressed(self) -> None:
        self.step_requested.emit(1)

    # ------------------------------------------------------------------ Qt events

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            super().keyPressEvent(event)
            return
        if key in _NUMBER_KEYS:
            self.choose(_NUMBER_KEYS[Qt.Key(key)])
        elif key == Qt.Key.Key_Right:
            self.choose(min(HIGHEST_RATING, (self.rating or LOWEST_RATING - 1) + 1))
        elif key == Qt.Key.Key_Left:
            self.choose(max(LOWEST_RATING, (self.rating or HIGHEST_RATING + 1) - 1))
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.step_requested.emit(1)
        elif key == Qt.Key.Key_Up:
            self.step_requested.emit(-1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not (self.missing or self.hasFocus()):
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        if self.missing:
            tint = QColor(accent)
            tint.setAlpha(45)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tint)
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 5, 5)
        if self.hasFocus():
            painter.setPen(QPen(accent, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 5, 5)
        painter.end()


class QuestionnaireDialog(QDialog):
    """One respondent rates the 25 statements; every answer is saved at once.

    Args:
        assessment: the assessment service.
        respondent: who is answering.
        language: the language of the statements and the scale.
        prompter: shows errors reading or writing the file.
        parent: the parent widget.

    Raises:
        UserFacingError: the file could not be read.

    Signals:
        changes_made: sent once when the dialog closes, if any answer changed (a ``Changes``).
    """

    changes_made = Signal(object)

    def __init__(
        self,
        assessment: AssessmentService,
        respondent: RespondentInfo,
        language: Language,
        prompter: Prompter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = assessment
        self._prompter = prompter
        self._language = language
        self.respondent = respondent
        self.completed = False  # the respondent said they are done, and the service agreed
        self._changes = Changes()
        self._shown_once = False
        round_info = assessment.round(respondent.round_id)
        answers = assessment.answers(respondent.id)
        self.read_only = round_info is None or round_info.closed
        # What the file holds: a rating the service refused is taken back to this.
        self._saved_ratings = {code: entry.rating for code, entry in answers.items()}
        self.setObjectName("questionnaire_dialog")
        who = respondent_name(respondent.name, respondent.role, language)
        self.setWindowTitle(self.tr("Self-assessment: %1").replace("%1", who))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = heading(
            self.tr("Round %1 · %2")
            .replace("%1", round_info.label if round_info is not None else "")
            .replace("%2", who),
            1.3,
        )
        title.setObjectName("title_label")
        title.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(title)
        if respondent.name:
            role = QLabel(role_name(respondent.role, language))
            role.setObjectName("role_label")
            layout.addWidget(role)
        self.intro_label = paragraph(
            self.tr(
                "Rate each statement as things really are today, from 1 (not at all) to 5 (all "
                "the time). Answer on your own: you see only your own answers. Every answer is "
                "saved at once, so you can stop and continue later."
            )
        )
        self.intro_label.setObjectName("intro_label")
        layout.addWidget(self.intro_label)
        self.keys_label = QLabel(
            self.tr(
                "Keyboard: 1–5 rate the marked statement, ← → change the rating, ↑ ↓ go to the "
                "previous or next statement, Tab goes on to the note."
            )
        )
        self.keys_label.setObjectName("keys_label")
        self.keys_label.setWordWrap(True)
        self.keys_label.setStyleSheet("color: palette(placeholder-text);")
        self.keys_label.setVisible(not self.read_only)
        layout.addWidget(self.keys_label)
        self.read_only_label = QLabel(
            self.tr("The round is closed: the answers can be read but no longer changed.")
        )
        self.read_only_label.setObjectName("read_only_label")
        self.read_only_label.setWordWrap(True)
        self.read_only_label.setVisible(self.read_only)
        layout.addWidget(self.read_only_label)

        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        content.setObjectName("statements")
        # The chosen rating must stand out at a glance, in the theme's own accent colour.
        content.setStyleSheet(CHOSEN_STYLE)
        column = QVBoxLayout(content)
        column.setContentsMargins(4, 4, 12, 4)
        column.setSpacing(2)
        self.rows: dict[str, StatementRow] = {}
        self.area_labels: dict[Area, QLabel] = {}
        number = 0
        for area in Area:
            label = heading(area_name(area, language), 1.15)
            label.setObjectName(f"area_{area.value}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setContentsMargins(0, 12 if number else 0, 0, 2)
            self.area_labels[area] = label
            column.addWidget(label)
            for statement in statements_in(area):
                number += 1
                row = StatementRow(number, statement, language, content)
                given = answers.get(statement.code)
                if given is not None:
                    row.set_answer(given.rating, given.note)
                row.set_read_only(self.read_only)
                row.rated.connect(self._on_row_rated)
                row.note_edited.connect(self._on_row_note_edited)
                row.step_requested.connect(self._on_row_step_requested)
                self.rows[statement.code] = row
                column.addWidget(row)
        column.addStretch(1)
        self.scroll_area.setWidget(content)
        layout.addWidget(self.scroll_area, 1)

        self.message_label = QLabel()
        self.message_label.setObjectName("message_label")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(PROBLEM_STYLE)
        self.message_label.hide()
        layout.addWidget(self.message_label)
        bottom = QHBoxLayout()
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progress_label")
        bottom.addWidget(self.progress_label, 1)
        self.later_button = QPushButton(self.tr("Continue Later"))
        self.later_button.setObjectName("later_button")
        self.later_button.setToolTip(
            self.tr("Close the questionnaire; every answer so far is saved already")
        )
        self.finish_button = QPushButton(self.tr("Finish"))
        self.finish_button.setObjectName("finish_button")
        self.finish_button.setToolTip(self.tr("Say you are done (every statement needs a rating)"))
        if self.read_only:
            self.later_button.setText(self.tr("Close"))
            self.later_button.setToolTip("")
            self.finish_button.hide()
        for button in (self.later_button, self.finish_button):
            # Enter moves on to the next statement; it must never close the questionnaire.
            button.setAutoDefault(False)
            button.setDefault(False)
            bottom.addWidget(button)
        layout.addLayout(bottom)
        self.later_button.clicked.connect(self._on_later_button_clicked)
        self.finish_button.clicked.connect(self._on_finish_button_clicked)

        self._update_progress()
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        width, height = 860, 760
        screen = (self.parentWidget() or self).screen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(max(width, 520), max(height, 420))

    # ------------------------------------------------------------------ reading

    def answered(self) -> int:
        """How many statements have a rating."""
        return sum(row.rating is not None for row in self.rows.values())

    def first_unanswered(self) -> StatementRow | None:
        """The first statement without a rating, if there is one."""
        return next((row for row in self.rows.values() if row.rating is None), None)

    def _update_progress(self) -> None:
        self.progress_label.setText(
            self.tr("%1 of %2 answered")
            .replace("%1", QLocale().toString(self.answered()))
            .replace("%2", QLocale().toString(len(STATEMENTS)))
        )

    def go_to(self, row: StatementRow, *, to_top: bool = False) -> None:
        """Give a statement the focus and scroll it into view.

        Args:
            row: the statement.
            to_top: scroll so that it is near the top, below its area's heading when it is the
                area's first statement (otherwise just far enough to show it).
        """
        row.setFocus(Qt.FocusReason.OtherFocusReason)
        if not to_top:
            self.scroll_area.ensureWidgetVisible(row, 0, row.height() // 2 + 8)
            return
        above = self.area_labels[row.statement.area]
        first_of_area = statements_in(row.statement.area)[0] == row.statement
        top = above.y() if first_of_area else row.y() - 8
        self.scroll_area.verticalScrollBar().setValue(max(0, top))

    # ------------------------------------------------------------------ saving

    def _save(self, row: StatementRow, rating: int) -> bool:
        note = row.note()
        outcome = run_guarded(
            self._prompter,
            lambda: self._service.set_answer(self.respondent.id, row.code, rating, note),
        )
        if outcome is None:
            return False
        if outcome.problems:
            self._show_message(outcome.problems)
            return False
        row.saved_note = row.note_edit.text()
        self._changes |= outcome.changes
        return True

    @Slot(str, int)
    def _on_row_rated(self, code: str, rating: int) -> None:
        row = self.rows[code]
        previous = self._saved_rating(row)
        if not self._save(row, rating):
            row.show_rating(previous)
            return
        self._saved_ratings[code] = rating
        if row.missing:
            row.set_missing(False)
            if not any(other.missing for other in self.rows.values()):
                self.message_label.hide()
        self._update_progress()

    @Slot(str)
    def _on_row_note_edited(self, code: str) -> None:
        row = self.rows[code]
        rating = self._saved_rating(row)
        if self.read_only or rating is None or row.note_edit.text() == row.saved_note:
            return
        self._save(row, rating)

    def _saved_rating(self, row: StatementRow) -> int | None:
        return self._saved_ratings.get(row.code)

    def save_notes(self) -> None:
        """Save every note that was changed and not yet saved (leaving a field saves it too)."""
        if self.read_only:
            return
        for row in self.rows.values():
            self._on_row_note_edited(row.code)

    def _show_message(self, problems: tuple[AssessmentProblem, ...] | list[str]) -> None:
        lines = [
            problem if isinstance(problem, str) else problem_text(problem, self._language)
            for problem in problems
        ]
        self.message_label.setText("\n".join(lines))
        self.message_label.show()

    # ------------------------------------------------------------------ finishing

    @Slot()
    def _on_later_button_clicked(self) -> None:
        self.reject()

    @Slot()
    def _on_finish_button_clicked(self) -> None:
        self.finish()

    def finish(self) -> bool:
        """Say the respondent is done; when statements are left, say how many and go to one."""
        if self.read_only:
            self.reject()
            return True
        self.save_notes()
        outcome = run_guarded(
            self._prompter, lambda: self._service.finish_respondent(self.respondent.id)
        )
        if outcome is None:
            return False
        if outcome.problems:
            left = {p.field for p in outcome.problems if str(p.code) == "unanswered"}
            if not left:
                self._show_message(outcome.problems)
                return False
            for row in self.rows.values():
                row.set_missing(row.code in left)
            self._show_message(
                [
                    self.tr(
                        "Statements still without a rating: %1. They are marked; the first one "
                        "is shown. Rate them and press Finish again."
                    ).replace("%1", QLocale().toString(len(left)))
                ]
            )
            first = next((row for row in self.rows.values() if row.code in left), None)
            if first is not None:
                self.go_to(first, to_top=True)
            return False
        self._changes |= outcome.changes
        self.completed = True
        self.accept()
        return True

    def done(self, result: int) -> None:
        self.save_notes()
        changes, self._changes = self._changes, Changes()
        if changes:
            self.changes_made.emit(changes)
        super().done(result)

    # ------------------------------------------------------------------ Qt events

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            # After the layout has placed the rows, or scrolling would aim at nothing.
            QTimer.singleShot(0, self, self._go_to_start)

    @Slot()
    def _go_to_start(self) -> None:
        if not self.isVisible():
            return
        row = self.first_unanswered() if not self.read_only else None
        if row is None:
            row = next(iter(self.rows.values()))
        self.go_to(row, to_top=True)

    @Slot(int)
    def _on_row_step_requested(self, step: int) -> None:
        row = self.sender()
        if not isinstance(row, StatementRow):
            return
        order = list(self.rows.values())
        index = order.index(row) + step
        if 0 <= index < len(order):
            self.go_to(order[index])
        elif index >= len(order) and not self.read_only:
            self.finish_button.setFocus(Qt.FocusReason.TabFocusReason)
