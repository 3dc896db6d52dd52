"""Settings → Office hours: when the business is open, which holidays close it, and the year.

The page has four parts, top to bottom:

- the time zone and whose public holidays count (country, region, and Sweden's customary
  closed days), each saved the moment it is chosen;
- the week: per weekday any number of open intervals; a row is saved when the user leaves it
  (or presses Apply), and what stops it is said in words right under it;
- the owner's own dates: closed days, part-day closures and extra openings;
- the year at a glance (:class:`~policydesk.ui.widgets.year_view.YearView`).

Everything goes through the office hours service; every change is reported with
``changes_made``. The lists (500 time zones, 250 countries) are filled the first time the page
is shown, so opening a file never waits for a page nobody looks at.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, time
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QSignalBlocker,
    Qt,
    QTime,
    Signal,
    Slot,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.calendar_days import ExceptionKind
from policydesk.domain.changes import Changes
from policydesk.domain.errors import UserFacingError
from policydesk.ui.forms import problem_label
from policydesk.ui.messages import error_details, error_text, error_title
from policydesk.ui.pages.home_page import heading, paragraph
from policydesk.ui.widgets.year_view import YearView, span_text, time_text

if TYPE_CHECKING:
    from policydesk.services.office_hours import (
        CountryInfo,
        ExceptionInfo,
        OfficeHoursProblem,
        OfficeHoursService,
        Outcome,
    )
    from policydesk.ui.prompts import Prompter

T = TypeVar("T")
# Each call names its context in full: lupdate reads only literal contexts and texts.
translate = QCoreApplication.translate
PINNED_COUNTRIES = ("SE", "RO")  # the program's own shops come first in the list
NOTE_LIMIT = 500  # the service's limit, so the field stops where the service would refuse
_ID = Qt.ItemDataRole.UserRole
_READABLE_SCRIPTS = (
    QLocale.Script.LatinScript,
    QLocale.Script.GreekScript,
    QLocale.Script.CyrillicScript,
)


# ---------------------------------------------------------------------------- words


def weekday_name(weekday: int) -> str:
    """A weekday's name (0 = Monday) in the user interface's language, capitalised."""
    name = QLocale().standaloneDayName(weekday + 1, QLocale.FormatType.LongFormat)
    return name[:1].upper() + name[1:]


def kind_name(kind: ExceptionKind) -> str:
    """What an own date does, as the list and the form say it."""
    return {
        ExceptionKind.CLOSED: translate("OfficeHoursPage", "Closed all day"),
        ExceptionKind.PART_CLOSED: translate("OfficeHoursPage", "Closed part of the day"),
        ExceptionKind.EXTRA_OPEN: translate("OfficeHoursPage", "Extra opening"),
    }[kind]


def _hhmm(text: str | None) -> time:
    hours, minutes = (text or "00:00").split(":")
    return time(int(hours) % 24, int(minutes))


def _interval_words(problem: OfficeHoursProblem, prefix: str = "") -> str:
    """The interval a problem is about, as "09:00–12:00"."""
    opens, closes = problem.param(f"{prefix}opens"), problem.param(f"{prefix}closes")
    try:
        return span_text(_hhmm(opens), _hhmm(closes))
    except ValueError:
        return f"{opens}–{closes}"


def problem_text(problem: OfficeHoursProblem) -> str:
    """A problem as a sentence that says what to fix."""
    code = str(problem.code)
    if code == "overlap":
        return _overlap_text(problem)
    value = problem.param("value")
    try:
        at = time_text(_hhmm(problem.param("opens")))
    except ValueError:
        at = problem.param("opens")
    try:
        other_kind = kind_name(ExceptionKind(problem.param("other_kind"))).lower()
    except ValueError:
        other_kind = ""
    limit = QLocale().toString(int(problem.param("max") or NOTE_LIMIT))
    # Each translate() call is written out in full so that lupdate finds the text.
    sentences = {
        "bad_time": translate(
            "OfficeHoursPage", "“%1” is not a time of day. Write hours and minutes, like 09:30."
        ).replace("%1", value),
        "same_time": translate(
            "OfficeHoursPage",
            "It starts and ends at the same time (%1). Choose a later end "
            "(00:00 to 00:00 means the whole day).",
        ).replace("%1", at),
        "unknown_zone": translate(
            "OfficeHoursPage",
            "“%1” is not a time zone. Choose one from the list, such as Europe/Stockholm.",
        ).replace("%1", value),
        "unknown_country": translate(
            "OfficeHoursPage",
            "PolicyDesk knows no public holidays for “%1”. Choose a country from the list.",
        ).replace("%1", value),
        "unknown_region": translate(
            "OfficeHoursPage", "“%1” is not a region of that country. Choose one from the list."
        ).replace("%1", value),
        "day_taken": translate(
            "OfficeHoursPage",
            "This date already has an own entry (%1). Change or delete that one instead.",
        ).replace("%1", other_kind),
        "times_required": translate("OfficeHoursPage", "Give the times: from when until when."),
        "date_range": translate("OfficeHoursPage", "Choose a date between 1970 and 2199."),
        "too_long": translate(
            "OfficeHoursPage", "The note is too long: at most %1 characters."
        ).replace("%1", limit),
        "control_characters": translate(
            "OfficeHoursPage", "The note contains invisible control characters. Remove them."
        ),
        "unknown_kind": translate("OfficeHoursPage", "Choose what happens on the date."),
        "unknown_weekday": translate("OfficeHoursPage", "Choose a day of the week."),
        "not_found": translate(
            "OfficeHoursPage", "This entry is no longer there; perhaps it was deleted meanwhile."
        ),
    }
    return sentences.get(code, sentences["not_found"])


def _overlap_text(problem: OfficeHoursProblem) -> str:
    this = _interval_words(problem)
    other = _interval_words(problem, "other_")
    weekday, other_weekday = problem.param("weekday"), problem.param("other_weekday")
    if not weekday:  # two own dates on the same date
        return (
            translate(
                "OfficeHoursPage",
                "%1 overlaps %2, which is already set for this date. Change the times.",
            )
            .replace("%1", this)
            .replace("%2", other)
        )
    if weekday == other_weekday:
        return (
            translate("OfficeHoursPage", "%1 overlaps %2. Change the times so they do not overlap.")
            .replace("%1", this)
            .replace("%2", other)
        )
    return (
        translate(
            "OfficeHoursPage",
            "%1 overlaps %2 on %3 (it runs past midnight). Change one of them so they do not "
            "overlap.",
        )
        .replace("%1", this)
        .replace("%2", other)
        .replace("%3", weekday_name(int(other_weekday)))
    )


def run_guarded(prompter: Prompter, work: Callable[[], T]) -> T | None:
    """Run a service call; when the file cannot be read or written, say so and return None."""
    try:
        return work()
    except UserFacingError as error:
        prompter.error(error_title(error), error_text(error), error_details(error))
        return None


def _time_edit(value: time) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute))
    edit.setDisplayFormat(_short_time_format())
    edit.setWrapping(True)
    return edit


def _short_time_format() -> str:
    # The locale's short format may carry seconds on some platforms; minutes are enough here.
    return QLocale().timeFormat(QLocale.FormatType.ShortFormat).replace(":ss", "")


def _hhmm_of(edit: QTimeEdit) -> str:
    value = edit.time()
    return f"{value.hour():02d}:{value.minute():02d}"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


# ---------------------------------------------------------------------------- the week


class IntervalEditor(QWidget):
    """One open interval: opens, closes, a hint when it ends the next day, and Remove.

    Signals:
        edited: the user changed a time.
        remove_requested: the user wants the interval gone.
    """

    edited = Signal()
    remove_requested = Signal()

    def __init__(self, opens: time, closes: time, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interval_editor")
        self.opens_edit = _time_edit(opens)
        self.opens_edit.setObjectName("opens_edit")
        self.opens_edit.setAccessibleName(self.tr("Opens"))
        self.closes_edit = _time_edit(closes)
        self.closes_edit.setObjectName("closes_edit")
        self.closes_edit.setAccessibleName(self.tr("Closes"))
        self.hint_label = QLabel()
        self.hint_label.setObjectName("hint_label")
        self.hint_label.setEnabled(False)  # drawn in the muted colour
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("remove_button")
        self.remove_button.setToolTip(self.tr("Remove this interval"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.opens_edit)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.closes_edit)
        layout.addWidget(self.remove_button)
        layout.addWidget(self.hint_label)
        # The same width in every row, so the rows' buttons line up.
        self.hint_label.setFixedWidth(
            max(
                self.hint_label.fontMetrics().horizontalAdvance(hint)
                for hint in (self.tr("all day"), self.tr("until midnight"), self.tr("next day"))
            )
            + 8
        )
        self.opens_edit.timeChanged.connect(self._on_time_changed)
        self.closes_edit.timeChanged.connect(self._on_time_changed)
        self.remove_button.clicked.connect(self.remove_requested)
        self._show_hint()

    def interval(self) -> tuple[str, str]:
        """The interval as the service takes it."""
        return _hhmm_of(self.opens_edit), _hhmm_of(self.closes_edit)

    def set_times(self, opens: str, closes: str) -> None:
        """Show other times (as a user would type them)."""
        for edit, text in ((self.opens_edit, opens), (self.closes_edit, closes)):
            value = _hhmm(text)
            edit.setTime(QTime(value.hour, value.minute))

    def _show_hint(self) -> None:
        opens, closes = self.opens_edit.time(), self.closes_edit.time()
        midnight = QTime(0, 0)
        if opens == closes == midnight:
            hint = self.tr("all day")
        elif closes == midnight:
            hint = self.tr("until midnight")
        elif closes <= opens:
            hint = self.tr("next day")
        else:
            hint = ""
        self.hint_label.setText(hint)

    @Slot()
    def _on_time_changed(self) -> None:
        self._show_hint()
        self.edited.emit()


class DayRow(QWidget):
    """A weekday's open intervals, with Add, "Closed" when there are none, and its problems.

    Signals:
        edited: the user changed the row (it is now unsaved).
    """

    edited = Signal()

    def __init__(self, weekday: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weekday = weekday
        self.dirty = False
        self.setObjectName(f"day_row_{weekday}")
        self.name_label = QLabel(weekday_name(weekday))
        self.name_label.setObjectName("name_label")
        self.name_label.setMinimumWidth(
            max(
                self.name_label.fontMetrics().horizontalAdvance(weekday_name(day))
                for day in range(7)
            )
            + 12
        )
        self.closed_label = QLabel(self.tr("Closed"))
        self.closed_label.setObjectName("closed_label")
        probe = IntervalEditor(time(9), time(17))  # as wide as an interval: Add lines up
        self.closed_label.setMinimumWidth(probe.sizeHint().width())
        # As high as an interval, so the day's name sits level with its first interval.
        self.name_label.setMinimumHeight(probe.sizeHint().height())
        self.closed_label.setMinimumHeight(probe.sizeHint().height())
        probe.deleteLater()
        self.add_button = QPushButton(self.tr("Add Hours"))
        self.add_button.setObjectName("add_button")
        self.add_button.setToolTip(self.tr("Add an open interval to this day"))
        self.problem_label = problem_label()
        self.editors: list[IntervalEditor] = []
        self._intervals = QVBoxLayout()
        self._intervals.setContentsMargins(0, 0, 0, 0)
        self._intervals.setSpacing(2)
        self._intervals.addWidget(self.closed_label)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.name_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(self._intervals)
        top.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 3, 0, 3)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.problem_label)
        self.add_button.clicked.connect(self._on_add_button_clicked)

    def intervals(self) -> list[tuple[str, str]]:
        """The intervals shown, in the order shown."""
        return [editor.interval() for editor in self.editors]

    def set_intervals(self, intervals: Sequence[tuple[str, str]]) -> None:
        """Show saved intervals (the row is then saved and without problems)."""
        for editor in self.editors:
            self._intervals.removeWidget(editor)
            editor.deleteLater()
        self.editors = []
        for opens, closes in intervals:
            self._add_editor(_hhmm(opens), _hhmm(closes))
        self.dirty = False
        self.show_problems([])
        self._show_closed()

    def add_interval(self) -> IntervalEditor:
        """Add an interval after the last one (09:00–17:00 on a closed day), as Add does."""
        if self.editors:
            last_close = _hhmm(self.editors[-1].interval()[1])
            start = (last_close.hour + 1) % 24
            opens, closes = time(start), time((start + 3) % 24)
        else:
            opens, closes = time(9), time(17)
        editor = self._add_editor(opens, closes)
        self._show_closed()
        self._mark_edited()
        return editor

    def show_problems(self, problems: Sequence[OfficeHoursProblem]) -> None:
        """Show what stops the row from being saved (nothing when ``problems`` is empty)."""
        self.problem_label.setText("\n".join(problem_text(problem) for problem in problems))
        self.problem_label.setVisible(bool(problems))

    def _add_editor(self, opens: time, closes: time) -> IntervalEditor:
        editor = IntervalEditor(opens, closes)
        editor.setObjectName(f"interval_{len(self.editors)}")
        editor.edited.connect(self._mark_edited)
        editor.remove_requested.connect(lambda: self._remove(editor))
        self.editors.append(editor)
        self._intervals.addWidget(editor)
        return editor

    def _remove(self, editor: IntervalEditor) -> None:
        if editor not in self.editors:
            return
        focused = QApplication.focusWidget()
        had_focus = focused is not None and editor.isAncestorOf(focused)
        self.editors.remove(editor)
        self._intervals.removeWidget(editor)
        editor.hide()
        editor.deleteLater()
        for index, kept in enumerate(self.editors):
            kept.setObjectName(f"interval_{index}")
        self._show_closed()
        if had_focus:  # keep the focus in the row, so leaving it later saves it
            self.add_button.setFocus()
        self._mark_edited()

    def _show_closed(self) -> None:
        self.closed_label.setVisible(not self.editors)

    @Slot()
    def _on_add_button_clicked(self) -> None:
        self.add_interval().opens_edit.setFocus()

    @Slot()
    def _mark_edited(self) -> None:
        self.dirty = True
        self.edited.emit()


# ---------------------------------------------------------------------------- own dates


class ExceptionDialog(QDialog):
    """Add or change an own date: closed all day, closed between two times, or extra opening.

    Signals:
        saved: the date was saved (the service's ``Outcome``).
    """

    saved = Signal(object)

    def __init__(
        self,
        service: OfficeHoursService,
        prompter: Prompter,
        existing: ExceptionInfo | None = None,
        *,
        day: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._prompter = prompter
        self._existing = existing
        self.setObjectName("exception_dialog")
        self.setWindowTitle(self.tr("New Date") if existing is None else self.tr("Edit the Date"))
        shown_day = existing.day if existing is not None else (day or date.today())
        self.day_edit = QDateEdit(_qdate(shown_day))
        self.day_edit.setObjectName("day_edit")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.day_edit.setDateRange(QDate(1970, 1, 1), QDate(2199, 12, 31))
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind_combo")
        for kind in (ExceptionKind.CLOSED, ExceptionKind.PART_CLOSED, ExceptionKind.EXTRA_OPEN):
            self.kind_combo.addItem(kind_name(kind), kind.value)
        self.starts_edit = _time_edit(_hhmm(existing.starts) if existing else time(13))
        self.starts_edit.setObjectName("starts_edit")
        self.ends_edit = _time_edit(_hhmm(existing.ends) if existing else time(0))
        self.ends_edit.setObjectName("ends_edit")
        self.times_hint = QLabel()
        self.times_hint.setObjectName("times_hint")  # one line: a form row never clips it
        self.times_hint.setEnabled(False)
        self.note_edit = QLineEdit(existing.note if existing else "")
        self.note_edit.setObjectName("note_edit")
        self.note_edit.setMaxLength(NOTE_LIMIT)
        self.note_edit.setPlaceholderText(self.tr("Optional: for example “Stocktaking”"))
        self.problem_label = problem_label()

        times = QHBoxLayout()
        times.addWidget(self.starts_edit)
        times.addWidget(QLabel("–"))
        times.addWidget(self.ends_edit)
        times.addStretch(1)
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Date:"), self.day_edit)
        self.form.addRow(self.tr("&What:"), self.kind_combo)
        self.times_label = QLabel()
        self.form.addRow(self.times_label, times)
        self.form.addRow("", self.times_hint)
        self.form.addRow(self.tr("&Note:"), self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_button")
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # The form grows with what it shows (times, a hint, problems) and never clips them.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(self.form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        if existing is not None:
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(existing.kind.value)))
        self._show_kind()
        self.resize(440, self.sizeHint().height())

    def kind(self) -> ExceptionKind:
        """The kind chosen."""
        return ExceptionKind(self.kind_combo.currentData())

    def set_kind(self, kind: ExceptionKind) -> None:
        """Choose a kind, as the user would."""
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))

    def set_times(self, starts: str, ends: str) -> None:
        """Set the two times, as the user would."""
        for edit, text in ((self.starts_edit, starts), (self.ends_edit, ends)):
            value = _hhmm(text)
            edit.setTime(QTime(value.hour, value.minute))

    def show_problems(self, problems: Sequence[OfficeHoursProblem]) -> None:
        """Show what stops the date from being saved."""
        self.problem_label.setText("\n".join(problem_text(problem) for problem in problems))
        self.problem_label.setVisible(bool(problems))

    def _show_kind(self) -> None:
        kind = self.kind()
        with_times = kind is not ExceptionKind.CLOSED
        for widget in (self.starts_edit, self.ends_edit, self.times_label, self.times_hint):
            widget.setVisible(with_times)
        self.form.setRowVisible(2, with_times)
        self.form.setRowVisible(3, with_times)
        if kind is ExceptionKind.PART_CLOSED:
            self.times_label.setText(self.tr("&Closed:"))
            self.times_hint.setText(
                self.tr("Closing early at 13:00? Then closed from 13:00 to 00:00 (midnight).")
            )
        else:
            self.times_label.setText(self.tr("&Open:"))
            self.times_hint.setText(
                self.tr("The hours of this date; a closing time before the opening is next day.")
            )
        self.times_label.setBuddy(self.starts_edit)

    @Slot(int)
    def _on_kind_combo_changed(self, _index: int) -> None:
        self._show_kind()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        self.save()

    def save(self) -> bool:
        """Save the date; True when it went through (the dialog then closes)."""
        day = _date(self.day_edit.date())
        kind = self.kind()
        starts = ends = None
        if kind is not ExceptionKind.CLOSED:
            starts, ends = _hhmm_of(self.starts_edit), _hhmm_of(self.ends_edit)
        note = self.note_edit.text()
        existing = self._existing
        if existing is None:
            outcome = run_guarded(
                self._prompter,
                lambda: self._service.add_exception(day, kind, starts, ends, note=note),
            )
        else:
            outcome = run_guarded(
                self._prompter,
                lambda: self._service.change_exception(
                    existing.id, day, kind, starts, ends, note=note
                ),
            )
        if outcome is None:
            return False
        if outcome.problems:
            self.show_problems(outcome.problems)
            return False
        self.saved.emit(outcome)
        self.accept()
        return True


# ---------------------------------------------------------------------------- the page


class OfficeHoursPage(QWidget):
    """Settings → Office hours.

    Args:
        service: the office hours service of the open file.
        prompter: asks before deleting and tells when the file cannot be written.
        parent: the parent widget.

    Signals:
        changes_made: a change went through (a ``Changes``; ``calendar`` is set).
    """

    changes_made = Signal(object)

    def __init__(
        self, service: OfficeHoursService, prompter: Prompter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._prompter = prompter
        self._loaded = False
        self.dialog: ExceptionDialog | None = None
        self._exceptions: list[ExceptionInfo] = []
        self._countries: dict[str, CountryInfo] = {}

        scroller = QScrollArea()
        scroller.setObjectName("office_hours_scroller")
        scroller.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addWidget(heading(self.tr("Office hours"), 1.8))
        layout.addWidget(
            paragraph(
                self.tr(
                    "When you are open decides how the service clock counts: time outside "
                    "these hours, on holidays and on your own closed days is not counted."
                )
            )
        )
        layout.addWidget(self._place_box())
        layout.addWidget(self._week_box())
        layout.addWidget(self._exceptions_box())
        layout.addWidget(self._year_box())
        layout.addStretch(1)
        scroller.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroller)
        app = QApplication.instance()
        self._listening = isinstance(app, QApplication)
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    # ------------------------------------------------------------------ building

    def _place_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Time zone and holidays"))
        form = QFormLayout(box)
        self.zone_combo = _searchable_combo("zone_combo")
        self.country_combo = _searchable_combo("country_combo")
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("region_combo")
        self.customary_check = QCheckBox(
            self.tr("Also closed on Midsummer Eve, Christmas Eve and New Year's Eve")
        )
        self.customary_check.setObjectName("customary_check")
        self.place_problem_label = problem_label()
        self.place_problem_label.setObjectName("place_problem_label")
        form.addRow(self.tr("&Time zone:"), self.zone_combo)
        form.addRow(self.tr("Public &holidays of:"), self.country_combo)
        form.addRow(self.tr("&Region:"), self.region_combo)
        form.addRow("", self.customary_check)
        form.addRow(self.place_problem_label)
        self.zone_combo.activated.connect(self._on_zone_combo_activated)
        zone_line = self.zone_combo.lineEdit()
        assert zone_line is not None
        zone_line.editingFinished.connect(self._on_zone_combo_edited)
        self.country_combo.activated.connect(self._on_country_combo_activated)
        country_line = self.country_combo.lineEdit()
        assert country_line is not None
        country_line.editingFinished.connect(self._on_country_combo_edited)
        self.region_combo.activated.connect(self._on_region_combo_activated)
        self.customary_check.toggled.connect(self._on_customary_check_toggled)
        return box

    def _week_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Opening hours each week"))
        layout = QVBoxLayout(box)
        layout.addWidget(
            paragraph(
                self.tr(
                    "A day can have several intervals, such as 09:00–12:00 and 13:00–18:00. "
                    "An interval that closes at or before its opening time ends the next day, "
                    "as in 18:00–02:00. A day without intervals is closed. Each day is saved "
                    "when you leave it."
                )
            )
        )
        self.day_rows: dict[int, DayRow] = {}
        first = QLocale().firstDayOfWeek().value - 1
        for offset in range(7):
            weekday = (first + offset) % 7
            row = DayRow(weekday)
            row.edited.connect(self._on_day_row_edited)
            self.day_rows[weekday] = row
            layout.addWidget(row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setObjectName("apply_button")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self._on_apply_button_clicked)
        buttons.addWidget(self.apply_button)
        layout.addLayout(buttons)
        return box

    def _exceptions_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your own dates"))
        layout = QVBoxLayout(box)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Days you close, close early or open although you are normally closed: "
                    "stocktaking, a wedding, Christmas shopping on a Sunday."
                )
            )
        )
        self.exceptions_table = QTableWidget(0, 4)
        self.exceptions_table.setObjectName("exceptions_table")
        self.exceptions_table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("What"), self.tr("Hours"), self.tr("Note")]
        )
        self.exceptions_table.verticalHeader().hide()
        self.exceptions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.exceptions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.exceptions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.exceptions_table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.exceptions_table.setMinimumHeight(
            self.exceptions_table.verticalHeader().defaultSectionSize() * 6
        )
        layout.addWidget(self.exceptions_table)
        buttons = QHBoxLayout()
        self.add_exception_button = QPushButton(self.tr("Add…"))
        self.add_exception_button.setObjectName("add_exception_button")
        self.edit_exception_button = QPushButton(self.tr("Edit…"))
        self.edit_exception_button.setObjectName("edit_exception_button")
        self.delete_exception_button = QPushButton(self.tr("Delete"))
        self.delete_exception_button.setObjectName("delete_exception_button")
        for button in (
            self.add_exception_button,
            self.edit_exception_button,
            self.delete_exception_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_exception_button.clicked.connect(self._on_add_exception_button_clicked)
        self.edit_exception_button.clicked.connect(self._on_edit_exception_button_clicked)
        self.delete_exception_button.clicked.connect(self._on_delete_exception_button_clicked)
        self.exceptions_table.itemSelectionChanged.connect(self._show_exception_buttons)
        self.exceptions_table.itemDoubleClicked.connect(self._on_exceptions_table_double_clicked)
        self._show_exception_buttons()
        return box

    def _year_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The year at a glance"))
        layout = QVBoxLayout(box)
        self.year_view = YearView()
        self.year_view.year_changed.connect(self._on_year_view_year_changed)
        layout.addWidget(self.year_view)
        return box

    # ------------------------------------------------------------------ loading

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.load()

    def load(self) -> None:
        """Fill the page from the file (done the first time the page is shown)."""
        self._loaded = True
        self._fill_zones()
        self._fill_countries()
        self._load_place()
        self._load_week()
        self._load_exceptions()
        self._load_year(None)

    def on_changes(self, changes: Changes) -> None:
        """Refresh after a change anywhere (rows with unsaved edits are left as they are)."""
        if not self._loaded or not (changes.calendar or changes.business or changes.database):
            return
        self._load_place()
        self._load_week()
        self._load_exceptions()
        self._load_year(self.year_view.year)

    def shut_down(self) -> None:
        """Save rows with unsaved edits and close the dialog (the file is about to close)."""
        if self._loaded and any(row.dirty for row in self.day_rows.values()):
            self.apply()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        app = QApplication.instance()
        if self._listening and isinstance(app, QApplication):
            app.focusChanged.disconnect(self._on_focus_changed)
        self._listening = False

    def _fill_zones(self) -> None:
        zones = run_guarded(self._prompter, self._service.zones) or []
        with QSignalBlocker(self.zone_combo):
            self.zone_combo.clear()
            for index, name in enumerate(zones):
                self.zone_combo.addItem(name.replace("_", " "), name)
                if name == "UTC" and index < len(zones) - 1:
                    self.zone_combo.insertSeparator(self.zone_combo.count())

    def _fill_countries(self) -> None:
        known = run_guarded(self._prompter, self._service.countries) or []
        self._countries = {info.code: info for info in known}
        pinned = [self._countries[code] for code in PINNED_COUNTRIES if code in self._countries]
        rest = sorted(
            (info for info in known if info.code not in PINNED_COUNTRIES),
            key=lambda info: _country_label(info).casefold(),
        )
        with QSignalBlocker(self.country_combo):
            self.country_combo.clear()
            self.country_combo.addItem(self.tr("None (no public holidays)"), "")
            for info in pinned:
                self.country_combo.addItem(_country_label(info), info.code)
            self.country_combo.insertSeparator(self.country_combo.count())
            for info in rest:
                self.country_combo.addItem(_country_label(info), info.code)

    def _load_place(self) -> None:
        zone = run_guarded(self._prompter, self._service.timezone)
        chosen = run_guarded(self._prompter, self._service.holiday_settings)
        if zone is None or chosen is None:
            return
        _choose(self.zone_combo, zone, zone.replace("_", " "))
        _choose(self.country_combo, chosen.country, chosen.country)
        self._fill_regions(chosen.country, chosen.region)
        offered = chosen.country in self._countries and self._countries[chosen.country]
        with QSignalBlocker(self.customary_check):
            self.customary_check.setChecked(chosen.customary_closed_days)
        self.customary_check.setEnabled(bool(offered and offered.customary_days))
        self.customary_check.setToolTip(
            ""
            if self.customary_check.isEnabled()
            else self.tr("Only for Sweden, where many businesses close on these days.")
        )
        self.place_problem_label.hide()

    def _fill_regions(self, country: str, region: str) -> None:
        found = run_guarded(self._prompter, lambda: self._service.regions(country)) or []
        with QSignalBlocker(self.region_combo):
            self.region_combo.clear()
            self.region_combo.addItem(self.tr("The whole country"), "")
            for entry in found:
                label = f"{entry.name} ({entry.code})" if entry.name else entry.code
                self.region_combo.addItem(label, entry.code)
            _choose(self.region_combo, region, region)
        self.region_combo.setEnabled(self.region_combo.count() > 1)

    def _load_week(self) -> None:
        week = run_guarded(self._prompter, self._service.weekly)
        if week is None:
            return
        for weekday, row in self.day_rows.items():
            # Rows are rebuilt only when they differ: rebuilding takes the focus from a user
            # who has just clicked into one.
            if not row.dirty and row.intervals() != week.get(weekday, []):
                row.set_intervals(week.get(weekday, []))
        self._show_apply()

    def _load_exceptions(self) -> None:
        found = run_guarded(self._prompter, self._service.exceptions)
        if found is None:
            return
        chosen = self.current_exception()
        self._exceptions = found
        table = self.exceptions_table
        table.setRowCount(len(found))
        locale = QLocale()
        for row, item in enumerate(found):
            hours = ""
            if item.starts is not None and item.ends is not None:
                hours = span_text(_hhmm(item.starts), _hhmm(item.ends))
            cells = (
                locale.toString(_qdate(item.day), QLocale.FormatType.ShortFormat),
                kind_name(item.kind),
                hours,
                item.note,
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(_ID, item.id)
                table.setItem(row, column, cell)
            if chosen is not None and item.id == chosen.id:
                table.selectRow(row)
        self._show_exception_buttons()

    def _load_year(self, year: int | None) -> None:
        today = run_guarded(self._prompter, self._service.today) or date.today()
        shown = year if year is not None else today.year
        days = run_guarded(self._prompter, lambda: self._service.year_view(shown))
        if days is not None:
            self.year_view.set_days(shown, days, today)

    # ------------------------------------------------------------------ the week

    def save_day(self, weekday: int) -> bool:
        """Save one weekday's row; True when it went through."""
        row = self.day_rows[weekday]
        outcome = run_guarded(
            self._prompter, lambda: self._service.set_weekday(weekday, row.intervals())
        )
        return self._week_saved(outcome, [row])

    def apply(self) -> bool:
        """Save every row with unsaved edits at once; True when it went through."""
        rows = [row for row in self.day_rows.values() if row.dirty]
        if not rows:
            return True
        outcome = run_guarded(
            self._prompter,
            lambda: self._service.set_week({row.weekday: row.intervals() for row in rows}),
        )
        return self._week_saved(outcome, rows)

    def _week_saved(self, outcome: Outcome | None, rows: Sequence[DayRow]) -> bool:
        if outcome is None:
            return False
        for row in rows:
            row.show_problems([p for p in outcome.problems if p.field == f"weekday.{row.weekday}"])
        if outcome.problems:
            self._show_apply()
            return False
        week = run_guarded(self._prompter, self._service.weekly) or {}
        for row in rows:
            row.dirty = False
            saved = week.get(row.weekday, [])
            if row.intervals() != saved:  # shown again in order; only then, to keep the focus
                row.set_intervals(saved)
        self._show_apply()
        self._after_change(outcome)
        return True

    def _show_apply(self) -> None:
        self.apply_button.setEnabled(any(row.dirty for row in self.day_rows.values()))

    @Slot()
    def _on_day_row_edited(self) -> None:
        self._show_apply()

    @Slot()
    def _on_apply_button_clicked(self) -> None:
        self.apply()

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is None or not self._loaded:
            return
        for row in self.day_rows.values():
            if row.dirty and row.isAncestorOf(old) and not (new and row.isAncestorOf(new)):
                self.save_day(row.weekday)

    # ------------------------------------------------------------------ place and zone

    @Slot(int)
    def _on_zone_combo_activated(self, index: int) -> None:
        name = self.zone_combo.itemData(index)
        if isinstance(name, str):
            self._set_zone(name)

    @Slot()
    def _on_zone_combo_edited(self) -> None:
        text = self.zone_combo.currentText().strip()
        index = self.zone_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        name = self.zone_combo.itemData(index) if index >= 0 else text.replace(" ", "_")
        if isinstance(name, str) and name:
            self._set_zone(name)

    def _set_zone(self, name: str) -> None:
        if name == run_guarded(self._prompter, self._service.timezone):
            self.place_problem_label.hide()
            return
        outcome = run_guarded(self._prompter, lambda: self._service.set_timezone(name))
        self._place_saved(outcome)

    @Slot(int)
    def _on_country_combo_activated(self, index: int) -> None:
        code = self.country_combo.itemData(index)
        if isinstance(code, str):
            self.choose_country(code)

    @Slot()
    def _on_country_combo_edited(self) -> None:
        text = self.country_combo.currentText().strip()
        index = self.country_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        code = self.country_combo.itemData(index) if index >= 0 else text.upper()
        if isinstance(code, str):
            self.choose_country(code)

    def choose_country(self, code: str) -> bool:
        """Take the public holidays of ``code`` ("" for none); the region starts as the whole."""
        current = run_guarded(self._prompter, self._service.holiday_settings)
        if current is not None and current.country == code:
            return True
        outcome = run_guarded(self._prompter, lambda: self._service.set_holiday_place(code, ""))
        return self._place_saved(outcome)

    @Slot(int)
    def _on_region_combo_activated(self, index: int) -> None:
        region = self.region_combo.itemData(index)
        country = self.country_combo.currentData()
        if isinstance(region, str) and isinstance(country, str):
            outcome = run_guarded(
                self._prompter, lambda: self._service.set_holiday_place(country, region)
            )
            self._place_saved(outcome)

    @Slot(bool)
    def _on_customary_check_toggled(self, checked: bool) -> None:
        outcome = run_guarded(
            self._prompter, lambda: self._service.set_customary_closed_days(checked)
        )
        self._place_saved(outcome)

    def _place_saved(self, outcome: Outcome | None) -> bool:
        if outcome is None:
            return False
        if outcome.problems:
            self.place_problem_label.setText(
                "\n".join(problem_text(problem) for problem in outcome.problems)
            )
            self.place_problem_label.show()
            return False
        self._load_place()
        self._after_change(outcome)
        return True

    # ------------------------------------------------------------------ own dates

    def current_exception(self) -> ExceptionInfo | None:
        """The own date chosen in the list."""
        rows = self.exceptions_table.selectionModel().selectedRows()
        if not rows:
            return None
        chosen = self.exceptions_table.item(rows[0].row(), 0)
        wanted = chosen.data(_ID) if chosen is not None else None
        return next((item for item in self._exceptions if item.id == wanted), None)

    def add_exception(self) -> ExceptionDialog:
        """Open the form for a new own date (the page keeps it in ``dialog``)."""
        today = run_guarded(self._prompter, self._service.today) or date.today()
        return self._open_dialog(ExceptionDialog(self._service, self._prompter, day=today))

    def edit_exception(self) -> ExceptionDialog | None:
        """Open the form for the chosen own date."""
        chosen = self.current_exception()
        if chosen is None:
            return None
        return self._open_dialog(ExceptionDialog(self._service, self._prompter, chosen))

    def delete_exception(self) -> bool:
        """Delete the chosen own date after asking; True when it was deleted."""
        chosen = self.current_exception()
        if chosen is None:
            return False
        day = QLocale().toString(_qdate(chosen.day), QLocale.FormatType.LongFormat)
        if not self._prompter.confirm(
            self.tr("Delete the Date"),
            self.tr("Delete “%1” on %2?").replace("%1", kind_name(chosen.kind)).replace("%2", day),
            yes=self.tr("Delete"),
            no=self.tr("Keep"),
        ):
            return False
        outcome = run_guarded(self._prompter, lambda: self._service.delete_exception(chosen.id))
        if outcome is None:
            return False
        if outcome.problems:
            self._prompter.warn(self.tr("Not deleted"), problem_text(outcome.problems[0]))
            self._load_exceptions()
            return False
        self._after_change(outcome)
        return True

    def _open_dialog(self, dialog: ExceptionDialog) -> ExceptionDialog:
        if self.dialog is not None:
            self.dialog.close()
        dialog.setParent(self, dialog.windowFlags())
        dialog.saved.connect(self._on_dialog_saved)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot(object)
    def _on_dialog_saved(self, outcome: Outcome) -> None:
        self._after_change(outcome)
        if outcome.id is not None:
            for row in range(self.exceptions_table.rowCount()):
                cell = self.exceptions_table.item(row, 0)
                if cell is not None and cell.data(_ID) == outcome.id:
                    self.exceptions_table.selectRow(row)

    @Slot(int)
    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None

    @Slot()
    def _show_exception_buttons(self) -> None:
        chosen = self.current_exception() is not None
        self.edit_exception_button.setEnabled(chosen)
        self.delete_exception_button.setEnabled(chosen)

    @Slot()
    def _on_add_exception_button_clicked(self) -> None:
        self.add_exception()

    @Slot()
    def _on_edit_exception_button_clicked(self) -> None:
        self.edit_exception()

    @Slot()
    def _on_delete_exception_button_clicked(self) -> None:
        self.delete_exception()

    @Slot(QTableWidgetItem)
    def _on_exceptions_table_double_clicked(self, _item: QTableWidgetItem) -> None:
        self.edit_exception()

    # ------------------------------------------------------------------ the year

    @Slot(int)
    def _on_year_view_year_changed(self, year: int) -> None:
        self._load_year(year)

    def _after_change(self, outcome: Outcome) -> None:
        """Show what a change did here, then tell the rest of the program."""
        self._load_exceptions()
        self._load_year(self.year_view.year)
        self.changes_made.emit(outcome.changes)


# ---------------------------------------------------------------------------- helpers


def _searchable_combo(name: str) -> QComboBox:
    """A combo box the user can type into to find an entry anywhere in its text."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMaxVisibleItems(20)
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setMinimumContentsLength(28)
    return combo


def _choose(combo: QComboBox, data: str, text: str) -> None:
    """Show the entry whose data is ``data`` (or ``text`` when the list lacks it)."""
    with QSignalBlocker(combo):
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)
        elif combo.isEditable():
            combo.setEditText(text)


def _country_label(info: CountryInfo) -> str:
    """A country as the list shows it: its English name, with its own name where different."""
    territory = QLocale.codeToTerritory(info.code)
    name = info.name
    if territory != QLocale.Country.AnyTerritory:
        own = QLocale(QLocale.Language.AnyLanguage, territory)
        native = own.nativeTerritoryName()
        # Only in scripts that every European computer has fonts for: a name in boxes helps
        # nobody find their country.
        if own.script() in _READABLE_SCRIPTS and native and native.casefold() != name.casefold():
            return f"{name} ({native})"
    return name
