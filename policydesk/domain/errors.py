"""Errors that the user can do something about.

Only :class:`UserFacingError` travels up to the user interface as an exception: a bad file, a
locked file, a full disk, a file from a newer PolicyDesk. It carries a code and parameters, never
a sentence, so the GUI can say it in the user's language and the command line in English.
Anything else that is raised is a bug and goes to the crash handler.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path


class ErrorCode(StrEnum):
    """What went wrong, as a stable code."""

    FILE_NOT_FOUND = "file_not_found"
    FOLDER_NOT_FOUND = "folder_not_found"
    NOT_A_FILE = "not_a_file"
    EMPTY_FILE = "empty_file"
    NOT_A_DATABASE = "not_a_database"
    TRUNCATED = "truncated"
    CORRUPT = "corrupt"
    NOT_POLICYDESK = "not_policydesk"
    NEWER_SCHEMA = "newer_schema"
    UNREADABLE = "unreadable"
    READ_ONLY_FILE = "read_only_file"
    READ_ONLY_FOLDER = "read_only_folder"
    LOCKED = "locked"
    BUSY = "busy"
    DISK_FULL = "disk_full"
    MIGRATION_FAILED = "migration_failed"
    ALREADY_EXISTS = "already_exists"
    SAME_FILE = "same_file"
    IO_ERROR = "io_error"


ParamValue = str | int | None


class UserFacingError(Exception):
    """A problem the user can fix or work around, described by a code and parameters.

    Attributes:
        code: what went wrong.
        path: the file or folder concerned, if any.
        params: extra facts for the message (``pid``, ``host``, ``detail``, ``backup`` ...).
    """

    def __init__(
        self,
        code: ErrorCode,
        path: Path | None = None,
        params: Mapping[str, ParamValue] | None = None,
    ) -> None:
        self.code = code
        self.path = path
        self.params: dict[str, ParamValue] = dict(params or {})
        super().__init__(f"{code.value}: {path}" if path else code.value)

    def param(self, name: str) -> str:
        """Return parameter ``name`` as text, or an empty string when it is not set."""
        value = self.params.get(name)
        return "" if value is None else str(value)
