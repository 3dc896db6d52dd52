"""Looking back at the quotient: one round's result, the history of rounds, two rounds compared."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from fractions import Fraction
from pathlib import Path
from typing import cast

import pytest
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.colors import to_hex
from matplotlib.patches import Rectangle
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from policydesk.domain.languages import Language
from policydesk.domain.quotient import STATEMENTS, Area, RespondentRole, RoundComparison
from policydesk.domain.quotient_texts import area_name, band_meaning, band_name, statement_text
from policydesk.services.assessment import AssessmentService
from policydesk.services.demo import create_demo_file
from policydesk.services.workspace import Workspace
from policydesk.ui.theme import dark_palette
from policydesk.ui.widgets.quotient_views import (
    TOP_CHANGES,
    ChartPane,
    CompareView,
    HistoryView,
    RoundResultsView,
)
from tests.conftest import run_python

EN = Language.ENGLISH


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.policydesk"
    create_demo_file(path)
    return path


@pytest.fixture
def demo(demo_file: Path) -> Iterator[AssessmentService]:
    with Workspace.open(demo_file) as workspace:
        yield workspace.assessment


@pytest.fixture
def fresh(workspace: Workspace) -> AssessmentService:
    """The assessment of an empty file, for rounds the demo does not have."""
    return workspace.assessment


def shown(qtbot: QtBot, view: QWidget) -> None:
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    qtbot.waitExposed(view)


def two(value: Fraction | float) -> str:
    return QLocale().toString(float(value), "f", 2)


def signed(value: Fraction) -> str:
    if round(abs(value) * 100) == 0:
        return two(0)
    return ("+" if value > 0 else "\u2212") + two(abs(value))


def arrowed(value: Fraction) -> str:
    if round(abs(value) * 100) == 0:
        return two(0)
    return ("\u2191 " if value > 0 else "\u2193 ") + signed(value)


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def column(table: QTableWidget, number: int) -> list[str]:
    return [cell(table, row, number).text() for row in range(table.rowCount())]


def bars(pane: ChartPane, series: int) -> list[float]:
    figure = pane.figure()
    assert figure is not None
    return [
        patch.get_width()
        for axes in figure.axes
        for patch in axes.patches
        if isinstance(patch, Rectangle) and patch.get_gid() == f"series{series}"
    ]


def canvas(pane: ChartPane) -> FigureCanvasQTAgg | None:
    """The pane's canvas (a function, so mypy does not narrow it across a call that draws)."""
    return pane.canvas


def comparison(view: CompareView) -> RoundComparison | None:
    """The comparison shown (a function, so mypy does not narrow it across a call)."""
    return view.comparison


def start_round(service: AssessmentService, label: str = "2026") -> int:
    outcome = service.create_round(label, service.today())
    assert outcome.ok, outcome.problems
    assert outcome.id is not None
    return outcome.id


def respondent(service: AssessmentService, round_id: int, role: RespondentRole) -> int:
    outcome = service.add_respondent(round_id, "", role)
    assert outcome.ok, outcome.problems
    assert outcome.id is not None
    return outcome.id


def rate(service: AssessmentService, person: int, count: int, rating: int = 4) -> None:
    for statement in STATEMENTS[:count]:
        assert service.set_answer(person, statement.code, rating).ok


# ---------------------------------------------------------------------------- one round


def test_the_newest_round_shows_the_services_quotient(
    qtbot: QtBot, demo: AssessmentService
) -> None:
    newest = demo.rounds()[0]
    result = demo.result(newest.id).result
    assert result is not None
    view = RoundResultsView(demo, EN)
    shown(qtbot, view)
    view.show_round(newest.id)

    assert view.round_id == newest.id
    assert view.stack.currentIndex() == 0
    assert view.quotient_label.text() == two(result.total)
    assert view.of_label.text() == "of 35"
    assert view.band_label.text() == band_name(result.band, EN)
    assert view.meaning_label.text() == band_meaning(result.band, EN)
    assert newest.label in view.title_label.text()
    assert view.provisional_label.isHidden()  # closed and complete: final

    table = view.areas_table
    assert column(table, view.AREA) == [area_name(area, EN) for area in Area]
    assert column(table, view.SCORE) == [two(score) for score in result.areas]
    spread = demo.spread(newest.id)
    assert column(table, view.SPREAD) == [
        "\u2013" if apart is None else signed(apart) for apart in spread
    ]
    assert any(text.startswith("\u2212") for text in column(table, view.SPREAD))
    assert "talk it over" in view.spread_note.text()

    # The weakest two stand out in the table and in the box below it.
    weakest = result.weakest(2)
    assert view.weakest == weakest
    bold = [cell(table, row, view.AREA).font().bold() for row in range(table.rowCount())]
    assert bold == [area in weakest for area in Area]
    for label, area in zip(view.weakest_labels, weakest, strict=True):
        assert area_name(area, EN) in label.text()
        assert two(result.area(area)) in label.text()

    # The chart: one bar per area, the round's scores.
    assert bars(view.chart, 0) == pytest.approx([float(score) for score in result.areas])


