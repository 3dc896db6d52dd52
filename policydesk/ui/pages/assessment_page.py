"""The yearly self-assessment: rounds, their respondents, the questionnaire and the results.

The page lists the rounds (newest first) and shows the chosen one: who takes part and how far
each has come, buttons to add people and to let them fill in the questionnaire one after
another, and the round's results. The History and Compare tabs are built the first time they
are opened, so a page nobody looks at never loads charts. Every change goes through the
assessment service and is reported with ``changes_made``; the main window hands it back to
``on_changes``, which refreshes what shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.changes import Changes
from policydesk.domain.errors import UserFacingError
from policydesk.domain.languages import Language
from policydesk.domain.quotient import STATEMENTS, RespondentRole
from policydesk.domain.quotient_texts import band_name, role_name
from policydesk.ui.messages import error_details, error_text, error_title
from policydesk.ui.pages.home_page import heading, paragraph

if TYPE_CHECKING:
    from policydesk.domain.staff import StaffMember
    from policydesk.services.assessment import (
        AssessmentProblem,
        AssessmentService,
        Outcome,
        RespondentInfo,
        RoundInfo,
    )
    from policydesk.services.assessment_export import AssessmentExportService
    from policydesk.ui.prompts import Prompter
    from policydesk.ui.settings import AppSettings
    from policydesk.ui.widgets.quotient_views import CompareView, HistoryView, RoundResultsView

T = TypeVar("T")
# Each call names its context in full: lupdate reads only literal contexts and texts.
translate = QCoreApplication.translate
_ID = Qt.ItemDataRole.UserRole
RESULTS_HEIGHT = 460
ROUND_ROWS = 6  # rounds shown before the list scrolls
PEOPLE_ROWS = 12
StaffList = Callable[[], Sequence["StaffMember"]]


# ---------------------------------------------------------------------------- words


def ui_language() -> Language:
    """The user interface's language (the translators set the default locale to match it)."""
    return {
        QLocale.Language.Swedish: Language.SWEDISH,
        QLocale.Language.Romanian: Language.ROMANIAN,
    }.get(QLocale().language(), Language.ENGLISH)


def quotient_text(total: Fraction | None) -> str:
    """A quotient with two decimals in the locale's format, or a dash when there is none."""
    if total is None:
        return "—"
    return QLocale().toString(float(total), "f", 2)


