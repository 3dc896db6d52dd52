"""People who work in the business."""

from __future__ import annotations

from enum import StrEnum


class StaffRole(StrEnum):
    """What a person's part in the business is."""

    OWNER = "owner"
    MANAGER = "manager"
    STAFF = "staff"
