"""Charts as matplotlib Figures, for the screen and for printed documents. No Qt.

Only matplotlib's object-oriented API is used (``Figure``, never ``pyplot``), so no figure is
ever kept in global state: the caller owns each figure, and can hand the same one back to be
redrawn instead of making a new one. Colours come from a colour-blind-safe palette (Okabe and
Ito), and every bar carries its value as text, so a chart still reads when printed in greyscale.

Importing this module imports matplotlib (about half a second): import it lazily from the
user interface, when the first chart is about to be shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from matplotlib.figure import Figure

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