def date_text(day: date) -> str:
    """A date in the locale's short format."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def respondent_name(name: str, role: RespondentRole | str, language: Language) -> str:
    """A respondent as lists show them: their name, or "Anonymous (Staff member)"."""
    if name:
        return name
    try:
        shown_role = role_name(RespondentRole(role), language)
    except ValueError:
        shown_role = str(role)
    return translate("AssessmentPage", "Anonymous (%1)").replace("%1", shown_role)


def progress_text(answered: int) -> str:
    """How far a respondent has come: "12 of 25"."""
    return (
        translate("AssessmentPage", "%1 of %2")
        .replace("%1", QLocale().toString(answered))
        .replace("%2", QLocale().toString(len(STATEMENTS)))
    )


def _field_word(field: str) -> str:
    if field == "label":
        return translate("AssessmentPage", "The label")
    if field == "name":
        return translate("AssessmentPage", "The name")
    return translate("AssessmentPage", "The note")


def problem_text(problem: AssessmentProblem, language: Language | None = None) -> str:
    """A sentence that says what stops a change and what to do about it."""
    number = QLocale().toString

    def count(name: str) -> str:
        return number(int(problem.param(name) or 0))

    # Each translate() call is written out in full so that lupdate finds the text.
    sentences = {
        "label_required": translate(
            "AssessmentPage", "Give the round a label, for example the year."
        ),
        "label_taken": translate(
            "AssessmentPage",
            "There is already a round called \u201c%1\u201d. Choose another label.",
        ).replace("%1", problem.param("label")),
        "too_long": translate(
            "AssessmentPage", "%1 is too long: %2 characters where at most %3 fit. Shorten it."
        )
        .replace("%1", _field_word(problem.field))
        .replace("%2", count("length"))
        .replace("%3", count("max")),
        "control_characters": translate(
            "AssessmentPage",
            "%1 contains invisible control characters, perhaps from pasting. Type it again.",
        ).replace("%1", _field_word(problem.field)),
        "date_in_future": translate(
            "AssessmentPage",
            "The date is in the future. Date the round on the day it is held, today at the latest.",
        ),
        "rating_range": translate("AssessmentPage", "Choose a rating from %1 to %2.")
        .replace("%1", problem.param("min") or "1")
        .replace("%2", problem.param("max") or "5"),
        "unknown_statement": translate(
            "AssessmentPage", "That statement is not part of the questionnaire (any more)."
        ),
        "round_closed": translate(
            "AssessmentPage",
            "The round is closed, so its answers no longer change. Reopen the round first.",
        ),
        "no_respondents": translate(
            "AssessmentPage",
            "Nobody has taken part yet. Add the respondents and let each of them rate every "
            "statement; then close the round.",
        ),
        "not_found": translate(
            "AssessmentPage",
            "The round or the respondent is no longer there; perhaps it was deleted meanwhile. "
            "The list has been read again.",
        ),
    }
    code = str(problem.code)
    if code == "unanswered":
        if not problem.param("respondent"):
            return translate("AssessmentPage", "A statement has not been rated yet.")
        who = respondent_name(
            problem.param("name"), problem.param("role"), language or ui_language()
        )
        return (
            translate("AssessmentPage", "%1 still has statements to rate: %2 of %3.")
            .replace("%1", who)
            .replace("%2", count("count"))
            .replace("%3", number(len(STATEMENTS)))
        )
    return sentences.get(code, sentences["not_found"])


def run_guarded(prompter: Prompter, work: Callable[[], T]) -> T | None:
    """Run a service call; when the file cannot be read or written, say so and return None."""
    try:
        return work()
    except UserFacingError as error:
        prompter.error(error_title(error), error_text(error), error_details(error))
        return None


def _item(text: str, data: object = None, *, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)  # table items never interpret markup
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if data is not None:
        item.setData(_ID, data)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(name: str, headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    vertical = table.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def _line() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def _fit_height(table: QTableWidget, most: int) -> None:
    """Make a table exactly as tall as its rows (at least one, at most ``most``)."""
    rows = min(max(table.rowCount(), 1), most)
    header = table.horizontalHeader().sizeHint().height()
    height = header + rows * table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(height + 2 * table.frameWidth() + 2)


def _selected_id(table: QTableWidget) -> int | None:
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    value = item.data(_ID) if item is not None else None
    return int(value) if value is not None else None


def _select_id(table: QTableWidget, wanted: int | None) -> bool:
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.data(_ID) == wanted:
            table.selectRow(row)
            table.scrollToItem(item)
            return True
    return False


# ---------------------------------------------------------------------------- the page


class AssessmentPage(QWidget):
    """The self-assessment page: rounds, respondents, results, history and comparisons.

    Args:
        assessment: the open file's assessment service.
        staff: returns the staff list (``workspace.complaints.staff``), offered as names when
            somebody is added to a round.
        prompter: shows questions and messages.
        parent: the parent widget.
        language: the language of the statements, areas and bands; the user interface's when
            not given.
        exporter: writes a round as a PDF report or a CSV file (``workspace.assessment_export``);
            the export buttons are disabled without it.
        settings: the program's preferences (the folder the save dialog starts in).

    Signals:
        changes_made: a unit of work changed data (a ``Changes``).
        goal_requested: the user wants to make an area (its code) a goal of the policy.
    """

    changes_made = Signal(object)
    goal_requested = Signal(str)

    ROUND_COLUMNS = 6
    R_LABEL, R_DATE, R_PEOPLE, R_QUOTIENT, R_BAND, R_STATE = range(ROUND_COLUMNS)
    PEOPLE_COLUMNS = 4
    P_NAME, P_ROLE, P_PROGRESS, P_STATE = range(PEOPLE_COLUMNS)

    def __init__(
        self,
        assessment: AssessmentService,
        staff: StaffList,
        prompter: Prompter,
        parent: QWidget | None = None,
        *,
        language: Language | None = None,
        exporter: AssessmentExportService | None = None,
        settings: AppSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = assessment
        self._staff = staff
        self._prompter = prompter
        self._language = language or ui_language()
        self._exporter = exporter
        self._settings = settings
        self._rounds: dict[int, RoundInfo] = {}
        self._respondents: dict[int, RespondentInfo] = {}
        self._round_id: int | None = None
        self._wanted_round: int | None = None
        self._wanted_respondent: int | None = None
        self._next_in_line = False
        self.dialog: QDialog | None = None
        self.questionnaire: QDialog | None = None
        self.results_view: RoundResultsView | None = None
        self.history_view: HistoryView | None = None
        self.compare_view: CompareView | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.tr("Self-assessment"), 1.4))
        layout.addWidget(self._build_banner())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.rounds_tab = self._build_rounds_tab()
        self.history_tab = QWidget()
        self.history_tab.setObjectName("history_tab")
        QVBoxLayout(self.history_tab).setContentsMargins(0, 8, 0, 0)
        self.compare_tab = QWidget()
        self.compare_tab.setObjectName("compare_tab")
        QVBoxLayout(self.compare_tab).setContentsMargins(0, 8, 0, 0)
        self.tabs.addTab(self.rounds_tab, self.tr("Rounds"))
        self.tabs.addTab(self.history_tab, self.tr("History"))
        self.tabs.addTab(self.compare_tab, self.tr("Compare"))
        layout.addWidget(self.tabs, 1)

        self._connect()
        self.refresh()

    # ------------------------------------------------------------------ building

    def _build_banner(self) -> QFrame:
        self.due_banner = QFrame()
        self.due_banner.setObjectName("due_banner")
        self.due_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.due_banner.setAutoFillBackground(True)
        self.due_banner.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        row = QHBoxLayout(self.due_banner)
        row.setContentsMargins(12, 8, 12, 8)
        texts = QVBoxLayout()
        self.due_title = heading(self.tr("It is time for this year's assessment"), 1.1)
        self.due_title.setObjectName("due_title")
        self.due_label = paragraph("")
        self.due_label.setObjectName("due_label")
        self.due_label.setTextFormat(Qt.TextFormat.PlainText)
        texts.addWidget(self.due_title)
        texts.addWidget(self.due_label)
        row.addLayout(texts, 1)
        self.start_year_button = QPushButton(self.tr("Start This Year's Round"))
        self.start_year_button.setObjectName("start_year_button")
        self.start_year_button.setToolTip(
            self.tr("Start a round labelled with this year and dated today")
        )
        row.addWidget(self.start_year_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.due_banner.hide()
        return self.due_banner

    def _build_rounds_tab(self) -> QWidget:
        # One scrolling column: the results need the full width and their height, which a
        # window of ordinary size cannot give them next to the lists.
        tab = QScrollArea()
        tab.setObjectName("rounds_tab")
        tab.setWidgetResizable(True)
        tab.setFrameShape(QFrame.Shape.NoFrame)
        tab.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        content.setObjectName("rounds_content")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 8, 8, 8)
        intro = paragraph(
            self.tr(
                "Once a year the owner and the staff each rate 25 statements about your service "
                "from 1 (not at all) to 5 (all the time). PolicyDesk turns the ratings into the "
                "customer-service quotient, from 7 to 35, and compares it with earlier years."
            )
        )
        intro.setObjectName("intro_label")
        layout.addWidget(intro)
        self.rounds_table = _table(
            "rounds_table",
            [
                self.tr("Round"),
                self.tr("Held on"),
                self.tr("Finished"),
                self.tr("Quotient"),
                self.tr("Band"),
                self.tr("State"),
            ],
        )
        self.rounds_table.setToolTip(self.tr("Every round, newest first; choose one to see it"))
        layout.addWidget(self.rounds_table)
        buttons = QHBoxLayout()
        self.new_round_button = QPushButton(self.tr("New Round…"))
        self.new_round_button.setObjectName("new_round_button")
        self.edit_round_button = QPushButton(self.tr("Edit…"))
        self.edit_round_button.setObjectName("edit_round_button")
        self.edit_round_button.setToolTip(self.tr("Change the round's label, date or note"))
        self.delete_round_button = QPushButton(self.tr("Delete…"))
        self.delete_round_button.setObjectName("delete_round_button")
        self.delete_round_button.setToolTip(self.tr("Delete the round with all its answers"))
        self.export_csv_button = QPushButton(self.tr("Export CSV…"))
        self.export_csv_button.setObjectName("export_csv_button")
        self.export_csv_button.setToolTip(self.tr("Save the round's ratings as a spreadsheet"))
        self.export_pdf_button = QPushButton(self.tr("Export PDF…"))
        self.export_pdf_button.setObjectName("export_pdf_button")
        self.export_pdf_button.setToolTip(self.tr("Save the round's results as a PDF report"))
        for button in (self.new_round_button, self.edit_round_button, self.delete_round_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_csv_button)
        buttons.addWidget(self.export_pdf_button)
        layout.addLayout(buttons)
        layout.addWidget(_line())

        self.detail_stack = QStackedWidget()
        self.detail_stack.setObjectName("detail_stack")
        self.no_round_label = QLabel(
            self.tr("Choose a round above, or start one with \u201cNew Round\u201d.")
        )
        self.no_round_label.setObjectName("no_round_label")
        self.no_round_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_round_label.setWordWrap(True)
        self.no_round_label.setMinimumHeight(80)
        self.detail_stack.addWidget(self.no_round_label)
        self.round_detail = self._build_detail()
        self.detail_stack.addWidget(self.round_detail)
        layout.addWidget(self.detail_stack)
        layout.addStretch(1)
        tab.setWidget(content)
        return tab

    def _build_detail(self) -> QWidget:
        detail = QWidget()
        detail.setObjectName("round_detail")
        layout = QVBoxLayout(detail)
        layout.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        texts = QVBoxLayout()
        self.round_title = heading("", 1.25)
        self.round_title.setObjectName("round_title")
        self.round_title.setTextFormat(Qt.TextFormat.PlainText)
        self.round_state_label = QLabel()
        self.round_state_label.setObjectName("round_state_label")
        self.round_state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.round_state_label.setWordWrap(True)
        texts.addWidget(self.round_title)
        texts.addWidget(self.round_state_label)
        title_row.addLayout(texts, 1)
        self.close_round_button = QPushButton(self.tr("Close Round"))
        self.close_round_button.setObjectName("close_round_button")
        self.close_round_button.setToolTip(
            self.tr(
                "Make the round's figures final; possible once everybody has rated every statement"
            )
        )
        self.reopen_round_button = QPushButton(self.tr("Reopen Round"))
        self.reopen_round_button.setObjectName("reopen_round_button")
        self.reopen_round_button.setToolTip(
            self.tr("Open the round again, to add a latecomer or correct a slip")
        )
        title_row.addWidget(self.close_round_button, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.reopen_round_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(title_row)

        layout.addWidget(heading(self.tr("Respondents"), 1.1))
        self.respondents_table = _table(
            "respondents_table",
            [self.tr("Name"), self.tr("Role"), self.tr("Rated"), self.tr("State")],
        )
        layout.addWidget(self.respondents_table)
        self.privacy_label = QLabel()
        self.privacy_label.setObjectName("privacy_label")
        self.privacy_label.setWordWrap(True)
        self.privacy_label.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.privacy_label)
        buttons = QHBoxLayout()
        self.add_respondent_button = QPushButton(self.tr("Add Respondent…"))
        self.add_respondent_button.setObjectName("add_respondent_button")
        self.add_respondent_button.setToolTip(
            self.tr("Add the owner, a manager or a member of staff, by name or anonymously")
        )
        self.remove_respondent_button = QPushButton(self.tr("Remove…"))
        self.remove_respondent_button.setObjectName("remove_respondent_button")
        self.remove_respondent_button.setToolTip(
            self.tr("Take the chosen person and their ratings out of the round")
        )
        self.questionnaire_button = QPushButton(self.tr("Start"))
        self.questionnaire_button.setObjectName("questionnaire_button")
        buttons.addWidget(self.add_respondent_button)
        buttons.addWidget(self.remove_respondent_button)
        buttons.addStretch(1)
        buttons.addWidget(self.questionnaire_button)
        layout.addLayout(buttons)
        layout.addWidget(_line())

        self.results_box = QWidget()
        self.results_box.setObjectName("results_box")
        QVBoxLayout(self.results_box).setContentsMargins(0, 0, 0, 0)
        # Room for the results' table and chart side by side, however short the window.
        self.results_box.setMinimumHeight(RESULTS_HEIGHT)
        layout.addWidget(self.results_box)
        return detail

    def _connect(self) -> None:
        self.start_year_button.clicked.connect(self.start_this_years_round)
        self.new_round_button.clicked.connect(self.new_round)
        self.edit_round_button.clicked.connect(self.edit_round)
        self.delete_round_button.clicked.connect(self.delete_round)
        self.export_csv_button.clicked.connect(self._on_export_csv_clicked)
        self.export_pdf_button.clicked.connect(self._on_export_pdf_clicked)
        self.rounds_table.itemSelectionChanged.connect(self._on_rounds_table_selection_changed)
        self.rounds_table.itemDoubleClicked.connect(self._on_rounds_table_double_clicked)
        self.respondents_table.itemSelectionChanged.connect(self._update_respondent_buttons)
        # Enter or a double click: the chosen person begins (or continues).
        self.respondents_table.itemActivated.connect(self._on_respondents_table_item_activated)
        self.add_respondent_button.clicked.connect(self.add_respondent)
        self.remove_respondent_button.clicked.connect(self.remove_respondent)
        self.questionnaire_button.clicked.connect(self._on_questionnaire_button_clicked)
        self.close_round_button.clicked.connect(self.close_round)
        self.reopen_round_button.clicked.connect(self.reopen_round)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    # ------------------------------------------------------------------ refreshing

    @Slot(object)
    def on_changes(self, changes: Changes) -> None:
        """Refresh when the assessment, the staff list or the whole file changed."""
        if changes.assessment or changes.staff or changes.database:
            self.refresh()

    def refresh(self) -> None:
        """Read the rounds, the chosen round and the views on show again."""
        rounds = run_guarded(self._prompter, self._service.rounds)
        if rounds is None:
            return
        due = run_guarded(self._prompter, self._service.is_due)
        if due is None:
            return
        self._rounds = {found.id: found for found in rounds}
        self._show_banner(due, rounds)
        wanted = self._wanted_round if self._wanted_round is not None else self._round_id
        self._wanted_round = None
        table = self.rounds_table
        blocked = table.blockSignals(True)
        table.setRowCount(0)
        for found in rounds:
            self._add_round_row(found)
        table.clearSelection()
        table.blockSignals(blocked)
        _fit_height(table, ROUND_ROWS)
        if not _select_id(table, wanted) and rounds:
            table.selectRow(0)  # the newest round is the one people look at
        self._on_rounds_table_selection_changed()
        for view in (self.history_view, self.compare_view):
            if view is not None:
                view.refresh()

    def _add_round_row(self, found: RoundInfo) -> None:
        table = self.rounds_table
        row = table.rowCount()
        table.insertRow(row)
        people = (
            self.tr("%1 of %2")
            .replace("%1", QLocale().toString(found.finished))
            .replace("%2", QLocale().toString(found.respondents))
        )
        result = found.result
        band = band_name(result.band, self._language) if result is not None else ""
        state = self.tr("Closed") if found.closed else self.tr("Open")
        cells = {
            self.R_LABEL: _item(found.label, found.id),
            self.R_DATE: _item(date_text(found.held_on)),
            self.R_PEOPLE: _item(people, align_right=True),
            self.R_QUOTIENT: _item(
                quotient_text(result.total if result else None), align_right=True
            ),
            self.R_BAND: _item(band),
            self.R_STATE: _item(state),
        }
        for column, item in cells.items():
            table.setItem(row, column, item)

    def _show_banner(self, due: bool, rounds: Sequence[RoundInfo]) -> None:
        if not due:
            self.due_banner.hide()
            return
        last = max((found.held_on for found in rounds), default=None)
        if last is None:
            text = self.tr(
                "No round has been held yet. Start one, add the owner and the staff, and let "
                "each of them rate the statements."
            )
        else:
            text = self.tr(
                "The last round was held on %1, twelve months ago or more. A new round shows "
                "how things have moved since."
            ).replace("%1", date_text(last))
        self.due_label.setText(text)
        self.due_banner.show()

    @Slot()
    def _on_rounds_table_selection_changed(self) -> None:
        round_id = _selected_id(self.rounds_table)
        self._round_id = round_id
        chosen = self._rounds.get(round_id) if round_id is not None else None
        has_round = chosen is not None
        for button in (self.edit_round_button, self.delete_round_button):
            button.setEnabled(has_round)
        for button in (self.export_csv_button, self.export_pdf_button):
            button.setEnabled(has_round and self._exporter is not None)
        if chosen is None:
            self.detail_stack.setCurrentWidget(self.no_round_label)
            self._respondents = {}
            self.respondents_table.setRowCount(0)
            if self.results_view is not None:
                self.results_view.show_round(None)
            return
        self.detail_stack.setCurrentWidget(self.round_detail)
        self._show_round(chosen)

    def _show_round(self, chosen: RoundInfo) -> None:
        self.round_title.setText(self.tr("Round %1").replace("%1", chosen.label))
        held = self.tr("Held on %1").replace("%1", date_text(chosen.held_on))
        if chosen.closed:
            state = self.tr("Closed: the figures are final.")
        else:
            state = self.tr("Open: answers are still coming in.")
        parts = [held, state]
        if chosen.note:
            parts.append(" ".join(chosen.note.split()))
        self.round_state_label.setText("  ·  ".join(parts))
        self.close_round_button.setVisible(not chosen.closed)
        self.reopen_round_button.setVisible(chosen.closed)
        self.add_respondent_button.setEnabled(not chosen.closed)
        self._fill_respondents(chosen)
        if self.isVisible():
            self._ensure_results_view()
        if self.results_view is not None:
            self.results_view.show_round(chosen.id)

    def _fill_respondents(self, chosen: RoundInfo) -> None:
        people = run_guarded(self._prompter, lambda: self._service.respondents(chosen.id)) or []
        table = self.respondents_table
        wanted = self._wanted_respondent
        if wanted is None and not self._next_in_line:
            wanted = _selected_id(table)
        self._wanted_respondent = None
        self._next_in_line = False
        self._respondents = {person.id: person for person in people}
        blocked = table.blockSignals(True)
        table.setRowCount(0)
        for person in people:
            row = table.rowCount()
            table.insertRow(row)
            if person.finished:
                state = self.tr("Finished")
            elif person.answered:
                state = self.tr("Not finished")
            else:
                state = self.tr("Not started")
            cells = {
                self.P_NAME: _item(
                    respondent_name(person.name, person.role, self._language), person.id
                ),
                self.P_ROLE: _item(role_name(person.role, self._language)),
                self.P_PROGRESS: _item(progress_text(person.answered), align_right=True),
                self.P_STATE: _item(state),
            }
            for column, item in cells.items():
                table.setItem(row, column, item)
        table.clearSelection()
        table.blockSignals(blocked)
        _fit_height(table, PEOPLE_ROWS)
        if not people:
            hint = self.tr(
                "Nobody takes part yet. Add the owner and each member of staff with \u201cAdd "
                "Respondent\u201d; then let them fill in the questionnaire one after another."
            )
        elif chosen.closed:
            hint = self.tr("The round is closed: the answers can be looked at but not changed.")
        else:
            hint = self.tr(
                "Each person fills in the questionnaire on their own and sees only their own "
                "answers. Whoever is next is chosen; press the button on the right to begin."
            )
        self.privacy_label.setText(hint)
        if not _select_id(table, wanted):
            # Whoever is next in line: the first who has not finished.
            waiting = next((p.id for p in people if not p.finished), None)
            _select_id(table, waiting)
        self._update_respondent_buttons()

    @Slot()
    def _update_respondent_buttons(self) -> None:
        chosen = self.current_round()
        person = self.current_respondent()
        closed = chosen is None or chosen.closed
        self.remove_respondent_button.setEnabled(person is not None and not closed)
        self.questionnaire_button.setEnabled(person is not None)
        if person is None or closed:
            text = self.tr("View Answers") if closed else self.tr("Start")
            tip = self.tr("See the chosen person's answers (the round is closed)")
        elif person.finished:
            text = self.tr("Review Answers")
            tip = self.tr("Let the chosen person look over and change their answers")
        elif person.answered:
            text = self.tr("Continue")
            tip = self.tr("Let the chosen person carry on where they stopped")
        else:
            text = self.tr("Start")
            tip = self.tr("Let the chosen person fill in the questionnaire")
        self.questionnaire_button.setText(text)
        self.questionnaire_button.setToolTip(tip)

    def current_round(self) -> RoundInfo | None:
        """The round chosen in the list, if one is."""
        return self._rounds.get(self._round_id) if self._round_id is not None else None

    def current_respondent(self) -> RespondentInfo | None:
        """The respondent chosen in the chosen round, if one is."""
        person_id = _selected_id(self.respondents_table)
        return self._respondents.get(person_id) if person_id is not None else None

    def select_round(self, round_id: int) -> bool:
        """Choose a round in the list; False when it is not there."""
        return _select_id(self.rounds_table, round_id)

    def select_respondent(self, respondent_id: int) -> bool:
        """Choose a respondent of the chosen round; False when they are not there."""
        return _select_id(self.respondents_table, respondent_id)

    # ------------------------------------------------------------------ applying changes

    def _apply(self, outcome: Outcome | None, title: str) -> bool:
        """Report a change that went through; explain one that did not."""
        if outcome is None:
            return False
        if outcome.problems:
            self._prompter.warn(
                title,
                "\n".join(problem_text(problem, self._language) for problem in outcome.problems),
            )
            if any(str(problem.code) == "not_found" for problem in outcome.problems):
                self.refresh()
            return False
        if outcome.changes:
            self.changes_made.emit(outcome.changes)
        return True

    @Slot(object)
    def _on_round_saved(self, outcome: Outcome) -> None:
        self._wanted_round = outcome.id
        if outcome.changes:
            self.changes_made.emit(outcome.changes)

    @Slot(object)
    def _on_respondent_saved(self, outcome: Outcome) -> None:
        self._wanted_respondent = outcome.id
        if outcome.changes:
            self.changes_made.emit(outcome.changes)

    # ------------------------------------------------------------------ rounds

    @Slot()
    def start_this_years_round(self) -> None:
        """Start a round labelled with this year and dated today (or ask, if that label is used)."""
        today = run_guarded(self._prompter, self._service.today)
        if today is None:
            return
        label = str(today.year)
        outcome = run_guarded(self._prompter, lambda: self._service.create_round(label, today))
        if outcome is None:
            return
        if outcome.problems:
            # Usually "2026" is taken already: let the user choose another label.
            self._open_round_dialog(None, label, today, outcome.problems)
            return
        self._wanted_round = outcome.id
        self.tabs.setCurrentWidget(self.rounds_tab)
        self._apply(outcome, "")

    @Slot()
    def new_round(self) -> None:
        """Ask for a label and a date, and start a round."""
        today = run_guarded(self._prompter, self._service.today)
        if today is None:
            return
        taken = {found.label.casefold() for found in self._rounds.values()}
        label = str(today.year) if str(today.year) not in taken else ""
        self._open_round_dialog(None, label, today, ())

    @Slot()
    def edit_round(self) -> None:
        """Change the chosen round's label, date or note."""
        chosen = self.current_round()
        if chosen is not None:
            self._open_round_dialog(chosen, chosen.label, chosen.held_on, ())

    def _open_round_dialog(
        self,
        chosen: RoundInfo | None,
        label: str,
        held_on: date,
        problems: Sequence[AssessmentProblem],
    ) -> None:
        from policydesk.ui.dialogs.round_dialog import RoundDialog

        dialog = RoundDialog(
            self._service, self._prompter, chosen, label=label, held_on=held_on, parent=self
        )
        dialog.show_problems(problems)
        dialog.saved.connect(self._on_round_saved)
        self._show_dialog(dialog)

    def _show_dialog(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    @Slot(int)
    def _on_dialog_finished(self, _result: int) -> None:
        dialog = self.sender()
        if isinstance(dialog, QDialog):
            dialog.deleteLater()
        if dialog is self.dialog:
            self.dialog = None

    @Slot()
    def delete_round(self) -> None:
        """Delete the chosen round with its respondents and answers, after asking."""
        chosen = self.current_round()
        if chosen is None:
            return
        people = run_guarded(self._prompter, lambda: self._service.respondents(chosen.id))
        if people is None:
            return
        ratings = sum(person.answered for person in people)
        if people:
            text = (
                self.tr(
                    "The round \u201c%1\u201d is deleted together with its %2 respondents and "
                    "their %3 ratings. This cannot be undone."
                )
                .replace("%1", chosen.label)
                .replace("%2", QLocale().toString(len(people)))
                .replace("%3", QLocale().toString(ratings))
            )
        else:
            text = self.tr(
                "The round \u201c%1\u201d has nobody in it yet. Delete it anyway?"
            ).replace("%1", chosen.label)
        if not self._prompter.confirm(
            self.tr("Delete the round?"), text, yes=self.tr("Delete"), no=self.tr("Keep")
        ):
            return
        outcome = run_guarded(self._prompter, lambda: self._service.delete_round(chosen.id))
        self._apply(outcome, self.tr("The round was not deleted"))

    @Slot()
    def close_round(self) -> None:
        """Close the chosen round; when somebody has statements left, say who and how many."""
        chosen = self.current_round()
        if chosen is None:
            return
        outcome = run_guarded(self._prompter, lambda: self._service.close_round(chosen.id))
        if outcome is None:
            return
        if outcome.problems:
            lines = [problem_text(problem, self._language) for problem in outcome.problems]
            if any(str(problem.code) == "unanswered" for problem in outcome.problems):
                lines = [
                    self.tr(
                        "Everybody must rate every statement before the round is closed. "
                        "Still to do:"
                    ),
                    *(f"• {line}" for line in lines),
                ]
            self._prompter.warn(self.tr("The round cannot be closed yet"), "\n".join(lines))
            return
        self._apply(outcome, "")

    @Slot()
    def reopen_round(self) -> None:
        """Open the chosen closed round again."""
        chosen = self.current_round()
        if chosen is None:
            return
        outcome = run_guarded(self._prompter, lambda: self._service.reopen_round(chosen.id))
        self._apply(outcome, self.tr("The round was not reopened"))

    @Slot(QTableWidgetItem)
    def _on_rounds_table_double_clicked(self, _item: QTableWidgetItem) -> None:
        self.edit_round()

    # ------------------------------------------------------------------ respondents

    @Slot()
    def add_respondent(self) -> None:
        """Add somebody to the chosen round: a person on the staff list, a name, or a role."""
        chosen = self.current_round()
        if chosen is None or chosen.closed:
            return
        staff = run_guarded(self._prompter, self._staff)
        if staff is None:
            return
        from policydesk.ui.dialogs.round_dialog import RespondentDialog

        taken = {p.staff_id for p in self._respondents.values() if p.staff_id is not None}
        has_owner = any(p.role is RespondentRole.OWNER for p in self._respondents.values())
        dialog = RespondentDialog(
            self._service,
            self._prompter,
            chosen.id,
            [member for member in staff if member.id not in taken],
            self._language,
            default_role=RespondentRole.STAFF if has_owner else RespondentRole.OWNER,
            parent=self,
        )
        dialog.saved.connect(self._on_respondent_saved)
        self._show_dialog(dialog)

    @Slot()
    def remove_respondent(self) -> None:
        """Take the chosen respondent and their ratings out of the round, after asking."""
        person = self.current_respondent()
        if person is None:
            return
        who = respondent_name(person.name, person.role, self._language)
        if person.answered:
            text = (
                self.tr("%1 is taken out of the round and their %2 ratings are deleted.")
                .replace("%1", who)
                .replace("%2", QLocale().toString(person.answered))
            )
        else:
            text = self.tr("%1 is taken out of the round; they have rated nothing yet.").replace(
                "%1", who
            )
        if not self._prompter.confirm(
            self.tr("Remove the respondent?"), text, yes=self.tr("Remove"), no=self.tr("Keep")
        ):
            return
        outcome = run_guarded(self._prompter, lambda: self._service.remove_respondent(person.id))
        self._apply(outcome, self.tr("The respondent was not removed"))

    @Slot()
    def _on_questionnaire_button_clicked(self) -> None:
        person = self.current_respondent()
        if person is not None:
            self.open_questionnaire(person.id)

    @Slot(QTableWidgetItem)
    def _on_respondents_table_item_activated(self, item: QTableWidgetItem) -> None:
        first = self.respondents_table.item(item.row(), 0)
        if first is not None and first.data(_ID) is not None:
            self.open_questionnaire(int(first.data(_ID)))

    def open_questionnaire(self, respondent_id: int) -> QDialog | None:
        """Open the questionnaire for one respondent (read-only when the round is closed)."""
        person = self._respondents.get(respondent_id)
        if person is None:
            return None
        if self.questionnaire is not None:
            self.questionnaire.close()
        from policydesk.ui.dialogs.questionnaire_dialog import QuestionnaireDialog

        try:
            dialog = QuestionnaireDialog(
                self._service, person, self._language, self._prompter, parent=self
            )
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error), error_details(error))
            return None
        dialog.changes_made.connect(self._on_questionnaire_changes_made)
        dialog.finished.connect(self._on_questionnaire_finished)
        self.questionnaire = dialog
        dialog.open()
        return dialog

    @Slot(object)
    def _on_questionnaire_changes_made(self, changes: Changes) -> None:
        dialog = self.sender()
        person = getattr(dialog, "respondent", None)
        if getattr(dialog, "completed", False):
            self._next_in_line = True  # the next person takes the keyboard
        elif person is not None:
            self._wanted_respondent = person.id
        self.changes_made.emit(changes)

    @Slot(int)
    def _on_questionnaire_finished(self, _result: int) -> None:
        dialog = self.sender()
        if isinstance(dialog, QDialog):
            dialog.deleteLater()
        if dialog is self.questionnaire:
            self.questionnaire = None

    # ------------------------------------------------------------------ export

    @Slot()
    def _on_export_csv_clicked(self) -> None:
        self.export_round("csv")

    @Slot()
    def _on_export_pdf_clicked(self) -> None:
        self.export_round("pdf")

    def export_round(self, kind: str) -> Path | None:
        """Ask where to save the chosen round as ``kind`` ("csv" or "pdf") and write it there.

        Returns:
            The file written, or None when the user chose none or it could not be written.
        """
        chosen = self.current_round()
        exporter = self._exporter
        if chosen is None or exporter is None:
            return None
        suffix = f".{kind}"
        # A label may hold characters that file names cannot.
        safe = "".join(c if c.isalnum() or c in " -_." else "_" for c in chosen.label).strip()
        if kind == "pdf":
            title = self.tr("Export the Round as PDF")
            name = self.tr("self-assessment %1.pdf").replace("%1", safe or str(chosen.id))
        else:
            title = self.tr("Export the Round as CSV")
            name = self.tr("self-assessment %1.csv").replace("%1", safe or str(chosen.id))
        path = self._prompter.save_path(title, self._start_folder() / name)
        if path is None:
            return None
        if path.suffix.lower() != suffix:
            # The save dialog knows PolicyDesk files only and may have added their suffix.
            path = path.with_suffix(suffix)
        from policydesk.ui.tasks import run_with_progress

        try:
            # The suffix tells the service which document to write.
            written = run_with_progress(
                self,
                self.tr("Exporting the round…"),
                lambda _progress, _cancelled: exporter.export(path, chosen.id),
                cancellable=False,
            )
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error), error_details(error))
            return None
        if written is None:  # the round was deleted meanwhile
            self._prompter.warn(
                self.tr("The round was not exported"),
                self.tr("The round is no longer there; perhaps it was deleted meanwhile."),
            )
            self.refresh()
            return None
        if self._settings is not None:
            self._settings.last_folder = str(written.path.parent)
        self._prompter.info(
            self.tr("Round exported"), self.tr("Saved as %1").replace("%1", str(written.path))
        )
        return written.path

    def _start_folder(self) -> Path:
        last = self._settings.last_folder if self._settings is not None else ""
        folder = Path(last) if last else None
        return folder if folder is not None and folder.is_dir() else Path.home()

    # ------------------------------------------------------------------ the views

    def _ensure_results_view(self) -> RoundResultsView:
        if self.results_view is not None:
            return self.results_view
        from policydesk.ui.widgets.quotient_views import RoundResultsView

        view = RoundResultsView(self._service, self._language, self.results_box)
        view.setObjectName("results_view")
        inner = view.layout()
        if inner is not None:  # flush with the lists above it
            inner.setContentsMargins(0, 0, 0, 0)
        view.goal_requested.connect(self.goal_requested)
        layout = self.results_box.layout()
        assert layout is not None
        layout.addWidget(view)
        view.show()
        self.results_view = view
        return view

    def ensure_history_view(self) -> HistoryView:
        """Build the History tab's view if it is not there yet."""
        if self.history_view is not None:
            return self.history_view
        from policydesk.ui.widgets.quotient_views import HistoryView

        view = HistoryView(self._service, self._language, self.history_tab)
        view.setObjectName("history_view")
        layout = self.history_tab.layout()
        assert layout is not None
        layout.addWidget(view)
        view.show()
        self.history_view = view
        return view

    def ensure_compare_view(self) -> CompareView:
        """Build the Compare tab's view if it is not there yet."""
        if self.compare_view is not None:
            return self.compare_view
        from policydesk.ui.widgets.quotient_views import CompareView

        view = CompareView(self._service, self._language, self.compare_tab)
        view.setObjectName("compare_view")
        layout = self.compare_tab.layout()
        assert layout is not None
        layout.addWidget(view)
        view.show()
        self.compare_view = view
        return view

    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.history_tab:
            self.ensure_history_view()
        elif widget is self.compare_tab:
            self.ensure_compare_view()

    # ------------------------------------------------------------------ Qt events

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.current_round() is not None and self.results_view is None:
            self._ensure_results_view().show_round(self._round_id)

    def shut_down(self) -> None:
        """Save what an open questionnaire still holds and close the dialogs (the file closes)."""
        for dialog in (self.questionnaire, self.dialog):
            if dialog is not None:
                dialog.close()
        self.questionnaire = None
        self.dialog = None
