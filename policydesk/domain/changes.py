"""What a mutating use case changed, so each view can decide whether to refresh."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True, slots=True)
class Changes:
    """Flags for the parts of the data that a unit of work changed.

    ``database`` means a different file is open (or the file was replaced): refresh everything.
    """

    database: bool = False
    business: bool = False
    staff: bool = False
    policy: bool = False
    complaints: bool = False
    goals: bool = False
    assessment: bool = False
    calendar: bool = False
    settings: bool = False

    @classmethod
    def everything(cls) -> Changes:
        """Return changes that mark every part as changed."""
        return cls(**{f.name: True for f in fields(cls)})

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            **{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        )

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))