def test_make_this_a_goal_asks_for_the_weakest_areas(qtbot: QtBot, demo: AssessmentService) -> None:
    newest = demo.rounds()[0]
    result = demo.result(newest.id).result
    assert result is not None
    view = RoundResultsView(demo, EN)
    shown(qtbot, view)
    view.show_round(newest.id)
    asked: list[str] = []
    view.goal_requested.connect(asked.append)
    assert [button.text() for button in view.goal_buttons] == ["Make This a Goal"] * 2
    for button in view.goal_buttons:
        assert button.isVisible()
        with qtbot.waitSignal(view.goal_requested, timeout=1000):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == [area.value for area in result.weakest(2)]
    assert asked == [Area.FEEDBACK.value, Area.IMPROVEMENT.value]  # the demo's weak spots


def test_every_demo_round_can_be_shown_and_the_chart_is_reused(
    qtbot: QtBot, demo: AssessmentService
) -> None:
    view = RoundResultsView(demo, Language.SWEDISH)
    shown(qtbot, view)
    canvas = None
    for info in demo.rounds():
        view.show_round(info.id)
        assert info.result is not None
        assert view.band_label.text() == band_name(info.result.band, Language.SWEDISH)
        assert view.areas_table.item(0, view.AREA) is not None
        assert cell(view.areas_table, 0, view.AREA).text() == area_name(
            Area.CULTURE, Language.SWEDISH
        )
        canvas = canvas or view.chart.canvas
        assert view.chart.canvas is canvas
        assert len(bars(view.chart, 0)) == len(Area)


def test_no_round_and_a_round_gone(qtbot: QtBot, fresh: AssessmentService) -> None:
    view = RoundResultsView(fresh, EN)
    shown(qtbot, view)
    view.show_round(None)
    assert view.stack.currentWidget() is view.empty_label
    view.show_round(12345)
    assert view.stack.currentWidget() is view.empty_label
    assert view.weakest == ()
    assert view.chart.canvas is None  # nothing drawn, matplotlib not needed


def test_an_unfinished_respondent_makes_the_result_provisional(
    qtbot: QtBot, fresh: AssessmentService
) -> None:
    round_id = start_round(fresh)
    owner = respondent(fresh, round_id, RespondentRole.OWNER)
    staff = respondent(fresh, round_id, RespondentRole.STAFF)
    rate(fresh, owner, len(STATEMENTS), 4)
    assert fresh.finish_respondent(owner).ok
    rate(fresh, staff, 10, 2)  # interrupted after ten statements

    result = fresh.result(round_id).result
    assert result is not None  # every statement has a rating, from the owner at least
    view = RoundResultsView(fresh, EN)
    shown(qtbot, view)
    view.show_round(round_id)
    assert view.quotient_label.text() == two(result.total)
    assert view.provisional_label.isVisible()
    assert "Provisional" in view.provisional_label.text()
    assert "1 of 2" in view.provisional_label.text()
    assert "no rating" not in view.provisional_label.text()
    assert view.band_label.isVisible()
    # Owner against staff: only where the staff member has rated anything so far.
    spread = column(view.areas_table, view.SPREAD)
    assert spread[0] == signed(Fraction(4 - 2))
    assert spread[-1] == "\u2013"


