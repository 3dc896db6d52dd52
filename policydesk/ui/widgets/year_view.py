"""A year at a glance: twelve small month calendars whose days are coloured by opening state.

The grid is painted in one ``paintEvent`` (365 small rectangles are nothing for QPainter) and
answers tooltips itself, so it stays fast with no child widget per day. Colour is never the only
cue: a part-day is half filled, a holiday carries a dot, an own date a corner mark, and the
legend names each. The widget shows what it is given; the page fetches the days from the office
hours service and hands them over with :meth:`YearView.set_days`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QPoint,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTime,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QPolygon,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.calendar_days import DayInfo, DayReason, DayState
from policydesk.ui.theme import is_dark

if TYPE_CHECKING:
    from collections.abc import Iterator

translate = QCoreApplication.translate

# Okabe–Ito colours (told apart with any colour vision), blended with the background.
STATE_COLOURS = {
    DayState.OPEN: "#009E73",
    DayState.PART: "#009E73",
    DayState.EXTRA_OPEN: "#0072B2",
    DayState.HOLIDAY: "#D55E00",
}
_TINT = 0.45  # how much state colour goes into a cell; the rest is the background
MONTH_COLUMNS = 4
CELL = QSize(26, 20)
_GAP = 14  # between months
_TITLE_LINES = 2  # the month's name and the weekday initials


def state_name(state: DayState) -> str:
    """The legend's word for a state."""
    return {
        DayState.OPEN: translate("YearView", "Open"),
        DayState.PART: translate("YearView", "Part of the day"),
        DayState.CLOSED: translate("YearView", "Closed"),
        DayState.HOLIDAY: translate("YearView", "Holiday"),
        DayState.EXTRA_OPEN: translate("YearView", "Extra opening"),
    }[state]


def reason_text(reason: DayReason) -> str:
    """Why a day differs, as the tooltip says it."""
    return {
        DayReason.WEEKLY_CLOSED: translate("YearView", "Closed on this weekday"),
        DayReason.PUBLIC_HOLIDAY: translate("YearView", "Public holiday"),
        DayReason.CUSTOMARY_DAY: translate("YearView", "Customary closed day"),
        DayReason.OWN_CLOSED: translate("YearView", "Your own closed day"),
        DayReason.PART_CLOSED: translate("YearView", "Closed part of the day"),
        DayReason.EXTRA_OPEN: translate("YearView", "Extra opening"),
    }[reason]


