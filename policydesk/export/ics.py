"""An iCalendar (RFC 5545) file of all-day reminders, written by hand.

A handful of all-day events needs no library; what matters is getting the format right, so
every calendar application reads the file:

- lines end in CRLF and are folded at 75 octets of UTF-8 (a fold never splits a character);
- TEXT values are escaped (backslash, semicolon, comma, line breaks); control characters,
  which TEXT does not allow, are dropped;
- events are all-day (``VALUE=DATE``), with a ``DTSTAMP`` in UTC, an optional ``RRULE`` and a
  display alarm the day before (at 09:00, ``TRIGGER:-PT15H`` from the day's midnight);
- every event carries the UID its caller gives it, so a file exported again updates the events
  an application already has instead of adding them twice.

Typical use::

    data = calendar_bytes([CalendarEvent("review@x", day, "Review meeting")], now)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Final

PRODID: Final = "-//PolicyDesk//EN"
MAX_OCTETS: Final = 75
CRLF: Final = "\r\n"
ALARM_TRIGGER: Final = "-PT15H"  # 09:00 the day before an all-day event
# TEXT allows neither CONTROL characters (except HTAB) nor lone surrogates, which no UTF-8
# encoder accepts; line breaks are handled before this is applied.
_NOT_TEXT: Final = re.compile("[\x00-\x08\x0a-\x1f\x7f\ud800-\udfff]")
_RRULE: Final = re.compile(r"FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY)(;[A-Z]+=[A-Z0-9,+-]+)*")


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One all-day event.

    Attributes:
        uid: globally unique and stable across exports (``something@somewhere``).
        day: the day of the event.
        summary: its title.
        description: more about it ('' for none).
        rrule: a recurrence rule such as ``FREQ=MONTHLY;INTERVAL=3``, or None.
        alarm: remind the day before.
    """

    uid: str
    day: date
    summary: str
    description: str = ""
    rrule: str | None = None
    alarm: bool = True

    def __post_init__(self) -> None:
        if isinstance(self.day, datetime) or not isinstance(self.day, date):
            raise ValueError(f"an all-day event needs a date, got {self.day!r}")
        if not self.uid or _NOT_TEXT.search(self.uid) or not self.uid.isascii():
            raise ValueError(f"unusable UID {self.uid!r}")
        if self.rrule is not None and not _RRULE.fullmatch(self.rrule):
            raise ValueError(f"unusable recurrence rule {self.rrule!r}")


def escape_text(value: str) -> str:
    """A TEXT value escaped for a content line (RFC 5545, section 3.3.11)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    value = "\\n".join(_NOT_TEXT.sub("", line) for line in value.split("\n"))
    return value


def fold(line: str) -> str:
    """A content line folded into pieces of at most 75 octets, joined by CRLF and a space.

    Breaks fall between characters, never inside a multi-byte UTF-8 sequence; the space that
    starts a continuation counts towards its 75 octets.
    """
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    limit = MAX_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, MAX_OCTETS - 1
        current.append(char)
        size += octets
    pieces.append("".join(current))
    return (CRLF + " ").join(pieces)


def calendar_bytes(
    events: Iterable[CalendarEvent], now: datetime, name: str = "PolicyDesk"
) -> bytes:
    """The whole calendar as UTF-8 bytes.

    Args:
        events: the events, in the order they are written.
        now: the export's instant (``DTSTAMP``); must carry a time zone.
        name: the calendar's name as applications show it (``X-WR-CALNAME``).

    Raises:
        ValueError: ``now`` has no time zone.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must carry a time zone")
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    for event in events:
        lines += _event_lines(event, stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines).encode("utf-8")


def _event_lines(event: CalendarEvent, stamp: str) -> list[str]:
    summary = escape_text(event.summary)
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event.uid}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_day(event.day)}",
        f"DTEND;VALUE=DATE:{_day(event.day + timedelta(days=1))}",
        f"SUMMARY:{summary}",
    ]
    if event.description:
        lines.append(f"DESCRIPTION:{escape_text(event.description)}")
    if event.rrule:
        lines.append(f"RRULE:{event.rrule}")
    lines += ["TRANSP:TRANSPARENT", "STATUS:CONFIRMED"]
    if event.alarm:
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{summary}",
            f"TRIGGER:{ALARM_TRIGGER}",
            "END:VALARM",
        ]
    lines.append("END:VEVENT")
    return lines


def _day(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"
