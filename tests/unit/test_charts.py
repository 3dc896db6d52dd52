"""The charts: complaints per category, and the self-assessment's quotient, bars and radar."""

from __future__ import annotations

import io
import warnings

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, findfont, get_font
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from policydesk.domain.complaints import CategoryCount
from policydesk.export.charts import (
    BandLabels,
    ChartStyle,
    area_bars_chart,
    category_chart,
    quotient_history_chart,
    radar_chart,
    series_colours,
    short_label,
    wrapped_label,
)
from tests.conftest import run_python

COUNTS = (
    CategoryCount(1, "Väntetid", "waiting_time", 40),
    CategoryCount(2, "Livrare întârziată", None, 31),
    CategoryCount(3, "Ștefan Țurcanu și ață", None, 12),
    CategoryCount(None, "", None, 9),
    CategoryCount(4, "Åsa Öberg", None, 3),
    CategoryCount(5, "Pris $5 eller $10", None, 0),
)


def bars(figure: Figure) -> list[Rectangle]:
    (axes,) = figure.axes
    return [patch for patch in axes.patches if isinstance(patch, Rectangle)]


def tick_labels(figure: Figure) -> list[Text]:
    (axes,) = figure.axes
    return list(axes.get_yticklabels())


def value_labels(figure: Figure) -> list[str]:
    (axes,) = figure.axes
    return [text.get_text() for text in axes.texts if text.get_gid() == "value"]


