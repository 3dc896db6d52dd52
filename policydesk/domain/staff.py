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
    """A person on the staff list."""

    id: int
    name: str
    role: StaffRole
    active: bool = True
