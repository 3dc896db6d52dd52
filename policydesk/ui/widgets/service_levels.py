"""The Complaints page's Service levels tab: a period's targets met, handling times, per month.

The user picks a period (this month, last month, this quarter, this year, the last 12 months or
any two days) and sees, for the complaints received in it:

- how many were acknowledged, resolved and followed up within target, how many missed it and
  how many are still open (not decided yet), or that no target is set;
- the handling time of the resolved complaints (median and 90th percentile, in business hours
  and in calendar time) and how much of it fell inside and outside office hours;
- a chart per month of the share resolved (bars) and acknowledged (a line) within target.

The figures come from :meth:`ServiceClockService.period`, which on a million complaints takes a
second or two, so they are read on a plain Python thread (never a ``QRunnable``, see
:mod:`policydesk.ui.models.complaint_table_model`) while a busy bar shows; a result that
arrives for a period the user has already left is dropped (a generation counter). matplotlib
is imported only when the chart is first drawn.
"""

from __future__ import annotations

import contextlib
from concurrent import futures
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt, Signal, Slot
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.changes import Changes
from policydesk.domain.service_clock import Step
from policydesk.ui.widgets.quotient_views import ChartPane

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from policydesk.domain.compliance import ComplianceFigures, Spread, TargetFigures
    from policydesk.export.charts import ChartStyle
    from policydesk.services.service_clock import ServiceClockService

_DASH = "\u2013"
CHART_MIN_HEIGHT = 300  # pixels: below this the month labels and shares crowd each other
_EARLIEST = QDate(1900, 1, 1)  # the range the database's time text and the months can hold
_LATEST = QDate(8999, 12, 31)


class Period(StrEnum):
    """The periods the view offers."""

    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_QUARTER = "this_quarter"
    THIS_YEAR = "this_year"
    LAST_12_MONTHS = "last_12_months"
    CUSTOM = "custom"