def render(figure: Figure) -> bytes:
    """Draw the figure to PNG with every warning (such as a missing glyph) an error."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        FigureCanvasAgg(figure).print_png(buffer)
    return buffer.getvalue()


def test_one_bar_per_category_most_first_with_values() -> None:
    figure = category_chart(COUNTS, title="Complaints per category")
    assert isinstance(figure, Figure)
    assert [bar.get_width() for bar in bars(figure)] == [40, 31, 12, 9, 3, 0]
    assert value_labels(figure) == ["40", "31", "12", "9", "3", "0"]
    # The y axis is turned so the first (largest) bar is drawn at the top.
    (axes,) = figure.axes
    bottom, top = axes.get_ylim()
    assert bottom > top
    assert render(figure).startswith(b"\x89PNG")


def test_the_top_three_are_emphasised() -> None:
    style = ChartStyle.light()
    figure = category_chart(COUNTS, title="")
    colours = [to_hex(bar.get_facecolor()) for bar in bars(figure)]
    assert colours[:3] == [to_hex(style.emphasis)] * 3
    assert colours[3:] == [to_hex(style.normal)] * 3
    assert [bar.get_gid() for bar in bars(figure)] == ["top"] * 3 + ["other"] * 3
    labels = tick_labels(figure)
    assert [label.get_fontweight() for label in labels] == ["bold"] * 3 + ["normal"] * 3
    assert [label.get_text() for label in labels[:3]] == [
        "1. Väntetid",
        "2. Livrare întârziată",
        "3. Ștefan Țurcanu și ață",
    ]


def test_categories_without_complaints_are_not_in_the_top_three() -> None:
    counts = (
        CategoryCount(1, "Leverans", None, 5),
        CategoryCount(2, "Väntetid", None, 0),
        CategoryCount(3, "Övrigt", None, 0),
    )
    figure = category_chart(counts, title="")
    assert [bar.get_gid() for bar in bars(figure)] == ["top", "other", "other"]
    assert [label.get_text() for label in tick_labels(figure)] == [
        "1. Leverans",
        "Väntetid",
        "Övrigt",
    ]


def test_no_category_and_plain_text_names() -> None:
    figure = category_chart(COUNTS, title="Kostnad $x$", no_category="Ingen kategori")
    texts = [label.get_text() for label in tick_labels(figure)]
    assert texts[3] == "Ingen kategori"
    assert texts[5] == "Pris $5 eller $10"
    (axes,) = figure.axes
    # A dollar sign in a user's text must not turn into a formula.
    assert all(not label.get_parse_math() for label in tick_labels(figure))
    assert not axes.title.get_parse_math()
    render(figure)


def test_long_names_are_shortened() -> None:
    name = "Ä" * 500
    figure = category_chart([CategoryCount(1, name, None, 2)], title="")
    (label,) = tick_labels(figure)
    assert len(label.get_text()) < 50
    assert label.get_text().endswith("\u2026")
    assert short_label("  Kort   namn ") == "Kort namn"


def test_no_categories_gives_an_empty_figure() -> None:
    figure = category_chart([], title="Klagomål", empty_text="Inga klagomål")
    assert bars(figure) == []
    (axes,) = figure.axes
    assert [text.get_text() for text in axes.texts] == ["Inga klagomål"]
    render(figure)


def test_swedish_and_romanian_letters_have_glyphs() -> None:
    letters = "åäöÅÄÖșțăîâȘȚĂÎÂ"
    figure = category_chart(
        [CategoryCount(1, letters, None, 1)], title=letters, format_count=lambda n: f"{n} st"
    )
    (label,) = tick_labels(figure)
    font = get_font(findfont(FontProperties(family=label.get_fontfamily())))
    charmap = font.get_charmap()
    assert all(ord(letter) in charmap for letter in letters)
    # A missing glyph is a warning when drawing; render() turns it into a failure.
    render(figure)
    assert value_labels(figure) == ["1 st"]


def test_a_figure_can_be_redrawn_without_piling_up() -> None:
    figure = category_chart(COUNTS, title="")
    again = category_chart(COUNTS[:2], title="", figure=figure, dark=True)
    assert again is figure
    assert len(figure.axes) == 1
    assert len(bars(figure)) == 2
    assert to_hex(figure.get_facecolor()) == to_hex(ChartStyle.dark().background)


def test_custom_colours_are_used() -> None:
    style = ChartStyle(background="#102030", foreground="#f0f0f0")
    figure = category_chart(COUNTS, title="Titel", style=style)
    (axes,) = figure.axes
    assert to_hex(figure.get_facecolor()) == "#102030"
    assert to_hex(axes.title.get_color()) == "#f0f0f0"


def test_charts_need_neither_pyplot_nor_qt() -> None:
    result = run_python(
        "import sys\n"
        "from policydesk.domain.complaints import CategoryCount\n"
        "from policydesk.export.charts import category_chart\n"
        "category_chart([CategoryCount(1, 'a', None, 1)], title='t')\n"
        "print(sorted(m for m in ('matplotlib.pyplot', 'PySide6') if m in sys.modules))\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# ---------------------------------------------------------------------------- self-assessment

AREAS_RO = (
    "Cultură orientată spre client",
    "Produse și materiale de vânzare",
    "Reacția la părerile clienților",
    "Cunoașterea clienților",
    "Ușurința de a ne contacta",
    "Personalul",
    "Îmbunătățire continuă",
)
AREAS_SV = (
    "Kundfokuserad kultur",
    "Produkter och säljmaterial",
    "Att ta vara på synpunkter",
    "Kännedom om kunderna",
    "Lätt att nå oss",
    "Personal",
    "Ständig förbättring",
)
BEFORE = ("2025", (3.0, 3.5, 4.0, 2.25, 4.0, 3.8, 2.6666666666666665))
AFTER = ("2026 <b>&", (4.0, 3.25, 4.5, 3.0, 4.2, 4.0, 3.3333333333333335))
SWEDISH_BANDS = BandLabels(asset="En tillgång", adequate="Godtagbar", at_risk="I riskzonen")


def gid_texts(figure: Figure, gid: str) -> list[str]:
    return [text.get_text() for axes in figure.axes for text in axes.texts if text.get_gid() == gid]


def gid_patches(figure: Figure, prefix: str) -> list[str]:
    return [
        str(patch.get_gid())
        for axes in figure.axes
        for patch in axes.patches
        if str(patch.get_gid()).startswith(prefix)
    ]


def test_quotient_history_has_three_bands_a_line_and_values() -> None:
    points = [("2024", 19.5), ("2025", 24.25), ("2026 $x$", 28.0)]
    figure = quotient_history_chart(points, ChartStyle.light(), SWEDISH_BANDS)
    (axes,) = figure.axes
    assert gid_patches(figure, "band") == ["band"] * 3
    (line,) = [line for line in axes.lines if line.get_gid() == "quotient"]
    assert np.asarray(line.get_ydata()).tolist() == [19.5, 24.25, 28.0]
    assert line.get_marker() == "o"
    assert [t.get_text() for t in axes.texts if t.get_gid() == "value"] == [
        "19.50",
        "24.25",
        "28.00",
    ]
    assert axes.get_ylim() == (7.0, 35.0)
    assert [label.get_text() for label in axes.get_xticklabels()] == ["2024", "2025", "2026 $x$"]
    assert not any(label.get_parse_math() for label in axes.get_xticklabels())
    (names,) = axes.child_axes
    assert [label.get_text() for label in names.get_yticklabels()] == [
        "I riskzonen",
        "Godtagbar",
        "En tillgång",
    ]
    render(figure)


def test_quotient_history_with_one_round_and_a_decimal_comma() -> None:
    figure = quotient_history_chart(
        [("2026", 34.5)],
        ChartStyle.dark(),
        BandLabels(),
        format_value=lambda value: f"{value:.2f}".replace(".", ","),
    )
    (axes,) = figure.axes
    assert [t.get_text() for t in axes.texts if t.get_gid() == "value"] == ["34,50"]
    assert axes.get_xlim() == (-0.5, 0.5)
    render(figure)


def test_quotient_history_without_rounds_says_so() -> None:
    figure = quotient_history_chart(
        [], ChartStyle.light(), BandLabels(), empty_text="Inga omgångar"
    )
    assert gid_texts(figure, "empty") == ["Inga omgångar"]
    assert gid_patches(figure, "band") == []
    render(figure)


def test_area_bars_one_bar_per_area_and_round_with_a_legend() -> None:
    style = ChartStyle.light()
    figure = area_bars_chart(AREAS_RO, [BEFORE, AFTER], style)
    (axes,) = figure.axes
    assert len(gid_patches(figure, "series0")) == 7
    assert len(gid_patches(figure, "series1")) == 7
    newest = [p for p in axes.patches if p.get_gid() == "series1"]
    assert {to_hex(bar.get_facecolor()) for bar in newest} == {to_hex(style.emphasis)}
    assert len(gid_texts(figure, "value")) == 14
    assert "2.67" in gid_texts(figure, "value")
    (legend,) = figure.legends
    assert [text.get_text() for text in legend.get_texts()] == ["2025", "2026 <b>&"]
    labels = [label.get_text() for label in axes.get_yticklabels()]
    assert labels[0] == "Cultură orientată spre\nclient"
    assert axes.get_xticks().tolist() == [1, 2, 3, 4, 5]
    render(figure)


def test_area_bars_for_one_round_have_no_legend() -> None:
    figure = area_bars_chart(AREAS_SV, [AFTER], ChartStyle.light())
    assert len(gid_patches(figure, "series0")) == 7
    assert figure.legends == []
    render(figure)


def test_area_bars_without_data_say_so_and_bad_series_are_refused() -> None:
    figure = area_bars_chart(AREAS_SV, [], ChartStyle.light(), empty_text="Inget att visa")
    assert gid_texts(figure, "empty") == ["Inget att visa"]
    with pytest.raises(ValueError, match="6 values for 7 areas"):
        area_bars_chart(AREAS_SV, [("2026", (1.0,) * 6)], ChartStyle.light())


def test_radar_has_a_filled_outline_per_round() -> None:
    figure = radar_chart(AREAS_RO, [BEFORE, AFTER], ChartStyle.light())
    (axes,) = figure.axes
    assert axes.name == "polar"
    outlines = [line for line in axes.lines if str(line.get_gid()).startswith("series")]
    assert len(outlines) == 2
    # Closed: back to the first area.
    assert isinstance(outlines[0], Line2D)
    ys = np.asarray(outlines[0].get_ydata()).tolist()
    assert len(ys) == 8
    assert ys[0] == ys[-1]
    assert len(gid_patches(figure, "fill")) == 2
    assert axes.get_ylim() == (0.0, 5.0)
    assert [label.get_text() for label in axes.get_xticklabels()][3] == "Cunoașterea\nclienților"
    assert len(figure.legends) == 1
    render(figure)


def test_radar_for_one_round_and_for_nothing() -> None:
    figure = radar_chart(AREAS_SV, [AFTER], ChartStyle.dark())
    assert len(gid_patches(figure, "fill")) == 1
    assert figure.legends == []
    render(figure)
    empty = radar_chart([], [], ChartStyle.light(), empty_text="Nada")
    assert gid_texts(empty, "empty") == ["Nada"]


def test_a_chart_figure_is_reused() -> None:
    figure = area_bars_chart(AREAS_SV, [BEFORE, AFTER], ChartStyle.light())
    again = radar_chart(AREAS_SV, [AFTER], ChartStyle.light(), figure=figure)
    assert again is figure
    assert len(figure.axes) == 1
    assert figure.legends == []


def test_series_colours_put_the_newest_in_the_emphasis_colour() -> None:
    style = ChartStyle.light()
    assert series_colours(style, 1) == [style.emphasis]
    assert series_colours(style, 2) == [style.normal, style.emphasis]
    assert len(set(series_colours(style, 5))) == 5


def test_wrapped_labels_take_two_lines_at_most() -> None:
    assert wrapped_label("Staff") == "Staff"
    long = wrapped_label("Ș" * 10 + " " + "ă" * 30 + " " + "word " * 20)
    assert long.count("\n") == 1
    assert long.endswith("\u2026")


def test_assessment_charts_need_no_pyplot() -> None:
    result = run_python(
        "import sys\n"
        "from policydesk.export.charts import BandLabels, ChartStyle, quotient_history_chart\n"
        "from policydesk.export.charts import area_bars_chart, radar_chart\n"
        "s = ChartStyle()\n"
        "quotient_history_chart([('a', 20.0)], s, BandLabels())\n"
        "area_bars_chart(['x', 'y', 'z'], [('a', [1, 2, 3])], s)\n"
        "radar_chart(['x', 'y', 'z'], [('a', [1, 2, 3])], s)\n"
        "print(sorted(m for m in ('matplotlib.pyplot', 'PySide6') if m in sys.modules))\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
