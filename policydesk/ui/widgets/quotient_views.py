"""Looking back at the customer-service quotient: one round's result, the history, a comparison.

Three views for the Assessment page:

* :class:`RoundResultsView` shows one round: the quotient and its band, the seven areas with
  the owner-versus-staff spread, and the two weakest areas, each with a button that asks for
  a goal in the policy.
* :class:`HistoryView` shows the quotient round after round as a line chart over the three
  bands, with a small table of the changes.
* :class:`CompareView` sets two rounds side by side: totals, areas as bars and as a radar, and
  the statements whose rating moved most.

The charts are matplotlib figures from :mod:`policydesk.export.charts`. matplotlib is imported
only when a chart is first drawn on screen (importing it costs about half a second), so
building the main window stays fast. Numbers are written in the locale's format; the words of
the statements, areas and bands come from :mod:`policydesk.domain.quotient_texts` in the
language the views are given.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from fractions import Fraction
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from policydesk.domain.languages import Language
from policydesk.domain.quotient import (
    HIGHEST_RATING,
    HIGHEST_TOTAL,
    STATEMENTS,
    Area,
    Band,
    RoundComparison,
    StatementChange,
)
from policydesk.domain.quotient_texts import area_name, band_meaning, band_name, statement_text
from policydesk.ui.theme import is_dark

if TYPE_CHECKING:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    from policydesk.export.charts import ChartStyle
    from policydesk.services.assessment import AssessmentService, RoundInfo

WEAKEST = 2
"""How many of the weakest areas are highlighted, each with a "make this a goal" button."""

TOP_CHANGES = 8
"""How many of the statements that moved most a comparison lists."""

SPREAD_WORTH_TALKING = Fraction(1, 2)
"""From this far apart (either way) owner and staff see an area differently enough to talk."""

# Okabe and Ito's colour-blind-safe palette, the same family as the charts. Black text reads
# on all three (contrast above 5:1), in the light theme and in the dark one alike.
BAND_COLOURS: dict[Band, str] = {
    Band.ASSET: "#009E73",
    Band.ADEQUATE: "#E69F00",
    Band.AT_RISK: "#D55E00",
}
_WEAK_BAR = BAND_COLOURS[Band.AT_RISK]
_MINUS = "\u2212"  # a real minus sign: a hyphen looks too short next to the digits
_UP, _DOWN = "\u2191", "\u2193"
_DASH = "\u2013"
_BAR_ROLE = Qt.ItemDataRole.UserRole + 1

ChartDrawer = Callable[["ChartStyle", "Figure"], object]
"""Draws a chart into the figure given, in the style given."""


# ---------------------------------------------------------------------------- formatting


def _number(value: Fraction | float) -> str:
    """A score or quotient with two decimals, in the locale's format."""
    return QLocale().toString(float(value), "f", 2)


def _rounds_to_zero(value: Fraction) -> bool:
    return round(abs(value) * 100) == 0


def _signed(value: Fraction) -> str:
    """A difference with its sign: "+0.30", "−0.27", or "0.00" when it rounds to nothing."""
    if _rounds_to_zero(value):
        return _number(0)
    return ("+" if value > 0 else _MINUS) + _number(abs(value))


def _change(value: Fraction) -> str:
    """A change with an arrow as well as a sign, so the direction shows at a glance."""
    if _rounds_to_zero(value):
        return _number(0)
    return (_UP if value > 0 else _DOWN) + " " + _signed(value)


def _day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _scaled(font: QFont, scale: float, *, bold: bool = True) -> QFont:
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * scale)
    bigger.setBold(bold)
    return bigger


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def band_style(band: Band) -> str:
    """The style sheet of a label that shows a band as a coloured chip."""
    return (
        f"background: {BAND_COLOURS[band]}; color: #000000; "
        "padding: 2px 8px; border-radius: 4px; font-weight: bold;"
    )


def _read_only(table: QTableWidget) -> None:
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setAlternatingRowColors(True)


def _fit_height(table: QTableWidget) -> None:
    """Make a short table exactly as tall as its rows, so it never needs a scroll bar."""
    table.resizeRowsToContents()
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(row) for row in range(table.rowCount()))
    table.setFixedHeight(height)


