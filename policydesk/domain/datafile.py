"""Facts about a PolicyDesk data file, found before and while opening it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


@dataclass(frozen=True, slots=True)
class FileLocation:
    """Where a file lives: the file system type and whether it is a network share."""

    filesystem: str
    on_network: bool


class OpenStage(StrEnum):
    """The stages of opening a file that can take a while."""

    BACKUP = "backup"  # copying the file before its schema is upgraded
    UPGRADE = "upgrade"


class SchemaState(StrEnum):
    """How a file's schema compares with what this PolicyDesk writes."""

    NEW = "new"  # an empty file that will be set up on open
    CURRENT = "current"
    OLDER = "older"  # will be upgraded (after a backup) on open
    NEWER = "newer"  # from a newer PolicyDesk: refused, never modified


@dataclass(frozen=True, slots=True)
class FileReport:
    """What inspecting a data file found, without changing it.

    Attributes:
        revision: the file's schema revision, or None for an empty file.
        app_revision: the revision this PolicyDesk writes.
        filesystem: the file system type when it is known ("ext4", "nfs4", "cifs" ...).
        on_network: the file is on a network share, where SQLite's locking cannot be trusted.
    """

    path: Path
    size_bytes: int
    revision: str | None
    app_revision: str
    state: SchemaState
    filesystem: str
    on_network: bool

    @property
    def needs_upgrade(self) -> bool:
        """Whether opening the file will first back it up and upgrade its schema."""
        return self.state is SchemaState.OLDER


@dataclass(frozen=True, slots=True)
class CheckReport:
    """The result of a full check of a data file (``policydesk-cli check``).

    Attributes:
        problems: what SQLite's integrity and foreign-key checks reported; empty when healthy.
    """

    path: Path
    size_bytes: int
    revision: str | None
    app_revision: str
    state: SchemaState
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """Whether the file is healthy and this PolicyDesk can open it."""
        return not self.problems and self.state is not SchemaState.NEWER