def time_text(moment: time) -> str:
    """A time of day in the locale's short format."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def span_text(opens: time, closes: time) -> str:
    """An interval: "09:00–17:00", "18:00–02:00 (next day)", "all day"."""
    if opens == closes == time(0):
        return translate("YearView", "all day")
    text = f"{time_text(opens)}–{time_text(closes)}"
    if closes != time(0) and closes <= opens:
        return translate("YearView", "%1 (next day)").replace("%1", text)
    return text


def day_tooltip(info: DayInfo) -> str:
    """What the tooltip says about a day: the date, its hours, and why it differs."""
    qday = info.day
    lines = [QLocale().toString(_qdate(qday), QLocale.FormatType.LongFormat)]
    if info.holiday:
        lines.append(info.holiday)
    if info.intervals:
        hours = ", ".join(span_text(opens, closes) for opens, closes in info.intervals)
        lines.append(translate("YearView", "Open %1").replace("%1", hours))
    else:
        lines.append(translate("YearView", "Closed"))
    if info.closures:
        closed = ", ".join(span_text(opens, closes) for opens, closes in info.closures)
        lines.append(translate("YearView", "Closed %1").replace("%1", closed))
    lines += [
        reason_text(reason)
        for reason in info.reasons
        if reason not in {DayReason.PUBLIC_HOLIDAY, DayReason.CUSTOMARY_DAY} or not info.holiday
    ]
    if info.note:
        lines.append(info.note)
    return "\n".join(lines)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _blend(colour: str, background: QColor, amount: float) -> QColor:
    tint = QColor(colour)
    return QColor.fromRgbF(
        tint.redF() * amount + background.redF() * (1 - amount),
        tint.greenF() * amount + background.greenF() * (1 - amount),
        tint.blueF() * amount + background.blueF() * (1 - amount),
    )


def _has_own(info: DayInfo) -> bool:
    own = {DayReason.OWN_CLOSED, DayReason.PART_CLOSED, DayReason.EXTRA_OPEN}
    return any(reason in own for reason in info.reasons)


class YearGrid(QWidget):
    """Twelve month calendars of one year, painted; hover a day for its hours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("year_grid")
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._year = date.today().year
        self._days: dict[date, DayInfo] = {}
        self._today: date | None = None

    # ------------------------------------------------------------------ data

    @property
    def year(self) -> int:
        """The year shown."""
        return self._year

    def set_days(self, year: int, days: Sequence[DayInfo], today: date | None = None) -> None:
        """Show ``year`` with its days (a day missing from ``days`` is drawn empty)."""
        self._year = year
        self._days = {info.day: info for info in days}
        self._today = today
        self.updateGeometry()
        self.update()

    def day_info(self, day: date) -> DayInfo | None:
        """What is shown for ``day``."""
        return self._days.get(day)

    def state_of(self, day: date) -> DayState | None:
        """The state a day is drawn in (None when it is not shown)."""
        info = self._days.get(day)
        return None if info is None else info.state

    # ------------------------------------------------------------------ geometry

    def _first_weekday(self) -> int:
        """The locale's first day of the week, 0 = Monday."""
        return QLocale().firstDayOfWeek().value - 1

    def _month_size(self) -> QSize:
        return QSize(7 * CELL.width(), (_TITLE_LINES + 6) * CELL.height())

    def sizeHint(self) -> QSize:
        month = self._month_size()
        rows = (12 + MONTH_COLUMNS - 1) // MONTH_COLUMNS
        return QSize(
            MONTH_COLUMNS * month.width() + (MONTH_COLUMNS - 1) * _GAP + 2,
            rows * month.height() + (rows - 1) * _GAP + 2,
        )

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _month_origin(self, month: int) -> QPoint:
        size = self._month_size()
        row, column = divmod(month - 1, MONTH_COLUMNS)
        return QPoint(column * (size.width() + _GAP) + 1, row * (size.height() + _GAP) + 1)

    def cell_rect(self, day: date) -> QRect:
        """Where ``day`` is drawn (for tests and tooltips)."""
        origin = self._month_origin(day.month)
        first = day.replace(day=1)
        lead = (first.weekday() - self._first_weekday()) % 7
        row, column = divmod(lead + day.day - 1, 7)
        return QRect(
            origin.x() + column * CELL.width(),
            origin.y() + (_TITLE_LINES + row) * CELL.height(),
            CELL.width(),
            CELL.height(),
        )

    def day_at(self, point: QPoint) -> date | None:
        """The day drawn at ``point``, or None."""
        for day in self._all_days():
            if self.cell_rect(day).contains(point):
                return day
        return None

    def _all_days(self) -> Iterator[date]:
        day = date(self._year, 1, 1)
        while day.year == self._year:
            yield day
            day += timedelta(days=1)

    # ------------------------------------------------------------------ painting

    def cell_colour(self, state: DayState | None) -> QColor:
        """The fill of a day in ``state`` with the current palette."""
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        if state is None or state is DayState.CLOSED:
            return palette.color(QPalette.ColorRole.Window)
        amount = _TINT + (0.2 if is_dark(palette) else 0.0)
        return _blend(STATE_COLOURS[state], base, amount)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        grid = palette.color(QPalette.ColorRole.Mid)
        locale = QLocale()
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
        first_weekday = self._first_weekday()
        for month in range(1, 13):
            origin = self._month_origin(month)
            width = self._month_size().width()
            painter.setFont(bold)
            painter.setPen(text)
            painter.drawText(
                QRect(origin.x(), origin.y(), width, CELL.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                locale.standaloneMonthName(month, QLocale.FormatType.LongFormat).capitalize(),
            )
            painter.setFont(small)
            painter.setPen(muted)
            for column in range(7):
                weekday = (first_weekday + column) % 7
                painter.drawText(
                    QRect(
                        origin.x() + column * CELL.width(),
                        origin.y() + CELL.height(),
                        CELL.width(),
                        CELL.height(),
                    ),
                    int(Qt.AlignmentFlag.AlignCenter),
                    locale.standaloneDayName(weekday + 1, QLocale.FormatType.NarrowFormat),
                )
        painter.setFont(small)
        for day in self._all_days():
            rect = self.cell_rect(day)
            if not rect.intersects(event.rect()):
                continue
            self._paint_day(painter, rect.adjusted(1, 1, -1, -1), day, text, grid)
        painter.end()

    def _paint_day(
        self, painter: QPainter, rect: QRect, day: date, text: QColor, grid: QColor
    ) -> None:
        info = self._days.get(day)
        state = None if info is None else info.state
        painter.fillRect(rect, self.cell_colour(state))
        if state is DayState.PART:
            # Half filled: the closed part is the lower-right triangle.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.cell_colour(DayState.CLOSED))
            painter.drawPolygon(QPolygon([rect.topRight(), rect.bottomRight(), rect.bottomLeft()]))
        if state is DayState.HOLIDAY:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(text)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.drawEllipse(QPointF(rect.right() - 3.5, rect.top() + 3.5), 1.8, 1.8)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if info is not None and _has_own(info):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(text)
            corner = rect.bottomLeft()
            painter.drawPolygon(QPolygon([corner, corner + QPoint(0, -5), corner + QPoint(5, 0)]))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(text if day == self._today else grid)
        if day == self._today or state is not None:
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.setPen(text)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), QLocale().toString(day.day))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            info = None if day is None else self._days.get(day)
            if day is None or info is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), day_tooltip(info), self, self.cell_rect(day))
            return True
        return super().event(event)

    def tooltip_at(self, day: date) -> str:
        """The tooltip ``day`` shows ('' when it is not shown)."""
        info = self._days.get(day)
        return "" if info is None else day_tooltip(info)