def period_days(
    period: Period, today: date, custom: tuple[date, date] | None = None
) -> tuple[date, date]:
    """The first and last day (both included) of a period, seen from ``today``.

    The current month, quarter and year run up to today. "Last 12 months" is the current month
    (up to today) and the eleven whole months before it, so the chart shows twelve months.
    ``custom`` gives the days of ``Period.CUSTOM``, in either order.
    """
    if period is Period.THIS_MONTH:
        return today.replace(day=1), today
    if period is Period.LAST_MONTH:
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if period is Period.THIS_QUARTER:
        return date(today.year, 3 * ((today.month - 1) // 3) + 1, 1), today
    if period is Period.THIS_YEAR:
        return date(today.year, 1, 1), today
    if period is Period.LAST_12_MONTHS:
        months = today.year * 12 + today.month - 1 - 11
        return date(months // 12, months % 12 + 1, 1), today
    first, last = custom or (today, today)
    return (first, last) if first <= last else (last, first)


def hours_text(hours: float, *, days: bool = True) -> str:
    """A length of time in the locale's numbers: "20 min", "5.5 h", "2 d 3 h" or "28,146 h".

    Under an hour in minutes; under 48 hours (or always, without ``days``) in hours, with one
    decimal below 100; from 48 hours on in days of 24 hours and whole hours. Business time is
    written without ``days``: a "day" of business time would be read as a business day.
    """
    locale = QLocale()
    hours = max(0.0, hours)
    minutes = round(hours * 60)
    if minutes < 60:
        return QCoreApplication.translate("ServiceLevelsView", "%1 min").replace(
            "%1", locale.toString(minutes)
        )
    if not days or hours < 48:
        number = locale.toString(hours, "f", 1) if hours < 100 else locale.toString(round(hours))
        return QCoreApplication.translate("ServiceLevelsView", "%1 h").replace("%1", number)
    whole_days, rest = divmod(round(hours), 24)
    if rest == 0:
        return QCoreApplication.translate("ServiceLevelsView", "%1 d").replace(
            "%1", locale.toString(whole_days)
        )
    return (
        QCoreApplication.translate("ServiceLevelsView", "%1 d %2 h")
        .replace("%1", locale.toString(whole_days))
        .replace("%2", locale.toString(rest))
    )


def percent_text(share: float, decimals: int = 1) -> str:
    """A share from 0 to 1 as a percentage in the locale's numbers ("87.8%")."""
    return QCoreApplication.translate("ServiceLevelsView", "%1%").replace(
        "%1", QLocale().toString(share * 100, "f", decimals)
    )


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _day_text(day: date) -> str:
    return QLocale().toString(_qdate(day), "d MMM yyyy")


@dataclass(frozen=True, slots=True)
class PeriodFigures:
    """What one reading brought back: the days asked for, the figures and the rules behind them.

    Attributes:
        first: the period's first day.
        last: its last day (included).
        figures: the service clock's figures of the complaints received in it.
        pause_while_waiting: whether waiting for the customer stops the clock.
        hours_set: whether office hours are set (without them every hour counts).
    """

    first: date
    last: date
    figures: ComplianceFigures
    pause_while_waiting: bool
    hours_set: bool


def read_period(
    service: ServiceClockService, period: Period, custom: tuple[date, date] | None = None
) -> PeriodFigures:
    """Read a period's figures (the worker's job; the service opens its own session).

    "Today" is the business's local date, so the periods begin and end where its days do.
    """
    if period is Period.CUSTOM and custom is not None:
        first, last = period_days(period, custom[0], custom)
    else:
        today = service.now().astimezone(service.calendar().zone).date()
        first, last = period_days(period, today, custom)
    settings = service.settings()
    return PeriodFigures(
        first=first,
        last=last,
        figures=service.period(first, last),
        pause_while_waiting=settings.pause_while_waiting,
        hours_set=settings.hours_set,
    )


class _Relay(QObject):
    """Carries the worker's result to the GUI thread (a queued signal)."""

    figures_read = Signal(int, object)  # generation, PeriodFigures or the exception raised


def _read_job(
    service: ServiceClockService,
    period: Period,
    custom: tuple[date, date] | None,
    generation: int,
    relay: _Relay,
) -> None:
    result: PeriodFigures | Exception
    try:
        result = read_period(service, period, custom)
    except Exception as exc:  # raised again on the GUI thread, if still wanted there
        result = exc
    with contextlib.suppress(RuntimeError):  # the view, and its relay, are gone already
        relay.figures_read.emit(generation, result)


def _bold(font: QFont, scale: float = 1.0) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    if scale != 1.0:
        bold.setPointSizeF(font.pointSizeF() * scale)
    return bold


def _label(name: str, text: str = "", *, wrap: bool = False, number: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if number:
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return label


class ServiceLevelsView(QWidget):
    """A period's service-target figures with a chart per month.

    The figures are read in the background when the view is first shown, when the period
    changes, and after :meth:`on_changes` reports a change to the complaints, the targets or
    the office hours (at once when visible, else when next shown).

    Signals:
        figures_shown: new figures are on show (also the empty state); carries the
            :class:`PeriodFigures`.
    """

    figures_shown = Signal(object)

    def __init__(self, service: ServiceClockService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._shown: PeriodFigures | None = None
        self._stale = True  # nothing read yet, or the data changed while hidden
        self._busy = False
        self._generation = 0
        # One reading thread: a newer period waits for the one being read, never runs beside it
        # on the same file; periods asked for meanwhile and not started are dropped.
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="service-levels")
        self._reads: list[Future[None]] = []
        self._relay = _Relay(self)
        # Queued, said outright: the widgets may only change on the GUI thread.
        self._relay.figures_read.connect(self._on_figures_read, Qt.ConnectionType.QueuedConnection)

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_chooser())
        self.period_warning = _label("period_warning", wrap=True)
        self.period_warning.setFont(_bold(self.font()))
        self.period_warning.setVisible(False)
        layout.addWidget(self.period_warning)
        self.summary_label = _label("summary_label", wrap=True)
        self.summary_label.setFont(_bold(self.font(), 1.2))
        layout.addWidget(self.summary_label)

        self.empty_label = _label(
            "empty_label", self.tr("No complaints were received in this period."), wrap=True
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_label = _label("loading_label", self.tr("Reading the figures…"))
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.setObjectName("stack")
        self.content = self._build_content()
        # A small window scrolls rather than squeezing the chart flat.
        self.content_scroller = QScrollArea()
        self.content_scroller.setObjectName("content_scroller")
        self.content_scroller.setWidgetResizable(True)
        self.content_scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.content_scroller.setWidget(self.content)
        self.stack.addWidget(self.content_scroller)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.loading_label)
        self.stack.setCurrentWidget(self.loading_label)
        layout.addWidget(self.stack, 1)

        self.period_combo.currentIndexChanged.connect(self._on_period_combo_changed)
        self.from_edit.dateChanged.connect(self._on_custom_dates_changed)
        self.to_edit.dateChanged.connect(self._on_custom_dates_changed)

    # ------------------------------------------------------------------ building

    def _build_chooser(self) -> QHBoxLayout:
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("period_combo")
        for period, text in self._period_names():
            self.period_combo.addItem(text, period.value)
        self.period_combo.setCurrentIndex(self.period_combo.findData(Period.LAST_12_MONTHS.value))
        self.period_label = QLabel(self.tr("&Period:"))
        self.period_label.setBuddy(self.period_combo)
        self.from_edit = QDateEdit()
        self.from_edit.setObjectName("from_edit")
        self.to_edit = QDateEdit()
        self.to_edit.setObjectName("to_edit")
        self.from_label = QLabel(self.tr("&From:"))
        self.from_label.setBuddy(self.from_edit)
        self.to_label = QLabel(self.tr("&To:"))
        self.to_label.setBuddy(self.to_edit)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDateRange(_EARLIEST, _LATEST)
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.from_edit.setAccessibleName(self.tr("First day"))
        self.to_edit.setAccessibleName(self.tr("Last day"))
        self._custom_widgets = (self.from_label, self.from_edit, self.to_label, self.to_edit)
        self._custom_filled = False

        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("busy_bar")
        self.busy_bar.setRange(0, 0)  # moving to and fro: how long is not known
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setMaximumHeight(12)
        self.busy_bar.setAccessibleName(self.tr("Reading the figures…"))
        self.busy_bar.setToolTip(self.tr("Reading the figures…"))
        policy = self.busy_bar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the row does not jump when it comes and goes
        self.busy_bar.setSizePolicy(policy)
        self.busy_bar.setVisible(False)

        row = QHBoxLayout()
        row.addWidget(self.period_label)
        row.addWidget(self.period_combo)
        for widget in self._custom_widgets:
            row.addWidget(widget)
            widget.setVisible(False)
        row.addStretch(1)
        row.addWidget(self.busy_bar)
        return row

    def _period_names(self) -> list[tuple[Period, str]]:
        return [
            (Period.THIS_MONTH, self.tr("This month")),
            (Period.LAST_MONTH, self.tr("Last month")),
            (Period.THIS_QUARTER, self.tr("This quarter")),
            (Period.THIS_YEAR, self.tr("This year")),
            (Period.LAST_12_MONTHS, self.tr("Last 12 months")),
            (Period.CUSTOM, self.tr("Custom period")),
        ]

    def _build_content(self) -> QWidget:
        content = QWidget()
        content.setObjectName("content")
        boxes = QHBoxLayout()
        boxes.addWidget(self._build_targets(), 3)
        boxes.addWidget(self._build_handling(), 2)
        self.chart = ChartPane("service_chart")
        self.chart.setMinimumHeight(CHART_MIN_HEIGHT)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(boxes)
        layout.addWidget(self.chart, 1)
        return content

    def _build_targets(self) -> QGroupBox:
        box = QGroupBox(self.tr("Within target"))
        box.setObjectName("targets_box")
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(16)
        missed = _label("missed_header", self.tr("Missed"), number=True)
        missed.setToolTip(self.tr("Done after the target, or not done and already past it."))
        still_open = _label("open_header", self.tr("Still open"), number=True)
        still_open.setToolTip(
            self.tr(
                "Not done yet and still within the target: not counted in the share until "
                "it is done or late."
            )
        )
        for column, header in ((2, missed), (3, still_open)):
            header.setFont(_bold(self.font()))
            grid.addWidget(header, 0, column)
        rows = (
            (
                Step.ACKNOWLEDGE,
                self.tr("Acknowledged"),
                self.tr("The first answer to the customer, within the business hours set."),
            ),
            (
                Step.RESOLVE,
                self.tr("Resolved"),
                self.tr("Resolved within the business days set, counted from receipt."),
            ),
            (
                Step.FOLLOW_UP,
                self.tr("Followed up"),
                self.tr("Followed up within the calendar days set, counted from the resolution."),
            ),
        )
        self.step_labels: dict[Step, tuple[QLabel, QLabel, QLabel]] = {}
        for row, (step, name, tip) in enumerate(rows, start=1):
            title = _label(f"{step.value}_title", name)
            title.setFont(_bold(self.font()))
            title.setToolTip(tip)
            share = _label(f"{step.value}_share_label", wrap=True)
            missed_count = _label(f"{step.value}_missed_label", number=True)
            open_count = _label(f"{step.value}_open_label", number=True)
            grid.addWidget(title, row, 0)
            grid.addWidget(share, row, 1)
            grid.addWidget(missed_count, row, 2)
            grid.addWidget(open_count, row, 3)
            self.step_labels[step] = (share, missed_count, open_count)
        grid.setColumnStretch(1, 1)
        self.targets_note = _label(
            "targets_note",
            self.tr(
                "The share counts the complaints whose step is done or already late. Waiting "
                "for the customer does not count where Settings says so; a reopened complaint "
                "continues its clock."
            ),
            wrap=True,
        )
        self.targets_hint = _label(
            "targets_hint", self.tr("Targets are set in Settings › Service targets."), wrap=True
        )
        self.targets_hint.setFont(_bold(self.font()))
        self.targets_hint.setVisible(False)
        grid.addWidget(self.targets_note, len(rows) + 1, 0, 1, 4)
        grid.addWidget(self.targets_hint, len(rows) + 2, 0, 1, 4)
        grid.setRowStretch(len(rows) + 3, 1)
        return box

    def _build_handling(self) -> QGroupBox:
        box = QGroupBox(self.tr("Handling time of the resolved complaints"))
        box.setObjectName("handling_box")
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(16)
        median = _label("median_header", self.tr("Median"), number=True)
        median.setToolTip(self.tr("Half the resolved complaints took this long or less."))
        p90 = _label("p90_header", self.tr("90th percentile"), number=True)
        p90.setToolTip(self.tr("Nine in ten resolved complaints took this long or less."))
        for column, header in ((1, median), (2, p90)):
            header.setFont(_bold(self.font()))
            grid.addWidget(header, 0, column)
        business = _label("business_title", self.tr("In business hours"))
        business.setToolTip(
            self.tr("Only the time the business is open counts, as for the targets.")
        )
        calendar = _label("calendar_title", self.tr("In calendar time"))
        calendar.setToolTip(
            self.tr("From receipt to resolution as the customer lived it, nights included.")
        )
        self.business_median_label = _label("business_median_label", number=True)
        self.business_p90_label = _label("business_p90_label", number=True)
        self.calendar_median_label = _label("calendar_median_label", number=True)
        self.calendar_p90_label = _label("calendar_p90_label", number=True)
        for row, (title, first, second) in enumerate(
            (
                (business, self.business_median_label, self.business_p90_label),
                (calendar, self.calendar_median_label, self.calendar_p90_label),
            ),
            start=1,
        ):
            title.setFont(_bold(self.font()))
            grid.addWidget(title, row, 0)
            grid.addWidget(first, row, 1)
            grid.addWidget(second, row, 2)
        self.resolved_label = _label("resolved_label", wrap=True)
        self.office_split_label = _label("office_split_label", wrap=True)
        self.handling_note = _label("handling_note", wrap=True)
        grid.addWidget(self.resolved_label, 3, 0, 1, 3)
        grid.addWidget(self.office_split_label, 4, 0, 1, 3)
        grid.addWidget(self.handling_note, 5, 0, 1, 3)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(6, 1)
        return box

    # ------------------------------------------------------------------ public

    @property
    def shown(self) -> PeriodFigures | None:
        """The figures on show (None before the first reading has arrived)."""
        return self._shown

    @property
    def busy(self) -> bool:
        """Whether figures are being read."""
        return self._busy

    def period(self) -> Period:
        """The period chosen."""
        return Period(self.period_combo.currentData())

    def set_period(self, period: Period) -> None:
        """Choose a period (the view reads its figures)."""
        self.period_combo.setCurrentIndex(self.period_combo.findData(period.value))

    def custom_days(self) -> tuple[date, date]:
        """The From and To days of the custom period, as they stand."""
        return _date(self.from_edit.date()), _date(self.to_edit.date())

    def set_custom_days(self, first: date, last: date) -> None:
        """Choose a custom period from ``first`` to ``last``, both included."""
        self._custom_filled = True
        for edit, day in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        if self.period() is Period.CUSTOM:
            self.refresh()
        else:
            self.set_period(Period.CUSTOM)

    @Slot()
    def refresh(self) -> None:
        """Read the chosen period's figures again, in the background."""
        self._stale = False
        self._generation += 1  # whatever is on its way now is for a period left behind
        self._cancel_waiting_reads()
        custom: tuple[date, date] | None = None
        if self.period() is Period.CUSTOM:
            custom = self.custom_days()
            if custom[0] > custom[1]:
                self.period_warning.setText(
                    self.tr(
                        "The first day (%1) is after the last day (%2). Choose a first day on "
                        "or before the last day."
                    )
                    .replace("%1", _day_text(custom[0]))
                    .replace("%2", _day_text(custom[1]))
                )
                self.period_warning.setVisible(True)
                self.stack.setEnabled(False)  # what stays on show is not for these days
                self._set_busy(False)
                return
        self.period_warning.setVisible(False)
        self.stack.setEnabled(True)
        self._set_busy(True)
        self._reads.append(
            self._reader.submit(
                _read_job, self._service, self.period(), custom, self._generation, self._relay
            )
        )

    def wait_for_jobs(self) -> None:
        """Wait until no background reading is running (before the file is closed)."""
        self._generation += 1
        self._cancel_waiting_reads()
        futures.wait(self._reads)
        self._reads.clear()
        self._set_busy(False)
        self._stale = True  # whatever was asked for was not shown

    @Slot(object)
    def on_changes(self, changes: Changes) -> None:
        """Refresh after a change to the complaints, the targets or the office hours."""
        if not (changes.complaints or changes.settings or changes.calendar or changes.database):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # read when next shown

    # ------------------------------------------------------------------ reading

    def _cancel_waiting_reads(self) -> None:
        """Drop readings not started yet (cancel does nothing to the one running)."""
        for read in self._reads:
            read.cancel()
        self._reads = [read for read in self._reads if not read.done()]

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)

    @Slot(int, object)
    def _on_figures_read(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return  # for a period the user has already left
        self._set_busy(False)
        if isinstance(result, Exception):
            raise result
        assert isinstance(result, PeriodFigures)
        self._show(result)

    # ------------------------------------------------------------------ showing

    def _show(self, result: PeriodFigures) -> None:
        self._shown = result
        figures = result.figures
        locale = QLocale()
        self.summary_label.setText(
            self.tr("Complaints received from %1 to %2: %3")
            .replace("%1", _day_text(result.first))
            .replace("%2", _day_text(result.last))
            .replace("%3", locale.toString(figures.received))
        )
        if figures.received == 0:
            self.stack.setCurrentWidget(self.empty_label)
            self.chart.set_chart(None)
            self.figures_shown.emit(result)
            return
        missing = False
        for step, target in (
            (Step.ACKNOWLEDGE, figures.acknowledge),
            (Step.RESOLVE, figures.resolve),
            (Step.FOLLOW_UP, figures.follow_up),
        ):
            missing |= self._show_step(step, target)
        self.targets_hint.setVisible(missing)
        self._show_handling(result)
        self._show_chart(figures)
        self.stack.setCurrentIndex(0)
        self.figures_shown.emit(result)

    def _show_step(self, step: Step, target: TargetFigures) -> bool:
        """Fill one step's row; True when no complaint of the period has a target for it."""
        share_label, missed_label, open_label = self.step_labels[step]
        if target.decided == 0 and target.still_open == 0:
            share_label.setText(self.tr("No target set"))
            missed_label.setText(_DASH)
            open_label.setText(_DASH)
            return True
        locale = QLocale()
        if target.share_met is None:
            share_label.setText(self.tr("None decided yet"))
        else:
            share_label.setText(
                self.tr("%1 of %2 within target (%3)")
                .replace("%1", locale.toString(target.met))
                .replace("%2", locale.toString(target.decided))
                .replace("%3", percent_text(target.share_met))
            )
        missed_label.setText(locale.toString(target.missed))
        open_label.setText(locale.toString(target.still_open))
        return False

    def _show_handling(self, result: PeriodFigures) -> None:
        handling = result.figures.handling
        locale = QLocale()

        def show(label: QLabel, hours: float | None, *, days: bool) -> None:
            label.setText(_DASH if hours is None else hours_text(hours, days=days))

        spreads: tuple[tuple[Spread, QLabel, QLabel, bool], ...] = (
            (handling.business_hours, self.business_median_label, self.business_p90_label, False),
            (handling.calendar_hours, self.calendar_median_label, self.calendar_p90_label, True),
        )
        for spread, median_label, p90_label, days in spreads:
            show(median_label, spread.median, days=days)
            show(p90_label, spread.p90, days=days)
        if handling.resolved == 0:
            self.resolved_label.setText(
                self.tr("No complaint of this period has been resolved yet.")
            )
        else:
            self.resolved_label.setText(
                self.tr("Resolved complaints: %1").replace("%1", locale.toString(handling.resolved))
            )
        share = handling.inside_share
        if share is None:
            self.office_split_label.setText("")
        else:
            self.office_split_label.setText(
                self.tr(
                    "Of the time from receipt to resolution, %1 fell inside office hours (%2) "
                    "and %3 outside them (%4)."
                )
                .replace("%1", percent_text(share))
                .replace("%2", hours_text(handling.inside_hours, days=False))
                .replace("%3", percent_text(1.0 - share))
                .replace("%4", hours_text(handling.outside_hours, days=False))
            )
        if not result.hours_set:
            note = self.tr(
                "No office hours are set, so every hour counts as business time (Settings › "
                "Office hours)."
            )
        elif result.pause_while_waiting:
            note = self.tr(
                "Business hours count only the time the business is open, less the time spent "
                "waiting for the customer. Calendar time runs from receipt to resolution, "
                "nights and closed days included."
            )
        else:
            note = self.tr(
                "Business hours count only the time the business is open. Calendar time runs "
                "from receipt to resolution, nights and closed days included."
            )
        self.handling_note.setText(note)

    def _show_chart(self, figures: ComplianceFigures) -> None:
        months = figures.months
        resolved = [month.resolve.share_met for month in months]
        acknowledged = [month.acknowledge.share_met for month in months]
        drawable = any(share is not None for share in (*resolved, *acknowledged))
        empty = self.tr("No complaint in this period has met or missed a target yet.")
        if not drawable:
            self.chart.set_chart(None, empty=empty)
            return
        labels = _month_names([month.month for month in months])
        draw = partial(
            _draw_chart,
            months=labels,
            resolved=resolved,
            acknowledged=acknowledged if any(s is not None for s in acknowledged) else None,
            counts=[month.received for month in months],
            texts=(
                self.tr("Within target per month"),
                self.tr("Resolved within target"),
                self.tr("Acknowledged within target"),
                self.tr("Under each month: complaints received"),
                empty,
            ),
        )
        self.chart.set_chart(
            draw, description=self.tr("Share resolved within target per month"), empty=empty
        )

    # ------------------------------------------------------------------ events

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    @Slot(int)
    def _on_period_combo_changed(self, _index: int) -> None:
        custom = self.period() is Period.CUSTOM
        if custom and not self._custom_filled:
            # Start the custom period from the one shown before, so it is not empty.
            if self._shown is not None:
                first, last = self._shown.first, self._shown.last
            else:
                last = _date(QDate.currentDate())
                first = last.replace(day=1)
            self._custom_filled = True
            for edit, day in ((self.from_edit, first), (self.to_edit, last)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        for widget in self._custom_widgets:
            widget.setVisible(custom)
        self.refresh()

    @Slot()
    def _on_custom_dates_changed(self) -> None:
        if self.period() is Period.CUSTOM:
            self.refresh()


def _month_names(months: list[date]) -> list[str]:
    """The chart's month names on two lines, the year under the first month and each January.

    Every name has two lines (the second empty where the year is left out), so the numbers the
    chart writes under them stay in one row. Beyond two years every month carries its year, as
    the chart then names only every few months.
    """
    locale = QLocale()
    names = []
    for index, month in enumerate(months):
        day = QDate(month.year, month.month, 1)
        year = index == 0 or month.month == 1 or len(months) > 24
        names.append(locale.toString(day, "MMM") + "\n" + (str(month.year) if year else ""))
    return names


def _draw_chart(
    style: ChartStyle,
    figure: Figure,
    *,
    months: list[str],
    resolved: list[float | None],
    acknowledged: list[float | None] | None,
    counts: list[int],
    texts: tuple[str, str, str, str, str],
) -> None:
    """Draw the month chart (called by the chart pane when it is on screen)."""
    from policydesk.export.charts import service_level_chart

    title, resolved_label, acknowledged_label, caption, empty = texts
    service_level_chart(
        months,
        resolved,
        counts,
        style,
        acknowledged=acknowledged,
        resolved_label=resolved_label,
        acknowledged_label=acknowledged_label,
        title=title,
        counts_caption=caption,
        empty_text=empty,
        format_share=partial(percent_text, decimals=0),
        format_count=QLocale().toString,
        figure=figure,
    )
