"""Print & export: the six documents, each previewed exactly as it prints.

On the left the documents (the policy, the customer charter, the SLA, the self-assessment
report and the complaint report) and the options of the chosen one: its language, the policy
version, the assessment round or the complaint report's period, and the paper (A4 or US
Letter, a setting of the business). On the right the PDF itself, rendered page by page
(:class:`~policydesk.ui.widgets.pdf_preview.PdfPreview`), with what to know about it above
(a draft prints with a DRAFT mark; a policy runs over two pages) and three buttons:

- **Print…**: the system's print dialog, then each chosen page rendered at 300 dpi;
- **Save as PDF…**: the previewed PDF, written where the user chooses (all at once, never half
  a file);
- **Open in PDF Viewer**: the PDF in a temporary file, opened by the computer's viewer.

The document is built on a worker thread (a plain Python thread; the service opens its own
sessions) while a progress bar runs and the window stays usable. Each new choice starts a new
build and cancels the one under way: an older build's result is dropped when it arrives.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSignalBlocker,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QDesktopServices, QFont, QFontMetrics, QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.changes import Changes
from policydesk.domain.complaints import LogFilter
from policydesk.domain.documents import Document, DocumentKind, DocumentRequest
from policydesk.domain.errors import UserFacingError
from policydesk.domain.languages import Language
from policydesk.domain.policy import PolicyStatus
from policydesk.ui.messages import error_details, error_text, error_title
from policydesk.ui.pages.home_page import heading
from policydesk.ui.pages.office_hours_page import run_guarded
from policydesk.ui.prompts import Prompter
from policydesk.ui.widgets.pdf_preview import PdfPreview

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from policydesk.services.assessment_export import AssessmentExportService
    from policydesk.services.documents import DocumentError, DocumentService
    from policydesk.services.policy import PolicyService
    from policydesk.services.reviews import ReviewService
    from policydesk.ui.settings import AppSettings

# Each call names its context in full: lupdate reads only literal contexts and texts.
translate = QCoreApplication.translate

DOCUMENTS = (
    DocumentKind.POLICY,
    DocumentKind.CHARTER,
    DocumentKind.SLA,
    DocumentKind.ASSESSMENT,
    DocumentKind.COMPLAINTS,
    DocumentKind.REVIEW_PACK,
)
POLICY_KINDS = frozenset({DocumentKind.POLICY, DocumentKind.CHARTER, DocumentKind.SLA})
CHOICES_WIDTH = 330  # pixels: the list of documents and the options under it
BUILD_QUIET_MS = 150  # choices made within this time start one build, not one each
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole
NOTE_STYLE = "background: palette(alternate-base); border: 1px solid palette(mid); padding: 6px;"
MESSAGE_STYLE = "color: palette(highlighted-text); background: #b3261e; padding: 6px;"


# ---------------------------------------------------------------------------- words


def document_title(kind: DocumentKind) -> str:
    """A document's name, as the list shows it."""
    return {
        DocumentKind.POLICY: translate("PrintPage", "Customer service policy"),
        DocumentKind.CHARTER: translate("PrintPage", "Customer charter"),
        DocumentKind.SLA: translate("PrintPage", "Service-level agreement (SLA)"),
        DocumentKind.ASSESSMENT: translate("PrintPage", "Self-assessment report"),
        DocumentKind.COMPLAINTS: translate("PrintPage", "Complaint report"),
        DocumentKind.REVIEW_PACK: translate("PrintPage", "Review meeting pack"),
    }[kind]


def document_description(kind: DocumentKind) -> str:
    """What a document holds, in a sentence under its name."""
    return {
        DocumentKind.POLICY: translate(
            "PrintPage",
            "For the team: vision and mission, your promises with minimum and target, policy "
            "areas, staff guidelines, follow-up and signatures. Usually two pages.",
        ),
        DocumentKind.CHARTER: translate(
            "PrintPage",
            "One page for the wall or the counter: your promise, how and when to reach you, "
            "response times, and how to make a complaint.",
        ),
        DocumentKind.SLA: translate(
            "PrintPage",
            "At most two pages, signed by both sides: the measured service, targets with "
            "baseline, minimum and target, the clock rules and review meetings.",
        ),
        DocumentKind.ASSESSMENT: translate(
            "PrintPage",
            "A round's quotient and band, the area scores with charts, the weakest areas and "
            "how the answers spread.",
        ),
        DocumentKind.COMPLAINTS: translate(
            "PrintPage",
            "A period's complaints: counts per category and month, the top three problems, "
            "service-time compliance and the full list.",
        ),
        DocumentKind.REVIEW_PACK: translate(
            "PrintPage",
            "For a review meeting: every goal's figures and trend, the improvement plans and "
            "their actions, decisions and feedback to staff, or the next meeting's agenda.",
        ),
    }[kind]