def test_a_statement_nobody_rated_means_no_quotient(qtbot: QtBot, fresh: AssessmentService) -> None:
    round_id = start_round(fresh)
    rate(fresh, respondent(fresh, round_id, RespondentRole.OWNER), len(STATEMENTS) - 3)
    view = RoundResultsView(fresh, EN)
    shown(qtbot, view)
    view.show_round(round_id)
    assert view.quotient_label.text() == "\u2013"
    assert "3 statements have no rating yet" in view.provisional_label.text()
    assert view.provisional_label.isVisible()
    assert view.band_label.isHidden()
    assert view.details.isHidden()
    assert view.weakest == ()
    assert view.chart.figure() is None

    rate(fresh, fresh.respondents(round_id)[0].id, len(STATEMENTS) - 1)
    view.show_round(round_id)
    assert "one statement has no rating yet" in view.provisional_label.text()


# ---------------------------------------------------------------------------- history


def test_history_lists_the_rounds_oldest_first_with_changes(
    qtbot: QtBot, demo: AssessmentService
) -> None:
    rounds = list(reversed(demo.rounds()))
    assert len(rounds) == 3
    view = HistoryView(demo, EN)
    shown(qtbot, view)
    table = view.table
    assert column(table, view.ROUND) == [info.label for info in rounds]
    totals = [info.result.total for info in rounds if info.result is not None]
    assert column(table, view.QUOTIENT) == [two(total) for total in totals]
    assert column(table, view.CHANGE) == [
        "",
        arrowed(totals[1] - totals[0]),
        arrowed(totals[2] - totals[1]),
    ]
    assert column(table, view.CHANGE)[1].startswith("\u2191")  # the demo improves every year
    assert column(table, view.BAND) == [
        band_name(info.result.band, EN) for info in rounds if info.result is not None
    ]
    assert view.points == [
        (info.label, float(total)) for info, total in zip(rounds, totals, strict=True)
    ]
    figure = view.chart.figure()
    assert figure is not None
    (line,) = [line for line in figure.axes[0].get_lines() if line.get_gid() == "quotient"]
    assert list(cast(Sequence[float], line.get_ydata())) == pytest.approx(
        [float(total) for total in totals]
    )


def test_history_lists_an_open_round_as_in_progress(qtbot: QtBot, fresh: AssessmentService) -> None:
    view = HistoryView(fresh, EN)
    shown(qtbot, view)
    assert view.stack.currentWidget() is view.empty_label
    assert view.chart.canvas is None

    round_id = start_round(fresh)
    rate(fresh, respondent(fresh, round_id, RespondentRole.OWNER), len(STATEMENTS))
    view.refresh()
    assert view.stack.currentIndex() == 0
    assert column(view.table, view.QUOTIENT) == ["in progress"]
    assert view.points == []
    assert view.chart.figure() is None
    assert "closed" in view.chart.placeholder.text()


# ---------------------------------------------------------------------------- comparison


def test_compare_picks_the_two_newest_rounds(qtbot: QtBot, demo: AssessmentService) -> None:
    newest, previous, oldest = demo.rounds()
    view = CompareView(demo, EN)
    shown(qtbot, view)
    assert view.chosen() == (previous.id, newest.id)
    assert view.before_combo.currentText() == previous.label
    assert view.after_combo.currentText() == newest.label
    expected = demo.compare(previous.id, newest.id)
    assert expected is not None
    assert view.comparison == expected
    assert view.warning_label.isHidden()  # the same statement set
    totals = view.totals_label.text()
    for text in (two(expected.before.total), two(expected.after.total)):
        assert text in totals
    assert arrowed(expected.total_change) in totals

    top = expected.changes[:TOP_CHANGES]
    table = view.changes_table
    assert table.rowCount() == TOP_CHANGES
    assert column(table, view.STATEMENT) == [statement_text(c.statement.code, EN) for c in top]
    assert column(table, view.BEFORE_AFTER) == [
        f"{two(c.before)} \u2192 {two(c.after)}" for c in top
    ]
    assert column(table, view.CHANGE) == [arrowed(c.change) for c in top]
    moves = [abs(cell(table, row, view.CHANGE).data(Qt.ItemDataRole.UserRole)) for row in range(8)]
    assert moves == sorted(moves, reverse=True)

    # Grouped bars: the earlier round first, then the later one; and a radar beside them.
    assert bars(view.bars_chart, 0) == pytest.approx([float(a) for a in expected.before.areas])
    assert bars(view.bars_chart, 1) == pytest.approx([float(a) for a in expected.after.areas])
    radar = view.radar_chart.figure()
    assert radar is not None
    assert radar.axes[0].name == "polar"

    # Choosing another earlier round compares that one.
    view.before_combo.setCurrentIndex(view.before_combo.findData(oldest.id))
    assert view.chosen() == (oldest.id, newest.id)
    assert view.comparison == demo.compare(oldest.id, newest.id)
    assert bars(view.bars_chart, 0) == pytest.approx(
        [float(a) for a in oldest.result.areas] if oldest.result else []
    )


