"""The complaint form: log a new complaint at the counter, or work on a stored one.

The form is built for the keyboard: Tab walks the fields in the order a counter conversation
goes, Ctrl+Enter saves, Esc leaves. While it is typed, the form is kept as a draft in the file
(a moment after the last keystroke), so a crash or a closed window loses nothing.

Times are shown and typed as wall-clock time in the business's time zone and handed to the
service as aware UTC instants. Amounts are typed in major units ("129,50") and stored as whole
minor units.

A stored complaint shows its service clock above the tabs: each step with a target, where it
stands and why it is due when it is, and the handling time inside and outside office hours.
One complaint's clock takes about a millisecond, so it is read directly, after every change
the form makes and once a minute.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, Qt, QTime, QTimer, QTimeZone, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.complaints import (
    MAX_COMPENSATION_MINOR,
    ChangeEntry,
    Channel,
    CompensationKind,
    ComplaintForm,
    ComplaintRecord,
    ComplaintStatus,
    Draft,
    FollowUpOutcome,
    Problem,
    ProblemCode,
    next_statuses,
    validate_complaint,
)
from policydesk.domain.errors import UserFacingError
from policydesk.domain.money import currency_exponent
from policydesk.ui import clock_texts
from policydesk.ui import complaint_texts as texts
from policydesk.ui.messages import error_details, error_text, error_title
from policydesk.ui.prompts import Prompter

if TYPE_CHECKING:
    from policydesk.services.complaints import ComplaintService
    from policydesk.services.service_clock import ClockView, ServiceClockService

DRAFT_DELAY_MS = 700  # after the last keystroke; short enough that a crash loses a word at most
CLOCK_INTERVAL_MS = 60_000  # the clock's states move on with the time
PAYLOAD_VERSION = 1
NO_ID = -1  # combo data for "nobody" / "no category" (a None in item data is awkward to find)
_HISTORY_TEXT_LIMIT = 300  # a history cell shows the start of a long text
_MAX_AMOUNT_DIGITS = 15  # more whole digits than this is surely a slip (and past int parsing)
_MIN_YEAR, _MAX_YEAR = 2000, 2100

_DATETIME_FIELDS = (
    "received_at",
    "resolved_at",
    "promised_at",
    "followup_due_at",
    "followed_up_at",
)
_OPTIONAL_DATETIME_FIELDS = _DATETIME_FIELDS[1:]
_BOOL_HISTORY_FIELDS = ("resolved_on_spot", "deleted")
_DASH = "\u2014"


# ---------------------------------------------------------------------------- amounts


class AmountError(ValueError):
    """An amount as typed is not a number; ``reason`` is "letters", "decimals" or "format"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


_GROUP_SPACES = frozenset(" \u00a0\u202f\u2009'")
_MINUS_SIGNS = frozenset("-\u2212")
_DIGITS = frozenset("0123456789")


def _grouped_digits(text: str, mark: str) -> str:
    """Digits written with thousands separators ``mark`` ("1.234.567"), without them."""
    groups = text.split(mark)
    if not groups[0] or len(groups[0]) > 3 or any(len(group) != 3 for group in groups[1:]):
        raise AmountError("format")
    return "".join(groups)


def _split_amount(digits: str, group_separator: str) -> tuple[str, str]:
    """Split digits with marks into whole and decimal digits (see :func:`parse_amount`)."""
    marks = [index for index, ch in enumerate(digits) if ch in ",."]
    if not marks:
        return digits, ""
    if len(marks) == 1:
        mark, tail = digits[marks[0]], digits[marks[0] + 1 :]
        if mark == group_separator and len(tail) == 3 and marks[0] > 0:
            return _grouped_digits(digits, mark), ""
        return digits[: marks[0]], tail
    decimal_mark = digits[marks[-1]]
    group_marks = {digits[index] for index in marks[:-1]}
    if group_marks == {decimal_mark}:
        # "1.234.567": every mark separates thousands.
        return _grouped_digits(digits, decimal_mark), ""
    if len(group_marks) == 1:
        return _grouped_digits(digits[: marks[-1]], group_marks.pop()), digits[marks[-1] + 1 :]
    raise AmountError("format")


def parse_amount(text: str, exponent: int, group_separator: str = "") -> int | None:
    """Turn an amount typed in major units into minor units; None when nothing is typed.

    Both "," and "." are taken as decimal marks, and spaces (also no-break and narrow ones)
    as thousands separators. When both marks occur, the last one is the decimal mark. A lone
    mark followed by exactly three digits is a thousands separator only when it is the
    locale's (``group_separator``); otherwise "1,234" would quietly become 1234 for a Swede.

    Raises:
        AmountError: letters, more decimals than the currency has, or a garbled number.
    """
    cleaned = "".join(ch for ch in text.strip() if ch not in _GROUP_SPACES)
    if not cleaned:
        return None
    negative = cleaned[0] in _MINUS_SIGNS
    if negative or cleaned[0] == "+":
        cleaned = cleaned[1:]
    if any(ch not in _DIGITS and ch not in ",." for ch in cleaned):
        if any(ch.isalpha() for ch in cleaned):
            raise AmountError("letters")
        raise AmountError("format")
    if not any(ch in _DIGITS for ch in cleaned):
        raise AmountError("format")
    whole, fraction = _split_amount(cleaned, group_separator)
    if len(fraction) > exponent:
        raise AmountError("decimals")
    whole = whole.lstrip("0")
    if len(whole) > _MAX_AMOUNT_DIGITS:
        # Far beyond any compensation: let the domain's "implausibly large" check word it.
        return -(MAX_COMPENSATION_MINOR + 1) if negative else MAX_COMPENSATION_MINOR + 1
    minor = int(whole or "0") * 10**exponent + int(fraction.ljust(exponent, "0") or "0")
    return -minor if negative else minor


def format_amount(minor: int, exponent: int, locale: QLocale, *, grouped: bool = False) -> str:
    """Write minor units as a major-unit amount in ``locale`` ("129,50" in Swedish)."""
    whole, fraction = divmod(abs(minor), 10**exponent)
    sign = "-" if minor < 0 else ""
    whole_text = locale.toString(whole) if grouped else str(whole)
    if exponent == 0:
        return sign + whole_text
    return f"{sign}{whole_text}{locale.decimalPoint()}{fraction:0{exponent}d}"


