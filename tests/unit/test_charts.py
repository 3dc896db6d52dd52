"""The complaints-per-category chart: bars, emphasis, empty data, and Nordic/Romanian text."""

from __future__ import annotations

import io
import warnings

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, findfont, get_font
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from policydesk.domain.complaints import CategoryCount
from policydesk.export.charts import ChartStyle, category_chart, short_label
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
