"""The service-level chart: share within target per month, bars and a line, no Qt."""

from __future__ import annotations

import io
import math
import warnings

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from policydesk.export.charts import ChartStyle, service_level_chart

MONTHS = ["Sep\n2026", "Oct\n", "Nov\n", "Dec\n"]
RESOLVED = [0.5, None, 0.0, 0.875]  # October: nothing decided yet
ACKNOWLEDGED = [0.9, None, 1.0, 0.75]
COUNTS = [12, 0, 3, 1234]


def bars(figure: Figure) -> list[Rectangle]:
    (axes,) = figure.axes
    return [
        patch
        for patch in axes.patches
        if isinstance(patch, Rectangle) and patch.get_gid() == "resolved"
    ]


def texts(figure: Figure, gid: str) -> list[str]:
    (axes,) = figure.axes
    return [text.get_text() for text in axes.texts if text.get_gid() == gid]


def line(figure: Figure) -> Line2D | None:
    (axes,) = figure.axes
    found = [item for item in axes.lines if item.get_gid() == "acknowledged"]
    return found[0] if found else None


def render(figure: Figure) -> bytes:
    """Draw the figure to PNG with every warning (such as a missing glyph) an error."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        FigureCanvasAgg(figure).print_png(buffer)
    return buffer.getvalue()


def test_one_bar_per_month_with_a_value_and_none_for_a_month_without() -> None:
    figure = service_level_chart(MONTHS, RESOLVED, COUNTS, ChartStyle.light(), title="Per month")
    assert isinstance(figure, Figure)
    drawn = bars(figure)
    # Three bars: September, November (a real 0 %) and December; October has none at all.
    assert len(drawn) == 3
    assert [round(bar.get_x() + bar.get_width() / 2) for bar in drawn] == [0, 2, 3]
    assert [bar.get_height() for bar in drawn] == [0.5, 0.0, 0.875]
    assert texts(figure, "value") == ["50%", "0%", "88%"]
    assert texts(figure, "no_data") == ["\u2013"]  # October is marked as having no figure
    assert render(figure).startswith(b"\x89PNG")


def test_month_names_carry_the_number_of_complaints() -> None:
    figure = service_level_chart(
        MONTHS,
        RESOLVED,
        COUNTS,
        ChartStyle.light(),
        counts_caption="Under each month: complaints received",
        format_count=lambda count: f"{count:,}".replace(",", "\u00a0"),
    )
    (axes,) = figure.axes
    labels = [label.get_text() for label in axes.get_xticklabels()]
    assert labels == ["Sep\n2026\n12", "Oct\n\n0", "Nov\n\n3", "Dec\n\n1\u00a0234"]
    assert axes.get_xlabel() == "Under each month: complaints received"
    low, high = axes.get_ylim()
    assert low == 0.0
    assert high == pytest.approx(1.12)


def test_the_acknowledged_line_breaks_where_a_month_has_no_value() -> None:
    figure = service_level_chart(
        MONTHS,
        RESOLVED,
        COUNTS,
        ChartStyle.light(),
        acknowledged=ACKNOWLEDGED,
        resolved_label="Lösta inom målet",
        acknowledged_label="Confirmate la timp",
    )
    drawn = line(figure)
    assert drawn is not None
    values = [float(value) for value in list(drawn.get_ydata())]  # type: ignore[arg-type]
    assert values[0] == 0.9
    assert values[2:] == [1.0, 0.75]
    assert math.isnan(values[1])
    # A legend names both series, the bars first.
    (legend,) = figure.legends
    assert [text.get_text() for text in legend.get_texts()] == [
        "Lösta inom målet",
        "Confirmate la timp",
    ]
    assert render(figure).startswith(b"\x89PNG")


def test_without_the_acknowledged_series_there_is_no_line_and_no_legend() -> None:
    figure = service_level_chart(MONTHS, RESOLVED, COUNTS, ChartStyle.light())
    assert line(figure) is None
    assert figure.legends == []


def test_a_month_with_only_an_acknowledged_share_still_gets_a_chart() -> None:
    figure = service_level_chart(
        ["Jan\n2026"], [None], [4], ChartStyle.light(), acknowledged=[0.25]
    )
    assert bars(figure) == []
    assert line(figure) is not None
    assert texts(figure, "no_data") == ["\u2013"]


@pytest.mark.parametrize(
    ("months", "resolved", "counts"),
    [([], [], []), (["Jan\n2026", "Feb\n"], [None, None], [3, 0])],
)
def test_nothing_to_show_gives_the_empty_text(
    months: list[str], resolved: list[float | None], counts: list[int]
) -> None:
    figure = service_level_chart(
        months, resolved, counts, ChartStyle.light(), empty_text="Nothing decided yet"
    )
    (axes,) = figure.axes
    assert not axes.axison
    assert [text.get_text() for text in axes.texts] == ["Nothing decided yet"]
    assert render(figure).startswith(b"\x89PNG")


def test_series_of_the_wrong_length_are_refused() -> None:
    with pytest.raises(ValueError, match="resolved has 1 values for 2 months"):
        service_level_chart(["a", "b"], [0.5], [1, 2], ChartStyle.light())
    with pytest.raises(ValueError, match="acknowledged"):
        service_level_chart(["a"], [0.5], [1], ChartStyle.light(), acknowledged=[0.1, 0.2])


def test_dark_style_and_reusing_one_figure() -> None:
    style = ChartStyle.dark()
    figure = service_level_chart(MONTHS, RESOLVED, COUNTS, style, acknowledged=ACKNOWLEDGED)
    assert to_hex(figure.get_facecolor()) == style.background
    assert {to_hex(bar.get_facecolor()) for bar in bars(figure)} == {style.emphasis.lower()}
    again = service_level_chart(MONTHS[:2], RESOLVED[:2], COUNTS[:2], style, figure=figure)
    assert again is figure
    assert len(figure.axes) == 1  # cleared, not piled up
    assert len(bars(figure)) == 1


def test_many_months_name_only_some_and_drop_the_value_labels() -> None:
    months = [f"M{index}\n" for index in range(60)]
    shares: list[float | None] = [index / 60 for index in range(60)]
    figure = service_level_chart(months, shares, [1] * 60, ChartStyle.light())
    (axes,) = figure.axes
    assert len(bars(figure)) == 60
    assert texts(figure, "value") == []  # sixty labels would only overlap
    assert 0 < len(axes.get_xticks()) <= 24
    assert render(figure).startswith(b"\x89PNG")


def test_dollar_signs_are_plain_text() -> None:
    figure = service_level_chart(["$5 $10"], [0.5], [1], ChartStyle.light(), title="$x$ per $")
    assert render(figure).startswith(b"\x89PNG")