class YearView(QWidget):
    """The year grid with a year switcher and a legend.

    Signals:
        year_changed: the user switched to another year (an int); the owner fetches its days
            and hands them to :meth:`set_days`.
    """

    year_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("year_view")
        self.previous_year_button = QPushButton("‹")
        self.previous_year_button.setObjectName("previous_year_button")
        self.previous_year_button.setToolTip(self.tr("Previous year"))
        self.previous_year_button.setAccessibleName(self.tr("Previous year"))
        self.next_year_button = QPushButton("›")
        self.next_year_button.setObjectName("next_year_button")
        self.next_year_button.setToolTip(self.tr("Next year"))
        self.next_year_button.setAccessibleName(self.tr("Next year"))
        for button in (self.previous_year_button, self.next_year_button):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("MM") + 16)
        self.this_year_button = QPushButton(self.tr("This Year"))
        self.this_year_button.setObjectName("this_year_button")
        self.year_label = QLabel()
        self.year_label.setObjectName("year_label")
        font = QFont(self.year_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.year_label.setFont(font)
        self.year_label.setMinimumWidth(
            self.year_label.fontMetrics().horizontalAdvance("0000") + 12
        )
        self.year_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid = YearGrid()
        self._this_year = date.today().year

        switcher = QHBoxLayout()
        switcher.addWidget(self.previous_year_button)
        switcher.addWidget(self.year_label)
        switcher.addWidget(self.next_year_button)
        switcher.addSpacing(8)
        switcher.addWidget(self.this_year_button)
        switcher.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(switcher)
        layout.addWidget(self.grid, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self._legend())
        self.previous_year_button.clicked.connect(self._on_previous_year_button_clicked)
        self.next_year_button.clicked.connect(self._on_next_year_button_clicked)
        self.this_year_button.clicked.connect(self._on_this_year_button_clicked)
        self._show_year_label()

    def _legend(self) -> QGridLayout:
        legend = QGridLayout()
        legend.setHorizontalSpacing(6)
        legend.setVerticalSpacing(2)
        self.legend_labels: dict[DayState, QLabel] = {}
        entries: list[tuple[DayState | None, str]] = [
            (state, state_name(state)) for state in DayState
        ]
        entries.append((None, self.tr("Your own date")))
        self._swatches: list[tuple[QLabel, DayState | None]] = []
        for index, (state, words) in enumerate(entries):
            swatch = QLabel()
            swatch.setPixmap(self._swatch(state))
            self._swatches.append((swatch, state))
            label = QLabel(words)
            if state is not None:
                self.legend_labels[state] = label
            legend.addWidget(swatch, 0, index * 2)
            legend.addWidget(label, 0, index * 2 + 1)
        legend.setColumnStretch(len(entries) * 2, 1)
        return legend

    def _swatch(self, state: DayState | None) -> QPixmap:
        """A small picture of a day in ``state`` (None: a day with an own date)."""
        pixmap = QPixmap(CELL)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        rect = QRect(QPoint(0, 0), CELL).adjusted(1, 1, -1, -1)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        painter.fillRect(rect, self.grid.cell_colour(state or DayState.CLOSED))
        if state is DayState.PART:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.grid.cell_colour(DayState.CLOSED))
            painter.drawPolygon(QPolygon([rect.topRight(), rect.bottomRight(), rect.bottomLeft()]))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(text)
        if state is DayState.HOLIDAY:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.drawEllipse(QPointF(rect.right() - 3.5, rect.top() + 3.5), 1.8, 1.8)
        if state is None:
            corner = rect.bottomLeft()
            painter.drawPolygon(QPolygon([corner, corner + QPoint(0, -5), corner + QPoint(5, 0)]))
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.end()
        return pixmap

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light to dark: the legend follows
            for label, state in self._swatches:
                label.setPixmap(self._swatch(state))

    # ------------------------------------------------------------------ data

    @property
    def year(self) -> int:
        """The year shown."""
        return self.grid.year

    def set_days(self, year: int, days: Sequence[DayInfo], today: date | None = None) -> None:
        """Show ``year`` and its days; ``today`` is outlined and makes "This Year" work."""
        if today is not None:
            self._this_year = today.year
        self.grid.set_days(year, days, today)
        self._show_year_label()

    def _show_year_label(self) -> None:
        self.year_label.setText(
            QLocale().toString(self.grid.year).replace(QLocale().groupSeparator(), "")
        )
        self.this_year_button.setEnabled(self.grid.year != self._this_year)

    @Slot()
    def _on_previous_year_button_clicked(self) -> None:
        self.year_changed.emit(self.grid.year - 1)

    @Slot()
    def _on_next_year_button_clicked(self) -> None:
        self.year_changed.emit(self.grid.year + 1)

    @Slot()
    def _on_this_year_button_clicked(self) -> None:
        self.year_changed.emit(self._this_year)
