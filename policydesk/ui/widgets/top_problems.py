"""The top problems: complaints per category over a chosen period, as a table and a bar chart.

matplotlib is imported only when the chart is first drawn (when the view is shown with data),
so building the main window stays fast. The view keeps one figure and one canvas for its whole
life and clears the figure on every refresh, so refreshing never piles up figures.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Slot
from PySide6.QtGui import QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.complaints import TopProblems
from policydesk.ui.theme import is_dark

if TYPE_CHECKING:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    from policydesk.export.charts import ChartStyle
    from policydesk.services.complaints import ComplaintService

TOP = 3
# Bounds for "all time": inside the range the database's fixed-width time text can hold.
_EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
_LATEST = datetime(9000, 1, 1, tzinfo=UTC)


class Period(StrEnum):
    """The periods the view offers."""

    LAST_30_DAYS = "last_30_days"
    LAST_90_DAYS = "last_90_days"
    LAST_12_MONTHS = "last_12_months"
    THIS_YEAR = "this_year"
    LAST_YEAR = "last_year"
    ALL_TIME = "all_time"
    CUSTOM = "custom"


def period_days(
    period: Period, today: date, custom: tuple[date, date] | None = None
) -> tuple[date, date]:
    """The first and last day (both included) of a period, seen from ``today``.

    "Last 30 days" and "last 90 days" end with today; "last 12 months" is the year up to and
    including today (from the day after the same date last year). ``custom`` gives the days
    of ``Period.CUSTOM``, in either order. ``Period.ALL_TIME`` has no days: use
    :func:`period_bounds`.
    """
    if period is Period.LAST_30_DAYS:
        return today - timedelta(days=29), today
    if period is Period.LAST_90_DAYS:
        return today - timedelta(days=89), today
    if period is Period.LAST_12_MONTHS:
        try:
            year_ago = today.replace(year=today.year - 1)
        except ValueError:  # 29 February
            year_ago = today.replace(year=today.year - 1, day=28)
        return year_ago + timedelta(days=1), today
    if period is Period.THIS_YEAR:
        return date(today.year, 1, 1), today
    if period is Period.LAST_YEAR:
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if period is Period.CUSTOM:
        first, last = custom or (today, today)
        return (first, last) if first <= last else (last, first)
    raise ValueError(f"{period} has no first and last day")


def period_bounds(
    period: Period, now: datetime, zone: tzinfo, custom: tuple[date, date] | None = None
) -> tuple[datetime, datetime]:
    """The instants ``[start, end)`` of a period, with days counted in the business's zone.

    Args:
        period: the period chosen.
        now: the current instant.
        zone: the business's time zone, where days begin and end.
        custom: the first and last day of a custom period.
    """
    if period is Period.ALL_TIME:
        return _EARLIEST, _LATEST
    first, last = period_days(period, now.astimezone(zone).date(), custom)
    return (
        datetime.combine(first, time(), zone),
        datetime.combine(last + timedelta(days=1), time(), zone),
    )


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class TopProblemsView(QWidget):
    """Complaints per category over a period, most first; the top three stand out.

    Call :meth:`refresh` when the complaints or categories change; the view reads the counts
    from the service again.
    """

    COLUMNS = 4
    RANK, CATEGORY, COUNT, SHARE = range(COLUMNS)

    def __init__(self, service: ComplaintService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._data: TopProblems | None = None
        self._chart_stale = True
        self._figure: Figure | None = None
        self.chart_canvas: FigureCanvasQTAgg | None = None

        self.period_combo = QComboBox()
        self.period_combo.setObjectName("period_combo")
        for period, text in self._period_names():
            self.period_combo.addItem(text, period.value)
        self.period_combo.setCurrentIndex(self.period_combo.findData(Period.LAST_12_MONTHS.value))
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period_combo)
        self.from_edit = QDateEdit()
        self.from_edit.setObjectName("from_edit")
        self.to_edit = QDateEdit()
        self.to_edit.setObjectName("to_edit")
        self.to_label = QLabel(self.tr("to"))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.from_edit.setAccessibleName(self.tr("First day"))
        self.to_edit.setAccessibleName(self.tr("Last day"))
        self._custom_widgets = (self.from_edit, self.to_label, self.to_edit)
        self._custom_filled = False

        chooser = QHBoxLayout()
        chooser.addWidget(period_label)
        chooser.addWidget(self.period_combo)
        for widget in self._custom_widgets:
            chooser.addWidget(widget)
            widget.setVisible(False)
        chooser.addStretch(1)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)

        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Rank"), self.tr("Category"), self.tr("Complaints"), self.tr("Share")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.CATEGORY, QHeaderView.ResizeMode.Stretch)

        # The canvas goes in here when the chart is first drawn.
        self.chart_area = QWidget()
        self.chart_area.setObjectName("chart_area")
        self.chart_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._chart_layout = QVBoxLayout(self.chart_area)
        self._chart_layout.setContentsMargins(0, 0, 0, 0)

        content = QWidget()
        content_layout = QHBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.table, 2)
        content_layout.addWidget(self.chart_area, 3)

        self.empty_label = QLabel(self.tr("No complaints in this period."))
        self.empty_label.setObjectName("empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.stack = QStackedWidget()
        self.stack.setObjectName("stack")
        self.stack.addWidget(content)
        self.stack.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.stack, 1)

        self._loaded = False
        self.period_combo.currentIndexChanged.connect(self._on_period_combo_changed)
        self.from_edit.dateChanged.connect(self._on_custom_dates_changed)
        self.to_edit.dateChanged.connect(self._on_custom_dates_changed)

    def _period_names(self) -> list[tuple[Period, str]]:
        return [
            (Period.LAST_30_DAYS, self.tr("Last 30 days")),
            (Period.LAST_90_DAYS, self.tr("Last 90 days")),
            (Period.LAST_12_MONTHS, self.tr("Last 12 months")),
            (Period.THIS_YEAR, self.tr("This year")),
            (Period.LAST_YEAR, self.tr("Last year")),
            (Period.ALL_TIME, self.tr("All time")),
            (Period.CUSTOM, self.tr("Custom period")),
        ]

    # ------------------------------------------------------------------ public

    @property
    def data(self) -> TopProblems | None:
        """The counts shown (None before the first refresh)."""
        return self._data

    def period(self) -> Period:
        """The period chosen."""
        return Period(self.period_combo.currentData())

    def set_period(self, period: Period) -> None:
        """Choose a period (the view refreshes)."""
        self.period_combo.setCurrentIndex(self.period_combo.findData(period.value))

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

    def bounds(self) -> tuple[datetime, datetime]:
        """The instants ``[start, end)`` of the chosen period."""
        custom = (_date(self.from_edit.date()), _date(self.to_edit.date()))
        return period_bounds(self.period(), self._service.now(), self._service.zone(), custom)

    @Slot()
    def refresh(self) -> None:
        """Read the counts for the chosen period again and show them."""
        self._loaded = True
        start, end = self.bounds()
        data = self._service.top_problems(start, end)
        self._data = data
        self._show_summary(data)
        self._fill_table(data)
        if data.total == 0:
            self.stack.setCurrentWidget(self.empty_label)
            return
        self.stack.setCurrentIndex(0)
        self._chart_stale = True
        if self.isVisible():
            self._draw_chart()

    # ------------------------------------------------------------------ showing

    def _show_summary(self, data: TopProblems) -> None:
        locale = QLocale()
        total = locale.toString(data.total)
        if self.period() is Period.ALL_TIME:
            self.summary_label.setText(self.tr("Complaints in the log: %1").replace("%1", total))
            return
        zone = self._service.zone()
        first = data.start.astimezone(zone).date()
        last = (data.end.astimezone(zone) - timedelta(days=1)).date()
        short = QLocale.FormatType.ShortFormat
        self.summary_label.setText(
            self.tr("Complaints from %1 to %2: %3")
            .replace("%1", locale.toString(_qdate(first), short))
            .replace("%2", locale.toString(_qdate(last), short))
            .replace("%3", total)
        )

    def _fill_table(self, data: TopProblems) -> None:
        locale = QLocale()
        top = len(data.top_three)
        rows = data.counts if data.total else ()
        self.table.setRowCount(len(rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        numbers = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, count in enumerate(rows):
            share = 100.0 * count.count / data.total
            texts = {
                self.RANK: locale.toString(row + 1) if row < top else "",
                self.CATEGORY: count.name or self.tr("No category"),
                self.COUNT: locale.toString(count.count),
                self.SHARE: self.tr("%1%").replace("%1", locale.toString(share, "f", 1)),
            }
            for column, text in texts.items():
                item = QTableWidgetItem(text)
                if column != self.CATEGORY:
                    item.setTextAlignment(numbers)
                if row < top:
                    item.setFont(bold)
                if column == self.CATEGORY:
                    item.setData(Qt.ItemDataRole.UserRole, count.category_id)
                elif column == self.COUNT:
                    item.setData(Qt.ItemDataRole.UserRole, count.count)
                self.table.setItem(row, column, item)

    def _chart_style(self) -> ChartStyle:
        from policydesk.export.charts import ChartStyle

        palette = self.palette()
        base = ChartStyle.dark() if is_dark(palette) else ChartStyle.light()
        return ChartStyle(
            background=palette.color(QPalette.ColorRole.Window).name(),
            foreground=palette.color(QPalette.ColorRole.WindowText).name(),
            emphasis=base.emphasis,
            normal=base.normal,
        )

    def _draw_chart(self) -> None:
        data = self._data
        if data is None or data.total == 0:
            return
        # Lazily: matplotlib costs about half a second to import.
        from policydesk.export.charts import category_chart

        if self.chart_canvas is None or self._figure is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            self._figure = Figure(layout="constrained")
            self.chart_canvas = FigureCanvasQTAgg(self._figure)  # type: ignore[no-untyped-call]
            self.chart_canvas.setObjectName("chart_canvas")
            self.chart_canvas.setMinimumSize(240, 200)
            self.chart_canvas.setSizePolicy(
                QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding
            )
            self._chart_layout.addWidget(self.chart_canvas)
        locale = QLocale()
        category_chart(
            data.counts,
            title=self.tr("Complaints per category"),
            style=self._chart_style(),
            no_category=self.tr("No category"),
            format_count=locale.toString,
            top=TOP,
            figure=self._figure,
        )
        self.chart_canvas.draw_idle()  # type: ignore[no-untyped-call]
        self._chart_stale = False

    # ------------------------------------------------------------------ events

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.refresh()
        elif self._chart_stale:
            self._draw_chart()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.chart_canvas is not None:
            self._chart_stale = True
            if self.isVisible():
                self._draw_chart()

    @Slot(int)
    def _on_period_combo_changed(self, _index: int) -> None:
        custom = self.period() is Period.CUSTOM
        if custom and not self._custom_filled:
            # Start the custom period from the one shown before, so it is not empty.
            previous = self._data
            zone = self._service.zone()
            if previous is not None and previous.start > _EARLIEST:
                first = previous.start.astimezone(zone).date()
                last = (previous.end.astimezone(zone) - timedelta(days=1)).date()
            else:
                last = self._service.now().astimezone(zone).date()
                first = last - timedelta(days=29)
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