def _item(text: str, *, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


# ---------------------------------------------------------------------------- charts


class ChartPane(QWidget):
    """Room for one matplotlib chart, drawn the first time it is visible.

    The view hands over a function that draws into a given figure in a given
    :class:`ChartStyle`; the pane calls it when it is shown (and again when the colours
    change), so matplotlib is not imported before a chart is actually on screen. The pane keeps
    one figure and one canvas for its whole life, so redrawing never piles up figures.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 220)
        self.canvas: FigureCanvasQTAgg | None = None
        self._draw: ChartDrawer | None = None
        self._stale = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = _wrapped()
        self.placeholder.setObjectName(f"{name}_placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self.placeholder)

    def set_chart(self, draw: ChartDrawer | None, description: str = "", empty: str = "") -> None:
        """Draw a chart with ``draw`` (now if visible, else when shown); None shows ``empty``."""
        self._draw = draw
        self.setAccessibleName(description)
        self.placeholder.setText(empty)
        if draw is None:
            self._stale = False
            if self.canvas is not None:
                self.canvas.setVisible(False)
            self.placeholder.setVisible(True)
            return
        self._stale = True
        if self.isVisible():
            self._render()

    def figure(self) -> Figure | None:
        """The figure on screen, if any."""
        if self.canvas is None or self.canvas.isHidden():
            return None
        return self.canvas.figure

    def _style(self) -> ChartStyle:
        from policydesk.export.charts import ChartStyle

        palette = self.palette()
        base = ChartStyle.dark() if is_dark(palette) else ChartStyle.light()
        return ChartStyle(
            background=palette.color(QPalette.ColorRole.Window).name(),
            foreground=palette.color(QPalette.ColorRole.WindowText).name(),
            emphasis=base.emphasis,
            normal=base.normal,
        )

    def _render(self) -> None:
        self._stale = False
        if self._draw is None:
            return
        if self.canvas is None:
            # Lazily: matplotlib costs about half a second to import.
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            canvas = FigureCanvasQTAgg(Figure(layout="constrained"))  # type: ignore[no-untyped-call]
            canvas.setObjectName(f"{self.objectName()}_canvas")
            canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            canvas.setMinimumSize(200, 160)
            self._layout.addWidget(canvas)
            # A redraw asked for just before the pane goes (a test's end, a closed window)
            # would run on a deleted canvas: matplotlib skips it once nothing is pending.
            canvas.destroyed.connect(lambda *_: setattr(canvas, "_draw_pending", False))
            self.canvas = canvas
        self._draw(self._style(), self.canvas.figure)
        self.canvas.setAccessibleName(self.accessibleName())
        self.placeholder.setVisible(False)
        self.canvas.setVisible(True)
        self.canvas.draw_idle()  # type: ignore[no-untyped-call]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._render()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.canvas is not None:
            self._stale = self._draw is not None
            if self._stale and self.isVisible():
                self._render()


class _BarDelegate(QStyledItemDelegate):
    """Paints a score from 0 to 5 as a small horizontal bar (the value is in the next column)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        value = index.data(_BAR_ROLE)
        if value is None:
            return
        share, colour = value
        rect = option.rect.adjusted(6, 0, -6, 0)
        height = max(6, min(12, rect.height() // 2))
        rect.setTop(rect.center().y() - height // 2)
        rect.setHeight(height)
        palette: QPalette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Mid))
        painter.drawRoundedRect(rect, 2, 2)
        filled = QRect(rect)
        filled.setWidth(round(rect.width() * max(0.0, min(1.0, share))))
        painter.setBrush(QColor(colour) if colour else palette.color(QPalette.ColorRole.Highlight))
        painter.drawRoundedRect(filled, 2, 2)
        painter.restore()


# ---------------------------------------------------------------------------- one round


class RoundResultsView(QWidget):
    """One round's result: the quotient and its band, the seven areas and the weakest two.

    Call :meth:`show_round` with the round to show (again after its answers changed). The
    figures are marked provisional while the round is open or some statement has no rating.

    Signals:
        goal_requested: the user asked to make an area a goal; carries the Area's code.
    """

    goal_requested = Signal(str)

    AREA, SCORE, BAR, SPREAD = range(4)

    def __init__(
        self,
        assessment: AssessmentService,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._assessment = assessment
        self._language = language
        self._round_id: int | None = None
        self._weakest: tuple[Area, ...] = ()

        # The headline: the quotient, its band and what the band means.
        self.title_label = _wrapped()
        self.title_label.setObjectName("title_label")
        self.title_label.setFont(_scaled(self.font(), 1.2))
        self.quotient_label = QLabel()
        self.quotient_label.setObjectName("quotient_label")
        self.quotient_label.setFont(_scaled(self.font(), 2.6))
        self.quotient_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.of_label = QLabel()
        self.of_label.setObjectName("of_label")
        self.of_label.setFont(_scaled(self.font(), 1.2, bold=False))
        self.band_label = QLabel()
        self.band_label.setObjectName("band_label")
        self.meaning_label = _wrapped()
        self.meaning_label.setObjectName("meaning_label")
        self.provisional_label = _wrapped()
        self.provisional_label.setObjectName("provisional_label")
        self.provisional_label.setFont(_bold(self.font()))

        figure_row = QHBoxLayout()
        figure_row.setSpacing(8)
        figure_row.addWidget(self.quotient_label, 0, Qt.AlignmentFlag.AlignBaseline)
        figure_row.addWidget(self.of_label, 0, Qt.AlignmentFlag.AlignBaseline)
        figure_row.addSpacing(16)
        band_column = QVBoxLayout()
        band_column.setSpacing(4)
        band_row = QHBoxLayout()
        band_row.addWidget(self.band_label)
        band_row.addStretch(1)
        band_column.addLayout(band_row)
        band_column.addWidget(self.meaning_label)
        figure_row.addLayout(band_column, 1)

        # The seven areas, with the owner-versus-staff spread.
        self.areas_table = QTableWidget(len(Area), 4)
        self.areas_table.setObjectName("areas_table")
        _read_only(self.areas_table)
        self.areas_table.setHorizontalHeaderLabels(
            [self.tr("Area"), self.tr("Score"), "", self.tr("Owner vs. staff")]
        )
        self.areas_table.setItemDelegateForColumn(self.BAR, _BarDelegate(self.areas_table))
        self.areas_table.setWordWrap(False)
        header = self.areas_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.AREA, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.BAR, QHeaderView.ResizeMode.Fixed)
        self.areas_table.setColumnWidth(self.BAR, 110)
        spread_header = self.areas_table.horizontalHeaderItem(self.SPREAD)
        if spread_header is not None:
            spread_header.setToolTip(
                self.tr(
                    "How much higher (+) or lower (\u2212) the owner rated the area than the others"
                )
            )
        self.areas_table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.spread_note = _wrapped(
            self.tr(
                "Owner vs. staff: how much higher (+) or lower (\u2212) the owner rated an area "
                "than everybody else did. Where you see an area differently (bold: half a "
                "point or more), talk it over together; the figures belong to the whole team."
            )
        )
        self.spread_note.setObjectName("spread_note")
        self.spread_note.setStyleSheet("color: palette(placeholder-text);")

        # The weakest areas, each a candidate for a goal.
        self.weakest_box = QGroupBox(self.tr("Weakest areas"))
        self.weakest_box.setObjectName("weakest_box")
        weakest_layout = QGridLayout(self.weakest_box)
        weakest_layout.setColumnStretch(0, 1)
        self.weakest_labels: list[QLabel] = []
        self.goal_buttons: list[QPushButton] = []
        for index in range(WEAKEST):
            label = _wrapped()
            label.setObjectName(f"weakest_label_{index + 1}")
            button = QPushButton(self.tr("Make This a Goal"))
            button.setObjectName(f"goal_button_{index + 1}")
            button.clicked.connect(partial(self._on_goal_button_clicked, index))
            weakest_layout.addWidget(label, index, 0)
            weakest_layout.addWidget(button, index, 1)
            self.weakest_labels.append(label)
            self.goal_buttons.append(button)
        self.weakest_hint = _wrapped(
            self.tr(
                "Start here. A goal in the policy gives the area an owner, a measure and a date."
            )
        )
        self.weakest_hint.setStyleSheet("color: palette(placeholder-text);")
        weakest_layout.addWidget(self.weakest_hint, WEAKEST, 0, 1, 2)

        self.chart = ChartPane("area_chart")

        left = QVBoxLayout()
        left.addWidget(self.areas_table)
        left.addWidget(self.spread_note)
        left.addWidget(self.weakest_box)
        left.addStretch(1)
        self.details = QWidget()
        self.details.setObjectName("details")
        details_layout = QHBoxLayout(self.details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addLayout(left, 5)
        details_layout.addWidget(self.chart, 4)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addLayout(figure_row)
        layout.addWidget(self.provisional_label)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self.details, 1)
        layout.addStretch(0)  # takes the room only while the details are hidden

        self.empty_label = _wrapped(self.tr("There is no round to show yet."))
        self.empty_label.setObjectName("empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.setObjectName("stack")
        self.stack.addWidget(content)
        self.stack.addWidget(self.empty_label)
        self.stack.setCurrentWidget(self.empty_label)
        outer = QVBoxLayout(self)
        outer.addWidget(self.stack)

    # ------------------------------------------------------------------ public

    @property
    def round_id(self) -> int | None:
        """The round shown (None: none)."""
        return self._round_id

    @property
    def weakest(self) -> tuple[Area, ...]:
        """The areas highlighted as the weakest (none without a full result)."""
        return self._weakest

    @Slot(object)
    def show_round(self, round_id: int | None) -> None:
        """Show a round's result, read afresh from the file (None, or a round gone: nothing)."""
        self._round_id = round_id
        info = None if round_id is None else self._assessment.round(round_id)
        if info is None:
            self._weakest = ()
            self.chart.set_chart(None)
            self.stack.setCurrentWidget(self.empty_label)
            return
        found = self._assessment.result(info.id)
        spread = self._assessment.spread(info.id)
        self.stack.setCurrentIndex(0)
        self.title_label.setText(
            self.tr("Round %1, held %2").replace("%1", info.label).replace("%2", _day(info.held_on))
        )
        result = found.result
        missing = len(STATEMENTS) - len(found.means)
        self._show_provisional(info, missing)
        self.of_label.setText(
            self.tr("of %1").replace("%1", QLocale().toString(int(HIGHEST_TOTAL)))
        )
        if result is None:
            self._weakest = ()
            self.quotient_label.setText(_DASH)
            self.band_label.setVisible(False)
            self.meaning_label.setText(
                self.tr("The quotient is worked out once every statement has at least one rating.")
            )
            self.details.setVisible(False)
            self.chart.set_chart(None)
            return
        self.quotient_label.setText(_number(result.total))
        self.band_label.setVisible(True)
        self.band_label.setText(band_name(result.band, self._language))
        self.band_label.setStyleSheet(band_style(result.band))
        self.meaning_label.setText(band_meaning(result.band, self._language))
        self._weakest = result.weakest(WEAKEST)
        self.details.setVisible(True)
        self._fill_areas(result.areas, spread)
        self._fill_weakest(result.areas)
        names = [area_name(area, self._language) for area in Area]
        scores = [float(score) for score in result.areas]
        label = info.label

        def draw(style: ChartStyle, figure: Figure) -> None:
            from policydesk.export.charts import area_bars_chart

            area_bars_chart(names, [(label, scores)], style, format_value=_number, figure=figure)

        self.chart.set_chart(draw, self.tr("Area scores of round %1").replace("%1", label))

    # ------------------------------------------------------------------ showing

    def _show_provisional(self, info: RoundInfo, missing: int) -> None:
        parts: list[str] = []
        if missing == 1:
            parts.append(self.tr("No quotient yet: one statement has no rating yet."))
        elif missing:
            parts.append(
                self.tr("No quotient yet: %1 statements have no rating yet.").replace(
                    "%1", QLocale().toString(missing)
                )
            )
        if not info.closed:
            parts.append(
                self.tr(
                    "Provisional: the round is still open (%1 of %2 respondents have finished), "
                    "so the figures can still change."
                )
                .replace("%1", QLocale().toString(info.finished))
                .replace("%2", QLocale().toString(info.respondents))
            )
        elif missing:
            parts.append(self.tr("Provisional until every statement has a rating."))
        self.provisional_label.setText(" ".join(parts))
        self.provisional_label.setVisible(bool(parts))

    def _fill_areas(self, scores: Sequence[Fraction], spread: Sequence[Fraction | None]) -> None:
        table = self.areas_table
        font = table.font()
        for row, (area, score, apart) in enumerate(zip(Area, scores, spread, strict=True)):
            weak = area in self._weakest
            name = _item(area_name(area, self._language))
            name.setData(Qt.ItemDataRole.UserRole, area.value)
            value = _item(_number(score), number=True)
            value.setData(Qt.ItemDataRole.UserRole, float(score))
            bar = QTableWidgetItem()
            bar.setData(_BAR_ROLE, (float(score) / HIGHEST_RATING, _WEAK_BAR if weak else ""))
            if apart is None:
                gap = _item(_DASH, number=True)
                gap.setToolTip(self.tr("Only the owner, or only the staff, rated this area."))
            else:
                gap = _item(_signed(apart), number=True)
                gap.setData(Qt.ItemDataRole.UserRole, float(apart))
                gap.setToolTip(self._spread_tip(apart))
                if abs(apart) >= SPREAD_WORTH_TALKING:
                    gap.setFont(_bold(font))
            if weak:
                for item in (name, value):
                    item.setFont(_bold(font))
                name.setToolTip(self.tr("One of the two weakest areas"))
            for column, item in ((self.AREA, name), (self.SCORE, value), (self.BAR, bar)):
                table.setItem(row, column, item)
            table.setItem(row, self.SPREAD, gap)
        _fit_height(table)

    def _spread_tip(self, apart: Fraction) -> str:
        if _rounds_to_zero(apart):
            return self.tr("Owner and staff rate this area alike.")
        if apart > 0:
            return self.tr("The owner rates this area %1 higher than the staff do.").replace(
                "%1", _number(abs(apart))
            )
        return self.tr("The owner rates this area %1 lower than the staff do.").replace(
            "%1", _number(abs(apart))
        )

    def _fill_weakest(self, scores: Sequence[Fraction]) -> None:
        areas = list(Area)
        for index, (label, button) in enumerate(
            zip(self.weakest_labels, self.goal_buttons, strict=True)
        ):
            if index >= len(self._weakest):
                label.setVisible(False)
                button.setVisible(False)
                continue
            area = self._weakest[index]
            label.setText(
                self.tr("%1: %2")
                .replace("%1", area_name(area, self._language))
                .replace("%2", _number(scores[areas.index(area)]))
            )
            button.setProperty("area", area.value)
            button.setAccessibleName(
                self.tr("Make %1 a goal").replace("%1", area_name(area, self._language))
            )
            label.setVisible(True)
            button.setVisible(True)

    def _on_goal_button_clicked(self, index: int) -> None:
        if index < len(self._weakest):
            self.goal_requested.emit(self._weakest[index].value)


# ---------------------------------------------------------------------------- history


class HistoryView(QWidget):
    """The quotient round after round: a line chart over the three bands and a table.

    Only closed rounds with a full result are counted; open rounds are listed as in progress.
    Call :meth:`refresh` when rounds change; the view reads them when first shown.
    """

    ROUND, HELD, QUOTIENT, BAND, CHANGE = range(5)

    def __init__(
        self,
        assessment: AssessmentService,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._assessment = assessment
        self._language = language
        self._loaded = False
        self._points: list[tuple[str, float]] = []

        self.chart = ChartPane("history_chart")
        self.chart.setMinimumHeight(240)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("table")
        _read_only(self.table)
        self.table.setWordWrap(False)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Round"),
                self.tr("Held on"),
                self.tr("Quotient"),
                self.tr("Band"),
                self.tr("Change"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.note_label = _wrapped(
            self.tr("Only closed rounds count; a round still in progress joins when it is closed.")
        )
        self.note_label.setObjectName("note_label")
        self.note_label.setStyleSheet("color: palette(placeholder-text);")

        self.empty_label = _wrapped(
            self.tr(
                "No rounds yet. Once the first round is closed, its quotient is shown here, and "
                "every later year is drawn next to it."
            )
        )
        self.empty_label.setObjectName("empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chart, 1)
        below = QHBoxLayout()
        below.addWidget(self.table, 0, Qt.AlignmentFlag.AlignTop)
        below.addSpacing(12)
        below.addWidget(self.note_label, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(below)
        self.stack = QStackedWidget()
        self.stack.setObjectName("stack")
        self.stack.addWidget(content)
        self.stack.addWidget(self.empty_label)
        outer = QVBoxLayout(self)
        outer.addWidget(self.stack)

    @property
    def points(self) -> list[tuple[str, float]]:
        """The rounds drawn, oldest first: (label, quotient)."""
        return list(self._points)

    @Slot()
    def refresh(self) -> None:
        """Read the rounds again and show them."""
        self._loaded = True
        rounds = list(reversed(self._assessment.rounds()))  # oldest first
        self._points = [
            (info.label, float(info.result.total))
            for info in rounds
            if info.closed and info.result is not None
        ]
        if not rounds:
            self.chart.set_chart(None)
            self.table.setRowCount(0)
            self.stack.setCurrentWidget(self.empty_label)
            return
        self.stack.setCurrentIndex(0)
        self._fill_table(rounds)
        points = list(self._points)
        language = self._language
        if not points:
            self.chart.set_chart(
                None, empty=self.tr("The chart starts once the first round is closed.")
            )
            return

        def draw(style: ChartStyle, figure: Figure) -> None:
            from policydesk.export.charts import BandLabels, quotient_history_chart

            labels = BandLabels(
                asset=band_name(Band.ASSET, language),
                adequate=band_name(Band.ADEQUATE, language),
                at_risk=band_name(Band.AT_RISK, language),
            )
            quotient_history_chart(points, style, labels, format_value=_number, figure=figure)

        self.chart.set_chart(draw, self.tr("The quotient round after round"))

    def _fill_table(self, rounds: Sequence[RoundInfo]) -> None:
        table = self.table
        table.setRowCount(len(rounds))
        previous: Fraction | None = None
        for row, info in enumerate(rounds):
            texts = [_item(info.label), _item(_day(info.held_on))]
            counted = info.closed and info.result is not None
            if counted and info.result is not None:
                total = info.result.total
                quotient = _item(_number(total), number=True)
                quotient.setData(Qt.ItemDataRole.UserRole, float(total))
                band = _item(band_name(info.result.band, self._language))
                band.setData(Qt.ItemDataRole.DecorationRole, QColor(BAND_COLOURS[info.result.band]))
                band.setData(Qt.ItemDataRole.UserRole, info.result.band.value)
                change = _item("" if previous is None else _change(total - previous), number=True)
                if previous is not None:
                    change.setData(Qt.ItemDataRole.UserRole, float(total - previous))
                previous = total
            else:
                quotient = _item(
                    self.tr("in progress") if not info.closed else self.tr("no result"),
                    number=True,
                )
                italic = QFont(table.font())
                italic.setItalic(True)
                quotient.setFont(italic)
                band, change = _item(""), _item("")
            for column, item in enumerate((*texts, quotient, band, change)):
                table.setItem(row, column, item)
        _fit_height(table)
        # A few short columns: as wide as they need, with the note beside them.
        table.resizeColumnsToContents()
        table.setFixedWidth(
            sum(table.columnWidth(column) for column in range(table.columnCount()))
            + 2 * table.frameWidth()
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.refresh()


# ---------------------------------------------------------------------------- comparison


class CompareView(QWidget):
    """Two rounds side by side: totals, area bars, a radar and the statements that moved most.

    Only rounds with a full result can be compared. Call :meth:`refresh` when rounds change;
    the view reads them when first shown and picks the two newest closed rounds.
    """

    STATEMENT, BEFORE_AFTER, CHANGE = range(3)

    def __init__(
        self,
        assessment: AssessmentService,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._assessment = assessment
        self._language = language
        self._loaded = False
        self._comparison: RoundComparison | None = None

        self.before_combo = QComboBox()
        self.before_combo.setObjectName("before_combo")
        self.after_combo = QComboBox()
        self.after_combo.setObjectName("after_combo")
        before_label = QLabel(self.tr("&Earlier round:"))
        before_label.setBuddy(self.before_combo)
        after_label = QLabel(self.tr("&Later round:"))
        after_label.setBuddy(self.after_combo)
        chooser = QHBoxLayout()
        chooser.addWidget(before_label)
        chooser.addWidget(self.before_combo)
        chooser.addSpacing(12)
        chooser.addWidget(after_label)
        chooser.addWidget(self.after_combo)
        chooser.addStretch(1)

        self.warning_label = _wrapped(
            self.tr(
                "These rounds used different versions of the statements: part of a change may "
                "come from new wording rather than from the business."
            )
        )
        self.warning_label.setObjectName("warning_label")
        self.warning_label.setStyleSheet(
            "color: #000000; background: #E69F00; padding: 3px 6px; border-radius: 3px;"
        )
        self.totals_label = _wrapped()
        self.totals_label.setObjectName("totals_label")
        self.totals_label.setFont(_scaled(self.font(), 1.3))
        self.bands_label = _wrapped()
        self.bands_label.setObjectName("bands_label")

        self.bars_chart = ChartPane("bars_chart")
        self.radar_chart = ChartPane("radar_chart")
        charts = QHBoxLayout()
        charts.addWidget(self.bars_chart, 3)
        charts.addWidget(self.radar_chart, 2)

        changes_title = QLabel(self.tr("Statements that changed most"))
        changes_title.setFont(_bold(self.font()))
        self.changes_table = QTableWidget(0, 3)
        self.changes_table.setObjectName("changes_table")
        _read_only(self.changes_table)
        self.changes_table.setWordWrap(True)
        self.changes_table.setHorizontalHeaderLabels(
            [self.tr("Statement"), self.tr("Before \u2192 after"), self.tr("Change")]
        )
        header = self.changes_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.STATEMENT, QHeaderView.ResizeMode.Stretch)
        self.changes_table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.bands_label)
        layout.addLayout(charts, 1)
        layout.addWidget(changes_title)
        layout.addWidget(self.changes_table)

        self.message_label = _wrapped()
        self.message_label.setObjectName("message_label")
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.setObjectName("stack")
        self.stack.addWidget(content)
        self.stack.addWidget(self.message_label)

        outer = QVBoxLayout(self)
        outer.addLayout(chooser)
        outer.addWidget(self.stack, 1)

        self.before_combo.currentIndexChanged.connect(self._on_combo_changed)
        self.after_combo.currentIndexChanged.connect(self._on_combo_changed)

    # ------------------------------------------------------------------ public

    @property
    def comparison(self) -> RoundComparison | None:
        """The comparison shown (None: none)."""
        return self._comparison

    def chosen(self) -> tuple[int | None, int | None]:
        """The ids of the earlier and the later round chosen."""
        return self.before_combo.currentData(), self.after_combo.currentData()

    @Slot()
    def refresh(self) -> None:
        """Read the rounds again; keep the two chosen if they are still there."""
        self._loaded = True
        before, after = self.chosen()
        rounds = [info for info in self._assessment.rounds() if info.result is not None]
        rounds.reverse()  # oldest first, the way years are read
        ids = [info.id for info in rounds]
        if before not in ids or after not in ids:
            closed = [info.id for info in rounds if info.closed]
            newest = (closed if len(closed) >= 2 else ids)[-2:]
            before, after = (newest[0], newest[1]) if len(newest) == 2 else (None, None)
        for combo in (self.before_combo, self.after_combo):
            combo.blockSignals(True)
            combo.clear()
            for info in rounds:
                text = info.label
                if not info.closed:
                    text = self.tr("%1 (in progress)").replace("%1", info.label)
                combo.addItem(text, info.id)
            combo.setEnabled(len(rounds) >= 2)
            combo.blockSignals(False)
        if len(rounds) < 2 or before is None or after is None:
            self._show_message(
                self.tr(
                    "Comparing needs two rounds with a result. After next year's round you can "
                    "see here what moved."
                )
            )
            return
        self.compare(before, after)

    def compare(self, before_id: int, after_id: int) -> None:
        """Compare two rounds (the earlier first) and show what changed."""
        self._loaded = True
        for combo, wanted in ((self.before_combo, before_id), (self.after_combo, after_id)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(wanted))
            combo.blockSignals(False)
        if before_id == after_id:
            self._show_message(self.tr("Choose two different rounds to compare."))
            return
        first = self._assessment.round(before_id)
        second = self._assessment.round(after_id)
        found = self._assessment.compare(before_id, after_id)
        if first is None or second is None or found is None:
            self._show_message(
                self.tr("These rounds cannot be compared: one of them has statements nobody rated.")
            )
            return
        self._comparison = found
        self.stack.setCurrentIndex(0)
        self.warning_label.setVisible(not found.same_statements)
        self._show_totals(first.label, second.label, found)
        self._fill_changes(found.changes[:TOP_CHANGES])
        names = [area_name(area, self._language) for area in Area]
        series = [
            (first.label, [float(score) for score in found.before.areas]),
            (second.label, [float(score) for score in found.after.areas]),
        ]

        def bars(style: ChartStyle, figure: Figure) -> None:
            from policydesk.export.charts import area_bars_chart

            area_bars_chart(names, series, style, format_value=_number, figure=figure)

        def radar(style: ChartStyle, figure: Figure) -> None:
            from policydesk.export.charts import radar_chart

            radar_chart(names, series, style, figure=figure)

        between = self.tr("%1 and %2").replace("%1", first.label).replace("%2", second.label)
        self.bars_chart.set_chart(bars, self.tr("Area scores of %1").replace("%1", between))
        self.radar_chart.set_chart(radar, self.tr("Areas of %1 as a radar").replace("%1", between))

    # ------------------------------------------------------------------ showing

    def _show_message(self, text: str) -> None:
        self._comparison = None
        self.message_label.setText(text)
        self.stack.setCurrentWidget(self.message_label)
        self.bars_chart.set_chart(None)
        self.radar_chart.set_chart(None)

    def _show_totals(self, first: str, second: str, found: RoundComparison) -> None:
        self.totals_label.setText(
            self.tr("Quotient %1 in %2 \u2192 %3 in %4 (%5)")
            .replace("%1", _number(found.before.total))
            .replace("%2", first)
            .replace("%3", _number(found.after.total))
            .replace("%4", second)
            .replace("%5", _change(found.total_change))
        )
        before, after = found.before.band, found.after.band
        if before is after:
            text = self.tr("Band: %1 in both rounds.").replace(
                "%1", band_name(after, self._language)
            )
        else:
            text = (
                self.tr("Band: %1 \u2192 %2.")
                .replace("%1", band_name(before, self._language))
                .replace("%2", band_name(after, self._language))
            )
        self.bands_label.setText(text)

    def _fill_changes(self, changes: Sequence[StatementChange]) -> None:
        table = self.changes_table
        table.setRowCount(len(changes))
        for row, change in enumerate(changes):
            code = change.statement.code
            text = _item(statement_text(code, self._language))
            text.setData(Qt.ItemDataRole.UserRole, code)
            text.setToolTip(area_name(change.statement.area, self._language))
            moved = _item(
                self.tr("%1 \u2192 %2")
                .replace("%1", _number(change.before))
                .replace("%2", _number(change.after)),
                number=True,
            )
            delta = _item(_change(change.change), number=True)
            delta.setData(Qt.ItemDataRole.UserRole, float(change.change))
            for column, item in enumerate((text, moved, delta)):
                table.setItem(row, column, item)
        _fit_height(table)

    # ------------------------------------------------------------------ events

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Statements wrap to the new width: the table's height follows.
        if self.changes_table.rowCount():
            _fit_height(self.changes_table)

    @Slot(int)
    def _on_combo_changed(self, _index: int) -> None:
        before, after = self.chosen()
        if before is not None and after is not None:
            self.compare(before, after)
