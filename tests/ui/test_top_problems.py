"""The top problems view: counts per category for a period, a table and a bar chart."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import cast
from zoneinfo import ZoneInfo

import pytest
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.colors import to_hex
from matplotlib.patches import Rectangle
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

from policydesk.domain.complaints import CategoryCount, TopProblems
from policydesk.services.complaints import ComplaintService
from policydesk.services.demo import create_demo_file
from policydesk.services.workspace import Workspace
from policydesk.ui.theme import dark_palette
from policydesk.ui.widgets.top_problems import (
    Period,
    TopProblemsView,
    period_bounds,
    period_days,
)
from tests.conftest import run_python

STOCKHOLM = ZoneInfo("Europe/Stockholm")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.policydesk"
    create_demo_file(path)
    return path


@pytest.fixture
def demo(demo_file: Path) -> Iterator[ComplaintService]:
    with Workspace.open(demo_file) as workspace:
        yield workspace.complaints


@pytest.fixture
def empty(new_file: Path) -> Iterator[ComplaintService]:
    with Workspace.open(new_file) as workspace:
        yield workspace.complaints


def make_view(qtbot: QtBot, service: ComplaintService) -> TopProblemsView:
    view = TopProblemsView(service)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def canvas(view: TopProblemsView) -> FigureCanvasQTAgg | None:
    """The chart's canvas (a function, so mypy does not narrow it across a refresh)."""
    return view.chart_canvas


def table_rows(view: TopProblemsView) -> list[tuple[str, str, str, str]]:
    table = view.table
    return [
        cast(
            tuple[str, str, str, str],
            tuple(cell(table, row, column).text() for column in range(table.columnCount())),
        )
        for row in range(table.rowCount())
    ]


def table_counts(view: TopProblemsView) -> list[tuple[int | None, int]]:
    table = view.table
    return [
        (
            cell(table, row, view.CATEGORY).data(Qt.ItemDataRole.UserRole),
            cell(table, row, view.COUNT).data(Qt.ItemDataRole.UserRole),
        )
        for row in range(table.rowCount())
    ]


def chart_bars(view: TopProblemsView) -> list[Rectangle]:
    assert view.chart_canvas is not None
    (axes,) = view.chart_canvas.figure.axes
    return [patch for patch in axes.patches if isinstance(patch, Rectangle)]


# ---------------------------------------------------------------------------- periods


def test_period_days() -> None:
    today = date(2026, 5, 20)
    assert period_days(Period.LAST_30_DAYS, today) == (date(2026, 4, 21), today)
    assert period_days(Period.LAST_90_DAYS, today) == (date(2026, 2, 20), today)
    assert period_days(Period.LAST_12_MONTHS, today) == (date(2025, 5, 21), today)
    assert period_days(Period.THIS_YEAR, today) == (date(2026, 1, 1), today)
    assert period_days(Period.LAST_YEAR, today) == (date(2025, 1, 1), date(2025, 12, 31))
    custom = (date(2026, 3, 9), date(2026, 3, 1))
    assert period_days(Period.CUSTOM, today, custom) == (date(2026, 3, 1), date(2026, 3, 9))
    leap = date(2028, 2, 29)
    assert period_days(Period.LAST_12_MONTHS, leap) == (date(2027, 3, 1), leap)
    with pytest.raises(ValueError, match="all_time"):
        period_days(Period.ALL_TIME, today)


def test_period_bounds_count_days_in_the_business_zone() -> None:
    # 23:30 UTC on 31 December is already New Year's Day in Stockholm.
    now = datetime(2025, 12, 31, 23, 30, tzinfo=UTC)
    start, end = period_bounds(Period.THIS_YEAR, now, STOCKHOLM)
    assert start == datetime(2026, 1, 1, tzinfo=STOCKHOLM)
    assert end == datetime(2026, 1, 2, tzinfo=STOCKHOLM)
    start, end = period_bounds(Period.LAST_YEAR, now, STOCKHOLM)
    assert (start, end) == (
        datetime(2025, 1, 1, tzinfo=STOCKHOLM),
        datetime(2026, 1, 1, tzinfo=STOCKHOLM),
    )
    start, end = period_bounds(Period.ALL_TIME, now, STOCKHOLM)
    assert start.year <= 1900
    assert end > now + timedelta(days=365 * 100)


