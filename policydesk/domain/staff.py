"""People who work in the business."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class StaffRole(StrEnum):
    """What a person's part in the business is."""

    OWNER = "owner"
    MANAGER = "manager"
    STAFF = "staff"


@dataclass(frozen=True, slots=True)
class StaffMember:
    """A member of staff as the views see them."""

    id: int
    name: str
    role: StaffRole
    active: bool