def test_compare_a_round_with_itself_and_in_reverse(qtbot: QtBot, demo: AssessmentService) -> None:
    newest, previous, _oldest = demo.rounds()
    view = CompareView(demo, EN)
    shown(qtbot, view)
    view.compare(newest.id, newest.id)
    assert view.stack.currentWidget() is view.message_label
    assert comparison(view) is None
    assert "two different rounds" in view.message_label.text()
    view.compare(newest.id, previous.id)
    assert view.stack.currentIndex() == 0
    found = comparison(view)
    assert found is not None
    assert found.total_change < 0
    assert view.totals_label.text().endswith(f"({arrowed(found.total_change)})")
    assert "\u2193" in view.totals_label.text()


def test_compare_needs_two_rounds_with_a_result(qtbot: QtBot, fresh: AssessmentService) -> None:
    round_id = start_round(fresh)
    rate(fresh, respondent(fresh, round_id, RespondentRole.OWNER), len(STATEMENTS))
    view = CompareView(fresh, EN)
    shown(qtbot, view)
    assert view.stack.currentWidget() is view.message_label
    assert "two rounds" in view.message_label.text()
    assert view.before_combo.count() == 1
    assert not view.before_combo.isEnabled()
    assert view.bars_chart.canvas is None


# ---------------------------------------------------------------------------- looks


def test_a_dark_palette_recolours_every_chart(qtbot: QtBot, demo: AssessmentService) -> None:
    results = RoundResultsView(demo, EN)
    shown(qtbot, results)
    results.show_round(demo.rounds()[0].id)
    compare = CompareView(demo, EN)
    shown(qtbot, compare)
    history = HistoryView(demo, EN)
    shown(qtbot, history)
    for view, pane in (
        (results, results.chart),
        (compare, compare.bars_chart),
        (compare, compare.radar_chart),
        (history, history.chart),
    ):
        figure = pane.figure()
        assert figure is not None
        light = to_hex(figure.get_facecolor())
        view.setPalette(dark_palette(view.palette()))
        window = view.palette().color(view.palette().ColorRole.Window).name()
        assert pane.figure() is figure  # redrawn in place
        assert to_hex(figure.get_facecolor()) == window
        assert to_hex(figure.get_facecolor()) != light
        assert not pane.grab().isNull()


def test_nothing_imports_matplotlib_before_a_view_is_shown() -> None:
    result = run_python(
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from policydesk.domain.languages import Language\n"
        "from policydesk.ui.widgets.quotient_views import (\n"
        "    CompareView, HistoryView, RoundResultsView)\n"
        "app = QApplication([])\n"
        "class Service:\n"
        "    def __getattr__(self, name):\n"
        "        raise AssertionError(name)\n"
        "views = [cls(Service(), Language.ENGLISH)\n"
        "         for cls in (RoundResultsView, HistoryView, CompareView)]\n"
        "views[0].show_round(None)\n"
        "print('matplotlib' in sys.modules)\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_the_results_are_drawn_when_first_shown(qtbot: QtBot, demo: AssessmentService) -> None:
    view = RoundResultsView(demo, EN)
    qtbot.addWidget(view)
    view.show_round(demo.rounds()[0].id)
    assert view.quotient_label.text()  # the figures are there at once
    assert canvas(view.chart) is None  # the chart waits until it can be seen
    shown(qtbot, view)
    assert canvas(view.chart) is not None
    assert len(bars(view.chart, 0)) == len(Area)


def test_statements_are_worded_in_the_views_language(qtbot: QtBot, demo: AssessmentService) -> None:
    newest, previous, _oldest = demo.rounds()
    view = CompareView(demo, Language.ROMANIAN)
    shown(qtbot, view)
    expected = demo.compare(previous.id, newest.id)
    assert expected is not None
    assert column(view.changes_table, view.STATEMENT) == [
        statement_text(c.statement.code, Language.ROMANIAN) for c in expected.changes[:TOP_CHANGES]
    ]
    assert band_name(expected.after.band, Language.ROMANIAN) in view.bands_label.text()
