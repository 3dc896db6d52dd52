"""Column types that SQLite does not get right on its own."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


def utcnow() -> datetime:
    """Return the current instant as an aware UTC datetime."""
    return datetime.now(UTC)


def stored_text(moment: datetime) -> str:
    """An aware instant as :class:`UTCDateTime` stores it: ``YYYY-MM-DD HH:MM:SS.ffffff`` UTC.

    Fixed width, so text order is time order and SQLite's date functions can read it. Code that
    writes or compares the column's text directly (bulk inserts, raw range queries) uses this.
    """
    return moment.astimezone(UTC).isoformat(" ", "microseconds")[:26]


def read_stored(value: object) -> datetime:
    """The column's text (or a datetime the driver made of it) as an aware UTC datetime."""
    parsed = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """An instant, stored as UTC text and read back as an aware UTC datetime.

    SQLAlchemy's ``DateTime(timezone=True)`` silently drops the offset on SQLite, so a value
    written at 01:30+02:00 would come back as a naive 01:30. This type refuses naive values
    instead of guessing what zone they meant.
    """

    impl = String(26)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        """Convert an aware datetime to UTC text."""
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected a datetime, got {type(value).__name__}")
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetime: give the time zone (instants are stored in UTC)")
        return stored_text(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        """Read UTC text back as an aware datetime."""
        if value is None:
            return None
        return read_stored(value)
