"""Charts as matplotlib Figures, for the screen and for printed documents. No Qt.

Only matplotlib's object-oriented API is used (``Figure``, never ``pyplot``), so no figure is
ever kept in global state: the caller owns each figure, and can hand the same one back to be
redrawn instead of making a new one. Colours come from a colour-blind-safe palette (Okabe and
Ito), and every bar carries its value as text, so a chart still reads when printed in greyscale.

Importing this module imports matplotlib (about half a second): import it lazily from the
user interface, when the first chart is about to be shown.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import cast

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.projections.polar import PolarAxes

from policydesk.domain.complaints import CategoryCount

TOP = 3
"""How many of the largest categories a chart emphasises."""

MAX_LABEL = 40
"""Longer category names are cut (with an ellipsis) so the bars keep some room."""

# Okabe & Ito's palette (as in matplotlib's "okabe_ito" colour sequence), written out so the
# printed documents do not depend on the matplotlib version: blue for the top three, sky blue
# for the rest. They differ in lightness as well as in hue, which survives greyscale printing.
_EMPHASIS = "#0072B2"
_NORMAL = "#56B4E9"


@dataclass(frozen=True, slots=True)
class ChartStyle:
    """The colours a chart is drawn in (any matplotlib colour: names, ``#rrggbb``, tuples).

    Attributes:
        background: behind the whole figure.
        foreground: text and the axis line.
        emphasis: the bars of the top categories.
        normal: the other bars.
    """

    background: str = "#ffffff"
    foreground: str = "#1a1a1a"
    emphasis: str = _EMPHASIS
    normal: str = _NORMAL

    @classmethod
    def light(cls) -> ChartStyle:
        """Dark text on white: the style of every printed chart."""
        return cls()

    @classmethod
    def dark(cls) -> ChartStyle:
        """Light text on a dark background, for a dark screen."""
        return cls(background="#1f1f1f", foreground="#e8e8e8", emphasis=_NORMAL, normal=_EMPHASIS)


def short_label(name: str, limit: int = MAX_LABEL) -> str:
    """Cut a long category name to ``limit`` characters, ending with an ellipsis if cut."""
    name = " ".join(name.split())
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "\u2026"


def category_chart(
    counts: Sequence[CategoryCount],
    *,
    title: str,
    dark: bool = False,
    style: ChartStyle | None = None,
    no_category: str = "No category",
    empty_text: str = "",
    format_count: Callable[[int], str] = str,
    top: int = TOP,
    figure: Figure | None = None,
) -> Figure:
    """Draw complaints per category as horizontal bars, the largest at the top.

    The first ``top`` categories with any complaints are drawn in the emphasis colour with
    bold labels and carry their rank ("1. Delivery"); every bar is labelled with its count.
    Names are drawn as plain text: a ``$`` in a category name is not read as a formula.

    Args:
        counts: the categories in the order to draw them, most complaints first (as
            :meth:`ComplaintService.top_problems` returns them).
        title: the chart's heading (may be empty).
        dark: draw for a dark screen (ignored when ``style`` is given).
        style: the colours to use, e.g. taken from the screen's palette.
        no_category: what to call complaints without a category (an empty name).
        empty_text: shown in the middle when there are no categories at all.
        format_count: writes a count as text (the screen passes its locale's number format).
        top: how many categories to emphasise.
        figure: a figure to clear and draw into (to reuse one figure on screen); a new one
            when None.

    Returns:
        The figure drawn into.
    """
    style = style or (ChartStyle.dark() if dark else ChartStyle.light())
    if figure is None:
        figure = Figure(figsize=(6.4, chart_height(len(counts))), layout="constrained")
    figure.clear()
    figure.set_facecolor(style.background)
    axes = figure.add_subplot()
    axes.set_facecolor(style.background)
    if title:
        axes.set_title(title, color=style.foreground, parse_math=False)
    if not counts:
        axes.set_axis_off()
        if empty_text:
            axes.text(
                0.5,
                0.5,
                empty_text,
                ha="center",
                va="center",
                color=style.foreground,
                transform=axes.transAxes,
                parse_math=False,
            )
        return figure

    emphasised = [index < top and count.count > 0 for index, count in enumerate(counts)]
    positions = list(range(len(counts)))
    values = [count.count for count in counts]
    bars = axes.barh(
        positions,
        values,
        color=[style.emphasis if flag else style.normal for flag in emphasised],
        edgecolor=style.foreground,
        linewidth=[1.2 if flag else 0.0 for flag in emphasised],
        height=0.7,
    )
    for bar, flag in zip(bars, emphasised, strict=True):
        bar.set_gid("top" if flag else "other")
    labels = [
        (f"{index + 1}. " if flag else "") + short_label(count.name or no_category)
        for index, (count, flag) in enumerate(zip(counts, emphasised, strict=True))
    ]
    axes.set_yticks(positions, labels, parse_math=False)
    for label, flag in zip(axes.get_yticklabels(), emphasised, strict=True):
        label.set_fontweight("bold" if flag else "normal")
    axes.invert_yaxis()  # most complaints at the top

    largest = max(values)
    axes.set_xlim(0, largest * 1.18 if largest else 1)
    gap = (largest or 1) * 0.015
    for position, value, flag in zip(positions, values, emphasised, strict=True):
        axes.text(
            value + gap,
            position,
            format_count(value),
            va="center",
            ha="left",
            color=style.foreground,
            fontweight="bold" if flag else "normal",
            parse_math=False,
            gid="value",
        )

    # The values are written on the bars, so the x axis would only add noise.
    axes.xaxis.set_visible(False)
    for side in ("top", "right", "bottom"):
        axes.spines[side].set_visible(False)
    axes.spines["left"].set_color(style.foreground)
    axes.tick_params(axis="y", colors=style.foreground, length=0)
    return figure


def chart_height(bars: int) -> float:
    """A figure height in inches that gives ``bars`` bars room for their labels."""
    return 1.0 + 0.38 * max(bars, 1)


# ---------------------------------------------------------------------------- self-assessment

RATING_TICKS = (1, 2, 3, 4, 5)
QUOTIENT_TICKS = (7, 14, 21, 28, 35)
AREA_LABEL_WIDTH = 22
"""Area names are wrapped at about this many characters, on at most two lines."""

ASSESSMENT_SIZE = (7.0, 4.0)
"""Inches: 700 x 400 pixels on a screen at 100 dpi, and the width of an A4 text column."""

# The bands from the bottom up: where each starts and ends, and its tint. Vermillion, orange
# and bluish green from the same palette, drawn faintly so that the line stays the figure.
_BANDS = ((7.0, 21.0, "#D55E00"), (21.0, 28.0, "#E69F00"), (28.0, 35.0, "#009E73"))
_BAND_ALPHA = 0.16
# Further colours for a third, fourth ... series (the newest two take emphasis and normal).
_MORE_SERIES = ("#E69F00", "#009E73", "#CC79A7", "#D55E00", "#999999")
_LINE_STYLES = ("-", "--", ":", "-.")
_MARKERS = ("o", "s", "^", "D", "v")
_MOST_LABELLED_SERIES = 3  # more value labels than this per area only make a smudge


@dataclass(frozen=True, slots=True)
class BandLabels:
    """The names the quotient chart writes beside its three shaded bands (translated by the caller).

    Attributes:
        asset: 28 to 35.
        adequate: 21 up to 28.
        at_risk: 7 up to 21.
    """

    asset: str = "Asset"
    adequate: str = "Adequate"
    at_risk: str = "At risk"


def _two_decimals(value: float) -> str:
    return f"{value:.2f}"


def wrapped_label(name: str, width: int = AREA_LABEL_WIDTH, lines: int = 2) -> str:
    """Wrap a name on at most ``lines`` lines of about ``width`` characters.

    What does not fit is cut with an ellipsis (see :func:`short_label`), so that a long area
    name takes no more room beside a chart than two short lines.
    """
    parts = textwrap.wrap(" ".join(name.split()), width, break_on_hyphens=False) or [""]
    if len(parts) > lines:
        rest = " ".join(parts[lines - 1 :])
        parts = [*parts[: lines - 1], short_label(rest, width)]
    return "\n".join(short_label(part, width + 4) for part in parts)


def series_colours(style: ChartStyle, count: int) -> list[str]:
    """Colours for ``count`` series drawn oldest first: the newest in the emphasis colour.

    The one before it gets the normal colour (lighter in print), any older ones further
    colours of the same colour-blind-safe palette.
    """
    palette = [style.emphasis, style.normal, *_MORE_SERIES]
    return [palette[(count - 1 - index) % len(palette)] for index in range(count)]


def _series_style(count: int, index: int, table: Sequence[str]) -> str:
    # Like the colours: the newest series takes the first entry, so it is solid and round.
    return table[(count - 1 - index) % len(table)]


def _prepare(figure: Figure | None, style: ChartStyle, size: tuple[float, float]) -> Figure:
    if figure is None:
        figure = Figure(figsize=size, layout="constrained")
    figure.clear()
    figure.set_facecolor(style.background)
    return figure


def _nothing_to_show(figure: Figure, style: ChartStyle, title: str, text: str) -> Figure:
    axes = figure.add_subplot()
    axes.set_facecolor(style.background)
    axes.set_axis_off()
    if title:
        axes.set_title(title, color=style.foreground, parse_math=False)
    if text:
        axes.text(
            0.5,
            0.5,
            text,
            ha="center",
            va="center",
            color=style.foreground,
            transform=axes.transAxes,
            parse_math=False,
            gid="empty",
        )
    return figure


def _plain_axes(axes: Axes, style: ChartStyle, title: str) -> None:
    axes.set_facecolor(style.background)
    if title:
        axes.set_title(title, color=style.foreground, parse_math=False)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color(style.foreground)
    axes.tick_params(colors=style.foreground)


def _check_series(area_names: Sequence[str], series: Sequence[tuple[str, Sequence[float]]]) -> None:
    for label, values in series:
        if len(values) != len(area_names):
            raise ValueError(
                f"series {label!r} has {len(values)} values for {len(area_names)} areas"
            )


def _legend(figure: Figure, style: ChartStyle, count: int) -> None:
    legend = figure.legend(
        loc="outside lower center",
        ncols=min(count, 4),
        frameon=False,
        labelcolor=style.foreground,
    )
    for text in legend.get_texts():
        text.set_parse_math(False)


def quotient_history_chart(
    points: Sequence[tuple[str, float]],
    style: ChartStyle,
    labels: BandLabels,
    *,
    title: str = "",
    empty_text: str = "",
    format_value: Callable[[float], str] = _two_decimals,
    figure: Figure | None = None,
) -> Figure:
    """Draw the quotient round after round as a line over the three shaded bands.

    The y axis runs over the whole possible range, 7 to 35, so that years compare at a glance
    and a quotient's band is where its point lies; the bands' names stand on the right-hand
    axis. Each point carries its value (two decimals by default). Round labels are plain text.

    Args:
        points: ``(round label, quotient)`` per round, oldest first.
        style: the colours to draw in.
        labels: the bands' names, in the reader's language.
        title: the chart's heading (may be empty).
        empty_text: shown in the middle when there are no rounds (the chart is then empty;
            an empty ``points`` is no error).
        format_value: writes a quotient as text (the screen passes its locale's format, the
            PDF its language's decimal comma).
        figure: a figure to clear and draw into; a new one (7 x 4 inches) when None.

    Returns:
        The figure drawn into.
    """
    figure = _prepare(figure, style, ASSESSMENT_SIZE)
    if not points:
        return _nothing_to_show(figure, style, title, empty_text)
    axes = figure.add_subplot()
    _plain_axes(axes, style, title)
    for bottom, top, tint in _BANDS:
        axes.axhspan(bottom, top, color=tint, alpha=_BAND_ALPHA, linewidth=0, gid="band")
    low, high = float(QUOTIENT_TICKS[0]), float(QUOTIENT_TICKS[-1])
    axes.set_ylim(low, high)
    axes.set_yticks(QUOTIENT_TICKS, [str(tick) for tick in QUOTIENT_TICKS])
    # The band names as the right-hand axis's tick labels, so the layout keeps room for them.
    names = axes.secondary_yaxis("right")
    names.set_yticks(
        [(bottom + top) / 2 for bottom, top, _ in _BANDS],
        [labels.at_risk, labels.adequate, labels.asset],
        parse_math=False,
    )
    names.tick_params(length=0, colors=style.foreground)
    names.spines["right"].set_visible(False)

    positions = list(range(len(points)))
    values = [float(value) for _, value in points]
    axes.plot(
        positions,
        values,
        color=style.emphasis,
        marker="o",
        markersize=7,
        linewidth=2,
        gid="quotient",
    )
    for position, value in zip(positions, values, strict=True):
        # Below the point near the top edge, so the label stays inside the axes.
        above = value < high - 3
        axes.annotate(
            format_value(value),
            (position, value),
            xytext=(0, 8 if above else -9),
            textcoords="offset points",
            ha="center",
            va="bottom" if above else "top",
            color=style.foreground,
            fontweight="bold",
            parse_math=False,
            gid="value",
        )
    axes.set_xlim(-0.5, len(points) - 0.5)
    crowded = len(points) > 8
    axes.set_xticks(
        positions,
        [short_label(label, 16) for label, _ in points],
        parse_math=False,
        rotation=45 if crowded else 0,
        ha="right" if crowded else "center",
    )
    axes.tick_params(axis="x", length=0)
    return figure


def area_bars_chart(
    area_names: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    style: ChartStyle,
    *,
    title: str = "",
    empty_text: str = "",
    format_value: Callable[[float], str] = _two_decimals,
    figure: Figure | None = None,
) -> Figure:
    """Draw each area's score as horizontal bars, one bar per series (round), on a 1-5 scale.

    Areas run from the top down in the order given; within an area the series follow in the
    order given, the newest (last) in the emphasis colour. With up to three series every bar
    carries its value; with more than one series there is a legend below the chart. Long area
    names are wrapped on two lines.

    Args:
        area_names: the areas' names, in order.
        series: ``(round label, one score per area)``, oldest first.
        style: the colours to draw in.
        title: the chart's heading (may be empty).
        empty_text: shown when there is nothing to draw (no areas or no series).
        format_value: writes a score as text.
        figure: a figure to clear and draw into; a new one (7 x 4 inches) when None.

    Raises:
        ValueError: a series does not have one value per area.
    """
    _check_series(area_names, series)
    figure = _prepare(figure, style, ASSESSMENT_SIZE)
    if not area_names or not series:
        return _nothing_to_show(figure, style, title, empty_text)
    axes = figure.add_subplot()
    _plain_axes(axes, style, title)
    count = len(series)
    height = 0.8 / count
    colours = series_colours(style, count)
    labelled = count <= _MOST_LABELLED_SERIES
    for index, (label, values) in enumerate(series):
        offsets = [area + (index - (count - 1) / 2) * height for area in range(len(area_names))]
        bars = axes.barh(
            offsets,
            [float(value) for value in values],
            height=height * 0.92,
            color=colours[index],
            label=label,
            gid=f"series{index}",
        )
        for bar in bars:
            bar.set_gid(f"series{index}")
        if labelled:
            for offset, value in zip(offsets, values, strict=True):
                axes.text(
                    float(value) + 0.06,
                    offset,
                    format_value(float(value)),
                    va="center",
                    ha="left",
                    fontsize="small" if count > 1 else "medium",
                    color=style.foreground,
                    parse_math=False,
                    gid="value",
                )
    axes.set_yticks(
        range(len(area_names)), [wrapped_label(name) for name in area_names], parse_math=False
    )
    axes.invert_yaxis()  # the first area at the top
    axes.tick_params(axis="y", length=0)
    # Room to the right of a 5 for its value label; the scale itself stops at 5.
    axes.set_xlim(0, 5.6 if labelled else 5.05)
    axes.set_xticks(RATING_TICKS, [str(tick) for tick in RATING_TICKS])
    axes.grid(axis="x", color=style.foreground, alpha=0.15, linewidth=0.8)
    axes.set_axisbelow(True)
    if count > 1:
        _legend(figure, style, count)
    return figure


def radar_chart(
    area_names: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    style: ChartStyle,
    *,
    title: str = "",
    empty_text: str = "",
    figure: Figure | None = None,
) -> Figure:
    """Draw each series (round) as a filled outline on a radar of the areas, 1 to 5 outwards.

    The first area is at the top and the others follow clockwise. Series are told apart by
    colour and by line style (the newest solid), so the chart survives greyscale printing; a
    legend below names them.

    Args:
        area_names: the areas' names, in order (at least three for a meaningful shape).
        series: ``(round label, one score per area)``, oldest first.
        style: the colours to draw in.
        title: the chart's heading (may be empty).
        empty_text: shown when there is nothing to draw (no areas or no series).
        figure: a figure to clear and draw into; a new one (7 x 4 inches) when None.

    Raises:
        ValueError: a series does not have one value per area.
    """
    _check_series(area_names, series)
    figure = _prepare(figure, style, ASSESSMENT_SIZE)
    if not area_names or not series:
        return _nothing_to_show(figure, style, title, empty_text)
    axes = cast("PolarAxes", figure.add_subplot(projection="polar"))
    axes.set_facecolor(style.background)
    if title:
        axes.set_title(title, color=style.foreground, parse_math=False)
    axes.set_theta_offset(math.pi / 2)
    axes.set_theta_direction(-1)
    angles = [2 * math.pi * index / len(area_names) for index in range(len(area_names))]
    count = len(series)
    colours = series_colours(style, count)
    for index, (label, values) in enumerate(series):
        closed = [*(float(value) for value in values), float(values[0])]
        axes.plot(
            [*angles, angles[0]],
            closed,
            color=colours[index],
            linewidth=2,
            linestyle=_series_style(count, index, _LINE_STYLES),
            marker=_series_style(count, index, _MARKERS),
            markersize=4,
            label=label,
            gid=f"series{index}",
        )
        axes.fill(
            [*angles, angles[0]], closed, color=colours[index], alpha=0.15, gid=f"fill{index}"
        )
    axes.set_ylim(0, 5)
    axes.set_yticks(RATING_TICKS, [str(tick) for tick in RATING_TICKS])
    axes.set_rlabel_position(90 / len(area_names))
    axes.set_xticks(angles, [wrapped_label(name, 16, 3) for name in area_names], parse_math=False)
    for angle, tick in zip(angles, axes.get_xticklabels(), strict=True):
        # Names left and right of the circle grow away from it instead of across it.
        across = math.sin(angle)
        tick.set_horizontalalignment(
            "left" if across > 0.1 else "right" if across < -0.1 else "center"
        )
    axes.tick_params(colors=style.foreground, labelsize="small")
    axes.tick_params(axis="x", pad=8)
    axes.grid(color=style.foreground, alpha=0.2)
    axes.spines["polar"].set_color(style.foreground)
    axes.spines["polar"].set_alpha(0.4)
    if count > 1:
        _legend(figure, style, count)
    return figure


# ---------------------------------------------------------------------------- service levels

SERVICE_LEVEL_SIZE = (8.0, 3.6)
"""Inches: a wide, low chart that sits under the period's figures."""

_SHARE_TICKS = (0.0, 0.25, 0.5, 0.75, 1.0)
_SECOND_SERIES = "#E69F00"  # orange, from the same palette: reads beside either blue
_LABELLED_MONTHS = 18  # more bars than this get no value labels: they would overlap
_NAMED_MONTHS = 24  # more months than this name only every few of them


def _whole_percent(share: float) -> str:
    return f"{share * 100:.0f}%"


def service_level_chart(
    months: Sequence[str],
    resolved: Sequence[float | None],
    counts: Sequence[int],
    style: ChartStyle,
    *,
    acknowledged: Sequence[float | None] | None = None,
    resolved_label: str = "Resolved within target",
    acknowledged_label: str = "Acknowledged within target",
    title: str = "",
    counts_caption: str = "",
    empty_text: str = "",
    no_data_text: str = "\u2013",
    format_share: Callable[[float], str] = _whole_percent,
    format_count: Callable[[int], str] = str,
    figure: Figure | None = None,
) -> Figure:
    """Draw the share of complaints resolved within target per month as bars, 0 to 100 %.

    A month in which no complaint's outcome is known yet (``None``) gets no bar, so it cannot
    be mistaken for 0 %: a faint ``no_data_text`` stands at its foot instead. Each bar carries
    its share (up to 18 months). The optional acknowledged series is drawn as a line with
    markers over the bars, broken where a month has no value; a legend below names both. Under
    each month's name stands its number of complaints, explained by ``counts_caption``. All
    texts are drawn as plain text (no ``$`` formulas).

    Args:
        months: each month's name as the reader should see it, oldest first. A name may take
            several lines (a month above its year); when every name has the same number of
            lines, the numbers under them stand in one row. Beyond 24 months only every few
            months are named.
        resolved: per month, the share (0 to 1) resolved within target, or None.
        counts: per month, the number of complaints received.
        style: the colours to draw in.
        acknowledged: per month, the share acknowledged within target, or None; no line when
            the argument is None.
        resolved_label: the bars' name in the legend.
        acknowledged_label: the line's name in the legend.
        title: the chart's heading (may be empty).
        counts_caption: says what the numbers under the months are.
        empty_text: shown instead of a chart when there are no months or no values at all.
        no_data_text: marks a month without a value.
        format_share: writes a share (0 to 1) as text, for the bars and the y axis.
        format_count: writes a number of complaints as text.
        figure: a figure to clear and draw into; a new one (8 x 3.6 inches) when None.

    Returns:
        The figure drawn into.

    Raises:
        ValueError: the series do not have one value per month.
    """
    size = len(months)
    for name, values in (
        ("resolved", resolved),
        ("counts", counts),
        ("acknowledged", acknowledged),
    ):
        if values is not None and len(values) != size:
            raise ValueError(f"{name} has {len(values)} values for {size} months")
    figure = _prepare(figure, style, SERVICE_LEVEL_SIZE)
    lines = list(acknowledged) if acknowledged is not None else []
    if not size or all(value is None for value in [*resolved, *lines]):
        return _nothing_to_show(figure, style, title, empty_text)
    axes = figure.add_subplot()
    _plain_axes(axes, style, title)
    positions = list(range(size))
    present = [(position, value) for position, value in zip(positions, resolved, strict=True)]
    with_bar = [(position, float(value)) for position, value in present if value is not None]
    labelled = size <= _LABELLED_MONTHS
    if with_bar:
        bars = axes.bar(
            [position for position, _ in with_bar],
            [value for _, value in with_bar],
            width=0.7,
            color=style.emphasis,
            label=resolved_label,
        )
        for bar in bars:
            bar.set_gid("resolved")
    for position, value in present:
        if value is None:
            axes.text(
                position,
                0.02,
                no_data_text,
                ha="center",
                va="bottom",
                color=style.foreground,
                alpha=0.6,
                parse_math=False,
                gid="no_data",
            )
        elif labelled:
            axes.text(
                position,
                float(value) + 0.015,
                format_share(float(value)),
                ha="center",
                va="bottom",
                fontsize="small" if size > 8 else "medium",
                color=style.foreground,
                parse_math=False,
                gid="value",
            )
    if acknowledged is not None:
        axes.plot(
            positions,
            [math.nan if value is None else float(value) for value in acknowledged],
            color=_SECOND_SERIES,
            marker="D",
            markersize=5,
            markeredgecolor=style.foreground,
            markeredgewidth=0.6,
            linewidth=1.8,
            linestyle="--",
            label=acknowledged_label,
            gid="acknowledged",
        )
    # Room above a full bar for its label; the scale itself stops at 100 %.
    axes.set_ylim(0, 1.12 if labelled else 1.02)
    axes.set_yticks(_SHARE_TICKS, [format_share(tick) for tick in _SHARE_TICKS])
    axes.grid(axis="y", color=style.foreground, alpha=0.15, linewidth=0.8)
    axes.set_axisbelow(True)
    # A few months still get slim bars: the axis is at least six months wide, centred.
    margin = max(0.6, (6 - size) / 2)
    axes.set_xlim(-margin, size - 1 + margin)
    step = 1 if size <= _NAMED_MONTHS else math.ceil(size / _NAMED_MONTHS)
    named = positions[::step]
    axes.set_xticks(
        named,
        [f"{months[position]}\n{format_count(counts[position])}" for position in named],
        parse_math=False,
        fontsize="small" if size > 12 else "medium",
    )
    axes.tick_params(axis="x", length=0)
    if counts_caption:
        axes.set_xlabel(counts_caption, color=style.foreground, fontsize="small", parse_math=False)
    if acknowledged is not None:
        # The bars first: they are the chart's main series.
        handles, names = axes.get_legend_handles_labels()
        order = sorted(range(len(handles)), key=lambda index: names[index] != resolved_label)
        legend = figure.legend(
            [handles[index] for index in order],
            [names[index] for index in order],
            loc="outside lower center",
            ncols=2,
            frameon=False,
            labelcolor=style.foreground,
        )
        for text in legend.get_texts():
            text.set_parse_math(False)
    return figure


GOAL_TREND_SIZE = (7.0, 3.4)
_MINIMUM_LINE = "#D55E00"  # vermilion: reads beside either blue, and differs in greyscale
_TARGET_LINE = "#009E73"  # bluish green


def goal_trend_chart(
    periods: Sequence[str],
    values: Sequence[float],
    style: ChartStyle,
    minimum: float | None = None,
    target: float | None = None,
    *,
    title: str = "",
    value_label: str = "Measured",
    minimum_label: str = "Minimum",
    target_label: str = "Target",
    empty_text: str = "",
    format_value: Callable[[float], str] = _two_decimals,
    figure: Figure | None = None,
) -> Figure:
    """Draw a goal's measured values over time, with its minimum and target as dashed lines.

    The values are a line with round markers, oldest first, one per period; a single value is a
    lone marker. The minimum and the target are horizontal lines in two further colours of the
    colour-blind-safe palette, in different dash patterns, each named at its right end and in
    the legend, so the chart still reads in greyscale. All texts are drawn as plain text.

    Args:
        periods: each period's name as the reader should see it, oldest first.
        values: the value measured for each period.
        style: the colours to draw in.
        minimum: the goal's minimum level, or None for no line.
        target: the goal's target, or None for no line.
        title: the chart's heading (may be empty).
        value_label: the values' name in the legend.
        minimum_label: the minimum line's name.
        target_label: the target line's name.
        empty_text: shown instead of a chart when there are no values.
        format_value: writes a value as text (the labels of the last value and the lines).
        figure: a figure to clear and draw into; a new one (7 x 3.4 inches) when None.

    Returns:
        The figure drawn into.

    Raises:
        ValueError: not one value per period.
    """
    if len(values) != len(periods):
        raise ValueError(f"{len(values)} values for {len(periods)} periods")
    figure = _prepare(figure, style, GOAL_TREND_SIZE)
    if not values:
        return _nothing_to_show(figure, style, title, empty_text)
    axes = figure.add_subplot()
    _plain_axes(axes, style, title)
    positions = list(range(len(values)))
    axes.plot(
        positions,
        [float(value) for value in values],
        color=style.emphasis,
        marker="o",
        markersize=6,
        markeredgecolor=style.foreground,
        markeredgewidth=0.6,
        linewidth=2.0,
        label=value_label,
        gid="values",
    )
    axes.annotate(
        format_value(float(values[-1])),
        (positions[-1], float(values[-1])),
        textcoords="offset points",
        xytext=(0, 7),
        ha="center",
        color=style.foreground,
        fontsize="small",
        annotation_clip=False,
    ).set_parse_math(False)
    levels = [float(value) for value in values]
    for level, label, colour, dashes, gid in (
        (minimum, minimum_label, _MINIMUM_LINE, (6, 3), "minimum"),
        (target, target_label, _TARGET_LINE, (2, 2), "target"),
    ):
        if level is None:
            continue
        levels.append(float(level))
        line = axes.axhline(
            float(level),
            color=colour,
            linewidth=1.6,
            linestyle="--",
            label=f"{label}: {format_value(float(level))}",
            gid=gid,
        )
        line.set_dashes(dashes)
        axes.text(
            1.0,
            float(level),
            f" {label}",
            transform=axes.get_yaxis_transform(),
            ha="left",
            va="center",
            color=colour,
            fontsize="small",
            parse_math=False,
            gid=f"{gid}_label",
        )
    low, high = min(levels), max(levels)
    room = (high - low) * 0.15 or max(abs(high) * 0.1, 1.0)
    axes.set_ylim(low - room, high + room)
    # A single point or a few still get room around them: the axis is at least six periods wide.
    margin = max(0.5, (6 - len(values)) / 2)
    axes.set_xlim(-margin, len(values) - 1 + margin)
    step = 1 if len(values) <= _NAMED_MONTHS else math.ceil(len(values) / _NAMED_MONTHS)
    named = positions[::step]
    axes.set_xticks(
        named,
        [periods[position] for position in named],
        parse_math=False,
        fontsize="small" if len(values) > 8 else "medium",
    )
    axes.grid(axis="y", color=style.foreground, alpha=0.15, linewidth=0.8)
    axes.set_axisbelow(True)
    _legend(figure, style, 1 + (minimum is not None) + (target is not None))
    return figure
