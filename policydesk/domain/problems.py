"""What stops a change, and what a change did: the shapes every use case returns.

A problem is a code (an enum of the use case's own), the field it is about, and the facts a
message needs; the user interface words it. An outcome carries either the problems (nothing
was changed) or what changed, and the id of what was made.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

from policydesk.domain.changes import Changes

CodeT = TypeVar("CodeT", bound=StrEnum)
ProblemT = TypeVar("ProblemT")


# No slots: a frozen dataclass made with slots=True keeps a reference to the class it replaced,
# and Python 3.11 then fails when typing sets __orig_class__ on Problem[Code](...) instances.
@dataclass(frozen=True)
class Problem(Generic[CodeT]):
    """One thing to fix: a code, the field it is about, and facts for the message."""

    code: CodeT
    field: str
    params: tuple[tuple[str, str | int], ...] = ()

    def param(self, name: str) -> str:
        """Return a parameter as text ('' when absent)."""
        return next((str(value) for key, value in self.params if key == name), "")


@dataclass(frozen=True)
class Outcome(Generic[ProblemT]):
    """What a change did: the problems that stopped it (nothing changed), or what changed."""

    problems: tuple[ProblemT, ...] = ()
    changes: Changes = field(default_factory=Changes)
    id: int | None = None

    @property
    def ok(self) -> bool:
        """Whether the change went through."""
        return not self.problems
