"""Translated words for the service clock: states, steps, durations and the explanation.

A complaint's clock (:class:`~policydesk.services.service_clock.ClockView`) says when each step
is due, where it stands and what the count skipped; this module turns that into what the log
and the complaint form show: "Overdue · Tue 11:00", and in full "Resolve by Tue 24 Nov 11:00 —
nights, Sat–Sun and Midsummer Eve are not counted; paused 2 h while waiting for the customer.
Overdue by 2 h." The sentences say what the rules in :mod:`policydesk.domain.service_clock`
say, in plain words:

- business time (acknowledge and resolve) leaves out what the office hours leave out, and the
  explanation names it; durations in business time are written in hours, because a "day" of
  business time would read as a calendar day;
- the follow-up counts calendar days from the resolution;
- without office hours every hour counts, and the explanation says so.

Each ``translate()`` call is written out in full so lupdate finds it. A count that needs a
plural has two source texts, one for 1 and one for more ("%n day" / "%n days"): lupdate does
not mark Python's calls as numerus, and two forms serve English, Swedish and Romanian here.

The domain's enums are compared by their string values and imported only for type checking:
the clock module brings numpy, which must not load before the first paint.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF, Qt, QTime
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPainterPath, QPen, QPixmap

from policydesk.ui.theme import is_dark

if TYPE_CHECKING:
    from policydesk.domain.businesshours import Skipped
    from policydesk.domain.service_clock import HandlingTime, StepClock
    from policydesk.services.service_clock import ClockView

# Each call names its context in full: lupdate reads only literal contexts and texts.
translate = QCoreApplication.translate

DASH: Final = "\u2013"  # between the ends of a range: "Sat–Sun", "13:00–15:00"
_MORE_THAN: Final = 3  # closed days or closures named one by one; the rest are counted
_WEEK: Final = 7
_NEAR_DAYS: Final = 6  # a due time this many days from now is written with its weekday
_ICON_SIZE: Final = 16

# The steps and states by their string values (the domain's StrEnums equal these).
ACKNOWLEDGE: Final = "acknowledge"
RESOLVE: Final = "resolve"
FOLLOW_UP: Final = "follow_up"
ON_TIME: Final = "on_time"
DUE_SOON: Final = "due_soon"
OVERDUE: Final = "overdue"
PAUSED: Final = "paused"
MET: Final = "met"
MISSED: Final = "missed"
NOT_STARTED: Final = "not_started"
LATE_STATES: Final = frozenset({OVERDUE, MISSED})


# ---------------------------------------------------------------------------- labels


def state_label(state: str) -> str:
    """How a step's state is called on screen ("On time", "Overdue")."""
    return {
        ON_TIME: translate("ClockTexts", "On time"),
        DUE_SOON: translate("ClockTexts", "Due soon"),
        OVERDUE: translate("ClockTexts", "Overdue"),
        PAUSED: translate("ClockTexts", "Paused"),
        MET: translate("ClockTexts", "Met"),
        MISSED: translate("ClockTexts", "Missed"),
        NOT_STARTED: translate("ClockTexts", "Not started"),
    }[state]


def step_label(step: str) -> str:
    """How a step of the clock is called on screen ("Acknowledge", "Resolve", "Follow up")."""
    return {
        ACKNOWLEDGE: translate("ClockTexts", "Acknowledge"),
        RESOLVE: translate("ClockTexts", "Resolve"),
        FOLLOW_UP: translate("ClockTexts", "Follow up"),
    }[step]


# ---------------------------------------------------------------------------- durations