# ---------------------------------------------------------------------------- times


def _wall_time(moment: datetime, zone: tzinfo) -> datetime:
    """The naive wall-clock time of ``moment`` in ``zone``, to the minute (as the form shows)."""
    return moment.astimezone(zone).replace(tzinfo=None, second=0, microsecond=0)


def _qdatetime(wall: datetime) -> QDateTime:
    # The edits run in UTC so that Qt never shifts a wall time across the computer's own
    # daylight-saving gaps; the business's zone is applied in Python.
    return QDateTime(
        QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute), QTimeZone.utc()
    )


def _wall_of(value: QDateTime) -> datetime:
    day, time = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


def _datetime_format(locale: QLocale) -> str:
    """The locale's short date and time, with a four-digit year (typing "25" is ambiguous)."""
    date_format = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in date_format:
        date_format = date_format.replace("yy", "yyyy")
    return f"{date_format} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"


def _text_of(widget: QLineEdit | QPlainTextEdit) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


def _set_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    else:
        widget.setText(text)


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _text_box(lines: int) -> QPlainTextEdit:
    """A plain-text box of about ``lines`` lines where Tab moves on instead of typing a tab."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    height = (
        box.fontMetrics().lineSpacing() * lines
        + 2 * round(box.document().documentMargin())
        + 2 * box.frameWidth()
    )
    # A fixed height keeps the whole form short; longer texts scroll inside their box.
    box.setFixedHeight(height)
    return box


class _DateTimeEdit(QDateTimeEdit):
    """A date-time edit that Tab leaves at once.

    Qt's walks Tab through the day, month, year, hour and minute first, which costs a counter
    worker five key presses per date they did not want to change. Typing still moves on from
    a filled section by itself, and the arrow keys reach any section.
    """

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


# ---------------------------------------------------------------------------- the dialog


class ComplaintDialog(QDialog):
    """Enter a new complaint, or edit, move on, add steps to and delete a stored one.

    The dialog is not modal: the caller shows it, and several may be open at once.

    Args:
        service: the open file's complaint log.
        prompter: asks the questions (discard? delete?) and shows refusals.
        acting_staff_id: the person working; every change is recorded in their name.
        complaint_id: the complaint to edit; None for a new one.
        draft: a kept draft to continue (its ``complaint_id`` is used when none is given).
        parent: the owning window.
        clock_service: the service clock; a stored complaint then shows its due times.

    Signals:
        complaint_saved: (complaint id, Changes) after anything was written: the complaint
            saved, its status moved, a step added, or the complaint deleted.
    """

    complaint_saved = Signal(int, object)

    def __init__(
        self,
        service: ComplaintService,
        prompter: Prompter,
        *,
        acting_staff_id: int | None = None,
        complaint_id: int | None = None,
        draft: Draft | None = None,
        parent: QWidget | None = None,
        clock_service: ServiceClockService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("complaint_dialog")
        self.setModal(False)
        self._service = service
        self._clock_service = clock_service
        self.clock_view: ClockView | None = None
        self._prompter = prompter
        self._by = acting_staff_id
        if complaint_id is None and draft is not None:
            complaint_id = draft.complaint_id
        self._complaint_id = complaint_id
        self._draft_id: int | None = draft.id if draft is not None else None
        self._zone = service.zone()
        self._currency = service.currency()
        self._exponent = currency_exponent(self._currency)
        self._record: ComplaintRecord | None = None
        self._history: list[ChangeEntry] = []
        self._loading = False
        self._done = False
        # Exact stored instants behind the minute-rounded times the edits show, so saving an
        # untouched time does not record a change of a few seconds.
        self._originals: dict[str, tuple[datetime, datetime]] = {}
        self.invalid_fields: list[str] = []
        self.status_buttons: dict[ComplaintStatus, QPushButton] = {}

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self._on_draft_timer_timeout)
        self.clock_timer = QTimer(self)
        self.clock_timer.setObjectName("clock_timer")
        self.clock_timer.setInterval(CLOCK_INTERVAL_MS)
        self.clock_timer.timeout.connect(self._show_clock)

        self._build()
        self._fill_choices()
        self._retranslate()
        self._set_defaults()
        if self._complaint_id is not None:
            self._load_complaint()
        self._baseline = self._payload()
        if draft is not None:
            self._with_loading(lambda: self._restore(draft.payload))
        self._connect_edits()
        self._set_tab_order()
        self.name_edit.setFocus()
        self.resize(760, 820)

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.name_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.phone_edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.email_edit = QLineEdit()
        self.email_edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.address_edit = _text_box(2)
        self.description_edit = _text_box(5)
        self.channel_combo = QComboBox()
        self.category_combo = QComboBox()
        self.product_edit = QLineEdit()
        self.request_edit = _text_box(2)
        self.received_by_combo = QComboBox()
        self.resolution_edit = _text_box(2)
        self.on_spot_check = QCheckBox()
        self.outcome_combo = QComboBox()
        self.followup_note_edit = _text_box(2)
        self.compensation_combo = QComboBox()
        self.amount_edit = QLineEdit()
        self.amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.amount_edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.currency_label = _plain_label(self._currency)
        self.currency_label.setWordWrap(False)
        self.prevention_edit = _text_box(2)

        self.datetime_edits: dict[str, QDateTimeEdit] = {}
        self.datetime_checks: dict[str, QCheckBox] = {}
        for name in _DATETIME_FIELDS:
            edit = _DateTimeEdit()
            edit.setObjectName(f"{name}_edit")
            edit.setTimeZone(QTimeZone.utc())
            edit.setCalendarPopup(True)
            edit.setMinimumDateTime(_qdatetime(datetime(_MIN_YEAR, 1, 1)))
            edit.setMaximumDateTime(_qdatetime(datetime(_MAX_YEAR, 12, 31, 23, 59)))
            self.datetime_edits[name] = edit
            if name in _OPTIONAL_DATETIME_FIELDS:
                check = QCheckBox()
                check.setObjectName(f"{name}_check")
                check.toggled.connect(edit.setEnabled)
                edit.setEnabled(False)
                self.datetime_checks[name] = check
        self.received_edit = self.datetime_edits["received_at"]
        self.resolved_check = self.datetime_checks["resolved_at"]
        self.resolved_edit = self.datetime_edits["resolved_at"]
        self.promised_check = self.datetime_checks["promised_at"]
        self.promised_edit = self.datetime_edits["promised_at"]
        self.followup_due_check = self.datetime_checks["followup_due_at"]
        self.followup_due_edit = self.datetime_edits["followup_due_at"]
        self.followed_up_check = self.datetime_checks["followed_up_at"]
        self.followed_up_edit = self.datetime_edits["followed_up_at"]

        # The widget that holds each form field, for problems and drafts.
        self.text_widgets: dict[str, QLineEdit | QPlainTextEdit] = {
            "customer_name": self.name_edit,
            "customer_phone": self.phone_edit,
            "customer_email": self.email_edit,
            "customer_address": self.address_edit,
            "description": self.description_edit,
            "product_ref": self.product_edit,
            "customer_request": self.request_edit,
            "agreed_resolution": self.resolution_edit,
            "followup_note": self.followup_note_edit,
            "prevention_suggestion": self.prevention_edit,
        }
        self.field_widgets: dict[str, QWidget] = {
            **self.text_widgets,
            "channel": self.channel_combo,
            "category_id": self.category_combo,
            "received_by_id": self.received_by_combo,
            "resolved_on_spot": self.on_spot_check,
            "followup_outcome": self.outcome_combo,
            "compensation_kind": self.compensation_combo,
            "compensation_minor": self.amount_edit,
            **self.datetime_edits,
        }
        for name, widget in self.field_widgets.items():
            if not widget.objectName():
                widget.setObjectName(name)
        self._field_labels: dict[str, QLabel | QCheckBox] = {}
        self._build_layout()

    def _build_layout(self) -> None:
        self.customer_group = QGroupBox()
        customer = self._form(self.customer_group)
        for name in ("customer_name", "customer_phone", "customer_email", "customer_address"):
            self._add_row(customer, name)

        self.complaint_group = QGroupBox()
        complaint = self._form(self.complaint_group)
        for name in (
            "description",
            "channel",
            "category_id",
            "product_ref",
            "customer_request",
            "received_by_id",
            "received_at",
        ):
            self._add_row(complaint, name)

        self.resolution_group = QGroupBox()
        resolution = self._form(self.resolution_group)
        self._add_row(resolution, "agreed_resolution")
        resolution.addRow("", self.on_spot_check)
        self._field_labels["resolved_on_spot"] = self.on_spot_check
        self._add_optional_row(resolution, "resolved_at")
        self._add_optional_row(resolution, "promised_at")

        self.followup_group = QGroupBox()
        followup = self._form(self.followup_group)
        self._add_optional_row(followup, "followup_due_at")
        self._add_optional_row(followup, "followed_up_at")
        self._add_row(followup, "followup_outcome")
        self._add_row(followup, "followup_note")
        self._add_row(followup, "compensation_kind")
        amount_row = QHBoxLayout()
        amount_row.setContentsMargins(0, 0, 0, 0)
        amount_row.addWidget(self.amount_edit, 1)
        amount_row.addWidget(self.currency_label)
        amount_label = _plain_label()
        amount_label.setBuddy(self.amount_edit)
        followup.addRow(amount_label, amount_row)
        self._field_labels["compensation_minor"] = amount_label
        self._add_row(followup, "prevention_suggestion")

        form_page = QWidget()
        form_page.setObjectName("form_page")
        form_layout = QVBoxLayout(form_page)
        for group in (
            self.customer_group,
            self.complaint_group,
            self.resolution_group,
            self.followup_group,
        ):
            form_layout.addWidget(group)
        form_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setWidget(form_page)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.scroll_area, "")
        self.timeline_page = self._build_timeline()
        self.history_list = QTreeWidget()
        self.history_list.setObjectName("history_list")
        self._prepare_list(self.history_list, 5)
        if self._complaint_id is not None:
            self.tabs.addTab(self.timeline_page, "")
            self.tabs.addTab(self.history_list, "")
        else:
            self.tabs.tabBar().hide()

        self.status_label = _plain_label()
        self.status_label.setObjectName("status_label")
        bold = QFont(self.status_label.font())
        bold.setBold(True)
        self.status_label.setFont(bold)
        self._status_row = QHBoxLayout()
        self._status_row.addWidget(self.status_label, 1)
        self._status_buttons_row = QHBoxLayout()
        self._status_row.addLayout(self._status_buttons_row)

        self.problems_label = _plain_label()
        self.problems_label.setObjectName("problems_label")
        self.problems_label.setFont(bold)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_label.hide()
        self.draft_label = _plain_label()
        self.draft_label.setObjectName("draft_label")

        self.save_button = QPushButton()
        self.save_button.setObjectName("save_button")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel_button")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("delete_button")
        # Enter in a field must not save half a complaint: only Ctrl+Enter and the button do.
        for button in (self.save_button, self.cancel_button, self.delete_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.delete_button.setVisible(self._complaint_id is not None)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.draft_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        self._build_clock_box()

        layout = QVBoxLayout(self)
        if self._complaint_id is not None:
            layout.addLayout(self._status_row)
        else:
            self.status_label.hide()
        layout.addWidget(self.clock_box)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems_label)
        layout.addLayout(buttons)

        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.save)

    def _build_clock_box(self) -> None:
        """The service clock: a row per step with a target, then the handling time."""
        self.clock_box = QGroupBox()
        self.clock_box.setObjectName("clock_box")
        self._clock_grid = QGridLayout(self.clock_box)
        self._clock_grid.setColumnStretch(2, 1)
        self._clock_grid.setHorizontalSpacing(8)
        self._clock_grid.setVerticalSpacing(4)
        # Step value -> (mark, "Resolve · Overdue", the explanation)
        self.clock_rows: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        self.clock_note_label = _plain_label()
        self.clock_note_label.setObjectName("clock_note_label")
        self.handling_label = _plain_label()
        self.handling_label.setObjectName("handling_label")
        self.clock_box.hide()  # until a stored complaint's clock is read

    def _build_timeline(self) -> QWidget:
        page = QWidget()
        page.setObjectName("timeline_page")
        self.timeline_list = QTreeWidget()
        self.timeline_list.setObjectName("timeline_list")
        self._prepare_list(self.timeline_list, 3)
        self.step_edit = QLineEdit()
        self.step_edit.setObjectName("step_edit")
        self.step_edit.returnPressed.connect(self._on_add_step_button_clicked)
        self.add_step_button = QPushButton()
        self.add_step_button.setObjectName("add_step_button")
        self.add_step_button.setAutoDefault(False)
        self.add_step_button.clicked.connect(self._on_add_step_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.step_edit, 1)
        row.addWidget(self.add_step_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.timeline_list, 1)
        layout.addLayout(row)
        return page

    @staticmethod
    def _prepare_list(view: QTreeWidget, columns: int) -> None:
        view.setColumnCount(columns)
        view.setRootIsDecorated(False)
        view.setWordWrap(True)
        view.setUniformRowHeights(False)
        view.setAlternatingRowColors(True)
        view.header().setStretchLastSection(True)
        view.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    @staticmethod
    def _form(group: QGroupBox) -> QFormLayout:
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        return form

    def _add_row(self, form: QFormLayout, name: str) -> None:
        label = _plain_label()
        label.setWordWrap(False)
        widget = self.field_widgets[name]
        label.setBuddy(widget)
        form.addRow(label, widget)
        self._field_labels[name] = label

    def _add_optional_row(self, form: QFormLayout, name: str) -> None:
        # The check box is the row's label: ticking it says "this date is set".
        check = self.datetime_checks[name]
        form.addRow(check, self.datetime_edits[name])
        self._field_labels[name] = check

    def _fill_choices(self) -> None:
        for channel in Channel:
            self.channel_combo.addItem("", channel.value)
        self.category_combo.addItem("", NO_ID)
        for category in self._service.categories():
            self.category_combo.addItem(category.name, category.id)
        self.received_by_combo.addItem("", NO_ID)
        for member in self._service.staff():
            self.received_by_combo.addItem(member.name, member.id)
        self.outcome_combo.addItem("", "")
        for outcome in FollowUpOutcome:
            self.outcome_combo.addItem("", outcome.value)
        self.compensation_combo.addItem("", "")
        for kind in CompensationKind:
            self.compensation_combo.addItem("", kind.value)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.name_edit,
            self.phone_edit,
            self.email_edit,
            self.address_edit,
            self.description_edit,
            self.channel_combo,
            self.category_combo,
            self.product_edit,
            self.request_edit,
            self.received_by_combo,
            self.received_edit,
            self.resolution_edit,
            self.on_spot_check,
        ]
        for name in ("resolved_at", "promised_at", "followup_due_at", "followed_up_at"):
            chain += [self.datetime_checks[name], self.datetime_edits[name]]
        chain += [
            self.outcome_combo,
            self.followup_note_edit,
            self.compensation_combo,
            self.amount_edit,
            self.prevention_edit,
            self.save_button,
            self.cancel_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect_edits(self) -> None:
        for widget in self.text_widgets.values():
            widget.textChanged.connect(self._on_form_edited)
        for combo in (
            self.channel_combo,
            self.category_combo,
            self.received_by_combo,
            self.outcome_combo,
            self.compensation_combo,
        ):
            combo.currentIndexChanged.connect(self._on_form_edited)
        for edit in self.datetime_edits.values():
            edit.dateTimeChanged.connect(self._on_form_edited)
        for check in (self.on_spot_check, *self.datetime_checks.values()):
            check.toggled.connect(self._on_form_edited)
        self.amount_edit.textChanged.connect(self._on_form_edited)
        self.step_edit.textChanged.connect(self._on_form_edited)

    # ------------------------------------------------------------------ words

    def _retranslate(self) -> None:
        locale = QLocale()
        is_new = self._complaint_id is None
        self.setWindowTitle(
            self.tr("New complaint")
            if is_new
            else self.tr("Complaint {number}").replace("{number}", str(self._complaint_id))
        )
        self.customer_group.setTitle(self.tr("Customer"))
        self.complaint_group.setTitle(self.tr("The complaint"))
        self.resolution_group.setTitle(self.tr("Resolution"))
        self.followup_group.setTitle(self.tr("Follow-up and compensation"))
        self.clock_box.setTitle(self.tr("Service targets"))
        for name, label in self._field_labels.items():
            label.setText(texts.field_label(name))
        self.description_edit.setPlaceholderText(self.tr("What happened, in the customer's words"))
        self.phone_edit.setPlaceholderText(self.tr("e.g. 070-123 45 67"))
        self.email_edit.setPlaceholderText(self.tr("e.g. name@example.se"))
        self.amount_edit.setPlaceholderText(format_amount(0, self._exponent, locale))
        for index, channel in enumerate(Channel):
            self.channel_combo.setItemText(index, texts.channel_label(channel))
        self.category_combo.setItemText(0, self.tr("No category"))
        self.received_by_combo.setItemText(0, self.tr("Not recorded"))
        self.outcome_combo.setItemText(0, self.tr("No outcome yet"))
        for index, outcome in enumerate(FollowUpOutcome, start=1):
            self.outcome_combo.setItemText(index, texts.outcome_label(outcome))
        self.compensation_combo.setItemText(0, self.tr("No compensation"))
        for index, kind in enumerate(CompensationKind, start=1):
            self.compensation_combo.setItemText(index, texts.compensation_label(kind))
        display = _datetime_format(locale)
        for edit in self.datetime_edits.values():
            edit.setDisplayFormat(display)
        self.tabs.setTabText(0, self.tr("Details"))
        if self.tabs.count() > 1:
            self.tabs.setTabText(1, self.tr("Timeline"))
            self.tabs.setTabText(2, self.tr("History"))
        self.timeline_list.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Step")])
        self.history_list.setHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Field"), self.tr("Before"), self.tr("After")]
        )
        self.step_edit.setPlaceholderText(self.tr("What was done, e.g. called the supplier"))
        self.add_step_button.setText(self.tr("Add Step"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the complaint (Ctrl+Enter)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.delete_button.setText(self.tr("Delete\u2026"))
        if self._record is not None:
            self._show_status()
            self._show_timeline()
            self._show_history()
            self._show_clock()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ filling in

    def _with_loading(self, work: Callable[[], None]) -> None:
        """Run ``work`` without taking its widget changes for typing."""
        self._loading = True
        try:
            work()
        finally:
            self._loading = False

    def _set_defaults(self) -> None:
        def defaults() -> None:
            now = self._service.now()
            wall = _wall_time(now, self._zone)
            self.received_edit.setDateTime(_qdatetime(wall))
            self._originals["received_at"] = (wall, now)
            for name in ("resolved_at", "followed_up_at"):
                self.datetime_edits[name].setDateTime(_qdatetime(wall))
            for name in ("promised_at", "followup_due_at"):
                self.datetime_edits[name].setDateTime(_qdatetime(wall + timedelta(days=1)))
            receiver = self._service.last_receiver() or self._by
            self._select(self.received_by_combo, receiver if receiver is not None else NO_ID)

        self._with_loading(defaults)

    @staticmethod
    def _select(combo: QComboBox, data: object) -> bool:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)
        return index >= 0

    def _load_complaint(self) -> None:
        assert self._complaint_id is not None
        record = self._service.get(self._complaint_id)
        if record is None:
            self._record = None
            self._show_problems([("id", texts.problem_text(Problem(ProblemCode.NOT_FOUND, "id")))])
            self.save_button.setEnabled(False)
            self.delete_button.setEnabled(False)
            self.add_step_button.setEnabled(False)
            return
        self._record = record
        self._history = self._service.history(record.id)
        self._with_loading(lambda: self._fill_from(record.form))
        self._show_status()
        self._show_timeline()
        self._show_history()
        self._show_clock()

    def _fill_from(self, form: ComplaintForm) -> None:
        for name, widget in self.text_widgets.items():
            _set_text(widget, getattr(form, name))
        self._select_person(form.received_by_id)
        self._select_category(form.category_id)
        self._select(self.channel_combo, form.channel.value)
        self._select(
            self.outcome_combo, form.followup_outcome.value if form.followup_outcome else ""
        )
        kind = form.compensation_kind
        self._select(self.compensation_combo, kind.value if kind else "")
        self.on_spot_check.setChecked(form.resolved_on_spot)
        self.amount_edit.setText(
            ""
            if form.compensation_minor is None
            else format_amount(form.compensation_minor, self._exponent, QLocale())
        )
        self._originals.clear()
        for name in _DATETIME_FIELDS:
            moment: datetime | None = getattr(form, name)
            check = self.datetime_checks.get(name)
            if moment is None:
                if check is not None:
                    check.setChecked(False)
                continue
            wall = _wall_time(moment, self._zone)
            self.datetime_edits[name].setDateTime(_qdatetime(wall))
            self._originals[name] = (wall, moment)
            if check is not None:
                check.setChecked(True)
        self.step_edit.clear()

    def _select_person(self, staff_id: int | None) -> None:
        if staff_id is None:
            self._select(self.received_by_combo, NO_ID)
            return
        if not self._select(self.received_by_combo, staff_id):
            # Someone who has left: still shown for the complaints they took.
            names = {m.id: m.name for m in self._service.staff(include_inactive=True)}
            self.received_by_combo.addItem(names.get(staff_id, f"#{staff_id}"), staff_id)
            self._select(self.received_by_combo, staff_id)

    def _select_category(self, category_id: int | None) -> None:
        if category_id is None:
            self._select(self.category_combo, NO_ID)
            return
        if not self._select(self.category_combo, category_id):
            # A category taken out of use stays on the complaints that have it.
            names = {c.id: c.name for c in self._service.categories(include_inactive=True)}
            self.category_combo.addItem(names.get(category_id, f"#{category_id}"), category_id)
            self._select(self.category_combo, category_id)

    # ------------------------------------------------------------------ drafts

    def _payload(self) -> dict[str, Any]:
        """Every field's state as typed, as JSON-able values (a draft's content)."""
        payload: dict[str, Any] = {"version": PAYLOAD_VERSION}
        for name, widget in self.text_widgets.items():
            payload[name] = _text_of(widget)
        payload["received_by_id"] = self._combo_id(self.received_by_combo)
        payload["category_id"] = self._combo_id(self.category_combo)
        payload["channel"] = self.channel_combo.currentData()
        payload["followup_outcome"] = self.outcome_combo.currentData() or None
        payload["compensation_kind"] = self.compensation_combo.currentData() or None
        payload["compensation_amount"] = self.amount_edit.text()
        payload["resolved_on_spot"] = self.on_spot_check.isChecked()
        for name, edit in self.datetime_edits.items():
            payload[name] = _wall_of(edit.dateTime()).isoformat(timespec="minutes")
            if name in self.datetime_checks:
                payload[f"{name}_set"] = self.datetime_checks[name].isChecked()
        payload["step_text"] = self.step_edit.text()
        return payload

    @staticmethod
    def _combo_id(combo: QComboBox) -> int | None:
        data = combo.currentData()
        return data if isinstance(data, int) and data != NO_ID else None

    def _restore(self, payload: object) -> None:
        """Fill the form from a draft; anything missing or garbled keeps its default."""
        if not isinstance(payload, dict):
            return
        plain: dict[str, QLineEdit | QPlainTextEdit] = {
            **self.text_widgets,
            "compensation_amount": self.amount_edit,
            "step_text": self.step_edit,
        }
        for name, widget in plain.items():
            value = payload.get(name)
            if isinstance(value, str):
                _set_text(widget, value)
        for name, combo in (
            ("received_by_id", self.received_by_combo),
            ("category_id", self.category_combo),
            ("channel", self.channel_combo),
            ("followup_outcome", self.outcome_combo),
            ("compensation_kind", self.compensation_combo),
        ):
            value = payload.get(name)
            if value is None and name in payload and combo is not self.channel_combo:
                combo.setCurrentIndex(0)  # "nobody", "no category", "none"
            elif isinstance(value, (str, int)) and not isinstance(value, bool):
                self._select(combo, value)
        checks = {
            "resolved_on_spot": self.on_spot_check,
            **{f"{name}_set": check for name, check in self.datetime_checks.items()},
        }
        for key, check in checks.items():
            flag = payload.get(key)
            if isinstance(flag, bool):
                check.setChecked(flag)
        for name, edit in self.datetime_edits.items():
            wall = _draft_wall_time(payload.get(name), self._zone)
            if wall is not None:
                edit.setDateTime(_qdatetime(wall))

    def _on_form_edited(self) -> None:
        if self._loading or self._done:
            return
        self._draft_timer.start()

    def _on_draft_timer_timeout(self) -> None:
        self._keep_draft()

    def _keep_draft(self) -> None:
        """Write the form as typed into the file (or forget the draft when nothing changed)."""
        self._draft_timer.stop()
        if self._done:
            return
        payload = self._payload()
        try:
            if payload == self._baseline:
                self._discard_draft()
                self.draft_label.clear()
                return
            self._draft_id = self._service.save_draft(self._draft_id, self._complaint_id, payload)
        except UserFacingError as error:
            self.draft_label.setText(
                self.tr("The draft could not be kept: {reason}").replace(
                    "{reason}", error_text(error)
                )
            )
            return
        moment = self._service.now().astimezone(self._zone)
        time_text = QLocale().toString(
            QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat
        )
        self.draft_label.setText(self.tr("Draft kept at {time}").replace("{time}", time_text))

    def _discard_draft(self) -> None:
        if self._draft_id is not None:
            self._service.discard_draft(self._draft_id)
            self._draft_id = None

    @property
    def draft_id(self) -> int | None:
        """The draft this form is kept in, if one has been written."""
        return self._draft_id

    @property
    def complaint_id(self) -> int | None:
        """The complaint shown (set once a new complaint is saved)."""
        return self._complaint_id

    def is_dirty(self) -> bool:
        """Whether anything was typed that is not saved."""
        return not self._done and self._payload() != self._baseline

    def keep_draft_now(self) -> None:
        """Write what was typed into the file at once (the window or the file is closing)."""
        if self.is_dirty():
            self._keep_draft()

    # ------------------------------------------------------------------ saving

    def _moment(self, name: str) -> datetime | None:
        check = self.datetime_checks.get(name)
        if check is not None and not check.isChecked():
            return None
        wall = _wall_of(self.datetime_edits[name].dateTime())
        original = self._originals.get(name)
        if original is not None and original[0] == wall:
            return original[1]
        return wall.replace(tzinfo=self._zone).astimezone(UTC)

    def _collect(self) -> tuple[ComplaintForm, list[tuple[str, str]]]:
        """The form as typed, and the problems only the form can see (a garbled amount)."""
        own: list[tuple[str, str]] = []
        minor: int | None = None
        try:
            minor = parse_amount(
                self.amount_edit.text(), self._exponent, QLocale().groupSeparator()
            )
        except AmountError as error:
            own.append(("compensation_minor", self._amount_message(error.reason)))
        outcome = self.outcome_combo.currentData()
        kind = self.compensation_combo.currentData()
        form = ComplaintForm(
            description=self.description_edit.toPlainText(),
            received_at=self._moment("received_at"),
            received_by_id=self._combo_id(self.received_by_combo),
            channel=Channel(self.channel_combo.currentData()),
            category_id=self._combo_id(self.category_combo),
            product_ref=self.product_edit.text(),
            customer_name=self.name_edit.text(),
            customer_address=self.address_edit.toPlainText(),
            customer_phone=self.phone_edit.text(),
            customer_email=self.email_edit.text(),
            customer_request=self.request_edit.toPlainText(),
            agreed_resolution=self.resolution_edit.toPlainText(),
            resolved_on_spot=self.on_spot_check.isChecked(),
            resolved_at=self._moment("resolved_at"),
            promised_at=self._moment("promised_at"),
            followup_due_at=self._moment("followup_due_at"),
            followed_up_at=self._moment("followed_up_at"),
            followup_outcome=FollowUpOutcome(outcome) if outcome else None,
            followup_note=self.followup_note_edit.toPlainText(),
            compensation_kind=CompensationKind(kind) if kind else None,
            compensation_minor=minor,
            prevention_suggestion=self.prevention_edit.toPlainText(),
        )
        return form, own

    def _amount_message(self, reason: str) -> str:
        locale = QLocale()
        example = format_amount(12950, 2, locale) if self._exponent == 2 else "129"
        if reason == "letters":
            return self.tr(
                "The amount may hold only digits and a decimal comma or point, as in {example}."
            ).replace("{example}", example)
        if reason == "decimals":
            return (
                self.tr("The amount has too many decimals: {currency} has {count}.")
                .replace("{currency}", self._currency)
                .replace("{count}", locale.toString(self._exponent))
            )
        return self.tr("The amount is not a number. Type it as in {example}.").replace(
            "{example}", example
        )

    def save(self) -> bool:
        """Save the complaint and close; on problems show them and stay open.

        Returns:
            Whether the complaint was saved.
        """
        if self._done or not self.save_button.isEnabled():
            return False
        if not self._store():
            return False
        # A step typed but not yet added is part of what the user asked to save.
        if self.step_edit.text().strip() and not self._add_step():
            return False
        self._finish()
        self.accept()
        return True

    def _store(self) -> bool:
        """Write the form through the service; show what stops it. True when written."""
        self._clear_problems()
        form, own = self._collect()
        if own:
            # Show every problem at once, not the amount first and the rest on the next try.
            problems = validate_complaint(form, self._service.now())
            self._show_problems(own + self._worded(problems))
            return False
        try:
            if self._complaint_id is None:
                outcome, changes = self._service.create(form, self._by)
            else:
                outcome, changes = self._service.update(self._complaint_id, form, self._by)
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error), error_details(error))
            return False
        if not outcome.saved or outcome.complaint_id is None:
            self._show_problems(self._worded(outcome.problems))
            return False
        self._complaint_id = outcome.complaint_id
        self._baseline = {**self._payload(), "step_text": ""}
        self._draft_timer.stop()
        self._discard_draft()
        self.draft_label.clear()
        self.complaint_saved.emit(outcome.complaint_id, changes)
        return True

    @staticmethod
    def _worded(problems: Iterable[Problem]) -> list[tuple[str, str]]:
        return [(problem.field, texts.problem_text(problem)) for problem in problems]

    def _clear_problems(self) -> None:
        self.problems_label.clear()
        self.problems_label.hide()
        for name in self.invalid_fields:
            label = self._field_labels.get(name)
            if label is not None:
                font = QFont(label.font())
                font.setBold(False)
                font.setUnderline(False)
                label.setFont(font)
        self.invalid_fields = []

    def _show_problems(self, problems: list[tuple[str, str]]) -> None:
        """List the problems under the form, mark their fields, and go to the first one."""
        lines: list[str] = []
        for _field, text in problems:
            line = f"\u2022 {text}"
            if line not in lines:
                lines.append(line)
        self.problems_label.setText("\n".join(lines))
        self.problems_label.setVisible(bool(lines))
        order = list(self.field_widgets)
        fields = sorted(
            {field for field, _ in problems if field in self.field_widgets},
            key=order.index,
        )
        self.invalid_fields = fields
        for name in fields:
            label = self._field_labels.get(name)
            if label is not None:
                font = QFont(label.font())
                font.setBold(True)
                font.setUnderline(True)
                label.setFont(font)
        if not fields:
            return
        first = self._focus_target(fields[0])
        self.tabs.setCurrentIndex(0)
        self.scroll_area.ensureWidgetVisible(first)
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_target(self, name: str) -> QWidget:
        widget = self.field_widgets[name]
        check = self.datetime_checks.get(name)
        if check is not None and not check.isChecked():
            return check
        return widget

    def _finish(self) -> None:
        """The form is done with: no more drafts, no more questions."""
        self._draft_timer.stop()
        self.clock_timer.stop()
        self._done = True

    # ------------------------------------------------------------------ leaving

    def reject(self) -> None:
        """Esc or Cancel: leave, after asking when something typed would be lost."""
        if self._done or not self.is_dirty():
            self._finish()
            super().reject()
            return
        if self._complaint_id is None:
            title = self.tr("Discard this complaint?")
            text = self.tr("What you typed has not been saved and will be thrown away.")
        else:
            title = self.tr("Discard your changes?")
            text = self.tr("Your changes to complaint {number} have not been saved.").replace(
                "{number}", str(self._complaint_id)
            )
        if not self._prompter.confirm(
            title, text, yes=self.tr("Discard"), no=self.tr("Keep Editing")
        ):
            return
        self._draft_timer.stop()
        self._discard_draft()
        self._finish()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._done or not self.is_dirty():
            self._finish()
            super().closeEvent(event)
            return
        # Written before asking: whatever the answer, or if the program dies while asking,
        # the typing is in the file.
        self._keep_draft()
        choice = self._prompter.choose(
            self.tr("Close the complaint form?"),
            self.tr(
                "The complaint has not been saved. Keep it as a draft to finish it later, or "
                "discard it?"
            ),
            [("keep", self.tr("Keep as Draft")), ("discard", self.tr("Discard"))],
            self.tr("Cancel"),
        )
        if choice is None:
            event.ignore()
            return
        if choice == "discard":
            self._discard_draft()
        self._finish()
        super().closeEvent(event)

    # ------------------------------------------------------------------ an existing complaint

    def _show_status(self) -> None:
        record = self._record
        if record is None:
            return
        status = record.status
        text = self.tr("Status: {status}").replace("{status}", texts.status_label(status))
        if record.deleted_at is not None:
            text += " " + self.tr("(deleted)")
        self.status_label.setText(text)
        for button in self.status_buttons.values():
            self._status_buttons_row.removeWidget(button)
            button.deleteLater()
        self.status_buttons = {}
        for target in next_statuses(status):
            button = QPushButton(texts.status_action_label(target, status))
            button.setObjectName(f"status_{target.value}_button")
            button.setAutoDefault(False)
            button.setEnabled(record.deleted_at is None)
            button.clicked.connect(lambda _checked=False, to=target: self._move_to(to))
            self._status_buttons_row.addWidget(button)
            self.status_buttons[target] = button
        self.delete_button.setEnabled(record.deleted_at is None)

    def _format_instant(self, moment: datetime) -> str:
        local = moment.astimezone(self._zone)
        locale = QLocale()
        day = locale.toString(
            QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat
        )
        time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        return f"{day} {time}"

    def _show_timeline(self) -> None:
        self.timeline_list.clear()
        if self._record is None:
            return
        for action in self._record.actions:
            item = QTreeWidgetItem(
                [self._format_instant(action.taken_at), action.staff_name or _DASH, action.text]
            )
            self.timeline_list.addTopLevelItem(item)
        for column in (0, 1):
            self.timeline_list.resizeColumnToContents(column)

    def _show_history(self) -> None:
        self.history_list.clear()
        categories = {c.id: c.name for c in self._service.categories(include_inactive=True)}
        staff = {m.id: m.name for m in self._service.staff(include_inactive=True)}
        for change in self._history:
            item = QTreeWidgetItem(
                [
                    self._format_instant(change.changed_at),
                    change.staff_name or _DASH,
                    texts.field_label(change.field),
                    self._history_value(change.field, change.old_value, categories, staff),
                    self._history_value(change.field, change.new_value, categories, staff),
                ]
            )
            self.history_list.addTopLevelItem(item)
        for column in (0, 1, 2):
            self.history_list.resizeColumnToContents(column)

    def _show_clock(self) -> None:
        """Show the complaint's clock as it stands now (hidden without one)."""
        view = None
        if self._clock_service is not None and self._complaint_id is not None:
            view = self._clock_service.clock(self._complaint_id)
        self.clock_view = view
        for mark, headline, detail in self.clock_rows.values():
            for label in (mark, headline, detail):
                self._clock_grid.removeWidget(label)
                label.deleteLater()
        self.clock_rows = {}
        if view is None:
            self.clock_timer.stop()
            self.clock_box.hide()
            return
        now = self._clock_service.now() if self._clock_service is not None else None
        bold = QFont(self.font())
        bold.setBold(True)
        for row, step in enumerate(view.clock.steps):
            state = str(step.state)
            mark = QLabel()
            icon = clock_texts.state_icon(state)
            if icon is not None:
                side = self.fontMetrics().height()
                mark.setPixmap(icon.pixmap(side, side))
            headline = _plain_label(
                f"{clock_texts.step_label(str(step.step))} \u00b7 {clock_texts.state_label(state)}"
            )
            headline.setWordWrap(False)
            headline.setFont(bold)
            detail = _plain_label(clock_texts.step_text(step, view, now=now))
            detail.setObjectName(f"clock_{step.step}_label")
            detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            top = Qt.AlignmentFlag.AlignTop
            self._clock_grid.addWidget(mark, row, 0, top)
            self._clock_grid.addWidget(headline, row, 1, top)
            self._clock_grid.addWidget(detail, row, 2, top)
            self.clock_rows[str(step.step)] = (mark, headline, detail)
        steps = len(view.clock.steps)
        self.clock_note_label.setText(
            self.tr(
                "No service targets apply to this complaint; the owner sets them under "
                "Settings \u2192 Service targets."
            )
        )
        self.clock_note_label.setVisible(not steps)
        self._clock_grid.addWidget(self.clock_note_label, steps, 1, 1, 2)
        self.handling_label.setText(
            clock_texts.handling_text(view.clock.handling, hours_set=view.hours_set) + "."
        )
        self._clock_grid.addWidget(self.handling_label, steps + 1, 1, 1, 2)
        self.clock_box.show()
        if not self.clock_timer.isActive():
            self.clock_timer.start()

    def _history_value(
        self,
        field: str,
        value: str | None,
        categories: dict[int, str],
        staff: dict[int, str],
    ) -> str:
        """A history value as the form would show it; the stored code when it cannot be read."""
        if value is None or value == "":
            return _DASH
        convert = self._history_converters(categories, staff).get(field)
        if convert is not None:
            try:
                return convert(value)
            except ValueError:
                return value
        if len(value) > _HISTORY_TEXT_LIMIT:
            return value[:_HISTORY_TEXT_LIMIT] + "\u2026"
        return value

    def _history_converters(
        self, categories: dict[int, str], staff: dict[int, str]
    ) -> dict[str, Callable[[str], str]]:
        def instant(value: str) -> str:
            return self._format_instant(datetime.fromisoformat(value))

        def yes_no(value: str) -> str:
            return self.tr("Yes") if value == "1" else self.tr("No")

        def amount(value: str) -> str:
            text = format_amount(int(value), self._exponent, QLocale(), grouped=True)
            return f"{text} {self._currency}"

        return {
            **dict.fromkeys(_DATETIME_FIELDS, instant),
            **dict.fromkeys(_BOOL_HISTORY_FIELDS, yes_no),
            "channel": lambda value: texts.channel_label(Channel(value)),
            "status": lambda value: texts.status_label(ComplaintStatus(value)),
            "followup_outcome": lambda value: texts.outcome_label(FollowUpOutcome(value)),
            "compensation_kind": lambda value: texts.compensation_label(CompensationKind(value)),
            "category_id": lambda value: categories.get(int(value), value),
            "received_by_id": lambda value: staff.get(int(value), value),
            "compensation_minor": amount,
        }

    def _refresh(self, *, form: bool) -> None:
        """Read the complaint again after a change (the form too when it holds no typing)."""
        if self._complaint_id is None:
            return
        record = self._service.get(self._complaint_id)
        if record is None:
            return
        self._record = record
        self._history = self._service.history(record.id)
        if form:
            self._with_loading(lambda: self._fill_from(record.form))
            self._baseline = self._payload()
        self._show_status()
        self._show_timeline()
        self._show_history()
        self._show_clock()

    def _move_to(self, status: ComplaintStatus) -> None:
        if self._complaint_id is None:
            return
        # Unsaved edits go in first, so the status follows what the form says.
        if self.is_dirty() and not self._store():
            return
        try:
            problems, changes = self._service.set_status(self._complaint_id, status, self._by)
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error), error_details(error))
            return
        if problems:
            self._prompter.warn(
                self.tr("Status not changed"),
                "\n".join(texts.problem_text(problem) for problem in problems),
            )
        else:
            self.complaint_saved.emit(self._complaint_id, changes)
        self._refresh(form=True)

    def _on_add_step_button_clicked(self) -> None:
        self._add_step()

    def _add_step(self) -> bool:
        """Add the typed step to the timeline; say why not when it cannot be."""
        if self._complaint_id is None or self._done:
            return False
        try:
            problems, changes = self._service.add_action(
                self._complaint_id, self.step_edit.text(), self._by
            )
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error), error_details(error))
            return False
        if problems:
            self.tabs.setCurrentWidget(self.timeline_page)
            self.step_edit.setFocus()
            self._prompter.warn(
                self.tr("Step not added"),
                "\n".join(texts.problem_text(problem) for problem in problems),
            )
            return False
        self._with_loading(self.step_edit.clear)
        self._baseline["step_text"] = ""
        self.complaint_saved.emit(self._complaint_id, changes)
        self._refresh(form=False)
        self._on_form_edited()  # the draft no longer needs the step's text
        return True

    def _on_delete_button_clicked(self) -> None:
        if self._complaint_id is None:
            return
        number = str(self._complaint_id)
        if not self._prompter.confirm(
            self.tr("Delete complaint {number}?").replace("{number}", number),
            self.tr(
                "The complaint leaves the log and goes to the bin, from where the owner can "
                "bring it back."
            ),
            yes=self.tr("Delete"),
            no=self.tr("Keep"),
        ):
            return
        try:
            changes = self._service.delete(self._complaint_id, self._by)
        except UserFacingError as error:
            self._prompter.error(error_title(error), error_text(error), error_details(error))
            return
        self._discard_draft()
        self._finish()
        self.complaint_saved.emit(self._complaint_id, changes)
        self.accept()


def _draft_wall_time(value: object, zone: tzinfo) -> datetime | None:
    """A wall time read back from a draft, or None when it is not one."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is not None:
        return _wall_time(moment, zone)
    if not _MIN_YEAR <= moment.year <= _MAX_YEAR:
        return None
    return moment.replace(second=0, microsecond=0)


__all__ = ["AmountError", "ComplaintDialog", "format_amount", "parse_amount"]