# ---------------------------------------------------------------------------- the demo


def test_counts_match_the_service_for_every_period(qtbot: QtBot, demo: ComplaintService) -> None:
    view = make_view(qtbot, demo)
    totals = {}
    for period in Period:
        if period is Period.CUSTOM:
            continue
        view.set_period(period)
        assert view.period() is period
        expected = demo.top_problems(*period_bounds(period, demo.now(), demo.zone()))
        assert view.data == expected
        assert table_counts(view) == [(c.category_id, c.count) for c in expected.counts]
        assert [row[1] for row in table_rows(view)] == [c.name for c in expected.counts]
        totals[period] = expected.total
    # The demo spans years: longer periods hold more complaints.
    assert 0 < totals[Period.LAST_30_DAYS] <= totals[Period.LAST_90_DAYS]
    assert totals[Period.LAST_90_DAYS] <= totals[Period.LAST_12_MONTHS] < totals[Period.ALL_TIME]


def test_the_table_shows_rank_share_and_bold_top_three(
    qtbot: QtBot, demo: ComplaintService
) -> None:
    view = make_view(qtbot, demo)
    view.set_period(Period.ALL_TIME)
    data = view.data
    assert data is not None
    locale = QLocale()
    rows = table_rows(view)
    assert [row[0] for row in rows] == ["1", "2", "3"] + [""] * (len(rows) - 3)
    assert [row[2] for row in rows] == [locale.toString(c.count) for c in data.counts]
    first_share = 100.0 * data.counts[0].count / data.total
    assert rows[0][3] == f"{locale.toString(first_share, 'f', 1)}%"
    bold = [cell(view.table, row, view.CATEGORY).font().bold() for row in range(len(rows))]
    assert bold == [True] * 3 + [False] * (len(rows) - 3)
    assert locale.toString(data.total) in view.summary_label.text()


def test_the_chart_shows_one_bar_per_category_and_is_reused(
    qtbot: QtBot, demo: ComplaintService
) -> None:
    view = make_view(qtbot, demo)
    assert view.stack.currentIndex() == 0
    canvas = view.chart_canvas
    assert canvas is not None
    figure = canvas.figure
    data = view.data
    assert data is not None
    bars = chart_bars(view)
    assert [bar.get_width() for bar in bars] == [c.count for c in data.counts]
    assert [bar.get_gid() for bar in bars][:4] == ["top", "top", "top", "other"]
    for period in (Period.LAST_30_DAYS, Period.ALL_TIME, Period.LAST_YEAR):
        view.set_period(period)
        view.refresh()
    qtbot.wait(10)
    assert view.chart_canvas is canvas
    assert canvas.figure is figure
    assert len(figure.axes) == 1
    assert len(chart_bars(view)) == len(view.data.counts if view.data else ())
    assert not canvas.grab().isNull()


def test_custom_period(qtbot: QtBot, demo: ComplaintService) -> None:
    view = make_view(qtbot, demo)
    assert view.from_edit.isHidden()
    assert view.to_edit.isHidden()
    view.set_period(Period.CUSTOM)
    assert not view.from_edit.isHidden()
    assert not view.to_edit.isHidden()
    # It starts from the period shown before, the last 12 months.
    today = demo.now().astimezone(demo.zone()).date()
    assert view.to_edit.date().toPython() == today
    assert view.from_edit.date().toPython() == period_days(Period.LAST_12_MONTHS, today)[0]

    first, last = today - timedelta(days=60), today - timedelta(days=31)
    view.from_edit.setDate(QDate(first.year, first.month, first.day))
    view.to_edit.setDate(QDate(last.year, last.month, last.day))
    expected = demo.top_problems(
        datetime.combine(first, datetime.min.time(), demo.zone()),
        datetime.combine(last + timedelta(days=1), datetime.min.time(), demo.zone()),
    )
    assert view.data == expected
    assert table_counts(view) == [(c.category_id, c.count) for c in expected.counts]

    # Days in the wrong order mean the same period.
    view.set_custom_days(last, first)
    assert view.data == expected

    view.set_period(Period.LAST_30_DAYS)
    assert view.from_edit.isHidden()