def document_error_text(error: DocumentError) -> str:
    """Why a document cannot be printed, and what to do about it."""
    # Imported here: the services' module brings SQLAlchemy, not wanted before the first paint.
    from policydesk.services.documents import DocumentErrorCode

    texts = {
        DocumentErrorCode.NO_POLICY: translate(
            "PrintPage",
            "There is no policy to print yet. Write it on the Policy page first: the policy, "
            "the customer charter and the SLA are all printed from its answers.",
        ),
        DocumentErrorCode.UNKNOWN_VERSION: translate(
            "PrintPage",
            "Version %1 of the policy is not there any more; perhaps it was deleted meanwhile. "
            "Choose another version.",
        ).replace("%1", str(error.params.get("version", ""))),
        DocumentErrorCode.NO_ROUND: translate(
            "PrintPage",
            "There is no self-assessment round yet. Start one on the Self-assessment page; "
            "its report can then be printed here.",
        ),
        DocumentErrorCode.UNKNOWN_ROUND: translate(
            "PrintPage",
            "The round “%1” is not there any more; perhaps it was deleted meanwhile. "
            "Choose another round.",
        ).replace("%1", str(error.params.get("round", ""))),
        DocumentErrorCode.UNKNOWN_MEETING: translate(
            "PrintPage",
            "That review meeting is not there any more; perhaps it was deleted meanwhile. "
            "Choose another meeting.",
        ),
        DocumentErrorCode.BAD_PERIOD: translate(
            "PrintPage",
            "The period ends before it begins. Choose a “To” day on or after the “From” day.",
        ),
    }
    return texts.get(error.code) or translate("PrintPage", "Building the document was cancelled.")


def note_text(code: str, kind: DocumentKind) -> str:
    """What the user should know about a built document (a note code from the service)."""
    if code == "draft":
        return translate(
            "PrintPage",
            "This version is not approved yet: it prints with a DRAFT mark. Approve it on the "
            "Policy page, or choose an approved version to print.",
        )
    if code == "over_two_pages" and kind is DocumentKind.SLA:
        return translate(
            "PrintPage",
            "The SLA runs over two pages; it is meant to fit on two. Fewer goals or shorter "
            "texts in the policy wizard make it fit.",
        )
    if code == "over_two_pages":
        return translate(
            "PrintPage",
            "The policy runs over two pages; a typical policy fits on two. Shorter answers in "
            "the policy wizard make it fit.",
        )
    return ""


def open_in_viewer(path: Path) -> bool:
    """Open a file in the program the computer uses for it; False when there is none."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _year_before(day: date) -> date:
    """The first day of the twelve months that end on ``day``."""
    try:
        start = day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        start = day.replace(year=day.year - 1, day=28)
    return start + timedelta(days=1)


# ---------------------------------------------------------------------------- building


class _Relay(QObject):
    """Carries a build's progress and result to the GUI thread (queued signals)."""

    progressed = Signal(int, int, int)  # generation, steps done, steps in all
    built = Signal(int, object, object)  # generation, Document or None, exception or None


class _BuildState:
    """The generation wanted now, read by the worker to see whether it was cancelled."""

    def __init__(self) -> None:
        self.generation = 0


def _build_job(
    service: DocumentService,
    request: DocumentRequest,
    generation: int,
    state: _BuildState,
    relay: _Relay,
) -> None:
    """Build a document and hand it over (a plain thread, never a ``QRunnable``).

    A newer request makes ``cancelled()`` true, so the builder stops at its next step.
    """

    def progress(done: int, total: int) -> None:
        with contextlib.suppress(RuntimeError):  # the page, and its relay, are gone already
            relay.progressed.emit(generation, done, total)

    document: Document | None = None
    error: Exception | None = None
    try:
        document = service.build(
            request, progress=progress, cancelled=lambda: state.generation != generation
        )
    except Exception as exc:  # handed to the GUI thread, which words it or raises it there
        error = exc
    with contextlib.suppress(RuntimeError):
        relay.built.emit(generation, document, error)


# ---------------------------------------------------------------------------- the list


