"""The business-level settings kept in the data file, declared once.

User-interface preferences (window size, theme, language) are not here: they belong to the
computer, not to the business, and live in the program's own preferences file.
"""

from __future__ import annotations

from enum import StrEnum


class SettingKey(StrEnum):
    """Keys of the ``setting`` table; values are stored as JSON."""

    HOLIDAY_COUNTRY = "holidays.country"  # ISO 3166 code, e.g. "SE"
    HOLIDAY_REGION = "holidays.region"  # a subdivision code, or ""
    CUSTOMARY_CLOSED_DAYS = "holidays.customary_closed_days"  # Midsummer Eve, Christmas Eve ...
    PAUSE_WHILE_WAITING = "clock.pause_while_waiting"  # waiting for the customer stops the clock
    PAPER_SIZE = "documents.paper_size"  # "A4" or "Letter"
    IS_DEMO = "file.is_demo"  # the made-up demo business