def test_nothing_is_loaded_or_imported_before_the_view_is_shown() -> None:
    result = run_python(
        "import sys\n"
        "from datetime import UTC, datetime\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from policydesk.ui.widgets.top_problems import TopProblemsView\n"
        "app = QApplication([])\n"
        "class Service:\n"
        "    def __getattr__(self, name):\n"
        "        raise AssertionError(name)\n"
        "view = TopProblemsView(Service())\n"
        "print('matplotlib' in sys.modules)\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_dark_palette_colours_the_chart(qtbot: QtBot, demo: ComplaintService) -> None:
    view = make_view(qtbot, demo)
    assert view.chart_canvas is not None
    figure = view.chart_canvas.figure
    light = to_hex(figure.get_facecolor())
    view.setPalette(dark_palette(view.palette()))
    window = view.palette().color(view.palette().ColorRole.Window).name()
    assert to_hex(figure.get_facecolor()) == window
    assert to_hex(figure.get_facecolor()) != light
    assert view.chart_canvas.figure is figure


# ---------------------------------------------------------------------------- empty and odd


def test_an_empty_file_shows_a_friendly_message(qtbot: QtBot, empty: ComplaintService) -> None:
    view = make_view(qtbot, empty)
    assert view.stack.currentWidget() is view.empty_label
    assert view.empty_label.text() == "No complaints in this period."
    assert view.table.rowCount() == 0
    assert view.chart_canvas is None  # no empty chart drawn, matplotlib not even needed
    view.set_period(Period.ALL_TIME)
    assert view.stack.currentWidget() is view.empty_label


class FakeService:
    """Counts that the demo does not have: complaints without a category, odd names."""

    def __init__(self, counts: tuple[CategoryCount, ...]) -> None:
        self.counts = counts
        self.asked: list[tuple[datetime, datetime]] = []

    def now(self) -> datetime:
        return datetime(2026, 5, 20, 12, tzinfo=UTC)

    def zone(self) -> tzinfo:
        return STOCKHOLM

    def top_problems(self, start: datetime, end: datetime) -> TopProblems:
        self.asked.append((start, end))
        return TopProblems(start, end, sum(c.count for c in self.counts), self.counts)


def test_no_category_and_plain_names(qtbot: QtBot) -> None:
    fake = FakeService(
        (
            CategoryCount(1, "Livrare întârziată", None, 7),
            CategoryCount(None, "", None, 5),
            CategoryCount(2, "<b>bold</b>", None, 2),
            CategoryCount(3, "Ștefan Țurcanu $x$", None, 0),
        )
    )
    view = make_view(qtbot, cast(ComplaintService, fake))
    names = [row[1] for row in table_rows(view)]
    assert names == ["Livrare întârziată", "No category", "<b>bold</b>", "Ștefan Țurcanu $x$"]
    # Only categories with complaints are ranked.
    assert [row[0] for row in table_rows(view)] == ["1", "2", "3", ""]
    assert view.chart_canvas is not None
    (axes,) = view.chart_canvas.figure.axes
    labels = [label.get_text() for label in axes.get_yticklabels()]
    assert labels == [
        "1. Livrare întârziată",
        "2. No category",
        "3. <b>bold</b>",
        "Ștefan Țurcanu $x$",
    ]
    # The default period, the last 12 months, in the business's zone.
    assert fake.asked[-1] == (
        datetime(2025, 5, 21, tzinfo=STOCKHOLM),
        datetime(2026, 5, 21, tzinfo=STOCKHOLM),
    )


def test_refresh_before_show_fills_the_table_but_defers_the_chart(qtbot: QtBot) -> None:
    fake = FakeService((CategoryCount(1, "Väntetid", None, 3),))
    view = TopProblemsView(cast(ComplaintService, fake))
    qtbot.addWidget(view)
    assert fake.asked == []
    view.refresh()
    assert table_counts(view) == [(1, 3)]
    assert canvas(view) is None
    view.show()
    qtbot.waitExposed(view)
    assert canvas(view) is not None
    assert len(chart_bars(view)) == 1
    assert len(fake.asked) == 1  # showing did not read the counts again
    QApplication.processEvents()