def duration_text(delta: timedelta, *, days: bool = True) -> str:
    """A duration, compact: "2 h 15 min", "1 day 18 h", "45 min" (the sign is dropped).

    Args:
        delta: the duration.
        days: whether whole days may be written as days (calendar time). Business time is
            written in hours only: "26 h", never "1 day 2 h" for 26 office hours.

    Minutes are left out next to days; parts are whole (rounded down), so a duration of a few
    seconds is "under 1 min" and no time at all is "0 min".
    """
    seconds = abs(delta.total_seconds())
    minutes = int(seconds // 60)
    if minutes == 0 and seconds > 0:
        return translate("ClockTexts", "under 1 min")
    day_count, rest = divmod(minutes, 24 * 60) if days else (0, minutes)
    hours, mins = divmod(rest, 60)
    parts: list[str] = []
    if day_count:
        parts.append(
            translate("ClockTexts", "%n day", "a duration", day_count)
            if day_count == 1
            else translate("ClockTexts", "%n days", "a duration", day_count)
        )
    if hours:
        parts.append(translate("ClockTexts", "%n h", "hours of a duration", hours))
    if (mins and not day_count) or not parts:
        parts.append(translate("ClockTexts", "%n min", "minutes of a duration", mins))
    return " ".join(parts)


# ---------------------------------------------------------------------------- dates and times


def _local(moment: datetime, zone: tzinfo) -> datetime:
    return moment.astimezone(zone)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def time_of_day(moment: datetime, zone: tzinfo, locale: QLocale | None = None) -> str:
    """The wall-clock time of ``moment`` in ``zone``, as the locale writes it ("11:00")."""
    local = _local(moment, zone)
    return (locale or QLocale()).toString(
        QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat
    )


def day_text(day: date, locale: QLocale | None = None, *, year: bool = False) -> str:
    """A date, short, with the month's name: "24 Nov" (with the year when asked)."""
    return (locale or QLocale()).toString(_qdate(day), "d MMM yyyy" if year else "d MMM")


def when_text(
    moment: datetime, zone: tzinfo, locale: QLocale | None = None, *, now: datetime | None = None
) -> str:
    """An instant in full, in the business's zone: "Tue 24 Nov 11:00".

    The year is added when it is not the year of ``now``.
    """
    locale = locale or QLocale()
    local = _local(moment, zone)
    other_year = now is not None and _local(now, zone).year != local.year
    day = locale.toString(_qdate(local.date()), "ddd d MMM yyyy" if other_year else "ddd d MMM")
    return f"{day} {time_of_day(moment, zone, locale)}"


def near_when_text(
    moment: datetime, zone: tzinfo, now: datetime, locale: QLocale | None = None
) -> str:
    """An instant as the log shows it: "Tue 11:00" within a week of ``now``, else "24 Nov"."""
    locale = locale or QLocale()
    local = _local(moment, zone)
    today = _local(now, zone).date()
    if abs((local.date() - today).days) <= _NEAR_DAYS:
        weekday = locale.toString(_qdate(local.date()), "ddd")
        return f"{weekday} {time_of_day(moment, zone, locale)}"
    return day_text(local.date(), locale, year=local.year != today.year)


# ---------------------------------------------------------------------------- what was skipped


def weekday_ranges(weekdays: Iterable[int], locale: QLocale | None = None) -> list[str]:
    """Weekdays (0 = Monday) as runs of short names: ``(5, 6)`` is ``["Sat–Sun"]``.

    A run may go round the end of the week: Sunday and Monday are "Sun–Mon".
    """
    locale = locale or QLocale()
    days = sorted({day for day in weekdays if 0 <= day < _WEEK})
    runs: list[list[int]] = []
    for day in days:
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    if len(runs) > 1 and runs[0][0] == 0 and runs[-1][-1] == _WEEK - 1:
        runs[0] = runs.pop() + runs[0]

    def name(day: int) -> str:
        return locale.dayName(day + 1, QLocale.FormatType.ShortFormat)  # Qt: 1 = Monday

    return [
        name(run[0]) if len(run) == 1 else f"{name(run[0])}{DASH}{name(run[-1])}" for run in runs
    ]


def _closed_day_names(
    days: Sequence[date], names: dict[date, str] | None, locale: QLocale
) -> list[str]:
    """The closed dates by name (a holiday's, the owner's note) or by date, each name once."""
    found: list[str] = []
    for day in days:
        name = (names or {}).get(day, "").strip() or day_text(day, locale)
        if name not in found:
            found.append(name)
    return found


def closure_text(
    start: datetime, end: datetime, zone: tzinfo, locale: QLocale | None = None
) -> str:
    """A part-day closure: "the closure from 13:00 on 23 Dec", "… 13:00–15:00 on 23 Dec"."""
    locale = locale or QLocale()
    begin, finish = _local(start, zone), _local(end, zone)
    day = day_text(begin.date(), locale)
    ends_at_midnight = finish.time() == datetime.min.time()
    if ends_at_midnight and finish.date() == begin.date() + timedelta(days=1):
        return (
            translate("ClockTexts", "the closure from %1 on %2")
            .replace("%1", time_of_day(start, zone, locale))
            .replace("%2", day)
        )
    if finish.date() == begin.date():
        span = f"{time_of_day(start, zone, locale)}{DASH}{time_of_day(end, zone, locale)}"
        return (
            translate("ClockTexts", "the closure %1 on %2").replace("%1", span).replace("%2", day)
        )
    return (
        translate("ClockTexts", "the closure from %1 to %2")
        .replace("%1", when_text(start, zone, locale))
        .replace("%2", when_text(end, zone, locale))
    )


def skipped_items(
    skipped: Skipped, names: dict[date, str] | None, zone: tzinfo, locale: QLocale | None = None
) -> list[str]:
    """What a count left out, as a list of words: nights, Sat–Sun, Midsummer Eve, closures."""
    locale = locale or QLocale()
    items: list[str] = []
    if skipped.nights:
        items.append(translate("ClockTexts", "nights"))
    if skipped.breaks:
        items.append(translate("ClockTexts", "lunch breaks"))
    items += weekday_ranges(skipped.closed_weekdays, locale)
    days = _closed_day_names(skipped.closed_dates, names, locale)
    items += days[:_MORE_THAN]
    if len(days) > _MORE_THAN:
        more = len(days) - _MORE_THAN
        items.append(
            translate("ClockTexts", "%n other closed day", "", more)
            if more == 1
            else translate("ClockTexts", "%n other closed days", "", more)
        )
    closures = skipped.closures
    items += [closure_text(start, end, zone, locale) for start, end in closures[:_MORE_THAN]]
    if len(closures) > _MORE_THAN:
        more = len(closures) - _MORE_THAN
        items.append(
            translate("ClockTexts", "%n other closure", "", more)
            if more == 1
            else translate("ClockTexts", "%n other closures", "", more)
        )
    return items


def skipped_text(
    skipped: Skipped, names: dict[date, str] | None, zone: tzinfo, locale: QLocale | None = None
) -> str:
    """What a count left out, as a clause: "nights, Sat–Sun and Midsummer Eve are not counted".

    Empty when nothing was left out.
    """
    locale = locale or QLocale()
    items = skipped_items(skipped, names, zone, locale)
    if not items:
        return ""
    listed = locale.createSeparatedList(items)
    plural = len(items) > 1 or skipped.nights or skipped.breaks or DASH in items[0]
    if plural:
        return translate("ClockTexts", "%1 are not counted").replace("%1", listed)
    return translate("ClockTexts", "%1 is not counted").replace("%1", listed)


# ---------------------------------------------------------------------------- one step


def _by_text(step: str, due: str) -> str:
    return {
        ACKNOWLEDGE: translate("ClockTexts", "Acknowledge by %1"),
        RESOLVE: translate("ClockTexts", "Resolve by %1"),
        FOLLOW_UP: translate("ClockTexts", "Follow up by %1"),
    }[step].replace("%1", due)


def _done_text(step: str, when: str) -> str:
    return {
        ACKNOWLEDGE: translate("ClockTexts", "Acknowledged %1"),
        RESOLVE: translate("ClockTexts", "Resolved %1"),
        FOLLOW_UP: translate("ClockTexts", "Followed up %1"),
    }[step].replace("%1", when)


def _reasons(clock: StepClock, view: ClockView, locale: QLocale) -> list[str]:
    """Why the due time is where it is: what was not counted, the waits, the calendar days."""
    if clock.step == FOLLOW_UP:
        return [
            translate("ClockTexts", "%1 after the resolution, in calendar days").replace(
                "%1", duration_text(clock.target)
            )
        ]
    reasons: list[str] = []
    if not view.hours_set:
        reasons.append(translate("ClockTexts", "every hour counts: no office hours are set"))
    else:
        text = skipped_text(clock.skipped, dict(view.closed_days), view.zone, locale)
        if text:
            reasons.append(text)
    if clock.paused > timedelta(0):
        reasons.append(
            translate("ClockTexts", "paused %1 while waiting for the customer").replace(
                "%1", _business(clock.paused, view)
            )
        )
    return reasons


def _business(delta: timedelta, view: ClockView) -> str:
    """Business time: hours only, unless every hour counts (then days are days)."""
    return duration_text(delta, days=not view.hours_set)


def _step_duration(clock: StepClock, delta: timedelta, view: ClockView) -> str:
    if clock.step == FOLLOW_UP:
        return duration_text(delta)
    return _business(delta, view)


def _with_reasons(head: str, reasons: list[str]) -> str:
    return f"{head} \u2014 {'; '.join(reasons)}" if reasons else head


def step_text(
    clock: StepClock, view: ClockView, *, now: datetime | None = None, locale: QLocale | None = None
) -> str:
    """One step's explanation in plain words.

    "Resolve by Tue 24 Nov 11:00 — nights, Sat–Sun and Midsummer Eve are not counted; paused
    2 h while waiting for the customer. 5 h 30 min left." A finished step says when it was done
    and by how much it was early or late; a paused one how much of its time is left.
    """
    locale = locale or QLocale()
    state = str(clock.state)
    if state == NOT_STARTED:
        return translate("ClockTexts", "Follow up within %1 after the resolution.").replace(
            "%1", duration_text(clock.target)
        )
    if state == PAUSED:
        left = clock.left if clock.left is not None else clock.target
        text = (
            translate("ClockTexts", "Paused while waiting for the customer; %1 of the %2 left.")
            .replace("%1", _step_duration(clock, max(left, timedelta(0)), view))
            .replace("%2", _step_duration(clock, clock.target, view))
        )
        return (
            text
            + " "
            + translate("ClockTexts", "The due time is worked out again when the wait ends.")
        )
    if state in (MET, MISSED) and clock.done is not None:
        return _finished_text(clock, view, now, locale)
    due = when_text(clock.due, view.zone, locale, now=now) if clock.due is not None else ""
    head = _with_reasons(_by_text(clock.step, due), _reasons(clock, view, locale))
    left = clock.left if clock.left is not None else timedelta(0)
    if state == OVERDUE and abs(left) < timedelta(minutes=1):
        tail = translate("ClockTexts", "Overdue.")
    elif state == OVERDUE:
        tail = translate("ClockTexts", "Overdue by %1.").replace(
            "%1", _step_duration(clock, left, view)
        )
    elif state == DUE_SOON:
        tail = translate("ClockTexts", "Due soon: %1 left.").replace(
            "%1", _step_duration(clock, left, view)
        )
    else:
        tail = translate("ClockTexts", "%1 left.").replace("%1", _step_duration(clock, left, view))
    return f"{head}. {tail}"


def _finished_text(clock: StepClock, view: ClockView, now: datetime | None, locale: QLocale) -> str:
    """A met or missed step: when it was done, how early or late, and why it was due then."""
    assert clock.done is not None
    done = _done_text(clock.step, when_text(clock.done, view.zone, locale, now=now))
    if clock.due is None:  # done while the clock stood still
        return translate("ClockTexts", "%1, within the target.").replace("%1", done)
    # Early or late: calendar time for the follow-up, business time for the other steps.
    margin = clock.done - clock.due if clock.step == FOLLOW_UP else clock.used - clock.target
    if str(clock.state) == MISSED:
        first = (
            translate("ClockTexts", "%1, %2 late.")
            .replace("%1", done)
            .replace("%2", _step_duration(clock, margin, view))
        )
    elif margin >= -timedelta(minutes=1):
        first = translate("ClockTexts", "%1, right at the due time.").replace("%1", done)
    else:
        first = (
            translate("ClockTexts", "%1, %2 before the due time.")
            .replace("%1", done)
            .replace("%2", _step_duration(clock, margin, view))
        )
    due = translate("ClockTexts", "Due %1").replace(
        "%1", when_text(clock.due, view.zone, locale, now=now)
    )
    return f"{first} {_with_reasons(due, _reasons(clock, view, locale))}."


def handling_text(handling: HandlingTime, *, hours_set: bool = True) -> str:
    """How long a complaint took, inside and outside office hours.

    "Handling time 2 days 3 h: 9 h inside office hours, 1 day 18 h outside"; "Handling time so
    far …" while the complaint is open.
    """
    total = duration_text(handling.calendar)
    if not hours_set:
        if handling.finished:
            text = translate(
                "ClockTexts", "Handling time %1 (every hour counts: no office hours are set)"
            )
        else:
            text = translate(
                "ClockTexts", "Handling time so far %1 (every hour counts: no office hours are set)"
            )
        return text.replace("%1", total)
    if handling.finished:
        text = translate("ClockTexts", "Handling time %1: %2 inside office hours, %3 outside")
    else:
        text = translate(
            "ClockTexts", "Handling time so far %1: %2 inside office hours, %3 outside"
        )
    return (
        text.replace("%1", total)
        .replace("%2", duration_text(handling.inside, days=False))
        .replace("%3", duration_text(handling.outside))
    )


# ---------------------------------------------------------------------------- a whole clock


def log_text(view: ClockView, now: datetime, locale: QLocale | None = None) -> str:
    """What the log's Due column shows: "Overdue · Tue 11:00", "Met", "Paused"; "" for none."""
    current = view.clock.current
    if current is None:
        return ""
    state = str(current.state)
    label = state_label(state)
    if state in (ON_TIME, DUE_SOON, OVERDUE) and current.due is not None:
        return f"{label} \u00b7 {near_when_text(current.due, view.zone, now, locale)}"
    return label


def explanation(view: ClockView, now: datetime | None = None, locale: QLocale | None = None) -> str:
    """The whole clock in plain words: each step with a target, then the handling time."""
    locale = locale or QLocale()
    clock = view.clock
    current = clock.current
    lines: list[str] = []
    if current is None:
        lines.append(
            translate(
                "ClockTexts",
                "No service targets apply to this complaint (Settings \u2192 Service targets).",
            )
        )
    else:
        # In the order the steps happen; each sentence names its step and where it stands
        # ("Resolve by …", "Overdue by …").
        lines += [step_text(step, view, now=now, locale=locale) for step in clock.steps]
    lines.append(handling_text(clock.handling, hours_set=view.hours_set) + ".")
    return "\n".join(lines)


# ---------------------------------------------------------------------------- marks


# Each state has a shape of its own (colour is never the only sign) and a colour per theme.
_COLOURS: Final = {
    # state: (on a light background, on a dark one)
    ON_TIME: ("#2e7d32", "#81c784"),
    DUE_SOON: ("#a15c00", "#ffb74d"),
    OVERDUE: ("#c62828", "#ef9a9a"),
    PAUSED: ("#455a64", "#b0bec5"),
    MET: ("#2e7d32", "#81c784"),
    MISSED: ("#c62828", "#ef9a9a"),
}
_ICONS: dict[tuple[str, bool, float], QIcon] = {}


def state_colour(state: str, *, dark: bool | None = None) -> QColor | None:
    """The colour of a state's mark for the current theme (None: no mark)."""
    colours = _COLOURS.get(state)
    if colours is None:
        return None
    if dark is None:
        dark = is_dark(QGuiApplication.palette())
    return QColor(colours[1] if dark else colours[0])


def state_icon(state: str) -> QIcon | None:
    """A small mark for a state in the current theme; None for a state without one.

    ● on time, ◐ due soon, ▲ overdue, ❚❚ paused, ✓ met, ✗ missed.
    """
    dark = is_dark(QGuiApplication.palette())
    colour = state_colour(state, dark=dark)
    if colour is None:
        return None
    ratio = 2.0  # drawn sharp for high-density screens; Qt scales it down elsewhere
    key = (state, dark, ratio)
    found = _ICONS.get(key)
    if found is None:
        found = QIcon(_mark(state, colour, ratio))
        _ICONS[key] = found
    return found


def _mark(state: str, colour: QColor, ratio: float) -> QPixmap:
    size = round(_ICON_SIZE * ratio)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(ratio, ratio)
    pen = QPen(colour, 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    box = QRectF(3, 3, 10, 10)
    if state == ON_TIME:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(box)
    elif state == DUE_SOON:
        painter.setPen(QPen(colour, 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
        half = QPainterPath()
        half.moveTo(8, 3)
        half.arcTo(box, 90, -180)
        half.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPath(half)
    elif state == OVERDUE:
        triangle = QPainterPath()
        triangle.moveTo(8, 2)
        triangle.lineTo(14.5, 14)
        triangle.lineTo(1.5, 14)
        triangle.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPath(triangle)
    elif state == PAUSED:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRect(QRectF(4, 3, 3, 10))
        painter.drawRect(QRectF(9, 3, 3, 10))
    elif state == MET:
        painter.setPen(pen)
        painter.drawPolyline([QPointF(3, 8.5), QPointF(6.5, 12), QPointF(13, 4)])
    elif state == MISSED:
        painter.setPen(pen)
        painter.drawLine(QPointF(4, 4), QPointF(12, 12))
        painter.drawLine(QPointF(12, 4), QPointF(4, 12))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
