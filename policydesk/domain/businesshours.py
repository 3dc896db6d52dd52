"""Office hours: when the business is open, as codes (the service clock builds on these)."""

from __future__ import annotations

from enum import StrEnum


class ExceptionKind(StrEnum):
    """How a calendar date differs from the weekly office hours."""

    CLOSED = "closed"  # the whole local day
    PART_CLOSED = "part_closed"  # closed between two times ("closes 13:00 on 23 December")
    EXTRA_OPEN = "extra_open"  # open on a day that is normally closed
