"""The business's time zone, with a sensible guess before the owner has set one."""

from __future__ import annotations

import os
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def zone_named(name: str | None) -> tzinfo:
    """The IANA zone ``name``, or the computer's own zone when it is empty or unknown."""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return computer_zone()


def computer_zone() -> tzinfo:
    """The computer's time zone: an IANA zone when one can be found, else today's offset.

    A real zone keeps daylight saving time right all year; a fixed offset would put every
    time on the other side of a change an hour off.
    """
    for candidate in (os.environ.get("TZ", "").lstrip(":"), _linked_zone()):
        if candidate:
            try:
                return ZoneInfo(candidate)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    local = datetime.now().astimezone().tzinfo
    return local if local is not None else UTC


def _linked_zone() -> str:
    """The zone named by ``/etc/localtime`` (Linux and macOS link it into the zone database)."""
    try:
        target = str(Path("/etc/localtime").resolve())
    except OSError:
        return ""
    marker = "zoneinfo/"
    return target.split(marker, 1)[1] if marker in target else ""