class _DocumentDelegate(QStyledItemDelegate):
    """Draws a document as its name in bold with its description under it, wrapped."""

    PADDING = 8

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        description = str(index.data(DESCRIPTION_ROLE) or "")
        item.text = ""
        widget: QWidget | None = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        area = item.rect.adjusted(self.PADDING, self.PADDING // 2, -self.PADDING, 0)
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.save()
        painter.setPen(item.palette.color(role))
        bold = QFont(item.font)
        bold.setBold(True)
        painter.setFont(bold)
        used = painter.boundingRect(area, flags, title)
        painter.drawText(area, flags, title)
        painter.setFont(item.font)
        area.setTop(used.bottom() + 3)
        painter.drawText(area, flags, description)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        widget = option.widget
        # The list's own width (fixed), not its viewport's, which is not laid out at first.
        width = widget.width() - 2 * widget.frameWidth() if isinstance(widget, QListWidget) else 260
        inner = max(80, width - 2 * self.PADDING)
        flags = Qt.TextFlag.TextWordWrap
        bold = QFont(option.font)
        bold.setBold(True)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        description = str(index.data(DESCRIPTION_ROLE) or "")
        height = QFontMetrics(bold).boundingRect(QRect(0, 0, inner, 10_000), flags, title).height()
        height += (
            QFontMetrics(option.font)
            .boundingRect(QRect(0, 0, inner, 10_000), flags, description)
            .height()
        )
        return QSize(width, height + self.PADDING + self.PADDING // 2 + 3)


# ---------------------------------------------------------------------------- the page


class PrintPage(QWidget):
    """The Print & export page (see the module doc).

    Args:
        documents: the open file's document service (``workspace.documents``).
        assessment_export: lists the self-assessment rounds (``workspace.assessment_export``).
        policy: lists the policy's versions (``workspace.policy``).
        prompter: asks for files and shows messages.
        settings: the program's preferences (the folder the save dialog starts in).
        parent: the parent widget.

    Signals:
        changes_made: a unit of work changed data (a ``Changes``: the paper size).
        document_shown: a newly built document is on show (the ``Document``).
    """

    changes_made = Signal(object)
    document_shown = Signal(object)

    def __init__(
        self,
        documents: DocumentService,
        assessment_export: AssessmentExportService,
        policy: PolicyService,
        prompter: Prompter,
        *,
        settings: AppSettings | None = None,
        reviews: ReviewService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._documents = documents
        self._reviews = reviews
        self._assessment_export = assessment_export
        self._policy = policy
        self._prompter = prompter
        self._settings = settings
        self._loaded = False
        self._closed = False
        self._stale = False
        self._building = False
        self._language_chosen = False  # else the business's language is followed
        self._version_chosen = False  # else the newest version is followed
        self._round_chosen = False  # else the newest round is followed
        self._meeting_chosen = False  # else the next meeting's agenda is followed
        self._log_filter: LogFilter | None = None  # handed over by the Complaints page
        self._generation = 0
        self._state = _BuildState()
        self._temp_folders: list[Path] = []
        self.document: Document | None = None  # the document on show
        self.request: DocumentRequest | None = None  # what the document on show (or built) is
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="documents")
        self._relay = _Relay(self)
        # Queued, said outright: the page may only change on the GUI thread.
        self._relay.progressed.connect(self._on_progressed, Qt.ConnectionType.QueuedConnection)
        self._relay.built.connect(self._on_built, Qt.ConnectionType.QueuedConnection)
        self._build_timer = QTimer(self)
        self._build_timer.setObjectName("build_timer")
        self._build_timer.setSingleShot(True)
        self._build_timer.setInterval(BUILD_QUIET_MS)
        self._build_timer.timeout.connect(self.build_now)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.tr("Print & export"), 1.4))
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addLayout(self._build_choices())
        row.addLayout(self._build_preview(), 1)
        layout.addLayout(row, 1)
        self._connect()
        self._show_rows()
        self._update_buttons()

    # ------------------------------------------------------------------ building the page

    def _build_choices(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.document_list = QListWidget()
        self.document_list.setObjectName("document_list")
        self.document_list.setItemDelegate(_DocumentDelegate(self.document_list))
        self.document_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.document_list.setWordWrap(True)
        self.document_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.document_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.document_list.setFixedWidth(CHOICES_WIDTH)
        for kind in DOCUMENTS:
            item = QListWidgetItem(document_title(kind))
            item.setData(KIND_ROLE, kind.value)
            item.setData(DESCRIPTION_ROLE, document_description(kind))
            item.setToolTip(document_description(kind))
            self.document_list.addItem(item)
        column.addWidget(self.document_list)

        self.options_box = QGroupBox(self.tr("Options"))
        self.options_box.setObjectName("options_box")
        self.options_box.setFixedWidth(CHOICES_WIDTH)
        form = QFormLayout(self.options_box)
        self.options_form = form
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language_combo")
        for language in (Language.ENGLISH, Language.SWEDISH, Language.ROMANIAN):
            self.language_combo.addItem(language.native_name, language.value)
        form.addRow(self.tr("Language:"), self.language_combo)
        self.version_combo = QComboBox()
        self.version_combo.setObjectName("version_combo")
        form.addRow(self.tr("Version:"), self.version_combo)
        self.round_combo = QComboBox()
        self.round_combo.setObjectName("round_combo")
        form.addRow(self.tr("Round:"), self.round_combo)
        self.meeting_combo = QComboBox()
        self.meeting_combo.setObjectName("meeting_combo")
        form.addRow(self.tr("Meeting:"), self.meeting_combo)
        self.from_edit = self._date_edit("from_edit")
        form.addRow(self.tr("From:"), self.from_edit)
        self.to_edit = self._date_edit("to_edit")
        form.addRow(self.tr("To:"), self.to_edit)
        self.log_filter_check = QCheckBox(self.tr("Only the complaints the log shows"))
        self.log_filter_check.setObjectName("log_filter_check")
        self.log_filter_check.setToolTip(
            self.tr(
                "The log's search and filters as they were when you chose Report… on the "
                "Complaints page"
            )
        )
        form.addRow("", self.log_filter_check)
        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("paper_combo")
        self.paper_combo.addItem(self.tr("A4"), "A4")
        self.paper_combo.addItem(self.tr("US Letter"), "Letter")
        self.paper_combo.setToolTip(self.tr("The paper every document is laid out for"))
        form.addRow(self.tr("Paper:"), self.paper_combo)
        column.addWidget(self.options_box)
        column.addStretch(1)
        return column

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        edit.setMinimumDate(QDate(2000, 1, 1))
        return edit

    def _build_preview(self) -> QVBoxLayout:
        column = QVBoxLayout()
        top = QHBoxLayout()
        self.title_label = QLabel()
        self.title_label.setObjectName("title_label")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)  # the file name is the user's
        font = QFont(self.title_label.font())
        font.setBold(True)
        self.title_label.setFont(font)
        top.addWidget(self.title_label, 1)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("progress_bar")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumWidth(200)
        self.progress_bar.hide()
        top.addWidget(self.progress_bar)
        self.building_label = QLabel(self.tr("Preparing the document…"))
        self.building_label.setObjectName("building_label")
        self.building_label.hide()
        top.addWidget(self.building_label)
        column.addLayout(top)

        self.notes_label = QLabel()
        self.notes_label.setObjectName("notes_label")
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet(NOTE_STYLE)
        self.notes_label.hide()
        column.addWidget(self.notes_label)
        self.message_label = QLabel()
        self.message_label.setObjectName("message_label")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)  # messages quote the user
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(MESSAGE_STYLE)
        self.message_label.hide()
        column.addWidget(self.message_label)

        self.preview = PdfPreview()
        self.preview.setObjectName("preview")
        column.addWidget(self.preview, 1)

        buttons = QHBoxLayout()
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        buttons.addWidget(self.status_label, 1)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("print_button")
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setObjectName("save_button")
        self.open_button = QPushButton(self.tr("Open in PDF &Viewer"))
        self.open_button.setObjectName("open_button")
        self.open_button.setToolTip(
            self.tr(
                "Open the document in the computer's PDF viewer, to print or send it from there"
            )
        )
        for button in (self.print_button, self.save_button, self.open_button):
            buttons.addWidget(button)
        column.addLayout(buttons)
        return column

    def _connect(self) -> None:
        self.document_list.currentRowChanged.connect(self._on_document_chosen)
        self.language_combo.activated.connect(self._on_language_chosen)
        self.version_combo.activated.connect(self._on_version_chosen)
        self.round_combo.activated.connect(self._on_round_chosen)
        self.meeting_combo.activated.connect(self._on_meeting_chosen)
        self.from_edit.dateChanged.connect(self._on_period_changed)
        self.log_filter_check.toggled.connect(self._on_log_filter_toggled)
        self.to_edit.dateChanged.connect(self._on_period_changed)
        self.paper_combo.activated.connect(self._on_paper_chosen)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as_pdf)
        self.open_button.clicked.connect(self.open_in_viewer)

    # ------------------------------------------------------------------ filling

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_list()
        if self._closed:
            return
        if not self._loaded:
            self.load()
        elif self._stale:
            self._stale = False
            self._fill_choices()
            self._schedule_build()

    def _fit_list(self) -> None:
        """Make the list exactly as tall as its documents (the options follow it)."""
        rows = sum(
            self.document_list.sizeHintForRow(row) for row in range(self.document_list.count())
        )
        self.document_list.setFixedHeight(rows + 2 * self.document_list.frameWidth() + 2)

    def load(self) -> None:
        """Fill the choices from the file and build the first document (on first showing)."""
        self._loaded = True
        today = run_guarded(self._prompter, self._policy.today) or date.today()
        with QSignalBlocker(self.from_edit), QSignalBlocker(self.to_edit):
            self.to_edit.setDate(_qdate(today))
            self.from_edit.setDate(_qdate(_year_before(today)))
        self._fill_choices()
        if self.document_list.currentRow() < 0:
            self.document_list.setCurrentRow(0)  # starts the build
        else:
            self._schedule_build()

    def _fill_choices(self) -> None:
        """Read the languages' default, the versions, the rounds and the paper again."""
        if not self._language_chosen:
            language = run_guarded(self._prompter, self._documents.business_language)
            if language is not None:
                self._select_data(self.language_combo, language.value)
        self._fill_versions()
        self._fill_rounds()
        self._fill_meetings()
        paper = run_guarded(self._prompter, self._documents.paper)
        if paper is not None:
            self._select_data(self.paper_combo, str(paper.value))

    def _fill_versions(self) -> None:
        versions = run_guarded(self._prompter, self._policy.versions) or []
        locale = QLocale()
        current = self.version_combo.currentData() if self._version_chosen else None
        with QSignalBlocker(self.version_combo):
            self.version_combo.clear()
            for version in versions:  # newest first
                number = str(version.number)
                if version.status is PolicyStatus.DRAFT:
                    text = self.tr("Version %1 — draft").replace("%1", number)
                else:
                    approved = (
                        locale.toString(
                            _qdate(version.approved_at.date()), QLocale.FormatType.ShortFormat
                        )
                        if version.approved_at is not None
                        else ""
                    )
                    if version.status is PolicyStatus.APPROVED:
                        text = self.tr("Version %1 — approved %2")
                    else:
                        text = self.tr("Version %1 — replaced")
                    text = text.replace("%1", number).replace("%2", approved)
                self.version_combo.addItem(text, version.number)
            if not versions:
                self.version_combo.addItem(self.tr("No policy yet"), None)
            if current is None or not self._select_data(self.version_combo, current):
                # The version in force, as the service prints when none is named: the newest
                # approved one, or the draft before any is approved.
                in_force = next(
                    (i for i, v in enumerate(versions) if v.status is PolicyStatus.APPROVED), 0
                )
                self.version_combo.setCurrentIndex(in_force)
                self._version_chosen = False

    def _fill_rounds(self) -> None:
        rounds = run_guarded(self._prompter, self._assessment_export.rounds) or []
        current = self.round_combo.currentData() if self._round_chosen else None
        with QSignalBlocker(self.round_combo):
            self.round_combo.clear()
            for info in rounds:  # newest first
                if info.closed:
                    text = info.label
                else:
                    text = self.tr("%1 — still open").replace("%1", info.label)
                self.round_combo.addItem(text, info.label)
            if not rounds:
                self.round_combo.addItem(self.tr("No round yet"), None)
            if current is None or not self._select_data(self.round_combo, current):
                self.round_combo.setCurrentIndex(0)
                self._round_chosen = False

    def _fill_meetings(self) -> None:
        meetings = []
        if self._reviews is not None:
            meetings = run_guarded(self._prompter, self._reviews.meetings) or []
        locale = QLocale()
        current = self.meeting_combo.currentData() if self._meeting_chosen else None
        with QSignalBlocker(self.meeting_combo):
            self.meeting_combo.clear()
            # 0, not None: a combo's item data of None reads back as "no data".
            self.meeting_combo.addItem(self.tr("Next meeting (agenda)"), 0)
            for meeting in meetings:  # latest first
                held = locale.toString(_qdate(meeting.held_on), QLocale.FormatType.ShortFormat)
                self.meeting_combo.addItem(self.tr("Meeting of %1").replace("%1", held), meeting.id)
            if current is None or not self._select_data(self.meeting_combo, current):
                self.meeting_combo.setCurrentIndex(0)
                self._meeting_chosen = False

    @staticmethod
    def _select_data(combo: QComboBox, value: object) -> bool:
        index = combo.findData(value)
        if index < 0:
            return False
        with QSignalBlocker(combo):
            combo.setCurrentIndex(index)
        return True

    def _show_rows(self) -> None:
        kind = self.current_kind()
        form = self.options_form
        form.setRowVisible(self.version_combo, kind in POLICY_KINDS)
        form.setRowVisible(self.round_combo, kind is DocumentKind.ASSESSMENT)
        form.setRowVisible(self.meeting_combo, kind is DocumentKind.REVIEW_PACK)
        by_log = kind is DocumentKind.COMPLAINTS and self.log_filter_check.isChecked()
        form.setRowVisible(self.from_edit, kind is DocumentKind.COMPLAINTS and not by_log)
        form.setRowVisible(self.to_edit, kind is DocumentKind.COMPLAINTS and not by_log)
        form.setRowVisible(
            self.log_filter_check, kind is DocumentKind.COMPLAINTS and self._log_filter is not None
        )

    # ------------------------------------------------------------------ the request

    def current_kind(self) -> DocumentKind:
        """The document chosen in the list."""
        item: QListWidgetItem | None = self.document_list.currentItem()
        return DocumentKind(item.data(KIND_ROLE)) if item is not None else DocumentKind.POLICY

    def choose(self, kind: DocumentKind) -> None:
        """Choose a document in the list (its preview is then built)."""
        self.document_list.setCurrentRow(DOCUMENTS.index(kind))

    def report_on_log(self, log_filter: LogFilter | object) -> None:
        """Choose the complaint report of exactly the complaints the log's filter shows."""
        if not isinstance(log_filter, LogFilter):
            return
        self._log_filter = log_filter
        with QSignalBlocker(self.log_filter_check):
            self.log_filter_check.setChecked(True)
        if self.current_kind() is DocumentKind.COMPLAINTS:
            self._show_rows()
            self._schedule_build()
        else:
            self.choose(DocumentKind.COMPLAINTS)

    def print_review_pack(self, meeting_id: int | None) -> None:
        """Choose the review pack of a meeting (None or 0: the next meeting's agenda)."""
        self._fill_meetings()  # also before the page was first shown: the meeting must be there
        wanted = meeting_id or 0
        if self._select_data(self.meeting_combo, wanted):
            self._meeting_chosen = wanted != 0
        if self.current_kind() is DocumentKind.REVIEW_PACK:
            self._schedule_build()
        else:
            self.choose(DocumentKind.REVIEW_PACK)

    def current_request(self) -> DocumentRequest:
        """What the choices on show ask for."""
        kind = self.current_kind()
        language = Language.parse(self.language_combo.currentData())
        if kind in POLICY_KINDS:
            return DocumentRequest(kind, language, version=self.version_combo.currentData())
        if kind is DocumentKind.ASSESSMENT:
            return DocumentRequest(kind, language, round_label=self.round_combo.currentData())
        if kind is DocumentKind.COMPLAINTS:
            if self._log_filter is not None and self.log_filter_check.isChecked():
                return DocumentRequest(kind, language, log_filter=self._log_filter)
            return DocumentRequest(
                kind,
                language,
                first=_pydate(self.from_edit.date()),
                last=_pydate(self.to_edit.date()),
            )
        if kind is DocumentKind.REVIEW_PACK:
            return DocumentRequest(kind, language, meeting=self.meeting_combo.currentData() or None)
        return DocumentRequest(kind, language)

    @property
    def building(self) -> bool:
        """Whether a document is being built."""
        return self._building

    # ------------------------------------------------------------------ the choices

    @Slot(int)
    def _on_document_chosen(self, _row: int) -> None:
        self._show_rows()
        self._schedule_build()

    @Slot(int)
    def _on_language_chosen(self, _index: int) -> None:
        self._language_chosen = True
        self._schedule_build()

    @Slot(int)
    def _on_version_chosen(self, _index: int) -> None:
        self._version_chosen = True
        self._schedule_build()

    @Slot(int)
    def _on_round_chosen(self, _index: int) -> None:
        self._round_chosen = True
        self._schedule_build()

    @Slot(int)
    def _on_meeting_chosen(self, _index: int) -> None:
        self._meeting_chosen = True
        self._schedule_build()

    @Slot()
    def _on_period_changed(self) -> None:
        if self.current_kind() is DocumentKind.COMPLAINTS:
            self._schedule_build()

    @Slot(bool)
    def _on_log_filter_toggled(self, _checked: bool) -> None:
        self._show_rows()
        if self.current_kind() is DocumentKind.COMPLAINTS:
            self._schedule_build()

    @Slot(int)
    def _on_paper_chosen(self, _index: int) -> None:
        paper = self.paper_combo.currentData()
        changes = run_guarded(self._prompter, lambda: self._documents.set_paper(paper))
        if changes is None:
            self._fill_choices()
            return
        self._schedule_build()
        self.changes_made.emit(changes)

    # ------------------------------------------------------------------ building

    def _schedule_build(self) -> None:
        if self._loaded and not self._closed:
            self._show_building()
            self._build_timer.start()

    @Slot()
    def build_now(self) -> None:
        """Build the chosen document now, dropping any build under way."""
        if self._closed:
            return
        self._build_timer.stop()
        self._generation += 1
        self._state.generation = self._generation  # a build under way sees it is cancelled
        self.request = self.current_request()
        self._show_building()
        self._worker.submit(
            _build_job, self._documents, self.request, self._generation, self._state, self._relay
        )

    def _show_building(self) -> None:
        self._building = True
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.building_label.show()
        self.status_label.clear()
        self._update_buttons()

    @Slot(int, int, int)
    def _on_progressed(self, generation: int, done: int, total: int) -> None:
        if generation != self._generation or total <= 0:
            return
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(min(done, total))

    @Slot(int, object, object)
    def _on_built(
        self, generation: int, document: Document | None, error: Exception | None
    ) -> None:
        if generation != self._generation or self._closed:
            return  # an older choice's document: a newer one is on its way
        self._building = False
        self.progress_bar.hide()
        self.building_label.hide()
        if error is not None:
            self._show_failure(error)
        elif document is not None:
            self._show_document(document)
        self._update_buttons()

    def _show_document(self, document: Document) -> None:
        try:
            self.preview.set_pdf(document.data)
        except ValueError:  # a builder made something PDFium cannot read: a bug
            self.document = None
            raise
        self.document = document
        self.message_label.hide()
        self.preview.show()
        locale = QLocale()
        self.title_label.setText(
            self.tr("%1 — %2 pages")
            .replace("%1", document.file_name)
            .replace("%2", locale.toString(document.pages))
            if document.pages != 1
            else self.tr("%1 — 1 page").replace("%1", document.file_name)
        )
        notes = [text for code in document.notes if (text := note_text(code, document.kind))]
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))
        self.document_shown.emit(document)

    def _show_failure(self, error: Exception) -> None:
        from policydesk.services.documents import DocumentError

        if isinstance(error, DocumentError):
            text = document_error_text(error)
        elif isinstance(error, UserFacingError):
            text = error_text(error)
        else:
            raise error  # a bug: the crash dialog saves a report
        self.document = None
        self.preview.clear()
        self.title_label.clear()
        self.notes_label.hide()
        self.message_label.setText(text)
        self.message_label.show()

    def _update_buttons(self) -> None:
        ready = self.document is not None and not self._building
        for button in (self.print_button, self.save_button, self.open_button):
            button.setEnabled(ready)

    # ------------------------------------------------------------------ the buttons

    @Slot()
    def save_as_pdf(self) -> Path | None:
        """Ask where to save the document on show, and write it there.

        Returns:
            The file written, or None when the user chose none or it could not be written.
        """
        document = self.document
        if document is None or self._building:
            return None
        chosen = self._prompter.save_path(
            self.tr("Save as PDF"), self._start_folder() / document.file_name
        )
        if chosen is None:
            return None
        if chosen.suffix.lower() == ".policydesk":
            # The save dialog knows PolicyDesk files only and may have added their suffix.
            chosen = chosen.with_suffix(".pdf")
        elif chosen.suffix.lower() != ".pdf":
            chosen = chosen.with_name(chosen.name + ".pdf")
        try:
            from policydesk.services.documents import save_pdf

            save_pdf(chosen, document.data)
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error), error_details(error))
            return None
        if self._settings is not None:
            self._settings.last_folder = str(chosen.parent)
        self.status_label.setText(self.tr("Saved as %1").replace("%1", str(chosen)))
        return chosen

    @Slot()
    def open_in_viewer(self) -> Path | None:
        """Write the document on show to a temporary file and open it in the PDF viewer.

        Returns:
            The temporary file, or None when it could not be written or opened.
        """
        document = self.document
        if document is None or self._building:
            return None
        folder = Path(tempfile.mkdtemp(prefix="policydesk-"))
        self._temp_folders.append(folder)
        path = folder / document.file_name
        try:
            from policydesk.services.documents import save_pdf

            save_pdf(path, document.data)
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error), error_details(error))
            return None
        if not open_in_viewer(path):
            self._prompter.warn(
                self.tr("No PDF viewer"),
                self.tr(
                    "This computer has no program set to open PDF files. Save the document as "
                    "a PDF and open it yourself, or install a PDF viewer."
                ),
            )
            return None
        self.status_label.setText(self.tr("Opened in the PDF viewer"))
        return path

    @Slot()
    def print_document(self) -> int:
        """Ask the print dialog for a printer and pages, then print them.

        Returns:
            How many pages were printed.
        """
        if self.document is None or self._building:
            return 0
        printer = self.choose_printer()
        if printer is None:
            return 0
        return self.print_to(printer)

    def choose_printer(self) -> QPrinter | None:
        """The printer, pages and copies the user chose in the print dialog (None: cancelled)."""
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

        document = self.document
        if document is None:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.prepare_printer(printer)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print %1").replace("%1", document.title))
        dialog.setMinMax(1, max(1, document.pages))
        option = QAbstractPrintDialog.PrintDialogOption
        dialog.setOption(option.PrintPageRange, True)
        dialog.setOption(option.PrintCurrentPage, True)
        dialog.setOption(option.PrintCollateCopies, True)
        dialog.setOption(option.PrintSelection, False)
        accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
        dialog.deleteLater()
        return printer if accepted else None

    def prepare_printer(self, printer: QPrinter) -> None:
        """Set the printer up for the document on show: its paper, portrait, its name."""
        from PySide6.QtGui import QPageLayout, QPageSize

        document = self.document
        paper = self.paper_combo.currentData()
        size = QPageSize.PageSizeId.Letter if paper == "Letter" else QPageSize.PageSizeId.A4
        printer.setPageSize(QPageSize(size))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)  # the PDF's own margins are on its pages already
        if document is not None:
            printer.setDocName(document.file_name.removesuffix(".pdf"))

    def print_to(self, printer: QPrinter) -> int:
        """Print the document on show on ``printer`` (the pages it asks for), with progress.

        Returns:
            How many pages were printed.
        """
        from policydesk.ui.tasks import run_with_progress
        from policydesk.ui.widgets.pdf_preview import pages_to_print, print_pdf

        document = self.document
        if document is None:
            return 0
        pages = pages_to_print(printer, document.pages, self.preview.current_page)
        data = document.data
        try:
            printed = run_with_progress(
                self,
                self.tr("Printing…"),
                lambda progress, cancelled: print_pdf(
                    data, printer, pages, progress=progress, cancelled=cancelled
                ),
            )
        except (OSError, ValueError) as error:
            self._prompter.error(
                self.tr("Could not print"),
                self.tr(
                    "The printer could not be started. Check that it is on and connected, "
                    "or save the document as a PDF and print that."
                ),
                str(error),
            )
            return 0
        if printed < len(pages):
            self.status_label.setText(self.tr("Printing was cancelled."))
        else:
            self.status_label.setText(
                self.tr("Sent %1 page(s) to the printer.").replace(
                    "%1", QLocale().toString(printed)
                )
            )
        return printed

    def _start_folder(self) -> Path:
        last = self._settings.last_folder if self._settings is not None else ""
        folder = Path(last) if last else None
        return folder if folder is not None and folder.is_dir() else Path.home()

    # ------------------------------------------------------------------ changes

    def on_changes(self, changes: Changes) -> None:
        """Build the preview anew after any change to what the documents print.

        A page that is not on show only notes it, and builds when it is shown next.
        """
        if not changes or not self._loaded or self._closed:
            return
        if changes.database:
            self._language_chosen = self._version_chosen = self._round_chosen = False
            self._meeting_chosen = False
        if not self.isVisible():
            self._stale = True
            return
        self._fill_choices()
        self._schedule_build()

    def shut_down(self) -> None:
        """Stop building and rendering, and remove temporary files (the file is closing)."""
        if self._closed:
            return
        self._closed = True
        self._build_timer.stop()
        self._state.generation = self._generation + 1  # cancels the build under way
        self._worker.shutdown(wait=True, cancel_futures=True)
        self.preview.shut_down()
        for folder in self._temp_folders:
            # A viewer may still hold the file (Windows refuses then): left to the system.
            shutil.rmtree(folder, ignore_errors=True)
        self._temp_folders.clear()


__all__ = [
    "DOCUMENTS",
    "PrintPage",
    "document_description",
    "document_error_text",
    "document_title",
    "note_text",
    "open_in_viewer",
]
